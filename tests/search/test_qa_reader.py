"""The evidence reader (search.qa_reader): a question nothing else answered, read off the one sentence of the
source that states its answer (search.qa_sentences: the cited spans and what they cite). Both languages,
traditional script and colloquial wordings written for this module, none of them in a development set;
and the readings it must refuse: a kind the graph does not hold (a hospital), a name the sentence does not
account for (another college's president), a post nobody holds (a vice president), counts and dates."""

from dataclasses import replace

import pytest

from search.qa import QuestionAnswerer
from search.qa_config import DEFAULT_CONFIG
from search.qa_reader import Asked, asked_of, question_words
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels

MOE = "教育部"


@pytest.fixture(scope="module")
def unfloored(kg, real_engine) -> QuestionAnswerer:
    """An answerer whose reader accepts any score: what the reader reads, whatever the floor fitted."""
    return QuestionAnswerer(kg, real_engine, replace(DEFAULT_CONFIG, reader=replace(DEFAULT_CONFIG.reader, min_score=float("-inf"))))


def parsed(qa, question: str):
    return understand(normalize(question), qa.lexicon)


def read(qa, question: str) -> set[str]:
    """The labels the reader reads for ``question`` (empty when it reads nothing)."""
    reading = qa.reader.read(parsed(qa, question), question)
    return {qa.facts.label(x) for x in reading.items} if reading else set()


def test_a_span_inside_a_sentence_is_read_with_it(qa):
    sentences = qa.reader.sentences.sentences
    approval = next(s for s in sentences if "申报成功单位中以综合排名第5名" in s.text)
    rank = next(s for s in sentences if s.text == "以综合排名第5名的成绩")
    assert rank.cited <= approval.cited and len(rank.cited) < len(approval.cited)


def test_a_sentence_holds_the_english_of_what_it_states(qa):
    sentences = qa.reader.sentences
    moe = next(i for i, s in enumerate(sentences.sentences) if s.text.startswith("2023年4月,教育部要求"))
    assert all(sentences.holds(moe, word) for word in ("ministry", "province", "consortia", "教育"))
    assert not sentences.holds(moe, "hospital")


@pytest.mark.parametrize("question, kind, noun", [
    ("是哪个中央部门在2023年4月让各省开始创建产教联合体的？", "noun", "中央部门"),
    ("23年4月叫各省動手搞產教聯合體的是哪個部門啊", "noun", "部门"),
    ("Which central body asked every province to get consortia going?", "noun", "central body asked"),
    ("A school head said pupils are trained to order for firms. Name him.", "person", ""),
    ("跟记者讲话的那位企业负责人叫什么名字？", "person", ""),
    ("机床公司那位副总叫什么？", "person", ""),  # 那位 points at a person whatever kind of body the owner is
    ("哪些企业都参与了数字人才项目？", "noun", "企业"),  # 都 closes the noun
    # the noun ends at a verb of taking part, not past it ("hospitals partner" agreed with 合作方 through "partner")
    ("Which banks partner with Dalian Jiaotong University?", "noun", "banks"),
    ("哪些银行和大连交通大学合作？", "noun", "银行"),
    ("Which partner school did Heye pick?", "noun", "partner school"),
])
def test_the_kind_a_question_asks(qa, question, kind, noun):
    asked = asked_of(parsed(qa, question))
    assert asked is not None and (asked.kind, asked.noun) == (kind, noun), asked


@pytest.mark.parametrize("question", [
    "联合体的成员单位有多少家？",  # a count: the figure plans', never a bag of words'
    "When did the ministry tell provinces to start consortia?",
    "教育部在哪儿开的会？",
])
def test_counts_dates_and_places_are_not_read(qa, question):
    assert asked_of(parsed(qa, question)) is None


def test_the_asking_words_are_no_content():
    from search.understand import Understanding

    u = Understanding("哪个部门要求各省启动创建工作？", "zh", "list", frozenset(), "", (), "", False,
                      blanked="哪个部门要求各省启动创建工作？")
    words = question_words(u)
    assert "部门" in words and "哪个" not in words and "要求" in words


def test_a_noun_agrees_with_a_kind_by_its_head():
    assert Asked("noun", frozenset({"中央", "央部", "部门"}), "中央部门").agrees(["政府部门", "government body"])
    assert not Asked("noun", frozenset({"医院"}), "医院").agrees(["政府部门", "高校"])
    assert Asked("noun", frozenset({"body"}), "central body").agrees(["government body"])


@pytest.mark.parametrize("question", [
    "是哪个中央部门在2023年4月让各省开始创建产教联合体的？",
    "Which national body asked the provinces in April 2023 to begin setting up industry-education consortia?",
    "23年4月叫各省動手搞產教聯合體的是哪個部門啊",
])
def test_the_body_stated_in_passing_is_read_off_its_sentence(unfloored, question):
    assert read(unfloored, question) == {MOE}


@pytest.mark.parametrize("question, who", [
    ("A school head said pupils are now trained to order for firms. Name him.", "杨跃权"),
    ("说学生培养实现了订单服务的那个人叫什么名字？", "杨跃权"),
])
def test_a_speaker_is_read_off_his_quotation(unfloored, question, who):
    assert read(unfloored, question) == {who}


