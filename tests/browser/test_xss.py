"""A label that is HTML (an <img onerror> injection) shows as text everywhere and never runs.

The graph of ``xss_site`` names 国创氢能科技有限公司 XSS_LABEL; its aliases (国创氢能 …) still find it.
"""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser.conftest import XSS_LABEL
from tests.browser.helpers import press, wait, wait_for_options, widget_input, widget_state, xss_ran

pytestmark = pytest.mark.browser

INJECTED_IMAGES = "return document.querySelectorAll('img[src=x]').length"


def test_pages_show_the_label_as_text(page, xss_site):
    page.get(f"{xss_site}/?q=国创氢能")
    titles = [h.text for h in page.find_elements(By.CSS_SELECTOR, "#results .card h3")]
    assert any(XSS_LABEL in t for t in titles), titles
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#results .card .facts"))

    box = page.find_element(By.CSS_SELECTOR, "chanjiao-search")
    widget_input(page, box).send_keys(Keys.CONTROL, "a")
    press(page, "国创氢能")
    state = wait_for_options(page, box, XSS_LABEL)
    assert state["images"] == 0
    press(page, Keys.ENTER)
    wait(page, lambda d: XSS_LABEL in d.find_element(By.ID, "results").text, message="JS-rendered cards")
    assert page.execute_script(INJECTED_IMAGES) == 0 and not xss_ran(page)

    page.get(f"{xss_site}/id/project/pemfc-bipolar-plate-project")
    details = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#entity-details .facts"))
    assert XSS_LABEL in details.text
    page.get(f"{xss_site}/id/org/guochuang-hydrogen-energy")
    assert page.find_element(By.TAG_NAME, "h1").text == XSS_LABEL
    wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#neighbourhood[data-nodes]"))
    assert page.execute_script(INJECTED_IMAGES) == 0 and not xss_ran(page)


def test_widget_shows_the_label_as_text(page, xss_site, other_origin):
    url = other_origin("xss.html", f'<!doctype html><html><head><meta charset="utf-8"><title>x</title>'
                                   f'<script src="{xss_site}/widget.js" data-endpoint="{xss_site}"></script>'
                                   '</head><body><p>The widget mounts at the start of the body.</p></body></html>')
    page.get(url)
    box = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    widget_input(page, box).send_keys("国创氢能")
    wait_for_options(page, box, XSS_LABEL)
    press(page, Keys.ENTER)
    results = wait(page, lambda d: widget_state(d, box)["results"] or None, message="no results")
    assert any(r["text"] == XSS_LABEL for r in results)
    assert widget_state(page, box)["images"] == 0 and not xss_ran(page)
