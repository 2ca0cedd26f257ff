"""Round-31 organisations described by what they make, the trade written just before the asked kind word ("哪家做互感器
的企业", "which instrument-transformer maker"), on the real graph, in wordings of no development set: an organisation of
that industry answers whatever its cooperation's industry (search.qa_planners.made_anchors, search.qa_index), in
simplified and traditional Chinese and English. Empty twins: a maker that does not take part with the named partner,
and a trade the graph holds for no organisation, answer nothing."""

import pytest

from tests.search.dev_goals import labels

TRANSFORMERS = "大连第一互感器集团"


@pytest.mark.parametrize("question, expected", [
    ("大连职业技术学院和哪家做互感器的企业合作了?", {TRANSFORMERS}),
    ("Which instrument-transformer maker works with Dalian Vocational & Technical College?", {TRANSFORMERS}),
    ("大連職業技術學院跟哪家互感器公司合作?", {TRANSFORMERS}),
    ("哪家做互感器的企业参与了乡村振兴产业学院?", {TRANSFORMERS}),
    ("Which compressor maker signed with Dalian University?", {"冰山松洋压缩机(大连)有限公司"}),
])
def test_a_maker_answers_by_its_own_trade(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "哪家做互感器的企业和大连理工大学合作?",  # the maker has no cooperation with it
    "Which instrument-transformer maker works with Dalian Jiaotong University?",
    "大連交通大學跟哪家互感器公司合作?",
    "大连大学和哪家做光伏的企业合作了?",  # a trade the graph holds for no organisation
    "Which solar-panel maker works with Dalian University?",
])
def test_a_maker_not_taking_part_or_not_held_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
