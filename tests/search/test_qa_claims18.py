"""Round-18 claims and negation on the real graph, in wordings other than the development cases.

A claim that one organisation is a party to one cooperation (asked yes or no, put for confirmation with a
tag — 没错吧, 对不对, 算不算, "…, right?", "is it true that" — or with a role: "合作学校是X") is checked
against the cooperation's parties, a list the article states whole: "yes" cites the party's participation,
"no" cites the parties (of the role said) instead. A role the graph does not record gets no verdict.
A negation restricted to a kind of project (said "R&D deals", "talent-category agreements") is that kind
less the cooperations of the name denied, never the positive set and never the denied name itself; a
negated term the graph does not cover empties the answer. Both languages, traditional script, empty cases.
"""

import pytest

from search.wording import standard_wording
from tests.search.dev_goals import cites, labels

YES = ("是", "Yes")
NO = ("否", "No")
TECH_WITHOUT_DUT = {"质子交换膜燃料电池金属石墨复合双极板开发项目", "超声悬浮精密零件减摩搬运工作台研制项目", "辽宁省压缩机专业技术创新中心项目"}
TALENT_WITHOUT_DVTC = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目", "现代中药与生物制药高层次应用型人才联合培养项目"}


@pytest.mark.parametrize("question, verdict, cited", [
    ("压缩机创新中心那个项目，大学一方是大连大学，对不对？", YES, "大连大学"),
    ("開源鴻蒙人才培養中心項目裡，算不算有大連理工大學一份？", YES, "大连理工大学"),
    ("Is it true that Dalian Medical University is one of the parties to the digital talent training centre?", YES, "大连医科大学"),
    ("The compressor innovation centre was signed with Dalian University, wasn't it?", YES, "大连大学"),
    ("托幼一体化那个基地，大连理工大学签没签？", NO, "大连市金州区第一幼儿园"),
    ("The Rockwell innovation centre was signed by Dalian Maritime University, right?", NO, "大连锂工科技有限公司"),
    # the publisher claimed, against the one the article names
    ("这篇报道是大连日报发的吗？", YES, "大连日报"),
    ("這篇報道是大連日報發的，對吧？", YES, "大连日报"),
    ("Did this report run in the Dalian Daily?", YES, "大连日报"),
    ("Was the piece carried by Dalian Daily?", YES, "大连日报"),
    ("Was the article published by Dalian Vocational & Technical College?", NO, "大连日报"),
    ("The report was published by Dalian University of Technology, right?", NO, "大连日报"),
    ("这篇文章是大连新闻传媒集团发的吧？", NO, "大连日报"),
    ("大連民族大學參加了壓縮機創新中心的吧", NO, "冰山松洋压缩机(大连)有限公司"),
])
def test_a_party_claimed_is_checked_against_the_parties_listed(qa, question, verdict, cited):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert cites(answer, cited), answer.evidence
    assert all(e.get("source") for e in answer.evidence), answer.evidence
    assert "negation" not in answer.understanding.get("operators", []), answer.understanding


@pytest.mark.parametrize("question, held", [
    ("罗克韦尔那个中心，合作企业是大连三友电器设备有限公司，没错吧？", "大连锂工科技有限公司"),
    ("The university on the compressor innovation centre is Dalian University of Technology, right?", "Dalian University"),
])
def test_a_false_premise_in_a_confirmation_is_answered_no_with_the_party_held(qa, question, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(NO), answer.answer_text
    assert held in answer.answer_text, answer.answer_text
    assert not answer.answers, answer.answers


@pytest.mark.parametrize("question", ["开源鸿蒙那个项目，大连理工大学是牵头单位吗？",
                                      "Is Dalian University the lead party of the compressor innovation centre?"])
def test_a_role_the_graph_does_not_record_gets_no_verdict(qa, question):
    answer = qa.answer(question)
    assert not answer.answer_text.startswith((*YES, *NO)), answer.answer_text
    assert not answer.answers, answer.answers


@pytest.mark.parametrize("question, expected", [
    ("Which R&D deals have no Dalian University of Technology on them?", TECH_WITHOUT_DUT),
    ("科技创新类的项目中，哪些的签约单位里没有大连理工大学？", TECH_WITHOUT_DUT),
    ("Talent-category agreements where Dalian Vocational & Technical College is absent: list them.", TALENT_WITHOUT_DVTC),
    ("人才培養類項目裡，哪些簽約方中沒有大連職業技術學院？", TALENT_WITHOUT_DVTC),
])
def test_a_negation_within_a_kind_is_the_kind_less_the_denied_party(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text
    assert all(e.get("derivation") for e in answer.evidence), answer.evidence


@pytest.mark.parametrize("question, denied", [("哪些单位没有和大连交通大学合作过？", "大连交通大学"),
                                              ("Which organisations have never worked with Dalian University?", "大连大学")])
def test_a_negation_never_answers_the_name_it_denies(qa, question, denied):
    answer = qa.answer(question)
    assert answer.answers and denied not in labels(answer), answer.answer_text


@pytest.mark.parametrize("question, term", [("哪些项目没有区块链企业参与？", "区块链"),
                                            ("Which base projects were signed without any foreign university?", "foreign")])
def test_a_negated_term_the_graph_does_not_cover_empties_the_answer(qa, question, term):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert term in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", ["大连大学在里面，没错吧？", "这个项目算不算大工的？", "是大连大学签的，对不对？",
                                      "Dalian University signed it, right?", "Is it true that Dalian University signed it?",
                                      "It was Dalian University, wasn't it?", "是大连大学签的吧？"])
