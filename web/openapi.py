"""The OpenAPI 3.1 document of the service, built from the same limits the routes enforce."""

from __future__ import annotations

from dataclasses import dataclass

from graph.curated import SLUG
from graph.results import FORMATS, GRAPH
from search.text import INVISIBLE_CLASS
from web.config import ServerConfig
from web.negotiation import HTML

OPENAPI_VERSION = "3.1.0"
# What the routes accept as text (search.text.validate_query): no NUL, something not blank.
CLEAN_TEXT = rf"^[^\x00]*[^\s\x00{INVISIBLE_CLASS}][^\x00]*$"


@dataclass(frozen=True)
class Limits:
    """The input limits the API enforces, from the search and question-answering configurations."""

    max_k: int
    max_query_chars: int
    max_question_chars: int


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _string(**extra) -> dict:
    return {"type": "string", **extra}


def _text(max_chars: int) -> dict:
    """A text parameter as the routes accept it: at most ``max_chars`` characters, not blank, no NUL."""
    return _string(minLength=1, maxLength=max_chars, pattern=CLEAN_TEXT)


def _object(properties: dict, required: tuple[str, ...] = (), **extra) -> dict:
    return {"type": "object", "properties": properties, "required": list(required or properties), **extra}


NODE = _object({
    "value": _string(), "kind": {"enum": ["iri", "literal", "bnode"]}, "label": _string(),
    "label_en": _string(), "lang": _string(), "datatype": _string(), "path": _string(),
}, required=("value", "kind"))

# Positions in Entity.evidence of the evidence a value or a link cites.
CITATIONS = {"type": "array", "items": {"type": "integer", "minimum": 0}}

PROPERTY = _object({
    "predicate": _ref("Node"),
    "values": {"type": "array", "items": {"allOf": [_ref("Node"), _object(
        {"evidence": CITATIONS, "derived_from": {"type": "array", "items": _object(
            {"subject": _ref("Node"), "predicate": _ref("Node"), "object": _ref("Node")})}},
        required=("evidence",))]}},
})

SCHEMAS = {
    "Error": _object({"error": _object({"code": _string(), "message": _string()})}),
    "SearchResult": _object({
        "id": _string(format="iri"), "label": _string(), "label_en": {"type": ["string", "null"]},
        "type": _string(), "type_en": _string(), "score": {"type": "number"}, "snippet": _string(),
    }, required=("id", "label", "label_en", "type", "score", "snippet")),
    "Suggestion": {"allOf": [_ref("SearchResult"), _object({"matched": _string()})]},
    "Facet": _object({"value": _string(), "label_en": _string(), "count": {"type": "integer", "minimum": 1}}),
    "SearchResponse": _object({
        "query": _string(), "results": {"type": "array", "items": _ref("SearchResult")},
        "total": {"type": "integer", "minimum": 0},
        "suggestion": {"type": ["string", "null"], "description": "Did you mean: the name a mistyped query meant"},
        "reading": {"type": ["string", "null"], "description": "The name a pinyin or mistyped query was read as"},
        "nearest": {"type": "object", "description": "Only when no result passed the relevance floor: the closest "
                    "industries and entities below it", "additionalProperties": {
                        "type": "array", "items": _ref("SearchResult")}},
        "facets": {"type": "object", "description": "Counts per type and per industry over the results",
                   "additionalProperties": {"type": "array", "items": _ref("Facet")}},
    }, required=("query", "results")),
    "AutocompleteResponse": _object({
        "query": _string(), "results": {"type": "array", "items": _ref("Suggestion")},
        "suggestion": {"type": ["string", "null"], "description": "Did you mean: set when the suggestions "
                       "correct a typo"},
    }, required=("query", "results")),
    "Answer": _object({
        "question": _string(), "answer_text": _string(), "sparql": _string(),
        "answers": {"type": "array", "items": {"type": "object"}},
        "total": {"type": "integer", "minimum": 0, "description": "How many answers there are: a long list "
                  "lists the first of them in answers, and its evidence cites those"},
        "evidence": {"type": "array", "items": {"type": "object"}},
        "related": {"type": "array", "items": _ref("SearchResult")},
        "understanding": {"type": "object"},
    }, description="Answers with their paths and evidence spans, and the SPARQL query that found them"),
    "Node": NODE,
    "Property": PROPERTY,
    "Entity": _object({
        "id": _string(format="iri"), "path": _string(),
        "labels": {"type": "object", "additionalProperties": _string()},
        "descriptions": {"type": "object", "additionalProperties": _string()},
        "types": {"type": "array", "items": _ref("Node")},
        "properties": {"type": "array", "items": _ref("Property")},
        "inferred": {"type": "array", "items": _ref("Property")},
        "neighbours": {"type": "array", "items": {"allOf": [_ref("Node"), _object(
            {"predicate": _ref("Node"), "direction": {"enum": ["in", "out"]}, "evidence": CITATIONS})]}},
        "evidence": {"type": "array", "items": _object({
            "id": _string(format="iri"), "quote": _string(), "start": {"type": "integer"},
            "end": {"type": "integer"}, "document": {"oneOf": [_ref("Node"), {"type": "null"}]},
            "path": {"type": ["string", "null"]},
            "url": {"type": ["string", "null"], "description": "the span on the document's page, /id/document/<id>#char=START,END"},
        })},
    }),
    "Health": _object({"status": {"enum": ["ok", "unhealthy"]}, "reason": _string()}, required=("status",),
                      description="reason: why the store being served is unusable (only when unhealthy)"),
    "Readiness": _object({
        "ready": {"type": "boolean"},
        "components": {"type": "object", "additionalProperties": {"type": "boolean"}},
        "reason": _string(),
    }, required=("ready", "components"),
        description="reason: why the store being served is unusable, else what the parts not up yet are doing"),
}


