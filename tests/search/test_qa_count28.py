"""Round-28 counts of a set made of two or more kinds named together (search.qa_kinds_together), on the real graph,
worded apart from the development cases, in both languages, traditional script and colloquial forms, with cases whose
right answer is empty:

- kinds of organisation on a named project: the union of its parties of those kinds ("高校和企业加起来");
- kinds of project (categories), of a named organisation's or all: the union of their projects;
- kinds of a consortium's members: the stated figures summed, each cited;
- a split (分别, each), a comparison or a kind the graph does not sort by is no total of the kinds;
- a part of a stated whole written in numerals ("那五十七家企业当中") is counted among it: no figure of the graph's answers;
- two kinds compared by their counts, bare English kinds ("base or innovation") and a named organisation's projects
  too, each count stated (search.qa_figure_compare.compare_kinds); "哪边…多" asks which side;
- the ones named said to be counted too ("counting the company itself", "the group included", "都算上") ask the count
  in all of a named project's parties (search.qa_party_count, by qa_cues.IN_ALL_ASKED);
- a thing ranked by size and then its count asked ("阵容最庞大的那个项目，参与方几家") is the ranked thing's count.
"""

import pytest

from search.qa_kinds_together import joined_kinds
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import states


@pytest.mark.parametrize("question, total", [
    # kinds of organisation among a project's parties: 6 universities + 7 companies
    ("数字人才实训中心里高校和企业加起来有几家？", 13),
    ("How many universities and companies are on the digital talent centre agreement in total?", 13),
    ("數字人才實訓中心裡，大學跟企業一共幾家？", 13),  # traditional
    ("数字人才那个中心，大学加企业拢共几家啊，一共多少", 13),  # colloquial
    # kinds of project: 6 base + 5 talent, 6 + 5 innovation, all three 16
    ("基地类和人才培养类一共几个项目？", 11),
    ("How many projects in the base and innovation categories combined?", 11),
    ("基地類、科創類、人才類加起來一共簽了多少個？", 16),  # traditional
    ("Tally the agreements across the base, innovation and talent categories: what is the total?", 16),
    # a named organisation's projects of two kinds: DUT 2 base + 2 innovation
    ("大工在基地类和科创类里一共签了几个？", 4),
    ("Dalian University of Technology: its innovation and talent category projects, how many in total?", 4),
    # a consortium's members of two kinds: the stated figures added (57 + 4, 17 + 13)
    ("成员单位里企业和科研机构加起来有几家？", 61),
    ("How many enterprises and research institutes are members, together?", 61),
    ("成员里学校和政府部门一共多少个？", 30),
])
def test_kinds_named_together_are_counted_as_one_set(qa, question, total):
    answer = qa.answer(question)
    assert states(answer, total), answer.answer_text


@pytest.mark.parametrize("question", [
    "数字人才实训中心里高校和外资企业加起来有几家？",  # a kind the graph does not sort by
    "How many universities and foreign companies signed the digital talent agreement in total?",
    "How many projects in the base and aerospace categories combined?",  # a category the graph does not hold
    "基地类和医疗类一共几个项目？",
])
def test_a_kind_the_graph_does_not_hold_gets_no_total(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not any(states(answer, n) for n in (13, 11, 16, 61)), answer.answer_text


@pytest.mark.parametrize("question", [
    "数字人才实训中心里高校和企业分别有几家？",  # a split: each kind's count
    "How many universities and how many companies are on the digital talent agreement, each?",
    "数字人才实训中心里高校和企业哪个多？",  # a comparison
])
def test_a_split_or_a_comparison_is_no_total(qa, question):
    assert not states(qa.answer(question), 13)


@pytest.mark.parametrize("question, words", [
    ("基地类、科创类、人才类加起来一共签了多少个？", 3),
    ("the base, innovation and talent categories combined", 3),
    ("高校企业都算上", 2),
    ("大连理工大学参与了几个项目？", 0),  # one kind: nothing joined
    ("人才培养类项目里有几家企业参与？", 0),  # a kind of project and a kind of party, not side by side
])
def test_joined_kinds_are_read_side_by_side(qa, question, words):
    u = understand(normalize(question), qa.lexicon)
    assert len(joined_kinds(u.blanked, qa.lexicon)) == words


@pytest.mark.parametrize("question", [
    "那五十七家企业当中，搞新能源的有几家？",  # a part of a stated whole written in Chinese numerals
    "那十七所院校里，高职院校占几所？",
    "四家科研机构里有几家在大连？",
    "Of the seventeen schools, how many are vocational colleges?",
])
def test_a_part_of_a_stated_whole_in_numerals_gets_no_number(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] or all(a["type"] != "organization" for a in answer.answers), answer.answer_text
    assert not any(states(answer, n) for n in (1, 2, 3)), answer.answer_text


@pytest.mark.parametrize("question, counts", [
    ("科创类和基地类哪边签得多，各几个", (5, 6)),
    ("基地類跟人才培養類，哪邊簽得多？", (6, 5)),  # traditional
    ("Which category has more projects, base or innovation?", (6, 5)),
    ("大工的项目里，基地类和科创类哪个多？", (2, 2)),  # a named organisation's: a tie
    ("Among DUT's projects, are there more base or innovation ones?", (2, 2)),
])
def test_kinds_compared_by_their_counts(qa, question, counts):
    answer = qa.answer(question)
    assert all(states(answer, n) for n in counts), answer.answer_text


@pytest.mark.parametrize("question", [
    "阵容最庞大的那个项目，参与方几家？",
    "参与单位最多的那个项目一共几家单位？",
    "The project with the most signatories: how many parties does it have?",
    "The biggest deal by number of signatories - how many organisations signed it?",
])
def test_a_project_ranked_by_size_then_its_parties_counted(qa, question):
    answer = qa.answer(question)
    assert states(answer, 15) and not states(answer, 6), answer.answer_text


def test_a_ranked_count_of_a_kind_the_graph_does_not_hold_is_empty(qa):
    answer = qa.answer("参与方最多的那个项目里有几家医院？")
    assert answer.answers == [] and not states(answer, 15), answer.answer_text


@pytest.mark.parametrize("question", [
    "The rural college the transformer maker leads: how many organisations, the maker included?",
    "互感器集团那个乡村振兴产业学院，把互感器集团也算上，一共几家？",
    "Rural revitalisation college of the transformer group - counting the group itself, how many parties?",
])
def test_the_one_named_counted_too_counts_every_party(qa, question):
    answer = qa.answer(question)
    assert states(answer, 3) and "大连第一互感器集团" in {a["label"] for a in answer.answers}, answer.answer_text


@pytest.mark.parametrize("question", [
    "Ranking the colleges by how often they appear among the signed agreements, who is first?",
    "参与项目最多的大学参与了几个项目？",  # the superlative ranks 大学, the count is its projects
])
def test_a_ranking_asked_by_who_or_of_the_one_counted_is_no_count_of_the_ranked(qa, question):
    assert "大连理工大学" in {a["label"] for a in qa.answer(question).answers}
