"""The JSON API matches its OpenAPI document, and the document itself is valid."""

from __future__ import annotations

import pytest
import requests
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

pytestmark = pytest.mark.server

DOC_URI = "urn:chanjiao:openapi"


@pytest.fixture(scope="session")
def openapi(server) -> dict:
    response = requests.get(f"{server.url}/openapi.json")
    assert response.status_code == 200
    return response.json()


@pytest.fixture(scope="session")
def check(openapi):
    """check(response, path_template): validate the body against the documented schema of its status."""
    registry = Registry().with_resource(DOC_URI, Resource.from_contents(openapi, default_specification=DRAFT202012))

    def run(response: requests.Response, template: str) -> dict:
        documented = openapi["paths"][template]["get"]["responses"]
        assert str(response.status_code) in documented, (template, response.status_code, response.text[:300])
        schema = documented[str(response.status_code)]["content"]["application/json"]["schema"]
        ref = {"$ref": DOC_URI + schema["$ref"]}
        body = response.json()
        Draft202012Validator(ref, registry=registry).validate(body)
        return body

    return run


def test_openapi_document_is_valid(openapi):
    validate(openapi)
    assert {"/api/search", "/api/ask", "/api/autocomplete", "/api/entity/{kind}/{slug}", "/healthz",
            "/readyz", "/sparql"} <= set(openapi["paths"])


def test_search(server, check):
    body = check(requests.get(f"{server.url}/api/search", params={"q": "氢能", "k": 5}), "/api/search")
    assert 0 < len(body["results"]) <= 5
    assert any("氢能" in r["label"] for r in body["results"])


def test_search_with_type_filter(server, check):
    body = check(requests.get(f"{server.url}/api/search", params={"q": "大连", "type": "University", "k": 3}),
                 "/api/search")
    assert body["results"] and all(r["type"] == "本科高校" for r in body["results"])


def test_autocomplete(server, check):
    body = check(requests.get(f"{server.url}/api/autocomplete", params={"q": "大连理工"}), "/api/autocomplete")
    assert body["results"][0]["label"].startswith("大连理工")


def test_search_reads_pinyin_corrects_typos_and_counts_facets(server, check):
    body = check(requests.get(f"{server.url}/api/search", params={"q": "dalianjiaotongdaxve", "k": 3}), "/api/search")
    assert body["results"][0]["label"] == "大连交通大学" and body["suggestion"] == "大连交通大学"
    facets = body["facets"]
    assert sum(f["count"] for f in facets["type"]) == body["total"] >= len(body["results"])
    english = check(requests.get(f"{server.url}/api/search", params={"q": "dllg", "lang": "en", "k": 1}), "/api/search")
    assert english["results"][0]["type"] == "University" and english["reading"] == "大连理工"


def test_search_without_relevant_results_offers_the_nearest(server, check):
    body = check(requests.get(f"{server.url}/api/search", params={"q": "机器人"}), "/api/search")
    assert body["results"] == [] and body["total"] == 0
    assert body["nearest"]["industries"] and body["nearest"]["entities"]


def test_an_unknown_organisation_finds_nothing_and_a_typo_is_offered_on_the_home_page(server, check):
    for name in ("Tsinghua University", "清华大学"):
        body = check(requests.get(f"{server.url}/api/search", params={"q": name}), "/api/search")
        assert body["results"] == [] and body["total"] == 0
    page = requests.get(f"{server.url}/", params={"q": "大连理宫大学"})
    assert page.status_code == 200 and 'id="did-you-mean"' in page.text
    assert '<a href="?q=%E5%A4%A7%E8%BF%9E%E7%90%86%E5%B7%A5%E5%A4%A7%E5%AD%A6">大连理工大学</a>' in page.text


def test_autocomplete_pinyin_filters_and_typos(server, check):
    body = check(requests.get(f"{server.url}/api/autocomplete", params={"q": "gcqn", "industry": "新能源"}),
                 "/api/autocomplete")
    assert [r["label"] for r in body["results"]] == ["国创氢能科技有限公司"] and body["suggestion"] is None
    typo = check(requests.get(f"{server.url}/api/autocomplete", params={"q": "冰山松阳"}), "/api/autocomplete")
    assert typo["results"][0]["label"].startswith("冰山松洋") and typo["suggestion"] == "冰山松洋"


def test_ask(server, check):
    body = check(requests.get(f"{server.url}/api/ask", params={"q": "哪些高校参与了氢能相关的合作项目?"}), "/api/ask")
    assert body["question"].startswith("哪些高校")


def test_entity(server, kg, entity_path, check):
    body = check(requests.get(f"{server.url}/api{entity_path.replace('/id/', '/entity/', 1)}"),
                 "/api/entity/{kind}/{slug}")
    assert body["id"] == kg.base_iri + entity_path[1:] and body["path"] == entity_path
    assert body["labels"]["zh"] and body["types"] and body["neighbours"] and body["evidence"]
    by_iri = check(requests.get(f"{server.url}/api/entity", params={"iri": body["id"]}), "/api/entity")
    assert by_iri == body


def test_health_and_readiness(server, check):
    check(requests.get(f"{server.url}/healthz"), "/healthz")
    body = check(requests.get(f"{server.url}/readyz"), "/readyz")
    assert body == {"ready": True, "components": {"store": True, "workers": True, "search": True, "answerer": True}}


@pytest.mark.parametrize("url, template", [
    ("/api/search?q=", "/api/search"),
    ("/api/search?q=x&k=500", "/api/search"),
    ("/api/autocomplete", "/api/autocomplete"),
    ("/api/ask?q=%E3%80%80", "/api/ask"),
    ("/api/entity/org/no-such-thing", "/api/entity/{kind}/{slug}"),
    ("/api/entity?iri=https://example.org/x", "/api/entity"),
])
def test_errors_share_one_documented_shape(server, check, url, template):
    response = requests.get(server.url + url)
    assert response.status_code in (400, 404)
    assert check(response, template)["error"]["message"]
