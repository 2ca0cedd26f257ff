"""A closing bare ask ("…，是哪家？") is put into the indefinite it asks for (search.qa_indefinite.bare_ask_folded) only when
that indefinite is of the kind the ask names: its class word ("是哪所大学"), a person by 位/名 ("是哪位"); with no
kind named, any organisation said indefinitely. An ask of another kind than the indefinite's (a project asked
after "一家企业", a person after "一所学校") is left as it is written: the indefinite's organisation answers none of
it. Wordings of our own, none in a development set."""

import pytest

from search.qa_indefinite import bare_ask_folded
from search.text import normalize
from search.understand import understand


def folded(qa, question: str) -> str:
    text = normalize(question)
    return bare_ask_folded(text, understand(text, qa.lexicon).lang, qa.lexicon, qa.facts.catalogue.ancestors)


@pytest.mark.parametrize("question, asked", [
    ("推进会是在一家企业的厂区里开的，是哪家？", "哪家企业"),
    ("推进会是在一家企业的厂区里开的，是哪家企业？", "哪家企业"),
    ("推进会是在一家企业的厂区里开的，究竟是哪家呢？", "哪家企业"),
    ("听说德太城服跟一所大学签了个思政课的实践基地，是哪所大学？", "哪所大学"),
    ("听说德太城服跟一所大学签了个思政课的实践基地,是哪所?", "哪所大学"),
])
def test_a_bare_ask_of_the_indefinite_kind_is_put_into_it(qa, question, asked):
    assert asked in folded(qa, question)


@pytest.mark.parametrize("question", [
    # a person asked after an organisation said indefinitely: no organisation is the answer
    "推进会是在一家企业的厂区里开的，是哪位？",
    "推进会是在一家企业的厂区里开的，是哪位领导？",
    "听说德太城服跟一所大学签了个思政课的实践基地，是哪名老师牵头？",
    # a project asked after an enterprise said indefinitely
    "听说大连大学跟一家企业签了个协议，是哪个项目？",
])
def test_a_bare_ask_of_another_kind_is_left_as_written(qa, question):
    assert folded(qa, question) == normalize(question)
