"""Round-15 generalisation on the real graph: classes of reading that questions worded unlike every
earlier set found weak, each tested in other wording than the case that found it, in both languages.

- An entity said to be of a class ("X是高职院校吗", "is X a university") is judged by its own types,
  never "yes" because a partner of that class exists; a qualifier the graph holds nothing on
  ("民办高校", "a state-owned enterprise") is answered with no verdict and no answers.
"""

import pytest

from tests.search.dev_goals import labels, states

DLUT, DVTC = "大连理工大学", "大连职业技术学院"


def assert_unanswered(answer, figures: tuple[int, ...]) -> None:
    """Nothing answered, and none of ``figures`` (the seed's figures the question's words come near) stated."""
    assert answer.answers == [], answer.answer_text
    assert not any(states(answer, n) for n in figures), answer.answer_text


@pytest.mark.parametrize("question, verdict, named", [
    ("大连理工大学是不是一所本科高校", "是", DLUT),
    ("大連職業技術學院算高校嗎？", "是", DVTC),
    ("Is Dalian University of Technology a university?", "Yes", DLUT),
    ("大连职业技术学院是本科高校吗", "否", None),
    ("Is Dalian Vocational & Technical College a university?", "No", None),
    ("罗克韦尔技术协同创新中心是科技创新类项目吗？", "否", None),
])
def test_an_entity_said_to_be_of_a_class_is_judged_by_its_own_types(qa, question, verdict, named):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert labels(answer) == ({named} if named else set()), labels(answer)  # never a partner of that class


