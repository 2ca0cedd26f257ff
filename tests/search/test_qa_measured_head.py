"""The head a how-word asks the measure of (search.qa_measures.measured_head) must be something the graph holds: an answer
leaving it unaccounted, held nowhere and far from every answer in meaning, is refused under any operator
(search.qa_readings, CoverageConfig.measured_similarity fitted by bench/calibrate_qa_measured_head.py). Wordings of
our own: English, Chinese, traditional script, colloquial, and twins whose head is not the measured thing."""

from dataclasses import dataclass, field

import numpy as np
import pytest

from search.qa_measures import measured_head
from search.qa_readings import CoverageConfig, Readings
from search.understand import Understanding


@pytest.mark.parametrize("question, word", [
    ("how large was the audience at the consortium meeting?", "audience"),
    ("quick one: how big is its workforce?", "workforce"),
    ("how many spectators came to the signing?", "spectator"),  # stemmed as the residue stems it
    ("how high were the salaries of the graduates?", "salarie"),
    ("推进会的观众有多少人？", "观众"),
    ("推進會的觀眾大概有多少", "觀眾"),  # traditional script as typed
    ("机床厂员工一共多少啊", "员工"),  # colloquial
    ("校园占地多大？", "占地"),
])
def test_the_head_a_how_word_asks_for_is_found(question, word):
    assert measured_head(question, word)


# The head a what-word asks the value of, and a how-word's head after words narrowing it, themselves held nowhere
# (round 31; the words held nowhere are given as the reading gives them, stemmed).
@pytest.mark.parametrize("question, word, held_nowhere", [
    ("jinpu got ranked fifth overall. what was its actual point total in the review?", "point", ()),
    ("investor asking: what's the capex figure behind the hongmeng talent centre?", "capex", ()),
    ("what is the launch timeline of the rockwell centre?", "timeline", ()),
    ("the base cost 120m; what was gt dalian machine tool co., ltd.'s own share in yuan?", "share", ()),
    ("what’s the payback period of the base", "period", ()),  # a typographic apostrophe as typed
    ("how many hydrogen refuelling stations does guochuang run in jinpu?", "station", ("refuelling", "station")),
    ("how many intern slots has the base provided?", "slot", ("intern", "slot")),
])
def test_the_head_a_what_word_or_a_narrowed_how_word_asks_for_is_found(question, word, held_nowhere):
    assert measured_head(question, word, held_nowhere)


@pytest.mark.parametrize("question, word, held_nowhere", [
    ("what was the combined investment by the machine-tool maker?", "combined", ()),  # a word narrowing the head
    ("what is the value of the contract?", "contract", ()),  # what the value is of
    ("what's the head count of its first cohort?", "head", ()),  # with the measure word, one word: headcount
    ("what's the annual target for order classes?", "annual", ()),  # a period
    ("how many applicants succeeded in total?", "succeeded", ("succeeded",)),  # the clause's verb
    ("how many craftsman seedlings are in the first batch?", "seedling", ("seedling",)),  # narrowed by a held word
    ("how many internship spots does the base offer?", "spot", ("spot",)),
    ("what is our group called in the article?", "our", ()),
    ("what's the relationship between ligong technology and the college?", "relationship", ()),  # the bridge's ask
])
def test_a_narrowing_word_a_verb_or_a_period_is_no_head(question, word, held_nowhere):
    assert not measured_head(question, word, held_nowhere)


@pytest.mark.parametrize("question, word", [
    ("how large was the audience at the consortium meeting?", "consortium"),  # where, not what is measured
    ("the audience asked how large the base is", "audience"),
    ("推进会的观众来自哪些企业？", "观众"),  # no measure asked
    ("how did the workforce react?", "workforce"),
])
def test_a_word_elsewhere_is_no_measured_head(question, word):
    assert not measured_head(question, word)


@dataclass
class Found:
    answers: list = field(default_factory=list)
    evidence: list = field(default_factory=list)
    understanding: dict = field(default_factory=dict)
    answer_text: str = ""
    total: int | None = None


def weights(text: str) -> dict[str, tuple[float, bool]]:
    """Every word weighs 1; the graph holds every word but "audience" and "outlay"."""
    return {w: (1.0, w not in ("audience", "outlay")) for w in text.split()}


VECTORS = {"audience": np.array([1.0, 0.0]), "outlay": np.array([0.6, 0.8]), "students per year": np.array([0.1, 1.0]),
           "investment": np.array([0.5, 0.9])}


def settled(question: str, topic: str, label: str) -> Found:
    u = Understanding(question, "en", "list", frozenset(), "", (), topic, False)
    first = Found(answers=[{"label": label}], understanding={"operators": ["count"], "topic": topic})
    readings = Readings(lambda *_: first, weights, lambda _: (), lambda text: VECTORS.get(text, np.ones(2)),
                        CoverageConfig(measured_similarity=0.3))
    return readings.settled(question, question, u, first)


def test_a_measured_head_held_nowhere_and_far_from_the_answer_is_refused():
    found = settled("how large was the audience at the meeting?", "audience", "students per year")
    assert not found.answers and found.understanding["unaccounted"] == ["audience"]


def test_a_word_naming_the_measure_itself_is_no_head():
    found = settled("培训累计规模有多大？", "规模", "培训人次")
    assert found.answers and "measured_kinship" not in found.understanding


def test_the_field_of_a_ranking_is_no_head():
    found = settled("we placed fifth: how large was the pool of applicants?", "pool", "overall ranking")
    assert found.answers and "measured_kinship" not in found.understanding


def test_a_measured_head_near_the_answer_in_meaning_is_kept():
    found = settled("how large was the outlay on the base?", "outlay", "investment")
    assert found.answers and found.understanding["measured_kinship"] > 0.3