@pytest.mark.parametrize("question", [
    "哪家医院加入了数字人才产教融合实训中心？",  # no hospital is cited: the kind agrees with nothing
    "Which hospital joined the digital talent training centre?",
    "大连理工大学的校长是谁？",  # the sentence naming a president is about another college
    "大連理工大學的校長叫什麼名字",
    "Who is the vice president of Dalian Vocational & Technical College?",  # nobody holds that post
    "国创氢能科技有限公司的总经理是谁？",
    "河野機器人跟哪間大學合作",  # a word narrowing the name that the sentence does not say
    "德泰物流那边跟哪所大学有合作？",
    "Which university works with Heye's robot division?",
])
def test_what_the_sentences_do_not_say_is_not_read(unfloored, question):
    assert read(unfloored, question) == set()


@pytest.mark.parametrize("question", [
    "Which hospital joined the digital talent centre?",
    "大连大学的校长是谁？",
    "Who is the vice president of Dalian Vocational & Technical College?",
    "一汽大众跟哪所职业学院搞了实践基地？",  # a name the graph does not hold: below the floor
    "Which banks teamed up with Dalian Jiaotong University?",  # a kind the graph holds none of, with a verb after it
    "哪些银行跟大連交通大學合作？",
    "大连大学和哪几家医院有合作",
    "河野机器人跟哪所大学合作",  # a word narrowing the name: the reader, asked after every reading, reads nothing
])
def test_honest_empty_answers_stay_empty(qa, question):
    assert qa.answer(question).answers == []


def test_a_reading_is_answered_in_the_one_shape_with_its_sentence(unfloored):
    # ("agency" alone is no kind word of the ontology's; "central body" is one since round 30, read by the structure)
    answer = unfloored.answer("Which central agency told every province in April 2023 to get going on creating these consortia?")
    assert answer.understanding.get("reader"), answer.answer_text  # the structured reading finds nothing of it
    assert labels(answer) == {MOE}
    assert all(e["source"]["text"].startswith("2023年4月,教育部要求") for e in answer.evidence)
    assert "cj:evidence" in answer.sparql and answer.understanding["reader"]["kind"] == "noun"


@pytest.mark.parametrize("question", [
    "大连日报那篇报道里，杨跃权是哪个学校的？",
    "The Dalian Daily piece quotes Yang Yuequan. Which college does he run?",
    "大連日報報導引用了楊躍權的話，他在哪所學院任職？",
])
def test_the_source_a_question_names_is_the_sentences_context(unfloored, question):
    # its tail ("piece", 报导) says the document, not a narrower thing of the newspaper's
    # the newspaper named is the publisher of the sentence's document: accounted for, not a name left over
    assert read(unfloored, question) == {"大连职业技术学院"}


def test_a_document_links_its_publisher_and_authors(qa):
    context = set().union(*qa.reader.sentences.context.values())
    assert {qa.facts.label(x) for x in context} >= {"大连日报", "郑鸿"}


OPINIONS = "关于深化现代职业教育体系建设改革的意见"


@pytest.mark.parametrize("question, noun", [
    ("中办国办2022年12月联合印发的那份文件叫什么？", "文件"),
    ("兩辦2022年底聯合印發的那份職教改革文件，標題是啥", "职教改革文件"),
    ("What is the title of that December 2022 document on vocational education reform?", "document"),
    # a demonstrative with a numeral names the kind too, and 都 closes the noun (no person is asked by 叫什么 here)
    ("联合体那六家协会、社会组织都叫什么？", "协会"),
    ("那十三個政府部門都叫啥", "政府部门"),
    ("金普新区联合体那两所本科高校叫什么？", "本科高校"),
])
def test_a_thing_asked_by_its_name_is_the_kind_its_demonstrative_names(qa, question, noun):
    asked = asked_of(parsed(qa, question))
    assert asked is not None and (asked.kind, asked.noun) == ("noun", noun), asked


@pytest.mark.parametrize("question, answer", [
    ("Back in spring 2023 the provinces were told to start building consortia - by which ministry?", MOE),  # a word of its name
    ("23年叫各省動手搞產教聯合體的那個部門，全稱叫啥", MOE),  # a body named by its demonstrative, traditional script
    ("中办国办2022年12月联合印发的那份文件叫什么？", OPINIONS),  # a document: the kind its class names
])
def test_a_kind_agrees_by_the_head_word_of_its_name_or_its_class(unfloored, question, answer):
    assert read(unfloored, question) == {answer}


@pytest.mark.parametrize("question, unheld", [
    ("Which universities work with Tsinghua?", {"tsinghua"}),  # a capitalised word no document holds
    ("Which colleges team up on 5G networks?", {"5g"}),
    ("比亞迪和哪幾家企業合作", {"比亚迪"}),  # three characters or more, its first two held nowhere
    ("2023年4月教育部要求各省启动产教联合体创建工作", set()),  # every word held: nothing unheld
    ("which central body told every province to get going?", set()),  # lower-case words are no names
])
def test_the_names_the_graph_does_not_hold(qa, question, unheld):
    assert set(qa.reader.unheld_names(parsed(qa, question), question)) == unheld


@pytest.mark.parametrize("question", [
    "Which universities work with Tsinghua on training?",
    "比亞迪和哪幾所高校合作",
])
def test_a_question_naming_what_the_graph_does_not_hold_is_not_read(unfloored, question):
    assert read(unfloored, question) == set()
