"""Round-24 linking of a cooperation described in other words than its name (search.qa_described_cooperation), on the
real graph, in wordings of our own (no dev set's, no calibration phrase's): Chinese, English, traditional script and
colloquial forms. A description of something the graph does not hold links nothing: the answer stays empty."""

from dataclasses import dataclass

import pytest

from search.qa_described_cooperation import DescribedConfig, dominant, renamed
from search.qa_graph import COOPERATION, INDUSTRY
from tests.search.dev_goals import labels

HEYE = "大连河野智能装备有限公司"
DETAI = "大连德泰城市服务集团有限公司"
DUT = "大连理工大学"
CONFIG = DescribedConfig(min_score=0.3, min_lead=0.15)


@dataclass(frozen=True)
class Candidate:
    id: str
    score: float
    root: str


def test_the_nearest_cooperation_leading_clearly_is_linked():
    found = [Candidate("b", 0.12, COOPERATION), Candidate("a", 0.41, COOPERATION), Candidate("i", 0.2, INDUSTRY)]
    assert dominant(found, CONFIG) == [("a", 0.41)]


@pytest.mark.parametrize("found", [
    [Candidate("a", 0.36, COOPERATION), Candidate("b", 0.33, COOPERATION)],  # near another: no lead
    [Candidate("a", 0.24, COOPERATION), Candidate("b", 0.05, COOPERATION)],  # far from everything
    [Candidate("i", 0.6, INDUSTRY), Candidate("a", 0.2, COOPERATION)],  # an industry is nearest: the topic stage's
    [],
])
def test_no_cooperation_is_linked_without_a_clear_lead(found):
    assert dominant(found, CONFIG) == []


def test_a_span_read_as_unheld_is_renamed_by_the_cooperation_it_describes_only():
    linked = {"思政课基地": [("c", 0.5)]}
    never = lambda span: False  # noqa: E731
    assert renamed("民大和谁建了思政课基地", ["思政课基地", "养老基地"], lambda s: linked.get(s, []), lambda iri: "大思政课实践教育基地项目",
                   never) == "民大和谁建了大思政课实践教育基地项目"
    assert renamed("养老基地是谁的", ["养老基地"], lambda s: [], lambda iri: "x", never) is None
    assert renamed("民大和谁建了思政课基地", ["思政课基地"], lambda s: linked.get(s, []), lambda iri: "x", lambda span: True) is None


@pytest.mark.parametrize("question, expected", [
    ("用超声波让零件悬空、减少摩擦的那个搬运台，是哪家企业做的？", HEYE),
    ("交大跟哪家公司一起做那个靠超声波悬浮搬零件的台子？", HEYE),
    ("交大跟哪家公司一起做那個靠超聲波懸浮搬零件的檯子？", HEYE),
    ("思想政治课实践教学基地是民大和哪家企业一起建的", DETAI),
    ("思想政治課實踐教學基地是民大和哪家企業一起建的", DETAI),
    ("查电动车充电故障的那个攻关课题，是哪所大学接的？", DUT),
])
def test_a_cooperation_described_in_other_words_is_answered(qa, question, expected):
    assert expected in labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "养老护理人才培养基地是哪所学校参与的？",
    "Which company built the ultrasonic welding robot with Dalian Jiaotong University?",
    "風電葉片檢測的項目是哪家企業做的？",
    "Which university works on the cold-chain logistics training centre?",
    "网络安全人才培养中心是和哪家企业合作的？",
    "Who developed the photovoltaic panel cleaning robot with DUT?",
    "哪些新能源汽车企业做无人驾驶？",
    "辽宁工业职业学院有哪些合作企业？",
    "Which projects did Dalian Ocean University join?",
])
def test_a_description_of_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert labels(qa.answer(question)) == set()


@pytest.mark.parametrize("question", [
    "金州一幼跟哪所学校合作？",
    "我外甥在金州一幼，那幼儿园和哪个学院一起办的托幼基地？",
    "金州一幼和哪所学校合作建了基地？",
])
def test_a_numbered_kindergarten_called_by_its_ordinal_is_linked(qa, question):
    assert labels(qa.answer(question)) == {"大连职业技术学院"}


@pytest.mark.parametrize("question", ["金州二幼跟哪所学校合作？", "金州一中跟哪所大学合作？"])
def test_another_numbered_school_stays_unheld(qa, question):
    assert labels(qa.answer(question)) == set()
