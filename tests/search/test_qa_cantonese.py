"""A question in Cantonese is read as its Mandarin twin (search.wording.CANTONESE): 边间 is 哪家, 唔系 不是, 嘅 的, 有冇
有没有, 几多 多少, 咗 了, 嗰 那, 入面 里面; and 间 counting or pointing at organisations ("两间院校", "哪间学校", "另一间")
is the measure word 家, never the 间 of 之间 or 时间. Wordings of our own, and twins whose right answer is empty: a
name, a topic or a figure the graph does not hold, asked in Cantonese."""

import pytest

from graph.han import normalize
from search.wording import standard_wording
from tests.search.dev_goals import labels

JIAOTONG = "大连交通大学"

ASKED = [
    ("碧菲分離膜嘅實踐基地係同邊間大學合作嘅?", {JIAOTONG}),
    ("一汽解放大連柴油機嗰間廠,同邊間學校建咗實踐基地?", {"辽宁轻工职业学院"}),
    ("邊間大學同國創氫能搞燃料電池雙極板?", {JIAOTONG}),
    ("大連交通大學同邊幾間企業簽咗約?", {"国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}),
]
TWINS = [
    ("大連職院喺幾多個簽約項目入面出現?", "大连职院在多少个签约项目里面出现?"),
    ("鄉村振興產業學院項目入面有幾多間單位?", "乡村振兴产业学院项目里面有多少家单位?"),
]
EMPTY = [
    "北京大學同邊間企業有合作?",
    "大連交通大學同邊幾間企業搞咗航天項目?",
    "國創氫能嘅註冊資本係幾多?",
    "鄉村振興產業學院有幾多間外資單位?",
    "碧菲分離膜嘅實踐基地每年收幾多個實習生?",
]


def test_cantonese_questions_are_answered(qa):
    assert {question: labels(qa.answer(question)) for question, _ in ASKED} == dict(ASKED)


@pytest.mark.parametrize(("cantonese", "mandarin"), TWINS)
def test_a_cantonese_question_answers_as_its_mandarin_twin(qa, cantonese, mandarin):
    said, twin = qa.answer(cantonese), qa.answer(mandarin)
    assert labels(said) == labels(twin) and labels(said), (said.answer_text, twin.answer_text)


def test_a_yes_no_asked_with_you_mou_is_answered(qa):
    assert qa.answer("大連交通大學有冇同國創氫能合作?").answer_text.startswith("是")


def test_cantonese_questions_on_what_the_graph_lacks_stay_empty(qa):
    answers = {question: qa.answer(question) for question in EMPTY}
    assert not {q: a.answer_text for q, a in answers.items() if a.answers}


@pytest.mark.parametrize(("said", "read"), [
    ("兩間院校之間有咩聯繫", "两家院校之间有什么联系"),
    ("另一間院校嘅校長係邊位", "另一家院校的校长是哪位"),
    ("簽約時間係幾時", "签约时间系什么时候"),  # 时间 stays: no numeral or pointer before its 间; 系 alone is no 是
])
def test_cantonese_words_read_as_mandarin(said, read):
    assert standard_wording(normalize(said)) == read
