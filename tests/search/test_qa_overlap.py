"""Round-18 linking of names written in other words than the graph's (search.qa_overlap), on the real graph, in
other wording than the development cases: a project's or a company's name said with some of its words,
inflected or shortened otherwise (stems, British spelling, "pharma", acronyms of the graph's, pinyin); the name's
words said again after it. A name the graph does not hold is never linked to one it holds: the answer is empty."""

import copy

import pytest

from search.qa_overlap import OverlapConfig, OverlapNames, overlap_docs, stem, windows
from search.qa_values import states_number
from search.text import normalize
from tests.search.dev_goals import labels

GT_MACHINE_TOOL = "通用技术集团大连机床有限责任公司"
RURAL_COLLEGE_PARTIES = {"大连第一互感器集团", "大连职业技术学院", "普兰店区职教中心"}


@pytest.fixture(scope="module")
def overlap(real_engine) -> OverlapNames:
    return OverlapNames(overlap_docs(real_engine.catalogue))


@pytest.mark.parametrize("a, b", [("turning", "turn"), ("milling", "mill"), ("boring", "bore"), ("centres", "center"),
                                  ("industrial", "industry"), ("revitalisation", "revitalization")])
def test_light_stemming_reads_inflections_and_british_spelling_alike(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("phrase, name", [
    ("compressor tech innovation centre", "Liaoning Compressor Technology Innovation Center Project"),
    ("levitating worktable for precision parts", "Development of an Ultrasonic-Levitation Friction-Reducing Conveying Worktable for Precision Parts Project"),
    ("AI computing centre", "Dalian Artificial Intelligence Computing Center"),
    ("Yuanda pharma company", "CSPC Yuanda (Dalian) Pharmaceutical Co., Ltd."),
])
def test_a_phrase_covering_one_names_rare_words_links_to_it(overlap, phrase, name):
    doc = overlap.link(normalize(phrase))
    assert doc is not None and doc.names.en == name


@pytest.mark.parametrize("phrase", [
    "dalian university of foreign languages", "shenyang polytechnic university", "wind power training base",
    "huawei digital technologies", "dalian technology company", "the training base",
])
def test_a_phrase_with_words_no_name_holds_links_to_nothing(overlap, phrase):
    assert overlap.link(normalize(phrase)) is None


def test_windows_stay_in_the_clause_and_hold_the_span_as_written():
    found = windows("which firm is behind the turn-mill-bore machining centre work, with dut?", "turn mill bore machining centre")
    assert "turn-mill-bore machining centre" in found and all("dut" not in w and "which" not in w for w in found)


@pytest.mark.parametrize("question", [
    "Who partnered with DUT on the turn-mill-bore machining centres?",
    "For the horizontal turning and boring machining centre work, which company joined Dalian University of Technology?",
])
def test_a_project_named_in_other_words_is_answered(qa, question):
    assert GT_MACHINE_TOOL in labels(qa.answer(question))


def test_a_college_project_named_in_part_lists_its_parties(qa):
    answer = qa.answer("Which organisations are on the rural revitalisation industry college?")
    assert labels(answer) >= RURAL_COLLEGE_PARTIES, answer.answer_text


def test_words_of_a_name_said_again_after_it_are_the_name(qa):
    answer = qa.answer("Which university does the Yuanda pharma company work with?")
    assert "大连大学" in labels(answer) and answer.understanding["outside_graph"] == [], answer.answer_text


@pytest.mark.parametrize("question", [
    "Which firms work with the Dalian University of Foreign Languages?",
    "Which company is behind the wind-turbine blade testing centre with DUT?",
    "How many projects did the Shenyang Polytechnic University sign?",
])
def test_a_name_the_graph_does_not_hold_is_still_refused(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and answer.understanding["outside_graph"], answer.answer_text


def test_a_chinese_question_naming_the_project_in_part_still_counts(qa):
    answer = qa.answer("乡村振兴产业学院有几家单位参与？")
    assert states_number(answer.answer_text, 3), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("Which deals has Dalian Jiaotong University put its name to?", 3),
    ("Dalian Medical University: how many deals?", 1),
    ("Which contracts did QingSoft sign?", 1),
])
def test_a_common_word_for_a_term_of_the_ontology_is_read_as_it(qa, question, expected):
    answer = qa.answer(question)
    assert len(answer.answers) == expected or states_number(answer.answer_text, expected), answer.answer_text


@pytest.mark.parametrize("question", [
    "Which campus of Dalian University of Technology hosts its labs?",
    "What salary does Dalian Jiaotong University pay its staff?",
    "How much tuition does Dalian Medical University charge?",
])
def test_a_common_word_naming_what_the_graph_lacks_is_not_read_as_a_term(qa, question):
    assert not qa.answer(question).answers


