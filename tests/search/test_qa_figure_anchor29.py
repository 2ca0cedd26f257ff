"""Round-29 a stated figure anchors its owner, on the real graph, worded apart from the development cases, in both
languages, traditional script and Chinese numerals (一亿两千万, 一点二亿), with look-alikes whose right answer is
empty:

- a topic that is a figure the question states and nothing else ("那1.2亿", "the 120 million") names the cooperation
  whose stated figure it is (search.qa_figure_anchor), not the passage nearest in meaning;
- a figure the graph states of nothing names nothing: no answer, every party of the graph least of all.
"""

import pytest

from search.qa_figure_anchor import FigureOwners
from search.qa_values import numbers_in
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels

BASE = "https://w3id.org/chanjiao/id/project/liaoning-equipment-manufacturing-training-base"
COLLEGE, MAKER = "大连职业技术学院", "通用技术集团大连机床有限责任公司"

ANCHORED = [
    ("那1.2亿是谁跟谁合伙出的？", {COLLEGE, MAKER}),
    ("那一亿两千万是哪两家掏的", {COLLEGE, MAKER}),
    ("一点二亿是谁和谁一起投的", {COLLEGE, MAKER}),
    ("那筆1.2億元是哪兩家出的？", {COLLEGE, MAKER}),
    ("Who put up the 120 million?", {COLLEGE, MAKER}),
    ("1.2亿元是哪所学校出的", {COLLEGE}),
    ("The 120 million yuan, which college put it in?", {COLLEGE}),
    ("那2800余个是谁给的", {COLLEGE, MAKER}),  # a count stated of the same base
]

# ... and look-alikes whose right answer is empty: amounts the graph states of nothing
EMPTY = [
    "那3亿是谁投的",
    "那3亿是哪两家一起投的？",
    "那五千万是哪两家出的？",
    "那一亿是谁投的",
    "那1.5億是哪兩家出的？",
    "Who put up the 300 million?",
    "The 50 million yuan, which college put it in?",
    "那两千万是哪所学校出的",
]


@pytest.mark.parametrize("question, must", ANCHORED)
def test_a_stated_figure_anchors_its_owner(qa, question, must):
    assert qa.anchors(qa._placeless(understand(normalize(question), qa.lexicon))) == [(BASE, 1.0)]
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


@pytest.mark.parametrize("question", EMPTY)
def test_a_figure_the_graph_does_not_state_names_nothing(qa, question):
    assert qa.anchors(qa._placeless(understand(normalize(question), qa.lexicon))) == []
    assert labels(answer := qa.answer(question)) == set(), answer.answer_text


@pytest.mark.parametrize("question", [
    "注册资金有几千万？",  # 几 asks: no figure stated
    "5G通信方面有哪些合作？",  # a figure of a name, no topic of its own
    "砸了一个多亿建装备制造实训基地的,是哪家企业搭哪所学校?",  # an amount said roughly asks, as before
])
def test_no_figure_alone_reads_the_topic_as_before(qa, question):
    figures = FigureOwners.of(qa.facts, lambda o: True)
    assert figures.alone(qa._placeless(understand(normalize(question), qa.lexicon))) is None


@pytest.mark.parametrize("text, value", [("the 120 million yuan", 120000000), ("一亿两千万", 120000000),
                                         ("26,000 trainee sessions", 26000)])
def test_an_amount_is_read_whole_in_any_written_form(text, value):
    assert value in numbers_in(text)
