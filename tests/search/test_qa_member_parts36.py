"""Round-36 questions about the consortium's members by category, worded the way askers write the parts, on the real
graph (97 members: 企业 57, 中高等院校 17, 政府部门 13, 社会组织 6, 科研机构 4), in both languages and traditional script,
with look-alike cases whose right answer is empty:

- a part pointed at as a block or a column of a table ("社会组织这一块", "那一栏", "哪欄多", "the biggest block", "what
  portion are …") is a category, as "那一类" is (search.wording.BLOCK_WORD, search.qa_cues.PART_WORDS);
- one part named and its size asked by a noun of parts, no other arithmetic ("what portion are research institutes"):
  its stated figure (search.qa_stated_parts);
- the parts left out and every other part asked ("除了企业，还有哪几类，各几家"): each other part with its figure, not the
  rest summed (search.qa_stated_parts.listed_parts);
- the part right behind (or ahead of) one named, the parts ranked ("按类别排，排在院校后面的是哪一类"): the next part, or
  none past the last (search.qa_stated_parts._next_part; search.qa_rank.rank_side leaves a part to it);
- a member kind split by levels of government its stated category names together ("市级的有几个", "市级、区级拆开各几家"
  of 市、区级政府部门) gets no figure (search.qa_member_kinds._level_split), while the levels summed, each said with its
  own 级 ("市级加区级"), are the stated category;
- one part against the others summed ("是不是比其余各类加起来还多", "than all the other kinds combined"): a verdict
  from the part's figure and the whole's less it, no superlative (search.qa_part_verdict, search.qa_more_than_all);
- an asking sentence pointing back with "their" keeps the asker's sentence naming what it points at (search.qa_told_apart);
- seats held are members counted ("占了几个席位": search.qa_asked_of.SEATS).

A kind the source does not state, or a kind narrowed by a word the graph does not sort by, still gets no figure.
"""

import pytest

from search.qa_values import states_number

FIGURES = (57, 17, 13, 6, 4, 97, 40, 80)


@pytest.mark.parametrize("question, values", [
    # a block or a column pointed at: a category
    ("成员单位里，社会组织这一块有多少家？", (6,)),
    ("联合体成员里，政府部门那一栏是多少？", (13,)),
    ("Member mix chart: which block is the biggest, and how many units does it hold?", (57,)),
    ("成員裡，企業那一欄和院校那一欄哪欄多？", (57, 17)),
    # one part's size asked by a noun of parts
    ("Of the 97 member units, what portion are research institutes?", (4,)),
    ("For a slide on the consortium's 97 members: what slice do the social organisations make up?", (6,)),
    # the other parts, each stated
    ("除了企业以外，成员还有哪几类？各几家？", (17, 13, 6, 4)),
    ("Leaving out the companies and the schools, which other kinds of members are there, and how many of each?", (13, 6, 4)),
    # seats held
    ("企業在聯合體裡佔了幾個席位？", (57,)),
    # the part next to one named when the parts are ranked
    ("成員按類別由多到少排，排在中高等院校後面的是哪一類？有幾家？", (13,)),
    ("成员按类别从多到少排，排在社会组织前面的是哪一类？", (13,)),
    # a kind named in the asker's own sentence, its number asked after it by "their"
    ("For my essay I am looking only at the research institutes among the 97 members. What is their number?", (4,)),
    # the levels of government the stated category names, named together
    ("成员里的政府部门，市区两级加起来有几个？", (13,)),
    # each level said with its own 级 and summed: the stated category, no split
    ("市级加上区级的政府部门，成员里一共几家？", (13,)),
    ("聯合體成員中，市級加區級的政府部門有幾個？", (13,)),
])
def test_parts_as_askers_write_them(qa, question, values):
    answer = qa.answer(question)
    assert all(states_number(answer.answer_text, v) for v in values), answer.answer_text


def test_a_part_word_about_no_members_counts_no_part(qa):
    # a parent "group" asked of a company is no part of the members: no member figure answers it
    answer = qa.answer("Which parent group does the company of the machine-tool deputy general manager belong to?")
    assert not any(states_number(answer.answer_text, v) for v in FIGURES), answer.answer_text


def test_other_parts_are_listed_not_summed(qa):
    answer = qa.answer("除了企业以外，成员还有哪几类？各几家？")
    assert "各类企业" not in {a["label"] for a in answer.answers}
    assert not states_number(answer.answer_text, 40), answer.answer_text


@pytest.mark.parametrize("question, verdict, values", [
    ("成员单位里企业的数量，是不是比别的各类合起来还要多？", "是", (57, 40)),
    ("Among the 97 members, are there more research institutes than all the other kinds put together?", "No", (4, 93)),
    ("成員裡企業是不是比其餘幾類合起來還少？", "否", (57, 40)),
])
def test_one_part_against_the_others_summed(qa, question, verdict, values):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert all(states_number(answer.answer_text, v) for v in values), answer.answer_text
    assert any("97" in (item.get("derivation") or "") for item in answer.evidence)


@pytest.mark.parametrize("question", [
    # a kind narrowed by a word the graph does not sort by, or a kind the source does not state
    "Of the 97 member units, what slice are foreign-funded firms?",
    "成员里医院那一块占了几个席位？",
    "Which block of members holds the most patents?",
    "大连理工大学在联合体里占几个席位？",
    "Of the 97 member units, what portion are hospitals?",
    # nothing ranks after the last part, nor after a kind the source does not state
    "成员按类别从多到少排，排在科研机构后面的是哪一类？",
    "成员按类别从多到少排，排在医院后面的是哪一类？",
    # one level of government, or each level apart: a split the source does not give
    "成员里的政府部门，市级的有几个？",
    "聯合體成員裡區級政府部門有幾個？",
    "成员中的政府部门，按市级和区级拆开各有几家？",
    "政府部門那一欄裡，區級的有幾家？",
    "成员里的政府部门，市级和区级各有几个？",
    "For my essay I am looking only at the hospitals among the 97 members. What is their number?",
    # a kind narrowed against the others summed
    "成员里外资企业是不是比其他所有类别加起来还多？",
])
def test_parts_the_source_does_not_state_get_no_figure(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert not any(states_number(answer.answer_text, v) for v in (57, 17, 13, 6, 97, 40, 80)), answer.answer_text
