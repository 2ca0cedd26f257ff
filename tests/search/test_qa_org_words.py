"""Kind words strangers use for organisations read as the organisation class or the subclass they name: "outfits",
"entities", "bodies", "orgs", "players", "employers", 主体, 共建单位 are any organisation; "academic institution",
"partner schools", 校方 a school; 科研单位, "research organisations" a research body; a kind with 方 after it ("企业方",
"高校方") the kind itself, read whole, not as 校方 with a stray 高; and 家 after a which- or count-word with no class word
after it counts organisations, not the project whose name ends in 项目 ("…项目一共有几家参与"). The words are the ontology's altLabels
(ontology/chanjiao.ttl), the 方 form search.understand_lexicon's, the 家 count search.understand's. Wordings of our own, in both scripts, colloquial and
lower case, and twins whose right answer is empty: the same words beside a topic, a name or a qualifier the graph
does not hold, and "student body", which is no organisation."""

import pytest

from search.understand_lexicon import Lexicon
from tests.search.dev_goals import labels

JIAOTONG = "大连交通大学"
JIAOTONG_FIRMS = {"国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}
RURAL_COLLEGE_PARTIES = {"大连第一互感器集团", "大连职业技术学院", "普兰店区职教中心"}
RESEARCH_BODIES = {"大连人工智能计算中心", "辽宁省大数据管理与优化决策重点实验室"}

ASKED = [
    ("Which outfits signed with Dalian Jiaotong University?", JIAOTONG_FIRMS),
    ("Which entities partner with Dalian Jiaotong University?", JIAOTONG_FIRMS),
    ("which orgs did dalian jiaotong uni team up with", JIAOTONG_FIRMS),
    ("Which players teamed up with Dalian Jiaotong University?", JIAOTONG_FIRMS),
    ("Which employers signed with Dalian Jiaotong University?", JIAOTONG_FIRMS),
    ("哪些主体跟大连交大签了约？", JIAOTONG_FIRMS),
    ("哪些主體跟大連交大簽了約？", JIAOTONG_FIRMS),
    ("Which academic institution partners with Guochuang Hydrogen Energy?", {JIAOTONG}),
    ("碧菲分离膜那个实践基地，校方是哪家？", {JIAOTONG}),
    ("Which partner schools does GT Dalian Machine Tool have?", {"大连理工大学", "大连职业技术学院"}),
    ("Which research organisations take part in the signed projects?", RESEARCH_BODIES),
    ("车铣镗复合加工中心性能调控这个课题，企业方和高校方分别是谁？", {"大连理工大学", "通用技术集团大连机床有限责任公司"}),
]
COUNTED = [
    "How many entities take part in the Rural Revitalization Industrial College project?",
    "How many outfits are in the rural revitalisation industry college deal?",
    "乡村振兴产业学院项目有几个共建单位？",
    "鄉村振興產業學院項目有幾個共建單位？",
]
BY_MEASURE = [
    ("托幼一体化人才培养基地项目有几家参与?", {"大连市金州区第一幼儿园", "大连职业技术学院"}),
    ("鄉村振興產業學院項目是哪幾家一起建的？", RURAL_COLLEGE_PARTIES),
    ("乡村振兴产业学院项目拢共几家参加啊", RURAL_COLLEGE_PARTIES),
]
EMPTY = [
    "航空航天项目一共有几家参与？",
    "深圳产教联合体项目有几家参与?",
    "Which outfits signed an aerospace project with Dalian Jiaotong University?",
    "哪些主体跟大连交大搞了航空航天项目？",
    "Which entities did Peking University partner with?",
    "Which research outfits did Peking University sign with?",
    "乡村振兴产业学院项目有几个外资共建单位？",
    "签约项目里有哪些外国研究院？",
    "How big is the student body at Dalian Jiaotong University?",
    "How many units does the Shenzhen consortium have?",
    "Which newspaper in Shanghai covered the consortium?",
]


@pytest.mark.parametrize(("question", "expected"), ASKED)
def test_a_kind_word_of_strangers_asks_for_the_kind(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question", COUNTED)
def test_a_kind_word_of_strangers_is_counted(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == RURAL_COLLEGE_PARTIES and "3" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", EMPTY)
def test_a_kind_word_beside_what_the_graph_lacks_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def test_a_side_of_a_kind_is_the_kind_read_whole(real_engine):
    words = Lexicon(real_engine.catalogue).class_words
    assert words["高校方"] == words["高校"] and words["企业方"] == words["企业"]
    assert words["合作方"] == words["单位"]  # a party, never the cooperation 合作 names
    assert "项目方" not in words  # a project is no kind of organisation


def test_organisations_counted_by_their_measure_word(qa):
    assert {question: labels(qa.answer(question)) for question, _ in BY_MEASURE} == dict(BY_MEASURE)
