"""A profile request whose follow-up the profile answers (search.qa_profile_cover), on the real graph: the profile of
the one entity named, with its project and partner, rather than the follow-up alone; a lead-in clause of the asker's
is no topic asked; a post, a figure or a count the profile does not state, and a name the graph does not hold, are
never answered with a profile. Worded apart from the development sets, in both languages, traditional script and
colloquial forms."""

import pytest

from tests.search.dev_goals import labels


@pytest.mark.parametrize("question, expected", [
    ("說說冰山松洋壓縮機這家企業，在聯合體裡是什麼情況？",
     {"冰山松洋压缩机(大连)有限公司", "辽宁省压缩机专业技术创新中心项目", "大连大学"}),
    ("国创氢能啥来头啊，跟哪个学校一起搞项目？", {"国创氢能科技有限公司", "大连交通大学"}),
    ("Who really is Bifei Separation Membrane, and what did it sign up for with its university partner?",
     {"碧菲分离膜(大连)有限公司", "产教融合实习实践基地项目", "大连交通大学"}),
    ("最近在关注装备制造，介绍一下大连河野智能装备这家企业，它跟谁合作？",
     {"大连河野智能装备有限公司", "超声悬浮精密零件减摩搬运工作台研制项目", "大连交通大学"}),
    ("What's the story with Guochuang Hydrogen - who is it working with?", {"国创氢能科技有限公司", "大连交通大学"}),
    ("国创氢能是什么背景？合作方是谁", {"国创氢能科技有限公司", "大连交通大学"}),
])
def test_a_profile_request_is_answered_by_the_whole_profile(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text
    # the profile, by this reading or by the profile operator after a sub-question named the entity ("这家企业")
    assert answer.understanding.get("profile_covers") or "profile" in answer.understanding.get("operators", []), answer.understanding
    assert answer.answer_text.count("；合作方") <= 1, answer.answer_text  # one profile, not one per clause


@pytest.mark.parametrize("question", [
    "介绍一下华为大连公司，它在联合体里做了什么？",  # a company the graph does not hold
    "Who exactly is Zhang Wei, and which company does he work for?",
    "介绍一下国创氢能，它的年营收是多少？",  # a figure the graph does not hold
    "國創氫能的董事長是誰？",  # a post nobody holds there
])
def test_what_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def test_a_name_in_a_description_of_another_is_no_profile_request(qa):
    answer = qa.answer("跟河野智能合作的那所大学，另外两个项目叫啥？")  # about the university, not the company
    assert not answer.understanding.get("profile_covers"), answer.answer_text
    assert "大连河野智能装备有限公司" not in labels(answer), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("Who exactly is the president of Dalian Vocational and Technical College?", "杨跃权"),  # a post asked: its holder
    ("介绍一下国创氢能，它有几个项目？", "质子交换膜燃料电池金属石墨复合双极板开发项目"),  # a count asked
    ("介绍一下大连大学，它跟谁合作？", "大连海事大学"),  # a who its profile names no party for (three projects)
    ("Who are Bingshan Songyang Compressor's partners?", "大连大学"),  # a possessive: X's partners asked
])
def test_a_post_or_a_count_asked_is_no_profile(qa, question, expected):
    answer = qa.answer(question)
    assert expected in labels(answer), answer.answer_text
    assert not answer.understanding.get("profile_covers"), answer.understanding


@pytest.mark.parametrize("question, expected", [
    ("Who does Dong Jianjun work for these days?", {"董建军", "通用技术集团大连机床有限责任公司"}),
    ("郑鸿是替谁工作的？", {"郑鸿", "大连新闻传媒集团"}),
    ("who does zheng hong work for", {"郑鸿", "大连新闻传媒集团"}),
])
def test_who_a_person_works_for_names_the_person(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text
