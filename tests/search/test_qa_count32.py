"""Round-32 counts and rankings, on the real graph, each worded apart from the development cases that found them, in
both languages, traditional script and colloquial forms, with cases whose right answer is empty:

- the measure a ranking or a comparison goes by, said as a clause of its own ("按签约项目数算，…", "按签约次数排个座次，
  …", "按参与项目的次数排个名次，…", "按这次签的项目数计，哪边多"): its count word and its verb are no topic
  (search.qa_rank_premise.measured_basis), the first place asked after it is the most ("…，第一是哪所学校"), another
  place that count level; a measure the graph does not hold ("按科研经费数算", "按获奖次数排") stays empty;
- an organisation's signings counted with the measure word of items ("以大连大学名义参加的签约一共几项", "民大签了几
  项"): its cooperations, not its partners (search.qa_measures.counts_items); items of a kind the graph does not hold
  ("几项专利") or of a name it lacks stay empty;
- organisations ranked by the projects they sign ("按签约项目数排", "the most agreements"): the signed projects counted,
  not a base two of them fund besides (search.qa_form.signed_named, search.qa_plans.Plan.counted); ranked by their
  cooperations or projects at large ("参与合作最多", "参与项目最多的企业"), the base counts;
- an English count of a thing its owner's genitive names ("in how many of the meeting's agreements does X appear"): the
  thing owned is counted, not the owner (search.understand.POSSESSED); of a name the graph lacks, nothing;
- a set named before a clause closing on a which-word with its measure word ("两所职业学院里，签约项目参与得最多的是哪一
  所", "企业当中…哪一家"): the set's class is asked, not the projects the clause names (search.understand.PICKED_FROM);
- organisations of a kind counted as taking part in the signing ("参加签约的企业总共有多少家", "how many companies signed
  up"): the parties of the signed projects, not the stated member figure of that kind (search.qa_facts.names_projects);
  the members of a kind still get the stated figure, and a kind or place the graph lacks nothing.
"""

import pytest

from tests.search.dev_goals import labels, states

DUT, DVTC, DALIAN_U, JIAOTONG, MINZU = "大连理工大学", "大连职业技术学院", "大连大学", "大连交通大学", "大连民族大学"


@pytest.mark.parametrize("question, expected", [
    ("按签约项目数算，排第二的学校是哪所？", {DVTC}),
    ("按簽約項目數計，排第二的學校是哪一所？", {DVTC}),  # traditional
    ("按参与项目的次数排个名次，第二名是哪所学校？", {DVTC}),
    ("学校按签约次数排座次，亚军是谁", {DVTC}),  # colloquial, no question mark
    ("按签约项目数算，哪所学校最多？", {DUT}),
    ("按签约次数，第一是哪所学校？", {DUT}),
    ("学校按参与签约的个数排个队，排第一的是谁？", {DUT}),
    ("按这次签的项目数算，交大和民大哪边多？", {JIAOTONG}),
])
def test_a_measure_said_as_a_clause_ranks_by_cooperations(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("以大连大学名义参加的签约，一共几项？", 3),
    ("大连民族大学参加的签约一共几项？", 2),
    ("大連大學以自己名義簽了幾項？", 3),  # traditional
    ("民大这回签了几项啊", 2),  # colloquial
])
def test_signings_counted_by_items_are_the_cooperations(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count) and not states(answer, 17) and not states(answer, 15), answer.answer_text


@pytest.mark.parametrize("question, expected, count", [
    ("按签约项目数排，排第二的学校是哪所？", DVTC, 4),
    ("签约项目拿得最多的高职院校是哪家？", DVTC, 4),
    ("Which vocational college signed the most agreements?", DVTC, 4),
    ("参与合作第二多的学校是哪所？", DVTC, 5),  # cooperations at large: the co-funded base counts
    ("参与项目最多的企业是哪家？", "通用技术集团大连机床有限责任公司", 2),  # projects at large: the base counts too
])
def test_a_ranking_by_signed_projects_counts_those_only(qa, question, expected, count):
    answer = qa.answer(question)
    assert labels(answer) == {expected} and states(answer, count), answer.answer_text


def test_by_signed_deals_every_company_ties(qa):
    answer = qa.answer("Which company is the most active in the signed deals?")
    assert len(labels(answer)) > 10 and states(answer, 1), answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("In how many of the meeting's agreements does Dalian University appear?", 3),
    ("How many of the signing ceremony's projects involve Dalian Jiaotong University?", 3),
    ("how many of the consortium's projects did dut take part in", 6),  # lower case, no question mark
    ("How many of the meeting’s agreements did Dalian Minzu University sign?", 2),  # a curly apostrophe
])
def test_a_count_of_what_an_owner_holds_counts_the_thing_owned(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count) and len(answer.answers) == count, answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("两所职业学院里，签约项目参与得最多的是哪一所？", {DVTC}),
    ("高校当中,签约项目参加得最多的是哪一所", {DUT}),  # colloquial, no question mark
    ("大學裡面，參與項目最多的是哪所？", {DUT}),  # traditional
])
def test_a_set_picked_from_by_its_measure_word_is_asked(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("参加签约的企业总共有多少家？", 20),
    ("多少所学校参加了这次签约", 11),  # colloquial, no question mark
    ("參加簽約的單位一共有幾家？", 33),  # traditional
    ("How many companies signed up that day?", 20),
])
def test_organisations_taking_part_in_the_signing_are_its_parties(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count) and not states(answer, 57) and not states(answer, 97), answer.answer_text


def test_the_members_of_a_kind_keep_the_stated_figure(qa):
    answer = qa.answer("联合体成员中有多少家企业？")
    assert states(answer, 57), answer.answer_text


# Lookalikes of every reading above whose right answer is empty: a measure, a kind, a name or a place the graph lacks.
@pytest.mark.parametrize("question", [
    # (a measure the graph does not hold stays empty)
    "按科研经费数算，排第二的学校是哪所？",  # funding: no ranking the graph holds
    "按获奖次数排名，第一是哪所学校？",  # awards
    "按在校生人数算，哪所学校最多？",  # students
    "按签约项目数算，深圳排第二的学校是哪所？",  # a city the graph does not hold
    "按签约项目数算，排第二的医院是哪家？",  # no hospital takes part
    "按论文数量排座次，亚军是谁？",
    # (items the graph does not hold stay empty)
    "大连大学拿了几项专利？",  # patents: not held
    "深圳大学参加的签约一共几项？",  # a name the graph lacks
    "大连大学以自己名义获得了几项国家奖励？",
    # (a count of what an owner holds stays empty when the graph lacks it)
    "How many of the meeting's agreements did Shenzhen University sign?",
    "How many of the meeting's patents does DUT hold?",
    "How many of the conference's hospitals signed with Dalian University?",
    # (a set the graph lacks picked from stays empty)
    "医院里，签约项目参与得最多的是哪一家？",  # no hospital takes part
    "深圳的高校里，签约项目参与得最多的是哪一所？",  # a city the graph does not hold
    # (organisations the graph lacks taking part in the signing stay empty)
    "参加签约的医院有几家？",  # no hospital takes part
    "深圳参加签约的企业有多少家？",  # a place the graph does not hold
])
def test_lookalikes_the_graph_lacks_stay_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
