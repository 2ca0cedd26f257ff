"""People, bodies and documents named by what they said or did (round 22): wordings written for these readings, none
in a development set or a calibration set, in both languages, traditional script and colloquial forms, with the
twins whose right answer is empty.

- the entity reading (search.qa_entity_reader): a description matched against all the sentences of each candidate
  of the kind asked (his post in one sentence, his words in another), read only with a clear lead;
- a person's words told as the asker's lead-in ("X is quoted about …; which college is he at?") ask where he works,
  not what he said (search.qa_profile: said_by, affiliation);
- a paper asked by a verb of carrying an article is its publisher (search.qa_reported.PAPER_CARRIED).
"""

import pytest

from search.qa_entity_reader import read_entity
from search.qa_reader_asks import asked_of
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels

DONG, YANG = "董建军", "杨跃权"
MACHINE_TOOL, DVTC = "通用技术集团大连机床有限责任公司", "大连职业技术学院"
DAILY, OPINIONS = "大连日报", "关于深化现代职业教育体系建设改革的意见"


def entity_read(qa, question: str) -> set[str]:
    """The labels the entity reading reads for ``question`` when asked (empty when it reads nothing)."""
    reading = read_entity(qa.reader, understand(normalize(question), qa.lexicon), question)
    return {qa.facts.label(x) for x in reading.items} if reading else set()


@pytest.mark.parametrize("question, who", [
    ("那位说企业节省了大量前期培训成本的副总叫啥名字？", DONG),  # his post in one sentence, his words in another
    ("說聯合體幫企業解決了社招技工適應不了崗位難題的那位副總經理，叫什麼？", DONG),  # traditional script
    ("Name the person who said the college now delivers order-based training for its students.", YANG),
    ("提到学校教育要围绕企业实际需要的那位党委书记是谁", YANG),
])
def test_a_person_is_read_off_all_that_the_graph_says_of_him(qa, question, who):
    assert entity_read(qa, question) == {who}


@pytest.mark.parametrize("question", [
    "那位说要在德国办分校的校长叫什么？",  # a quote nobody in the graph said
    "Who said the consortium would build a hospital next year?",
    "說要給企業減稅的那位局長是誰",  # a post nobody holds
    "The CEO quoted on moving the headquarters to Shanghai - what is his name?",
    "2020年要求各市组建职教集团的是哪个部门？",  # an act no body of the graph's did
])
def test_a_description_the_graph_does_not_hold_reads_nothing(qa, question):
    assert entity_read(qa, question) == set()
    assert qa.answer(question).answers == []


def test_a_description_fitting_two_entities_equally_reads_nothing(qa):
    # both speakers are quoted in the article: "the one quoted in the article" singles out neither
    assert entity_read(qa, "Who is the person quoted in the article?") == set()


@pytest.mark.parametrize("question, asks", [
    ("Whose name goes with the post of president at Dalian Vocational & Technical College?", "person"),
    ("文章里那位医院院长叫啥？", "person"),  # the colloquial 叫什么: a person, by his post (no hospital: nobody)
    ("那份文件叫啥？", "noun"),  # a thing's name is asked with its noun
])
def test_a_person_asked_by_whose_name_or_jiaosha(qa, question, asks):
    asked = asked_of(understand(normalize(question), qa.lexicon))
    assert asked is not None and asked.kind == asks


def test_words_opening_on_a_verb_of_saying_are_no_names(qa):
    question = "文章里那位说社招技工难适应岗位的副总叫什么？"
    assert not [w for w in qa.reader.unheld_names(understand(normalize(question), qa.lexicon), question) if w.startswith("说")]


@pytest.mark.parametrize("question, answers", [
    ("董建军在采访里谈到培训成本，他是哪家企业的，什么职务？", {MACHINE_TOOL, "副总经理"}),
    ("Yang Yuequan is quoted about order-based training. Which college is he at and what's his title?", {DVTC}),
    ("楊躍權講過訂單培養那番話，他在哪個學校當什麼？", {DVTC}),
    ("Which institution does Yang Yuequan lead?", {DVTC}),  # heading an organisation is a post there
    ("The Dalian Daily piece has Dong Jianjun talking about training costs. Which firm is he with?", {MACHINE_TOOL}),
])
def test_words_told_as_a_lead_in_ask_where_the_speaker_works(qa, question, answers):
    found = labels(qa.answer(question))
    assert answers <= found and not any("实践" in a for a in found), found


@pytest.mark.parametrize("question, words", [
    ("董建军说了什么？", "前期培训时间"),  # what he said is still what is asked when nothing else is
    ("What did Yang Yuequan say about order-based training?", "订单服务"),
])
def test_what_someone_said_is_still_read_when_it_is_asked(qa, question, words):
    assert any(words in a for a in labels(qa.answer(question)))


@pytest.mark.parametrize("question, answer", [
    ("Which paper ran the story on Jinpu's consortium?", DAILY),
    ("What paper printed the report about the city-region consortium in Jinpu?", DAILY),
    ("The Jinpu consortium article appeared in which newspaper?", DAILY),
    ("这篇报道登在哪份报纸上？", DAILY),
    ("這篇報導是哪家報社刊登的？", DAILY),
    ("Which paper did the two general offices issue in December 2022?", OPINIONS),  # a paper issued is a document
])
def test_a_paper_carrying_the_article_is_its_publisher(qa, question, answer):
    assert answer in labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "Which TV station broadcast the report on the Jinpu consortium?",
    "Which magazine reprinted the Jinpu consortium story?",
])
def test_an_outlet_the_graph_does_not_hold_is_answered_by_nothing(qa, question):
    assert qa.answer(question).answers == []


def test_the_writers_of_the_story_are_its_authors(qa):
    assert {"杜树泽", "周光", "王镔", "郑鸿"} <= labels(qa.answer("Who were the writers of the Jinpu consortium story?"))


@pytest.mark.parametrize("question, answers", [
    ("Who is Yang Yuequan? I came across the name in an article on a Dalian consortium.", {YANG, DVTC}),
    ("董建军是谁？他的名字出现在一篇关于金普联合体的报道里。", {DONG, MACHINE_TOOL}),
    ("鄭鴻是誰？報導署名裡看到的", {"郑鸿"}),
])
def test_a_statement_after_the_profile_asked_asks_nothing_more(qa, question, answers):
    assert answers <= labels(qa.answer(question))


def test_a_person_the_graph_does_not_hold_stays_unprofiled(qa):
    assert qa.answer("Who is Zhang San? His name comes up in a piece about a Dalian consortium.").answers == []


@pytest.mark.parametrize("question", [
    "What did the two general offices put out in Dec 2022 about consortia?",
    "Who wrote that May 2024 story on the Jinpu consortium?",
])
def test_a_month_written_short_or_capitalised_is_no_name(qa, question):
    unheld = qa.reader.unheld_names(understand(normalize(question), qa.lexicon), question)
    assert not {"dec", "may"} & set(unheld), unheld
