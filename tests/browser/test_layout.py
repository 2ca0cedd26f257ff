"""One layout for every page kind: the language choice follows the reader from page to page, and
a missing page offers a search for what was asked."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.helpers import console_errors, lang_of, wait

pytestmark = pytest.mark.browser

PAGES = ("/", "/id/org/dlut", "/id/document/dalian-daily-2024-05-17-jinpu-consortium", "/ontology", "/query",
         "/id/org/no-such-organisation")


def test_the_language_choice_persists_across_page_kinds(page, site):
    page.get(f"{site}/ontology")
    wait(page, lambda d: lang_of(d) == "zh")
    page.find_element(By.CSS_SELECTOR, ".lang-toggle").click()
    assert lang_of(page) == "en"
    for path in PAGES:
        page.get(site + path)
        wait(page, lambda d: lang_of(d) == "en", message=f"{path} forgot the language")
        brand = page.find_element(By.CSS_SELECTOR, ".site-header .brand")
        assert brand.text == "Industry–Education Integration Knowledge Graph", path
        assert page.find_elements(By.CSS_SELECTOR, "footer.site-footer"), path
    heading = page.find_element(By.TAG_NAME, "h1").text
    assert heading == "Not found"
    page.find_element(By.CSS_SELECTOR, ".lang-toggle").click()
    page.get(f"{site}/id/org/dlut")
    wait(page, lambda d: lang_of(d) == "zh")
    assert page.find_element(By.TAG_NAME, "h1").text == "大连理工大学"
    aliases = [th.text for th in page.find_elements(By.CSS_SELECTOR, "table.properties th")]
    assert "别名" in aliases and not any(":" in name for name in aliases), "properties have human names"
    assert not [e for e in console_errors(page) if "404" not in e]


def test_the_not_found_page_searches_for_what_was_asked(page, site, screenshot):
    page.get(f"{site}/id/org/dalian-university-of-technology")
    assert page.find_element(By.ID, "nf-q").get_attribute("value") == "dalian university of technology"
    results = page.find_elements(By.CSS_SELECTOR, ".not-found-results a")
    assert results and results[0].get_attribute("href") == f"{site}/id/org/dlut"
    screenshot(page, "not-found")
    results[0].click()
    wait(page, lambda d: d.current_url == f"{site}/id/org/dlut")


def test_the_header_search_box_searches_from_any_page(page, site):
    page.get(f"{site}/id/org/dlut")
    box = page.find_element(By.ID, "site-q")
    box.send_keys("氢能")
    box.submit()
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#results .card"), message="no results")
