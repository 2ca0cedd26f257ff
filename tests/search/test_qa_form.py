"""The operators decide from the logical form, on the real graph: the form read off a question holds
each operator's cue and the parts it works on, and a form given an operator its words do not call
for is answered by that operator (one taken away is not), so no operator re-reads the question."""

from dataclasses import replace


from search.qa_graph import COOPERATION, ORGANIZATION
from search.qa_operator_order import READINGS
from search.qa_operators import Operators
from search.text import normalize
from search.understand import understand

PAIR = "大连理工大学和大连交通大学参与了哪些项目？"  # no comparison, no verdict asked


def form_of(qa, question):
    return qa.form(understand(normalize(question), qa.lexicon))


def test_a_comparison_the_form_holds_is_answered_as_one_without_its_words(qa):
    form = form_of(qa, PAIR)
    assert not {"compare", "fewer", "yes/no"} & form.operators
    shared = qa.operators.apply(form)
    assert shared is not None and not any("derivation" in e for e in shared.evidence)
    more = qa.operators.apply(replace(form, operators=form.operators | {"compare"}))
    fewer = qa.operators.apply(replace(form, operators=form.operators | {"compare", "fewer"}))
    assert "更多" in more.text and "更少" in fewer.text and more.answers != fewer.answers
    assert {e["derivation"] for e in more.evidence if "derivation" in e} == {"count 6", "count 3"}


def test_a_verdict_the_form_holds_opens_the_answer_with_yes_or_no(qa):
    form = form_of(qa, PAIR)
    verdict = qa.operators.apply(replace(form, operators=form.operators | {"yes/no"}))
    assert verdict.text.startswith(("是。", "否。"))


def test_a_negation_taken_out_of_the_form_leaves_the_positive_question(qa):
    form = form_of(qa, "有哪些项目一所大学都没参与？")
    assert "negation" in form.operators and form.negated is not None
    complement = qa.operators.apply(form)
    assert complement is not None and all("derivation" in e for e in complement.evidence)
    # the positive question: the projects with a university taking part (qa_with_party), none of the complement's
    positive = qa.operators.apply(replace(form, operators=form.operators - {"negation"}, negated=None))
    assert positive is not None and positive.answers
    assert not {a["id"] for a in positive.answers} & {a["id"] for a in complement.answers}


def test_the_form_holds_the_hops_the_exception_and_the_asked_classes(qa):
    chained = form_of(qa, "和东风日产合作的学校还和哪些企业合作？")
    assert "hops" in chained.operators and chained.hops.others
    assert qa.operators._is(chained.hops.first, ORGANIZATION) and qa.operators._is(chained.hops.second, ORGANIZATION)
    assert chained.hops.first != chained.hops.second
    besides = form_of(qa, "除了大连理工大学，还有哪些大学参与了项目？")
    assert "except" in besides.operators and len(besides.excepted) == 1
    two = form_of(qa, "双极板项目是哪家企业和哪所大学搞的？")
    assert "two types" in two.operators and len(two.asked) == 2
    hop_into_projects = form_of(qa, "跟大连理工大学合作的企业参与了哪些项目？")
    assert hop_into_projects.hops is not None and not hop_into_projects.hops.others
    assert qa.operators._is(hop_into_projects.hops.second, COOPERATION)


# The class words a question asks for past a modifier or a partitive (one reader: qa_cues.ASKED_MODIFIER), and
# a comparison's own words, which ask for no class ("which has more projects" asks which organisation).
ASKED_THROUGH_MODIFIERS = [
    ("which machine-tool company and which college paid for the training base?", ("company", "college")),
    ("Which hydrogen company works with Dalian Jiaotong University?", ("company",)),
    ("Which of the companies took part in the training base?", ("companies",)),
    ("哪家城市服务企业参与了大思政课实践教育基地？", ("企业",)),
    ("Which has more projects, Dalian Vocational & Technical College or Dalian University?", ()),
    ("哪家参与了大学的项目？", ()),
]


def test_the_form_asks_the_class_word_past_a_modifier_and_no_word_of_a_comparison(qa):
    for question, asked in ASKED_THROUGH_MODIFIERS:
        assert form_of(qa, question).asked == asked, question


def test_every_reading_in_the_order_is_an_operator_tried_once():
    assert len(set(READINGS)) == len(READINGS)
    assert all(callable(getattr(Operators, name, None)) for name in READINGS)
