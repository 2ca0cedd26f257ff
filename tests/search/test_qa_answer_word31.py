"""Round-31 heads of the asked class (search.understand's answer word), on the real graph, worded apart from the
development cases that found them, in English, Chinese and traditional script, with twins whose head is the other word
and twins whose right answer is empty:

- an English compound noun of two class words asks for its last one ("base-project companies" asks for companies, the
  project word its modifier; "university projects" for projects): search.understand._compound_head;
- a which-word opening a clause after a Chinese class word and a comma picks from it ("那些高校，哪些只在这一个项目里出现"
  asks for 高校; "那些高校，哪些项目…" still asks for 项目): search.understand.PICKED_FROM.
"""

import pytest

from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels

HEADS = [
    ("Which base-project companies signed with Dalian Vocational & Technical College?", "companies"),
    ("List the base-project companies.", "companies"),
    ("Which innovation-project universities are there?", "universities"),
    ("Name the training-base firms, please.", "firms"),
    ("Which cooperation-project colleges are there?", "colleges"),
    ("Which university projects involve Bifei?", "projects"),
    ("How many signatory organisations does the digital-talent training centre have?", "organisations"),
    ("那些高校，哪些只在这一个项目里出现？", "高校"),
    ("數字人才實訓中心那些高校，哪些只在這一個項目裡出現？", "高校"),
    ("这个中心的签约企业，哪几家还签了别的项目？", "企业"),
    ("那些企业，哪个跟大连理工大学签过？", "企业"),
    # the which-word's own class word is still the one asked
    ("那些高校，哪些项目只有一家企业？", "项目"),
    ("实训中心的签约高校，哪个项目是大工牵头的？", "项目"),
    ("Which companies signed a base project with DUT?", "companies"),
    ("Which projects did the university sign with Bifei?", "projects"),
    ("Which firms signed projects?", "firms"),  # a verb and its object ("signed projects" a class word), no compound
]


@pytest.mark.parametrize("question, word", HEADS)
def test_the_head_of_the_asked_phrase_is_the_answer_word(qa, question, word):
    assert understand(normalize(question), qa.lexicon).answer_word == word


def test_base_project_companies_are_companies(qa):
    answer = qa.answer("List the base-project companies.")
    assert "碧菲分离膜(大连)有限公司" in labels(answer) and not any("项目" in label for label in labels(answer))


@pytest.mark.parametrize("question", [
    "Which base-project companies signed with Harbin Institute of Technology?",
    "Which base-project companies work with Peking University?",
    "清华大学那些合作企业，哪些只签了一个项目？",
    "那些高校，哪些跟哈尔滨工业大学签过？",
])
def test_no_answer_for_what_the_graph_lacks(qa, question):
    assert not qa.answer(question).answers
