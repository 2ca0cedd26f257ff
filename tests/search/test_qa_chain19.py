"""Round-19 composition on the real graph (search.qa_chain), worded apart from the development cases that found
it, in both languages and traditional script, with cases whose right answer is empty:

- chained: a clause names an organisation and a kind of its partners ("X works with a university", "X有个合作高校",
  "X的合作高校"), or asks for one entity ("董建军在哪家企业任职"), and a later clause points back at that kind or by a
  pronoun ("that university", "这所大学", "它"): the one entity is put in, the later clause answered about it and
  the first hop cited; asking for others leaves the first hop's out; several partners fitting are asked about,
  never guessed; a pronoun after a clause setting the scene is the one organisation named, a pronoun the first
  clause uses itself stays with what it names;
- conjoined: two clauses each asking on its own ("Which university …, and which company …?", "…？另外，…哪所大学…？"):
  each answered, the answers joined; a clause about something the graph does not hold leaves the whole empty.
"""

import pytest

from tests.search.dev_goals import labels

DIGITAL = "大连市数字人才产教融合实训中心合作项目"
PHARMA = "现代中药与生物制药高层次应用型人才联合培养项目"
COMPRESSOR = "辽宁省压缩机专业技术创新中心项目"


HYDROGEN_PLATES = "质子交换膜燃料电池金属石墨复合双极板开发项目"
MACHINE_TOOL = "通用技术集团大连机床有限责任公司"
MACHINE_TOOL_DEAL = "卧式车铣镗复合加工中心性能调控技术攻关项目"


