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
- "X跟Y搞完P之后，还…": the cooperation done and over is set aside, the rest of X's asked (search.wording
  EXCEPT_REWORDED);
- a first hop the graph does not hold, or a kind asked of the second that no partner is of, answers nothing.
"""

import pytest

from tests.search.dev_goals import labels

GUOCHUANG, HEYE, BIFEI = "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"
DIGITAL = "大连市数字人才产教融合实训中心合作项目"
PHARMA = "现代中药与生物制药高层次应用型人才联合培养项目"
DUT = "大连理工大学"
BIPOLAR, WORKTABLE = "质子交换膜燃料电池金属石墨复合双极板开发项目", "超声悬浮精密零件减摩搬运工作台研制项目"
DONGFENG, BINGSHAN, MACHINE_TOOL = "东风日产大连有限公司", "冰山松洋压缩机(大连)有限公司", "通用技术集团大连机床有限责任公司"


# Questions whose answers are exactly ``answers``.
ANSWERED = [
    # "that very/same" kind pointing back; the first hop's own left out
    ("Guochuang Hydrogen works with a university. Which other companies does that same university work with?",
     {HEYE, BIFEI}),
    ("The Bingshan Songyang compressor maker has one university partner; which other deals is that very university in?",
     {DIGITAL, PHARMA}),
    ("Detai picked a university partner. Which other projects did that same school sign?", {DIGITAL}),
    # a role denied
    ("In the tech-innovation category, which companies picked a partner other than Dalian University of Technology?",
     {BINGSHAN, GUOCHUANG, HEYE}),
    ("Looking only at the technology innovation agreements, which firms chose a partner other than Jiaotong?",
     {DONGFENG, BINGSHAN, MACHINE_TOOL}),
    # one hop after a relative clause; tech projects
    ("The company that hosted the meeting runs a tech project with which university?", {DUT}),
    ("Dongfeng Nissan runs a tech project with which university?", {DUT}),
    ("Which tech projects did Dalian Jiaotong University sign?", {BIPOLAR, WORKTABLE}),
    # what is done and over set aside
    ("大连大学跟冰山松洋搞完压缩机创新中心以后，还参加了哪些项目？", {DIGITAL, PHARMA}),
    ("大連民族大學跟德泰做完大思政課基地之後，又簽了哪個項目？", {DIGITAL}),
]


@pytest.mark.parametrize("question, answers", ANSWERED)
def test_the_answers_are_exactly_these(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


EMPTY = [
    "Huawei works with a university. Which other companies does that same university work with?",
    "Bifei works with a university; which hospitals does that very university partner with?",
    "In the tech-innovation category, which companies picked a partner other than Shenzhen Polytechnic University?",
    "In the tech-innovation category, which hospitals picked a partner other than Dalian University of Technology?",
    "Which tech projects did Dalian Maritime University sign?",
    "The company that hosted the meeting runs a tech project with which hospital?",
    "深圳大学跟华为搞完鲲鹏基地之后，还参加了哪些项目？",
]


@pytest.mark.parametrize("question", EMPTY)
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
