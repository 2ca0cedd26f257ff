"""Round-25 rankings of the parts of a whole, on the real graph, each worded apart from the development cases that
found them, in both languages, traditional script and colloquial forms, with cases whose right answer is empty:

- a place asked of the parts with no first place stated before ("成员单位里排第二的是哪一类", "排老二的那一块",
  "which one ranks second") is that place of the parts by size (search.qa_rank_premise.ranked_part);
- a part pointed at or asked as a block ("最小的那一块", "哪一块", "which bloc") is a part, never 一块 (together)
  (search.wording.BLOCK_WORD, search.qa_cues.PART_WORDS);
- the parts ranked of a kind the graph does not sort members by ("which bloc holds the most foreign-funded firms")
  get no part (search.qa_member_kinds).
"""

import pytest

from search.qa_rank_premise import ranked_part
from search.text import normalize
from search.understand import understand
from search.wording import standard_wording
from tests.search.dev_goals import states

SCHOOLS, FIRMS, RESEARCH, GOVERNMENT = "中高等院校", "各类企业", "科研机构", "市、区级政府部门"


@pytest.mark.parametrize("question, picked, count", [
    ("成员单位里排第二的是哪一类？", SCHOOLS, 17),
    ("成員單位按類別排，排第三的是哪一類？", GOVERNMENT, 13),  # traditional
    ("97家成员按身份分，排老二的那一块是哪类，几家？", SCHOOLS, 17),  # colloquial
    ("Among the member categories, which one ranks second?", SCHOOLS, 17),
    ("按单位性质分，成员里最小的那一块是多少家？", RESEARCH, 4),
    ("成员单位哪一块最多？", FIRMS, 57),
    ("Which bloc of members is biggest?", FIRMS, 57),
    ("Which segment of the members is the smallest?", RESEARCH, 4),
])
def test_a_part_ranked_by_place_or_called_a_block(qa, question, picked, count):
    answer = qa.answer(question)
    # (the part answers first; a count asked after it, "几家", may list more: the conjoined ask's, search.qa_chain)
    assert answer.answers[0]["label"] == picked and states(answer, count), answer.answer_text


@pytest.mark.parametrize("text, expected", [
    ("成员里排第二的是哪一类?", "成员里第二多的是哪一类?"),
    ("成员里排第一的是哪一类?", "成员里排第一的是哪一类?"),  # the first place is the superlative's own
    ("大工参与的项目里排第二的是哪个?", "大工参与的项目里排第二的是哪个?"),  # no part named
])
def test_a_place_of_the_parts_is_said_as_the_ordinal_superlative(qa, text, expected):
    assert ranked_part(text, understand(text, qa.lexicon)) == expected


@pytest.mark.parametrize("text, expected", [
    ("最小的那一块是多少家", "最小的类是多少家"),
    ("哪一块最大", "哪一类最大"),
    ("和大工一块搞项目的企业", "和大工一起搞项目的企业"),  # together, no part
    ("在研发攻关这块还拉了哪些公司", "在研发攻关这块还拉了哪些公司"),  # an area, no part
    ("一块儿做", "一起做"),
])
def test_a_block_pointed_at_is_a_part(text, expected):
    assert standard_wording(normalize(text)) == expected


@pytest.mark.parametrize("question", [
    "成员单位里排第二的是哪一类外资企业？",
    "Which bloc of members holds the most foreign-funded firms?",
    "成员里哪一块拿到的经费最多？",
    "Which bloc of members got the most funding?",
    "成员单位里排第六的是哪一类？",
    "民办高校里排第二的是哪一类？",
])
def test_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert not qa.answer(question).answers
