"""A question in Cantonese is read as its Mandarin twin (search.cantonese, at the answerer's normalisation): 边间 is
哪家, 唔系 不是, 嘅 的, 有冇 有没有, 几多 多少, 咗 了, 嗰 那, 入面 里面, 我哋 我们, 係 是 (not in 關係, 體系, 系統, 計算機系), 同
和 (not in 合同, 同時; "企業同學校" 和学校); and 间 counting or pointing at organisations ("两间院校", "哪间学校", "另一间")
is the measure word 家, never the 间 of 之间 or 时间. A Mandarin question is left as written (its 系 and 同 too).
Wordings of our own, in traditional and simplified script, and twins whose right answer is empty: a name, a topic or
a figure the graph does not hold, asked in Cantonese."""

import pytest

from graph.han import normalize
from search.cantonese import mandarin
from search.wording import standard_wording
from tests.search.dev_goals import labels

JIAOTONG = "大连交通大学"

ASKED = [
    ("碧菲分離膜嘅實踐基地係同邊間大學合作嘅?", {JIAOTONG}),
    ("一汽解放大連柴油機嗰間廠,同邊間學校建咗實踐基地?", {"辽宁轻工职业学院"}),
    ("邊間大學同國創氫能搞燃料電池雙極板?", {JIAOTONG}),
    ("大連交通大學同邊幾間企業簽咗約?", {"国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}),
    # 係 the copula, 同 "with", 我哋 "we" (a frame)
    ("同民族大學一齊建大思政課實踐教育基地嘅係邊間企業?", {"大连德泰城市服务集团有限公司"}),
    ("我哋係做幼教嘅,想問托幼一體化人才培養基地係金州一幼同邊間學校合建嘅?", {"大连职业技术学院"}),
    ("河野智能裝備嘅合作大學係邊間?", {JIAOTONG}),
    ("开源鸿蒙人才培养中心系大工同边间学校合建嘅?", {"大连职业技术学院"}),  # simplified script
    ("同冰山松洋合建壓縮機技術創新中心嘅係邊間大學?", {"大连大学"}),
    # 係 after a word it would otherwise join (中心係: not 心系, "to care for"); 同 after a name (民大同: not 大同, the city)
    ("鴻蒙中心係職院同邊間大學合建嘅?", {"大连理工大学"}),
    ("呢個鴻蒙中心係邊兩間學校合建嘅?", {"大连理工大学", "大连职业技术学院"}),
    ("我哋係做社工培訓嘅,想問民族大學嗰個思政基地係民大同邊間企業合建嘅?", {"大连德泰城市服务集团有限公司"}),
]
TWINS = [
    ("大連職院喺幾多個簽約項目入面出現?", "大连职院在多少个签约项目里面出现?"),
    ("鄉村振興產業學院項目入面有幾多間單位?", "乡村振兴产业学院项目里面有多少家单位?"),
    ("東風日產同邊間大學合作研發充電系統故障檢測?", "东风日产和哪所大学合作研发充电系统故障检测?"),  # 系統 stays
    ("辽宁轻工职业学院系同边间企业共建实践基地嘅?", "辽宁轻工职业学院是和哪家企业共建实践基地的?"),
    ("三友電器同大工合建嘅係咩基地?", "三友电器和大工合建的是什么基地?"),
]
EMPTY = [
    "北京大學同邊間企業有合作?",
    "大連交通大學同邊幾間企業搞咗航天項目?",
    "國創氫能嘅註冊資本係幾多?",
    "鄉村振興產業學院有幾多間外資單位?",
    "碧菲分離膜嘅實踐基地每年收幾多個實習生?",
    "深圳職業技術大學同邊間企業合作㗎?",
    "深圳职业技术大学系同边间企业合建实训基地嘅?",
    "大思政課實踐教育基地係北京大學同邊間企業合建嘅?",
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
    ("簽約時間係幾時", "签约时间系什么时候"),  # 时间 stays: no numeral or pointer before its 间; no Cantonese marker: 系 stays
    ("大思政課實踐教育基地係民大同邊間企業合建嘅", "大思政课实践教育基地是民大和哪家企业合建的"),  # not 大同, the city
    ("企業同學校分別係邊個", "企业和学校分别是哪个"),  # not 同学, classmates
    ("兩間學校之間有咩關係", "两家学校之间有什么关系"),
    ("計算機系同邊間企業有聯繫", "计算机系和哪家企业有联系"),
    ("佢哋簽咗幾多份合同", "他们签了多少份合同"),
    ("產教融合體系入面有冇呢間大學", "产教融合体系里面有没有这家大学"),
    ("东风日产同边间大学合作研发充电系统", "东风日产和哪家大学合作研发充电系统"),
    ("大連理工大學真係簽咗咁多項目", "大连理工大学真是签了这么多项目"),
])
def test_cantonese_words_read_as_mandarin(said, read):
    assert standard_wording(mandarin(normalize(said))) == read


@pytest.mark.parametrize("said", ["计算机系和哪家企业合作", "两所学校是什么关系", "产教融合体系有哪些项目", "民大同哪家企业合建了基地",
                                  "同时参与两个项目的学校", "签了哪些合同", "大同有哪些企业",
                                  "协会和科研院所,哪一边家数多", "那边两家企业系统地合作了吗"])
def test_a_mandarin_question_is_left_as_written(said):
    assert mandarin(said) == said
