"""Round-15 question answering on the real graph, two15's classes: figures of different kinds (money
against a count) are not compared; a distributive word closing a two-type question; two cooperations
compared when each is named by a run of its name; which of two came first read from the events they were
signed at, or from a source's "近日"; each of two named people or organisations asked alone (分别, 各自,
respectively); organisations compared within the kind of cooperation named; kinds compared by their
projects; a two-hop question's except clause. Each is worded apart from the development case that
found it, in both languages and traditional script; numbers are matched as whole numbers."""

import pytest

from tests.search.dev_goals import labels, states


@pytest.mark.parametrize("question, money, count", [
    ("投资额和研究成果哪个多", 120000000, 31),
    ("投資和實習崗位哪個大", 120000000, 2800),
    ("Which is bigger, the investment in the training base or the internship positions it offers?", 120000000, 2800),
    ("投资比实习岗位多多少", 120000000, 2800),
])
def test_money_and_a_count_are_not_compared_and_both_are_stated(qa, question, money, count):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert states(answer, money) and states(answer, count), answer.answer_text
    assert "不能比较" in answer.answer_text or "do not compare" in answer.answer_text, answer.answer_text
    assert sum(1 for e in answer.evidence if e["source"]) == 2


def test_two_counts_of_different_units_still_compare(qa):
    answer = qa.answer("实习岗位和培训人次比，哪个多些")
    assert "面向企业开展培训和继续教育" in labels(answer), answer.answer_text


@pytest.mark.parametrize("question, both", [
    ("托幼一体化基地的幼儿园和学院分别为？", {"大连市金州区第一幼儿园", "大连职业技术学院"}),
    ("压缩机中心的企业、大学各是哪个", {"冰山松洋压缩机(大连)有限公司", "大连大学"}),
    ("托幼一体化基地是哪所幼儿园和哪个学院合办的", {"大连市金州区第一幼儿园", "大连职业技术学院"}),
])
def test_a_distributive_word_closing_the_question_asks_both_classes(qa, question, both):
    assert both <= labels(qa.answer(question))


def test_a_class_asked_of_each_with_none_held_says_so(qa):
    answer = qa.answer("開源鴻蒙項目的企業和大學各自是哪家")
    assert labels(answer) == {"大连理工大学"}, answer.answer_text
    assert "没有找到" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, winner, counts", [
    ("托幼一体化和乡村振兴哪个项目合作方多", "辽宁省乡村振兴产业学院项目", (2, 3)),
    ("鸿蒙跟数字人才哪个项目参与的单位多啊", "大连市数字人才产教融合实训中心合作项目", (2, 15)),
])
def test_two_cooperations_named_in_part_are_compared_by_their_parties(qa, question, winner, counts):
    answer = qa.answer(question)
    assert labels(answer) == {winner}, answer.answer_text
    assert all(states(answer, n) for n in counts), answer.answer_text


def test_two_cooperations_named_in_part_with_as_many_parties_tie(qa):
    answer = qa.answer("氢能双极板项目跟压缩机项目谁的参与单位多")
    assert answer.answer_text.startswith("一样多") and states(answer, 2), answer.answer_text


@pytest.mark.parametrize("question", [
    "雙極板項目和超聲懸浮項目哪個簽得早",
    "鸿蒙项目跟托幼项目谁先签约的",
    "which was signed first, the compressor centre or the charging fault detection project?",
])
def test_two_cooperations_signed_at_one_event_neither_came_first(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert "同一场" in answer.answer_text or "same event" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, first", [
    ("意见印发和推进会召开，哪个在前？", "关于深化现代职业教育体系建设改革的意见"),
    ("联合体获批跟推进会哪个早", "金普新区获批国家级市域产教联合体"),
    ("Which was held first, the promotion meeting or the approval of the consortium?", "金普新区获批国家级市域产教联合体"),
])
def test_a_thing_dated_recently_by_its_source_comes_after_older_dates(qa, question, first):
    answer = qa.answer(question)
    assert labels(answer) == {first}, answer.answer_text
    assert any(e.get("derivation") for e in answer.evidence)


def test_two_things_both_dated_recently_are_not_ordered(qa):
    answer = qa.answer("推进会和签约仪式哪个先开")
    assert answer.answers == [] and "无法判断" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, orgs", [
    ("董建军和杨跃权各在哪个单位", {"通用技术集团大连机床有限责任公司", "大连职业技术学院"}),
    ("Which organisations do Dong Jianjun and Yang Yuequan work for, respectively?",
     {"通用技术集团大连机床有限责任公司", "大连职业技术学院"}),
    ("國創氫能跟大連交大各自參與了哪些項目", {"质子交换膜燃料电池金属石墨复合双极板开发项目", "产教融合实习实践基地项目"}),
])
def test_each_of_two_named_is_asked_alone(qa, question, orgs):
    assert orgs <= labels(qa.answer(question))