def test_a_confirmation_tag_asks_a_verdict_and_negates_nothing(question):
    from search.qa_verdict_cues import CONFIRMING, YES_NO_EN, YES_NO_ZH
    assert CONFIRMING.search(question.lower()) or YES_NO_ZH.search(question), question
    assert YES_NO_ZH.search(question) or YES_NO_EN.search(question.lower()), question


@pytest.mark.parametrize("word, kind", [("r&d agreements", "TechInnovationProject"), ("talent track agreements", "TalentCultivationProject"),
                                        ("base category projects", "TrainingBaseProject")])
def test_an_english_kind_is_read_with_another_project_noun_or_a_kind_marker(qa, word, kind):
    assert {c.rsplit("#", 1)[-1] for c in qa.lexicon.class_words.get(word, ())} == {kind}


@pytest.mark.parametrize("question, expected", [
    ("现代中药那个项目里，哪些签约单位不是大学？", {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司"}),
    ("Which parties to the compressor innovation centre are not universities?", {"冰山松洋压缩机(大连)有限公司"}),
    ("罗克韦尔那个中心里，不是企业的参与方有哪些？", {"大连职业技术学院"}),
])
def test_a_kind_denied_of_the_parties_asked_is_taken_from_the_cooperations_parties(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("大连理工大学、大连民族大学和大连大学中，哪一所没有人才培养类项目？", set()),
    ("大連交通大學、大連民族大學和大連大學中，哪一所沒參與數字人才實訓中心？", {"大连交通大学"}),
    ("大连交通大学跟大连民族大学，哪个没有实训基地类项目啊", {"大连民族大学"}),
    ("Which of Dalian Jiaotong University, Dalian Minzu University and Dalian University did not join the digital talent training centre?",
     {"大连交通大学"}),
    ("Of Dalian Jiaotong University and Dalian Minzu University, which one has no tech innovation project?", {"大连民族大学"}),
    ("Between Dalian Minzu University and Dalian University, which had no partner that is a company?", set()),
])
def test_what_some_named_organisations_lack_picks_among_them(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text
    assert answer.answer_text, answer


@pytest.mark.parametrize("question", ["Of Dalian Jiaotong University and Dalian University, which has no blockchain project?",
                                      "大连交通大学和大连大学中，哪一所没有区块链项目？"])
def test_an_uncovered_lack_among_named_organisations_is_no_answer(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert "区块链" in answer.answer_text or "blockchain" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", ["Was the article published by Liaoning Daily?", "Did the report run in China Daily?"])
def test_a_newspaper_the_graph_does_not_hold_gets_no_verdict(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not answer.answer_text.startswith(YES), answer.answer_text
    assert "Daily" in answer.answer_text, answer.answer_text


def test_a_yes_no_on_a_named_organisations_own_partners_keeps_its_yes(qa):
    answer = qa.answer("Does Dalian University of Technology work with a company?")
    assert answer.answer_text.startswith("Yes"), answer.answer_text


def test_a_deal_is_read_as_a_project_and_deans_stay_deans(qa):
    assert "projects" in standard_wording("which deals did dalian university sign?")
    deans = qa.answer("Who has more deans, Dalian Minzu University or Dalian University?")
    assert not deans.answers and "dean" in deans.answer_text, deans.answer_text


@pytest.mark.parametrize("question, expected", [
    ("Dalian Jiaotong University signed three deals; setting aside the R&D ones, which remaining project is a base-type project?",
     {"产教融合实习实践基地项目"}),
    ("Leaving aside the talent-track ones, which projects did Dalian Minzu University sign?", set()),
    ("除了科技创新类的，大連交通大學還簽了哪些項目？", {"产教融合实习实践基地项目"}),
])
def test_a_kind_set_aside_leaves_the_named_ones_other_projects(qa, question, expected):
    assert labels(qa.answer(question)) == expected
