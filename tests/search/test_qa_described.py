"""Round-21 names written in parts, initials or description, read with their neighbours as one entity's
(search.qa_described), on the real graph, in wordings of no development set: the capitalised initials of a
name's first characters before the rest of it (simplified and traditional), an English description of an
entity by its parent, place, trade and class. A part no entity accounts for keeps the name unheld and the
answer empty (Shenzhen, Shanghai, Changchun, a Qingdao company called a Dalian one)."""

import pytest

from search.qa_described import Described
from search.text import normalize
from tests.search.dev_goals import labels

MARITIME_PROJECTS = {"大连市数字人才产教融合实训中心合作项目"}
PHARMA = "石药集团远大(大连)制药有限公司"
PHARMA_PROJECT = "现代中药与生物制药高层次应用型人才联合培养项目"


@pytest.mark.parametrize("question, expected", [
    ("DL海事大学签了哪些项目？", MARITIME_PROJECTS),
    ("DL醫科大學參與了什麼項目", MARITIME_PROJECTS),
    ("请问DL民族大学参加了哪些项目", {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目"}),
])
def test_capitalised_initials_before_the_rest_of_a_name_are_the_name(qa, question, expected):
    answer = qa.answer(question)
    assert answer.understanding["outside_graph"] == [] and labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question", [
    "Which deals did CSPC's Dalian pharmaceutical company join?",
    "what did cspc’s dalian pharma company sign up for",  # (a curly apostrophe)
    "CSPC's pharma company in Dalian: which project is it in?",
])
def test_a_company_described_by_its_parent_place_and_trade_is_the_company(qa, question):
    assert labels(qa.answer(question)) == {PHARMA_PROJECT}


@pytest.mark.parametrize("question", [
    "What did CSPC's Shanghai pharma company sign up for?",
    "SZ职业技术大学参加了哪些项目",
    "Changchun Auto Parts: which deals is it in?",
    "深圳职业技术大学签了哪些项目?",
])
def test_a_part_no_entity_accounts_for_keeps_the_name_unheld(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and answer.understanding["outside_graph"], answer.answer_text


@pytest.fixture(scope="module")
def described(qa):
    return Described(qa.engine.catalogue, qa.lexicon, qa.config.described_min_weight)


@pytest.mark.parametrize("question, span, expected", [
    ("DL海事大学签了哪些项目", "DL", "大连海事大学"),
    ("What did CSPC's Dalian pharma company sign up for?", "pharma company", PHARMA),
    ("Which deals did that Dalian enterprise join?", "enterprise", None),  # many entities' words name none
    ("BJ海事大学有哪些项目", "BJ", None),  # initials the rest of no name begins with
    ("Who did the Dalian software firm partner with?", "software firm", None),  # QingSoft is no Dalian one
])
def test_the_widest_window_one_entity_accounts_for_is_read(described, question, span, expected):
    found = described.read(normalize(question), normalize(span))
    assert (found.doc.label if found is not None else None) == expected


@pytest.mark.parametrize("question", [
    "锂工科枝跟哪个学校合作",
    "大連鋰工科枝跟哪間學校合作？",
    "我表哥在大连锂工科枝上班，这家公司跟哪个学校签约了",
    "大连锂工科枝有限公司跟哪个学校合作",
])
def test_a_slip_in_a_common_part_of_a_name_the_reading_holds_is_read_with_it(qa, question):
    assert labels(qa.answer(question)) == {"大连职业技术学院"}


@pytest.mark.parametrize("question", [
    "大连海洋大学参加了哪些项目",  # the slip is in the distinctive part: another university
    "大连理工大学城市学院签了哪些项目",
])
def test_a_slip_or_an_addition_to_a_distinctive_part_is_another_name(qa, question):
    assert not qa.answer(question).answers


@pytest.mark.parametrize("question", [
    "一汽解放大连柴由机跟哪所学校合作",  # 由 for 油: the same sound, the input method's slip
    "一汽解放大連柴由機跟哪間學校合作？",
])
def test_a_slip_of_the_same_sound_in_a_name_written_with_more_is_read_with_it(qa, question):
    assert labels(qa.answer(question)) == {"辽宁轻工职业学院"}
