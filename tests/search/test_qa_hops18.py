"""Round-18 question answering on the real graph, hops18's shapes, each worded apart from the development
cases that found it, in both languages and traditional script, with cases whose right answer is empty:

- a profile asked with what it should say ("在签约里扮演什么角色", "what sort of firm is it and what did it sign up
  for", "a quick rundown"): the profile answers, each line cited; a post or a figure asked is no profile;
- a person standing for the organisation of their post beside another organisation named ("董建军任职的企业在哪个
  项目里和X合作"): the cooperations the two share;
- two hops whose second is narrowed by an industry ("和X合作的大学还和哪些制药企业合作", "跟X合作的学校，在哪个人才
  培养项目里和两家药企合作");
- two answer types said as two sides ("出企业的是谁，出大学的又是谁", "the company on one side, the college on
  the other"), each answered, a side with nothing said to be empty;
- a company named by its industry in one word ("哪些车企", "藥企", "which carmaker", "drugmakers"): companies of
  that industry, none when the partner has none of it.
"""

import pytest

from tests.search.dev_goals import labels

SANYOU_BASE = "高低压电器装备制造产业产教融合实训基地项目"
BIPOLAR = "质子交换膜燃料电池金属石墨复合双极板开发项目"


def cited(answer) -> bool:
    return all(e["source"] or e.get("derivation") for e in answer.evidence)


@pytest.mark.parametrize("question, must", [
    ("Quick rundown on Dalian Sanyou Electrical Equipment, please.", {SANYOU_BASE, "大连理工大学"}),
    ("一汽解放大连柴油机在这次签约中扮演了什么角色？", {"共建共享型区域产教融合实践基地项目", "辽宁轻工职业学院"}),
    ("國創氫能是做什麼的？在聯合體裡跟誰搭檔？", {BIPOLAR, "大连交通大学"}),
    ("What do we know about Dong Jianjun?", {"通用技术集团大连机床有限责任公司", "副总经理"}),
    ("Dalian Yaming Automobile Parts: what sort of firm is it, and what is its role in the consortium?",
     {"大连市数字人才产教融合实训中心合作项目"}),
])
def test_a_profile_asked_with_what_it_should_say(qa, question, must):
    answer = qa.answer(question)
    assert must <= labels(answer), answer.answer_text
    assert answer.understanding.get("plan") is None and cited(answer), answer.answer_text


@pytest.mark.parametrize("question, person", [
    ("介绍一下大连职业技术学院的党委书记", "杨跃权"),
    ("Tell me about the deputy general manager of GT Dalian Machine Tool.", "董建军"),
])
def test_a_post_asked_beside_a_profile_word_is_answered_as_a_post(qa, question, person):
    answer = qa.answer(question)
    assert person in labels(answer), answer.answer_text
    assert "参与" not in answer.answer_text and "takes part" not in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", ["Give me a short profile of Shenzhen Polytechnic University.",
                                      "简单介绍一下华为公司在联合体里的角色"])
