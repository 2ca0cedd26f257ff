"""Round-28 cooperation mode as a restriction, on the real graph, worded apart from the development cases, in both
languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- a mode the graph holds (cj:cooperationMode: 合作研发 / joint R&D, 共建 / co-construction) named in the question
  restricts the projects asked, listed or counted, an organisation's too (search.qa_mode);
- a mode denied or set against another ("不是合作研发而是共建的") keeps the projects of the other mode;
- "the odd one out" of a named set is its one member whose mode differs from every other member's;
- each answer cites the sentence stating its mode; a mode word the graph does not hold (PPP, 外包) restricts nothing.
"""

import pytest

from tests.search.dev_goals import cites, labels

MACHINING, NEV = "卧式车铣镗复合加工中心性能调控技术攻关项目", "新能源汽车充电系统故障快速检测技术攻关项目"
ULTRASONIC, PEMFC = "超声悬浮精密零件减摩搬运工作台研制项目", "质子交换膜燃料电池金属石墨复合双极板开发项目"
RD = {MACHINING, NEV, ULTRASONIC, PEMFC}
MEMBRANE, COMPRESSOR = "产教融合实习实践基地项目", "辽宁省压缩机专业技术创新中心项目"

EXACTLY = [
    ("哪些项目是合作研发的？", RD),
    ("哪几个签约项目属于合作研发？", RD),
    ("哪些項目是合作研發的？", RD),
    ("搞研发的是哪几个项目", RD),
    ("Which of the signed projects are joint R&D?", RD),
    ("Which projects were co-developed?", RD),
    ("大工的项目里哪些是合作研发的？", {MACHINING, NEV}),
    ("Which of DUT's projects were jointly researched?", {MACHINING, NEV}),
    ("交大那三个项目，两个是合作研发，剩下那个是哪个？", {MEMBRANE}),
    ("Of Jiaotong's projects, two are joint R&D. Which one is the odd one out?", {MEMBRANE}),
    ("交大的项目里，不是合作研发而是共建的那个是哪个？", {MEMBRANE}),
    ("科技创新类项目里唯独有一项写的是共建，是哪个？", {COMPRESSOR}),
    ("科創類項目裡，哪個不是合作研發而是共建的？", {COMPRESSOR}),
    ("Among the tech innovation projects, which one was co-built rather than jointly researched?", {COMPRESSOR}),
    ("交大的三个项目大都是合作研发，有一个例外，是哪个？", {MEMBRANE}),
    # the odd one's party of the kind asked
    ("交大那三个项目，两个是合作研发，剩下那个的合作企业是哪家？", {MEMBRANE, "碧菲分离膜(大连)有限公司"}),
]

# ... and look-alikes whose right answer is empty
EMPTY = [
    "哪些项目是PPP模式的？",  # a mode the graph does not hold
    "哪些项目是外包的？",
    "Which projects were outsourced?",
    "大连海事大学的项目里哪些是合作研发的？",  # its one project is co-construction
    "Which of Dalian Maritime University's projects are joint R&D?",
    "大职院有哪些合作研发项目？",
    "人才培养类项目里哪些是合作研发的？",  # every one is co-construction
    "大连民族大学的项目里，不是共建的有哪些？",
    "哪些合作研发项目有华为参与？",  # a name the graph does not hold
    # no odd one: the premise fails
    "大工的项目里唯独有一项是合作研发，那项的企业是谁？",  # two of six are
    "交大的项目里唯独有一项是合作研发，是哪个？",  # two of three are
    "大连海事大学的项目里唯独有一项是合作研发，是哪个？",  # its one project is co-construction
    "人才培养类项目里唯独有一项是合作研发，那项的企业是谁？",  # none is
]


@pytest.mark.parametrize("question, must", [*EXACTLY, *((q, set()) for q in EMPTY)])
def test_a_mode_named_restricts_the_projects(qa, question, must):
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


@pytest.mark.parametrize("question, number", [
    ("合作研发的项目一共几个？", "4"),
    ("大连理工大学有几个项目是合作研发的", "2"),
    ("How many of the deals were joint R&D?", "4"),
    ("交大的项目中不是合作研发的有几个？", "1"),
    ("共建的项目有多少个？", "12"),
])
def test_a_mode_named_restricts_a_count(qa, question, number):
    answer = qa.answer(question)
    assert number in answer.answer_text and len(answer.answers) == int(number), answer.answer_text


def test_each_answer_cites_the_sentence_stating_its_mode(qa):
    answer = qa.answer("交大的项目里哪些是合作研发的？")
    assert labels(answer) == {ULTRASONIC, PEMFC}
    assert cites(answer, "合作研发 joint research") or cites(answer, "合作方式")
