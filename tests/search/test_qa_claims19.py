"""Round-19 claims and honesty on the real graph, in wordings other than the development cases.

A figure asked of an organisation it is not of (a plan of the vocational college's asked of another school, a
base's output asked of a school no party to it) is answered by nothing, the figure held cited apart with whose it
is; asked of its own organisation it is answered. Both languages, traditional script, colloquial forms.
"""

import pytest

from tests.search.dev_goals import cites, states


@pytest.mark.parametrize("question, held", [
    ("大工的订单班每年开多少个？", "每年组建订单班40个"),
    ("How many order classes a year does Dalian Maritime University set up?", "每年组建订单班40个"),
    ("大連醫科大學首批要培養幾名現場工程師？", "将首批重点培养40人"),
    ("海大那边订单班一年开几个啊", "每年组建订单班40个"),
    ("Dalian University's through-training plan: how many students a year?", "每年贯通培养1000人以上"),
])
def test_a_figure_asked_of_another_organisation_is_not_answered(qa, question, held):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert cites(answer, held), answer.evidence
    assert answer.understanding.get("settled"), answer.understanding


@pytest.mark.parametrize("question, value", [
    ("大连职业技术学院每年组建多少个订单班？", 40),
    ("How many order classes does Dalian Vocational & Technical College form each year?", 40),
    ("機床公司和職院一起投了多少錢？", 120000000),
    ("大连职院首批确定了多少名匠苗？", 12),
])
def test_a_figure_asked_of_its_own_organisation_is_answered(qa, question, value):
    answer = qa.answer(question)
    assert answer.answers, answer.answer_text
    assert states(answer, value), answer.answer_text


UNIQUE_SPAN = "全省唯一"


@pytest.mark.parametrize("question, verdict", [
    ("金普是不是辽宁省唯一一个国家级市域产教联合体？", "是"),
    ("辽宁全省只有金普新区获批了国家级市域产教联合体吗？", "是"),
    ("听说辽宁就金普一个国家级联合体，真的假的？", "是"),
    ("Is Jinpu the only national-level city-region consortium in Liaoning Province?", "Yes"),
    ("Someone told me no other Liaoning city has a national consortium besides Jinpu. True?", "Yes"),
    ("遼寧除了金普還有別的國家級市域產教聯合體嗎？", "否"),
])
def test_a_uniqueness_the_source_states_is_borne_out(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert cites(answer, UNIQUE_SPAN), answer.evidence


@pytest.mark.parametrize("question", [
    "辽宁唯一的产教联合体是不是金普的？",  # the source says the only national one, not the only one
])
def test_a_uniqueness_wider_than_the_source_gets_no_verdict(qa, question):
    answer = qa.answer(question)
    assert not answer.answer_text.startswith(("是", "否", "Yes", "No")), answer.answer_text
    assert answer.answers == [] and cites(answer, UNIQUE_SPAN), answer.answer_text


@pytest.mark.parametrize("question", [
    "辽宁另外那个国家级联合体叫什么？",
    "Besides Jinpu, which other city in Liaoning has a national consortium?",
    "除咗金普，遼寧仲有邊個國家級聯合體？",
])
def test_another_one_where_the_source_says_there_is_none_is_not_answered(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


def test_other_things_of_the_unique_entitys_place_are_still_answered(qa):
    assert len(qa.answer("金普新区还有哪些其他项目？").answers) == 16


@pytest.mark.parametrize("question, outside", [
    ("Which companies in Shenyang city joined the consortium?", "Shenyang"),
    ("Does Qingdao city have a consortium too?", "Qingdao"),
])
def test_a_place_kind_after_an_unheld_place_is_still_outside(qa, question, outside):
    answer = qa.answer(question)
    assert answer.answers == [] and any(outside in n for n in answer.understanding["outside_graph"]), answer.answer_text


@pytest.mark.parametrize("question", [
    "Is there a launch date for the HarmonyOS talent centre?",
    "罗克韦尔中心的开业日期定了吗？",
    "開源鴻蒙中心幾號開班？",
    "Has a start date been set for the digital talent centre's first class? When?",
])
def test_a_date_the_graph_does_not_hold_is_no_yes(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert not answer.answer_text.startswith(("是", "Yes")), answer.answer_text


def test_so_far_said_as_to_date_asks_no_date(qa):
    answer = qa.answer("How many internship places has the machine-tool base provided to date?")
    assert states(answer, 2800), answer.answer_text


@pytest.mark.parametrize("question, verdict", [
    ("I heard DUT signed six projects. Right?", "Yes"),
    ("I heard DUT signed five projects. True?", "No"),
    ("我听说大连理工大学签了6个项目。是真的吗？", "是"),
])
def test_a_claim_put_before_a_confirmation_tag_is_what_is_checked(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)


@pytest.mark.parametrize("question", [
    "首批确定的匠苗来自哪几家企业？",
    "這批匠苗來自哪些企業？",
    "那12名匠苗都是从哪家公司选出来的？",
])
def test_which_organisations_people_come_from_asks_no_source(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", [
    "97家成员单位里有多少家是外企？",
    "成员里的企业，国企跟民企分别几家？",
])
def test_a_kind_of_enterprise_said_short_is_a_kind_the_graph_does_not_split(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert not states(answer, 57), answer.answer_text


@pytest.mark.parametrize("question, value", [
    ("实训基地面向企业培训了多少人次？", 26000),
    ("The machine-tool base: how many person-times of training for enterprises so far?", 26000),
    ("How many students a year does the vocational college put through its integrated secondary-to-higher pathway?", 1000),
    ("大連職院的中高職貫通每年培養幾個人？", 1000),
    ("职院那个中高职贯通，每年多少人？", 1000),
])
def test_a_figure_of_the_named_organisations_plan_or_in_persons_is_answered(qa, question, value):
    answer = qa.answer(question)
    assert answer.answers and states(answer, value), answer.answer_text


@pytest.mark.parametrize("question, count", [("中医药项目有几家企业参与？", 2), ("数字人才实训中心有几家企业？", 7),
                                             ("大连职业技术学院有多少个项目？", 4),
                                             # the plans the college runs counted, not a figure of one of them
                                             ("大连职院打算搞的计划一共几个？", 4), ("职院重点要搞的计划总共有几个", 4),
                                             ("大連職院打算搞的計劃一共幾個？", 4),
                                             ("How many plans has Dalian Vocational & Technical College set out?", 4)])
def test_organisations_counted_in_a_cooperation_are_still_counted(qa, question, count):
    assert len(qa.answer(question).answers) == count


@pytest.mark.parametrize("question", [
    "How many students can the HarmonyOS talent centre admit per year?",
    "How many trainees does the digital talent training centre enrol?",
    "How many graduates will the compressor centre produce?",
])
def test_a_count_of_a_noun_no_class_names_is_not_a_count_of_parties(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question, count", [("How many units signed the OpenHarmony project?", 2),
                                             ("How many signatories does the digital talent deal have?", 15)])
def test_units_and_signatories_are_still_counted(qa, question, count):
    assert len(qa.answer(question).answers) == count


@pytest.mark.parametrize("question, figure", [
    ("Name the 4 research institutes among the members.", 4),
    ("57家企业分别是哪些？", 57),
    ("那17所院校都是哪些学校？", 17),
])
def test_the_members_a_stated_figure_counts_are_not_named_from_other_facts(qa, question, figure):
    answer = qa.answer(question)
    assert answer.answers == [] and states(answer, figure), answer.answer_text


def test_research_institutions_that_signed_are_still_listed(qa):
    assert len(qa.answer("有哪些科研机构参与了签约？").answers) == 2
