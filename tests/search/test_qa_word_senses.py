"""Round-32 linking of a topic's words one by one by meaning to a named organisation's own cooperations
(search.qa_word_senses), on the real graph, in wordings of our own (no dev set's, no calibration word's): Chinese,
English, traditional script and colloquial forms. A word meaning none of the organisation's cooperations (a trade
the graph lacks) links nothing: the answer stays empty."""

import numpy as np
import pytest

from search.documents import Catalogue
from search.qa_word_senses import SenseConfig, WordSenses
from tests.search.dev_goals import labels

NEV = "新能源汽车充电系统故障快速检测技术攻关项目"
TCM = "现代中药与生物制药高层次应用型人才联合培养项目"
DLU = "大连大学"
TIES_ONLY = SenseConfig(0.6, 0.0)


class Senses(WordSenses):
    """Nearness given per (word, iri): no embedder."""

    def __init__(self, near: dict[tuple[str, str], float], config: SenseConfig = TIES_ONLY):
        super().__init__(Catalogue(docs=(), classes={}, ancestors={}, industry_scope={}, industry_names={}),
                         lambda text: np.zeros(1), config)
        self.near = near

    def nearness(self, word: str, iri: str) -> float:
        return self.near.get((word, iri), 0.0)


def never(word: str, iri: str) -> bool:
    return False


def test_a_word_near_one_cooperation_links_it():
    senses = Senses({("研究", "a"): 0.76, ("研究", "b"): 0.3})
    assert senses.meant(["研究"], ["a", "b"], never) == [("a", 0.76)]


def test_a_word_naming_what_several_share_links_each():
    senses = Senses({("研究", "a"): 0.76, ("研究", "b"): 0.76, ("研究", "c"): 0.2})
    assert {i for i, _ in senses.meant(["研究"], ["a", "b", "c"], never)} == {"a", "b"}


@pytest.mark.parametrize("words", [["养老"], ["研究", "养老"]])
def test_a_word_far_from_every_cooperation_links_none(words):
    senses = Senses({("研究", "a"): 0.76, ("养老", "a"): 0.45})
    assert senses.meant(words, ["a"], never) == []


def test_words_held_as_written_need_no_meaning():
    senses = Senses({})
    assert senses.meant(["charging"], ["a"], lambda w, i: True) == []  # nothing linked by meaning: the topic stage's


@pytest.mark.parametrize("question, expected", [
    ("东风日产大连签的那个项目主要研究什么?", NEV),
    ("東風日產大連簽的那個項目主要研究什麼？", NEV),
    ("东风日产大连那边的项目到底研究个啥", NEV),
    ("Which university is in CSPC Yuanda's talent scheme?", DLU),
])
def test_a_word_meaning_the_organisations_own_cooperation_is_answered(qa, question, expected):
    answer = qa.answer(question)
    assert expected in labels(answer) or expected in answer.answer_text


@pytest.mark.parametrize("question", [
    "东风日产大连在养老护理上和哪所学校合作?",
    "東風日產大連在養老護理上和哪所學校合作？",
    "Which school does Dongfeng Nissan Dalian work with on shipbuilding?",
    "石药远大在芯片方面找的哪所大学?",
    "冰山松洋搞无人机研究找的谁?",
    "德泰城市服务在物流上跟哪所学校合作?",
    "东风日产大连的项目都是哪些专业的学生在做?",  # a noun a which-word asks for describes no cooperation
])
def test_a_word_meaning_none_of_its_cooperations_stays_empty(qa, question):
    assert labels(qa.answer(question)) == set()


@pytest.mark.parametrize("question, expected", [
    ("大連職院的育人項目有哪些?", {"开源鸿蒙人才培养中心项目", "金普新区托幼一体化人才培养基地项目"}),
    ("大连职院的育人项目是跟哪家幼儿园合作的?", {"大连市金州区第一幼儿园"}),
])
def test_a_span_meaning_a_project_category_is_read_as_it(qa, question, expected):
    assert expected <= labels(qa.answer(question))  # search.qa_vocabulary.TermWords.categorised


@pytest.mark.parametrize("question", ["大连理工的扶贫项目有几个?", "交大的绿化项目是跟谁签的?", "Which of DUT's charity projects has a kindergarten?"])
def test_a_span_meaning_no_category_stays_unheld(qa, question):
    assert labels(qa.answer(question)) == set()
