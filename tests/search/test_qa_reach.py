"""What the instances of each class reach (search.qa_reach), made once per graph, and the operators
reading it: each table holds what a plain loop over the real graph gives (the loops here, not the
build's), and the negation's universe and positive set are those the scan of every instance gave.
Worded unlike the development sets."""

import pytest

from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.understand_lexicon import class_word_spans

# Negations of each kind: a class excluded (of cooperations, of organisations, the asked class's own),
# none at all, a kind of cooperation, a named organisation.
NEGATIONS = ["没有企业参加的合作项目有哪些", "哪些高职院校从来没跟企业合作过", "哪些单位没有和大学一起做过项目",
             "有哪些企业一个项目都没参加", "哪些企业没参加人才培养类项目", "哪些企业没有和大连理工大学合作",
             "哪些项目没有大连职业技术学院参加"]


def _looped(graph, facts) -> dict[str, dict[str, set[str]]]:
    """Each table of search.qa_reach.Reach, per class, read off the graph one entity at a time."""
    classes = sorted(set().union(*graph.classes.values()))
    organisations = graph.of_class({ORGANIZATION})
    return {
        "with_party": {c: {coop for coop, parties in graph.parties.items()
                           if any(c in graph.classes[p] for p in parties)} for c in classes},
        "taking_part": {c: {x for x in graph.of_class({c}) if graph.cooperations_of.get(x)} for c in classes},
        "partnered": {c: {o for o in organisations if any(c in graph.classes[x] for coop in graph.cooperations_of.get(o, ())
                                                          for x in graph.parties[coop] - {o})} for c in classes},
        "in_kind": {c: {o for o in organisations if graph.cooperations(o, (c,))} for c in classes},
        "placed": {c: {x for x in graph.of_class({c}) if x in facts.located} for c in classes},
    }


def test_each_table_holds_what_a_loop_over_the_graph_gives(qa):
    reach, graph = qa.operators.reach, qa.operators.graph
    for name, expected in _looped(graph, qa.operators.facts).items():
        held = getattr(reach, name)
        assert any(held.values()), name
        for cls, found in expected.items():
            assert set(held.get(cls, ())) == found, (name, cls)


def test_some_tells_one_placed_instance_from_several(qa):
    reach, graph, located = qa.operators.reach, qa.operators.graph, qa.operators.facts.located
    for classes in {frozenset(c) for c in qa.lexicon.class_words.values()}:
        every = [x for x in graph.of_class(classes) if x in located]
        some = reach.some(reach.placed, classes, 2)
        assert len(some) == min(2, len(every)) and set(some) <= set(every), classes
        if len(every) == 1:
            assert some == every


def _scanned_sets(op, u, negated, orgs):
    """The negation's (universe, positive set) as the operator read them from every instance before the tables."""
    graph = op.graph
    excluded_class = op._excluded_class(u, negated)
    kept = op._before_negation(u, negated, orgs)
    orgs = [o for o in orgs if o not in kept]
    excluded = set().union(*(graph.members(o) for o in orgs)) if orgs else set()
    if excluded_class:
        excluded |= graph.of_class(excluded_class)
    universe = graph.of_class(u.answer_classes)
    active = {o for o in universe if graph.cooperations_of.get(o)}
    if not excluded:
        return None  # a kind, or the plain reading: checked by the caller against the active ones
    if op._is(u.answer_classes, COOPERATION):
        universe = universe.intersection(*(graph.cooperations(o) for o in kept))
        return universe, {c for c in universe if graph.parties.get(c, set()) & excluded}
    return active, {o for o in universe if any(graph.parties[c] & (excluded - {o}) for c in graph.cooperations_of.get(o, ()))}


@pytest.mark.parametrize("question", NEGATIONS)
def test_negation_takes_away_what_the_scan_of_every_instance_did(qa, monkeypatch, question):
    op = qa.operators
    seen: list = []
    original = type(op)._negated_sets
    monkeypatch.setattr(type(op), "_negated_sets",
                        lambda self, u, negated, orgs: seen.append((u, negated, orgs, original(self, u, negated, orgs))) or seen[-1][3])
    qa.answer(question)
    assert seen and seen[0][3] is not None, question
    u, negated, orgs, (universe, positive) = seen[0]
    expected = _scanned_sets(op, u, negated, orgs)
    if expected is None:  # no party excluded: a kind of cooperation denied, or taking part in anything at all
        every = op.graph.of_class(u.answer_classes)
        active = {o for o in every if op.graph.cooperations_of.get(o)}
        kinds = [frozenset(op.lexicon.class_words[w]) for _, w in class_word_spans(negated, op.lexicon)]
        denied = frozenset().union(*(k for k in kinds if op._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}))
        expected = (active, {o for o in active if op.graph.cooperations(o, denied)}) if denied else (every, active)
    assert (universe, positive) == expected
