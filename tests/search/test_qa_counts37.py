"""Round-37 rankings and counts of the signed projects, on the real graph, worded apart from the development cases, in
both languages and traditional script, with look-alike cases whose right answer is empty:

- a sentence asking for an order, naming no holder ("Rank the institutions by number of signed projects."), states no
  first place: the place asked after it ("Who is runner-up behind X?") is the one next to the organisation named, of
  the kind the order names (search.qa_rank_premise._order_asked, search.qa_rank_next.asked_after_order); behind a
  name the graph does not hold, nothing;
- an English of-name said without its place ("the University of Technology") is the one entity whose name its words
  cover, as a name ending in its kind word is (search.qa_overlap.kind_ended); a kind word naming the compared as a pair
  ("the two big academic signatories, A versus B", "这两所学校") names them, not their partners
  (search.qa_compared_by.own_kind);
- a role taken said before a verb of taking part ("作为合作方出现了几次", "appears as a partner") is no kind counted: the
  cooperations it turns up in are (search.qa_role_phrase);
- a mode word right before a category's class word ("搞研发攻关那一类") describes the category: its projects are
  counted, not those of the mode (search.qa_mode.Modes.words); a mode said of an organisation's projects still
  restricts them ("大工搞研发的项目");
- an English choice between two compared, opened by an auxiliary ("did DUT or the vocational college sign onto more of
  the deals?"), asks which of them, no verdict: the kind said of one ("the vocational college") is the one of that kind
  sharing a cooperation with the other, as in a which-question (search.qa_verdict_cues.ALTERNATIVE_EN); "does A have
  more than B" and "…, or not?" are still verdicts;
- the asker's own organisation ("我们学校", "our university") after a clause in the first person naming it ("我是大连职院的
  老师，…") is that organisation: its projects are counted (search.qa_anaphora.MINE_BACK); named one the graph does not
  hold, or narrowed by a topic it does not hold, nothing;
- the one at an extreme of a set named before it, pointed at ("签约项目里参与方最多的那一个", "among the signed projects,
  the one with the most parties"): that set's own superlative, its parties counted, not the organisations a later count
  word names (search.qa_pointed_extreme); a set of a topic the graph does not hold stays empty.
"""

import pytest

from tests.search.dev_goals import labels, states

DUT, DVTC, JIAOTONG, DALIAN_U = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学"
DIGITAL_CENTRE = "大连市数字人才产教融合实训中心合作项目"


NAMED = [
    # a place asked after an order naming no holder: the next one to the organisation named
    ("Rank the institutions by the number of signed deals. Who is the runner-up behind Dalian University of "
     "Technology?", {DVTC}),
    ("Please rank the schools by signed projects. Who comes right after Dalian Vocational & Technical College?",
     {JIAOTONG, DALIAN_U}),
    ("把學校按簽約項目數排個隊。大連理工大學後面緊跟著的是哪所？", {DVTC}),  # traditional
    # the compared named short or as a pair
    ("Which shows up in more signed projects, the University of Technology or Dalian Minzu University?", {DUT}),
    ("Comparing the two signatories, Dalian Jiaotong University versus Dalian Minzu University: which one is on more "
     "of the signed projects?", {JIAOTONG}),
    ("這兩所學校，交大和民大，誰簽的項目多？", {JIAOTONG}),  # traditional
    # a choice between two asks which of them
    ("My uncle insists on this one: did DUT or the vocational college take part in more of the signed projects?", {DUT}),
    ("Did Dalian Jiaotong University or Dalian Minzu University sign more deals?", {JIAOTONG}),
]


@pytest.mark.parametrize("question, expected", NAMED)
def test_the_one_asked_is_named(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected and not answer.answer_text.startswith(("Yes", "No")), answer.answer_text


def test_more_than_the_other_is_still_a_verdict(qa):
    answer = qa.answer("Does Dalian Jiaotong University have more signed projects than Dalian Minzu University?")
    assert answer.answer_text.startswith("Yes"), answer.answer_text


COUNTED = [
    # the one pointed at is the set's extreme: its parties
    ("签约项目里参与方最多的那个有几家单位？", 15, 6),
    ("簽約項目裡參與方最多的那一個，總共拉了幾家單位？", 15, 6),  # traditional
    ("Among the signed projects, the one with the most parties: how many organisations does it involve?", 15, 6),
    # the role taken is no kind counted
    ("大连理工作为签约方参与了几项？", 6, 17),
    ("大連職院作為合作方之一，一共出現了幾次？", 4, 6),  # traditional
    ("How many times does Dalian Vocational & Technical College appear as a partner in the signed projects?", 4, 6),
    # a mode word before a category describes it; said of an organisation's projects it still restricts them
    ("搞研发攻关那一类的签约项目有几项？", 5, 4),
    ("搞研發攻關這一類，簽了幾項？", 5, 4),  # traditional
    ("大工搞研发的项目有几个？", 2, 6),
    # the asker's own is the one named in the first person
    ("我是大连职院的后勤主管，顺便统计一下：这次签约的项目里我们学校参与了几个？", 4, 3),
    ("我是大連職院的老師，這回簽約的項目裡我們學校參與了幾個？", 4, 3),  # traditional
    ("I teach at Dalian University of Technology. How many signed projects is our university in?", 6, 3),
]


@pytest.mark.parametrize("question, count, not_count", COUNTED)
def test_what_is_counted_is_read_from_the_structure(qa, question, count, not_count):
    answer = qa.answer(question)
    assert states(answer, count) and not states(answer, not_count), answer.answer_text


EMPTY = [
    # behind a name not held
    "Rank the institutions by the number of signed deals. Who is the runner-up behind Harbin Institute of Technology?",
    "把学校按签约项目数排个队。哈尔滨工业大学后面的是哪所？",
    # a set of a topic not held
    "无人机项目里参与方最多的那一个有几家单位？",
    "區塊鏈項目裡參與方最多的那個，一共有幾家單位？",
    # a role of a name or topic not held
    "哈尔滨工业大学作为合作方出现了几次？",
    "大连职院作为合作方出现在几个无人机项目里？",
    "How many times does Harbin Institute of Technology appear as a partner in the signed projects?",
    # a pair compared by what is not held, or one of them not held
    "Which shows up in more signed projects, the University of Foreign Languages or Dalian Minzu University?",
    "Comparing the two signatories, Dalian Jiaotong University versus Dalian Minzu University: which one has more "
    "students?",
    "这两所学校，交大和民大，谁的学生多？",
    # a category of a topic not held
    "搞区块链攻关那一类的签约项目有几项？",
    # a choice of what is not held
    "Did Harbin Institute of Technology or the vocational college sign onto more of the deals?",
    "Did DUT or the vocational college get more research funding?",
    # the asker's own not held, or narrowed by a topic not held
    "我是哈尔滨工业大学的老师，这次签约的项目里我们学校参与了几个？",
    "我是大连职院的老师，我们学校参与了几个无人机项目？",
]


@pytest.mark.parametrize("question", EMPTY)
def test_what_is_not_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text