@pytest.mark.parametrize("question", [
    "大连理工大学是民办高校吗？",
    "碧菲分离膜是外资企业吗",
    "大连职业技术学院是双高校吗？",
    "Is GT Dalian Machine Tool a state-owned enterprise?",
    "Is Dalian Jiaotong University a private university?",
])
def test_a_class_claim_with_a_qualifier_the_graph_lacks_has_no_answer(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert not answer.answer_text.startswith(("是", "Yes")), answer.answer_text


@pytest.mark.parametrize("question", [
    "现场工程师培养计划要培养几年？",
    "How long does the order-based training plan last?",
    "实训基地占地多少亩",
    "How many machines are there at the training base?",
    "兴辽未来工匠的匠苗平均多少岁？",
])
def test_a_figure_asked_in_a_measure_the_graph_holds_none_in_has_no_answer(qa, question):
    """A duration, an area, an age or a number of machines is answered by a figure written in that
    measure or not at all: never by a count of people or things the question's words also fit."""
    assert_unanswered(qa.answer(question), (12, 40, 1000, 31, 2800))


@pytest.mark.parametrize("question, value", [
    ("匠苗首批定了多少人？", 12),
    ("每年要组建几个订单班", 40),
    ("How many research results has the training base turned out?", 31),
])
def test_a_count_is_still_answered_by_its_figure(qa, question, value):
    assert states(qa.answer(question), value), qa.answer(question).answer_text


@pytest.mark.parametrize("question, verdict", [
    ("金普新区2023年年末获批时名列榜首吗？", "否"),
    ("Did Jinpu rank top when it was approved in 2023?", "No"),
    ("金普新区2023年获批时排在第5名吗", "是"),
    ("Was Jinpu placed 5th when approved in 2023?", "Yes"),
])
def test_a_yes_no_claiming_a_date_and_a_rank_holds_only_when_both_do(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text


@pytest.mark.parametrize("question, speaker", [
    ("“为企业节省了大量的前期培训时间和成本”这句话是谁的原话？", "董建军"),
    ("实现了学生培养的订单服务——这段话出自哪位之口", "杨跃权"),
    ("Who was quoted about saving firms early training time and costs?", "董建军"),
])
def test_words_named_as_words_ask_for_their_speaker(qa, question, speaker):
    assert labels(qa.answer(question)) == {speaker}, qa.answer(question).answer_text


@pytest.mark.parametrize("question", [
    "关于深化现代职业教育体系建设改革的意见是由哪几个部门共同发的？",
    "提出打造产教联合体的那份意见，是哪两个办公厅一起发的",
])
def test_issuers_asked_with_an_adverb_of_doing_together(qa, question):
    assert labels(qa.answer(question)) == {"中共中央办公厅", "国务院办公厅"}, qa.answer(question).answer_text


@pytest.mark.parametrize("question", [
    "联合体成员里民营企业有几家？",
    "97家成员单位中有多少所民办高校",
    "How many foreign-funded companies are among the consortium's members?",
])
def test_members_of_a_kind_narrowed_by_an_unheld_word_are_not_counted(qa, question):
    """No stated figure of the broader kind (各类企业57家, 中高等院校17所) answers a narrower kind."""
    assert_unanswered(qa.answer(question), (57, 17))


@pytest.mark.parametrize("question, value", [
    ("联合体成员里企业有几家？", 57),
    ("How many member companies does the consortium have?", 57),
    ("联合体成员里市区级政府部门有几个", 13),  # the qualifier is the stated category's own
    ("How many city and district government bodies are among the members?", 13),
])
def test_members_of_a_kind_unqualified_are_still_counted(qa, question, value):
    assert states(qa.answer(question), value), qa.answer(question).answer_text


@pytest.mark.parametrize("question", [
    "通用技术集团大连机床一共有多少名焊工？",
    "How many engineers work at GT Dalian Machine Tool?",
    "大连职业技术学院有多少个辅导员",
])
def test_people_of_a_kind_no_post_names_are_not_counted_as_its_post_holders(qa, question):
    """Counting workers, engineers or counsellors of an organisation is not answered by the people the
    graph lists at it (a deputy general manager, a president)."""
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert not {"董建军", "杨跃权"} & labels(answer)


def test_leaders_of_an_organisation_are_still_counted(qa):
    assert labels(qa.answer("大连职业技术学院有几位领导")) == {"杨跃权"}


@pytest.mark.parametrize("question", [
    "Who wrote the story, staff reporter included?",
    "Give the byline of the Dalian Daily piece, staff reporter included.",
])
def test_a_staff_reporter_is_an_author_not_a_headcount(qa, question):
    assert {"郑鸿", "杜树泽"} <= labels(qa.answer(question)), qa.answer(question).answer_text


def test_staff_alone_still_asks_a_headcount(qa):
    answer = qa.answer("How many staff does Dalian University have?")
    assert answer.answers == [] and "headcount" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", [
    "托幼一体化那个基地一年能培养多少名保育员？",
    "大连职业技术学院一年招多少新生？",
    "学前教育方面每年培养多少名幼儿教师",
])
def test_a_count_of_a_noun_no_class_or_figure_holds_has_no_answer(qa, question):
    """Neither a figure of another plan or field (1000 a year, 12, 40) nor the parties the question's other
    words reach answer a count of a thing the graph holds nothing of."""
    assert_unanswered(qa.answer(question), (1000, 12, 40, 2))


@pytest.mark.parametrize("question, value", [
    ("罗克韦尔中心有几个合作方？", 2),
    ("装备制造实训基地提供了多少实习岗位", 2800),
    ("职业教育方面中高职贯通每年培养多少人", 1000),
])
def test_counts_of_classes_and_figures_of_the_field_named_still_answer(qa, question, value):
    assert states(qa.answer(question), value), qa.answer(question).answer_text


@pytest.mark.parametrize("question", [
    "大连海事大学是不是数字人才实训中心的参与单位？",
    "大连医科大学算签约单位吗",
    "Is Dalian Maritime University a signing party?",
])
def test_a_relation_before_a_class_word_is_no_kind_claimed(qa, question):
    """"是Y的参与单位", "是签约单位": the entity's part in something is claimed, not a kind it is of."""
    assert qa.answer(question).answer_text.startswith(("是", "Yes")), qa.answer(question).answer_text
