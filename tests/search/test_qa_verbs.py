"""search.qa_verbs: the leftover words that are the question's own verbs and frame — a verb of taking part in a
cooperation, a word pointing at the source or its one signing, a word naming the operator applied — ask about
nothing; a verb of another relation (attending, chairing, funding) and every noun beside them still empty the
answer. Wordings of our own (none in a dev set): English, Chinese, traditional script (normalised to simplified
before the reading), colloquial forms, and near-twins whose right answer is empty."""

from __future__ import annotations

import pytest

from search.qa_verbs import frame_word
from tests.search.dev_goals import labels


@pytest.mark.parametrize("word", [
    "inked", "inking", "paired", "teamed", "agree", "agreements", "build", "built", "partnered", "partnership",
    "collaborated", "joined", "tied", "allied", "appears", "featured", "co-developed",
    "搞", "搞了", "签", "合签", "共建", "推进", "牵手", "露脸", "出场", "联手", "参与的",
])
def test_a_verb_of_taking_part_asks_nothing(word):
    assert frame_word(word) == "verb"


@pytest.mark.parametrize("word", ["article", "piece", "story", "day", "coverage", "文章", "稿子", "报道", "这回", "这次", "当天"])
def test_a_word_pointing_at_the_source_or_its_signing_asks_nothing(word):
    assert frame_word(word) == "deixis"


@pytest.mark.parametrize("word", ["obviously", "actually", "newly", "jointly", "together"])
def test_an_adverb_of_the_askers_stance_asks_nothing(word):
    assert frame_word(word) == "stance"


@pytest.mark.parametrize("word", ["count", "number", "tally", "次数", "数量"])
def test_the_word_of_an_applied_count_asks_nothing(word):
    assert frame_word(word, ["count"]) == "operator"
    assert frame_word(word, ["largest"]) is None  # a count word beside a ranking is something else asked
    assert frame_word(word) is None


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
    ("醫諾生物在聯合體裡跟哪家合簽了項目？", "现代中药与生物制药"),  # traditional script
    ("三友电器和大工一块儿搞的是啥项目啊", "高低压电器"),  # colloquial
    # the source and its signing pointed at
    ("Per the article, which university did Bifei Separation Membrane sign with that day?", "大连交通大学"),
    ("稿子里医诺生物这回签的是哪个项目？", "现代中药与生物制药"),
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
])
def test_a_verb_beside_what_the_graph_does_not_hold_still_empties(qa, question):
    assert not labels(qa.answer(question))


def test_the_askers_purpose_before_the_question_is_no_topic(qa):
    found = qa.answer("Recruiter here, trying to work out which campus to drop by first. Which university is a party "
                      "to more of the newly inked agreements than any other school?")
    assert labels(found) == {"大连理工大学"}


def test_a_topic_stated_before_a_question_pointing_back_to_it_stays_empty(qa):
    assert not labels(qa.answer("I'm researching aerospace for a client. Which universities team up on it?"))
