"""Typing names as people do, did-you-mean, the empty state, filters and facets, English throughout."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from graph.han import HAN
from tests.browser.helpers import console_errors, press, wait, wait_for_options, widget_input, widget_state
from tests.browser.test_widget import embed

pytestmark = pytest.mark.browser

SHADOW_TEXT = """
const root = arguments[0].shadowRoot;
return {
  badges: [...root.querySelectorAll('.type')].map(n => n.textContent),
  snippets: [...root.querySelectorAll('.results p')].map(n => n.textContent),
  nearest: [...root.querySelectorAll('.nearest p')].map(n => n.textContent),
  status: root.querySelector('.status').textContent,
};
"""


def shadow(page, host) -> dict:
    return page.execute_script(SHADOW_TEXT, host)


def widget(page, other_origin, site, name, attributes):
    url = embed(other_origin, site, name, '<script src="{site}/widget.js"></script>'
                f'<chanjiao-search endpoint="{{site}}" {attributes}></chanjiao-search>')
    page.get(url)
    return wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))


def test_pinyin_initials_and_short_forms_suggest_the_name(page, site, other_origin):
    host = widget(page, other_origin, site, "pinyin.html", 'lang="zh"')
    field = widget_input(page, host)
    for typed, expected in (("dllg", "大连理工大学"), ("qingneng", "氢能"), ("轻工学院", "辽宁轻工职业学院")):
        field.clear()
        field.send_keys(typed)
        state = wait_for_options(page, host, expected)
        assert expected in state["options"][0]["text"], (typed, state)


def test_a_typo_gets_did_you_mean(page, site, other_origin):
    host = widget(page, other_origin, site, "typo.html", 'lang="zh"')
    widget_input(page, host).send_keys("大连交通大雪")
    wait_for_options(page, host, "大连交通大学")
    wait(page, lambda d: "您是不是要找：大连交通大学" in widget_state(d, host)["status"], message="no did-you-mean")
    page.execute_script("arguments[0].shadowRoot.querySelector('.did-you-mean').click()", host)
    wait(page, lambda d: widget_state(d, host)["results"], message="did-you-mean did not search")
    assert widget_input(page, host).get_attribute("value") == "大连交通大学"
    assert widget_state(page, host)["results"][0]["text"] == "大连交通大学"


def test_nothing_relevant_says_so_and_offers_the_nearest(page, site, other_origin):
    host = widget(page, other_origin, site, "empty.html", 'lang="zh"')
    widget_input(page, host).send_keys("机器人")
    press(page, Keys.ENTER)
    wait(page, lambda d: shadow(d, host)["nearest"], message="no nearest entities")
    state, text = widget_state(page, host), shadow(page, host)
    assert state["results"] == [] and text["status"] == "没有找到相关结果"
    assert text["nearest"][0].startswith("最接近的产业：") and text["nearest"][1].startswith("最接近的实体：")


def test_english_widget_has_english_badges_snippets_and_status(page, site, other_origin, screenshot):
    host = widget(page, other_origin, site, "english.html", 'lang="en"')
    widget_input(page, host).send_keys("hydrogen")
    wait_for_options(page, host, "Guochuang")
    press(page, Keys.ESCAPE, Keys.ENTER)
    wait(page, lambda d: widget_state(d, host)["results"], message="no results")
    text = shadow(page, host)
    assert text["badges"] and not [b for b in text["badges"] if HAN.search(b)], text["badges"]
    assert all(not HAN.search(s.split(":")[0]) for s in text["snippets"]), text["snippets"]
    assert re.fullmatch(r"\d+ results?", text["status"]), text["status"]
    screenshot(page, "widget-english")
    assert not [e for e in console_errors(page) if "favicon" not in e]


def test_industry_attribute_filters_suggestions(page, site, other_origin):
    url = embed(other_origin, site, "industry.html",
                '<script src="{site}/widget.js" data-endpoint="{site}" data-industry="新能源" data-lang="zh"></script>')
    page.get(url)
    host = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    assert host.get_attribute("industry") == "新能源"
    widget_input(page, host).send_keys("大连")
    state = wait_for_options(page, host, "大连")
    assert not [o for o in state["options"] if "大学" in o["text"]], "universities are not in new energy"


def test_home_page_facets_filter_with_counts(page, site, screenshot):
    page.get(f"{site}/")
    box = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "chanjiao-search"))
    widget_input(page, box).send_keys("大连", Keys.ENTER)
    chips = wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#facets [data-facet=type] button.facet"),
                 message="no type facets")
    university = next(c for c in chips if c.get_attribute("data-value") == "本科高校")
    count = int(university.find_element(By.CSS_SELECTOR, ".count").text)
    university.click()
    wait(page, lambda d: parse_qs(urlparse(d.current_url).query).get("type") == ["本科高校"])
    wait(page, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#results .card")) == min(count, 10)
         and all(b.text == "本科高校" for b in d.find_elements(By.CSS_SELECTOR, "#results .card .badge")),
         message="the type facet did not filter")
    assert page.find_elements(By.CSS_SELECTOR, "#facets [data-facet=industry] button.facet")
    assert box.get_attribute("type") == "本科高校", "suggestions follow the filter"
    screenshot(page, "home-facets")
    assert not console_errors(page)


def test_home_page_empty_state_and_english(page, site):
    page.get(f"{site}/?q=机器人")
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#nearest .nearest-industries .chip"))
    assert not page.find_elements(By.CSS_SELECTOR, "#results .card")
    assert "没有找到相关结果" in page.find_element(By.ID, "search-status").text
    page.find_element(By.CSS_SELECTOR, ".lang-toggle").click()
    wait(page, lambda d: "No relevant results" in d.find_element(By.ID, "search-status").text)
    assert "Nearest industries" in page.find_element(By.ID, "nearest").text
    page.find_element(By.CSS_SELECTOR, ".lang-toggle").click()
