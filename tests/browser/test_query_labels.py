"""The query page researchers prefer: labels beside IRIs, plain numbers, local links, the consortium
as the first query, /sparql?query= in a browser, and syntax errors that say where and what."""

from __future__ import annotations

import json
from urllib.error import HTTPError
from urllib.parse import quote
from urllib.request import Request, urlopen

import pytest
from selenium.webdriver.common.by import By

from tests.browser.helpers import console_errors, wait

pytestmark = pytest.mark.browser

TABLE_ROWS = ".tabPanel.active .labelled-results tbody tr"
CONSORTIUM_PATH = "/id/consortium/jinpu-consortium"


def table(driver) -> list[list[dict]]:
    """The active result table: per row, per cell, its text, link, label and whether numeric."""
    return driver.execute_script("""
      return [...document.querySelectorAll(arguments[0])].map((tr) => [...tr.cells].map((td) => ({
        text: td.textContent, numeric: td.classList.contains('numeric'),
        href: td.querySelector('a.iri')?.getAttribute('href') ?? null,
        name: td.querySelector('a.iri')?.textContent ?? null,
        label: td.querySelector('.term-label')?.textContent ?? null})));""", TABLE_ROWS)


def labelled_rows(driver):
    rows = table(driver)
    return rows if rows and any(c["label"] for row in rows for c in row) else None


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_the_consortium_query_shows_labels_and_plain_numbers(page, site, screenshot, size):
    page.set_window_size(*size)
    page.get(f"{site}/query")
    wait(page, lambda d: d.find_element(By.ID, "q-00-the-consortium")).click()
    rows = wait(page, labelled_rows, message="no labelled rows")
    consortium, category, members = rows[0]
    assert consortium["href"] == CONSORTIUM_PATH, "our IRIs link to their pages here"
    assert consortium["label"] and "联合体" in consortium["label"]
    assert category["name"] == "cj:Organization" and category["label"], "a prefixed name with its label beside"
    assert members == {**members, "text": "97", "numeric": True}
    assert all("^^" not in c["text"] and "XMLSchema" not in c["text"] for row in rows for c in row)
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
    screenshot(page, f"query-labels-{size[0]}")
    assert not console_errors(page)


def test_sparql_url_in_a_browser_shows_a_result_table(page, site):
    query = "SELECT ?college (COUNT(?p) AS ?projects) WHERE { ?p cj:participant ?college . ?college a cj:University } GROUP BY ?college"
    page.get(f"{site}/sparql?query={quote(query)}")
    rows = wait(page, labelled_rows, message="no result table")
    labels = [row[0]["label"] for row in rows]
    assert "大连理工大学" in labels
    assert all(row[1]["numeric"] and row[1]["text"].isdigit() for row in rows)
    editor = page.execute_script("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue()")
    assert editor.startswith("PREFIX cj: <https://w3id.org/chanjiao/ontology#>") and query in editor


def test_view_sparql_shows_prefixed_names(page, site):
    query = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
             "SELECT ?l WHERE { <https://w3id.org/chanjiao/id/org/dlut> <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    page.get(f"{site}/query?query={quote(query)}")
    wait(page, table, message="the query did not run")
    editor = page.execute_script("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue()")
    assert "rdfs:label" in editor and "owl:" not in editor and "<http://www.w3.org/2000/01/rdf-schema#label>" not in editor


def test_a_syntax_error_names_line_column_and_token(page, site):
    query = "SELEC ?x WHERE { ?x ?p ?o }"
    request = Request(f"{site}/sparql?query={quote(query)}", headers={"Accept": "application/sparql-results+json"})
    with pytest.raises(HTTPError) as raised:
        urlopen(request, timeout=30)
    message = json.loads(raised.value.read())["error"]["message"]
    assert raised.value.code == 400
    assert "line 1, column 1" in message and "'SELEC'" in message and "SELECT" in message
    page.get(f"{site}/sparql?query={quote(query)}")
    shown = wait(page, lambda d: "line 1, column 1" in d.find_element(By.CSS_SELECTOR, ".tabPanel.active .yasr").text,
                 message="the page does not show the readable error")
    assert shown
