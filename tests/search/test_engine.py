"""The engine's contract, run against every embedder backend on a small inline graph."""

from collections import Counter

import numpy as np
import pytest

from search import BadQuery, SearchResult, Suggestion
from tests.search.conftest import ID

DLUT, DJTU, DVTC = ID + "org/dlut", ID + "org/djtu", ID + "org/dvtc"
DMTG, GUOCHUANG = ID + "org/dmtg", ID + "org/guochuang"
PEMFC, MACHINING, BASE = ID + "project/pemfc", ID + "project/machining", ID + "project/base"


def test_embedder_contract(embedder):
    vectors = embedder.encode(["燃料电池", "hydrogen fuel cell", "😀 mixed 文字"])
    assert vectors.shape == (3, embedder.dim) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.name and embedder.version
    assert embedder.encode([]).shape == (0, embedder.dim)


def test_one_document_per_entity_and_no_quantities(small_engine):
    iris = [d.iri for d in small_engine.catalogue.docs]
    assert len(iris) == len(set(iris)) == 14
    assert {DLUT, PEMFC, BASE, ID + "person/dong", ID + "industry/hydrogen"} <= set(iris)


def test_documents_carry_neighbours_and_broader_industries(small_engine):
    doc = next(d for d in small_engine.catalogue.docs if d.iri == PEMFC)
    fields = {v: f for f, v in doc.fields}
    assert fields["国创氢能科技有限公司"] == "participant"
    assert fields["新能源"] == "industry"  # the broader concept of 燃料电池, two levels up
    assert fields["科技创新类项目"] == "type"


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_result_shape(small_engine, mode):
    results = small_engine.search("燃料电池", k=3, mode=mode)
    assert 1 <= len(results) <= 3 and all(isinstance(r, SearchResult) for r in results)
    assert set(results[0].to_dict()) == {"id", "label", "label_en", "type", "type_en", "score", "snippet"}
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)


def test_exact_alias_wins_and_the_snippet_says_so(small_engine):
    top = small_engine.search("大工")[0]
    assert top.id == DLUT and top.label == "大连理工大学" and top.type == "本科高校"
    assert top.snippet == "别名: 大工"


def test_topic_query_finds_the_project(small_engine):
    assert small_engine.search("燃料电池")[0].id == PEMFC


def test_english_label_and_traditional_and_full_width_queries(small_engine):
    assert small_engine.search("Dalian Jiaotong University")[0].id == DJTU
    assert small_engine.search("大連理工大學")[0].id == DLUT
    assert small_engine.search("ＤＭＴＧ")[0].id == DMTG


@pytest.mark.parametrize("term", ["高校", "本科高校", "University", "university", "cj:University", "大学",
                                  "https://w3id.org/chanjiao/ontology#University"])
def test_type_filter_accepts_labels_alt_labels_and_names(small_engine, term):
    results = small_engine.search("大连", type=term, k=10)
    assert results and DLUT in {r.id for r in results}
    assert all("大学" in r.label or "学院" in r.label for r in results)


@pytest.mark.parametrize("term", ["企业", "company", "Enterprise"])
def test_type_filter_enterprises(small_engine, term):
    results = small_engine.search("燃料电池", type=term, k=10)
    assert {r.id for r in results} <= {GUOCHUANG, DMTG} and results[0].id == GUOCHUANG


def test_project_filter_includes_the_training_base(small_engine):
    ids = {r.id for r in small_engine.search("机床", type="产教合作", k=10)}
    assert ids == {MACHINING, BASE}  # the fuel-cell project has nothing to do with machine tools


def test_industry_filter_includes_narrower_concepts(small_engine):
    ids = {r.id for r in small_engine.search("大连", industry="新能源", k=20)}
    assert {PEMFC, GUOCHUANG} <= ids and DLUT not in ids and DMTG not in ids
    assert {r.id for r in small_engine.search("大连", industry="fuel cells", k=20)} >= {PEMFC}


def test_unknown_filters_are_named(small_engine):
    with pytest.raises(BadQuery, match="unknown type 'spaceship'"):
        small_engine.search("大连", type="spaceship")
    with pytest.raises(BadQuery, match="unknown industry"):
        small_engine.search("大连", industry="航天")


@pytest.mark.parametrize("query", ["", "   ", "\u3000\u3000", "\t\n", "abc\x00", "\ud800x", "x" * 513])
def test_bad_queries_are_rejected(small_engine, query):
    with pytest.raises(BadQuery):
        small_engine.search(query)


@pytest.mark.parametrize("k", [0, -1, 101, 2.5, "5", True])
def test_k_is_bounded(small_engine, k):
    with pytest.raises(BadQuery, match="k must be"):
        small_engine.search("大连", k=k)


def test_unknown_mode(small_engine):
    with pytest.raises(BadQuery, match="unknown search mode"):
        small_engine.search("大连", mode="psychic")


def test_emoji_and_mixed_scripts_work(small_engine):
    emoji = small_engine.find("😀")  # results above the floor, or else the nearest below it, never both
    assert bool(emoji.results) != bool(emoji.nearest)
    assert small_engine.search("🚗 hydrogen 燃料電池 ＰＥＭ")[0].id in {PEMFC, GUOCHUANG}
    assert isinstance(small_engine.search("x" * 512), list)


