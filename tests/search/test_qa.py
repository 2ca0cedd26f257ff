"""Question answering on the real graph: paraphrases in both languages, figures, people,
honest emptiness, bad input, and the development set. Expected answers come from the article."""

import pytest

from search.errors import BadQuery
from search.qa_eval import judge, load_qa_cases, QACase
from tests.search.conftest import HERE
from tests.search.dev_goals import labels

QA_DEV = HERE.parents[2] / "shared" / "eval" / "qa-dev.jsonl"
# Our own questions, worded unlike the dev set's: zh, en, traditional, full-width, figures,
# ranks, dates, positions, superlatives and topics the article does not cover.
QA_EXTRA = HERE / "qa-extra-cases.jsonl"


# The same intent in five wordings per language; each maps to (must, must-not).
PARAPHRASES = {
    "hydrogen colleges": ((
        "哪些高校在氢能领域有合作？", "在氢能方面开展合作的大学有哪些？", "哪所大学参与了氢能相关的项目？",
        "有哪些院校和企业合作搞燃料电池？", "氢能源领域有哪些高校参与合作",
        "which colleges partner on hydrogen energy", "Which universities work on hydrogen?",
        "What universities are involved in fuel cell projects?", "which colleges cooperate in the hydrogen sector",
        "Which universities collaborate on hydrogen fuel cells?",
    ), {"大连交通大学"}, {"大连理工大学", "大连大学"}),
    "partners of DJTU": ((
        "哪些企业与大连交通大学合作？", "大连交通大学的合作企业有哪些？", "和大连交大合作的公司有哪些",
        "哪些公司跟大连交通大学一起做项目？", "与大连交通大学共建项目的企业",
        "Which enterprises partner with Dalian Jiaotong University?", "Which companies work with Dalian Jiaotong University?",
        "What companies collaborate with Dalian Jiaotong University?", "companies partnering with Dalian Jiaotong University",
        "Which firms cooperate with Dalian Jiaotong University?",
    ), {"碧菲分离膜(大连)有限公司", "大连河野智能装备有限公司", "国创氢能科技有限公司"}, {"东风日产大连有限公司"}),
    "NEV projects": ((
        "新能源汽车方面有哪些合作项目？", "有哪些关于新能源汽车的项目？", "电动汽车相关的合作项目有哪些",
        "哪些项目涉及新能源汽车？", "新能源车领域的签约项目",
        "Which projects concern new energy vehicles?", "What projects are about electric vehicles?",
        "projects on new energy vehicles", "Which cooperation projects involve EVs?",
        "What are the new energy vehicle projects?",
    ), {"新能源汽车充电系统故障快速检测技术攻关项目"}, {"开源鸿蒙人才培养中心项目"}),
}


@pytest.mark.parametrize("intent", sorted(PARAPHRASES))
def test_paraphrases_get_the_same_answer(qa, intent):
    questions, must, must_not = PARAPHRASES[intent]
    for question in questions:
        found = labels(qa.answer(question))
        assert must <= found, (question, found)
        assert not (must_not & found), (question, found)


@pytest.mark.parametrize("question, figure", [
    ("联合体有多少家成员单位？", "97"), ("金普新区产教联合体一共有多少成员？", "97"),
    ("联合体有多少家企业？", "57"), ("现场工程师培养计划首批培养多少人？", "40"),
    ("每年组建多少个订单班？", "40"), ("中高职贯通培养计划每年培养多少人？", "1000"),
    ("实训基地投资了多少钱？", "1.2亿元"), ("大连理工大学参与了多少个项目？", "6"),
    ("How many projects does Dalian Jiaotong University take part in?", "3"),
])
def test_counts_and_figures(qa, question, figure):
    assert figure in qa.answer(question).answer_text


@pytest.mark.parametrize("question, person", [
    ("大连职业技术学院的校长是谁？", "杨跃权"), ("谁是大连职业技术学院的党委书记", "杨跃权"),
    ("大连机床的副总经理是谁？", "董建军"), ("Who is the president of Dalian Vocational & Technical College?", "杨跃权"),
])
def test_people_and_positions(qa, question, person):
    answer = qa.answer(question)
    assert labels(answer) == {person}
    assert answer.evidence[0]["source"]["text"]


