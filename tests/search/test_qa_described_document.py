"""Round-25 readings of a policy document named by what it says (search.qa_described_document), on the real graph,
each worded apart from the development cases that found it, in both languages, traditional script, colloquial
forms and a typo, with cases whose right answer is empty:

- a document pointed at by its words (its date, its issuers, what it calls for, words of its title) and its title
  or its issuing bodies asked ("落款", "发文单位", "full title", "which offices signed off"): the title stated, the
  issuers answered when asked;
- no such reading when the question's year is not the document's, it names a place, a body or a title the graph
  does not hold for the document, or it quotes another
  document's title.
"""

import pytest

from tests.search.dev_goals import labels

TITLE = "关于深化现代职业教育体系建设改革的意见"
TITLE_EN = "Opinions on Deepening the Reform of the Construction of the Modern Vocational Education System"
ISSUERS = {"中共中央办公厅", "国务院办公厅"}

# Questions asking the title: it is stated.
TITLE_ASKED = [
    "那份2022年12月出台、要求以产业园区为基础打造产教联合体的意见，全称叫啥？",
    "22年底两办发的那个职业教育体系改革意见叫什么名字？",
    "What's the exact title of the 2022 document on reforming the modern vocational education system?",
    "That late-2022 opinions paper calling for consortia built on industrial parks, what is it called?",
]

# Questions asking the issuing bodies (with or without the title): both are answered and the title stated.
ISSUERS_ASKED = [
    "支持省级人民政府依托产业园区建联合体的那份中央文件，落款是哪两个办公厅？",
    "職業教育體系建設改革那份意見，發文單位是哪兩個？",
    "现代职业教育体系改革的那分意见，发文机关是谁，标题全称是啥？",
    "The December 2022 opinions on modern vocational education reform: full title and which offices issued them?",
    "That policy paper from late 2022 calling for consortia built on industrial parks, which two general offices "
    "signed off on it?",
]


@pytest.mark.parametrize("question", TITLE_ASKED)
def test_the_title_is_stated(qa, question):
    answer = qa.answer(question)
    assert TITLE in answer.answer_text or TITLE_EN in answer.answer_text or TITLE in labels(answer), answer.answer_text


@pytest.mark.parametrize("question", ISSUERS_ASKED)
def test_the_issuers_are_answered_and_the_title_stated(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == ISSUERS, answer.answer_text
    assert TITLE in answer.answer_text or TITLE_EN in answer.answer_text, answer.answer_text


# Another year, another place's or body's document, a title the graph does not hold, what it does not record.
EMPTY = [
    "那份2019年的职业教育改革意见是哪两个办公厅发的？",
    "深圳市2022年底出台的职业教育改革意见，标题叫什么？",
    "《国家职业教育改革实施方案》是哪两个办公厅印发的？",
    "The 2021 opinions on modern vocational education reform: what is the title and who issued them?",
    "Which Guangdong provincial bodies issued the 2022 vocational education reform opinions, and what's the title?",
]


@pytest.mark.parametrize("question", EMPTY)
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and TITLE not in answer.answer_text, answer.answer_text
