"""Figures named by the scheme, plan or base they belong to (round 26): wordings written for the figure reading
(search.qa_figure_reader), none in a development set or a calibration set, in both languages, traditional script and
colloquial forms, with the twins whose right answer is empty (a figure the graph does not hold, a figure asked of
another bearer, a measure no figure of the sentence is in).
"""

import pytest

from search.qa_eval import QACase, judge
from search.qa_figure_reader import read_figure
from search.text import normalize
from search.understand import understand


# Wordings the reading misses today (an unheld-looking word, "连着读"; no how-many, "research output count"; the
# description in no sentence citing the figure): kept to show the gap, not fitted.
MISSED = pytest.mark.xfail(reason="the figure reading does not read this wording yet", strict=True)


def figure_read(qa, question: str) -> str:
    """The figure the figure reading reads for ``question`` as the answer states it (empty when it reads nothing)."""
    reading = read_figure(qa.reader, understand(normalize(question), qa.lexicon), question, fits=qa.asked_of.counts)
    return ",".join(qa.facts.figure_text(x, "zh") for x in reading.items) if reading else ""


@pytest.mark.parametrize("question, figure", [
    ("学校接企业的订单开班，那种办法一年能开几个班？", "40"),  # the order plan, named by how it works
    ("企業出單、學校辦班的那個模式，每年組幾個班？", "40"),  # traditional script
    ("How many classes a year does the order-driven training scheme aim to form?", "40"),
    ("Under the order-based scheme, what's the yearly target for classes formed?", "40"),  # a figure's noun asked
    ("For the through-training plan between secondary and higher vocational schools, what's the annual intake?", "1000"),
    pytest.param("中职和高职连着读的那个计划，一年打算招多少学生？", "1000", marks=MISSED),  # the through-training plan, described
    pytest.param("The scheme that lets pupils go straight from secondary to higher vocational school: how many does it take in each year?", "1000", marks=MISSED),
    pytest.param("What's the research output count of the base built with 120 million yuan so far?", "31", marks=MISSED),
    pytest.param("装备制造那个实训基地到现在出了几项科研成果？", "31", marks=MISSED),
])
def test_a_figure_is_read_off_the_sentence_naming_its_scheme(qa, question, figure):
    assert figure in figure_read(qa, question)


@pytest.mark.parametrize("question, figure", [
    ("企業出單、學校辦班的那個模式，每年組幾個班？", "40"),
    ("中职高职连读那个计划每年贯通培养多少人？", "1000"),
    ("听说职院首批定下来的匠苗有几个人？", "12"),
])
def test_the_answer_states_the_figure_read(qa, question, figure):
    assert not judge(QACase(question, (figure,)), qa.answer(question).to_dict())


@pytest.mark.parametrize("question", [
    "订单班的学生每个月补贴多少钱？",  # a figure the graph does not hold of the plan
    "How much does a student pay per year on the through-training scheme?",
    "大连理工大学每年组建多少个订单班？",  # another bearer than the plan's college
    "装备制造实训基地有多少台设备？",  # a measure no figure of the base is in
    "How many spectators watched the signing of the order-based training scheme?",
    "中高职贯通那个计划的毕业生就业率是多少？",  # a share, no figure held
])
def test_a_figure_the_graph_does_not_hold_is_read_nowhere(qa, question):
    assert figure_read(qa, question) == ""
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question", [
    "DUT tops the list of research funding; which university comes second?",  # an entity asked, no figure
    "What majors are the order classes run in?",  # things listed
    "订单班都开在什么专业？",
    "订单班开在哪几个专业？",
    "What trades do the 40 order classes cover?",
    "of the 120 million invested in the base, how much came from the college",  # a part of the figure stated
    "那1.2亿的投资里，学校掏了多少？",
    "實訓基地那1.2億的投資裡，企業出資多少？",  # traditional
    "这些签约项目一共投了多少钱？",  # a sum over a batch, no one figure
    "All the signed projects together: how much investment?",
    "罗克韦尔那个中心花了多少钱？",  # another cooperation than the figure's owner, linked by the first reading
])
def test_no_figure_is_read_for_a_question_asking_no_figure_or_a_part_of_one_stated(qa, question):
    assert figure_read(qa, question) == ""
    assert qa.answer(question).answers == []
