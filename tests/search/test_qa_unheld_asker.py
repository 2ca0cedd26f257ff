"""The refusal gate for names the graph lacks (search.qa_readings.Readings.unheld, search.qa_leftover_model): a word
about the asker — their task, role, place or audience — is told apart from one about the subject the graph does not
hold. Round 34: the model's position features read the question as the answerer reads it (folded to simplified script;
a Latin word glued to Han characters, "做PPT", stands where it is written), a pronoun after an unheld name points back at
the nearest name before it (a linked one between takes it: "KYC file: … Dong Jianjun … who does he work for"), and a
verdict read without the name is weighed as an answer is ("No" has no answers of its own). Own wordings (zh,
traditional, en), none in a development set; each has an empty twin of the same shape that must stay refused."""

from __future__ import annotations

import pytest

from search.qa_leftover_model import position
from search.qa_told_apart import pointed_back
from search.qa_readings import is_verdict


@pytest.mark.parametrize("word, question", [
    ("ppt", "我在赶一份PPT,帮我查查:大连交通大学跟哪些企业签了项目?"),  # a Latin word glued to Han characters
    ("ppt", "帮同事改PPT。大连大学签了几个项目?"),
    ("台湾", "幫台灣來的考察團備課：大連理工大學簽了哪些項目？"),  # traditional script, read folded
    ("excel", "Filling an Excel sheet for my boss. Which firms did Dalian Jiaotong University sign with?"),
])
def test_a_word_of_the_askers_errand_stands_aside_however_it_is_written(word, question):
    assert position(word, question)["aside"] == 1.0


@pytest.mark.parametrize("word, question", [
    ("ppt", "哪个项目做了PPT课件?"),  # the twins: the word in the asking clause
    ("台湾", "台灣有哪些學校參加了聯合體？"),
    ("excel", "Which project trains Excel skills?"),
])
def test_the_same_word_in_the_asking_clause_does_not(word, question):
    assert position(word, question)["aside"] == 0.0


@pytest.mark.parametrize("word, question", [
    ("工会", "联合体一共有几家成员单位？工会年终总结要用"),  # the asker's purpose told after the question
    ("report", "Which firms did Dalian Jiaotong University sign with? It's for my report."),
    ("簡報", "大連大學簽了幾個項目？我要做簡報"),
])
def test_a_word_told_after_the_last_asking_clause_is_after(word, question):
    assert position(word, question)["after"] == 1.0


@pytest.mark.parametrize("word, question", [
    ("工会", "工会参与了几个项目？"),  # the twins: the word asked about
    ("report", "Which report lists the firms Dalian Jiaotong University signed with?"),
])
def test_a_word_of_the_asking_clause_is_not_after(word, question):
    assert position(word, question)["after"] == 0.0


@pytest.mark.parametrize("question, name, held", [
    ("AML file note: Yang Yuequan appears in a loan memo. Which college does he run?", "AML", ["yang yuequan"]),
    ("Podcast prep, episode 3: Dong Jianjun is quoted. Who employs him?", "Podcast", ["dong jianjun"]),
    ("给KYC材料核对一下，董建军这个人，他在哪家单位？", "KYC", ["董建军"]),
])
def test_a_pronoun_points_back_at_the_nearest_name_before_it(question, name, held):
    assert pointed_back(question, name) and not pointed_back(question, name, held)


@pytest.mark.parametrize("question, name, held", [
    ("My cousin works at Nokia. Which university does the company partner with?", "Nokia", []),
    ("我表哥在华为上班，他们公司跟哪个学校签了合作？", "华为", []),
    # a linked name after the pointer is no antecedent of it
    ("I work at Nokia; does it partner with Dalian Jiaotong University?", "Nokia", ["dalian jiaotong university"]),
])
def test_an_unheld_name_with_no_name_between_is_still_pointed_back_at(question, name, held):
    assert pointed_back(question, name, held)


def test_a_verdict_is_told_by_its_opening_under_a_yes_no_reading():
    assert is_verdict("否，不是。图谱中没有…", ["yes/no"]) and is_verdict("Yes. …", ["yes/no"])
    assert not is_verdict("否则…", []) and not is_verdict("The graph holds nothing about X.", ["yes/no"])


@pytest.mark.parametrize("question, verdict", [
    # read without "PTA", a "No" citing the partner the graph holds (no answers of its own)
    ("Slide check for the PTA: did Dalian University of Technology sign with Guochuang Hydrogen?", "No"),
    ("Did Guochuang Hydrogen partner with Dalian University of Technology? That's what the PTA newsletter says.", "No"),
    ("國創氫能跟大連交通大學合作了嗎？我的PPT裡是這樣寫的。", "是"),
    ("PPT核对:大连理工大学和国创氢能有合作吗?", "否"),
    # (left: "…我PPT上是这么写的。" — 这么 is read as asking, qa_frame.ASKS_TOO's 么, so PPT stands in an asking clause)
])
def test_a_verdict_read_without_the_askers_errand_is_given(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text


@pytest.mark.parametrize("question", [
    "国创氢能跟华为合作了吗？我的PPT里是这样写的。",  # the twins: an unheld name in the claim itself
    "Did Guochuang Hydrogen partner with Huawei? That's what the PTA newsletter says.",
    "PPT核对:国创氢能和华为有合作吗?",
    "Did Dalian Jiaotong University sign with Siemens? My slide deck says so.",
    "台灣的學校跟大連理工大學合作了嗎？",
])
def test_an_unheld_name_in_the_claim_is_still_refused(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not answer.answer_text.lower().startswith(("是", "yes")), answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("AML file note: Yang Yuequan appears in a loan memo. Which college does he run?", "大连职业技术学院"),
    ("Podcast prep, episode 3: Dong Jianjun is quoted. Who employs him?", "通用技术集团大连机床有限责任公司"),
])
def test_a_pronoun_after_a_linked_name_does_not_keep_the_askers_word(qa, question, must):
    answer = qa.answer(question)
    assert must in [a["label"] for a in answer.answers], answer.answer_text


@pytest.mark.parametrize("question", [
    "AML file note: which college in Singapore does Yang Yuequan run?",  # the twins: the place asked as a scope
    "Podcast prep: which Shenzhen firm employs Dong Jianjun?",
])
def test_an_unheld_scope_beside_a_linked_name_is_still_refused(qa, question):
    assert qa.answer(question).answers == []
