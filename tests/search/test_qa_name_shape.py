"""Unknown names are only spans shaped like names (search/qa_name_shape.py), on the real graph: the
words a stranger opens a sentence with, peoples' words and colloquial Chinese fragments are never
taken for a name the graph does not hold, while names outside the graph are still refused in both
languages and in traditional script. None of these questions is a dev-set question."""

import pytest

from search.qa_name_shape import compound_word, common_word, name_shaped


@pytest.mark.parametrize("question", [
    "Honestly, which companies work with Dalian Jiaotong University?",
    "Curious: how many member units does the consortium have?",
    "Before the meeting, which enterprises partner with Dalian University?",
    "For a Korean visitor group: which companies work with Dalian Minzu University?",
    "市里区里有几家企业参加了联合体？",
    "區裡頭有幾家企業是聯合體成員？",
    # a compound of common words opening a sentence ("Headcount", "Rundown", "Lineup") is no name
    "Headcount check: how many member units does the consortium have?",
    "Rundown of the projects Dalian University of Technology signed, please.",
    "For my notes. Lineup of the signing ceremony: which companies signed with Dalian Jiaotong University?",
    # indefinite pronouns, an article before a word spelled as pinyin, words of order, a quantified kind
    "has anybody counted the members of the jinpu consortium?",
    "Dalian University of Technology has a long list of projects - how many did it sign?",
    "What about the former talent project, the digital-talent centre: who signed it?",
    "Did any other Liaoning city get a national city-level consortium?",
])
def test_ordinary_words_are_not_taken_for_unknown_names(qa, question):
    assert qa.answer(question).understanding["outside_graph"] == []


@pytest.mark.parametrize("question, number", [
    ("Headcount check: how many member units does the consortium have?", 97),
    ("The digital talent centre has a huge partner list, how many parties does it have?", 15),
    ("Timeline question: in which year was the Jinpu consortium approved?", 2023),
])
def test_an_ordinary_opening_word_leaves_the_question_answered(qa, question, number):
    assert str(number) in qa.answer(question).answer_text


@pytest.mark.parametrize("question, name", [
    ("Honestly, which projects did Tsinghua University sign?", "Tsinghua University"),
    ("Which projects did Shenyang Ligong University sign?", "Shenyang Ligong University"),
    ("which projects did lenovo sign", "lenovo"),
    ("深圳职业技术大学参与了哪个签约项目", "深圳职业技术大学"),
    ("青島西海岸新區的聯合體有多少成員？", "青岛西海岸新区"),
    # a name opening a sentence is followed by its verb, a possessive or its kind word, however it is spelled
    ("Tencent signed with which school?", "Tencent"),
    ("Tencent's partner schools?", "Tencent"),
    ("Facebook signed with which school?", "Facebook"),
    ("Tieling, does it have a consortium?", "Tieling"),
    # a quantified kind is checked by its place ("any Shenyang district": Shenyang), a pinyin surname kept
    ("Did any Shenyang district get a national consortium?", "Shenyang"),
    ("Which other Shenyang university signed a project?", "Shenyang"),
    ("Is An Ping a professor at Dalian University?", "an ping"),
])
def test_a_name_outside_the_graph_is_still_refused(qa, question, name):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.evidence == []
    assert name in answer.understanding["outside_graph"]


def test_an_answer_set_aside_by_the_question_is_no_answer(qa):
    answer = qa.answer("Apart from Dalian, which city in Liaoning also has a national city-level consortium?")
    assert answer.answers == []


@pytest.mark.parametrize("word, common", [
    ("Quick", True), ("provinces", True), ("setting", True), ("Japanese", True), ("talent-training", True),
    ("Huawei", False), ("Shenzhen", False), ("COSCO", False), ("bosch", False),
])
def test_common_words_with_their_inflections(word, common):
    assert common_word(word) is common


@pytest.mark.parametrize("word, compound", [
    ("byline", True), ("timeline", True), ("headcount", True), ("lineup", True), ("workload", True),
    ("huawei", False), ("tieling", False), ("fudan", False), ("google", False), ("xiaomi", False),
])
def test_compounds_of_common_words(word, compound):
    assert compound_word(word) is compound


def test_an_opening_word_is_taken_off_and_the_rest_checked_again():
    held = {"Dalian Vocational"}.__contains__
    question = "Weighing Dalian Vocational against the rest, what did it sign? And Weighing Foo College?"
    assert name_shaped(["Weighing Dalian Vocational"], question, held, lambda w: False) == []
    assert name_shaped(["li ming", "2019年", "这下省"], "li ming 2019年 这下省", held, lambda w: False) == ["li ming", "2019年"]
    # a name does not start inside a compound word; a project's name is made of ordinary words
    assert name_shaped(["type practice base"], "the shared-type practice base", held, lambda w: False) == []
    assert name_shaped(["welding training base"], "who built the welding training base", held,
                       lambda w: False) == ["welding training base"]
    # a degree before a project's kind word compares: "the bigger project tally", "the largest project"
    assert name_shaped(["bigger project"], "Which has the bigger project tally, A or B?", held, lambda w: False) == []
    assert name_shaped(["largest project"], "what is the largest project of A", held, lambda w: False) == []


@pytest.mark.parametrize("question, name", [
    ("I'm a teacher from Chengdu, and we're curious: which schools in my city joined?", "Chengdu"),
    ("We’ve moved to Harbin. It's a long way, but which Harbin colleges are members?", "Harbin"),
])
def test_a_contraction_is_no_name_beside_the_one_refused(qa, question, name):
    """Contractions of pronouns ("I'm", "we're", "It's"), capitalised or not, are never read as names the graph lacks."""
    answer = qa.answer(question)
    assert answer.answers == []
    outside = answer.understanding["outside_graph"]
    assert name.lower() in [n.lower() for n in outside]
    assert not [n for n in outside if "'" in n or "\u2019" in n]
