"""Honest empty answers of round 31 and their answerable twins, wordings of our own (English, Chinese, traditional
script, colloquial), none of them in a development set.

- The head a what-word asks the value of, or a how-word's head after words narrowing it, held nowhere and far from
  every answer in meaning, is refused (search.qa_measures.measured_head, search.qa_readings): "what's the capex figure
  behind X" is no profile of X, "how many hydrogen refuelling stations does X run" no count of X's partners.
- What two named organisations share, narrowed by an industry the question names (search.qa_outcome._on_industries):
  "A和B合作的氢能项目" is none of their other projects.
- A count asked in a measure no entity is counted in, named by the asker's word for it (search.qa_measures): "internship
  spots" are positions, "在园幼儿" persons; a count of firms or partners answers neither.
- A verdict asking whether a date is held ("has a completion date been announced for the centre X builds") is no "yes"
  of X's taking part (search.qa_yes_no._undated).
- A place after the first stated by a verb of finishing ("the list Jinpu came fifth on") is a ranking whose first place
  the graph does not hold (search.qa_asked_of.RANKING).
"""

import pytest


def answered(qa, question: str) -> list[str]:
    return [a["label"] for a in qa.answer(question).to_dict()["answers"]]


@pytest.mark.parametrize("question", [
    "What's the capex figure for the Rockwell innovation centre?",
    "What is the launch timeline of the OpenHarmony talent centre?",
    "What was the contract value of the bipolar plate deal?",
    "How many hydrogen refuelling stations does the hydrogen firm operate?",
    "What's the payback period of the equipment manufacturing training base?",
])
def test_a_head_held_nowhere_is_answered_by_no_near_fact(qa, question):
    assert answered(qa, question) == []


@pytest.mark.parametrize("question, value", [
    ("What's the investment figure of the equipment manufacturing training base?", "120,000,000"),  # a measure word
    ("How many intern slots does the equipment manufacturing training base provide?", "2,800"),  # near in meaning
])
def test_a_head_the_answer_carries_is_answered(qa, question, value):
    assert value in qa.answer(question).to_dict()["answer_text"]


@pytest.mark.parametrize("question", [
    "大职院跟大工一起搞的那个氢能项目叫啥？",
    "What did Dalian University and Bingshan Songyang do together on hydrogen energy?",
    "大連大學和冰山松洋合作的新能源項目是哪個？",
])
def test_what_two_share_on_an_industry_they_share_nothing_on_is_nothing(qa, question):
    assert answered(qa, question) == []


@pytest.mark.parametrize("question, project", [
    ("大职院跟大工一起搞的那个开源鸿蒙项目叫啥？", "开源鸿蒙人才培养中心项目"),
    ("How do Dalian University and Bingshan Songyang cooperate on compressors?", "辽宁省压缩机专业技术创新中心项目"),
    ("大连交通大学和国创氢能在氢能方面合作的项目叫什么？", "质子交换膜燃料电池金属石墨复合双极板开发项目"),
])
def test_what_two_share_on_an_industry_is_answered(qa, question, project):
    assert answered(qa, question) == [project]


@pytest.mark.parametrize("question", [
    "Of the internship spots at the equipment base, how many went to hydrogen firms?",  # positions, no count of firms
    "金州一幼眼下有多少在园幼儿？",  # persons, no count of partners
    "金州區第一幼兒園有幾個在園兒童",
])
def test_a_count_in_a_measure_no_entity_is_counted_in_is_answered_by_none(qa, question):
    assert answered(qa, question) == []


def test_internship_spots_are_positions(qa):
    answer = qa.answer("How many internship spots does the equipment manufacturing training base offer?").to_dict()
    assert "2,800" in answer["answer_text"]


@pytest.mark.parametrize("question", [
    "Is there an announced launch date for the Rockwell centre Ligong Technology co-builds?",
    "大连大学参与的压缩机中心公布完工日期了没有？",
    "冰山松洋跟大連大學那個壓縮機中心，定好哪天完工了嗎",
])
def test_a_verdict_on_a_date_held_nowhere_is_no_yes(qa, question):
    answer = qa.answer(question).to_dict()
    assert answer["answers"] == [] and not answer["answer_text"].startswith(("Yes", "是"))


def test_a_verdict_on_taking_part_is_still_yes(qa):
    answer = qa.answer("Did Bingshan Songyang take part in the compressor technology innovation centre?").to_dict()
    assert answer["answer_text"].startswith("Yes")


@pytest.mark.parametrize("question", [
    "Who topped the national ranking list that Jinpu came fifth on?",
    "Jinpu finished fifth nationally; which consortium finished top?",
])
def test_the_first_place_of_a_ranking_holding_one_place_is_nothing(qa, question):
    assert answered(qa, question) == []


def test_which_of_two_came_first_is_no_ranking(qa):
    answer = qa.answer("Which came first, the Opinions on modern vocational education reform or the ministry's call "
                       "to the provinces?").to_dict()
    assert answer["answers"]
