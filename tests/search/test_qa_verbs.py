"""search.qa_verbs: the leftover words that are the question's own verbs and frame — a verb of taking part in a
cooperation, a word pointing at the source or its one signing, a word naming the operator applied — ask about
nothing; a verb of another relation (attending, chairing, funding) and every noun beside them still empty the
answer. Wordings of our own (none in a dev set): English, Chinese, traditional script (normalised to simplified
before the reading), colloquial forms, and near-twins whose right answer is empty."""

from __future__ import annotations

import pytest

from search.qa_verbs import asker_word, frame_word
from tests.search.dev_goals import labels


@pytest.mark.parametrize("word", [
    "inked", "inking", "paired", "teamed", "agree", "agreements", "build", "built", "partnered", "partnership",
    "collaborated", "joined", "tied", "allied", "appears", "featured", "co-developed",
    "搞", "搞了", "签", "合签", "共建", "推进", "牵手", "露脸", "出场", "联手", "参与的",
])
def test_a_verb_of_taking_part_asks_nothing(word):
    assert frame_word(word) == "verb"


@pytest.mark.parametrize("word", ["article", "piece", "story", "day", "coverage", "round", "文章", "稿子", "报道", "这回", "这次", "当天"])
def test_a_word_pointing_at_the_source_or_its_signing_asks_nothing(word):
    assert frame_word(word) == "deixis"


@pytest.mark.parametrize("word", ["obviously", "actually", "newly", "jointly", "together"])
def test_an_adverb_of_the_askers_stance_asks_nothing(word):
    assert frame_word(word) == "stance"


@pytest.mark.parametrize("word", ["count", "number", "tally", "次数", "数量"])
def test_the_word_of_an_applied_count_asks_nothing(word):
    assert frame_word(word, ["count"]) == "operator"
    assert frame_word(word) is None


@pytest.mark.parametrize("word", ["number", "tally", "数量", "总数"])
def test_a_count_word_beside_a_ranking_or_comparison_is_something_else_asked(word):
    assert frame_word(word, ["largest"]) is None
    assert frame_word(word, ["compare"]) is None


@pytest.mark.parametrize("word", ["次数", "多少次", "times", "多", "更多", "more"])
def test_the_times_counted_by_a_comparison_or_ranking_ask_nothing(word):
    assert frame_word(word, ["compare"]) == "operator"
    assert frame_word(word, ["largest", "superlative"]) == "operator"


# The asker's own clause (the question as read: simplified script, short forms named).
TORN = "我纠结报大连海事大学还是大连交通大学,想瞅瞅哪家在签约里出现的次数多?"


@pytest.mark.parametrize("word, question", [
    ("纠结", TORN), ("报", TORN), ("瞅瞅", TORN),
    ("犹豫", "我在犹豫报大连理工大学还是大连民族大学,想比比哪家签得多"),
    ("比较", "本人一直想比较大连大学和大连交通大学哪个签约多"),
    ("打听", "我想打听一下大连医科大学签了什么项目"),
    ("表哥", "我表哥在大连大学读书,学校签了啥"), ("家", "我家闺女纠结报大连大学还是大连交通大学"),
    ("纠结", "我的同学纠结报大连大学还是大连交通大学"),
])
def test_a_verb_the_asker_says_of_themselves_asks_nothing(word, question):
    assert asker_word(word, question)


@pytest.mark.parametrize("word, question", [
    ("出席", "我想知道大连交通大学出席了哪些会议"),  # after a name: what is asked
    ("出席", "想出席签约仪式的有哪些大学"),  # no asker: who wants to attend is asked
    ("主持", "我们学校主持了哪个项目"),  # "we": the asker's school, whose relations are asked
    ("出资", "大连理工大学出资多少,我想问问"),
    ("校长", TORN.replace("哪家在签约里出现", "哪家的校长出席")),  # a noun
    ("纠结", "大连交通大学纠结了多久"),
    ("老师", "我家亲戚在大连大学当老师,学校签了啥"),  # after a name
])
def test_a_verb_of_what_is_asked_is_no_askers_verb(word, question):
    assert not asker_word(word, question)


@pytest.mark.parametrize("word", [
    "attended", "chaired", "hosted", "funded", "pay", "headed", "graduate", "hired", "inking-pad", "signal", "teammate",
    "出席", "主持", "负责", "出资", "投资", "挂帅", "建设", "董事长", "校长", "医院", "最近", "recently", "monthly", "only",
    "family", "assembly", "yearly",
])
def test_another_relation_attribute_or_thing_still_empties_the_answer(word):
    assert frame_word(word, ["count"]) is None


ASKED = [
    # verbs of taking part as askers write them: the relation the participation reading answers
    ("Which university did Bifei Separation Membrane team up with?", "大连交通大学"),
    ("What did Dalian Sanyou Electrical Equipment ink with Dalian University of Technology?", "高低压电器"),
    ("碧菲分离膜跟哪所大学搞了合作？", "大连交通大学"),
    # 跟哪家: with which organisation (哪家 counts organisations: search.understand_measures); the project is the evidence
    ("醫諾生物在聯合體裡跟哪家合簽了項目？", "大连大学"),  # traditional script
    ("三友电器和大工一块儿搞的是啥项目啊", "高低压电器"),  # colloquial
    # the source and its signing pointed at
    ("Per the article, which university did Bifei Separation Membrane sign with that day?", "大连交通大学"),
    ("稿子里医诺生物这回签的是哪个项目？", "现代中药与生物制药"),
    # the asker's own verbs before the comparison, and a short form glued to them or to the name after it
    ("我在犹豫报海大还是交大，想比比哪家签约的次数多？", "大连交通大学"),
    ("本人纠结去大工还是海大，想知道哪个参与的签约项目更多？", "大连理工大学"),
    ("我糾結報醫大還是交大，想瞅瞅哪家簽約出現的次數多一點", "大连交通大学"),  # traditional script
    ("理工大和交大哪家签约更多?", "大连理工大学"),
    # named in the signatory list, sitting in a project
    ("十六个签约里，被点名最多的是哪所学校?", "大连理工大学"),
    ("Which firm sits in a project together with Dalian Jiaotong University?", "国创氢能"),
]


@pytest.mark.parametrize("question, expected", ASKED)
def test_a_question_worded_with_its_own_verbs_is_answered(qa, question, expected):
    assert any(expected in label for label in labels(qa.answer(question)))


@pytest.mark.parametrize("question", [
    "大连民族大学这回派谁出席了签约？",  # attending: a relation the graph does not hold
    "Who chaired the signing ceremony that day for Dalian Minzu University?",
    "文章里三友电器的董事长叫什么？",  # an attribute beside the pointed-at source
    "Which hospital did Dalian Medical University team up with that day?",  # a thing the graph does not hold
    "三友電器這回簽約出資多少錢？",  # funding, in traditional script
    "How much pay do trainees get from the firms Dalian Minzu University teamed up with?",
    # the asker's verbs pardoned, what they ask about still held nowhere
    "我纠结报交大还是民大，想看看哪家给实习生的工资高？",
    "我在犹豫报海大还是交大，想比比哪家的学费便宜？",
    "我纠结报交大还是民大，想看看哪家的校长出席了签约仪式？",
    "我想知道交大出席了哪些会议？",
    "被点名批评的企业是哪家？",
    "Which firm sits on the board of Dalian Jiaotong University?",
])
def test_a_verb_beside_what_the_graph_does_not_hold_still_empties(qa, question):
    assert not labels(qa.answer(question))


def test_the_askers_purpose_before_the_question_is_no_topic(qa):
    found = qa.answer("Recruiter here, trying to work out which campus to drop by first. Which university is a party "
                      "to more of the newly inked agreements than any other school?")
    assert labels(found) == {"大连理工大学"}


def test_a_topic_stated_before_a_question_pointing_back_to_it_stays_empty(qa):
    assert not labels(qa.answer("I'm researching aerospace for a client. Which universities team up on it?"))
