"""Round-19 operators over restricted sets: the cooperations a question names or describes left out of a named
organisation's ("除了数字人才那个项目", "X is in P; which other projects"), kinds of project named by a tier
word, bounds on a cooperation's parties within a kind, and counts that an event named does not hijack."""

import pytest

from tests.search.dev_goals import labels, states
from tests.search.test_qa_round15_ops import NOT_DUT_INNOVATION

THINK_TANK_BASE = "大思政课实践教育基地项目"
DIGITAL_TALENT = "大连市数字人才产教融合实训中心合作项目"


@pytest.mark.parametrize("question", [
    "大连民族大学除了数字人才实训中心项目，还参与了哪些项目？",
    "除了數字人才那個項目，大連民族大學還簽了啥？",
    "民大在数字人才那个大项目之外还出现在哪些项目里？",
    "大连民族大学参与了数字人才项目，它还参与了哪些项目？",
    "Minzu University is in the digital talent deal. Which other projects is it in?",
    "Dalian Minzu University signed the digital talent project; what else did it sign?",
    "Dalian Minzu University turns up on the digital talent deal; where else does it show up?",
])
def test_the_cooperation_described_is_left_out_not_the_organisation(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {THINK_TANK_BASE}, answer.answer_text


@pytest.mark.parametrize("question", [
    "除了数字人才项目，大连海事大学还参与了什么项目？",
    "Dalian Maritime University is on the digital talent project; where else does it show up?",
])
def test_no_other_cooperation_is_an_empty_answer(qa, question):
    # the maritime university signed that one deal only
    answer = qa.answer(question)
    assert not answer.answers and DIGITAL_TALENT not in answer.answer_text, answer.answer_text


def test_an_organisation_left_out_is_still_left_out(qa):
    answer = qa.answer("大连理工大学除外，还有哪些大学参与了数字人才项目？")
    assert "大连理工大学" not in labels(answer) and "大连民族大学" in labels(answer), answer.answer_text


def test_where_a_university_is_is_still_a_place(qa):
    answer = qa.answer("Where is Dalian Minzu University located?")
    assert "大连市" in labels(answer), answer.answer_text


BASE_KIND = "实训基地类项目"


@pytest.mark.parametrize("question, kinds", [
    ("基地、科技创新、人才培养这三档里，哪一档签的项目最多？", {BASE_KIND}),
    ("三檔項目裡面哪一檔簽得最多", {BASE_KIND}),
    ("Of the three tiers of signed projects, which tier has the most?", {BASE_KIND}),
    ("Among training base, technological innovation and talent cultivation, which category had the most deals?", {BASE_KIND}),
    # the kinds listed are those compared: two of five each, a tie
    ("科技创新和人才培养这两类里哪一类签得多？", {"科技创新类项目", "人才培养类项目"}),
])
def test_kinds_listed_or_called_tiers_are_ranked_by_their_projects(qa, question, kinds):
    answer = qa.answer(question)
    assert labels(answer) == kinds, answer.answer_text


def test_a_kind_listed_is_counted_in_full_not_through_a_project_its_words_link_to(qa):
    answer = qa.answer("实训基地、科技创新、人才培养这三档里，签得最多的是哪一档？")
    assert labels(answer) == {BASE_KIND} and "6个" in answer.answer_text, answer.answer_text


def test_a_file_is_no_tier(qa):
    # 档案 is a file, not a category: no kinds are ranked
    answer = qa.answer("哪个项目的档案最多？")
    assert not {BASE_KIND, "科技创新类项目", "人才培养类项目"} & labels(answer), answer.answer_text


TCM = "现代中药与生物制药高层次应用型人才联合培养项目"


@pytest.mark.parametrize("question", [
    "人才培养类项目里，签约单位不少于三家的是哪些？",
    "人才培養類項目中，參與方超過兩家的有哪些",
    "人才培养这档项目当中，参与方多于两家的都有哪些？",
    "Among the talent-cultivation tier, which deals had over two signatories?",
])
def test_a_bound_on_parties_within_a_kind_picks_its_projects(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {DIGITAL_TALENT, TCM}, answer.answer_text


def test_a_bound_no_project_of_the_kind_meets_is_empty(qa):
    answer = qa.answer("科技创新类项目当中，参与方超过五家的有哪些？")
    assert not answer.answers, answer.answer_text




@pytest.mark.parametrize("question", [
    "In the tech innovation category, which projects had no DUT involvement?",
    "Which deals in the technological innovation category did Dalian University of Technology stay out of?",
    "科技创新那一档里，哪些项目大工没参与？",
    "科技創新這一類裡，哪些項目沒有大連理工大學參與？",
])
def test_a_kind_named_with_a_word_for_a_kind_is_the_set_negated_in(qa, question):
    # "the K category" names one kind to pick from; it asks for no categories
    answer = qa.answer(question)
    assert "categories" not in answer.understanding["operators"] and labels(answer) == NOT_DUT_INNOVATION, answer.answer_text


def test_a_kind_claimed_with_a_word_for_a_kind_still_gets_its_verdict(qa):
    answer = qa.answer("Does the OpenHarmony centre fall under the tech innovation category?")
    assert answer.answer_text.startswith("No") and "Talent cultivation" in answer.answer_text, answer.answer_text


TALENT_WITHOUT_DVTC = {THINK_TANK_BASE, DIGITAL_TALENT, TCM}


@pytest.mark.parametrize("question", [
    "人才培养类项目中，除去大连职业技术学院参与的，还有哪些？",
    "人才培養類項目，剔掉有大連職院的，還剩哪些？",
    "Talent cultivation projects excluding anything Dalian Vocational & Technical College is part of: which remain?",
    "Leaving out the ones with DVTC, which talent-cultivation deals are left?",
])
def test_an_organisation_excepted_from_cooperations_takes_its_cooperations_out(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == TALENT_WITHOUT_DVTC, answer.answer_text


def test_an_except_clause_before_the_kind_takes_that_university_s_projects_out(qa):
    # DUT is in two of the five tech innovation projects
    answer = qa.answer("除了大连理工大学参与的，科技创新类项目还有哪些？")
    assert labels(answer) == NOT_DUT_INNOVATION, answer.answer_text


JIAOTONG = {"产教融合实习实践基地项目", "质子交换膜燃料电池金属石墨复合双极板开发项目", "超声悬浮精密零件减摩搬运工作台研制项目"}


@pytest.mark.parametrize("question", [
    "大连交通大学在签约仪式上签了几个项目？",
    "交大在簽約儀式上總共落了幾個項目",
    "How many projects did Dalian Jiaotong University sign at the signing ceremony?",
])
def test_a_university_s_count_at_an_event_is_its_own_not_the_event_s_tally(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == JIAOTONG and states(answer, 3) and not states(answer, 5), answer.answer_text


def test_the_event_s_own_tally_still_answers_with_no_organisation_named(qa):
    answer = qa.answer("签约仪式上一共签了几个科技创新类项目？")
    assert states(answer, 5), answer.answer_text