@pytest.mark.parametrize("question", [
    "哪些高校在航空航天领域有合作？", "which colleges partner on aerospace", "有哪些企业在区块链领域合作？",
    "哪些大学参与了旅游业项目？", "Which companies work on semiconductors?",
])
def test_unsupported_topics_are_answered_honestly(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.evidence == []
    assert answer.related, "the closest entities are offered separately"
    assert ("没有" in answer.answer_text) or ("no " in answer.answer_text)


def test_answers_carry_evidence_and_rerunnable_sparql(qa, kg, article):
    answer = qa.answer("哪些高校在氢能领域有合作？")
    source = answer.evidence[0]["source"]
    assert "大连交通大学" in article[source["start"]:source["end"]] == source["text"]
    rows = kg.select(answer.sparql)
    assert {r["answer"] for r in rows} == {a["id"] for a in answer.answers}


@pytest.mark.parametrize("bad", ["", "   ", "\u3000", "a\x00b", "x" * 600, "\ud800"])
def test_bad_questions_are_refused(qa, bad):
    with pytest.raises(BadQuery):
        qa.answer(bad)


def test_development_set_is_answered(qa):
    if not QA_DEV.is_file():
        pytest.skip(f"the shared dev set is not beside the repository ({QA_DEV})")
    cases = load_qa_cases(QA_DEV)
    wrong = {c.q: problems for c in cases if (problems := judge(c, qa.answer(c.q).to_dict()))}
    assert not wrong


def test_extra_cases_are_answered(qa):
    cases = load_qa_cases(QA_EXTRA)
    wrong = {c.q: problems for c in cases if (problems := judge(c, qa.answer(c.q).to_dict()))}
    assert len(cases) > 100 and not wrong


def test_judge_catches_wrong_answers():
    answer = {"answers": [{"label": "大连理工大学"}], "answer_text": "…", "evidence": []}
    assert judge(QACase("q", must=("大连交通大学",)), answer) == ["missing 大连交通大学"]
    assert judge(QACase("q", not_=("大连理工大学",)), answer) == ["wrongly includes 大连理工大学"]
    assert judge(QACase("q", expect_empty=True), answer)


@pytest.mark.parametrize("question, expected", [
    ("金普新区在28家单位中排名第几？", "第5名"), ("What rank did Jinpu New Area achieve?", "5th place"),
    ("金普新区的综合排名", "第5名"), ("What rank did Jinpu get among the 28 applicants?", "5th place"),
    ("What was Jinpu's overall ranking?", "5th place"),
    ("国家级市域产教联合体是什么时候获批的？", "2023年年末"), ("When was the consortium approved?", "2023"),
    ("《关于深化现代职业教育体系建设改革的意见》是什么时候印发的？", "2022-12"),
])
def test_ranks_and_dates(qa, question, expected):
    assert expected in qa.answer(question).answer_text


@pytest.mark.parametrize("question, expected", [
    ("东风日产和谁合作？", {"大连理工大学"}),  # the group stands for its Dalian subsidiary
    ("Who takes part in the biopharmaceutical talent project?",
     {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司", "大连大学"}),
    ("哪些项目属于科技创新类？", {"卧式车铣镗复合加工中心性能调控技术攻关项目", "新能源汽车充电系统故障快速检测技术攻关项目",
                       "质子交换膜燃料电池金属石墨复合双极板开发项目", "超声悬浮精密零件减摩搬运工作台研制项目",
                       "辽宁省压缩机专业技术创新中心项目"}),
    ("氢能领域有哪些合作的高校？", {"大连交通大学"}),
])
def test_partners_subsidiaries_and_categories(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("大连职业技术学院的四个计划是什么？", 4), ("What training programmes does Dalian Vocational & Technical College run?", 4),
    ("大连职业技术学院有哪些领导？", 1), ("Which companies partner with DUT on AI?", 7),
])
def test_counts_of_answers_for_other_phrasings(qa, question, expected):
    assert len(qa.answer(question).answers) == expected


def test_an_empty_answer_offers_nearby_topics(qa):
    related = qa.answer("哪些高校在航空航天领域有合作？").related
    assert related and {r["type"] for r in related} <= {"产业", "实训基地", "实训基地类项目", "科技创新类项目",
                                                         "人才培养类项目"}


# Calibration of QAConfig's topic thresholds: topics the graph covers, in words no label uses,
# and topics it does not cover. The thresholds must keep the first and reject the second.
TOPICS = {
    "covered": ("数字人才培养", "氢燃料", "充电桩故障", "幼儿教育", "中药", "压缩机技术", "人工智能算力", "电器设备",
                "柴油发动机", "鸿蒙操作系统", "machining", "big data", "思政教育", "separation membrane", "自动化控制",
                "智能制造", "氢能源", "fuel cells", "preschool education"),
    "not covered": ("航空航天", "区块链", "旅游", "金融", "船舶", "半导体芯片", "aerospace", "tourism", "农业种植", "房地产",
                    "医疗器械", "纺织服装", "量子计算", "quantum computing", "云计算", "cloud computing"),
}


@pytest.mark.parametrize("topic", TOPICS["covered"])
def test_topic_threshold_keeps_covered_topics(qa, topic):
    assert qa.resolve_topic(topic)


@pytest.mark.parametrize("topic", TOPICS["not covered"])
def test_topic_threshold_rejects_uncovered_topics(qa, topic):
    assert qa.resolve_topic(topic) == []


@pytest.mark.parametrize("question, expected", [
    ("大连交通大学的企业合作伙伴是谁？", {"国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}),
    ("和大连交通大学有合作关系的企业", {"国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}),
    ("大连职业技术学院校长叫什么名字？", {"杨跃权"}),
    ("What is the name of the president of Dalian Vocational and Technical College?", {"杨跃权"}),
    ("生物制药人才联合培养项目的参与方有哪些？", {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司", "大连大学"}),
    ("List the participants of the OpenHarmony talent centre project.", {"大连理工大学", "大连职业技术学院"}),
])
def test_partner_and_name_phrasings(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("杨跃权担任什么职务？", {"党委书记", "校长"}),
    ("杨跃权是什么身份", {"党委书记", "校长"}),
    ("董建军的职位是什么", {"副总经理"}),
    ("What is Yang Yuequan's position?", {"党委书记", "校长"}),
    ("What role does Dong Jianjun have?", {"副总经理"}),
    ("大连职业技术学院有哪些职务？", {"党委书记", "校长"}),
])
def test_positions_of_a_named_person_or_organisation(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected and {a["type"] for a in answer.answers} == {"职务"}
    assert all(e["path"][1] == "担任 holds" and e["source"] for e in answer.evidence)


@pytest.mark.parametrize("question", [
    "数字人才实训中心有多少个参与单位？",
    "大连市数字人才产教融合实训中心合作项目有多少个参与方？",
    "How many partners does the digital talent training centre project have?",
])
def test_parties_of_a_cooperation_are_counted_not_taken_from_an_unrelated_figure(qa, question):
    answer = qa.answer(question)
    assert len(answer.answers) == 15 and "15" in answer.answer_text


@pytest.mark.parametrize("question, expected, projects", [
    ("参与项目最多的高校是哪所？", {"大连理工大学"}, 6),
    ("Which university is involved in the most cooperation projects?", {"大连理工大学"}, 6),
    ("在人工智能领域参与最多的单位", {"大连理工大学", "大连人工智能计算中心"}, 2),
    ("哪个项目的参与单位最多？", {"大连市数字人才产教融合实训中心合作项目"}, 15),
    ("Which project has the most partners?", {"大连市数字人才产教融合实训中心合作项目"}, 15),
])
def test_most_asks_for_the_answers_with_the_most_participation_links(qa, question, expected, projects):
    answer = qa.answer(question)
    assert labels(answer) == expected and f"{projects}" in answer.answer_text
    assert len(answer.evidence) == projects * len(expected)
    assert all(e["path"][1] == "参与 participates in" and e["source"] for e in answer.evidence)


def test_industries_of_an_organisations_cooperations_with_evidence(qa):
    answer = qa.answer("大连交通大学的合作项目涉及哪些产业？")
    # the article names a fuel-cell project and a separation-membrane company among DJTU's three
    assert {"燃料电池", "分离膜"} <= labels(answer) and "生物医药" not in labels(answer)
    assert all(e["path"][1] == "所属产业 industry" and e["source"] for e in answer.evidence)


@pytest.mark.parametrize("question", ["文章的作者是谁", "这篇报道是谁写的", "Who wrote the article?"])
def test_authors_of_the_article_are_its_byline(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {"杜树泽", "周光", "王镔", "郑鸿"}
    assert all(e["source"] and "郑鸿" in e["source"]["text"] for e in answer.evidence)


@pytest.mark.parametrize("question, speaker", [
    ("谁说产教联合体为企业节省了培训时间和成本？", "董建军"),
    ("Who said the consortium saved the company training time?", "董建军"),
    ("谁表示学校以专业对接产业，实现了订单服务？", "杨跃权"),
])
def test_who_said_finds_the_speaker_of_the_quotation(qa, question, speaker):
    answer = qa.answer(question)
    assert labels(answer) == {speaker} and answer.evidence[0]["source"]


def test_money_is_given_with_its_currency(qa):
    assert "CNY 120,000,000" in qa.answer("How much was invested in the training base?").answer_text


@pytest.mark.parametrize("question, expected", [
    ("推进会在哪里召开？", {"通用技术集团大连机床有限责任公司", "金普新区"}),
    ("Where was the promotion meeting held?", {"通用技术集团大连机床有限责任公司", "金普新区"}),
    ("What did Dalian Maritime University sign?", {"大连市数字人才产教融合实训中心合作项目"}),
    ("大连职业技术学院将实施哪些计划？", {"兴辽未来工匠培育计划", "现场工程师培养计划", "中高职贯通培养计划", "订单培养计划"}),
])
def test_places_what_and_plans(qa, question, expected):
    assert labels(qa.answer(question)) == expected


def test_participation_questions_leave_out_groups_that_sign_nothing(qa):
    found = labels(qa.answer("哪些企业参与了联合体项目？"))
    assert "东风日产大连有限公司" in found and "东风日产" not in found


@pytest.mark.parametrize("must, text, right", [
    ("6", "大连理工大学参与的项目共有16个", False), ("6", "2025年", False), ("6", "共有6个", True),
    ("120000000", "投资1.2亿元", True), ("120000000", "CNY 120 million", True), ("2800", "2,800余个", True),
    ("26000", "2.6万余人次", True), ("16", "十六个项目", True),
    ("2022-12", "2022年12月印发", True), ("2022-12", "December 2022", True), ("2022-12", "2022年", False),
    ("2023", "2023年年末", True), ("2024-05-17", "published May 17, 2024", True),
    ("是", "是。大连理工大学参与了", True), ("是", "否。是大连交通大学", False), ("否", "不是。", True),
    ("yes", "Yes. Dalian …", True), ("no", "Nothing in the graph", False), ("no", "No. …", True),
])
def test_judge_matches_values_dates_and_verdicts(must, text, right):
    cited = {"answers": [], "answer_text": text, "evidence": [{"path": ["…"]}]}
    assert (judge(QACase("q", must=(must,)), cited) == []) is right


@pytest.mark.parametrize("text, must, right", [
    ("图谱中没有关于深圳大学的任何信息；相近的有大连大学。", "大连大学", False),
    ("The graph holds nothing about Shenzhen; nearest: Dalian University.", "Dalian University", False),
    ("否。图谱中大连理工大学没有参与该项目。", "大连理工大学", True),
    ("图谱中没有关于深圳大学的任何信息。", None, True),
])
def test_a_refusal_that_names_the_expected_entity_is_a_miss(text, must, right):
    case = QACase("q", must=(must,)) if must else QACase("q", expect_empty=True)
    assert (judge(case, {"answers": [], "answer_text": text, "evidence": []}) == []) is right


@pytest.mark.parametrize("must, right", [("深圳大学", True), ("大连大学", False)])
def test_an_unanswerable_case_checks_what_its_refusal_names(must, right):
    case = QACase("q", must=(must,), expect_empty=True)
    text = "图谱中没有关于深圳大学的任何信息。"
    assert (judge(case, {"answers": [], "answer_text": text, "evidence": []}) == []) is right


@pytest.mark.parametrize("question, name", [
    ("深圳职业技术大学和哪些企业合作？", "深圳职业技术大学"), ("苏州工业园区产教联合体有多少家成员单位？", "苏州工业园区"),
    ("上海交通大学参与了哪些项目？", "上海交通大学"), ("沈阳市有哪些产教联合体项目？", "沈阳市"),
    ("廣州市的產教聯合體有哪些企業？", "广州市"),
    ("Which companies partner with Shenzhen Polytechnic University?", "Shenzhen Polytechnic University"),
    ("How many members does the Suzhou Industrial Park consortium have?", "Suzhou Industrial Park consortium"),
])
def test_a_name_outside_the_graph_never_yields_an_answer(qa, question, name):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.evidence == [] and name in answer.answer_text
    assert answer.related, "the nearest entities are offered separately"


@pytest.mark.parametrize("question", ["哪些项目大连理工大学没有参与？", "Who works with Dalian Jiatong Univeristy?",
                                      "给我介绍一下金普新区产教联合体", "大連理工大學參與了哪些項目？"])
def test_names_the_graph_holds_are_not_taken_for_outside_names(qa, question):
    assert qa.answer(question).understanding["outside_graph"] == []
