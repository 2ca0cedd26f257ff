"""The home page: Chinese first with an English switch, typed suggestions, result cards, and one box
that answers a question (the answer card above the results) and searches a plain query."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser.helpers import console_errors, lang_of, press, wait, wait_for_options, widget_input

pytestmark = pytest.mark.browser

QUESTION = "哪些高校在氢能领域有合作？"
# A question whose words also find search results (the one above finds none, only the nearest).
QUESTION_WITH_RESULTS = "大连理工大学参与了哪些合作项目？"


def test_chinese_first_with_an_english_switch(page, site):
    page.get(f"{site}/")
    wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search").shadow_root)
    assert lang_of(page) == "zh" and page.find_element(By.TAG_NAME, "h1").text == "产教融合知识图谱"
    page.find_element(By.CSS_SELECTOR, ".lang-toggle").click()
    assert lang_of(page) == "en" and page.find_element(By.TAG_NAME, "h1").text.startswith("Industry–Education Integration")
    box = page.find_element(By.CSS_SELECTOR, "chanjiao-search")
    assert widget_input(page, box).get_attribute("placeholder").startswith("Search or ask")
    page.refresh()
    assert lang_of(page) == "en", "the language choice is remembered"
    page.find_element(By.CSS_SELECTOR, ".lang-toggle").click()
    assert lang_of(page) == "zh"
    assert not console_errors(page)


def test_typed_suggestions_then_cards_with_industries_and_partners(page, site, screenshot):
    page.get(f"{site}/")
    box = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    widget_input(page, box).send_keys("大连理工")
    state = wait_for_options(page, box, "大连理工大学")
    assert "本科高校" in state["options"][0]["text"], "suggestions carry their type"
    press(page, Keys.ENTER)
    first = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#results .card .facts"), message="no card details")
    card = first.find_element(By.XPATH, "..")
    assert "大连理工大学" in card.find_element(By.TAG_NAME, "h3").text
    assert card.find_element(By.CSS_SELECTOR, ".badge").text == "本科高校"
    facts = card.find_element(By.CSS_SELECTOR, ".facts").text
    assert "产业" in facts and "项目" in facts and "合作伙伴" in facts and "通用技术集团大连机床有限责任公司" in facts
    assert parse_qs(urlparse(page.current_url).query)["q"] == ["大连理工"]
    screenshot(page, "home-search")
    assert not console_errors(page)


def test_server_rendered_results_without_a_search_request(page, site):
    page.get(f"{site}/?q=氢能")
    titles = [h.text for h in page.find_elements(By.CSS_SELECTOR, "#results .card h3")]
    assert any("国创氢能科技有限公司" in t for t in titles)
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#results .card .facts"), message="cards never got details")


def above(driver, first, second) -> bool:
    """Whether element ``first`` ends before ``second`` starts, top to bottom."""
    return driver.execute_script("return arguments[0].getBoundingClientRect().bottom <= "
                                 "arguments[1].getBoundingClientRect().top", first, second)


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_one_box_answers_a_question_above_its_results(page, site, screenshot, size):
    page.set_window_size(*size)
    page.get(f"{site}/")
    box = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    widget_input(page, box).send_keys(QUESTION_WITH_RESULTS, Keys.ENTER)
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#answer:not([hidden]) .answers a"), timeout=30,
         message="no answer card")
    answers = [a.text for a in page.find_elements(By.CSS_SELECTOR, "#answer .answers a")]
    assert "开源鸿蒙人才培养中心项目" in answers
    first_result = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#results .card"), message="no results")
    assert above(page, page.find_element(By.ID, "answer"), first_result), "the answer card comes first"
    evidence = page.find_element(By.CSS_SELECTOR, "#answer .evidence .source-meta a").get_attribute("href")
    assert "/id/document/" in evidence and "#char=" in evidence
    assert page.find_elements(By.CSS_SELECTOR, "#facets [data-facet=industry] button.facet")
    screenshot(page, f"home-one-box-question-{size[0]}")
    assert not console_errors(page)


def test_one_box_gives_a_plain_search_no_answer_card(page, site):
    page.get(f"{site}/")
    box = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    widget_input(page, box).send_keys("大连理工", Keys.ENTER)
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#results .card .facts"), message="no results")
    facets = page.find_elements(By.CSS_SELECTOR, "#facets [data-facet=type] button.facet")
    assert any("本科高校" in f.text for f in facets), "type facets"
    assert page.find_elements(By.CSS_SELECTOR, "#facets [data-facet=industry] button.facet"), "industry facets"
    # the answer request was made too (it runs beside the search): the card stays hidden
    wait(page, lambda d: d.execute_script(
        "return performance.getEntriesByType('resource').some((e) => e.name.includes('/api/ask'))"))
    wait(page, lambda d: d.find_element(By.ID, "answer").get_attribute("hidden") is not None)
    assert not page.find_element(By.ID, "answer").text


def test_ask_shows_answer_entities_evidence_and_the_query(page, site, screenshot):
    page.get(f"{site}/?q={QUESTION}")
    answers = wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#answer .answers a"), timeout=30,
                   message="no answer entities")
    assert "大连交通大学" in [a.text for a in answers]
    assert "大连交通大学" in page.find_element(By.CSS_SELECTOR, "#answer .answer-text").text
    evidence = page.find_element(By.CSS_SELECTOR, "#answer .evidence").text
    assert "大连交通大学" in evidence and "质子交换膜燃料电池金属石墨复合双极板开发项目" in evidence
    assert "国创氢能科技有限公司与大连交通大学" in page.find_element(By.CSS_SELECTOR, "#answer .quote").text
    screenshot(page, "home-ask")
    link = page.find_element(By.CSS_SELECTOR, "#answer a.view-sparql")
    assert "SELECT" in parse_qs(urlparse(link.get_attribute("href")).query)["query"][0]
    link.click()
    wait(page, lambda d: urlparse(d.current_url).path == "/query")
    editor = wait(page, lambda d: d.execute_script(
        "const cm = document.querySelector('.tabPanel.active .CodeMirror'); return cm && cm.CodeMirror.getValue()"))
    assert "cj:participant" in editor


def test_phone_width_has_no_horizontal_scroll(page, site, screenshot):
    page.set_window_size(390, 844)
    page.get(f"{site}/?q=大连交通大学")
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#results .card .facts"))
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "home-phone")
