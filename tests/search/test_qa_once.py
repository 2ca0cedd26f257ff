"""Work an answer does once (search.qa_memo) and the rankings that order only what they list (search.qa_plans),
without a graph: a memoised step is computed once per answer and arguments, never kept from one answer to the
next nor seen by another thread's answer; a plan's answers are the first of the full ordering, counted whole."""

import random
import threading

import pytest

from search.qa_memo import once, one_answer
from search.qa_plans import Plan


@pytest.fixture
def counted():
    calls: list[str] = []

    @once
    def step(text: str) -> tuple[str, ...]:
        calls.append(text)
        return tuple(text)

    return step, calls


def test_a_step_is_computed_once_per_answer_and_arguments(counted):
    step, calls = counted
    with one_answer():
        assert step("大連理工") == step("大連理工") == tuple("大連理工")
        step("dalian ligong")
        with one_answer():  # a sub-question's answer shares the asking answer's memo
            step("大連理工")
    assert calls == ["大連理工", "dalian ligong"]


def test_nothing_is_kept_from_one_answer_to_the_next(counted):
    step, calls = counted
    for _ in range(2):
        with one_answer():
            step("哪些企业参与了人才培养项目？")
    assert calls == ["哪些企业参与了人才培养项目？"] * 2


def test_outside_an_answer_and_with_keywords_the_step_runs_each_time(counted):
    step, calls = counted
    step("氢能"), step("氢能")
    with one_answer():
        step(text="氢能"), step(text="氢能")
    assert calls == ["氢能"] * 4


def test_another_threads_answer_sees_nothing_of_this_ones(counted):
    step, calls = counted
    with one_answer():
        step("大交大")
        seen = threading.Thread(target=lambda: step("大交大"))
        seen.start(), seen.join()
        step("大交大")
    assert calls == ["大交大", "大交大"]


def _reference(plan: Plan, support: dict[str, set], by_label) -> tuple[int, list[str]]:
    """The ordering before only the listed ones were ordered: every answer sorted, then cut."""
    ranked = sorted(support, key=lambda a: (-len(support[a]), by_label(a)))
    if plan.most and ranked:
        floor = len(support[ranked[min(plan.most_n, len(ranked)) - 1]])
        ranked = [a for a in ranked if len(support[a]) >= floor]
    if plan.most and ranked and plan.most_rank > 1:
        levels = sorted({len(support[a]) for a in support}, reverse=True)
        if plan.most_rank > len(levels):
            return 0, []  # a place past the last level answers nothing (search.qa_plans)
        ranked = [a for a in sorted(support, key=by_label) if len(support[a]) == levels[plan.most_rank - 1]]
    return len(ranked), ranked


@pytest.mark.parametrize("most, most_n, most_rank", [(False, 1, 1), (True, 1, 1), (True, 2, 1), (True, 3, 1),
                                                      (True, 1, 2), (True, 1, 3), (True, 40, 1), (True, 1, 40)])
@pytest.mark.parametrize("seed", range(4))
def test_the_answers_listed_are_the_first_of_the_whole_ordering(most, most_n, most_rank, seed):
    rng = random.Random(seed)
    labels = ["大连理工大学", "大連理工大學", "dalian university", "大连交大", "東風日產", "企业", "", "大连职院"]
    support = {f"https://w3id.org/chanjiao/org/{i}": {(j, None) for j in range(rng.randint(1, 6))} for i in range(60)}
    label = {a: f"{rng.choice(labels)}{rng.randint(0, 9)}" for a in support}

    def by_label(a):
        return label[a], a

    plan = Plan(sparql="", most=most, most_n=most_n, most_rank=most_rank)
    total, ranked = plan._ranked(support, by_label, 12)
    expected_total, expected = _reference(plan, support, by_label)
    assert total == expected_total
    assert ranked[:12] == expected[:12]


def test_no_support_lists_nothing():
    assert Plan(sparql="")._ranked({}, str, 50) == (0, [])
    assert Plan(sparql="", most=True)._ranked({}, str, 50) == (0, [])
