"""Round-9 question answering on the real graph: a development set written as a stranger, before any
code was read or run against it (tests/search/qa-dev-round9.jsonl), and the readings its failures
called for, each tested here in other wording than the set's: organisations in a cooperation of each
of two kinds named ("既…又…", "both"), a member figure found by the class it counts in any language
or by the one label its topic opens (and not when the parties of projects are counted), a count asked
by a noun ending in 数, "何许人", a policy document's date by its class word, "什么时候发的", a figure
measuring the industry named, "biggest" as a superlative word, each side of a compared pair counting
its own class, and an English yes/no claim of a value the named entity holds ("national level")."""

import pytest

from tests.search.conftest import HERE
from tests.search.dev_goals import assert_goal, labels, outcomes_of, states

QA_ROUND9 = HERE / "qa-dev-round9.jsonl"


@pytest.fixture(scope="module")
def outcomes(qa):
    return outcomes_of(qa, QA_ROUND9)


def test_the_round9_set_is_large_and_spread(outcomes):
    cases = [case for case, _ in outcomes]
    assert len(cases) >= 120 and sum(c.expect_empty for c in cases) >= 25
    assert {"profile", "list", "multi-hop", "comparison", "superlative", "yes-no", "count", "negation", "two-types",
            "relation", "date", "person", "place", "source", "figure", "unanswerable"} == {c.cls for c in cases}


def test_round9_unanswerable_questions_are_honest(outcomes):
    assert_goal(outcomes, empty=True)


@pytest.mark.parametrize("question, wanted", [
    ("哪些单位同时参与了实训基地类和科技创新类项目", {"大连理工大学", "大连交通大学"}),
    ("which universities joined both tech innovation projects and talent cultivation projects", {"大连理工大学", "大连大学"}),
])
def test_organisations_in_both_kinds_are_the_intersection(qa, question, wanted):
    assert labels(qa.answer(question)) == wanted


@pytest.mark.parametrize("question, value", [
    ("how many research institutions are members of the consortium", 4),
    ("企业数？", 57),
    ("科研机构数", 4),
    ("成员一共几家", 97),
])
def test_a_member_figure_is_found_by_the_class_it_counts(qa, question, value):
    assert states(qa.answer(question), value)


def test_parties_of_projects_are_counted_not_members(qa):
    answer = qa.answer("how many companies took part in the signed projects")
    assert states(answer, 20) and "各类企业" not in labels(answer)


def test_who_someone_is_asked_classically(qa):
    assert "大连职业技术学院" in labels(qa.answer("杨跃权何许人"))


@pytest.mark.parametrize("question, date", [
    ("when was the policy document issued", "2022-12"),
    ("那份政策文件什么时候发的", "2022-12"),
    ("这个报道啥时候发的", "2024-05-17"),
])
def test_a_document_is_dated_by_its_class_word(qa, question, date):
    assert date in qa.answer(question).answer_text


def test_a_figure_measuring_the_industry_named_answers(qa):
    assert states(qa.answer("继续教育培训了多少人次"), 26000)


def test_biggest_is_a_superlative_not_a_topic(qa):
    assert labels(qa.answer("which is the biggest project by number of participants")) == {"大连市数字人才产教融合实训中心合作项目"}


def test_each_side_of_a_compared_pair_counts_its_own_class(qa):
    answer = qa.answer("are there more enterprises or schools among the members")
    assert labels(answer) == {"各类企业"} and states(answer, 17)


@pytest.mark.parametrize("question, verdict", [
    ("is the jinpu consortium a national one", "yes"),
    ("is the jinpu consortium provincial level", "no"),
])
def test_a_claim_of_a_value_the_entity_holds(qa, question, verdict):
    assert qa.answer(question).answer_text.lower().startswith(verdict)
