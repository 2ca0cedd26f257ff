"""Near-twins of answerable questions stay empty (search.qa_asked_of, search.qa_member_kinds): the answer must be of
the measure and the noun asked. A count of projects is no number of internship places, a school no class size, the
total of members no number of hospitals, a broader category no count of a narrower kind, one figure no split, the
authors of the one article no other articles. Controls: the figures the graph does hold still answer. Both
languages, traditional script and colloquial forms; none of these questions is a dev-set one."""

import pytest

from tests.search.dev_goals import states


@pytest.mark.parametrize("question", [
    # money asked (a stipend, an allowance): a count of persons is no answer
    "興遼未來工匠的匠苗每月津貼有多少？",
    "匠苗一个月补助多少钱？",
    "How much allowance does each Xingliao craftsman seedling get?",
    # positions asked of an organisation that has only projects
    "How many internship places did Dalian University of Technology offer through its deals?",
    "大连交通大学通过签约项目提供了多少个实习岗位？",
    "大工给了几个实习名额啊",
    # persons per class: the school running the classes is no class size
    "订单班每个班有多少个学生？",
    "訂單班一班能坐幾個孩子",
    "How many kids fit in one order class?",
    # a kind of member the graph does not count: the total is no answer
    "成员单位里有多少家医院啊",
    "How many hospitals are among the consortium's members?",
    "聯合體成員裡有幾家醫院",
    # a narrower kind than the stated category: the broader figure is said, not answered
    "联合体成员里有几所本科院校？",
    "97家成员中，高职院校有多少所",
    "成員單位裡本科院校有幾所",
    # a split the graph does not make
    "那17所院校按中职和高职拆开各有几所？",
    # other articles than the one the graph reads
    "周光还写过什么别的文章？",
    "Has Du Shuze written any other stories about vocational education?",
])
def test_a_near_fact_is_no_answer(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, value", [
    ("装备制造实训基地投资多少钱", 120000000),
    ("装备制造实训基地提供多少个实习岗位", 2800),
    ("每年组建多少个订单班", 40),
    ("成员里有多少家企业", 57),
    ("联合体成员中有多少所中高等院校", 17),
    ("How many universities and colleges are members of the consortium?", 17),
    ("聯合體的成員裡企業和院校各有多少", 57),
    ("金普在全国排第几", 5),
])
def test_the_figure_of_what_is_asked_still_answers(qa, question, value):
    answer = qa.answer(question)
    assert answer.answers and states(answer, value), answer.answer_text


def test_the_authors_of_the_article_still_answer(qa):
    answer = qa.answer("这篇报道是谁写的")
    assert "郑鸿" in [a["label"] for a in answer.answers], answer.answer_text


def test_the_refusal_names_what_is_not_held(qa):
    answer = qa.answer("成员单位里有多少家医院啊")
    assert "医院" in answer.answer_text and answer.understanding.get("not_of_asked") == "医院", answer.answer_text


@pytest.mark.parametrize("question", [
    "Jinpu ranked fifth in the national review; who was number one?",
    "金普在评审中排第五，那排名第一的是谁？",
    "全國評審裡拿了榜首的是哪個聯合體？",
])
def test_the_first_place_of_a_ranking_is_not_the_place_held(qa, question):
    """The graph states Jinpu's fifth place, never who came first: neither Jinpu nor its rank answers."""
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, verdict", [("Did Jinpu come first in the national review?", "No"),
                                               ("金普在评审中是第一名吗", "否")])
def test_a_yes_no_on_the_first_place_keeps_its_verdict(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict) and states(answer, 5), answer.answer_text
