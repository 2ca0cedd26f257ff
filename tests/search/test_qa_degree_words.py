"""这么, 那么 (so, that much), 要么 (either) and 多么 (how very) ask nothing: a clause holding them and no question word
is declarative, so "…我笔记上是这么记的。" is the asker's frame and "那么多项目里…" asks by its own words
(search.qa_headings.ZH_ASKING, read by search.qa_frame.clause_asks); 么 as a particle or in 什么, 怎么 still asks.
Nor are 这么多, 那么多 a topic (search.wording.FILLER_WORDS: a degree, as 好多).
Wordings of our own, with a verdict twin whose right answer is "no"."""

import pytest

from search.qa_frame import clause_asks
from tests.search.dev_goals import labels


@pytest.mark.parametrize("clause", ["我这份PPT上是这么写的", "材料里就是那么说的", "要么是大工要么是职院", "这个基地多么重要",
                                    "我笔记上是这么记的"])
def test_a_degree_word_asks_nothing(clause):
    assert not clause_asks(clause)


@pytest.mark.parametrize("clause", ["是这样么", "他们怎么合作的", "签了什么项目", "那么多项目里哪个最早"])
def test_a_question_word_still_asks(clause):
    assert clause_asks(clause)


@pytest.mark.parametrize(("question", "verdict"), [
    ("碧菲分离膜是跟大连交通大学合作的吗?我笔记上是这么记的。", "是"),
    ("碧菲分离膜是跟大连理工大学合作的吗?我笔记上是这么记的。", "否"),
    # a Latin word in the asker's clause (Excel) is the asker's, not an unheld name the question is about
    ("东风日产跟大连理工一起搞充电检测吗?我那份Excel里是这么记的。", "是"),
    ("国创氢能跟大连理工合作过吗?我那份Excel里是那么记的。", "否"),
    ("大连大学有那么多合作企业吗?", "是"),  # a degree, no topic ("图谱没有记载大连大学与“那么多”有关的信息")
])
def test_a_verdict_with_a_degree_word_after_it_is_answered(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)


@pytest.mark.parametrize(("question", "asked"), [
    ("这么多项目里,大连民族大学参与了哪几个?", {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目"}),
    ("那么多签约项目里,大连海事大学参与了哪几个?", {"大连市数字人才产教融合实训中心合作项目"}),
    ("这么多项目里,北京大学参与了哪几个?", set()),  # an unheld name: empty
    ("深圳职业技术大学有那么多合作企业吗?", set()),
])
def test_a_degree_word_is_no_topic(qa, question, asked):
    assert labels(qa.answer(question)) == asked
