"""search.qa_leftover: which leftover words of a reading ask about nothing (a linked name's word, the asker's role, an
English function word) and which still empty the answer (an attribute, a relation not read, a name the graph lacks)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from search.qa_leftover import Leftovers

LABELS = {
    "sanyou": ("大连三友电器设备有限公司", "Dalian Sanyou Electrical Equipment Co., Ltd."),
    "minzu": ("大连民族大学", "Dalian Minzu University"),
    "jiefang": ("一汽解放大连柴油机有限公司", "FAW Jiefang Dalian Diesel Engine Co., Ltd."),
}
LEFTOVERS = Leftovers(lambda iri: LABELS.get(iri, ("", "")))


@pytest.mark.parametrize("word, question, linked", [
    ("electric", "what did sanyou electric sign with dut?", ["sanyou"]),  # a shortened name's own word
    ("electrical", "which university works with sanyou electrical?", ["sanyou"]),
    ("equipment", "sanyou equipment partners with which school?", ["sanyou"]),
    ("电器", "三友电器跟谁签了约？", ["sanyou"]),
    ("柴油机", "一汽解放柴油机跟哪所学院建了基地？", ["jiefang"]),
])
def test_a_word_of_a_linked_name_asks_nothing(word, question, linked):
    assert LEFTOVERS.harmless(word, question, linked) == "name"


@pytest.mark.parametrize("word, question", [
    ("journalist", "student journalist at dalian minzu university here. which firm do we work with?"),
    ("lecturer", "as a lecturer at dalian minzu university, which projects did it sign?"),
    ("辅导员", "我是大连民族大学的辅导员，学校跟哪家企业建了基地？"),
    ("輔導員", "我是大連民族大學的輔導員，學校跟哪家企業建了基地？"),  # traditional script as typed
    ("recruiter", "im a recruiter; which university signs the most deals?"),  # "im": typed without the apostrophe
])
def test_the_askers_role_asks_nothing(word, question):
    assert LEFTOVERS.harmless(word, question, ["minzu"]) == "frame"


@pytest.mark.parametrize("word", ["between", "inside", "our", "if", "everywhere", "seems"])
def test_an_english_function_word_asks_nothing(word):
    assert LEFTOVERS.harmless(word, "dut obviously has deals; which other universities also got one?", []) == "function"


@pytest.mark.parametrize("word, question, linked", [
    ("salary", "what salary does sanyou electric pay its trainees?", ["sanyou"]),  # an attribute the graph lacks
    ("chairman", "who is the chairman of sanyou electrical equipment?", ["sanyou"]),
    ("董事长", "三友电器的董事长叫什么名字？", ["sanyou"]),
    ("大众", "一汽大众跟哪所职业学院搞了实践基地？", ["jiefang"]),  # a name the graph does not hold, beside a held one
    ("council", "student journalist at minzu here. who chairs the university council?", ["minzu"]),  # asked, not the role
    ("出席", "大連民族大學這次簽約派誰出席的？", ["minzu"]),  # a relation the reading does not read
    ("family", "which family firm works with dalian minzu university?", ["minzu"]),
    ("monthly", "what monthly pay do sanyou electric's trainees get?", ["sanyou"]),  # "-ly", but a scope of what is asked
    ("elec", "what did sanyou elec sign?", ["sanyou"]),  # too short a beginning to stand for a word of the name
])
def test_a_word_asked_about_still_empties_the_answer(word, question, linked):
    assert LEFTOVERS.harmless(word, question, linked) is None


RELATION_LABELS = {"participant": ("参与单位", "participant"), "participatesIn": ("参与", "participates in"),
                   "signedAt": ("签约于", "signed at"), "cooperationMode": ("合作方式", "cooperation mode")}
RELATION = Leftovers(lambda iri: RELATION_LABELS.get(iri.rsplit("#", 1)[-1], ("", "")))


@pytest.mark.parametrize("word", ["signatures", "signatories", "signing", "participation", "cooperate", "合签", "签约"])
def test_a_word_of_the_relation_read_asks_nothing(word):
    assert RELATION.harmless(word, "which university has the most signatures?", []) == "relation"


# ("partner" is no word of the ontology's labels; as a verb of taking part it asks nothing: test_qa_verbs)
@pytest.mark.parametrize("word", ["party", "parts", "model", "modern", "出席", "建筑面积", "salary"])
def test_a_word_only_looking_like_the_relation_is_no_word_of_it(word):
    assert RELATION.harmless(word, "who attended?", []) is None


UNIVERSITY, ENTERPRISE, PROJECT = "cj#University", "cj#Enterprise", "cj#Project"
KINDS = Leftovers(lambda iri: ("", ""), {"dut": {UNIVERSITY}, "sanyou": {ENTERPRISE}, "base": {PROJECT}}, {})


def parse(question: str, *kinds: str) -> SimpleNamespace:
    """What asking_nothing reads of a parse: the question, the kinds it asks for, its linked names."""
    return SimpleNamespace(question=question, answer_classes=frozenset(kinds), mentions=[])


def answered(*ids: str, operators: tuple[str, ...] = ()) -> SimpleNamespace:
    """What asking_nothing reads of an answer: its answers' IRIs, the operators its reading applied."""
    return SimpleNamespace(answers=[{"id": i} for i in ids], understanding={"operators": list(operators)})


