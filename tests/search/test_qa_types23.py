"""Round-23 readings of two answer types and of others of a kind on the real graph, worded apart from the
development cases that found them, in both languages and traditional script, with cases whose right answer is empty:

- others of the kind an earlier clause names one of (search.qa_other_kind): "X signed a tech-innovation project.
  Which other universities signed one too?" leaves X out as "besides X" would; a named one in the asking clause
  itself stays a constraint ("which other universities does X work with");
- a which-word's class word read past the words picking among its instances ("which other universities", "哪些
  其他高校": search.understand_lexicon.PICKING);
- a later ask pointing back at a person an earlier ask finds ("说这话的是谁？他在哪家公司？": search.qa_chain);
- two asks, one or both of the thing a question leaves unnamed, each read alone and joined when the question read
  whole answered exactly one (search.qa_nameless_asks);
- "ministry", "部委": words of the ontology's government body.
"""

import pytest

from tests.search.dev_goals import labels

DUT = "大连理工大学"
JIAOTONG = "大连交通大学"
DALIAN_UNI = "大连大学"
MACHINE_TOOL = "通用技术集团大连机床有限责任公司"
AUTHORS = {"周光", "杜树泽", "王镔", "郑鸿"}
OFFICES = {"中共中央办公厅", "国务院办公厅"}


@pytest.mark.parametrize("question, must, never", [
    # others of the kind an earlier clause names one of
    ("Dalian Jiaotong University signed a tech-innovation project. Which other universities signed one too?",
     {DALIAN_UNI, DUT}, {JIAOTONG}),
    ("大工签了科技创新类的项目，别的大学还有哪些也签了？", {JIAOTONG, DALIAN_UNI}, {DUT}),
    ("大連理工大學簽了人才培養類項目，其他高校還有哪些？", {"大连医科大学", "大连民族大学"}, {DUT}),
    ("For the talent-training projects, skip DUT: which other universities appear?", {"大连海事大学", "大连财经学院"},
     {DUT}),
    # a named one in the asking clause itself is a constraint: its partners, not everyone but it
    ("Which other universities does DUT work with?", {"大连海事大学"}, {JIAOTONG}),
    # a later ask pointing back at the one person an earlier ask finds
    ("有人说联合体给企业省下了大量前期培训时间和成本，说这话的是谁？他在哪家公司上班？", {"董建军", MACHINE_TOOL}, set()),
    ("有人說聯合體幫企業省了培訓成本，這人是誰，他在哪個單位？", {"董建军", MACHINE_TOOL}, set()),
    ("who said skilled workers could not adapt to their jobs, and where does she work?", {"董建军", MACHINE_TOOL}, set()),
    # two asks of the unnamed source, each answered
    ("这篇稿子登在哪家报纸上？作者都有谁？", {"大连日报", *AUTHORS}, set()),
    ("文章是哪家報社發的，記者叫什麼？", {"大连日报", "郑鸿"}, set()),
    # an ask naming nothing beside one naming something, each answered; a ministry is a government body asked
    ("Which offices issued the vocational education Opinions, and which ministry asked every province to start "
     "creating consortia?", OFFICES | {"教育部"}, set()),
    ("《意见》是哪两个办公厅印发的？又是哪个部委要求各省启动产教联合体创建的？", OFFICES | {"教育部"}, set()),
    ("哪個部委要求各省啟動產教聯合體創建工作？", {"教育部"}, set()),
])
def test_each_ask_and_the_others_asked_for_are_answered(qa, question, must, never):
    answer = qa.answer(question)
    found = labels(answer)
    assert must <= found and not never & found, answer.answer_text
    assert any(e["source"] for e in answer.evidence), answer.answer_text


@pytest.mark.parametrize("question", [
    "Huawei signed a tech-innovation project. Which other universities signed one too?",  # Huawei is not held
    "DUT has aerospace deals; which other universities also got one?",  # nor is aerospace
    "Who said the consortium saved training cost, and what is his monthly salary?",  # nor a salary
    "说企业省下培训成本的那个人是谁？他的月薪是多少？",
    "Which TV station aired the story and on what date?",
    "Which newspaper ran the story, and who is its editor-in-chief?",
    "哪个部委给联合体拨了经费？",
])
def test_an_ask_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


def test_a_pronoun_for_an_earlier_asks_answer_is_no_ask_of_the_unnamed_source(qa):
    # "it" is the project the first ask finds: the second ask is not read alone as the source's date
    answer = qa.answer("Which project has the most parties, and when was it signed?")
    assert "全省唯一市域产教联合体为金普新区产业发展提供人才支撑" not in labels(answer), answer.answer_text
