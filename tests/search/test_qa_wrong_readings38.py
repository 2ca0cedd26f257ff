"""Two readings that gave confident wrong answers to answerable questions (round 38).

A yes/no claim naming no cooperation is not judged on one its topic links only weakly (search.qa_party_claims.
topic_links, floor fitted by bench/calibrate_party_claim_topic.py): "did the ministry ask provinces to start creating
consortia in April 2023?" is a claim about a dated fact, not "the ministry is no party to <some project>". A project
the question names is still judged on. A negation word the asker says of themselves, in a clause of their own holding
no name, class word or question word ("我没听明白", "I'm not an expert"), negates nothing asked
(search.qa_form.asker_own). The wordings are our own (none in a dev set): simplified and traditional script and
English, each answerable shape beside a twin whose right answer is empty or a plain "no"."""

from __future__ import annotations

import pytest

from search.qa_form import negated_span
from search.text import normalize
from search.understand import understand

PARTIES_TO = ("The parties to", "的签约方是")


@pytest.mark.parametrize("question", [
    "Did the education ministry ask the provinces to launch consortium creation in April 2023?",
    "I believed the education ministry was behind the April 2023 call on provinces to start consortia. Am I right?",
    "Correct me if wrong: April 2023 is when the Ministry of Education had the provinces begin creating consortia.",
    "教育部是不是2023年4月要求各省启动产教联合体创建的？",
    "我記得2023年4月叫各省啟動產教聯合體創建的是教育部，對嗎？",
])
def test_a_dated_claim_of_a_ministry_is_no_party_claim_on_a_project(qa, question):
    answer = qa.answer(question)
    assert not any(w in answer.answer_text for w in PARTIES_TO)


@pytest.mark.parametrize("question, verdict", [
    ("Did the Ministry of Education sign the OpenHarmony talent centre project?", "No"),
    ("大连理工大学是开源鸿蒙人才培养中心项目的签约方吗？", "是"),
])
def test_a_project_named_is_still_judged_on(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict)


@pytest.mark.parametrize("question", [
    "我没听明白，交大和河野合作的研制课题全名叫啥？",
    "我朋友不在大连，托我问：大连大学和哪两家药企合作？",
    "我沒聽懂，冰山松洋跟哪所大學合作？",
    "I don't know the area well: which university does Dongfeng Nissan Dalian work with?",
    "I'm not an expert, so which kindergarten works with Dalian Vocational & Technical College?",
])
def test_the_askers_own_negation_negates_nothing(qa, question):
    u = understand(normalize(question), qa.lexicon)
    assert negated_span(u) is None


@pytest.mark.parametrize("question", [
    "我们学校没有参加哪些项目？",  # a question word in the clause: a negation asked
    "哪些项目没有大学参与？",
    "Which projects did not involve any university?",
    "I wonder which companies did not sign with a university.",
])
def test_a_negation_asked_is_kept(qa, question):
    u = understand(normalize(question), qa.lexicon)
    assert negated_span(u) is not None


def test_the_askers_negation_leaves_the_answer(qa):
    answer = qa.answer("我朋友不在大连，托我问：大连大学和哪两家药企合作？")
    assert {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司"} <= {a["label"] for a in answer.answers}


def test_the_askers_negation_answers_nothing_unheld(qa):
    answer = qa.answer("我没听明白，大连大学的校歌叫什么？")  # an empty twin: the graph holds no song
    assert not answer.answers