def test_a_profile_of_what_the_graph_does_not_hold_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.evidence == [], answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("杨跃权所在学校在哪个项目里和普兰店区职教中心合作？", {"辽宁省乡村振兴产业学院项目"}),
    ("In which project does the college Yang Yuequan heads work with Dalian Ligong Technology?", {"罗克韦尔技术协同创新中心项目"}),
    ("董建军任职的企业和大连理工大学一起搞的是哪个项目？", {"卧式车铣镗复合加工中心性能调控技术攻关项目"}),
])
def test_a_person_stands_for_the_organisation_of_their_post_beside_a_partner(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text
    assert cited(answer)


@pytest.mark.parametrize("question, must", [
    ("那位副总经理所在的企业还和哪所高职院校合作？", {"大连职业技术学院"}),
    ("校長所在的學校跟哪家幼兒園有合作？", {"大连市金州区第一幼儿园"}),
    ("Which project does the deputy general manager's company run with Dalian University of Technology?",
     {"卧式车铣镗复合加工中心性能调控技术攻关项目"}),
])
def test_a_title_held_at_one_organisation_stands_for_it(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text


@pytest.mark.parametrize("question, speaker", [
    ("“学校教育更加紧密地围绕企业实际需要”，这话出自哪位之口？", "杨跃权"),
    ("为企业解决了社会招聘技能工人不能很快适应岗位的难题——这番话出自哪一位受访者？", "董建军"),
])
def test_words_said_asked_for_their_speaker_not_their_source(qa, question, speaker):
    answer = qa.answer(question)
    assert labels(answer) == {speaker}, answer.answer_text


@pytest.mark.parametrize("question", ["董建军所在公司在哪个项目里跟大连交通大学合作？",
                                      "Which project does Yang Yuequan's college share with Dalian Jiaotong University?"])
def test_a_post_holder_organisation_with_no_shared_project_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, must, never", [
    ("和国创氢能合作的那所大学，还和哪些智能装备企业合作？", {"大连河野智能装备有限公司"}, "碧菲分离膜(大连)有限公司"),
    ("The university partnering Dongfeng Nissan: which electrical equipment firms does it also work with?",
     {"大连三友电器设备有限公司"}, "通用技术集团大连机床有限责任公司"),
    ("跟冰山松洋合作的大學，還和哪幾家汽車企業合作？", {"大连亚明汽车部件股份有限公司"}, "石药集团远大(大连)制药有限公司"),
])
def test_the_second_hop_narrowed_by_an_industry(qa, question, must, never):
    answer = qa.answer(question)
    assert labels(answer) == must and never not in answer.answer_text, answer.answer_text
    assert cited(answer)


@pytest.mark.parametrize("question, must", [
    ("跟冰山松洋合作的学校，在哪个人才培养项目里和两家药企合作？", {"现代中药与生物制药高层次应用型人才联合培养项目"}),
    ("和冰山松洋合作的那所學校，在哪個人才培養項目裡跟藥企合作？", {"现代中药与生物制药高层次应用型人才联合培养项目"}),
])
def test_the_cooperation_asked_of_a_partner_narrowed_by_a_later_class(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text
    assert cited(answer)


@pytest.mark.parametrize("question", ["和国创氢能合作的那所大学，还和哪些制药企业合作？",
                                      "跟冰山松洋合作的学校，在哪个科技创新项目里和药企合作？",
                                      "The university that works with Guochuang Hydrogen: which pharma companies does it also work with?"])
def test_a_second_hop_narrowed_to_nothing_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, both", [
    ("双极板那个项目，出企业的是哪家，出大学的又是哪所？", {"国创氢能科技有限公司", "大连交通大学"}),
    ("充電系統故障檢測那項，出企業的是誰，出高校的是誰？", {"东风日产大连有限公司", "大连理工大学"}),
    ("Rockwell centre: the company on one side, the college on the other?", {"大连锂工科技有限公司", "大连职业技术学院"}),
    ("For the Rockwell centre, list the tech company involved and the college.", {"大连锂工科技有限公司", "大连职业技术学院"}),
])
def test_two_answer_types_said_as_two_sides(qa, question, both):
    answer = qa.answer(question)
    assert labels(answer) == both, answer.answer_text
    assert cited(answer)


@pytest.mark.parametrize("question, said", [("开源鸿蒙那个中心，出企业的是谁，出大学的又是谁？", "没有"),
                                            ("OpenHarmony centre: the company on one side, the university on the other?", "no company")])
def test_a_side_with_nothing_is_said_to_be_empty(qa, question, said):
    answer = qa.answer(question)
    assert labels(answer) == {"大连理工大学"}, answer.answer_text
    assert said in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("大连理工大学和哪些车企合作？", {"东风日产大连有限公司"}),
    ("跟大連大學合作的藥企都有哪幾家？", {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司"}),
    ("Which carmakers does Dalian University of Technology work with?", {"东风日产大连有限公司"}),
    ("Which carmaker subsidiary and which university teamed up on fast fault detection for EV charging?",
     {"东风日产大连有限公司", "大连理工大学"}),
    ("Name the drugmakers partnering Dalian University.", {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司"}),
])
def test_a_company_named_by_its_industry_in_one_word(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text
    assert cited(answer)


@pytest.mark.parametrize("question", ["大连交通大学和哪些药企合作？", "Which drugmakers work with Dalian Jiaotong University?"])
def test_a_company_of_an_industry_the_partner_lacks_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
