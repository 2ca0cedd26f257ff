"""Kind references read their narrowing words off the names indexed once (search.qa_kind_names), and a
consortium's member count off its own figures: the entities a kind reference fits and the member count
are those the scan of every instance and every figure gave (unpointed, two of them: enough to tell one from
several), on the real graph and at twice the seed, and
an answer no longer tests every instance of the kind. Worded unlike the development sets."""

import pytest

from graph.han import HAN
from graph.store import open_graph
from search import SearchConfig, SearchEngine
from search.documents import CJ
from search.prebuild import index_dir
from search.qa import QuestionAnswerer
from search.qa_graph import CONSORTIUM, COOPERATION, ORGANIZATION
from search.qa_kind_refs import KindReferences
from search.qa_membership import MEMBER_COUNT
from search.text import normalize
from tests.search.spies import calls_of

# Narrowing words that fit nothing, a lone Han character (no pair to look up: search.qa_kind_chars; simplified,
# traditional, one held by no name, one beside other characters), a stem, a hyphened word.
ODD_WORDS = ["不存在的", "氢", "幼", "了", "學", "氫", "鑫", "3号", "A院", "zzz", "colleges", "machine-tool", "s",
             "大连 hydrogen", "(大连)"]


@pytest.fixture(scope="module")
def scaled(scale_two, use_embedder):
    kg = open_graph(scale_two / "data")
    yield QuestionAnswerer(kg, SearchEngine.open(kg, SearchConfig(), index_dir(kg.path), embedder=use_embedder))
    kg.close()


def _words(qa, most: int) -> list[str]:
    """Narrowing words taken from the graph's own names: Han pairs and triples, English words, and ODD_WORDS."""
    found: list[str] = []
    for x in sorted(qa.kinds.names.entities)[::max(1, len(qa.kinds.names.entities) // most)]:
        for name in (normalize(qa.facts.label(x)), normalize(qa.facts.label(x, "en"))):
            if HAN.search(name):
                found += [name[:2], name[1:4], name[-3:-1]]
            else:
                found += name.split()[:2]
    return sorted(set(found)) + ODD_WORDS


def _kinds(qa) -> set[frozenset[str]]:
    refs = qa.kinds
    return {frozenset(c) for c in qa.lexicon.class_words.values()
            if refs._within(frozenset(c), ORGANIZATION) or refs._within(frozenset(c), COOPERATION)}


def _same_as_the_scan(qa, most: int) -> int:
    """Asserts that every kind's fits are the scan's, for words of the graph's names; how many fit."""
    refs: KindReferences = qa.kinds
    fitting = 0
    for kinds in _kinds(qa):
        for words in _words(qa, most):
            for pointed in (True, False):
                scanned = {x for x in refs.graph.of_class(kinds) if refs._fits(x, words, pointed)}
                found = refs._fitting(kinds, words, pointed)
                if pointed:
                    assert found == scanned, (sorted(kinds), words, pointed)
                else:  # unpointed, two tell one from several: only one fitting is read
                    assert found <= scanned and len(found) == min(2, len(scanned)), (sorted(kinds), words, pointed)
                fitting += len(scanned)
    return fitting


def test_the_index_fits_what_the_scan_of_every_instance_fit(qa):
    assert _same_as_the_scan(qa, 40) > 0


def test_the_index_fits_what_the_scan_fit_at_twice_the_seed(scaled):
    assert _same_as_the_scan(scaled, 15) > 0


def test_an_unnarrowed_kind_is_one_entity_only_when_the_graph_holds_one(qa):
    refs: KindReferences = qa.kinds
    for kinds in _kinds(qa):
        every = refs.graph.of_class(kinds)
        assert refs._fitting(kinds, "", True) == every
        some = refs._fitting(kinds, "", False)
        assert some <= every and len(some) >= min(2, len(every)) and (len(every) != 1 or some == every)


@pytest.mark.parametrize("question", ["那家压缩机企业跟哪所高校有合作", "who does that compressor company work with?"])
def test_a_kind_reference_tests_only_the_entities_its_words_may_fit(scaled, question, monkeypatch):
    tested = calls_of(monkeypatch, scaled.kinds, "_fits")
    read = calls_of(monkeypatch, scaled.kinds, "_read")
    scaled.answer(question)
    companies = scaled.kinds.graph.of_class({f"{CJ}Enterprise"})
    assert tested and len(tested) < len(companies) / 4, (len(tested), len(companies))
    assert len(read) <= 2  # once per reading (the question, and the question renamed), not once per asker


def _scanned_total(facts, consortium: str) -> int | None:
    counts = [int(facts.figures["zh"][q]["value"]) for q, (owner, p) in facts.quantity_owner.items()
              if owner == consortium and p == MEMBER_COUNT and q in facts.figures["zh"]]
    return max(counts) if counts else None


@pytest.mark.parametrize("at", ["seed", "twice"])
def test_a_member_count_is_the_one_the_scan_of_every_figure_gave(qa, scaled, at):
    answerer = qa if at == "seed" else scaled
    membership = answerer.operators  # Operators reads membership claims (search.qa_membership.Membership)
    facts = membership.facts
    consortia = sorted(membership.graph.of_class({CONSORTIUM}))
    totals = [membership._member_total(c) for c in consortia]
    assert totals == [_scanned_total(facts, c) for c in consortia] and any(totals)
    other = sorted(membership.graph.of_class({ORGANIZATION}) - set(consortia))[0]
    assert membership._member_total(other) is None  # no consortium: no member count


@pytest.mark.parametrize("question", ["哪些企業參與了人才培養項目？", "哪些高校参与了人才培养项目？", "哪些企业参与了实训基地？"])
def test_a_lone_character_tests_only_the_entities_holding_it(scaled, question, monkeypatch):
    """"参与了…项目": the narrowing word is one character, no pair of which the index of names holds; the
    entities whose names hold the character are tested, not every instance of the kind."""
    tested = calls_of(monkeypatch, scaled.kinds, "_fits")
    fitting: list[tuple[tuple, set[str]]] = []
    original = KindReferences._fitting
    monkeypatch.setattr(KindReferences, "_fitting",
                        lambda self, *args, **named: fitting.append((args, original(self, *args, **named))) or fitting[-1][1])
    scaled.answer(question)
    lone = [(args, found) for args, found in fitting if len(args[1]) == 1 and HAN.match(args[1])]
    assert lone, fitting
    assert len(tested) < sum(len(scaled.kinds.graph.of_class(args[0])) for args, _ in lone) / 4
    for (kinds, words, pointed, *_), found in lone:
        every = scaled.kinds.graph.of_class(kinds)
        scanned = {x for x in every if scaled.kinds._fits(x, words, pointed)}
        assert found == scanned if pointed else found <= scanned and len(found) == min(2, len(scanned))
