"""Discourse around a question (search.qa_discourse, read off by search.qa_frame): apologies, hedges, the asker's
errand told without a first person, thanks after the question, and what someone else is reported to have said, are
neither topics, constraints nor unheld names; a clause that narrows what is asked, holds content or is what the rest
points into is kept. Wordings of our own, none in a development set: English, simplified and traditional Chinese,
colloquial forms, and cases whose right answer is empty."""

import re

import pytest

from graph.han import fold
from search.qa_discourse import Discourse
from search.qa_frame import Framed, Frames
from tests.search.dev_goals import labels
from tests.search.frame_stand_ins import held

MINZU = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目"}
# A stand-in for the graph: Dalian's names, a few class words and digits are content.
CONTENT = re.compile(r"大连|Dalian|项目|企业|学校|大学|成员|project|compan|universit|\d", re.IGNORECASE)


def frames() -> Frames:
    return Frames(held, discourse=Discourse(lambda text: bool(CONTENT.search(text)), lambda text: True))


@pytest.mark.parametrize("question, asked, frame", [
    ("不好意思打扰一下，大连交大签了几个项目？", "大连交大签了几个项目?", ("不好意思打扰一下",)),
    ("明天要去采访，先做做功课：大连交大跟哪些企业合作？", "大连交大跟哪些企业合作?", ("明天要去采访", "先做做功课")),
    ("不好意思問個笨問題，大連交大簽了幾個項目？", "大连交大签了几个项目?", ("不好意思问个笨问题",)),
    ("大连交大跟哪些企业合作？谢谢啦", "大连交大跟哪些企业合作?", ("谢谢啦",)),
    ("Sorry to bother you, which projects did Dalian Minzu University sign?",
     "Which projects did Dalian Minzu University sign?", ("Sorry to bother you",)),
    ("Which companies did Dalian Jiaotong University sign with? Thanks a lot.",
     "Which companies did Dalian Jiaotong University sign with?", ("Thanks a lot",)),
    # what someone else said is the claim asked about; who said it, naming nothing, is the frame
    ("导师说大连交大签了三个项目，对吗？", "大连交大签了三个项目,对吗?", ("导师说",)),
    ("My nephew says Dalian Jiaotong University signed 3 projects. Is he right?",
     "Dalian Jiaotong University signed 3 projects. Is he right?", ("My nephew says",)),
])
def test_discourse_is_read_off_the_question(question, asked, frame):
    assert frames().read(fold(question)) == Framed(asked, frame)


@pytest.mark.parametrize("question", [
    # an adverbial narrows what is asked
    "In the first batch, which projects did Dalian Minzu University sign?",
    "去年，大连交大签了几个项目？",
    "科创那一类里，跟大连交大合作的企业叫啥？",
    # the rest points back into it
    "接受采访的那位副总，他们公司签了几个项目？",
    # a verdict asked for is no aside
    "Yes or no: Dalian Jiaotong University signed 3 projects?",
    "大连交大签了不到5个项目吧？对不对",
    "大連交大簽了3個項目吧？是不是",
    # the rest holds nothing of its own: what it asks of is in the clause before
    "成员按类别拆开看，数量最少的是哪一类？",
    # someone unnamed said it: who it was may be what is asked
    "Someone said the consortium cut training costs. Who was it?",
    # who said it is named, or no one: hearsay the claim keeps
    "大连交大说签了三个项目，对吗？",
    "听说大连交大签了三个项目，对吗？",
    "据说大连交大签了三个项目，是真的吗？",
    # who said it, pointed at, is whom the question asks for
    "报道里那位说订单培养很管用的校长，叫什么？",
])
def test_a_clause_of_content_is_kept(question):
    framed = frames().read(fold(question))
    assert framed.frame == () and framed.asked == fold(question).strip(), framed


@pytest.mark.parametrize("question, expected", [
    # the asides narrow nothing
    ("说句题外话，之前没关注过这事：大连民族大学签了哪些项目？", MINZU),
    ("Sorry if this is a silly question, which projects did Dalian Minzu University sign?", MINZU),
    ("大连民族大学签了哪些项目？先谢过了", MINZU),
    ("說實話有點不好意思，大連民族大學簽了哪些項目？", MINZU),
    # and honesty outlives them
    ("不好意思打扰一下，华为签了哪些项目？", set()),
    ("下周要去采访，先摸个底：沈阳航空航天大学签了几个项目？", set()),
    ("Sorry if this is a silly question, which projects did Huawei sign?", set()),
    # a reported claim is checked: its verdict opens the answer
    ("老师说大连交大签了三个项目，是真的吗？", "是"),
    ("My cousin says Dalian Jiaotong University signed five projects. Is she right?", "No"),
])
def test_the_answer_is_the_questions_without_its_discourse(qa, question, expected):
    answer = qa.answer(question)
    if isinstance(expected, str):
        assert answer.answer_text.startswith(expected), answer.answer_text
    else:
        assert labels(answer) == expected and (expected or not answer.answers), answer.answer_text
