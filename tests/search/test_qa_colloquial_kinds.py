"""A kind asked in the colloquial word for it is the kind the graph holds: 厂子 is a factory, an enterprise (the
ontology's altLabel), so "牵头的厂子" asks for an enterprise, not for a topic the graph lacks. Wordings of our own, and
a twin whose right answer is empty because the topic beside the kind is not held."""

import pytest

from tests.search.dev_goals import labels

JIAOTONG_FIRMS = {"国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}


@pytest.mark.parametrize("question", ["哪些厂子跟大连交大签了约？", "跟大連交通大學簽約的廠子有哪些"])
def test_a_colloquial_kind_word_asks_for_the_kind(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == JIAOTONG_FIRMS, answer.answer_text


def test_a_colloquial_kind_word_beside_a_topic_not_held_stays_empty(qa):
    answer = qa.answer("哪些厂子跟大连交大搞了航空航天项目？")
    assert not answer.answers, answer.answer_text
