"""Round-14 question answering on the real graph, two14's classes: members of a kind counted (the figure
the source states for the kind's member category, cited and named as stated, beside what the graph
can count), the stated total less the kinds left out, two answer types in one question (English
class words joined by "and", a when asked besides). Each is worded apart from the development case
that found it, in both languages; numbers are matched as whole numbers."""

import pytest

from tests.search.dev_goals import labels, states

TOTAL = 97


def _cites_stated(answer) -> bool:
    """Some evidence item cites a source span, and the text says the figure is the source's."""
    return any(e["source"] for e in answer.evidence) and ("原文" in answer.answer_text or "source" in answer.answer_text)


@pytest.mark.parametrize("question, figure", [
    ("金普联合体的成员当中，企业有几家？", 57),
    ("Among the consortium's member units, how many are enterprises?", 57),
    ("成員單位裡頭科研機構有幾家", 4),
    ("of its 97 members, how many are government departments", 13),
])
def test_members_of_a_kind_with_their_own_figure_are_stated_and_cited(qa, question, figure):
    answer = qa.answer(question)
    assert states(answer, figure) and _cites_stated(answer), answer.answer_text
    assert not states(answer, TOTAL) or "97" in question, answer.answer_text


@pytest.mark.parametrize("question", [
    "联合体成员里本科高校有几所",
    "How many of the consortium's members are universities?",
])
def test_a_kind_inside_a_broader_stated_category_is_not_given_that_figure_as_its_own(qa, question):
    answer = qa.answer(question)
    assert states(answer, 17) and _cites_stated(answer), answer.answer_text
    assert "没有单列" in answer.answer_text or "no figure for" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", [
    "联合体的成员单位，企业和科研机构分别是多少家",
    "How many companies and how many research institutes are among the consortium's members?",
])
def test_two_kinds_of_members_are_both_counted(qa, question):
    answer = qa.answer(question)
    assert states(answer, 57) and states(answer, 4), answer.answer_text


def test_the_count_says_what_the_graph_itself_lists(qa):
    answer = qa.answer("成员单位里面有多少家企业")
    assert any("cj:member" in e.get("derivation", "") for e in answer.evidence)
    assert "图谱" in answer.answer_text


@pytest.mark.parametrize("question, rest", [
    ("去掉企业，联合体的成员单位还剩多少家", 40),
    ("Excluding the research institutions, how many member units does the consortium have?", 93),
])
def test_the_stated_total_less_a_kind_is_worked_out_from_the_stated_figures(qa, question, rest):
    answer = qa.answer(question)
    assert states(answer, rest) and states(answer, TOTAL), answer.answer_text
    assert any(e.get("derivation") for e in answer.evidence) and any(e["source"] for e in answer.evidence)


@pytest.mark.parametrize("question", [
    "除了本科高校，联合体还有几家成员单位",
    "Apart from universities, how many members does the consortium have?",
])
def test_a_kind_without_its_own_figure_is_not_subtracted(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, TOTAL - 17), answer.answer_text


@pytest.mark.parametrize("question, both", [
    ("Who were the company and the university on the hydrogen bipolar plate project?", {"国创氢能科技有限公司", "大连交通大学"}),
    ("Which enterprise and university run the charging system fault detection project?",
     {"东风日产大连有限公司", "大连理工大学"}),
])
def test_english_class_words_joined_by_and_are_both_answered(qa, question, both):
    assert both <= labels(qa.answer(question))


@pytest.mark.parametrize("question, both", [
    ("超声悬浮那个项目是哪家企业跟哪所大学搞的，啥时候签约的", {"大连河野智能装备有限公司", "大连交通大学"}),
    ("壓縮機創新中心是哪家公司和哪所大學建的？什麼時候簽的？", {"冰山松洋压缩机(大连)有限公司", "大连大学"}),
])
def test_two_types_asked_with_a_when_give_both_and_the_date_once(qa, question, both):
    answer = qa.answer(question)
    assert both <= labels(answer), answer.answer_text
    assert answer.answer_text.count("近日") == 1, answer.answer_text


def test_a_chinese_class_word_joined_to_an_asked_one_is_its_partner_not_asked(qa):
    answer = qa.answer("哪些企业和高校合作了新能源项目")
    assert "大连理工大学" not in labels(answer)


