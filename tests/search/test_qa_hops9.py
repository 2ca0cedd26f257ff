"""Hops, sources, relation verbs, short names and bare English place names on the real graph
(tests/search/qa-dev-hops9.jsonl found them; each reading is tested here in other wording):
a class word narrowed by a place, an event, a post or a partner standing for the organisations it
picks out; the document (and newspaper) stating a fact, a document's title, column and byline;
a group and its units; "signed an agreement", "joined"; short forms of university names and the
initials of English names; place names without "district" or "new area"."""

import pytest

from tests.search.conftest import HERE
from tests.search.dev_goals import assert_goal, labels, outcomes_of, states

QA_HOPS9 = HERE / "qa-dev-hops9.jsonl"
ARTICLE = "全省唯一市域产教联合体为金普新区产业发展提供人才支撑"


@pytest.fixture(scope="module")
def outcomes(qa):
    return outcomes_of(qa, QA_HOPS9)


def cited(answer) -> bool:
    """Every evidence item has a source span or states its derivation."""
    return all(e.get("source") or e.get("derivation") for e in answer.evidence)


def test_the_hops9_set_covers_its_classes(outcomes):
    cases = [case for case, _ in outcomes]
    assert len(cases) >= 70 and sum(c.expect_empty for c in cases) >= 12
    assert {"multi-hop", "source", "relation", "short-name", "place"} == {c.cls for c in cases}


def test_hops9_unanswerable_questions_are_honest(outcomes):
    assert_goal(outcomes, empty=True)


@pytest.mark.parametrize("question, expected", [
    ("普兰店区的单位签了哪些项目？", {"辽宁省乡村振兴产业学院项目"}),
    ("金州区的幼儿园和谁一起共建了项目", {"大连职业技术学院"}),
    ("Which projects did the kindergarten based in Jinzhou District sign?", {"金普新区托幼一体化人才培养基地项目"}),
])
def test_a_class_narrowed_by_a_place_stands_for_its_organisations(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected and cited(answer)
    # the place link followed is cited beside the answer's own
    assert any("位于 located in" in e["path"] for e in answer.evidence)


def test_a_place_reaching_none_of_a_class_answers_nothing(qa):
    assert not qa.answer("金州区的企业参加了哪些项目？").answers
    assert not qa.answer("位于普兰店区的机构里，哪些参加了开源鸿蒙人才培养中心项目").answers


@pytest.mark.parametrize("question", ["which companies are located in jinzhou?", "哪些企业坐落在普兰店区"])
def test_the_asked_class_in_a_place_is_listed_or_empty(qa, question):
    assert not qa.answer(question).answers  # the graph places no enterprise in either district
    assert labels(qa.answer("哪些幼儿园位于金州区")) == {"大连市金州区第一幼儿园"}


@pytest.mark.parametrize("question, expected", [
    ("举办推进会的那家企业参与了哪些科技创新类项目", {"卧式车铣镗复合加工中心性能调控技术攻关项目"}),
    ("Which university does the company that hosted the promotion meeting work with?", {"大连理工大学"}),
])
def test_a_class_narrowed_by_the_event_it_hosted(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer) and cited(answer)
    assert any("举办地 venue" in e["path"] for e in answer.evidence)


@pytest.mark.parametrize("question, expected", [
    ("与大连锂工科技合作的学院，校长是谁？", {"杨跃权"}),
    ("Who is the president of the college that works with Dalian No.1 Instrument Transformer Group?", {"杨跃权"}),
])
def test_a_post_asked_of_a_partner(qa, question, expected):
    found = labels(qa.answer(question))
    assert expected <= found and "董建军" not in found


def test_a_person_holding_a_post_stands_for_the_organisation(qa):
    assert {"大连锂工科技有限公司", "大连第一互感器集团"} <= labels(qa.answer("担任党委书记的杨跃权那所学院和哪些公司合作？"))


@pytest.mark.parametrize("question", ["大连机床隶属于哪个集团？", "副总经理董建军所在公司属于哪家集团旗下",
                                      "Which parent company does GT Dalian Machine Tool belong to?"])
def test_the_group_of_an_organisation(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {"通用技术集团"} and cited(answer)


def test_the_units_of_a_group(qa):
    assert labels(qa.answer("一汽解放有哪些子公司？")) == {"一汽解放大连柴油机有限公司"}


@pytest.mark.parametrize("question", ["“首批确定省兴辽未来工匠匠苗12人”出自哪篇文章？",
                                      "According to which newspaper does the consortium have 97 member units?",
                                      "According to which article did Jinpu New Area rank 5th among 28 applicants?"])
def test_the_source_of_a_fact_is_the_document_stating_it(qa, question):
    answer = qa.answer(question)
    assert {"大连日报", ARTICLE} <= labels(answer) and cited(answer)
    assert all(e["source"]["document"].endswith("jinpu-consortium") for e in answer.evidence if e.get("source"))


def test_a_quoted_claim_no_source_states_has_no_source(qa):
    assert not qa.answer("“联合体成员单位达到200家”这个说法出自哪篇报道？").answers


@pytest.mark.parametrize("question, shown", [("報導的標題是什麼？", ARTICLE), ("What is the headline of the source report?", ARTICLE),
                                             ("这篇稿件登在哪个栏目？", "媒体大医"), ("In which section was the article published?", "媒体大医")])
def test_a_documents_title_and_column(qa, question, shown):
    answer = qa.answer(question)
    assert shown in answer.answer_text and cited(answer)


def test_the_byline_author_of_an_organisation(qa):
    assert labels(qa.answer("署名作者里哪位是大连新闻传媒集团的？")) == {"郑鸿"}


@pytest.mark.parametrize("question, expected", [
    ("Which enterprise signed an agreement with Dalian Minzu University?", {"大连德泰城市服务集团有限公司"}),
    ("Which university did Guochuang Hydrogen do joint R&D with?", {"大连交通大学"}),
])
def test_relation_phrases_read_as_relations(qa, question, expected):
    assert expected <= labels(qa.answer(question))


def test_joined_counts_the_members(qa):
    assert states(qa.answer("How many member units have joined the Jinpu consortium?"), 97)


@pytest.mark.parametrize("question, org", [("海事大学参加了哪些项目？", "大连海事大学"), ("民族大学签了几个项目", "大连民族大学"),
                                           ("Which projects did DVTC take part in?", "大连职业技术学院")])
def test_short_forms_and_initials_link(qa, question, org):
    answer = qa.answer(question)
    assert [qa.facts.label(e) for e in answer.understanding["entities"]] == [org] and answer.answers


def test_a_short_form_of_another_city_stays_outside(qa):
    assert not qa.answer("北京交通大学签了几个项目").answers


@pytest.mark.parametrize("question, expected", [("which province is pulandian in?", "辽宁省"),
                                                ("what city is jinzhou in", "大连市")])
def test_english_places_without_their_suffix(qa, question, expected):
    assert expected in labels(qa.answer(question))
