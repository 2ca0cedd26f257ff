"""The asker's frame (search.qa_frame): who asks, where they read it and why is read off the question before
anything reads it, so its words are neither topics nor unheld names — unless the question points back into it or
it names something the graph holds. Wordings of our own, none in a development set: English, simplified and
traditional Chinese, colloquial forms (俺, 想核实下), and cases whose right answer is empty."""

import pytest

from graph.han import fold
from search.qa_frame import Framed, Frames
from search.qa_values import states_number
from tests.search.dev_goals import labels
from tests.search.frame_stand_ins import held

MINZU = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目"}
JIAOTONG = "大连交通大学"


@pytest.mark.parametrize("question, asked, frame", [
    ("I'm a teacher from Harbin. Which university is Guochuang Hydrogen working with?",
     "Which university is Guochuang Hydrogen working with?", ("I'm a teacher from Harbin",)),
    ("A recruiter here. Which company does Dong Jianjun work for?", "Which company does Dong Jianjun work for?",
     ("A recruiter here",)),
    ("My friend in Tokyo is curious: how many member organisations does the Jinpu consortium have?",
     "how many member organisations does the Jinpu consortium have?", ("My friend in Tokyo is curious",)),
    ("Our department was struck by the ranking news - out of how many consortia was Jinpu ranked?",
     "out of how many consortia was Jinpu ranked?", ("Our department was struck by the ranking news",)),
    ("我是哈尔滨的一名老师，想问下国创氢能跟哪所大学合作？", "国创氢能跟哪所大学合作?", ("我是哈尔滨的一名老师", "想问下")),
    ("俺是跑经济口的记者，想核实下大连交大签了几个项目", "大连交大签了几个项目", ("俺是跑经济口的记者", "想核实下")),
    ("我在香港讀到這篇報導，想問國創氫能跟哪間大學合作？", "国创氢能跟哪间大学合作?", ("我在香港读到这篇报导", "想问")),
    # the asker's role, typed without an apostrophe, in lower case
    ("As a local journalist, which projects did Dalian Minzu University sign?",
     "which projects did Dalian Minzu University sign?", ("As a local journalist",)),
    ("作为一名家长，想问下大连民族大学签了哪些项目？", "大连民族大学签了哪些项目?", ("作为一名家长", "想问下")),
    ("im a reporter from shenyang. where was the promotion meeting held?", "where was the promotion meeting held?",
     ("im a reporter from shenyang",)),
    # a hearsay verb is the asker's; what it reports is the question's
    ("我朋友说國創氫能跟交大合作了，是真的吗？", "国创氢能跟交大合作了,是真的吗?", ("我朋友说",)),
    ("I heard Guochuang Hydrogen works with a university. Which one?",
     "Guochuang Hydrogen works with a university. Which one?", ("I heard",)),
])
def test_the_frame_is_read_off_the_question(question, asked, frame):
    assert Frames(held).read(fold(question)) == Framed(asked, frame)


@pytest.mark.parametrize("question", [
    # the rest points back to the asker or into the frame
    "I live in Shenyang; which schools in my city joined?",
    "I work at Huawei. Which universities did we partner with?",
    "我在沈阳上班，我们市有哪些学校参加了？",
    "我舅在华为上班，他们公司跟哪个学校签了合作？",
    "I intern at a firm in Shenyang. Which universities partner with the company?",
    "我表妹在华为、表弟在腾讯，俩人谁的公司签的项目多？",
    # the rest asks with no word of its own: what it asks about is in the first clause
    "We are looking at universities working on aerospace, which ones?",
    "我在想有些大学做航空航天，是哪些？",
    # the frame names what the graph holds: it may be what is asked
    "我朋友在大连交通大学读书，想知道学校签了哪些项目？",
    # 朋友圈 is a feed, no friend
    "朋友圈转了条视频，国创氢能跟哪所大学合作？",
    # a phrase opening with "as a" that names no one asking
    "As a whole, how many members are there?",
    "as a percentage, how many members are companies?",
    # nothing asks, or nothing is the asker's
    "I'm a teacher from Harbin.",
    "Which university is Guochuang Hydrogen working with?",
])
def test_a_frame_pointed_back_to_or_naming_the_graph_is_kept(question):
    framed = Frames(held).read(fold(question))
    assert not framed.frame or all(part.startswith(("想", "我想")) for part in framed.frame), framed


