"""Honesty around a described entity's post: a title asked of one owner is never answered by the holder of that title
at another organisation the question names in passing or that its owner cooperates with (round 38, issue #14).

The owner is what stands right before the title in Chinese ("…那边的党委书记", "…产业学院的院长", "…的幼儿园，校长是谁"),
after its "of" or before its "'s" in English; an owner holding no such post, or a project (no one holds a post at a
cooperation), keeps the answer empty (search.qa_post_owner.unowned_title). Each empty question has a twin asking the
same post of its holder's own organisation, which keeps its answer.

Beside it, two readings of the same honesty: a yes/no claiming the kind of the cooperation two parties share is
checked against that kind (search.qa_yes_no), and a claim closed by a request to verify it gets a verdict
(search.wording.VERIFY_ZH).

Wordings of our own; simplified and traditional Chinese and English.
"""

import pytest

YANG = {"杨跃权", "Yang Yuequan"}
DONG = {"董建军", "Dong Jianjun"}


def _labels(answer) -> set[str]:
    return {a["label"] for a in answer.answers} | {a.get("label_en", "") for a in answer.answers}


@pytest.mark.parametrize("question", [
    "乡村振兴产业学院的院长是谁？",
    "鄉村振興產業學院的院長是誰？",
    "杨跃权是大连职院的书记兼校长，那大连理工那边的党委书记叫什么？",
    "大连理工，党委书记是谁？",
    "和大连职业技术学院一起建托幼一体化基地的幼儿园，校长是谁？",
    "Who is the principal of Dalian Vocational's partner kindergarten?",
    "Who is the principal of the kindergarten that trains preschool teachers with Dalian Vocational?",
])
def test_a_post_asked_of_an_owner_holding_none_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert "杨跃权担任" not in answer.answer_text and "Yang Yuequan:" not in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, holder", [
    ("大连职业技术学院的校长是谁？", YANG),
    ("大連職業技術學院的黨委書記是誰？", YANG),
    ("Who is the president of Dalian Vocational & Technical College?", YANG),
    ("金州那家幼儿园所合作的学校，它的校长叫什么？", YANG),
    ("Who is the deputy general manager of the lathe company?", DONG),
    ("机床厂的副总经理是谁？", DONG),
])
def test_the_owners_own_post_is_answered(qa, question, holder):
    answer = qa.answer(question)
    assert _labels(answer) & holder, answer.answer_text


def test_a_claim_about_a_named_persons_post_gets_its_verdict(qa):
    answer = qa.answer("杨跃权是大连理工的校长吗？")
    assert answer.answer_text.startswith("否"), answer.answer_text
    assert "大连职业技术学院" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, kind_said", [
    ("大连交通大学和碧菲分离膜合作的是研发项目吗？", True),
    ("東風日產和大連理工大學合作的是人才培養項目嗎？", True),
    ("Did Bifei and Dalian Jiaotong University sign a technology innovation project?", True),
    ("大连交通大学和碧菲分离膜合作的是基地项目吗？", False),
    ("东风日产和大连理工大学合作的是科技创新类项目吗？", False),
])
def test_a_claimed_kind_of_shared_cooperation_is_checked(qa, question, kind_said):
    """A yes/no claiming the kind of the cooperation two parties share: "no" with what they share when it is of
    another kind (search.qa_yes_no._of_kind), "yes" when it is of that kind."""
    text = qa.answer(question).answer_text
    assert text.startswith(("否", "No")) if kind_said else text.startswith(("是", "Yes")), text


@pytest.mark.parametrize("question, verdict", [
    ("有人说大连交通大学参与了罗克韦尔技术协同创新中心，请核实。", "否"),
    ("有人說大連職業技術學院參與了羅克韋爾技術協同創新中心，幫我核實一下。", "是"),
    ("听说金普在二十八家里拿了头名，麻烦核对一下", "否"),
    ("My colleague says Dalian Jiaotong University is part of the Rockwell technology centre. Please verify.", "No"),
])
def test_a_request_to_verify_a_claim_gets_a_verdict(qa, question, verdict):
    """A claim closed by a request to check it ("请核实", "Please verify."): yes or no with the evidence, never a
    refusal naming the request's words (search.wording.VERIFY_ZH, VERIFY_EN)."""
    text = qa.answer(question).answer_text
    assert text.startswith(verdict), text
