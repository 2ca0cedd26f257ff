"""The words a question leaves over (search/qa_residue.py): asking material (fillers, pronouns, time
deixis, light verbs, the nouns asking for a name) constrains nothing, a content noun does, and a noun a
which-word asks for is answered by nothing but what holds it. Both languages, traditional script,
typos; none of these questions is in a development set."""

import pytest

from search.qa_residue import asking_offsets
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels, states

MINZU = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目"}
DLU = {"大连市数字人才产教融合实训中心合作项目", "现代中药与生物制药高层次应用型人才联合培养项目", "辽宁省压缩机专业技术创新中心项目"}
NISSAN = {"新能源汽车充电系统故障快速检测技术攻关项目"}


def asking(text: str) -> str:
    """The characters of ``text`` read as asking material, joined."""
    return "".join(text[i] for i in sorted(asking_offsets(text)))


@pytest.mark.parametrize("text, asks, names", [
    ("大连大学这回搞了哪些项目", ("这回", "搞"), ("项目",)),
    ("数一数他拿下了几个项目", ("数一数", "拿下"), ("项目",)),
    ("大学那边管党委的书记是哪位", ("那边", "管"), ("党委", "书记")),
    ("哪些企业裁员了", (), ("裁员",)),  # a verb of two characters is content, not a light one
    ("投资1.2亿元的项目", (), ("1.2亿元",)),  # a figure restricts
    ("那个项目全称是啥", ("那个", "全称", "啥"), ("项目",)),
    ("which kindergarten put its name onto it", ("put", "its", "name", "onto"), ("kindergarten",)),
    ("who ended up with more agreements", ("ended", "up", "more"), ("agreements",)),
])
def test_asking_material_is_told_from_content(text, asks, names):
    read = asking(text)
    assert all(w in read for w in asks), read
    assert not any(w in read for w in names), read


@pytest.mark.parametrize("question", [
    "帮我数一数，大连民族大学的名字挂在几个项目上？",
    "大連民族大學這回手裡攥著幾個項目？",  # traditional script
    "大连民族大雪这次拿下了几个项目？",  # a typo in the name
    "How many agreements did Dalian Minzu University put its name to?",
])
def test_fillers_and_light_verbs_do_not_empty_a_count(qa, question):
    answer = qa.answer(question)
    assert states(answer, 2) and labels(answer) == MINZU, answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("大连大学这次手里都有哪些签约项目呀？", DLU),
    ("東風日產那個項目的全名叫啥？", NISSAN),
    ("Dalian Minzu University: which agreements did it end up signing?", MINZU),
    ("Which kindergarten got its name onto a signed agreement?", {"大连市金州区第一幼儿园"}),
    # what stands under a party's name is the party's own: 名下, 名义, "carries / bears its name"
    ("大连民族大学名义下签了哪些项目？", MINZU),
    ("大連大學名下簽過什麼項目", DLU),  # traditional script
    ("Which agreements bear the name of Dalian Minzu University?", MINZU),
    ("Dalian University - which deals carry its name?", DLU),
])
def test_asking_words_leave_the_answers_unconstrained(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question, noun", [
    ("大连大学那边管招生的处长是哪位？", "处长"),
    ("大连理工大学这回搞了哪些养老项目？", "养老"),
    ("Which kindergarten put its name to a hospital agreement?", "hospital"),
])
def test_a_content_word_beside_asking_words_still_empties_the_answer(qa, question, noun):
    answer = qa.answer(question)
    assert answer.answers == [] and noun in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, noun", [
    ("大连职业技术学院的订单班开在哪些专业？", "专业"),
    ("订单班都在哪些街道开班？", "街道"),
    ("What majors are the order classes run in?", "majors"),
])
def test_a_noun_asked_for_is_not_answered_by_partners_of_a_project_holding_the_word(qa, question, noun):
    """辽宁省压缩机专业技术创新中心 holds 专业 in its name; its partners are no majors."""
    answer = qa.answer(question)
    assert answer.answers == [] and noun in answer.answer_text, answer.answer_text


def test_the_topic_keeps_content_and_drops_asking_words(qa):
    assert understand(normalize("大连理工大学这回搞了哪些养老项目？"), qa.lexicon).topic == "养老"
    assert understand(normalize("数一数，大连大学的名字挂在几个项目上啊？"), qa.lexicon).topic == ""
    assert understand(normalize("订单班都开在哪些专业啊？"), qa.lexicon).asked == "专业"


@pytest.mark.parametrize("question, larger, figures", [
    ("企业和科研机构，哪一种成员更多？", "企业", (57, 4)),
    ("政府部门和行业协会，联合体里哪一类成员少？", "社会组织", (13, 6)),
])
def test_a_comparison_asked_by_a_which_kind_word_compares_the_two_sides(qa, question, larger, figures):
    """"哪一种/哪一类…更多" asks which side is larger, and the clause after the second side is no part of it."""
    answer = qa.answer(question)
    assert larger in answer.answer_text.split("（")[0] and all(states(answer, n) for n in figures), answer.answer_text


@pytest.mark.parametrize("question", ["大连大学和大连民族大学，谁的党委书记更多？", "Which has more deans, Dalian University or DUT?"])
def test_a_comparison_of_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == [], qa.answer(question).answer_text
