"""Round-29 frames told by a role and where it comes from, by what the asker prepares and for whom, or by what a third
person wants done (search.qa_frame): "Pharma recruiter from Frankfurt:", "Dossier for a Vienna think-tank:", "A Finnish
delegation wants to visit | the college that runs …"; a definite kind its own clause restricts ("the college that
runs …") points back into no frame. Wordings of our own, none in a development set, with empty twins: the frame read off,
what the rest names that the graph does not hold is still refused."""

import pytest

from graph.han import fold
from search.qa_frame import Framed, Frames
from tests.search.dev_goals import labels
from tests.search.frame_stand_ins import held, kinds

GUOCHUANG = "which university is Guochuang Hydrogen working with?"


@pytest.mark.parametrize("question, asked, frame", [
    (f"Pharma recruiter from Frankfurt: {GUOCHUANG}", GUOCHUANG, ("Pharma recruiter from Frankfurt",)),
    (f"Education researcher in Seoul - {GUOCHUANG}", GUOCHUANG, ("Education researcher in Seoul",)),
    (f"An HR consultant based in Munich: {GUOCHUANG}", GUOCHUANG, ("An HR consultant based in Munich",)),
    (f"Dossier for a Vienna think-tank: {GUOCHUANG}", GUOCHUANG, ("Dossier for a Vienna think-tank",)),
    ("A Finnish delegation wants to visit the college that partners with Guochuang Hydrogen. Which college is that?",
     "the college that partners with Guochuang Hydrogen. Which college is that?", ("A Finnish delegation wants to visit",)),
    # who asks closing with 问一句 / 问个问题
    ("做外贸的朋友问一句：国创氢能跟哪所大学合作？", "国创氢能跟哪所大学合作?", ("做外贸的朋友问一句",)),
    ("外地來的老師問個問題：國創氫能跟哪間大學合作？", "国创氢能跟哪间大学合作?", ("外地来的老师问个问题",)),
    # an imperative sorting the answers asks
    ("Pharma recruiter from Frankfurt: split Guochuang Hydrogen's partners into firms and schools.",
     "split Guochuang Hydrogen's partners into firms and schools.", ("Pharma recruiter from Frankfurt",)),
])
def test_a_role_or_a_purpose_before_a_colon_is_read_off(question, asked, frame):
    assert Frames(held, kinds=kinds).read(fold(question)) == Framed(asked, frame)


@pytest.mark.parametrize("question", [
    "Recruiter from Dalian: which firms does Guochuang Hydrogen work with?",  # the role's place is the graph's
    "Hydrogen in Dalian: which universities signed?",  # no role: what is asked about
    "Recruiter from Frankfurt: which college does it work with?",  # the rest points back
    "A Harbin college asks: which firms does it partner with?",
])
def test_a_frame_naming_the_graph_or_pointed_back_to_is_kept(question):
    assert Frames(held, kinds=kinds).read(fold(question)).frame == ()


@pytest.mark.parametrize("question, expected", [
    ("HR consultant from Munich: which college does the Rockwell innovation centre involve?", {"大连职业技术学院"}),
    ("Education researcher in Seoul: which university runs the compressor innovation centre with Bingshan Songyang?",
     {"大连大学"}),
    ("Dossier for a Vienna think-tank: who are the parties to the rural revitalization industrial college?",
     {"大连第一互感器集团", "大连职业技术学院", "普兰店区职教中心"}),
])
def test_the_role_frame_narrows_nothing(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected and answer.understanding["frame"], answer.answer_text


@pytest.mark.parametrize("question", [
    "Recruiter from Frankfurt: which Frankfurt firms joined the digital talent training centre?",
    "Aerospace supplier from Toulouse: which aerospace projects did Dalian University of Technology sign?",
    "A Finnish delegation wants to visit the college that runs the aerospace innovation centre. Which college is that?",
    "Prospective parent from Nairobi: what are the yearly tuition fees at Dalian Vocational and Technical College?",
    "My cousin works at Nokia. Which university does the company partner with?",
])
def test_honesty_outlives_the_role_frame(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
