"""A kind of project named by one word of it with a word for a kind (search.kind_mentions): "the innovation
category", "R&D side", 研发类, 培养人才那一类, 基地那几个 read as the kind, in both scripts; a word of no kind
(aerospace, 航天) or of two kinds (training: talent training, training base) names none. Worded unlike the
development sets."""

import pytest

from search.documents import CJ
from search.kind_mentions import kind_mentions
from tests.search.dev_goals import labels, states

TECH, TALENT, BASE = (f"{CJ}{n}" for n in ("TechInnovationProject", "TalentCultivationProject", "TrainingBaseProject"))
KINDS = {TECH: ("科技创新类项目", "科创项目", "研发项目", "Technological innovation project", "R&D project"),
         TALENT: ("人才培养类项目", "Talent cultivation project", "talent training project"),
         BASE: ("实训基地类项目", "基地项目", "Training-base project", "base project")}
UNIVERSITIES = {"大连交通大学", "大连大学", "大连理工大学"}
TALENT_PROJECTS = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目", "开源鸿蒙人才培养中心项目",
                   "现代中药与生物制药高层次应用型人才联合培养项目", "金普新区托幼一体化人才培养基地项目"}


@pytest.mark.parametrize("mention, kind", [
    ("研发类", TECH), ("创新这一类", TECH), ("科创那几个", TECH), ("innovation category", TECH), ("r&d side", TECH),
    ("培养人才那一类", TALENT), ("人才类", TALENT), ("cultivation kind", TALENT), ("talent side", TALENT),
    ("基地那几个", BASE), ("实训类", BASE), ("base category", BASE),
])
def test_a_word_of_one_kind_with_a_word_for_a_kind_names_it(mention, kind):
    assert dict(kind_mentions(KINDS))[mention] == kind


@pytest.mark.parametrize("mention", ["航天类", "aerospace category", "training category", "项目类", "project side",
                                     "研发", "innovation", "基地"])
def test_a_word_of_no_kind_or_of_two_names_none(mention):
    assert mention not in dict(kind_mentions(KINDS))


@pytest.mark.parametrize("word", ["航天类", "aerospace category", "航太類", "食品那一类", "space side"])
def test_the_real_lexicon_holds_no_kind_the_graph_lacks(qa, word):
    assert word not in qa.lexicon.class_words


@pytest.mark.parametrize("question", [
    "Which universities are in the innovation category?",
    "哪些大学参与了研发类的签约？",
    "研發類簽約有哪些大學參與？",
])
def test_universities_of_the_innovation_kind(qa, question):
    assert labels(qa.answer(question)) == UNIVERSITIES


@pytest.mark.parametrize("question, count", [
    ("How many projects are on the R&D side?", 5),
    ("研發類的項目有幾個？", 5),
    ("基地那几个项目一共几个？", 6),
])
def test_a_kind_counted(qa, question, count):
    assert states(qa.answer(question), count)


@pytest.mark.parametrize("question", ["培养人才那一类有哪些项目？", "List the talent side deals.", "培養人才那一類有哪些項目？"])
def test_the_projects_of_the_talent_kind(qa, question):
    assert labels(qa.answer(question)) == TALENT_PROJECTS