def test_autocomplete_tiers(small_engine):
    suggestions = small_engine.autocomplete("大连")
    assert all(isinstance(s, Suggestion) for s in suggestions)
    assert suggestions[0].matched.startswith("大连") and "matched" in suggestions[0].to_dict()
    assert small_engine.autocomplete("大工")[0].id == DLUT  # exact alias
    assert small_engine.autocomplete("dalian jiao")[0].id == DJTU  # en label prefix
    assert small_engine.autocomplete("技术集团")[0].id == DMTG  # label substring
    assert [s.id for s in small_engine.autocomplete("大连", type="企业")] == [DMTG]


def test_autocomplete_never_encodes(small_engine, monkeypatch):
    def refuse(texts):
        raise AssertionError("autocomplete ran the encoder")

    monkeypatch.setattr(small_engine.embedder, "encode", refuse)
    assert small_engine.autocomplete("燃料")


def test_autocomplete_rejects_bad_prefixes(small_engine):
    with pytest.raises(BadQuery):
        small_engine.autocomplete("\u3000")
    with pytest.raises(BadQuery):
        small_engine.autocomplete("大连", k=0)


@pytest.mark.parametrize("typed", ["dalian ligong", "dalianligong", "dllg", "dl理工", "da lian li gong", "dà lián lǐ gōng"])
def test_pinyin_initials_and_mixed_forms_find_a_name(small_engine, typed):
    assert small_engine.autocomplete(typed)[0].id == DLUT
    response = small_engine.find(typed)
    assert response.results[0].id == DLUT and response.reading == "大连理工"


def test_pinyin_of_a_word_inside_a_name_searches_what_it_spells(small_engine):
    assert small_engine.autocomplete("guochuang")[0].id == GUOCHUANG
    response = small_engine.find("jichuang")  # 机床: inside 通用技术集团大连机床有限责任公司
    assert response.reading == "机床" and response.results[0].id in {DMTG, MACHINING, BASE}


def test_inner_words_and_short_forms(small_engine):
    assert small_engine.autocomplete("交通大学")[0].id == DJTU
    for short, iri in (("大交大", DJTU), ("大连理工", DLUT), ("国创氢能科技", GUOCHUANG), ("大连机床", DMTG)):
        assert small_engine.autocomplete(short)[0].id == iri, short
        assert small_engine.search(short)[0].id == iri, short


def test_a_typo_is_corrected_and_said(small_engine):
    completion = small_engine.complete("大连交通大雪")
    assert completion.results[0].id == DJTU and completion.suggestion == "大连交通大学"
    assert "大连交通大学" in completion.results[0].snippet
    response = small_engine.find("大连交通大雪")
    assert response.results[0].id == DJTU and response.suggestion == "大连交通大学"
    assert response.to_dict()["suggestion"] == "大连交通大学"
    assert small_engine.find("大连交通大学").suggestion is None


def test_english_responses(small_engine):
    response = small_engine.find("大工", lang="en")
    top = response.results[0]
    assert top.type == "University" and top.snippet == "also known as: 大工"
    suggestion = small_engine.complete("dllg", lang="en").results[0]
    assert suggestion.type == "University" and suggestion.snippet.startswith("pinyin · ")
    with pytest.raises(BadQuery, match="lang"):
        small_engine.find("大工", lang="fr")


def test_facet_counts_are_those_of_the_results(small_engine):
    response = small_engine.find("大连", k=50)
    assert response.total == len(response.results)
    counts = {f.value: f.count for f in response.facets["type"]}
    assert counts == dict(Counter(r.type for r in response.results))
    universities = small_engine.find("大连", k=50, type="本科高校")
    assert {f.value: f.count for f in universities.facets["type"]} == {"本科高校": 2}
    fuel = small_engine.find("燃料电池", k=50, industry="燃料电池")
    assert {f.value for f in fuel.facets["industry"]} == {"燃料电池"}


def test_autocomplete_industry_filter(small_engine):
    assert [s.id for s in small_engine.autocomplete("guo", industry="新能源")] == [GUOCHUANG]
    assert small_engine.autocomplete("guo", industry="教育") == []


def test_match_names_for_entity_linking(small_engine):
    linked = small_engine.match_names("dalian jiaotong daxue")
    assert [doc.iri for doc, _ in linked] == [DJTU]
    assert small_engine.match_names("大连") == []  # only whole names are linked
    assert small_engine.match_names("大连", whole=False)


PLACE_TURTLE = """
@prefix cj: <https://w3id.org/chanjiao/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/chanjiao/id/org/zwz> a cj:Enterprise ; rdfs:label "瓦房店轴承集团有限责任公司"@zh .
"""
PLACE = '<https://w3id.org/chanjiao/id/place/wafangdian> a cj:City ; rdfs:label "瓦房店市"@zh .\n'


def test_a_place_of_the_graph_is_dropped_from_names_without_code_changes(use_embedder, tmp_path):
    """A place no code knows (瓦房店市) is dropped from the names that start with it once the
    graph has it as a place: the short form 轴承集团 then finds the company."""
    from graph.store import KnowledgeGraph
    from search import SearchConfig, SearchEngine
    from search.names import EXACT_SHORT

    found = {}
    for with_place in (False, True):
        kg = KnowledgeGraph.from_turtle(PLACE_TURTLE + (PLACE if with_place else ""))
        engine = SearchEngine.open(kg, SearchConfig(), tmp_path / str(with_place), embedder=use_embedder)
        found[with_place] = engine.match_names("轴承集团")
    assert found[False] == []
    (doc, match), = found[True]
    assert doc.iri == f"{ID}org/zwz" and match.tier == EXACT_SHORT
