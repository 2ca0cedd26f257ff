"""Round-20 readings ranked by coverage (search.qa_coverage, search.qa_readings): a doubtful first reading is read
again without what it could not place, and wins only when its answer accounts for every content word left; a
question whose asking sentence alone names nothing is read with the statement before it. Wordings of our own (none
in a dev set): hedges in both languages, traditional script, colloquial forms, and cases whose right answer is
empty because what the hedged question asks about is not held."""

from dataclasses import dataclass, field

import numpy as np
import pytest

from search.qa_coverage import content_words, coverage, without_hedges
from search.qa_told_apart import told_apart
from search.qa_readings import CoverageConfig, Readings, doubtful
from search.understand import Understanding
from search.wording import standard_wording
from tests.search.dev_goals import labels

DIGITAL_TALENT = "大连市数字人才产教融合实训中心合作项目"


def weights(text: str) -> dict[str, tuple[float, bool]]:
    """Every space-separated word weighs 1; the graph holds every word but "aerospace"."""
    return {w: (1.0, w != "aerospace") for w in text.split()}


@pytest.mark.parametrize("residue, left", [
    ("i think kind", "kind"), ("if i remember right", ""), ("我记得 航空航天", "航空航天"), ("聽說", "聽說"),
    ("perhaps aerospace", "aerospace"), ("thinking", "thinking"),
])
def test_hedges_are_blanked_as_whole_words(residue, left):
    # the question is normalised to simplified script before the reading, so 聽說 is no hedge here
    assert without_hedges(residue) == left


def test_kind_asking_and_indefinite_words_weigh_nothing():
    assert content_words("kind something stuff aerospace", weights) == {"aerospace": (1.0, False)}


def test_a_word_is_accounted_for_by_a_sentence_or_a_label_by_its_stem():
    measured = coverage("partners 压缩机 aerospace", ["DUT"], ["the partner list", "辽宁省压缩机专业技术创新中心"], weights)
    assert measured.words() == ["aerospace"] and measured.score == pytest.approx(0.75)


def test_nothing_left_to_account_for_covers_all_and_a_share_is_never_below_zero():
    assert coverage("i think", [], [], weights).score == 1.0
    assert coverage("a b c", [], [], weights).score == 0.0


@dataclass
class Found:
    answers: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    understanding: dict = field(default_factory=dict)


@pytest.mark.parametrize("found, expected", [
    (Found(), True), (Found(understanding={"settled": True}), False), (Found(understanding={"outside_graph": ["X"]}), False),
    (Found(understanding={"operators": ["yes/no"]}), False), (Found(evidence=[{"path": []}]), False),
    (Found(answers=[{"id": "x"}]), False),
])
def test_only_an_empty_unsettled_reading_is_doubtful(found, expected):
    assert doubtful(found) is expected


def test_the_other_reading_answered_by_the_structured_reading_is_kept():
    # (the evidence reader is asked only after every reading, search.qa.QuestionAnswerer._read: an other reading is
    # never read off a sentence; "河野机器人跟哪所大学合作" stays empty, tests/search/test_qa_reader.py)
    u = Understanding("河野机器人跟哪所大学合作", "zh", "list", frozenset(), "", (), "机器人", False)
    plain = Found(answers=[{"label": "机器人学院"}])
    assert Readings(lambda *_: plain, weights, lambda _: (), lambda _: np.ones(2), CoverageConfig()).settled(
        u.question, u.question, u, Found()) is plain


HEDGED = {
    "Dalian Maritime University took part in some project, if I remember right. Which one?": DIGITAL_TALENT,
    "Apparently Dalian Maritime University signed a deal. Which one was it?": DIGITAL_TALENT,
    "我记得大连海事大学参加了一个项目，是哪个项目？": DIGITAL_TALENT,
    "聽說大連海事大學參加了一個項目，是哪個項目？": DIGITAL_TALENT,
    "大连海事大学好像签了个项目吧，是啥项目来着？": DIGITAL_TALENT,
    # "something" signed is what is asked, no topic
    "I think Dalian Heye signed something with a university. Which university was it?": "大连交通大学",
    # a which-word asking for a class word the graph holds is answered
    "Which company did Dalian Jiaotong University work with on the bipolar plate project?": "国创氢能科技有限公司",
}


@pytest.mark.parametrize("question", sorted(HEDGED))
def test_a_hedged_question_is_answered_as_if_unhedged(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {HEDGED[question]}, answer.answer_text


@pytest.mark.parametrize("question", [
    "I think Dalian Maritime University works on aerospace. Which project is that?",
    "我记得大连海事大学搞了个航空航天项目。是哪个？",
    "I guess some universities cooperate on aerospace, which ones?",
    "哪些高校好像在航空航天领域有合作？",
    "I think Dalian Maritime University joined a hospital project. Which hospital?",
    "大连海事大学好像跟一家医院合作了，是哪家医院？",
    "订单培养都开设在哪些专业呀？",
    # the noun a which-word asks for, held nowhere, is never answered by another kind of thing
    "Which hospitl did Dalian Medical University bring into the digital talent centre?",
    "Which professor leads the compressor centre at Dalian University?",
    "数字人才实训中心里，大连医科大学带来了哪家医院？",
    "數字人才實訓中心裡，大連醫科大學帶來了哪家醫院？",
])
def test_what_the_graph_does_not_hold_is_never_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def test_the_background_is_kept_only_when_asked_for():
    text = "i think dalian heye works on aerospace. which project is that?"
    assert standard_wording(told_apart(text)) == "which project is that?"
    assert standard_wording(told_apart(text, background=True)).startswith("i think dalian heye works on aerospace.")


def test_an_asking_sentence_naming_its_subject_is_not_read_with_the_background(qa):
    # the reading keeps Dong Jianjun, the name the question asks about: the statement after it is background
    answer = qa.answer("Who is Dong Jianjun? My editor asked me, and all I know is that the article quotes him.")
    assert "董建军" in answer.answer_text or any("董建军" in a["label"] for a in answer.answers), answer.answer_text
    assert "reading" not in answer.understanding


@pytest.mark.parametrize("question", ["哪家报纸登了这篇报道？", "Which newspaper printed the Jinpu consortium story?"])
def test_a_noun_asked_is_accounted_for_by_an_answer_of_its_meaning(qa, question):
    # 报纸/newspaper is no word of the graph's, but 大连日报 is a newspaper: the answer is kept
    answer = qa.answer(question)
    assert labels(answer) == {"大连日报"}, answer.answer_text