def test_answers_of_another_kind_than_asked_let_no_leftover_word_through():
    # "which universities also got one" answered with projects is no answer, whatever "besides" is
    u = parse("besides dut, which universities also got one?", UNIVERSITY)
    assert KINDS.asking_nothing(["besides"], u, answered("base")) == {}
    assert KINDS.asking_nothing(["besides"], u, answered("dut")) == {"besides": "function"}


def test_a_question_asking_no_kind_takes_any_answer():
    u = parse("what did sanyou electric sign, if any?")
    assert KINDS.asking_nothing(["if", "salary"], u, answered("base")) == {"if": "function"}


@pytest.mark.parametrize("word, question, why", [
    # a word only of a statement before the question, naming nothing linked: the asker's purpose
    ("campus", "hiring manager here, trying to work out which campus to visit first. which university signed the most deals?", "frame"),
    ("visit", "trying to work out which campus to visit first. which university signed the most deals?", "frame"),
    ("校园", "正在琢磨先去哪个校园招聘。哪所大学签的项目最多？", "frame"),
    ("wedding", "planning my cousin's wedding trip to dalian next week. which firms work with dalian minzu university?", "frame"),
    # a statement the question points back to, or naming a linked name, or a word asked again: still asked about
    ("aerospace", "i keep reading about aerospace. which universities work on it?", None),
    ("aerospace", "trying to find aerospace partners. which universities does he recommend?", None),
    ("hospital", "dalian minzu university works with a hospital. which firms are its partners?", None),
    ("hospital", "a hospital, i heard. which hospital works with dalian minzu university?", None),
    ("hospital", "which hospital works with dalian minzu university? it was in the news.", None),  # after the question
])
def test_a_word_only_of_a_statement_before_the_question_asks_nothing(word, question, why):
    assert LEFTOVERS.harmless(word, question, ["minzu"], named=["dalian minzu university"]) == why


def test_a_statement_naming_a_linked_name_with_its_own_stops_still_says_something():
    # "Co., Ltd." ends no sentence: the statement names the firm the question then asks about
    question = "dalian sanyou electrical equipment co., ltd. picked a university partner. which firms did it sign with?"
    named = ["dalian sanyou electrical equipment co., ltd."]
    assert LEFTOVERS.harmless("picked", question.replace(" it ", " that university "), ["sanyou"], named=named) is None


# The asker's own clause beside the asking one, naming a linked name or not: what the asker or their kin is or does
# there is context, no scope of the answer (search.qa_frame.frame_clauses); a word asked again, a question pointing back
# at a thing ("it"), or a question linking nothing keeps it asked about.
@pytest.mark.parametrize("word, question", [
    ("nephew", "my nephew got an offer from dalian jiaotong; in how many of the signed deals does his school take part?"),
    ("offer", "my nephew got an offer from dalian jiaotong; in how many of the signed deals does his school take part?"),
    ("nefew", "my nefew got an ofer from dalian jiaotong; how many deals is his school in?"),  # typed in haste
    ("interns", "my daughter interns at sanyou electric, which university does that company work with?"),
    ("装配", "我表哥在一汽解放柴油机厂做装配，厂里跟哪所学校签了基地？"),
    ("裝配", "我表哥在一汽解放柴油機廠做裝配，廠裡跟哪間學校簽了基地？"),  # traditional script as typed
    ("打工", "俺闺女在三友电器打工，厂里跟哪个学校合作的啊？"),  # colloquial
    ("实习", "孩子在大连民族大学实习，学校和哪些企业签了约"),  # kin opening the clause, no question mark
    ("装配", "家里表哥在解放的柴油机厂做装配,他说厂里要跟学校搞个基地,请问签的是哪间学校?"),  # kin at home
    ("研究生", "大工电气专业的研究生问:高低压电器那个实训基地,企业那头是谁家?"),  # the asker named by role, asking
    ("parent", "a worried parent asks: which firms does dalian minzu university work with?"),
])
def test_a_word_of_the_askers_own_clause_asks_nothing(word, question):
    # (a role heading before a colon, "…的研究生问:", is told by its heading rule first: search.qa_leftover)
    assert LEFTOVERS.harmless(word, question, ["jiefang"]) in ("context", "heading")


@pytest.mark.parametrize("word, question, linked", [
    ("航空航天", "我在做航空航天方面的研究，哪些高校有合作？", []),  # nothing linked: the clause is the only scope
    ("aerospace", "my nephew studies aerospace; which projects does it run with dalian jiaotong?", []),
    ("aerospace", "i work in aerospace at sanyou electric; which projects is it in?", ["sanyou"]),  # "it" points back
    ("起薪", "我儿子打算报大连职院的订单班，想问问毕业生起薪一般给到多少？", ["jiefang"]),  # in the asking clause
    ("出席", "我是大连民族大学的学生，学校派谁出席的签约？", ["minzu"]),
    ("salary", "my son works at sanyou electric; what salary does the firm pay?", ["sanyou"]),
    ("医院", "我表哥在大连医科大学的附属医院上班，医院跟哪家企业签了约？", ["minzu"]),  # asked again
    ("hospital", "dalian minzu university works with a hospital, which firms are its partners?", ["minzu"]),  # no asker
    ("研究生", "大工的研究生问:大工的研究生起薪多少?", ["minzu"]),  # the role asked about again
    ("医院", "大连医科大学说:医院跟哪家企业签了约?", ["minzu"]),  # someone else speaking, no asker
])
def test_a_word_of_the_askers_clause_asked_about_still_empties(word, question, linked):
    assert LEFTOVERS.harmless(word, question, linked) != "context"