def test_each_of_two_named_with_one_outside_the_graph_answers_nothing(qa):
    answer = qa.answer("董建军和王小明分别在哪个单位工作")
    assert answer.answers == [] and "王小明" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", [
    "在科技创新类项目上，大连理工大学和大连大学谁的合作企业多？",
    "On tech innovation projects, which has more partner companies, Dalian University of Technology or Dalian University?",
])
def test_organisations_compared_by_partners_within_the_kind_named(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {"大连理工大学"} and states(answer, 2) and states(answer, 1), answer.answer_text


@pytest.mark.parametrize("question", [
    "Which kind had more signed projects: the training bases or the talent-training ones?",
    "签约项目中，实训基地类和科技创新类哪个多",
])
def test_kinds_compared_by_their_signed_projects(qa, question):
    answer = qa.answer(question)
    assert states(answer, 6) and states(answer, 5) and not states(answer, 7), answer.answer_text


@pytest.mark.parametrize("question", [
    "除了罗克韦尔中心，大连锂工的合作学校还参与了哪些项目？",
    "Apart from the Rockwell centre, what projects is Dalian Ligong Technology's partner college in?",
])
def test_a_two_hop_except_clause_leaves_its_cooperation_out(qa, question):
    found = labels(qa.answer(question))
    assert "开源鸿蒙人才培养中心项目" in found and "罗克韦尔技术协同创新中心项目" not in found, found


@pytest.mark.parametrize("question, partner", [
    ("东风日产跟哪所学校合作的，啥时候签的约？", "大连理工大学"),
    ("Which college did FAW Jiefang Dalian Diesel partner with, and when was it signed?", "辽宁轻工职业学院"),
])
def test_a_when_word_in_a_later_clause_answers_both_asks(qa, question, partner):
    answer = qa.answer(question)
    assert partner in labels(answer), answer.answer_text
    assert "近日" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, both", [
    ("碧菲分离膜和哪所大学合作，是什么项目", {"大连交通大学", "产教融合实习实践基地项目"}),
    ("国創氫能的合作大學叫什麼？項目又是哪個？", {"大连交通大学", "质子交换膜燃料电池金属石墨复合双极板开发项目"}),
    ("罗克韦尔中心的合作双方分别是哪家企业和哪所学校", {"大连锂工科技有限公司", "大连职业技术学院"}),
])
def test_a_second_ask_in_its_own_clause_is_answered(qa, question, both):
    assert both <= labels(qa.answer(question))


def test_a_where_question_asks_about_the_name_a_relative_clause_follows(qa):
    answer = qa.answer("Where is the kindergarten that works with Dalian Vocational & Technical College?")
    assert "Jinzhou" in answer.answer_text and "Dalian Vocational" not in answer.answer_text.split(" is in ")[0], answer.answer_text


@pytest.mark.parametrize("question, kept, dropped", [
    ("大连交大的合作企业里，哪些没有参与科技创新类项目", {"碧菲分离膜(大连)有限公司"}, {"国创氢能科技有限公司"}),
    ("大连理工大学的合作企业中，哪家不是做科技创新类项目的", {"大连三友电器设备有限公司"}, {"东风日产大连有限公司"}),
])
def test_partners_outside_a_kind_are_the_named_ones_partners(qa, question, kept, dropped):
    found = labels(qa.answer(question))
    assert kept <= found and not dropped & found and "冰山松洋压缩机(大连)有限公司" not in found, found


@pytest.mark.parametrize("question, kept, dropped", [
    ("大连理工大学和哪些企业合作了科技创新类项目", {"东风日产大连有限公司", "通用技术集团大连机床有限责任公司"},
     {"大连三友电器设备有限公司"}),
    ("Which companies does Dalian Jiaotong University work with on tech innovation projects?",
     {"国创氢能科技有限公司"}, {"碧菲分离膜(大连)有限公司"}),
])
def test_a_kind_of_project_named_keeps_the_partners_to_it(qa, question, kept, dropped):
    found = labels(qa.answer(question))
    assert kept <= found and not dropped & found, found


def test_an_industry_read_on_by_a_cooperations_own_words_is_that_cooperation(qa):
    answer = qa.answer("人工智能交叉创新基地是哪个单位和哪所大学共建的？")
    assert labels(answer) == {"大连人工智能计算中心", "大连理工大学"}, answer.answer_text


def test_a_name_written_whole_with_a_slip_before_an_industry_is_not_read_on(qa):
    found = labels(qa.answer("开元鸿蒙人才培养中心是哪两家建的"))
    assert {"大连理工大学", "大连职业技术学院"} <= found, found
