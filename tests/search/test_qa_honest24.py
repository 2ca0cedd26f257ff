"""Verdicts and figures held to what the graph states (round 24): wordings written for these readings, none in a
development set or a calibration set, in both languages, traditional script and colloquial forms, with the near
twins whose right answer the graph does hold.

- a person's employer asked when the graph holds no post of theirs (a byline name): nothing, never the partners of
  every organisation (search.qa_profile.affiliation);
- a kind claimed of one cooperation ("算人才培养类吗"): its own kind decides, never a party's taking part in it
  (search.qa_kind_claim);
- a figure asked of a kind of cooperation its owner is not of ("攻关课题投资多少钱": the 1.2亿元 is the training
  base's): nothing, the figure held cited (search.qa_owner_kind).
"""

import pytest

from search.qa_values import states_number

CHARGING, BIFEI, KONO, HARMONY = "新能源汽车充电系统故障快速检测技术攻关项目", "产教融合实习实践基地项目", "超声悬浮精密零件减摩搬运工作台研制项目", "开源鸿蒙人才培养中心项目"


@pytest.mark.parametrize("question", [
    "Who does Du Shuze work for?",
    "周光是哪个单位的？",
    "王镔在哪个单位上班？",
    "杜樹澤是哪家單位的人？",  # traditional script
    "Which organisation is Wang Bin with?",
])
def test_a_person_holding_no_post_has_no_employer(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, org", [
    ("Who does Zheng Hong work for?", "大连新闻传媒集团"),  # the one byline name with a post
    ("杨跃权在哪个单位？", "大连职业技术学院"),
    ("Where does Dong Jianjun work?", "通用技术集团大连机床有限责任公司"),
])
def test_a_person_holding_a_post_is_still_placed(qa, question, org):
    assert org in [a["label"] for a in qa.answer(question).answers]


@pytest.mark.parametrize("question", [
    "东风日产那个充电检测的项目，算人才培养类吗？",
    "Is the Dongfeng Nissan charging project a talent-training project?",
    "Does the Bifei membrane internship base count as a talent-cultivation project?",
    "河野那个搬运工作台项目算基地项目吗",  # colloquial
    "托幼一体化那个项目是科技创新类的吗？",
    "罗克韦尔那个项目是科技创新类的吗？",
    "Is the Heye ultrasonic levitation worktable project in the talent cultivation category?",
    "碧菲那个实习基地是人才培养类吗",
])
def test_a_kind_claimed_of_a_project_of_another_kind_is_denied(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, project", [
    ("碧菲分離膜那個實習基地屬於基地類項目嗎？", BIFEI),  # traditional script
    ("开源鸿蒙那个中心算人才培养类吗", HARMONY),
    ("托幼一体化那个项目是不是人才培养类的？", "金普新区托幼一体化人才培养基地项目"),
    ("Is the Heye ultrasonic levitation worktable project in the science and technology innovation category?", KONO),
    ("大连大学参与的那个压缩机创新中心是不是科技创新类项目？", "辽宁省压缩机专业技术创新中心项目"),
])
def test_a_kind_claimed_of_a_project_of_that_kind_is_borne_out(qa, question, project):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("是", "Yes")), answer.answer_text
    assert project in [a["label"] for a in answer.answers]


@pytest.mark.parametrize("question", [
    "大连机床签的攻关课题投资多少钱？",
    "How much was invested in the machine-tool company's R&D project?",
    "機床公司那個科技創新類項目投了多少錢？",  # traditional script
    "大连职院的人才培养项目投资规模多大？",
    "How many internship places does DVTC's talent-training project provide?",
    "大连职业技术学院的人才培养类项目提供了多少实习岗位？",
])
def test_a_figure_of_another_kind_of_cooperation_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, number", [
    ("机床公司和职院那个实训基地投了多少钱？", 120000000),
    ("机床公司那个基地项目投了多少钱？", 120000000),  # a base called a base project
    ("装备制造实训基地投资多少", 120000000),
    ("How many research results has the machine-tool firm's base produced so far?", 31),
])
def test_a_figure_of_its_own_kind_is_still_answered(qa, question, number):
    answer = qa.answer(question)
    assert answer.answers and states_number(answer.answer_text, number), answer.answer_text


