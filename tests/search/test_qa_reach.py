"""What the instances of each class reach (search.qa_reach), made once per graph, the figures' indexes
(search.qa_fact_indexes), and the operators reading them: each table holds what a plain loop over the
real graph gives (the loops here, not the build's), and the negation's universe and positive set and
the owners a superlative of figures ranks are those the scan of every instance gave. Worded unlike
the development sets."""

import pytest

from search.qa_fact_indexes import figures_of, measured, owner_order
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_match import best
from search.understand_lexicon import class_word_spans
from tests.search.spies import calls_of

# Negations of each kind: a class excluded (of cooperations, of organisations, the asked class's own),
# none at all, a kind of cooperation, a named organisation. ("没有企业参加的合作项目有哪些", a class excluded of
# cooperations, is read by search.qa_party_negation before the operators since round 26; its answer is checked
# against a loop over the parties below.)
NEGATIONS = ["哪些高职院校从来没跟企业合作过", "哪些单位没有和大学一起做过项目",
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
    seen = calls_of(monkeypatch, op, "_negated_sets")
    qa.answer(question)
    assert seen and seen[0][1] is not None, question
    (u, negated, orgs), (universe, positive) = seen[0]
    expected = _scanned_sets(op, u, negated, orgs)
    if expected is None:  # no party excluded: a kind of cooperation denied, or taking part in anything at all
        every = op.graph.of_class(u.answer_classes)
        active = {o for o in every if op.graph.cooperations_of.get(o)}
        kinds = [frozenset(op.lexicon.class_words[w]) for _, w in class_word_spans(negated, op.lexicon)]
        denied = frozenset().union(*(k for k in kinds if op._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}))
        expected = (active, {o for o in active if op.graph.cooperations(o, denied)}) if denied else (every, active)
    assert (universe, positive) == expected


def test_figure_indexes_hold_what_a_scan_of_every_figure_gives(qa):
    facts = qa.operators.facts
    owners = list(dict.fromkeys(owner for owner, _ in facts.quantity_owner.values()))
    assert owners
    assert list(owner_order(facts)) == owners
    for owner in owners:
        assert figures_of(facts, owner) == [q for q, (o, _) in facts.quantity_owner.items() if o == owner]
    for key in {k[:2] for k in facts.measures}:
        assert measured(facts, *key) == [(k[2], qs) for k, qs in facts.measures.items() if k[:2] == key]
    for q in facts.quantity_owner:
        owner, link = facts.quantity_owner[q]
        first = next((k for k, qs in facts.measures.items() if q in qs), None)
        found = facts.measures[first] if first and first[:2] == (owner, link) else [q]
        assert facts.versions(q) == sorted(set(found), key=lambda x: (facts.stated.get(x, ("", ""))[0], x), reverse=True)


@pytest.mark.parametrize("question", ["哪个培训计划每年培养人数最多", "which training programme trains the most people each year?"])
def test_owner_extreme_ranks_the_owners_a_scan_of_every_figure_ranked(qa, monkeypatch, question):
    op = qa.operators
    seen = calls_of(monkeypatch, op, "owner_extreme")
    qa.answer(question)
    read = [(form, outcome) for (form,), outcome in seen if outcome is not None]
    assert read, question
    form, outcome = read[0]
    u, f = form.understanding, op.facts
    held: dict[str, list[str]] = {}
    for q, (owner, _) in f.quantity_owner.items():  # every figure, as the operator read them before the index
        if owner in op.graph.of_class(u.answer_classes):
            held.setdefault(owner, []).append(q)
    picks = [best(u, {q: f.quantity_words[q] for q in qs}, {}) for qs in held.values()]
    values = {q: f.figures["zh"][q]["value"] for q, score in filter(None, picks) if score >= 1.0}
    assert outcome.evidence[-1]["derivation"].endswith(
        ", ".join(f"{f.label(f.quantity_owner[q][0])} {v}" for q, v in values.items()))
    assert f"of {len(values)}:" in outcome.evidence[-1]["derivation"]


def test_the_organisations_listed_per_kind_and_class_are_those_filtered_and_sorted_per_question(qa):
    from search.qa_fact_indexes import by_label

    reach, graph, facts = qa.operators.reach, qa.operators.graph, qa.operators.facts
    classes = sorted(set().union(*graph.classes.values()))
    assert any(reach.kinds_listed.values())
    for kind in graph.kinds:
        for cls in classes:
            expected = by_label(facts, graph.in_kind(frozenset({kind}), graph.of_class({cls})))
            assert list(reach.kinds_listed.get((kind, cls), ())) == expected, (kind, cls)


# One kind, one class asked (the build's list), in other words than the dev sets; a class none of whose
# instances takes part in the kind (empty); the most of them (filtered per question, as before).
IN_KIND = ["哪些公司参加过人才培养类的项目？", "which firms were in the talent-training projects",
           "參與過科技創新類項目的大學有哪些", "有几家企业搞过基地类项目啊", "哪些幼儿园参与了科技创新类项目",
           "哪所大学参与的科技创新类项目最多"]


@pytest.mark.parametrize("question", IN_KIND)
def test_an_in_kind_answer_read_off_the_list_is_the_one_filtered_per_question(qa, question, monkeypatch):
    from search.qa_kinds import Kinds

    listed = qa.answer(question).to_dict()
    monkeypatch.setattr(Kinds, "_listed", lambda self, form, kind: None)
    assert listed == qa.answer(question).to_dict()


def test_a_class_excluded_of_cooperations_answers_what_a_loop_over_the_parties_gives(qa):
    """"没有企业参加的合作项目有哪些" (read by search.qa_party_negation before the operators since round 26): the
    projects none of whose parties is an enterprise, as a plain loop over the graph's parties finds them."""
    graph = qa.operators.graph
    enterprise = "https://w3id.org/chanjiao/ontology#Enterprise"
    expected = {c for c in graph.of_class({PROJECT})
                if not any(enterprise in graph.classes.get(p, ()) for p in graph.parties.get(c, ()))}
    answered = {a["id"] for a in qa.answer("没有企业参加的合作项目有哪些").answers}
    assert expected and answered == expected
