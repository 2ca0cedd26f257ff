"""Round-34 linking: the other side of a comparison named by a word of its name alone ("the maritime one", "the
Minzu one", "海事那所") is linked by one stage (search.qa_mention_link: the top entity of the named side's kind by
lexical search, when it leads every other entity by the fitted margin), on the real graph, each worded apart from the
development cases the margin was fitted on (bench/qa-mention-link-calibration.jsonl), with twins whose right answer
is empty: a side named by a place or a name the graph does not hold is still refused (search.qa_scope), and a word of
no held university's name links nothing.
"""

import pytest

from search.qa_config import DEFAULT_CONFIG
from search.qa_mention_link import MentionLinker, side_kinds
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels

DALIAN_UNIVERSITY, MARITIME, MINZU, DUT, MEDICAL = "大连大学", "大连海事大学", "大连民族大学", "大连理工大学", "大连医科大学"


@pytest.fixture(scope="module")
def linker(real_engine):
    return MentionLinker(real_engine, DEFAULT_CONFIG.mention_min_score, DEFAULT_CONFIG.mention_min_margin)


@pytest.mark.parametrize("question, sides, winner", [
    ("Which of the two took part in more signed projects: the maritime one or Dalian University?", {MARITIME, DALIAN_UNIVERSITY}, DALIAN_UNIVERSITY),
    ("Dalian University or the Minzu one: which signed more projects?", {MINZU, DALIAN_UNIVERSITY}, DALIAN_UNIVERSITY),
    ("Which signed more projects, the medical one or Dalian University of Technology?", {MEDICAL, DUT}, DUT),
    ("大连大学和海事那所,谁参与的签约项目多?", {MARITIME, DALIAN_UNIVERSITY}, DALIAN_UNIVERSITY),
    ("大连理工大学跟民族那所比,谁签的项目多?", {MINZU, DUT}, DUT),
])
def test_a_side_named_by_a_word_of_its_name_is_compared(qa, question, sides, winner):
    answer = qa.answer(question)
    assert labels(answer) == {winner}, answer.answer_text
    assert "compare" in answer.understanding["operators"], answer.understanding
    assert sides <= {qa.facts.label(iri) for iri in answer.understanding["entities"]}, answer.understanding

@pytest.mark.parametrize("question", [
    "Which signed more projects, Dalian University or the Shenzhen one?",
    "Which of the two took part in more signed projects: the Shenzhen maritime one or Dalian University?",
    "大连理工大学跟苏州工业园区那所比,谁签的项目多?",
    "大连大学和深圳职业技术那所,谁参与的签约项目多?",
    "Which signed more projects, Dalian University or the aviation one?",
    "大连大学和航空那所,谁参与的签约项目多?",
])
def test_a_side_the_graph_does_not_hold_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def test_a_word_of_one_name_links_and_a_word_of_many_does_not(linker, real_engine, qa):
    side = next(d for d in real_engine.catalogue.docs if d.label == DALIAN_UNIVERSITY)
    found = linker.scored("maritime", side_kinds(side.types), [side.iri])
    assert found is not None and found.label == MARITIME and linker.accepted(found), found
    assert "Dalian Maritime University" in found.why
    # "technology": a company's, a project's and DUT's word alike; "research" a company's, no university's
    assert not linker.accepted(linker.scored("technology", side_kinds(side.types), [side.iri]))
    assert not linker.accepted(linker.scored("research", side_kinds(side.types), [side.iri]))
    # the side the question names is never the other side
    assert linker.scored("dalian university", side_kinds(side.types), [side.iri]) is None or \
        linker.scored("dalian university", side_kinds(side.types), [side.iri]).label != DALIAN_UNIVERSITY


def test_the_mentions_are_the_topics_words_as_written(qa, linker):
    u = understand(normalize("Which of the two took part in more signed projects: the maritime one or Dalian University?"), qa.lexicon)
    renamed = linker.renamed(u.question, u, side_kinds(u.mentions[0].doc.types))
    assert renamed is not None and "dalian maritime university one" in renamed[0], renamed
    assert [m.label for m in renamed[1]] == [MARITIME]


# The same stage as a rewrite of every question: a word of a name coordinated with a name the reading links, among
# entities of that name's kind ("Dalian University and the maritime one"); a name the graph lacks is still refused.
@pytest.mark.parametrize("question, both", [
    ("Which projects did Dalian University and the maritime one both sign?", {DALIAN_UNIVERSITY, MARITIME}),
    ("大连大学和海事那所共同参与了哪个项目?", {DALIAN_UNIVERSITY, MARITIME}),
])
def test_a_word_of_a_name_coordinated_with_a_name_is_that_entity(qa, question, both):
    answer = qa.answer(question)
    assert labels(answer) == {"大连市数字人才产教融合实训中心合作项目"}, answer.answer_text
    named = {qa.facts.label(iri) for iri in answer.understanding["entities"]}
    assert both <= named, answer.understanding


@pytest.mark.parametrize("question", [
    "华为和海事那所合作了什么项目?",
    "Which projects did Dalian University and the aviation one both sign?",
    "Which projects did Shenzhen University and the maritime one both sign?",
])
def test_a_coordinated_side_the_graph_does_not_hold_answers_nothing(qa, question):
    assert not qa.answer(question).answers


def test_coordinated_words_and_others():
    from search.qa_mention_link import coordinate

    assert coordinate("dalian university and the maritime one signed what", "dalian university", "maritime")
    assert coordinate("大连大学和海事那所共同参与了哪个项目", "大连大学", "海事")
    assert coordinate("minzu versus dalian university: which signed more", "dalian university", "minzu")
    # a word beside a name but not coordinated with it, or with another word between them, is no such mention
    assert not coordinate("dalian university works on maritime research", "dalian university", "maritime")
    assert not coordinate("dalian university and its old maritime partner", "dalian university", "maritime")
    assert not coordinate("大连大学参与的海事项目", "大连大学", "海事")
