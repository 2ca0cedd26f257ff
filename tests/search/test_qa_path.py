"""The path of a question through question answering, on the real graph: normalised once, at the
entry, then parse → logical form → plan → rows (SPARQL, or the participation index) → evidence → sentence, each stage once and in that order for a
plain question; an operator's question (comparison, negation, yes/no …) is also normalised and
parsed once. bench/qa_path.py measures the same over the development set."""

import sys
from difflib import SequenceMatcher

import pytest

import graph.han
import search.qa
from search.qa_form import logical_form
from search.qa_plans import Plan
from search.text import normalize
from search.understand import understand

# A normalize call is on the question when its argument is at least this alike to the normalised
# question (respelled, blanked or with question words removed); names and labels are not, nor a name
# cut from the raw question (the scope reads capitalised English names off it, for their capitals).
ALIKE = 0.6


@pytest.fixture
def trace(qa, monkeypatch):
    """``trace(question)`` → (how often the question was normalised, the stages run, in order)."""
    stages: list[str] = []
    normalised: list[str] = []
    original = graph.han.normalize

    def recorded(stage, function):
        def run(*args, **kwargs):
            stages.append(stage)
            return function(*args, **kwargs)
        return run

    def normalize(text):
        normalised.append(text)
        return original(text)

    # the question-answering modules (the search engine normalises the topic phrase it is given)
    for module in [m for name, m in list(sys.modules.items()) if name.startswith(("search.qa", "search.understand"))
                   and getattr(m, "normalize", None) is original]:
        monkeypatch.setattr(module, "normalize", normalize)
    monkeypatch.setattr(search.qa, "understand", recorded("parse", search.qa.understand))
    monkeypatch.setattr(search.qa, "logical_form", recorded("form", search.qa.logical_form))
    monkeypatch.setattr(search.qa, "compose", recorded("plan", search.qa.compose))
    monkeypatch.setattr(search.qa, "describe", recorded("sentence", search.qa.describe))
    monkeypatch.setattr(Plan, "collect", recorded("evidence", Plan.collect))
    names = {n for doc in qa.engine.catalogue.docs for n in doc.name_values}
    # the plan's rows: its SPARQL run, or read off the participation index (search.qa_index)
    monkeypatch.setattr(qa, "rows", recorded("rows", qa.rows))

    def run(question: str) -> tuple[int, list[str]]:
        stages.clear()
        normalised.clear()
        qa.answer(question)
        asked = original(question)
        on_question = [t for t in normalised if SequenceMatcher(None, original(t), asked).ratio() >= ALIKE
                       and not (t in question and t != question) and t not in names]
        return len(on_question), list(stages)
    return run


@pytest.mark.parametrize("question", [
    "联合体重点瞄准的是哪几个产业",  # key industries (a source's statement)
    "《意见》啥时候印发的？",  # a date
    "Which companies work with Dalian Jiaotong University?",  # partners
    "校企双方一共投了多少钱？",  # a figure
    "大连理工大学参与了哪些项目？",  # cooperations
])
def test_a_plain_question_is_normalised_once_and_passes_each_stage_once_in_order(trace, question):
    normalised, stages = trace(question)
    assert normalised == 1
    assert stages == ["parse", "form", "plan", "rows", "evidence", "sentence"]


@pytest.mark.parametrize("question", [
    "大工跟大连职院比，签的项目谁多一些？",  # comparison
    "有哪些项目一所大学都没参与？",  # negation
    "大连海事大学是不是数字人才实训中心的参与方？",  # yes/no (海事大学 is a short form now: relinked, parsed again)
    "签约项目里，哪家高校出现得最多？",  # superlative
])
def test_an_operator_question_is_normalised_and_parsed_once(trace, question):
    normalised, stages = trace(question)
    assert normalised == 1
    assert stages[:1] == ["parse"] and stages.count("parse") == 1


@pytest.mark.parametrize("question, operators", [
    ("大工跟大连职院比，签的项目谁多一些？", {"compare"}),
    ("有哪些项目一所大学都没参与？", {"negation"}),
    ("海事大学是不是数字人才实训中心的参与方？", {"yes/no"}),
    ("双极板项目是哪家企业和哪所大学搞的？", {"two types"}),
    ("推进会上总共签约了多少个项目", {"count"}),
])
def test_the_logical_form_names_the_operators_the_words_call_for(qa, question, operators):
    u = understand(normalize(question), qa.lexicon)
    form = logical_form(u, qa.anchors(u), qa.lexicon, qa.places(u))
    assert operators <= form.operators and form.mentions == u.mentions


def test_the_logical_form_links_places_dates_and_relations(qa):
    u = understand(normalize("金普新区有哪些企业参与了人工智能项目？"), qa.lexicon)
    form = logical_form(u, qa.anchors(u), qa.lexicon, qa.places(u))
    assert form.places == ("金普新区",) and form.relations == ("参与",) and "hops" not in form.operators
    assert form.industries and form.constraints
    dated = understand(normalize("What document did the two General Offices issue in December 2022?"), qa.lexicon)
    assert logical_form(dated, (), qa.lexicon).dates == ("2022-12",)


def test_a_relinked_name_is_read_again_without_normalising_the_question_again(trace):
    # 大理工: a short name linked on the second reading (大交大, a slip of 大连交通大学's short form, is linked on the first)
    normalised, stages = trace("大理工跟哪些企业有合作？")
    assert normalised == 1
    assert stages.count("parse") == 2 and stages[-1] == "sentence"
