"""The asker's frame told in the third person or as what the asker is doing (search.qa_frame): who asks and the verb
of asking ("A Korean journalist asks:", "外地来的同行问：", "A rector in Qingdao wants to know …"), what they mean to
do ("有个开发者社区想合办沙龙，"), what the asker is doing before a colon ("Doing a market scan for a venture fund:")
are read off, and a place there is no scope of the question; a frame naming a kind the rest names, or pointed back to,
is kept and refused. Wordings of our own, none in a development set, with empty twins."""

import pytest

from graph.han import fold
from search.qa_frame import Framed, Frames
from tests.search.dev_goals import labels
from tests.search.frame_stand_ins import held, kinds

JIAOTONG = "大连交通大学"
HARMONY = {"大连理工大学", "大连职业技术学院"}


# The rest points back to who asks, names the kind the frame names, or points back to the place it names ("那边",
# "over there"): the frame is kept, and the graph holds nothing on what is asked.
POINTED_BACK = (
    "A Harbin college asks: which firms does it partner with?",
    "A Harbin college asks which firms it partners with.",
    "The Suzhou consortium's secretary asks: how many members does the consortium have?",
    "苏州联合体的秘书问：联合体有多少家成员单位？",
    "深圳一所高职想知道：它和哪些企业合作？",
    "日本考察团想去苏州转转，那边的联合体签了几个项目？",
    "A delegation from Hanoi wants to stop by Ningbo, how many members does the consortium over there have?",
)


@pytest.mark.parametrize("question, asked, frame", [
    ("A Korean journalist asks: which university is Guochuang Hydrogen working with?",
     "which university is Guochuang Hydrogen working with?", ("A Korean journalist asks",)),
    ("外地来的同行问：国创氢能跟哪所大学合作？", "国创氢能跟哪所大学合作?", ("外地来的同行问",)),
    ("台北一位教授想知道，國創氫能跟哪間大學合作？", "国创氢能跟哪间大学合作?", ("台北一位教授想知道",)),
    ("A rector in Qingdao wants to know which university Guochuang Hydrogen works with.",
     "which university Guochuang Hydrogen works with.", ("A rector in Qingdao wants to know",)),
    ("有个开发者社区想合办沙龙，开源鸿蒙人才培养中心是哪两所学校建的？", "开源鸿蒙人才培养中心是哪两所学校建的?",
     ("有个开发者社区想合办沙龙",)),
    ("Doing a market scan for a venture fund: which university is Guochuang Hydrogen working with?",
     "which university is Guochuang Hydrogen working with?", ("Doing a market scan for a venture fund",)),
    ("Copy editor here, checking a caption: which university is Guochuang Hydrogen working with?",
     "which university is Guochuang Hydrogen working with?", ("Copy editor here", "checking a caption")),
    # the pronoun points to the project named before it, not into the frame
    ("Biotech recruiter here: the modern Chinese medicine talent project — which university signed it?",
     "the modern Chinese medicine talent project — which university signed it?", ("Biotech recruiter here",)),
])
def test_a_third_persons_frame_is_read_off(question, asked, frame):
    assert Frames(held, kinds=kinds).read(fold(question)) == Framed(asked, frame)


@pytest.mark.parametrize("question", [
    *POINTED_BACK,
    # the asker's own words point back: no third person's frame ("我们区")
    "我是青岛的老师，想了解我们区的联合体，一共几家单位？",
    # a noun of planning is no intent ("计划里": among the plans)
    "几个计划里头，哪个首批人数最少？",
    # who asks is named by the graph: what is asked may be about it
    "Dalian Jiaotong University asks: which firms partner with it?",
    # a question word is no one asking; a gerund's clause before a comma narrows what is asked
    "Which firm wants to know about hydrogen?",
    "Looking only at the college projects, which firms took part?",
    # a gerund naming a kind or a field before a colon narrows what is asked
    "Counting only the colleges: how many signed?",
])
def test_a_frame_pointed_back_to_or_narrowing_is_kept(question):
    framed = Frames(held, kinds=kinds).read(fold(question))
    assert all(part.startswith(("想", "我想")) for part in framed.frame), framed  # (a request is read off alone)


@pytest.mark.parametrize("question, expected", [
    ("A Korean journalist asks: which university is Guochuang Hydrogen working with?", {JIAOTONG}),
    ("外地来的同行问：国创氢能跟哪所大学合作？", {JIAOTONG}),
    ("台北一位教授想知道，國創氫能跟哪間大學合作？", {JIAOTONG}),
    ("A rector in Qingdao wants to know which university Guochuang Hydrogen works with.", {JIAOTONG}),
    ("Doing a market scan for a venture fund: which university is Guochuang Hydrogen working with?", {JIAOTONG}),
    ("Copy editor here, checking a caption: which university is Guochuang Hydrogen working with?", {JIAOTONG}),
    ("有个开发者社区想合办沙龙，开源鸿蒙人才培养中心是哪两所学校建的？", HARMONY),
    # the kind the frame names is the kind asked for, not pointed back to
    ("广州一家猎头公司想挖人，国创氢能跟哪所大学合作？", {JIAOTONG}),
    ("A Shenzhen university asks: which university is Guochuang Hydrogen working with?", {JIAOTONG}),
])
def test_the_third_persons_frame_narrows_nothing(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text
    assert answer.understanding["frame"], answer.understanding


@pytest.mark.parametrize("question", [
    # the frame read off, the rest still names what the graph does not hold
    "A Korean journalist asks: which Korean universities signed projects?",
    "台北一位教授想知道，台湾大学签了哪些项目？",
    "A rector in Harbin wants to know which Harbin schools joined.",
    "有个开发者社区想合办沙龙，华为和哪所学校合作？",
    "Doing due diligence for a fund: what is Guochuang Hydrogen's registered capital?",
    *POINTED_BACK,  # the frame kept
])
def test_honesty_outlives_the_third_persons_frame(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
