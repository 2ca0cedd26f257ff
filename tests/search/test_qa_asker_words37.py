"""The asker's own words kept as topics the graph must hold (round 37): a verb of co-signing (合签, 联签), the words of
a profile asked by the part one plays ("扮演啥角色") once the reading applied the profile, how long or how often the
asker did something ("我数了半天", "我找了好久") ending the asker's verb chain, a verb of lending a hand to a cooperation
(出力, 助力) and a verb of being employed (供职) ask about nothing the graph lacks, nor does a base whose name is asked
("那个基地叫啥": which base, no person); a topic beside them ("航空航天"), another relation (出资, funding) and an
attribute ("员工") still empty the answer. The wordings are our own (none in a dev set): simplified and traditional
script, and English where the rule has an English side; each answerable shape has an empty twin."""

from __future__ import annotations

import pytest

from search.qa_verbs import asker_word, frame_word
from tests.search.dev_goals import labels


@pytest.mark.parametrize("word", ["扮演", "角色", "role", "roles"])
def test_the_words_of_a_profile_asked_by_its_part_name_the_operator(word):
    assert frame_word(word, ["profile"]) == "operator"
    assert frame_word(word, ["count"]) is None  # no profile read: the word is something else asked


@pytest.mark.parametrize("word", ["出力", "助力", "出力的"])
def test_lending_a_hand_to_a_cooperation_is_taking_part(word):
    assert frame_word(word) == "verb"


@pytest.mark.parametrize("word", ["出资", "投资", "funded"])
def test_putting_money_in_is_another_relation(word):
    assert frame_word(word) is None


@pytest.mark.parametrize("word, question", [
    ("半天", "我翻了半天人才培养类的签约项目,到底是几个?"),
    ("好久", "我查了好久大连海事大学的项目,它跟谁合作?"),
    ("下午", "我找了一下午，碧菲分离膜跟哪所大学合作？"),
    ("好几遍", "我看了好几遍原文,大连大学签了几个项目?"),
    ("半天", "我數了半天技術攻關類的項目,一共幾個?"),  # traditional script, as the tagger reads it
])
def test_how_long_or_often_the_asker_did_it_ends_their_verb_chain(word, question):
    assert asker_word(word, question)


@pytest.mark.parametrize("word, question", [
    ("科创", "我数了半天科创类的签约项目,一共几个?"),  # after the complement: what is counted
    ("半天", "大连交通大学数了半天,签了几个项目?"),  # no asker: a name's doing
    ("航空航天", "我找了好久航空航天的项目,有几个?"),
])
def test_what_follows_the_askers_complement_is_no_askers_word(word, question):
    assert not asker_word(word, question)


ASKED = [
    # a profile asked by the part one plays, the source pointed at, and what it signed
    ("稿子里碧菲分离膜扮演了什么角色，它签了哪个项目？", "产教融合实习实践基地项目"),
    ("報道裡大連三友電器扮演啥角色？簽了哪個項目？", "高低压电器装备制造产业产教融合实训基地项目"),  # traditional script
    # how long the asker looked, before what is asked
    ("我數了半天技術攻關那一類的簽約項目,一共幾個?", "卧式车铣镗复合加工中心性能调控技术攻关项目"),
    ("我找了好久技术攻关那一类的签约项目,到底有几个?", "辽宁省压缩机专业技术创新中心项目"),
    # lending a hand
    ("辽宁省乡村振兴产业学院项目里出力的企业是哪家？", "大连第一互感器集团"),
    ("鄉村振興產業學院那邊出力的學校有哪些？", "普兰店区职教中心"),
    # employed
    ("董建军在哪儿供职？", "通用技术集团大连机床有限责任公司"),
    # co-signing, with someone unnamed ("跟人合签": the relation read, no topic 人合 left behind)
    ("碧菲分离膜跟人合签了哪个项目?", "产教融合实习实践基地项目"),
    ("三友電器和人聯簽的是甚麼項目？", "高低压电器装备制造产业产教融合实训基地项目"),
    ("Which project did Sanyou co-sign?", "高低压电器装备制造产业产教融合实训基地项目"),
    # the name of a base asked, no person's: which base the two built
    ("碧菲分离膜跟大连交通大学建的那个基地叫什么?", "产教融合实习实践基地项目"),
    ("碧菲分離膜和大連交通大學搞的那個基地叫啥名字?", "产教融合实习实践基地项目"),
]


@pytest.mark.parametrize("question, expected", ASKED)
def test_the_askers_own_words_leave_the_answer(qa, question, expected):
    assert expected in labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "稿子里碧菲分离膜扮演了什么角色，它签了哪个航空航天项目？",  # a topic the graph lacks beside the profile words
    "我数了半天，大连交通大学签了几个航空航天的项目？",
    "哪些企业为航空航天项目出力？",
    "辽宁省乡村振兴产业学院项目里出资的企业是哪家？",  # funding: a relation the reading does not read
    "碧菲分离膜跟人合签了哪个航空航天项目?",
    "碧菲分离膜跟大连交通大学建的那个航空航天基地叫什么?",
    "碧菲分离膜跟大连医科大学建的那个基地叫什么?",  # no base the two share
    "碧菲分离膜那个基地的负责人叫什么?",  # a person asked, whom the graph does not name
    "张三在哪儿供职？",  # a person the graph lacks
    "董建军供职的企业有多少员工？",  # an attribute the graph does not hold
])
def test_the_empty_twins_still_refuse(qa, question):
    assert qa.answer(question).answers == []