@pytest.mark.parametrize("question", [
    "成员单位当中有外资或者合资背景的公司占几家？",
    "联合体成员里有外资背景的企业有多少家？",
    "成員單位中國有性質的企業有幾家？",  # traditional script
    "Among the members, how many companies are foreign-owned?",
    "How many member firms that are privately owned are there?",
])
def test_a_kind_of_member_narrowed_by_a_clause_gets_no_stated_figure(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, number", [
    ("联合体成员里有多少家企业？", 57),
    ("联合体成员中的科研机构有几家？", 4),  # 成员中的: the whole named before 的
    ("How many companies are members of the consortium?", 57),
])
def test_a_kind_of_member_unnarrowed_still_gets_its_stated_figure(qa, question, number):
    assert states_number(qa.answer(question).answer_text, number)


@pytest.mark.parametrize("question", [
    "was Jinpu among the pioneers of the first round nationwide?",
    "Was Jinpu in the inaugural batch of national consortia?",
    "金普是头一批拿到国家级的吗？",
    "金普新區是第一輪就獲批的嗎？",  # traditional script
    "Did Jinpu make the first wave of national city-level consortia?",
])
def test_the_first_batch_said_otherwise_is_borne_out(qa, question):
    assert qa.answer(question).answer_text.startswith(("是", "Yes"))


@pytest.mark.parametrize("question", ["Was Jinpu approved in the second round?", "金普是第二轮才批的吗？"])
def test_another_round_is_denied(qa, question):
    assert qa.answer(question).answer_text.startswith(("否", "No"))


@pytest.mark.parametrize("question", [
    "Did Dongfeng Nissan hire graduates from Dalian University of Technology?",
    "东风日产招过大工的毕业生吗？",
    "大连理工大学给东风日产捐过钱吗？",
    "Did DUT sue Dongfeng Nissan?",
    "東風日產收購了大連理工大學嗎？",  # traditional script
])
def test_a_shared_project_bears_out_no_other_relation(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not answer.answer_text.startswith(("是", "Yes", "否", "No")), answer.answer_text


@pytest.mark.parametrize("question", [
    "Is Dongfeng Nissan a partner of Dalian University of Technology?",
    "东风日产和大连理工大学合作过吗？",
    "Did Dongfeng Nissan team up with DUT?",
    "东风日产跟大工一起搞过项目没？",  # colloquial
])
def test_a_shared_project_bears_out_cooperating(qa, question):
    assert qa.answer(question).answer_text.startswith(("是", "Yes"))


@pytest.mark.parametrize("question, verdict", [
    ("三友电器那个实训基地的合作方应该是交大吧？", "否"),  # the partner is another university: a held fact contradicts
    ("三友电器那个实训基地的合作方应该是大工吧？", "是"),
    ("冰山松洋那个压缩机中心是跟大连大学一起建的吧？", "是"),
    ("聯合體成員是97家吧？", "是"),  # traditional script
    ("联合体成员应该是一百家吧", "否"),
])
def test_a_claim_put_for_confirmation_by_shi_ba_gets_a_verdict(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)


@pytest.mark.parametrize("question", [
    "数字人才实训中心投资了1.2亿吗？",  # the 1.2亿元 is the training base's
    "Has the OpenHarmony centre already trained 500 students?",  # the 1,000 a year are a plan's
])
def test_a_figure_claimed_of_a_cooperation_holding_none_gets_no_verdict(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not answer.answer_text.startswith(("是", "Yes", "否", "No")), answer.answer_text


@pytest.mark.parametrize("question, verdict", [
    ("装备制造实训基地投资了1.2亿吗？", "是"),
    ("实训基地投资了2亿元吗？", "否"),
    ("Did the training base produce 31 research results?", "Yes"),
])
def test_a_figure_claimed_of_its_own_owner_gets_its_verdict(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)
