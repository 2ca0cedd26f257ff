"""The embeddable widget on a page of another origin: suggestions, keyboard, ARIA, results, CORS."""

from __future__ import annotations

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser.helpers import console_errors, press, wait, wait_for_options, widget_input, widget_state

pytestmark = pytest.mark.browser

COMPANY = "国创氢能科技有限公司"
PROJECT = "质子交换膜燃料电池金属石墨复合双极板开发项目"
EMBED_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title></head>
<body><h1>A partner's page</h1>
{embed}
<p>Text after the widget.</p></body></html>"""


def embed(other_origin, site: str, name: str, snippet: str) -> str:
    return other_origin(name, EMBED_PAGE.format(embed=snippet.format(site=site)))


def test_cross_origin_script_tag_suggests_and_enter_opens_the_entity_page(page, site, other_origin):
    url = embed(other_origin, site, "script-tag.html",
                '<script src="{site}/widget.js" data-endpoint="{site}" data-lang="zh"></script>')
    assert not url.startswith(site)
    page.get(url)
    host = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    widget_input(page, host).send_keys("氢能")
    state = wait_for_options(page, host, COMPANY, PROJECT)

    assert state["role"] == "combobox" and state["listRole"] == "listbox" and state["controls"]
    assert all(o["id"] for o in state["options"]) and state["active"] is None
    target = next(i for i, o in enumerate(state["options"]) if COMPANY in o["text"])
    press(page, *[Keys.ARROW_DOWN] * (target + 1))
    state = widget_state(page, host)
    chosen = state["options"][target]
    assert state["active"] == chosen["id"] and chosen["selected"] == "true"
    assert [o["selected"] for o in state["options"]].count("true") == 1

    press(page, Keys.ENTER)
    wait(page, lambda d: d.current_url == f"{site}/id/org/guochuang-hydrogen-energy", message="Enter did not navigate")
    assert page.find_element(By.TAG_NAME, "h1").text == COMPANY


def test_custom_element_escape_results_and_type_filter(page, site, other_origin):
    url = embed(other_origin, site, "element.html",
                '<script src="{site}/widget.js"></script>'
                '<chanjiao-search endpoint="{site}" type="高校" lang="en"></chanjiao-search>')
    page.get(url)
    host = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    field = widget_input(page, host)
    assert field.get_attribute("placeholder").startswith("Search")
    field.send_keys("大连")
    state = wait_for_options(page, host, "Dalian")
    # lang="en": English names and English type badges (University, Higher vocational college)
    assert all("University" in o["text"] or "college" in o["text"] for o in state["options"]), state

    press(page, Keys.ESCAPE)
    state = widget_state(page, host)
    assert state["expanded"] == "false" and state["listHidden"] and state["active"] is None
    assert field.get_attribute("value") == "大连"

    press(page, Keys.ENTER)
    results = wait(page, lambda d: widget_state(d, host)["results"] or None, message="no results listed")
    assert all(r["href"].startswith(f"{site}/id/") for r in results)
    assert "result" in widget_state(page, host)["status"]
    assert not [e for e in console_errors(page) if "favicon" not in e]


def test_suggestion_requests_are_debounced(page, site, server, other_origin):
    url = embed(other_origin, site, "debounce.html", '<script src="{site}/widget.js" data-endpoint="{site}"></script>')
    page.get(url)
    host = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    before = sum('"/api/autocomplete"' in line for line in server.access_log())
    widget_input(page, host).send_keys("大连交通大学")
    wait_for_options(page, host, "大连交通大学")
    requests_made = sum('"/api/autocomplete"' in line for line in server.access_log()) - before
    assert 1 <= requests_made < len("大连交通大学")


def test_widget_demo_page(page, site, screenshot):
    page.get(f"{site}/widget-demo")
    hosts = wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "chanjiao-search") if len(
        d.find_elements(By.CSS_SELECTOR, "chanjiao-search")) == 2 else None)
    code = page.find_element(By.CSS_SELECTOR, ".embed-code").text
    assert f'<script src="{site}/widget.js" data-endpoint="{site}"' in code
    assert widget_state(page, hosts[1])["role"] == "combobox"
    widget_input(page, hosts[0]).send_keys("大连理工")
    wait_for_options(page, hosts[0], "大连理工大学")
    screenshot(page, "widget-demo")
    assert not [e for e in console_errors(page) if "favicon" not in e]


def test_read_apis_send_cors_headers(site):
    for path in ("/api/autocomplete?q=氢能", "/api/search?q=氢能", "/widget.js"):
        response = requests.get(site + path, headers={"Origin": "https://partner.example"}, timeout=10)
        assert response.status_code == 200 and response.headers["Access-Control-Allow-Origin"] == "*", path
    assert requests.get(site + "/widget.js", timeout=10).headers["Content-Type"].startswith("text/javascript")
