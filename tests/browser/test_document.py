"""The document page in Chromium: the stored text with exactly the cited spans highlighted and
anchored, and the "出处" links that land on one span. Spans come from the server's SPARQL endpoint."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
import requests
from selenium.webdriver.common.by import By

from tests.browser.helpers import console_errors, wait

pytestmark = pytest.mark.browser

SPANS = """PREFIX cj: <https://w3id.org/chanjiao/ontology#> PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?doc ?text ?start ?end WHERE {
  ?doc schema:text ?text . ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end }"""
# Per span anchor (data-span), the text of its pieces in document order; the id-bearing pieces;
# and the text of the whole block.
MARKED = """
const box = document.querySelector('.document-text'), spans = {}, ids = [];
for (const mark of box.querySelectorAll('mark')) {
  const key = mark.dataset.span;
  spans[key] = (spans[key] || '') + mark.textContent;
  if (mark.id) ids.push(mark.id);
}
return [spans, ids, box.textContent];
"""


def documents(site: str) -> dict:
    """Document IRI → (text, {(start, end)}), asked of the server."""
    response = requests.post(f"{site}/sparql", data={"query": SPANS},
                             headers={"Accept": "application/sparql-results+json"})
    found: dict = {}
    for row in response.json()["results"]["bindings"]:
        _text, spans = found.setdefault(row["doc"]["value"], (row["text"]["value"], set()))
        spans.add((int(row["start"]["value"]), int(row["end"]["value"])))
    assert found
    return found


def test_the_document_page_highlights_exactly_the_cited_spans(page, site, kg, screenshot):
    for iri, (text, spans) in documents(site).items():
        path = "/" + iri[len(kg.base_iri):]
        page.get(site + path)
        marked, ids, shown = page.execute_script(MARKED)
        assert shown == text, "the page shows the stored text, unchanged"
        expected = {f"char={start},{end}": text[start:end] for start, end in spans}
        assert marked == expected, "every cited span, and nothing else, is highlighted with its own text"
        assert sorted(ids) == sorted(expected), "each span is anchored once"
        start, end = max(spans, key=lambda s: s[1] - s[0])
        page.get(f"{site}{path}#char={start},{end}")
        target = page.execute_script("return document.querySelector(':target')?.id")
        assert target == f"char={start},{end}"
        assert not console_errors(page)
    screenshot(page, "document")


def test_a_source_link_of_an_answer_opens_its_span(page, site):
    page.get(f"{site}/?q=哪些高校在氢能领域有合作？")
    link = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#answer .evidence .source-meta a"), timeout=30,
                message="no source link")
    quote = page.find_element(By.CSS_SELECTOR, "#answer .evidence .quote").text
    link.click()
    wait(page, lambda d: urlparse(d.current_url).path.startswith("/id/document/"))
    assert urlparse(page.current_url).fragment.startswith("char=")
    target = wait(page, lambda d: d.execute_script("return document.querySelector(':target')"))
    assert target.text == quote


def test_entity_page_citations_link_to_their_spans(page, site):
    page.get(f"{site}/id/org/dalian-jiaotong-university")
    cites = page.find_elements(By.CSS_SELECTOR, "table.properties a.cite, ul.neighbours a.cite")
    assert cites and all("/id/document/" in a.get_attribute("href") and "#char=" in a.get_attribute("href")
                         for a in cites)
    sources = wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#entity-sources a.cite"), message="no sources")
    href = sources[0].get_attribute("href")
    page.get(href)
    assert page.execute_script("return document.querySelector(':target')?.tagName") == "MARK"
