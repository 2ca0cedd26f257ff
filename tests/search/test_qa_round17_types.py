"""Round-17 question answering on the real graph, types17's operators: two answer kinds in one question
(a side said after a class word, "企业那方"; class words joined by the count of the next, "一家幼儿园一所学院";
an English question closing on a list of class words), the parts of a stated total ranked (by place, "排第一",
"comes second by size", and a place beyond the parts answered empty) and compared ("哪种成员更多", "which
outnumbers which: A or B"), and organisations ranked by the projects they sign when the kind is said before
the question word ("签约的高校当中，哪一所…最多"). Each is worded apart from the development case that found it,
in both languages and traditional script; numbers are matched as whole numbers."""

import pytest

from search.understand import understand
from tests.search.dev_goals import labels, states


@pytest.mark.parametrize("question, both", [
    ("压缩机创新中心项目，企业那方和大学那方分别是谁？", {"冰山松洋压缩机(大连)有限公司", "大连大学"}),
    ("鄉村振興產業學院，職教中心和企業各是哪家", {"普兰店区职教中心", "大连第一互感器集团"}),
    ("托幼一体化基地一家幼儿园一所学院都叫啥", {"大连市金州区第一幼儿园", "大连职业技术学院"}),
    ("For the hydrogen bipolar plate project, who is on each side, company and university?",
     {"国创氢能科技有限公司", "大连交通大学"}),
])
def test_two_answer_kinds_each_answered(qa, question, both):
    answer = qa.answer(question)
    assert labels(answer) == both, answer.answer_text
    assert all(e["source"] or e.get("derivation") for e in answer.evidence)


@pytest.mark.parametrize("question, said", [
    ("开源鸿蒙项目，企业那方和大学那方各是谁", "没有找到"),
    ("For the Hongmeng talent centre, who is on each side, company and university?", "holds no company"),
])
def test_a_kind_with_no_answer_is_said_to_be_empty(qa, question, said):
    answer = qa.answer(question)
    assert labels(answer) == {"大连理工大学"}, answer.answer_text
    assert said in answer.answer_text, answer.answer_text


def test_a_choice_of_kinds_is_no_two_answer_kinds(qa):
    form = qa.form(understand("which has more members: government offices or associations?", qa.lexicon))
    assert "two types" not in form.operators


@pytest.mark.parametrize("question, part, value", [
    ("成员单位按数量排，排第一的是哪一类", "各类企业", 57),
    ("成員單位裡數量排第二的是哪一類", "中高等院校", 17),
    ("Which kind of member ranks third by number?", "市、区级政府部门", 13),
    ("Which member category comes last by size, the smallest?", "科研机构", 4),
])
def test_the_parts_of_the_stated_total_ranked(qa, question, part, value):
    answer = qa.answer(question)
    assert labels(answer) == {part}, answer.answer_text
    assert states(answer, value) and all(e["source"] or e.get("derivation") for e in answer.evidence)


@pytest.mark.parametrize("question", ["成员单位里数量排第六的是哪一类", "Which member category comes sixth by size?"])
def test_a_place_beyond_the_parts_is_answered_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert states(answer, 5) and states(answer, 57), answer.answer_text  # the five parts, each stated


@pytest.mark.parametrize("question, winner, loser", [
    ("行業協會這類社會組織和政府部門，哪一類成員多", "市、区级政府部门", "行业协会等社会组织"),
    ("科研机构跟中高等院校，成员里哪种更多？", "中高等院校", "科研机构"),
    ("Which outnumbers which among the members: research institutions or NGOs?", "行业协会等社会组织", "科研机构"),
])
def test_two_parts_of_the_total_compared(qa, question, winner, loser):
    answer = qa.answer(question)
    assert winner in labels(answer) and loser not in labels(answer), answer.answer_text
    assert sum(1 for e in answer.evidence if e["source"]) == 2, answer.evidence


@pytest.mark.parametrize("question, winner", [
    ("签约的高校当中，哪一所参与的项目最多", "大连理工大学"),
    ("簽約的職業院校裡，哪一家拿下的項目最多？", "大连职业技术学院"),
    ("Which university's name is on the most of the sixteen agreements?", "大连理工大学"),
])
def test_the_kind_said_before_the_question_word_is_ranked_by_projects(qa, question, winner):
    assert labels(qa.answer(question)) == {winner}


def test_a_kind_that_signs_nothing_has_no_top_signer(qa):
    answer = qa.answer("签约的行业协会当中，哪一家拿下的项目最多")
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, parties", [
    ("How many signatories does the Rockwell centre project have?", {"大连职业技术学院", "大连锂工科技有限公司"}),
    ("托幼一体化基地有几个签约方？", {"大连市金州区第一幼儿园", "大连职业技术学院"}),
])
def test_a_cooperations_signatories_are_counted_by_its_parties(qa, question, parties):
    answer = qa.answer(question)
    assert labels(answer) == parties and states(answer, len(parties)), answer.answer_text


def test_a_kind_of_signatory_a_cooperation_lacks_is_counted_as_none(qa):
    answer = qa.answer("開源鴻蒙項目有幾家企業簽約？")
    assert answer.answers == [] and states(answer, 0), answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("人才培养这一类，签下来的总共几项？", 5),
    ("数一数，大连海事大学的名字挂在几个项目上？", 1),
    ("大連交通大學這回手裡有幾個合作項目？", 3),
])
def test_colloquial_counts_read_no_topic_from_their_asking_words(qa, question, count):
    answer = qa.answer(question)
    assert len(answer.answers) == count and states(answer, count), answer.answer_text
