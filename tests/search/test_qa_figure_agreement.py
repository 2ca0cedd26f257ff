"""A figure answers only the measure and the bearer asked (search.qa_measures), on the real graph: persons of a
college are not its plan's yearly figure, the size of an investment is money (no area), internship slots are
positions (not person-times of training), companies signing with a plan are no order classes, "out of how many" is
the field of a ranking (not the rank); a plan named answers who runs it, never every party of every cooperation.
Both languages, traditional script, colloquial forms and empty answers. None of these questions is a dev-set one."""

import pytest

from tests.search.dev_goals import states


@pytest.mark.parametrize("question, value", [
    # money asked by a size word: the investment, not an area
    ("装备制造实训基地的投资规模有多大？", 120000000),
    ("How big was the investment in the machine-tool training base?", 120000000),
    # positions, not the base's person-times of training
    ("Roughly how many internship slots has the machine-tool base opened up so far?", 2800),
    ("機床實訓基地提供多少個實習崗位", 2800),
    # classes, not another plan's persons
    ("按企业订单培养学生的那个计划，每年组几个班？", 40),
    ("How many classes a year does the order-based plan form?", 40),
    # the field of the ranking, not the rank
    ("Out of how many was Jinpu ranked?", 28),
    ("Jinpu came fifth — out of how many consortia?", 28),
    ("金普排第五，是在几家里面排的？", 28),
    ("金普新區是在多少家單位中排名的", 28),
    # the measure is read at the count word, not off the scene set before it (admissions, students)
    ("写招生简章要用：订单培养计划一年开几个订单班？", 40),
    ("For an admissions leaflet: how many order classes does the order plan form a year?", 40),
    ("在校生都知道的事：机床实训基地提供了多少实习岗位？", 2800),
    # a plan named by a word of its own among its provider's plans: its figure
    ("大连职院每年贯通培养多少人", 1000),
    ("How many students a year does Dalian Vocational's integrated secondary-higher pathway train?", 1000),
])
def test_a_figure_in_the_measure_asked_answers(qa, question, value):
    answer = qa.answer(question)
    assert answer.answers and states(answer, value), answer.answer_text


@pytest.mark.parametrize("question, other", [
    # persons of the college: its plan's yearly figure is not the college's
    ("How many students are enrolled at Dalian Vocational & Technical College?", 1000),
    ("大連職院一年招多少人？", 1000),
    ("DVTC's yearly student intake — how many?", 1000),
    # organisations or persons asked of the order plan: its classes are no answer
    ("订单培养计划每年跟多少家企业签约？", 40),
    ("How many companies sign orders with the order-based training plan each year?", 40),
    ("訂單班一年培養多少學生？", 40),
    # an area asked: the investment is no answer
    ("How large is the site of the machine-tool training base?", 120000000),
])
def test_a_figure_of_another_measure_or_bearer_is_no_answer(qa, question, other):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, other), answer.answer_text


def test_the_organisation_running_a_named_programme_answers_who_runs_it(qa):
    answer = qa.answer("Which college runs the order-based training plan?")
    assert [a["label"] for a in answer.answers] == ["大连职业技术学院"], answer.answer_text


@pytest.mark.parametrize("question", ["Which companies take part in the field engineer training plan?",
                                      "現場工程師培養計劃有哪些企業參加", "订单培养计划有几家企业参与"])
def test_a_programme_named_is_no_party_of_every_cooperation(qa, question):
    """A programme has a provider and no parties: the graph's enterprises taking part in any cooperation are not its."""
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", ["Where exactly is the machine-tool company — street and number?", "大连机床具体在哪条街几号",
                                      "大連職院在哪條路上", "What street is Dalian Maritime University on?"])
def test_a_street_address_asked_is_not_held(qa, question):
    """The graph's places are cities and districts: a street asked is answered by none of them, nor by a date (几号)."""
    answer = qa.answer(question)
    assert answer.answers == [] and ("地址" in answer.answer_text or "address" in answer.answer_text), answer.answer_text


@pytest.mark.parametrize("question, verdict", [
    ("金普是全国唯一的国家级市域产教联合体吗？", "否"),
    ("Was Jinpu the only city in the whole country to get a national consortium?", "No"),
    ("Is Jinpu the only consortium nationwide?", "No"),
    ("全國就金普這一家國家級市域產教聯合體，對嗎", "否"),
    ("金普是辽宁唯一的国家级联合体吗", "是"),  # the province, as the source says
])
def test_the_only_one_in_the_country_is_denied_by_the_field_it_was_ranked_in(qa, question, verdict):
    """The source says the only one in the province; the national approval ranked it among 28: not the only one in
    the country (of its kind or a wider one), the field cited."""
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert verdict in ("是", "Yes") or states(answer, 28), answer.answer_text
