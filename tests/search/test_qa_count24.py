"""Round-24 negations, rankings, comparisons and counts, on the real graph, each worded apart from the development cases
that found them, in both languages, traditional script and colloquial forms, with cases whose right answer is empty:

- a negated identity ("不是大工的大学", "universities … that are not DUT") leaves the one named out, as "besides" does,
  not its partners (search.qa_identity); a negated relation ("不是大工的合作伙伴") is not one;
- the others of a class doing what an earlier clause says one of them does ("DUT has R&D deals; which universities
  also have one?", "还有哪些大学也有") leave that one out (search.qa_other_kind);
- a place asked after a sentence stating the first ("企业最多，其次是哪类", "X tops the table; who is the runner-up")
  is that place of the ranking, the first's holder no constraint (search.qa_rank_premise);
- a verb of winning between two names ("does A beat B", "A超过B了吗") compares the two (search.qa_comparative);
- the nouns naming the parts ("the smallest group") are no figure's words; "the number of X", "their number" count X;
- "far more than all the rest", "远多于其他", a size beyond the ordinary in a which-one question ("名单特别长") are the
  superlative (search.qa_more_than_all).
"""

import pytest

from search.qa_comparative import comparative
from search.qa_identity import identity_denied
from search.qa_more_than_all import as_superlative
from search.qa_rank_premise import ranked_after_premise
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels, states

DUT, DVTC, DALIAN_U, JIAOTONG, MINZU = "大连理工大学", "大连职业技术学院", "大连大学", "大连交通大学", "大连民族大学"
DIGITAL = "大连市数字人才产教融合实训中心合作项目"
SCHOOLS, RESEARCH, SOCIAL = "中高等院校", "科研机构", "行业协会等社会组织"