@pytest.mark.parametrize("question, both", [
    ("For the charging fault detection project, give me the company and the university.", {"东风日产大连有限公司", "大连理工大学"}),
    ("who were the company and the university in the compressor innovation centre project?",
     {"冰山松洋压缩机(大连)有限公司", "大连大学"}),
    ("充电系统故障检测项目的企业和大学各是谁", {"东风日产大连有限公司", "大连理工大学"}),
])
def test_two_types_asked_without_a_question_word_before_each(qa, question, both):
    assert both <= labels(qa.answer(question))


@pytest.mark.parametrize("question, verdict, count", [
    ("Has Dalian Jiaotong University signed more than one project?", "Yes", 3),
    ("大连交通大学签的项目不止一个吗", "是", 3),
])
def test_one_after_a_bound_word_is_the_bound(qa, question, verdict, count):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict) and states(answer, count), answer.answer_text


@pytest.mark.parametrize("question, verdict", [("国创氢能是跟大连理工大学合作的不", "否"), ("国创氢能是跟大连交通大学合作的不？", "是")])
def test_a_question_closing_on_de_bu_asks_for_a_verdict(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)


def test_parties_are_the_organisations_taking_part(qa):
    answer = qa.answer("how many parties signed the OpenHarmony talent training center project")
    assert states(answer, 2) and labels(answer) == {"大连理工大学", "大连职业技术学院"}


def test_sharing_a_project_is_a_relation_not_a_topic(qa):
    assert labels(qa.answer("Which companies share a project with Dalian Jiaotong University?")) == {
        "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}


@pytest.mark.parametrize("question, winner", [
    ("现场工程师培养计划和兴辽未来工匠培育计划，哪个首批人数更少", "兴辽未来工匠培育计划"),
    ("Of the craftsmen plan and the field engineer plan, which has the bigger first batch?", "现场工程师培养计划"),
])
def test_two_named_things_compared_by_their_own_figures_name_the_thing(qa, question, winner):
    answer = qa.answer(question)
    assert winner in labels(answer) and states(answer, 12) and states(answer, 40), answer.answer_text
    assert answer.answer_text.startswith(winner) or winner not in answer.answer_text[:2]


@pytest.mark.parametrize("question", [
    "开源鸿蒙人才培养中心项目和辽宁省乡村振兴产业学院项目，哪个的参与方更多",
    "Which has more partners, the OpenHarmony Talent Training Center Project or the Liaoning Rural Revitalization "
    "Industrial College Project?",
])
def test_two_named_cooperations_are_compared_by_their_parties(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {"辽宁省乡村振兴产业学院项目"} and states(answer, 3) and states(answer, 2), answer.answer_text


@pytest.mark.parametrize("question, counts", [
    ("哪家公司参与的项目多，冰山松洋还是大连三友", (1, 1)),
    ("Which university took part in more projects, Dalian University or Dalian Maritime University?", (3, 1)),
])
def test_the_kind_asked_for_picks_among_the_compared_and_counts_none_of_their_partners(qa, question, counts):
    answer = qa.answer(question)
    assert all(states(answer, n) for n in counts) and not states(answer, 0), answer.answer_text


@pytest.mark.parametrize("question", ["签约项目里哪一类数量最多", "What kind of signed project is the most numerous?"])
def test_a_kind_is_also_named_by_the_source_s_own_word(qa, question):
    answer = qa.answer(question)
    assert "基地项目类" in answer.answer_text and states(answer, 6), answer.answer_text


@pytest.mark.parametrize("question, partner", [
    ("Which university does Guochuang Hydrogen work with in the consortium?", "大连交通大学"),
    ("联合体里，跟冰山松洋合作的大学是哪所", "大连大学"),
])
def test_the_consortium_named_by_its_class_word_is_no_hop(qa, question, partner):
    assert labels(qa.answer(question)) == {partner}


@pytest.mark.parametrize("question, both", [
    ("碧菲那个实习实践基地是哪家企业和哪所大学共建的", {"碧菲分离膜(大连)有限公司", "大连交通大学"}),
    ("The compressor centre Bingshan Songyang set up: which company and which university are behind it?",
     {"冰山松洋压缩机(大连)有限公司", "大连大学"}),
])
def test_a_cooperation_named_by_one_party_gives_that_party_as_its_kind(qa, question, both):
    answer = qa.answer(question)
    assert both <= labels(answer), answer.answer_text
    assert all(e["source"] or e.get("derivation") for e in answer.evidence)
