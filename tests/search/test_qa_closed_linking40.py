"""Closed-world linking (round 40): a Chinese name the graph does not hold, cut by a part the reading links (a held
body's name, an industry's word), is the graph's nothing, while a slip or a short form of a held name is still that
name (search.qa_cut_names) — simplified and traditional script.

- another organisation: the part linked and characters of the rest's own before its kind (大连理工大学 + 出版社,
  国务院办公厅 + 秘书局, 大连市 + 教育 + 局), no slip of the part linked;
- the held name retyped with a slip in its tail or head (有限责仁公司, 科枝有限公司), or an industry and a bare kind
  ("新能源汽车公司": a kind of company), is read as before.
"""

import pytest

from search.qa_cut_names import candidates, cut_names, own_characters


@pytest.mark.parametrize("question, name", [
    ("大连理工大学出版社参与了哪些项目？", "大连理工大学出版社"),
    ("國務院辦公廳秘書局印發過哪些文件？", "国务院办公厅秘书局"),  # traditional script
    ("大连交通大学研究生院和哪些企业有合作？", "大连交通大学研究生院"),
    ("大连市教育局牵头签了几个项目？", "大连市教育局"),
])
def test_another_organisation_cut_by_a_held_part_is_unheld(qa, question, name):
    answer = qa.answer(question)
    assert not answer.answers and name in answer.understanding.get("outside_graph", []), answer.answer_text


@pytest.mark.parametrize("question, label", [
    ("大连理工大学参与了哪些项目？", "开源鸿蒙人才培养中心项目"),  # the empty twins: the held names themselves
    ("國務院辦公廳印發過哪些文件？", "关于深化现代职业教育体系建设改革的意见"),
    ("大连交通大学和哪些企业有合作？", "国创氢能科技有限公司"),
    ("大连锂工科枝公司和哪所学校合作？", "大连职业技术学院"),  # a slip of a held name
    ("大連機床有限責仁公司參與了哪些項目？", "卧式车铣镗复合加工中心性能调控技术攻关项目"),  # a slip, traditional script
])
def test_the_held_names_and_their_slips_are_answered(qa, question, label):
    answer = qa.answer(question)
    assert answer.answers and not answer.understanding.get("outside_graph"), answer.answer_text
    assert label in [a["label"] for a in answer.answers] or label in answer.answer_text, answer.answer_text


def test_a_renamed_slip_leaves_no_cut_name():
    # a renaming writes the held name in place, the slipped tail after it: a slip of the name's own tail
    whole = "通用技术集团大连机床有限责任公司仁公司参与了哪些项目"
    blanked = " " * 16 + whole[16:]
    assert candidates(whole, blanked, [whole[:19]], lambda name: False, 0.25) == []


def test_a_bare_kind_after_a_linked_word_names_nothing():
    whole, blanked = "新能源汽车公司有哪些", "     公司有哪些"
    assert own_characters("新能源汽车公司", "     公司") == ""
    assert cut_names(whole, blanked, ["新能源汽车公司"], lambda name: False, lambda name: True, 0.25) == []
    # the same kind with a place's characters of its own is another body
    assert cut_names("辽宁省教育厅", "辽宁省  厅", ["辽宁省教育厅"], lambda name: False, lambda name: True, 0.25) == ["辽宁省教育厅"]