@pytest.mark.parametrize("question", [
    "Which universities in the tech innovation category are not Dalian University of Technology?",
    "科技创新类项目里，不是大连理工大学的大学有哪些？",
    "科技創新類項目裡，不是大工的大學有哪幾所？",  # traditional, short form
])
def test_a_negated_identity_leaves_the_one_named_out(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {JIAOTONG, DALIAN_U}, answer.answer_text


@pytest.mark.parametrize("question", [
    "DUT has tech innovation projects; which universities also have one?",
    "大工有科技创新类项目，还有哪些大学也有？",
    "大工有科技創新類項目，哪些大學也有？",  # traditional
])
def test_others_doing_the_same_also_leave_the_one_named_out(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {JIAOTONG, DALIAN_U}, answer.answer_text


def test_an_also_in_a_verdict_asks_no_others(qa):
    from search.qa_other_kind import others_of_asked
    u = understand(normalize("我在大连医科大学读书，我们学校是不是也在数字人才项目的名单上？"), qa.lexicon)
    assert others_of_asked(u, qa.lexicon.catalogue.ancestors) == ()


def test_a_negated_identity_keeps_the_partners(qa):
    found = labels(qa.answer("哪些高校不是大工？"))
    assert DUT not in found and {JIAOTONG, DVTC, MINZU} <= found


@pytest.mark.parametrize("question", [
    "哪些大学不是大连理工大学的合作伙伴？",  # a relation denied, not who the answer is
    "Which universities are not partnering with Dalian University of Technology?",
    "基地类项目里，哪些企业的合作方不是大连理工大学？",  # the partner role denied
    "哪些项目不是大连理工大学参与的？",  # the name is no answer's kind
    "人才培养类里，哪些项目的合作高校不是大工？",  # a partner's role denied, not the projects asked
    "Which talent projects have a partner university that is not DUT?",
])
def test_a_negated_relation_is_no_identity(qa, question):
    u = understand(normalize(question), qa.lexicon)
    assert identity_denied(u, qa.lexicon)[1] == ()


@pytest.mark.parametrize("question, picked, count", [
    ("企业是成员里最大的一块，其次是哪类？", {SCHOOLS}, 17),
    ("企業是成員裡最多的一類，排第二的是哪一類？", {SCHOOLS}, 17),  # traditional
    ("Research institutes are the smallest group of members. Which type comes second?", {SOCIAL}, 6),
    ("大工參與的項目最多，排第二的是哪所學校？", {DVTC}, 5),
    ("DUT has the most signed projects of any school; who is the runner-up by number of projects?", {DVTC}, 5),
])
def test_a_place_asked_after_the_first_is_stated(qa, question, picked, count):
    answer = qa.answer(question)
    assert labels(answer) == picked and states(answer, count), answer.answer_text


@pytest.mark.parametrize("text", [
    "which school comes second?",  # no premise: no ranking to read
    "dut has the most projects. which school did it sign with?",  # no other place asked
    "哪所学校排第二？",
])
def test_no_premise_or_no_place_is_left_alone(qa, text):
    assert ranked_after_premise(text, understand(text, qa.lexicon), qa.lexicon) == text


@pytest.mark.parametrize("question, verdict, picked", [
    ("Does Dalian Jiaotong University beat Dalian Minzu University in number of projects?", "Yes", {JIAOTONG}),
    ("Does Dalian Maritime University outnumber Dalian University in signed projects?", "No", {DALIAN_U}),
    ("民大勝過交大嗎？", "否", {JIAOTONG}),  # traditional, short forms
    ("交大的签约项目超过民大了吗？", "是", {JIAOTONG}),
])
def test_a_verb_of_winning_compares_two(qa, question, verdict, picked):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict) and labels(answer) == picked, answer.answer_text


def test_the_other_way_round_asks_which(qa):
    answer = qa.answer("By count of agreements, does Dalian Vocational and Technical College beat DUT, or the other way round?")
    assert labels(answer) == {DUT} and states(answer, 6), answer.answer_text


def test_a_verb_of_winning_needs_two_names(qa):
    text = "dut tops the table. which school is second?"
    assert comparative(text, understand(text, qa.lexicon)) == text


@pytest.mark.parametrize("question, picked, count", [
    ("Which member category is the smallest group?", {RESEARCH}, 4),
    ("What is the biggest group among the members?", {"各类企业"}, 57),
    ("What is the number of research institutes among the members?", {RESEARCH}, 4),
    ("The research institutes among the members: what's their number?", {RESEARCH}, 4),
])
def test_parts_and_numbers_said_otherwise(qa, question, picked, count):
    answer = qa.answer(question)
    assert labels(answer) == picked and states(answer, count), answer.answer_text


@pytest.mark.parametrize("text, expected", [
    ("which project had far more parties than all the rest?", "which project had the most parties?"),
    ("which university signed way more deals than the rest?", "which university signed the most deals?"),
    ("哪个项目的签约方远多于其他项目？", "哪个项目的签约方最多？"),
    ("哪个项目的签约方名单特别长？", "哪个项目的签约方名单最长？"),
    ("大连理工大学的项目特别多吗？", "大连理工大学的项目特别多吗？"),  # no which-one: a claim, no superlative
])
def test_more_than_the_rest_and_standing_out_are_the_superlative(text, expected):
    assert as_superlative(text) == expected


@pytest.mark.parametrize("question", [
    "哪个项目的签约方名单特别长？",
    "哪個項目簽約單位特別多？",  # traditional
    "Which deal has a really long list of signatories?",
    "One deal had far more signatories than all the rest. Which one?",
])
def test_the_standout_project_is_the_one_with_most_parties(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {DIGITAL} and states(answer, 15), answer.answer_text


@pytest.mark.parametrize("question", [
    "Which universities in the tech innovation category are not Harbin Institute of Technology?",
    "DUT tops the list of research funding; which university comes second?",
    "大工科研经费最多，第二名是哪所大学？",
    "Does Dalian Jiaotong University beat Harbin Institute of Technology in projects?",
    "What is the number of foreign-funded companies among the members?",
    "Which university has far more research funding than all the rest?",
])
def test_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert not qa.answer(question).answers
