"""Figures asked of a thing described by what went into it (round 37), wordings written for it, none in a development
set: the measure asked is read from the clause asking it, not from words of money describing the thing ("两家一起投钱
建的基地，实习岗位给出多少" asks positions, not the sum); the noun a how-many counts picks its owner's figure over one
the asker's other words share more with; a ranking asked as a placing or "第多少名"; "是在哪年" asking when, not where;
and the twins whose right answer is empty: a figure per period or per unit the source does not give, a share of a
joint sum asked of one party, a date the graph does not hold.
"""

import pytest

from tests.search.dev_goals import states


@pytest.mark.parametrize("question, figure", [
    # money describing the thing is no measure asked
    ("通用机床和大连职院合伙砸了一亿多的那个实训基地，到现在提供了几个实习岗位？", 2800),  # 多 rounds a sum up: no comparison
    ("機床廠跟職院一起出錢蓋的那個基地，實習崗位放出了多少？", 2800),  # traditional; 放出 releases places, pays nothing
    ("那个两家一起掏钱建的装备制造实训基地，累计给出多少实习岗？", 2800),
    ("机床厂和职院一起投钱建的基地，研究成果出了多少项？", 31),  # counted by 项: no sum asked
    # the noun counted picks the figure
    ("For a paper on school-enterprise funding: the 120-million-yuan base - how many research results does it claim?", 31),
    ("Our firm trains apprentices: what number of order classes does the college organise every year?", 40),
    ("Town-twinning memo: what count of internship places has the lathe-and-college training base in Jinpu offered?", 2800),
    # a placing asks the rank
    ("For a visiting delegation: what overall placing did Jinpu New Area get among the approved applicants?", 5),
    ("评审那会儿，金普的综合得分排到了第多少名？", 5),
    ("金普新區在獲批的聯合體裡排到了第多少名？", 5),  # traditional
])
def test_the_figure_asked_is_read(qa, question, figure):
    answer = qa.answer(question)
    assert len(answer.answers) == 1 and states(answer, figure), answer.answer_text


@pytest.mark.parametrize("question", [
    "那个一起投钱的装备制造基地，每年给出多少实习岗？",  # the 2,800 are to date: no yearly figure
    "两家一起投钱建的基地，实习岗位每年新增多少？",  # nor another plan's yearly intake
    "那个基地一年提供多少实习岗位？",
    "机床厂和职院一起投钱建的基地，机床厂出了多少钱？",  # the 120 million is both sides': no split is held
    "机床厂跟职院合建的基地，一个多亿里职院出了多少钱？",
    "How many students will each order class hold?",  # no figure is per class
    "每个订单班招多少个学生？",
    "實訓基地給企業做培訓，每人次收費多少錢？",  # traditional; a fee per person-time, not the person-times
    "What placing did Dalian University of Technology get among the approved applicants?",  # it holds no rank
])
def test_a_figure_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question", [
    "教育部是在哪年哪月让各省开始建产教联合体的？",
    "部裡是在哪一年讓各省開始創建產教聯合體的？",  # traditional; 在哪年 asks when, not where
])
def test_in_which_year_asks_a_date(qa, question):
    answer = qa.answer(question)
    assert "2023" in answer.answer_text and answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "大连理工大学是在哪年建校的？",  # a founding date the graph does not hold
    "金普联合体是在哪年哪个月解散的？",
])
def test_a_date_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []
