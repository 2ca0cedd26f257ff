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


@pytest.mark.parametrize("question, expected", [
    ("Rank the institutions by the number of signed deals. Who is the runner-up behind Dalian University of "
     "Technology?", {DVTC}),
    ("Please rank the schools by signed projects. Who comes right after Dalian Vocational & Technical College?",
     {JIAOTONG, DALIAN_U}),
    ("把學校按簽約項目數排個隊。大連理工大學後面緊跟著的是哪所？", {DVTC}),  # traditional
])
def test_a_place_asked_after_an_order_is_the_next_one(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question", [
    "Rank the institutions by the number of signed deals. Who is the runner-up behind Harbin Institute of Technology?",
    "把学校按签约项目数排个队。哈尔滨工业大学后面的是哪所？",
])
def test_behind_a_name_not_held_nothing(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question", [
    "签约项目里参与方最多的那个有几家单位？",
    "簽約項目裡參與方最多的那一個，總共拉了幾家單位？",  # traditional
    "Among the signed projects, the one with the most parties: how many organisations does it involve?",
])
def test_the_one_pointed_at_is_the_sets_extreme(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {DIGITAL_CENTRE} and states(answer, 15) and not states(answer, 6), answer.answer_text


@pytest.mark.parametrize("question", [
    "无人机项目里参与方最多的那一个有几家单位？",
    "區塊鏈項目裡參與方最多的那個，一共有幾家單位？",
])
def test_a_set_of_a_topic_not_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("大连理工作为签约方参与了几项？", 6),
    ("大連職院作為合作方之一，一共出現了幾次？", 4),  # traditional
    ("How many times does Dalian Vocational & Technical College appear as a partner in the signed projects?", 4),
])
def test_the_role_taken_is_no_kind_counted(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count) and not states(answer, 6 if count != 6 else 17), answer.answer_text


@pytest.mark.parametrize("question", [
    "哈尔滨工业大学作为合作方出现了几次？",
    "大连职院作为合作方出现在几个无人机项目里？",
    "How many times does Harbin Institute of Technology appear as a partner in the signed projects?",
])
def test_a_role_of_a_name_or_topic_not_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question, winner", [
    ("Which shows up in more signed projects, the University of Technology or Dalian Minzu University?", {DUT}),
    ("Comparing the two signatories, Dalian Jiaotong University versus Dalian Minzu University: which one is on more "
     "of the signed projects?", {JIAOTONG}),
    ("這兩所學校，交大和民大，誰簽的項目多？", {JIAOTONG}),  # traditional
])
def test_the_compared_named_short_or_as_a_pair(qa, question, winner):
    answer = qa.answer(question)
    assert labels(answer) == winner, answer.answer_text


@pytest.mark.parametrize("question", [
    "Which shows up in more signed projects, the University of Foreign Languages or Dalian Minzu University?",
    "Comparing the two signatories, Dalian Jiaotong University versus Dalian Minzu University: which one has more "
    "students?",
    "这两所学校，交大和民大，谁的学生多？",
])
def test_a_pair_compared_by_what_is_not_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question, count, not_count", [
    ("搞研发攻关那一类的签约项目有几项？", 5, 4),
    ("搞研發攻關這一類，簽了幾項？", 5, 4),  # traditional
    ("大工搞研发的项目有几个？", 2, 6),  # the mode said of the projects still restricts them
])
def test_a_mode_word_before_a_category_describes_it(qa, question, count, not_count):
    answer = qa.answer(question)
    assert states(answer, count) and not states(answer, not_count), answer.answer_text


def test_a_category_of_a_topic_not_held_stays_empty(qa):
    answer = qa.answer("搞区块链攻关那一类的签约项目有几项？")
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question, winner", [
    ("My uncle insists on this one: did DUT or the vocational college take part in more of the signed projects?", {DUT}),
    ("Did Dalian Jiaotong University or Dalian Minzu University sign more deals?", {JIAOTONG}),
])
def test_a_choice_between_two_asks_which(qa, question, winner):
    answer = qa.answer(question)
    assert labels(answer) == winner and not answer.answer_text.startswith(("Yes", "No")), answer.answer_text


def test_more_than_the_other_is_still_a_verdict(qa):
    answer = qa.answer("Does Dalian Jiaotong University have more signed projects than Dalian Minzu University?")
    assert answer.answer_text.startswith("Yes"), answer.answer_text


@pytest.mark.parametrize("question", [
    "Did Harbin Institute of Technology or the vocational college sign onto more of the deals?",
    "Did DUT or the vocational college get more research funding?",
])
def test_a_choice_of_what_is_not_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("我是大连职院的后勤主管，顺便统计一下：这次签约的项目里我们学校参与了几个？", 4),
    ("我是大連職院的老師，這回簽約的項目裡我們學校參與了幾個？", 4),  # traditional
    ("I teach at Dalian University of Technology. How many signed projects is our university in?", 6),
])
def test_the_askers_own_is_the_one_named_first(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count) and not states(answer, 3), answer.answer_text


@pytest.mark.parametrize("question", [
    "我是哈尔滨工业大学的老师，这次签约的项目里我们学校参与了几个？",
    "我是大连职院的老师，我们学校参与了几个无人机项目？",
])
def test_the_askers_own_not_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text
