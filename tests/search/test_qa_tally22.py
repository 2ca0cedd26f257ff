"""Round-22 counts, comparisons and rankings of who takes part (search.qa_tally), wholes of figures
(search.qa_wholes) and a kind said by a verb of being (search.qa_qualifiers), on the real graph, each worded apart
from the development cases that found them, in both languages, traditional script, colloquial forms and slips,
with cases whose right answer is empty:

- how taking part is seen ("露面", "名字出现", "show up", "how often") and the whole signed set restated ("首批签约",
  "the sixteen signings", "signed that day", "这批") constrain nothing; a signing counted for a party is its project;
- a topic the graph does not cover beside them ("航空航天") or a name it does not hold is still refused;
- a how-many naming no part is answered by the whole (16 signed), a part named by its own words by the part;
- "被归为科研机构的" is the kind itself, "被归为外资企业的" still a kind the source gives no figure for.
"""

import pytest

from search.qa_qualifiers import qualifier
from search.qa_wholes import whole_figures
from tests.search.dev_goals import labels, states

DUT, DVTC, JIAOTONG, DALIAN_U = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学"
MINZU, MARITIME = "大连民族大学", "大连海事大学"

# Counts, each stated as a whole number with none of the figures it must not be taken for: a party's projects
# however its taking part is worded (and listed one by one), a how-many naming no part (the whole signed), a part
# named by its own words, a kind of members said by a verb of being. (question, the count, figures never stated)
SIGNED, KINDS = {16, 6, 5}, {97, 57, 17, 13}
COUNTS = [
    ("首批签约的项目里，大连海事大学露面了几次？", 1, SIGNED),
    ("这16个签约项目中，大连民族大学的名字出现了几次？", 2, {6, 5}),
    ("大連交通大學在那天的簽約裡出現在幾個項目中？", 3, SIGNED),  # traditional; 那天 points at a day, no slip of 哪
    ("How many of the sixteen signings include Dalian Jiaotong University?", 3, {6, 5}),
    ("On signing day, how often did Dalian Maritime University show up?", 1, SIGNED),
    ("How many signings did Dalian University take part in?", 3, SIGNED),
    ("大连大学参加了几次签约？", 3, {17, *SIGNED}),  # not its 17 partners
    ("大连职院在首批签约里露了几次面？", 4, SIGNED),
    ("How many cooperation projects were signed?", 16, {6, 5}),
    ("首批签约了多少个项目？", 16, {6, 5}),
    ("簽約項目總共有幾個？", 16, {6, 5}),
    ("how many deals got signed at the meeting", 16, {6, 5}),
    ("联合体里大连职院的重点计划一共几个？", 4, {16}),  # a tie on the consortium's words is no part's
    ("基地项目类签了几个？", 6, {16, 5}),
    ("How many tech-innovation projects were signed?", 5, {16, 6}),
    ("帮我算算，成员单位里被归为科研机构的有几家？", 4, KINDS),
    ("成員單位中屬於社會組織的有多少家？", 6, KINDS),
    ("97家成员里算作科研机构的是几家", 4, KINDS - {97}),
]


@pytest.mark.parametrize("question, count, never", COUNTS)
def test_counts_are_stated_whole(qa, question, count, never):
    answer = qa.answer(question)
    assert states(answer, count) and not any(states(answer, n) for n in never), answer.answer_text
    assert len(answer.answers) in (count, 0, 1), answer.answer_text  # the projects listed, or one figure, or none


# Comparisons and rankings by taking part: (question, the answers exactly, words the answer says); a tie is said.
PICKED = [
    ("Which school shows up most often in the first batch of signed deals?", {DUT}, 6),
    ("哪所大学在签约名单里出现的次数最多？", {DUT}, 6),
    ("Between Dalian Maritime University and Dalian Minzu University, which turns up in more of the signed deals that day?",
     {MINZU}, "more"),
    ("民族大学跟海事大学，这批签约谁的名字出现得多？", {MINZU}, "更多"),
    ("Ranking the colleges by how often they appear among the deals, which one is on top?", {DUT}, 6),
    ("大连交通大学和大连大学，在首批签约里谁露面更多？", {JIAOTONG, DALIAN_U}, "一样多"),
    # a list is largest by its length
    ("Which project had the longest list of signatories?", {"大连市数字人才产教融合实训中心合作项目"}, 15),
    ("哪個項目的簽約名單最長？", {"大连市数字人才产教融合实训中心合作项目"}, 15),
]


