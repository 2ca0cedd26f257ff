"""A frame clause carrying a description the question points back to (search.qa_frame): "我在中职教机电，打算带一个班去
装备制造实训基地参观，那家基地…", "… plan to take a class to the equipment manufacturing training base; which firm built
that base?". The pointer's noun stands in the frame, so what the frame says of it is what is asked: the frame is kept,
not read off. A pointer whose noun the frame does not hold, or a frame describing what the graph does not hold, changes
nothing. Wordings of our own (zh, traditional, en, colloquial), none in a development set, with empty twins."""

import pytest

from graph.han import fold
from search.qa_frame import Frames, frame_clauses
from tests.search.dev_goals import labels
from tests.search.frame_stand_ins import held

BASE_PARTIES = {"通用技术集团大连机床有限责任公司", "大连职业技术学院"}
MACHINE_TOOL = {"通用技术集团大连机床有限责任公司"}


@pytest.mark.parametrize("question", [
    "我在中职教机电，打算带一个班去装备制造实训基地参观，那家基地是哪两家单位共建的？",
    "我在中職教數控，打算帶學生去裝備製造實訓基地，那個基地是哪家企業建的？",
    "I teach at a secondary vocational school and plan to take a class to the equipment manufacturing training base; "
    "which firm built that base?",
    "My class is heading to the compressor innovation centre next month. Which university runs that centre?",
])
def test_a_frame_the_rest_points_back_into_is_kept(question):
    framed = Frames(held).read(fold(question))  # (the asker's other clauses are still read off: "我在中职教机电")
    nouns = ("基地", "base", "centre")
    assert not any(noun in part.lower() for part in framed.frame for noun in nouns), framed
    assert any(framed.asked.lower().count(noun) == 2 for noun in nouns), framed  # described, then pointed at
    framing, _ = frame_clauses(fold(question))  # (the asker's own clause alone may stay theirs: "我在中职教机电")
    assert not any(noun in clause.lower() for clause in framing for noun in ("基地", "base", "centre")), framing


@pytest.mark.parametrize("question", [
    # the pointer's noun is not the frame's: the frame is the asker's own and read off as before
    "我在中职教机电，打算带一个班去参观，那个基地是哪家企业建的？",
    "I teach at a secondary vocational school and plan to visit with a class; which firm built that base?",
])
def test_a_pointer_to_no_word_of_the_frame_leaves_it_read_off(question):
    assert Frames(held).read(fold(question)).frame


@pytest.mark.parametrize("question, expected", [
    ("我在中职教机电，打算带一个班去装备制造实训基地参观，那家基地是哪两家单位共建的？", BASE_PARTIES),
    ("I teach at a secondary vocational school and plan to take a class to the equipment manufacturing training base; "
     "which firm built that base?", MACHINE_TOOL),
])
def test_the_described_frame_answers(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    # empty twins: the frame kept describes a base the graph does not hold
    "我在中职教机电，打算带一个班去航天实训基地参观，那家基地是哪两家单位共建的？",
    "I teach at a secondary vocational school and plan to take a class to the shipbuilding training base; "
    "which firm built that base?",
    "My class is heading to the blockchain innovation centre next month. Which university runs that centre?",
])
def test_a_described_frame_of_nothing_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