@pytest.mark.parametrize("question", [
    "I'm a teacher from Harbin. Which university is Guochuang Hydrogen working with?",
    "我是哈尔滨的一名老师，想问下国创氢能跟哪所大学合作？",
    "我在香港讀到這篇報導，想問國創氫能跟哪間大學合作？",
])
def test_the_frames_place_is_no_unheld_name(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {JIAOTONG}, answer.answer_text
    assert answer.question == question and answer.understanding["frame"]


@pytest.mark.parametrize("question", [
    "我在深圳看到这篇报道，想问问大连民族大学参加了哪些项目？",
    "A journalist in Hangzhou here: which projects did Dalian Minzu University sign?",
])
def test_the_frames_words_narrow_nothing(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == MINZU, answer.answer_text


@pytest.mark.parametrize("question, number", [
    ("My friend in Tokyo is curious: how many member organisations does the Jinpu consortium have?", 97),
    ("我在银行上班，想确认一下金普那个联合体成员单位有多少家？", 97),
    ("俺是跑经济口的记者，想核实下大连交大签了几个项目", 3),
])
def test_a_framed_count_is_the_count_asked(qa, question, number):
    answer = qa.answer(question)
    assert states_number(answer.answer_text, number), answer.answer_text


def test_a_framed_comparison_compares_the_two_named(qa):
    answer = qa.answer("I'm choosing between two universities for my son. Did Dalian Minzu University or "
                       "Dalian Jiaotong University sign more projects?")
    assert labels(answer) == {JIAOTONG}, answer.answer_text


@pytest.mark.parametrize("question", [
    # the rest points back to the frame, which names what the graph does not hold
    "I live in Shenyang; which schools in my city joined?",
    "我在沈阳上班，我们市有哪些学校参加了？",
    "我在华为工作，我们公司跟哪些大学签了约？",
    "I work at Huawei. Which universities did we partner with?",
    # the frame read off, the rest still names what the graph does not hold
    "I'm a reporter from Shenyang. Which projects did Shenyang Aerospace University sign?",
    "我在台湾看到报道，想问台湾大学签了哪些项目？",
    # what is asked about is in the first-person clause, and the graph holds nothing on it
    "I reckon a few universities work on aerospace, which ones?",
    "我估计有几所大学在做航空航天，是哪些？",
])
def test_honesty_outlives_the_frame(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    # the frame names a place or a name the graph holds, and what is asked is described there
    "我表姐在普兰店那个职教中心上班，学校签了什么项目？",
    "我表妹在民大、表弟在海大，俩人谁的学校签的项目多？",
])
def test_a_frame_naming_what_the_graph_holds_is_read(qa, question):
    answer = qa.answer(question)
    assert "frame" not in answer.understanding or not any(len(part) > 4 for part in answer.understanding["frame"]), \
        answer.understanding
    assert len(answer.answers) < 16, answer.answer_text  # never every project, as if nothing were named


def test_a_frame_pointed_back_to_by_both_of_them_is_refused(qa):
    answer = qa.answer("我表妹在华为、表弟在腾讯，俩人谁的公司签的项目多？")
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, partner", [
    # the kind pointing back is the one organisation the frame names, short or mistyped
    ("我在国创氢能上班，我们公司跟哪所大学合作？", JIAOTONG),
    ("我舅在國創氫能上班，他们公司跟哪所大学合作？", JIAOTONG),
    ("I work at Dalian Heye Intelligent Equipment. Which university does the company partner with?", JIAOTONG),
    ("My uncle works for Guochuang Hydrogen; which university is his company working with?", JIAOTONG),
])
def test_the_frames_organisation_is_what_its_kind_points_back_to(qa, question, partner):
    answer = qa.answer(question)
    assert labels(answer) == {partner}, answer.answer_text


def test_an_unheld_organisation_pointed_back_to_is_refused(qa):
    answer = qa.answer("我表哥在华为上班，他们公司跟哪个学校签了合作？")
    assert not answer.answers and "华为" in answer.answer_text, answer.answer_text