@pytest.mark.parametrize("question, count", [
    ("Count the organisations on the compressor innovation centre.", 2),
    ("What's the tally of projects for Dalian Jiaotong University?", 3),
    ("大连交通大学的项目一共有几个？", 3),
])
def test_counting_asked_by_a_verb_or_a_tally_is_a_count(qa, question, count):
    answer = qa.answer(question)
    assert answer.understanding["intent"] == "count" and states_number(answer.answer_text, count), answer.answer_text


@pytest.mark.parametrize("question", [
    "Name the projects dalian university of technology takes part in",
    "Show me the projects that Dalian University of Technology is part of",
    "列出大連理工大學參與的項目",
])
def test_a_kind_word_inside_a_linked_name_ends_no_other_name(qa, question):
    # "… projects dalian university [of technology]" is no Dalian University: the projects are DUT's own
    answer = qa.answer(question)
    assert answer.understanding["intent"] == "list" and "卧式车铣镗复合加工中心性能调控技术攻关项目" in labels(answer), answer.answer_text
    assert "大连大学" not in labels(answer)


def test_kind_ended_leaves_a_kind_word_of_a_linked_name_alone(overlap):
    text = "name the projects dalian university of technology takes part in"
    assert overlap.kind_ended(text, (), ["dalian university of technology"]) == text


@pytest.mark.parametrize("question, company, college", [
    ("The shared regional practice base: which diesel-engine company and which college are behind it?",
     "一汽解放大连柴油机有限公司", "辽宁轻工职业学院"),
    ("共享型区域产教融合实践基地：哪家柴油机企业和哪所学院在背后？", "一汽解放大连柴油机有限公司", "辽宁轻工职业学院"),
])
def test_a_kind_described_by_which_is_asked_not_named(qa, question, company, college):
    # "which diesel-engine company": any company of the kind answers, the words link to no company
    assert {company, college} <= labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "what did the liaoning hydrogen energy college sign",
    "Which projects has the Shenyang machine tool college signed?",
])
def test_a_phrase_ending_in_a_kind_links_only_to_an_entity_of_that_kind(qa, question):
    # "hydrogen energy college": the words of a company's name, but no college of the graph's
    answer = qa.answer(question)
    assert not answer.answers and answer.understanding["outside_graph"], answer.answer_text
    assert "co., ltd" not in answer.answer_text.lower(), answer.answer_text


@pytest.mark.parametrize("question", [
    "Apart from the Rockwell Technology Collaborative Innovation Center Project, what projects is Dalian Ligong Technology's partner college in?",
    "Besides the Rockwell innovation centre, which projects does Dalian Ligong Technology's partner school take part in?",
    "除了罗克韦尔技术协同创新中心项目，大連鋰工的合作學校還參與了哪些項目？",
])
def test_a_cooperation_named_in_an_except_clause_is_left_out_of_the_second_hop(qa, question):
    found = labels(qa.answer(question))
    assert "开源鸿蒙人才培养中心项目" in found and "罗克韦尔技术协同创新中心项目" not in found, found


def test_a_window_joining_two_things_by_and_names_neither(overlap):
    # "the maritime one and plain dalian university": two universities, not Dalian Maritime University
    text = "the maritime one and plain dalian university, which signed more?"
    assert overlap.kind_ended(text, ()) == text


def test_other_shares_link_by_them_and_leave_the_kept_names_as_they_are(overlap):
    assert overlap.configured(OverlapConfig()) is overlap
    strict = overlap.configured(OverlapConfig(min_cover=1.01))  # no phrase covers more than all of a name
    phrase = normalize("AI computing centre")
    assert strict.link(phrase) is None and overlap.link(phrase) is not None
    assert strict.by_word is overlap.by_word and overlap.config == OverlapConfig()


def test_a_word_beginning_several_words_of_the_names_covers_each_whatever_their_order(overlap, qa):
    """"biopharma" begins biopharmaceutical (of the project's name) and biopharmaceutic (of its other name): it covers
    both, so the link does not follow which of them the index happens to list last (a set's order: another in each
    build, which round 9's count answered by the project in one build and by the industry in another)."""
    phrase = "chinese medicine and biopharma project"
    turned = copy.copy(overlap)
    turned.by_word = dict(reversed(list(overlap.by_word.items())))
    assert [(d.iri, c, a) for d, c, a in turned.ranked(phrase)] == [(d.iri, c, a) for d, c, a in overlap.ranked(phrase)]
    linked = overlap.link(phrase)
    assert linked is not None and linked.iri.endswith("/project/tcm-biopharma-talent-programme")
    answer = qa.answer("how many partners does the chinese medicine and biopharma project have")
    assert answer.answer_text.startswith("3 partners on Joint Training of High-Level Applied Talent")
