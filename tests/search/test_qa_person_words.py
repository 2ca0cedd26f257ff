"""A person asked about by a pronoun after a lead-in that only says something of him (search.qa_person_back), and a
post named by the asker's own word for it (search.qa_post_words), on the real graph. Worded apart from the
development sets, in both languages, traditional script and colloquial forms; a person, a post or a fact the graph
does not hold stays empty."""

import pytest

from tests.search.dev_goals import labels


@pytest.mark.parametrize("question, expected", [
    # the lead-in says what he said; the asking clause asks who he is, his posts, his employer
    ("Yang Yuequan talked about order-based training in the piece. What posts does he hold?", {"党委书记", "校长"}),
    ("楊躍權講到了專業對接產業，他是做什麼的？", {"杨跃权", "校长"}),
    ("董建军说企业省了不少培训时间，这人到底啥来头？", {"副总经理", "通用技术集团大连机床有限责任公司"}),
    ("Dong Jianjun got quoted on saving up-front training costs. So who is this guy?",
     {"副总经理", "通用技术集团大连机床有限责任公司"}),
    ("Dong Jianjun works at a machine tool company. Which university does his firm partner with?", {"大连理工大学"}),
    # the lead-in describes him by his posts
    ("报道里引用了一位院长的话，他的学校和哪家幼儿园合作？", {"大连市金州区第一幼儿园"}),
    ("文章引用了一位副总经理的话，他的公司和哪所大学合作？", {"大连理工大学"}),
])
def test_the_asking_clause_is_about_the_person_the_lead_in_names(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("Who is the principal of Dalian Vocational & Technical College?", {"杨跃权"}),
    ("大連職業技術學院的院長叫什麼名字", {"杨跃权"}),
    ("写稿用：接受采访的那位企业高管叫啥？", {"董建军"}),
    ("Name the party secretary at Dalian Vocational & Technical College.", {"杨跃权"}),
])
def test_a_post_named_by_another_word_is_the_held_title_of_its_role(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    # what an organisation has been doing, asked by any verb of doing, is said by its profile; "给我讲讲" asks to be told
    ("介绍下国创氢能，在联合体里都做了哪些事情？", {"国创氢能科技有限公司", "大连交通大学"}),
    ("說說河野智能裝備，在聯合體裡都忙些什麼？", {"大连河野智能装备有限公司", "大连交通大学"}),
    ("Quick profile of Bifei Separation Membrane, please: what is it working on within the consortium?",
     {"碧菲分离膜(大连)有限公司", "大连交通大学"}),
])
def test_what_an_organisation_is_doing_is_its_profile(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "Who is the principal of Dalian University?",  # a post nobody holds there
    "轻工职院的院长是谁",
    "Who is the general manager of the machine tool company?",  # only a deputy is held: "manager" is the title's
    "机床公司的总经理是谁",
    "碧菲的高管是谁",
    "Dong Jianjun talked about training costs. What is his salary?",  # a fact the graph does not hold
    "杨跃权讲到订单服务，他今年多大岁数？",
    "There's a quote from a general manager. Which university does his company work with?",
    "Zhang Wei was quoted in the story. Which company is he with?",  # a person the graph does not hold
    "给我讲讲华为大连公司，它在联合体里做了点啥？",  # a company the graph does not hold
    "Give me a short profile of Siemens Dalian - what is it working on inside the consortium?",
])
def test_what_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
