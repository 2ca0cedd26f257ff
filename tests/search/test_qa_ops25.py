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
    # comparisons and claims with what the graph does not hold
    "Dalian University of Technology versus Harbin Institute of Technology: who signed more projects?",
    "Dalian Jiaotong University vs. Tsinghua University, which has more deals?",
    "Foreign firms vs. state-owned firms among the members: which side outnumbers the other, and what's its count?",
    "Companies vs. hospitals among the members: which side outnumbers the other, and what's its count?",
    "听说大工和华为签了项目，真有这回事吗？",
    # a headcount of people, never of members
    "What is the staff headcount of the member companies?",
    "What is the headcount of foreign-funded firms among the members?",
])
def test_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert not qa.answer(question).answers


DUT, JIAOTONG, DALIAN_U = "大连理工大学", "大连交通大学", "大连大学"


@pytest.mark.parametrize("question, picked", [
    ("Dalian University of Technology versus Dalian Jiaotong University: who signed more projects?", DUT),
    ("Dalian University of Technology vs Dalian Jiaotong University - who signed more projects?", DUT),
    ("Dalian Maritime University versus Dalian University: whose name turns up in more signed deals?", DALIAN_U),
])
def test_two_names_set_against_each_other_are_compared(qa, question, picked):
    answer = qa.answer(question)
    assert {a["label"] for a in answer.answers} == {picked}, answer.answer_text


@pytest.mark.parametrize("question", [
    "Companies vs. schools in the member roster: which side outnumbers the other, and what's its count?",
    "Companies or schools among the members: which side outnumbers the other, and how many is that?",
])
def test_the_winners_size_asked_after_a_comparison_is_no_side(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.lower().startswith("enterprises of all kinds is larger") and states(answer, 57), answer.answer_text


@pytest.mark.parametrize("question", [
    "Was the December 2022 Opinions jointly issued by the General Office of the CPC Central Committee and the General Office of the State Council?",
    "For a fact-check: the Opinions on vocational education, was it a joint release of the CPC Central Committee General Office and the State Council General Office?",
    "《关于深化现代职业教育体系建设改革的意见》是中共中央办公厅和国务院办公厅联合印发的吗？",
    "意見是中辦和國辦一起發的嗎？",  # traditional, colloquial
])
def test_a_joint_issuing_claimed_is_borne_out_by_the_documents_issuers(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("Yes", "是")) and answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "Was the Opinions jointly issued by the Ministry of Education and the General Office of the State Council?",
    "Did the General Office of the State Council and Dalian University of Technology jointly issue the Opinions?",
    "意见是教育部和国务院办公厅联合印发的吗？",
])
def test_a_joint_issuing_by_a_body_that_issued_nothing_is_no_yes(qa, question):
    assert not qa.answer(question).answer_text.startswith(("Yes", "是")), question


def test_a_clause_opened_by_an_auxiliary_after_a_comma_asks_a_verdict(qa):
    answer = qa.answer("The 120 million yuan behind the equipment-manufacturing training base, did the company and the college put it up together?")
    assert answer.answer_text.startswith("Yes"), answer.answer_text


def test_a_which_question_with_an_aside_asks_no_verdict():
    from search.qa_verdict_cues import WH_BEFORE_EN, YES_NO_CLAUSE_EN
    text = "which projects, if any, did the university sign with heye?"
    clause = YES_NO_CLAUSE_EN.search(text)
    assert clause is None or WH_BEFORE_EN.search(text, 0, clause.start())


@pytest.mark.parametrize("question, verdict", [
    ("朋友跟我说金普新区是全国第一批的国家级产教联合体，他是在吹牛还是真有这回事？", "是"),
    ("金普新区是国家首批产教联合体，真有这回事吗？", "是"),
    ("聽說金普新區是第二批獲批的，真有這回事嗎？", "否"),  # traditional
    ("同事说金普新区综合排名第一，她是在吹牛还是真有这回事？", "否"),
])
def test_a_claim_put_with_a_tag_asking_whether_it_is_so_gets_its_verdict(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("What is the headcount of research institutions among the members?", 4),
    ("For a slide: the trade associations and other social bodies in the membership, what is their headcount?", 6),
])
def test_a_headcount_of_a_kind_in_the_membership_counts_its_members(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count), answer.answer_text