@pytest.mark.parametrize("question, must, never", [
    # chained through the one partner of the kind pointed back at
    ("Dongfeng Nissan works with a university; which other companies does that university work with?",
     {"大连三友电器设备有限公司", MACHINE_TOOL}, {"东风日产大连有限公司"}),
    ("德泰城市服务集团有个合作高校，这所大学还参加了哪个项目？", {DIGITAL}, {"大思政课实践教育基地项目"}),
    ("冰山松洋壓縮機的合作高校，它還參加了哪些項目？", {DIGITAL, PHARMA}, {COMPRESSOR}),
    ("The compressor maker Bingshan Songyang works with one university. Which other deals is that university in?",
     {DIGITAL, PHARMA}, {COMPRESSOR}),
    ("The Jinzhou kindergarten partners with a college — who is that college's party secretary?", {"杨跃权"}, set()),
    ("Which college signed with the Jinzhou kindergarten, and who is its party secretary?",
     {"大连职业技术学院", "杨跃权"}, set()),
    ("跟东风日产合作的大学，它还和哪些企业签了约？", {"大连三友电器设备有限公司"}, {"东风日产大连有限公司"}),
    ("Bifei works with a university. Who else did that university sign with?",
     {"国创氢能科技有限公司", "大连河野智能装备有限公司"}, set()),
    # the pointer's kind broader than the one asked in the first clause (高校 → 学校)
    ("哪所高校跟碧菲分离膜合作？这所学校还跟哪些企业合作？", {"大连交通大学", "国创氢能科技有限公司"}, {"碧菲分离膜(大连)有限公司"}),
    # a description, then a clause going on about it with no subject of its own
    ("跟碧菲分離膜合作的那所大學，還參加了哪些項目？", {HYDROGEN_PLATES, "超声悬浮精密零件减摩搬运工作台研制项目"},
     {"产教融合实习实践基地项目"}),
    ("国创氢能的合作高校，一共签了几个项目？", {HYDROGEN_PLATES, "产教融合实习实践基地项目"}, set()),
    # chained through the one answer of its kind an earlier ask finds
    ("董建军在哪家企业任职？这家企业参与了哪些项目？", {MACHINE_TOOL, MACHINE_TOOL_DEAL}, set()),
    ("楊躍權是哪所學校的校長？這所學校簽了幾個項目？", {"大连职业技术学院", "开源鸿蒙人才培养中心项目"}, set()),
    ("Which company hosted the promotion meeting? What projects has that company signed?",
     {MACHINE_TOOL, MACHINE_TOOL_DEAL}, set()),
    ("Which university leads the OpenHarmony talent centre, and how many projects has it signed?",
     {"大连理工大学", "高低压电器装备制造产业产教融合实训基地项目"}, set()),
    # a pronoun after a clause setting the scene: the one organisation named
    ("I read about Bifei Separation Membrane. Which university did it team up with?", {"大连交通大学"}, set()),
    ("GT Dalian Machine Tool hosted the meeting; which university is its partner on the technology project?",
     {"大连理工大学"}, set()),
    ("聽說過國創氫能，它跟哪所大學一起搞研發？", {"大连交通大学"}, set()),
    # a pronoun the first clause uses too stays with what it names; two kinds asked in one ask are one ask
    ("Order-based training plan: what is it, and which college runs it?", {"订单培养计划", "大连职业技术学院"}, set()),
    ("The Rockwell technology centre: which tech company and which college set it up?",
     {"大连锂工科技有限公司", "大连职业技术学院"}, set()),
    # a second ask about the first ask's answers is no ask of its own
    ("Which projects did Dalian Jiaotong University sign, and which of them is about hydrogen?", {HYDROGEN_PLATES},
     {"产教融合实习实践基地项目"}),
    ("大连交通大学签了哪些项目，其中哪个跟氢能有关？", {HYDROGEN_PLATES}, {"产教融合实习实践基地项目"}),
    # a closing ask of nothing but a question word asks for the indefinite before it (一家企业 → 哪家企业)
    ("国创氢能跟一所大学合作研发双极板，是哪所？", {"大连交通大学"}, set()),
    ("大連理工大學跟一家車企合作搞充電檢測，哪家呢？", {"东风日产大连有限公司"}, set()),
    # conjoined: each ask answered, the answers joined
    ("Which university partnered with Dongfeng Nissan, and which company worked with Dalian Minzu University?",
     {"大连理工大学", "大连德泰城市服务集团有限公司"}, set()),
    ("大连大学参与了哪些项目？另外，德泰城市服务和哪所大学合作？", {PHARMA, "大连民族大学"}, set()),
    ("國創氫能跟哪所大學合作；三友電器又跟哪所大學搭檔？", {"大连交通大学", "大连理工大学"}, set()),
    ("东风日产跟哪个学校合作的，德泰城市服务又是跟哪所大学搞的？", {"大连理工大学", "大连民族大学"}, set()),
    ("Which university works with Dongfeng Nissan and which company works with Dalian Minzu University?",
     {"大连理工大学", "大连德泰城市服务集团有限公司"}, set()),
])
def test_a_composed_question_finds_what_each_ask_asks(qa, question, must, never):
    answer = qa.answer(question)
    found = labels(answer)
    assert must <= found and not never & found, answer.answer_text
    assert any(e["source"] for e in answer.evidence), answer.answer_text


@pytest.mark.parametrize("question", [
    "国创氢能有个合作大学，这所大学的校长是谁？",  # the partner is held, its president is not
    "The kindergarten in Jinzhou works with a college; who is that college's vice president?",
    "跟华为合作的那所大学，它还参加了哪些项目？",  # the first clause names what the graph does not hold
    "董建军在哪家企业任职？这家企业的注册资本是多少？",
    "三友电器的合作大学，校长是谁？",
    "华为跟一所大学合作了，是哪所？",
    "跟华为合作的那所大学，还参加了哪些项目？",
    "I read about Huawei. Which university did it team up with?",
    "Bifei Separation Membrane is based in Dalian. Who is its general manager?",
    "Which university partnered with Dongfeng Nissan, and which company worked with Shenzhen Polytechnic?",
])
def test_a_composed_question_with_an_ask_the_graph_does_not_hold_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", ["大连理工大学有个合作企业，这家公司在哪个区？",
                                      "Dalian University of Technology works with a company; where is that company based?"])
def test_a_pointer_at_one_of_several_partners_is_asked_about(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and "东风日产大连有限公司" in {r["label"] for r in answer.related}, answer.answer_text
