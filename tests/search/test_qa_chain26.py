"""Round-26 chains on the real graph (search.qa_chain, search.qa_anaphora), worded apart from the development cases
that found them, with cases whose right answer is empty:

- a later clause pointing back with "that very"/"that same" before the kind ("that same university", "that very
  school") stands for the one partner of that kind the earlier clause gives, as "that university" does; asking for
  others leaves the first hop's own out;
- a party of a role denied in English ("chose a partner other than X", "a university other than X") is the negation
  "a partner that is not X" (search.wording.ROLE_DENIED): those whose partner is another, never X's own partners;
- a relative clause describing the one named ("the company that hosted the meeting", a name put in) before a kind
  asked ("runs a tech project with which university") is one hop: that company's partners of the kind asked, never
  their projects; "tech project" is a technological-innovation project (ontology altLabel);
- a first hop the graph does not hold, or a kind asked of the second that no partner is of, answers nothing.
"""

import pytest

from tests.search.dev_goals import labels

GUOCHUANG, HEYE, BIFEI = "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"
DIGITAL = "大连市数字人才产教融合实训中心合作项目"
PHARMA = "现代中药与生物制药高层次应用型人才联合培养项目"
COMPRESSOR = "辽宁省压缩机专业技术创新中心项目"
DUT = "大连理工大学"
BIPOLAR, WORKTABLE = "质子交换膜燃料电池金属石墨复合双极板开发项目", "超声悬浮精密零件减摩搬运工作台研制项目"
DONGFENG, BINGSHAN, MACHINE_TOOL = "东风日产大连有限公司", "冰山松洋压缩机(大连)有限公司", "通用技术集团大连机床有限责任公司"
IDEOLOGY = "大思政课实践教育基地项目"


@pytest.mark.parametrize("question, answers", [
    ("Guochuang Hydrogen works with a university. Which other companies does that same university work with?",
     {HEYE, BIFEI}),
    ("The Bingshan Songyang compressor maker has one university partner; which other deals is that very university in?",
     {DIGITAL, PHARMA}),
    ("Detai picked a university partner. Which other projects did that same school sign?", {DIGITAL}),
])
def test_that_very_or_same_kind_points_back(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text
    assert not labels(answer) & {GUOCHUANG, COMPRESSOR, IDEOLOGY}, answer.answer_text


@pytest.mark.parametrize("question", [
    "Huawei works with a university. Which other companies does that same university work with?",
    "Bifei works with a university; which hospitals does that very university partner with?",
])
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, answers", [
    ("In the tech-innovation category, which companies picked a partner other than Dalian University of Technology?",
     {BINGSHAN, GUOCHUANG, HEYE}),
    ("Looking only at the technology innovation agreements, which firms chose a partner other than Jiaotong?",
     {DONGFENG, BINGSHAN, MACHINE_TOOL}),
])
def test_a_role_other_than_a_name_is_denied(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "In the tech-innovation category, which companies picked a partner other than Shenzhen Polytechnic University?",
    "In the tech-innovation category, which hospitals picked a partner other than Dalian University of Technology?",
])
def test_a_role_denied_of_what_the_graph_does_not_hold_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, answers", [
    ("The company that hosted the meeting runs a tech project with which university?", {DUT}),
    ("Dongfeng Nissan runs a tech project with which university?", {DUT}),
    ("Which tech projects did Dalian Jiaotong University sign?", {BIPOLAR, WORKTABLE}),
])
def test_one_hop_after_a_relative_clause_and_tech_projects(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "Which tech projects did Dalian Maritime University sign?",
    "The company that hosted the meeting runs a tech project with which hospital?",
])
def test_a_tech_project_of_no_one_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
