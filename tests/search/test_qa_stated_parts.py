"""Arithmetic over the parts of a stated whole (search.qa_stated_parts): the consortium's 97 members stated by kind
(企业 57, 中高等院校 17, 政府部门 13, 社会组织 6, 科研机构 4) and the 16 signed projects stated by category (基地 6,
人才培养 5, 科技创新 5). The fewest or largest part, the next after one, the members that are not of a kind, the gap
between two kinds, two kinds summed, a kind's share: each worked out from the stated figures, each figure cited and
the derivation stated. A kind the breakdown does not state, or a part narrowed by a word the graph does not sort by,
gets no number. Worded apart from any eval case: Chinese, English, traditional script, colloquial, typos."""

import pytest

from search.qa_values import states_number


def _derived(answer) -> list[str]:
    return [item.get("derivation") or "" for item in answer.evidence]


def _stating(qa, question: str, *values: int):
    """The answer to ``question``, which states every one of ``values``."""
    answer = qa.answer(question)
    assert all(states_number(answer.answer_text, v) for v in values), answer.answer_text
    return answer


@pytest.mark.parametrize("question, value", [
    # the fewest, the largest, a place, the next after a part left out
    ("成员里数量最少的是哪一拨？几家？", 4),
    ("成員裡頭哪一類最稀少，只有幾家？", 4),
    ("Of the member kinds, which is the least numerous, and what's its count?", 4),
    ("Which slice of the membership is the thinnest, and how many units does it hold?", 4),
    ("Whcih kind of member is least numerous?", 4),
    ("Of its five member groups, which one is tiniest?", 4),
    ("联合体成员按类型分，人头最多的那一拨是哪类？", 57),
    ("After the enterprises, which kind of member is the next biggest, and how many?", 17),
    ("除了企业，成员里哪类单位最多？", 17),
    ("成员里哪类占大头？几家？", 57),
    ("Which kind of member dominates the consortium, and how many are there?", 57),
    ("Among the five kinds of members, which has the second-lowest count?", 6),
    ("Across the three kinds of signed projects, which kind got the most, and how many?", 6),
    ("基地那一类跟人才那一类比，哪类签得多？", 6),
    # the gap between two parts, two parts summed
    ("成员中企业和学校分别几家？企业比学校多出几家？", 40),
    ("How many more enterprises than research institutions are among the members?", 53),
    ("三大类项目里基地那类比人才培养那类多签了几个？", 1),
    ("How many members are schools or research institutes combined?", 21),
    ("成员里政府部门加上社会组织一共几家", 19),
])
def test_worked_out_from_the_stated_parts(qa, question, value):
    assert _stating(qa, question, value).evidence  # the stated figures cited, or the instances counted (a kind of project's)


@pytest.mark.parametrize("question, value", [
    ("联合体成员里不是企业的有多少家？", 40),
    ("成員裡非企業的單位共有幾家？", 40),
    ("How many of the 97 members are not enterprises?", 40),
    ("成员单位里刨掉学校还剩多少家", 80),
])
def test_the_members_not_of_a_kind_are_the_whole_less_its_part(qa, question, value):
    assert any("97" in d and "=" in d for d in _derived(_stating(qa, question, value)))


def test_two_parts_compared_state_both_figures(qa):
    answer = _stating(qa, "成员里政府部门和社会组织哪个少？", 13, 6)
    assert [a["label"] for a in answer.answers] == ["行业协会等社会组织"]


def test_a_share_of_the_members_is_worked_out(qa):
    answer = qa.answer("企业占成员单位的比例是多少？")
    assert "58.8" in answer.answer_text
    assert any("57" in d and "97" in d for d in _derived(answer))


@pytest.mark.parametrize("question", [
    "成员单位里医院有几家？",
    "How many more hospitals than schools are among the members?",
    "What share of the members are foreign-funded firms?",
    "成员里外资企业和民营企业哪个多？",
    "Which member group grew the most since last year?",
    "深圳那个产教联合体的成员里不是企业的有多少家？",
    "Which kind of member holds the most patents?",
    "What share of the 97 member units come from outside Dalian?",
])
def test_parts_the_breakdown_does_not_state_get_no_number(qa, question):
    answer = qa.answer(question)
    assert not any(states_number(answer.answer_text, v) for v in (40, 80, 53, 21, 57, 4))
    assert not answer.answers