@pytest.mark.parametrize("question, picked, said", PICKED)
def test_parties_are_compared_and_ranked_by_their_appearances(qa, question, picked, said):
    answer = qa.answer(question)
    # a count is matched as a whole number (6 must not match the 16 signings), a verdict word as written
    stated = states(answer, said) if isinstance(said, int) else said in answer.answer_text
    assert labels(answer) == picked and stated, answer.answer_text


# The words around a tally never hide a topic or a name the graph does not hold.
EMPTY = [
    "大连大学在航空航天项目里出现了几次？",
    "Which university shows up most often among the aerospace deals?",
    "How often does Dalian Maritime University show up among the hydrogen deals?",  # hydrogen: Jiaotong's only
    "首批签约里，深圳职业技术大学露面了几次？",
    "第二批签约里大连大学出现了几次？",
    "In the second batch of signings, how often did Dalian University show up?",
    "Which project has the longest list of hospitals?",
]


@pytest.mark.parametrize("question", EMPTY)
def test_a_tally_of_what_the_graph_does_not_hold_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


def test_a_whole_is_the_sum_of_its_owners_others_in_its_unit():
    rows = {"all": {"value": 16, "unit": "projects"}, "a": {"value": 6, "unit": "projects"},
            "b": {"value": 5, "unit": "projects"}, "c": {"value": 5, "unit": "projects"},
            "people": {"value": 16, "unit": "people"}, "other": {"value": 11, "unit": "projects"}}
    owners = dict.fromkeys(("all", "a", "b", "c", "people"), ("ceremony", "figure")) | {"other": ("consortium", "figure")}
    assert whole_figures(rows, owners) == dict.fromkeys(("a", "b", "c"), "all")
    # two figures: neither is a whole of one part
    assert whole_figures({"x": {"value": 5, "unit": "u"}, "y": {"value": 5, "unit": "u"}}, {"x": ("o", ""), "y": ("o", "")}) == {}


# A kind narrowed after a verb of being still has no figure.
@pytest.mark.parametrize("question", ["97家成员里被归为外资企业的有几家？", "成员单位中属于民办高校的有几所？"])
def test_a_kind_narrowed_after_a_verb_of_being_has_no_figure(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not any(states(answer, n) for n in (57, 17, 97)), answer.answer_text


@pytest.mark.parametrize("text, start, expected", [
    ("被归为科研机构的有几家", 3, ""), ("属于企业的有几家", 2, ""), ("被归为外资企业的有几家", 5, "外资"), ("民办高校有几所", 2, "民办"),
])
def test_a_qualifier_is_read_after_a_verb_of_being(text, start, expected):
    assert qualifier(text, start, frozenset()) == expected


# The field of the national ranking asked as a pool, and the place asked with where or "near the top": both held
# (5th of 28); another batch's or another region's field is not.
RANKED = [
    ("Jinpu placed fifth, but out of how big a pool?", 28),
    ("How big was the field Jinpu was ranked against?", 28),
    ("參評的一共有多少家？", 28),
    ("Where did Jinpu finish in the national review?", 5),
    ("where did jinpu place overall?", 5),
    ("People say Jinpu ended up near the top of the national list. Which place exactly?", 5),
]


@pytest.mark.parametrize("question, value", RANKED)
def test_the_ranking_and_its_field_are_asked_in_other_words(qa, question, value):
    answer = qa.answer(question)
    assert states(answer, value), answer.answer_text


@pytest.mark.parametrize("question", ["How large was the pool of applicants in the second batch?",
                                      "Where did Jinpu place among the consortia of Guangdong?",
                                      "第二批参评的一共有多少家？"])
def test_another_rankings_field_or_place_is_not_held(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 28) and not states(answer, 5), answer.answer_text
