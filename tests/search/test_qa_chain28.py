"""Round-28 chains whose first hop is a description, on the real graph, worded apart from the development cases that
found them, with cases whose right answer is empty:

- a person pointed at by the held titles alone ("the deputy general manager quoted in the report", "那位党委书记兼校长",
  "the man who is both party secretary and president") is the one person holding every title said
  (search.qa_post_words.PostWords.holder_named), when the question goes on about their organisation ("his college",
  "works for", "所在的企业"); a title no one holds, or two titles no one holds together, points at no one, and a
  question asking something else of the holder (their tenure) keeps the titles;
- "杨跃权的学校", "由杨跃权掌舵的学校": a person's organisation of a post written with 的 or a verb of heading as with 所在
  (search.qa_post_holder);
- an English description's clause runs over a name put in with its own marks ("the university that teams up with
  Bingshan Songyang Compressor (Dalian) Co., Ltd., …": search.qa_descriptions), never cut inside it, and stops
  before "also", which opens the main clause's verb ("the school that built X with Y also works with …");
- an indefinite, then a closing ask of nothing but the kind's name ("… with a kindergarten. What's the kindergarten
  called?", "what is the name of the university?") asks for the indefinite, as "Which kindergarten?" does
  (search.qa_subquestion.EN_BARE_ASK).
"""

import pytest

from search.qa_post_words import PostWords
from search.understand import understand
from tests.search.dev_goals import labels

GROUP, KINDERGARTEN, DUT = "通用技术集团", "大连市金州区第一幼儿园", "大连理工大学"
DIGITAL = "大连市数字人才产教融合实训中心合作项目"
PHARMA = "现代中药与生物制药高层次应用型人才联合培养项目"
GUOCHUANG, HEYE = "国创氢能科技有限公司", "大连河野智能装备有限公司"


# Questions whose answers are exactly ``answers``.
ANSWERED = [
    # a person pointed at by the titles they hold
    ("那位副总经理所在的企业隶属于哪个集团?", {GROUP}),
    ("The deputy general manager quoted in the report works for a firm belonging to which parent group?", {GROUP}),
    ("那位黨委書記兼校長所在的學院，跟哪家幼兒園簽了約?", {KINDERGARTEN}),
    ("杨跃权的学校和哪家幼儿园合作?", {KINDERGARTEN}),
    ("由杨跃权掌舵的学校跟哪家幼儿园合作?", {KINDERGARTEN}),
    # a description's clause over a name with its own marks
    ("The university that teams up with the compressor maker: which other projects is it in?", {DIGITAL, PHARMA}),
    ("Which companies does the university that works with the membrane maker also partner with?", {GUOCHUANG, HEYE}),
    ("The school that built the Rockwell centre with Dalian Ligong Technology also works with which kindergarten?", {KINDERGARTEN}),
    ("The university that co-built the AI interdisciplinary base with the computing centre also set up the OpenHarmony "
     "centre with which college?", {"大连职业技术学院"}),
    # an ask of the name of an indefinite's kind
    ("Dalian Vocational & Technical College teamed up with a kindergarten. What's the kindergarten called?", {KINDERGARTEN}),
    ("Dongfeng Nissan signed a research deal with a university; what is the name of the university?", {DUT}),
]


@pytest.mark.parametrize("question, answers", ANSWERED)
def test_the_answers_are_exactly_these(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


EMPTY = [
    "那位副市长所在的企业隶属于哪个集团?",
    "The vice-mayor quoted in the report works for a firm belonging to which parent group?",
    "那位党委书记兼董事长所在的公司跟哪所大学合作?",
    "由董建军执掌的学校跟哪家幼儿园合作?",
    "机床公司那位副总经理在公司干了几年?",  # nothing of the holder's organisation asked: the titles stay a refusal
    "The man who is both party secretary and general manager: which university does his company work with?",
    "The university that teams up with the shipbuilder: which other projects is it in?",
    "Dalian Vocational & Technical College teamed up with a hospital. What's the hospital called?",
    "Dongfeng Nissan signed a research deal with a hospital; what is the name of the hospital?",
]


@pytest.mark.parametrize("question", EMPTY)
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


# (text as the post words put it, what the holder rewrite makes of it)
HOLDERS = [
    ("the man who is both secretary of the party committee and president runs which college?", "yang yuequan runs which college?"),
    ("那位党委书记兼校长的学校", "杨跃权的学校"),
    ("the deputy general manager works for a firm", "dong jianjun works for a firm"),
    # a person asked for is asked by the titles; a title no one holds joined; a named person: unchanged
    ("who is the man who is both secretary of the party committee and president?", None),
    ("那位副总经理叫什么?", None),
    ("那位党委书记兼总经理的公司", None),
    ("the vice mayor works for a firm", None),
    ("那位副总经理在公司干了几年?", None),
    ("杨跃权这位校长的学校", None),
]


@pytest.mark.parametrize("text, named", HOLDERS)
def test_a_person_pointed_at_by_titles_is_named(qa, text, named):
    u = understand(text, qa.lexicon)
    assert PostWords(qa.facts).holder_named(text, u) == (named or text)