def _json(schema: str, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


ERROR_RESPONSES = {
    "400": _json("Error", "Bad input (the message says which parameter and why)"),
    "503": _json("Error", "A service is not ready"),
}


PATH_PARAMS = [{"name": n, "in": "path", "required": True, "schema": _string(pattern=SLUG.pattern)}
               for n in ("kind", "slug")]


def _query(name: str, description: str, schema: dict, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "description": description, "schema": schema}


def _get(summary: str, parameters: list, ok: dict, errors: dict = ERROR_RESPONSES) -> dict:
    return {"get": {"summary": summary, "parameters": parameters, "responses": {"200": ok, **errors}}}


def _rdf_content() -> dict:
    types = [HTML, *(f.media_type for f in FORMATS[GRAPH])]
    return {t: {"schema": _string()} for t in types}


def _api_paths(limits: Limits) -> dict:
    k = {"type": "integer", "minimum": 1, "maximum": limits.max_k}
    query = _text(limits.max_query_chars)
    type_param = _query("type", "Only entities of this class (IRI, local name or label; unknown: 400)", query)
    industry_param = _query("industry", "Only entities in this industry or a narrower one (IRI, slug, label or "
                                        "alias; unknown: 400)", query)
    lang_param = _query("lang", "Language of type labels and snippets", {"enum": ["zh", "en"]})
    not_found = {"404": _json("Error", "No such entity"), **ERROR_RESPONSES}
    return {
        "/api/search": _get("Hybrid (names, dense + BM25) entity search above a relevance floor", [
            _query("q", "The query: Chinese, pinyin, initials or English", query, required=True),
            _query("k", "How many", k), type_param, industry_param,
            _query("mode", "Ranking", {"enum": ["hybrid", "dense", "lexical"]}), lang_param,
        ], _json("SearchResponse", "Ranked entities, facets, and the nearest ones when none is relevant")),
        "/api/autocomplete": _get("Name completions: as typed, pinyin, initials, inner words, short forms, typos", [
            _query("q", "The text typed so far", query, required=True), _query("k", "How many", k),
            type_param, industry_param, lang_param,
        ], _json("AutocompleteResponse", "Suggestions, best first")),
        "/api/ask": _get("Answer a question about the consortium", [
            _query("q", "The question, Chinese or English", _text(limits.max_question_chars), required=True),
        ], _json("Answer", "The answer with its evidence")),
        "/api/entity/{kind}/{slug}": _get("An entity as JSON", PATH_PARAMS, _json("Entity", "The entity"), not_found),
        "/api/entity": _get("An entity by IRI", [_query("iri", "The entity IRI", _string(format="iri"), True)],
                            _json("Entity", "The entity"), not_found),
        "/healthz": _get("Liveness", [], _json("Health", "The process answers and its store is sound"),
                         {"503": _json("Health", "The store being served is damaged (being rebuilt)")}),
        "/readyz": _get("Readiness: store, query workers, search index and question answering", [],
                        _json("Readiness", "Ready"),
                        {"503": _json("Readiness", "Not ready yet")}),
    }


def _service_paths(config: ServerConfig) -> dict:
    sparql_errors = {
        "400": _json("Error", "Malformed query (message with line:column)"),
        "403": _json("Error", "Update or SERVICE refused"), "406": _json("Error", "No acceptable format"),
        "413": _json("Error", f"The query is longer than {config.max_query_chars} characters"),
        "429": _json("Error", f"This client has {config.quota.max_concurrent} queries running or used "
                              f"{config.quota.seconds_per_window:g} s of query time in the last "
                              f"{config.quota.window_s:g} s (see Retry-After)"),
        "503": _json("Error", "Stopped at the deadline, or no query worker free (see Retry-After)"),
    }
    results = {f.media_type: {"schema": _string()} for fs in FORMATS.values() for f in fs}
    return {
        "/sparql": _get(
            f"SPARQL 1.1 Protocol query endpoint (GET or POST; deadline {config.query_timeout_s:g} s, "
            f"at most {config.row_cap} rows). Without a query: the service description.",
            [_query("query", "A SPARQL query", _string(maxLength=config.max_query_chars)),
             _query("timeout", "Seconds, lowers the deadline", {"type": "number", "minimum": config.min_query_timeout_s}),
             _query("format", "Result format name, overrides Accept", _string())],
            {"description": "Results in the negotiated format", "content": results}, sparql_errors),
        "/id/{kind}/{slug}": _get("Dereference an entity IRI (HTML or its CBD in RDF)", PATH_PARAMS,
                                  {"description": "The entity", "content": _rdf_content()},
                                  {"404": _json("Error", "No such entity")}),
        "/ontology": _get("The OWL ontology", [], {"description": "The ontology", "content": _rdf_content()}, {}),
    }


def document(config: ServerConfig, limits: Limits) -> dict:
    """The OpenAPI document of a service with ``config`` and the API's input ``limits``."""
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": "Chanjiao knowledge graph service", "version": "0.1.0",
                 "description": "Knowledge graph of China's industry–education integration (产教融合): SPARQL, "
                                "linked data and search. Every JSON error is {\"error\": {\"code\", \"message\"}}."},
        "servers": [{"url": "/"}],
        "paths": {**_api_paths(limits), **_service_paths(config)},
        "components": {"schemas": SCHEMAS},
    }
