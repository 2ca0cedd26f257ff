"""Round-10 question answering on the real graph: a development set written as a stranger, before the
answering code was read or run against it (tests/search/qa-dev-round10.jsonl), and the readings its
failures called for, each tested here in other wording than the set's: colloquial words that name
nothing and must never become the topic (沾边, 挂钩, 打算, 这次), a news report as the article, what
someone thinks of a thing as what they said, a person's own organisation said with a pronoun
("他们公司"), and the parts of a whole asked as 哪些部分."""

import pytest

from search.text import normalize
from tests.search.conftest import HERE
from tests.search.dev_goals import labels, outcomes_of

QA_ROUND10 = HERE / "qa-dev-round10.jsonl"


@pytest.fixture(scope="module")
def outcomes(qa):
    return outcomes_of(qa, QA_ROUND10)


def test_the_round10_set_is_large_and_spread(outcomes):
    cases = [case for case, _ in outcomes]
    assert len(cases) >= 120 and sum(c.expect_empty for c in cases) >= 15
    assert {"profile", "list", "multi-hop", "comparison", "superlative", "yes-no", "count", "negation", "two-types",
            "relation", "date", "person", "place", "figure", "unanswerable"} <= {c.cls for c in cases}


def _has(answer, *parts: str) -> bool:
    """Whether every part is in an answer's labels or its text."""
    said = " ".join([normalize(answer.answer_text), *map(normalize, labels(answer))])
    return all(normalize(p) in said for p in parts)


@pytest.mark.parametrize("question, parts", [
    ("跟生物医药沾边的项目是哪个", ("现代中药",)),
    ("和氢能挂钩的项目是哪个", ("双极板",)),
    ("本次签约的高校有哪些", ("大连理工大学", "大连交通大学")),
    ("大连职院打算实施哪些计划", ("兴辽未来工匠", "订单培养")),
])
def test_colloquial_words_naming_nothing_are_no_topic(qa, question, parts):
    assert _has(qa.answer(question), *parts)


def test_a_news_report_is_the_article(qa):
    assert "2024-05-17" in qa.answer("该报道什么时候发表的").answer_text
    assert _has(qa.answer("who reported the story"), "郑鸿", "杜树泽")


def test_what_someone_thinks_of_a_thing_is_what_they_said(qa):
    assert _has(qa.answer("杨跃权如何评价产教联合体"), "订单服务")


def test_a_persons_organisation_said_with_a_pronoun(qa):
    assert _has(qa.answer("董建军他们公司参与了哪些项目"), "车铣镗")


def test_the_parts_of_a_whole_are_its_classes(qa):
    assert _has(qa.answer("联合体的成员单位包括哪些部分"), "各类企业", "科研机构", "政府部门")
