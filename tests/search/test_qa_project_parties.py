"""Round-22 readings of a project's parties by kind on the real graph, each worded apart from the development
cases that found it, in both languages, traditional script and colloquial forms, with cases whose right answer
is empty:

- a project named or described by its own words (its topic, not its name) and the kinds of its parties asked,
  a kind being a class word with its narrower classes or a slot no class word fills ("车企", "that campus"):
  every party of the kinds asked;
- "what did X sign, and with which university": the project and its partner of the kind;
- no such reading when the project is one the graph does not hold, a kind fits no party, the parties' other
  partners are asked (a hop) or a figure of the project is asked;
- the projects of a kind none of whose parties is of the kind denied (search.qa_party_negation), after
  没有/no/without or in the emphatic 连一家X都没 / X一个都没.
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC, JIAOTONG, DALIAN_U = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学"
GUOCHUANG, HEYE, BIFEI, BINGSHAN = "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司", "冰山松洋压缩机(大连)有限公司"
DONGFENG, SANYOU, LIGONG = "东风日产大连有限公司", "大连三友电器设备有限公司", "大连锂工科技有限公司"
KINDERGARTEN, TRANSFORMER = "大连市金州区第一幼儿园", "大连第一互感器集团"
YINUO, CSPC = "大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司"
BIFEI_BASE, COMPRESSOR_CENTRE = "产教融合实习实践基地项目", "辽宁省压缩机专业技术创新中心项目"
OPENHARMONY, CHILDCARE = "开源鸿蒙人才培养中心项目", "金普新区托幼一体化人才培养基地项目"
ROCKWELL, SHARED, RURAL = "罗克韦尔技术协同创新中心项目", "共建共享型区域产教融合实践基地项目", "辽宁省乡村振兴产业学院项目"

# Questions whose answers are exactly ``parties``.
PARTIES = [
    ("搞新能源车充电故障快速检测那个攻关，车企是哪家，高校是哪家？", {DONGFENG, DUT}),
    ("The bipolar-plate development for PEM fuel cells: which hydrogen firm and which university are doing it?",
     {GUOCHUANG, JIAOTONG}),
    ("高低壓電器裝備那個實訓基地，企業那頭和學校那頭各是誰？", {SANYOU, DUT}),
    ("托幼一体化那个基地，幼儿园那方叫啥，学院那方叫啥", {KINDERGARTEN, DVTC}),
    ("For the Rockwell collaborative innovation centre, name the tech firm and the vocational college.", {LIGONG, DVTC}),
    ("做中药和生物制药人才联合培养的，药企有哪几家，大学是哪所？", {YINUO, CSPC, DALIAN_U}),
    ("超聲懸浮搬運工作台那個研製項目，公司那邊跟大學那邊各是哪家？", {HEYE, JIAOTONG}),
    ("搞压缩机技术创新中心那個，企业跟学校分别叫啥", {BINGSHAN, DALIAN_U}),
    # a vocational education centre is no college: the kinds asked decide
    ("Which firm and which college did the rural revitalisation industrial college project bring together?",
     {TRANSFORMER, DVTC}),
    # round 25: two kinds coordinated by "plus", or the second pointed back at by "its"
    ("The hydrogen bipolar plate project: the company and its university partner?", {GUOCHUANG, JIAOTONG}),
    ("Compressor innovation centre: the firm plus the university, please.", {BINGSHAN, DALIAN_U}),
]


# "What did X sign, and with which …": the project and the partner.
SIGNED_WITH = [
    ("What did Bifei Separation Membrane sign, and with which university?", {BIFEI_BASE, JIAOTONG}),
    ("碧菲分离膜签了个什么项目，跟哪所大学签的？", {BIFEI_BASE, JIAOTONG}),
    ("冰山松洋簽了什麼項目，合作的是哪所大學？", {COMPRESSOR_CENTRE, DALIAN_U}),
]


# The projects of a kind none of whose parties is of the kind denied.
WITHOUT = [
    ("人才培养类项目里，签约方连一家企业都没有的是哪几个？", {OPENHARMONY, CHILDCARE}),
    ("基地類簽約裡，大學一個都沒摻和的是哪幾個？", {ROCKWELL, SHARED, RURAL}),
    ("Which base projects were signed without any university?", {ROCKWELL, SHARED, RURAL}),
    ("Which talent cultivation projects have not a single company among the signing parties?", {OPENHARMONY, CHILDCARE}),
]


@pytest.mark.parametrize("question, answers", PARTIES + SIGNED_WITH + WITHOUT)
def test_the_answers_are_exactly_these(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


# Projects the graph does not hold, or none lacking the kind denied (or a kind it holds none of): nothing is answered.
EMPTY = [
    "量子计算那个攻关项目，企业方和高校方各是谁？",
    "Which company and which university run the quantum computing research project?",
    "航空发动机叶片那个课题是哪家企业和哪所学校做的",
    "深圳那个氢能双极板项目的企业和高校分别是谁？",
    "What did Huawei sign, and with which college?",
    "The quantum computing project: the company and its academic partner?",
    "Which tech-innovation projects were signed without any enterprise?",
    "科技創新類項目中，沒有大學參與的有哪些？",
    "基地项目里头，高校一个都没掺和的是哪几个",
    "哪些基地项目没有医院参与？",
]


@pytest.mark.parametrize("question", EMPTY)
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


# Not this reading's: a kind no party is of, the parties' other partners, a figure of the project.
@pytest.mark.parametrize("question, parties, category", [
    ("托幼一体化那个基地是哪个幼儿园和哪所学校建的，属于哪一类项目？", {KINDERGARTEN, DVTC}, "人才培养类"),
    ("超聲懸浮那個工作台，是哪家公司和哪所大學研製的？歸在哪一類？", {HEYE, JIAOTONG}, "科技创新类"),
])
def test_the_parties_and_the_category_asked_besides(qa, question, parties, category):
    answer = qa.answer(question)
    assert labels(answer) == parties and category in answer.answer_text, answer.answer_text


def test_a_kind_no_party_is_of_is_not_filled_by_another_party(qa):
    answer = qa.answer("双极板那个项目，研究机构那方是谁、企业那方是谁？")
    assert JIAOTONG not in labels(answer), answer.answer_text


@pytest.mark.parametrize("question, must, left_out", [
    ("和碧菲合作的那所大学，还跟哪些企业合作？", {GUOCHUANG, HEYE}, BIFEI),
    ("The university that co-develops bipolar plates with Guochuang: which other companies does it work with?",
     {HEYE, BIFEI}, GUOCHUANG),
])
def test_the_parties_other_partners_are_a_hops(qa, question, must, left_out):
    answer = qa.answer(question)
    assert must <= labels(answer) and left_out not in labels(answer), answer.answer_text


def test_a_figure_of_the_project_is_not_its_parties(qa):
    answer = qa.answer("双极板那个项目投了多少钱？")
    assert not labels(answer) & {GUOCHUANG, JIAOTONG}, answer.answer_text


def test_what_a_named_party_did_not_sign_stays_the_negation_operators(qa):
    answer = qa.answer("大连理工大学没参与的基地项目有哪些？")
    assert BIFEI_BASE in labels(answer) and "高低压电器装备制造产业产教融合实训基地项目" not in labels(answer)


@pytest.mark.parametrize("question, named", [("大连理工", DUT), ("大連理工大學", DUT),
                                            ("Dalian Jiaotong University", "Dalian Jiaotong University")])
def test_a_question_of_names_alone_describes_no_project_and_is_answered(qa, question, named):
    # nothing but a name: no words are left to describe a cooperation, and the reading must not ask the engine
    # about an empty text (a BadQuery reached the home page's widget as a 400); the answer is about the one named
    answer = qa.answer(question)
    assert named in answer.answer_text, answer.answer_text
