"""The closed-world name check, both ways (issue #14, round 37). A word the graph lacks that stands as the asker's own
(the opening gerund of their errand, a note beside a person's name that "his" does not point at) refuses nothing; a
heading naming a linked organisation's group the graph lacks ("X的附属医院：哪几家…", "X's affiliated hospitals: which of
them …") is what an elliptic ask asks about, never context to pardon (search.qa_leftover_model.elliptic); and a pronoun
after a which-phrase of its own clause ("…: which Dalian companies did they sign with?") points at the asker's party, not
at the things asked for (search.qa_frame._pointer). Wordings of our own, none in a development set; each shape with its
empty twin; traditional script as typed."""

from __future__ import annotations

import pytest

from search.qa_clause_content import made
from search.qa_frame import _pointer
from search.qa_leftover_model import elliptic, position
from search.qa_name_shape import name_shaped
from search.qa_told_apart import pointed_back


@pytest.mark.parametrize("clause", [
    "哪几家参与了这次签约？", "是哪一家？", "有哪些？", "其中哪几家签了约？", "哪幾個參加了簽約項目？",
    "which of them joined the signing?", "which ones took part?", "which did the college pick?",
])
def test_an_ask_whose_which_word_takes_no_noun_is_elliptic(clause):
    assert elliptic(clause)


@pytest.mark.parametrize("clause", [
    "它跟哪些企业合作了？", "哪所大学跟它合作？", "它合作的企业有哪些？", "到底谁签得多?",
    "which university does heye work with?", "who signed more?", "how many firms joined?",
])
def test_an_ask_naming_what_it_asks_for_is_not(clause):
    assert not elliptic(clause)


@pytest.mark.parametrize("word, question, names", [
    ("医院", "大连大学的附属医院：哪几家参与了这次签约？", ["大连大学"]),
    ("醫院", "大連理工大學的附屬醫院：是哪幾家？", ["大連理工大學"]),
    ("hospitals", "dalian university's affiliated hospitals: which of them joined the signing?", ["dalian university"]),
])
def test_a_heading_an_elliptic_ask_points_at_stands_not_ahead(word, question, names):
    assert position(word, question, names)["ahead"] == 0.0


def test_context_before_an_ask_naming_its_own_kind_still_stands_ahead():
    question = "网上有人说大连理工是这次签约的扛把子，它跟哪些企业合作了？"
    assert position("扛把子", question, ["大连理工"])["ahead"] == 1.0


@pytest.mark.parametrize("rest, pointing", [
    ("which Dalian companies did they sign with?", True),  # the companies asked are no antecedent of "they"
    ("which Shenyang firms have they visited?", True),
    ("which universities does Guochuang Hydrogen work with?", False),
    ("Which firms did DUT sign, and what did they build?", False),  # DUT, or the firms of the first clause
])
def test_a_which_phrase_is_no_antecedent_of_a_pronoun_in_its_clause(rest, pointing):
    assert _pointer(rest) is pointing


def test_a_persons_pronoun_after_a_linked_person_points_at_that_person():
    question = "Pinyin jottings: 'Yang Yuequan, yuanzhang'. His college set up a preschool base. Which kindergarten?"
    assert not pointed_back(question, "yuanzhang", ["yang yuequan"])
    assert pointed_back(question, "yuanzhang")  # no person linked: "his" may be the note's
    assert pointed_back("My cousin works at Nokia. Which university does the company partner with?", "Nokia", ["yang yuequan"])


@pytest.mark.parametrize("question", [
    "Subtitling a video of the meeting, I need Dong Jianjun's employer.",
    "Proofreading the draft, which firm does Dong Jianjun work for?",
])
def test_an_opening_gerund_taking_an_object_is_no_name(question):
    word = question.split()[0]
    assert name_shaped([word], question, lambda span: False, lambda word: False) == []


@pytest.mark.parametrize("question", [
    "Beijing, the capital: which firms signed?",
    "Nanjing a member? Which firms signed?",
])
def test_a_place_spelled_in_pinyin_ending_in_ing_stays_a_name(question):
    word = question.split()[0].rstrip(",")
    assert name_shaped([word], question, lambda span: False, lambda word: False) == [word]


@pytest.mark.parametrize("clause, span, making", [
    ("给外国代表团做PPT", "PPT", True), ("帮访问团写一份PDF，", "PDF", True),
    ("腾讯的PPT", "腾讯", False), ("给腾讯做PPT", "腾讯", False),
])
def test_what_the_asker_makes_closes_their_clause(clause, span, making):
    assert made(clause, span) is making


@pytest.mark.parametrize("question, must", [
    ("Proofreading the draft, I need Dong Jianjun's employer.", "通用技术集团大连机床有限责任公司"),
    ("笔记只记了拼音：'Yang Yuequan, xiaozhang'。他的学院跟哪家幼儿园共建了托幼人才培养基地？", "大连市金州区第一幼儿园"),
    ("帮日本访问团做PPT，国创氢能跟哪所大学合作？", "大连交通大学"),  # the medium the asker makes, for whom
    ("替韓國來的考察團做PPT，國創氫能跟哪所大學合作？", "大连交通大学"),
])
def test_the_askers_own_words_refuse_nothing(qa, question, must):
    labels = [a["label"] for a in qa.answer(question).answers]
    assert must in labels, labels


@pytest.mark.parametrize("question", [
    "大连大学的附属医院：哪几家参与了这次签约？",  # a group the graph lacks, named by a heading an elliptic ask points at
    "大連理工大學的附屬醫院：是哪幾家？",
    "Dalian University's affiliated hospitals: which of them joined the signing?",
    "A Ghanaian delegation is visiting next week: which Dalian companies did they sign with?",  # the party's own signings
    "A Thai delegation lands on Monday: which Dalian companies did they sign with?",
    "泰國代表團週一到：他們跟哪些大連企業簽了約？",
    "给外国代表团做PPT，PPT的模板是哪家公司设计的？",  # what the asker makes, asked about
    "给外国代表团做PPT，他们跟哪些企业签了约？",  # the party's own signings
    "给外国代表团做PPT，腾讯跟哪所大学合作？",
    "Pinyin jottings: 'Zhang Wei, yuanzhang'. His college and a kindergarten set up a preschool talent base. Which kindergarten?",
])
def test_the_empty_twins_refuse(qa, question):
    assert qa.answer(question).answers == []
