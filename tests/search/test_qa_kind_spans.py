"""Kind phrases and slips the scope check must not refuse as unheld names (search/qa_spans.py): a kind narrowed by
a topic ("民族类大学", "城市服務類企業"), a tagged name opening inside a word of the question's ("签约方连一所大学":
方连) or right after a class word ("联合体帮企业": 体帮). Unheld names stay unheld (华为, 深圳职业技术大学). Both
scripts, colloquial forms; none of these questions is in a development set."""

import pytest

from search.qa_spans import kind_marked, tagged_names, zh_spans
from search.text import normalize

WORDS = frozenset({"签约方", "参与方", "联合体"})


@pytest.mark.parametrize("text", ["哪所民族类大学", "城市服务类企业有哪些", "人才培养类项目"])
def test_a_kind_narrowed_by_a_topic_is_no_name_span(text):
    assert zh_spans(text, []) == []


def test_a_name_before_its_suffix_is_still_a_span():
    assert zh_spans("深圳职业技术大学的合作企业", []) == ["深圳职业技术大学"]
    assert not kind_marked("深圳职业技术大学", "大学") and kind_marked("民族类大学", "大学")


def test_a_span_opening_inside_a_word_of_the_question_is_read_after_it():
    stops = {2}  # where the tagger's verb 签约 ends
    assert zh_spans("签约方连大学都没有", [], stops, WORDS) == []
    assert zh_spans("签约方连大学都没有", [], stops) == ["方连大学"]  # without the reading's words, as before


@pytest.mark.parametrize("tagged, names", [
    ([("签约", "v", 0), ("方连", "ORG", 2), ("一所", "m", 4), ("大学", "n", 6)], []),
    ([("、", "w", 0), ("联合体帮", "ORG", 1), ("企业", "n", 5)], []),
    ([("华为", "ORG", 0), ("类", "n", 2), ("企业", "n", 3)], ["华为"]),
    ([("和", "c", 0), ("腾讯", "ORG", 1), ("合作", "v", 3)], ["腾讯"]),
])
def test_a_tagged_name_opening_inside_a_word_or_after_a_class_word_is_none(tagged, names):
    assert tagged_names(tagged, [], WORDS) == names


@pytest.mark.parametrize("question, name", [
    ("哪所民族类大学跟德泰一起搞了思政基地?", "大连民族大学"),
    ("城市服務類企業裡，哪家跟大連民族大學合作？", "大连德泰城市服务集团有限公司"),
    ("人才培养类项目里，参与方连一所大学都没有的是哪个？", "托幼一体化"),
    ("聯合體幫企業解決招工難題，這話是誰說的？", "董建军"),
])
def test_kind_phrases_and_class_word_openings_are_read_not_refused(qa, question, name):
    answer = qa.answer(question)
    assert not answer.understanding.get("outside_graph") and name in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", ["华为类企业跟哪所大学合作？", "深圳职业技术大学参与了哪些项目？",
                                      "长春汽车参与了哪些项目？"])
def test_unheld_names_stay_unheld(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("text", [
    "on the charging fault detection project, who is the automobile company?",
    "which automobile company works with dalian university of technology",
    "the automobile company behind the ev charging project: who is it",
])
def test_a_kind_phrase_several_entities_fit_is_rewritten_into_none(qa, text):
    # Yaming's name holds "automobile", Dongfeng Nissan's industry does too: the phrase is a kind, not Yaming's name
    assert "yaming" not in qa.names.overlap.kind_ended(normalize(text), ())


@pytest.mark.parametrize("text, name", [
    ("which university works with the ai computing centre", "dalian artificial intelligence computing center"),
    ("who set up the rural revitalisation college", "rural revitalization industrial college"),
])
def test_a_kind_phrase_one_entity_fits_is_still_its_name(qa, text, name):
    assert name in qa.names.overlap.kind_ended(normalize(text), ())
