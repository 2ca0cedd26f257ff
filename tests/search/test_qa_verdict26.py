"""Round-26 verdicts with the correction (search.qa_correction), on the real graph, each worded apart from the
development cases that found them, in both languages, traditional characters, colloquial and with a typo:

- a claim that two named organisations worked on a cooperation the question names or describes, when they did not:
  "no", and the parties the graph lists for that cooperation;
- a claim that two named organisations worked together at all: "no", and the partner of the claimed kind the graph
  holds for the one with fewest (a company's one university partner);
- the verdict stays "no" and answers nothing; a true claim stays "yes"; a name the graph does not hold answers
  nothing, and a university with many partners of the kind gets no list cut short;
- every part a question asks answered by kind: a list of three kinds ("企业、高职和职教中心分别是谁"), a kind said as
  the partner ("两家企业和合作学校"), after a clause that asks yes or no only as a description ("能不能快速查出来，…
  是谁") or the asker's hearsay ("听说…"), which asks nothing said; "高层次人才" names no executive;
- a false claim of a person's post: "no", and the posts the graph holds of them; the first place said by a verb
  ("did Jinpu top the ranking"): "no", and the place held; a name the graph does not hold gets neither;
- a party of a role besides those an except clause sets aside ("除了A和B，C那家职教中心也在共建名单里吗"): yes with
  the parties of the role, else no (answering nothing) with the parties held.
"""

import pytest

from search.text import normalize

DUT, DJTU, DLU, DVTC = "大连理工大学", "大连交通大学", "大连大学", "大连职业技术学院"


def _said(answer, name: str) -> bool:
    return normalize(name) in normalize(answer.answer_text)


@pytest.mark.parametrize("question, held", [
    ("东风日产是跟大连交大一起搞的充电故障快检项目吗？", DUT),
    ("冰山松洋壓縮機的創新中心是跟大連理工大學合建的嗎？", DLU),
    ("碧菲那个实习实践基地是不是跟大工搭伙搞的啊", DJTU),
    ("Did Guochuang Hydrogen build the fuel-cell bipolar plate project with Dalian University of Technology?",
     "Dalian Jiaotong University"),
    ("Is the OpenHarmony talent centre a Dalian University of Technology and Dalian University job?",
     "Dalian Vocational & Technical College"),
])
def test_a_false_claim_on_a_cooperation_names_its_parties(qa, question, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text
    assert _said(answer, held), answer.answer_text


@pytest.mark.parametrize("question, held", [
    ("锂工科技跟大连理工大学是合作伙伴吧？", DVTC),
    ("Does Dongfeng Nissan partner with Dalian Jiaotong Univeristy?", "Dalian University of Technology"),
    ("國創氫能跟大連理工大學有沒有合作過？", DJTU),
])
def test_a_false_claim_of_working_together_names_the_partner_held(qa, question, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text
    assert _said(answer, held), answer.answer_text


def test_a_true_claim_stays_yes(qa):
    answer = qa.answer("东风日产是跟大工一起搞的充电故障检测项目吗？")
    assert answer.answer_text.startswith("是"), answer.answer_text


@pytest.mark.parametrize("question", [
    "Did Huawei team up with Dalian University of Technology on the charging-fault project?",
    "清华大学是不是跟石药一起签的人才联合培养项目？",
    "大连理工大学和大连交通大学合作过吗？",
])
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert "；" not in answer.answer_text and "; " not in answer.answer_text, answer.answer_text  # no list stated


@pytest.mark.parametrize("question, parties", [
    ("充电系统出故障能不能快速查出来，这个攻关是哪家车企和哪所大学一起做的？", {"东风日产大连有限公司", DUT}),
    ("乡村振兴产业学院那边，签约的企业、高职和职教中心分别是谁？", {"大连第一互感器集团", DVTC, "普兰店区职教中心"}),
    ("聽說有個分離膜的實習實踐基地，企業那方叫什麼、合作大學又是哪所？", {"碧菲分离膜(大连)有限公司", DJTU}),
    ("中药和生物制药高层次人才那个培养项目，两家企业和合作学校分别是谁？",
     {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司", DLU}),
])
def test_every_asked_part_is_answered(qa, question, parties):
    answer = qa.answer(question)
    assert not answer.answer_text.startswith(("是", "否")), answer.answer_text
    assert parties <= {a["label"] for a in answer.answers}, answer.answer_text


@pytest.mark.parametrize("question", [
    "充电故障能不能快速查出来，这个项目的医院合作方是哪家？",
    "听说有个分离膜的实习实践基地，合作的医院是哪家？",
])
def test_a_kind_no_party_is_of_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, held", [
    ("杨跃权是不是大连交通大学的党委书记？", DVTC),
    ("Is Yang Yuequan the principal of Dalian Jiaotong University?", "Dalian Vocational & Technical College"),
    ("董建軍是大連理工大學的副校長嗎", "通用技术集团大连机床有限责任公司"),
])
def test_a_false_post_claim_names_the_posts_held(qa, question, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text
    assert _said(answer, held), answer.answer_text


@pytest.mark.parametrize("question", ["Did Jinpu top the national expert ranking?", "Did Jinpu New Area top the list of approved consortia?"])
def test_the_first_place_said_by_a_verb_is_a_rank_claimed(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith("No") and "5th" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", ["张三是大连理工大学的校长吗？", "Did Shenzhen top the national expert ranking?"])
def test_an_unheld_name_gets_no_correction(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, verdict, held", [
    ("乡村振兴产业学院除了互感器集团和大职院，还有一所职教中心也在签约方里吗？", "是", "普兰店区职教中心"),
    ("除了大连理工大学，开源鸿蒙人才培养中心还有别的高校参与吗？", "是", DVTC),
    ("除了石药，中藥和生物製藥人才聯合培養項目還有別的企業簽約嗎？", "是", "大连医诺生物股份有限公司"),
    ("除了东风日产，充电故障检测项目还有别的企业参与吗？", "否", DUT),
    ("除了大连大学，压缩机创新中心还有别的大学参与吗？", "否", DLU),
])
def test_a_party_of_a_role_besides_those_set_aside(qa, question, verdict, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict) and _said(answer, held), answer.answer_text
    assert bool(answer.answers) == (verdict == "是"), answer.answer_text
