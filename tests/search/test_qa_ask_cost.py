"""What an answer no longer does at every question, on the real graph, against what it did before (same results):

- search's lexical coverage marks each term's holders instead of making them unique: every document's share is
  the one the unique holders give, for names, topics, traditional script, typos and words nothing holds;
- a project's parties reading ranks only the two best-described cooperations (what telling one from the next
  needs), off the coverage of every document by row, not a dict of every cooperation sorted: they are the first
  two of the whole sorted ranking, with or without organisations named, and none when nothing is described;
- the Chinese tagger reads one text once per answer (search.qa_memo): a question's answer tags it once however
  many readings ask, and the next question is tagged again.
"""

import numpy as np
import pytest

from search import qa_spans
from search.qa_graph import ORGANIZATION
from search.understand import understand

WORDINGS = ["氢能燃料电池双极板", "新能源汽车充电系统故障检测", "大連理工大學 人才培養", "dalian ligong university hydrogen",
            "中药和生物制药联合培养", "托幼一体化基地", "量子计算", "航空航天发动机", "ＤＭＴＧ　Fuel Cells"]


def _unique_coverage(lexical, terms) -> np.ndarray:
    """The coverage as it was computed before: each term's holders made unique."""
    terms = sorted(set(terms))
    found = np.zeros(lexical.size, dtype=np.float32)
    for term in terms:
        holders = [docs for name in lexical._groups for docs, _ in lexical._postings(name, [term])]
        if holders:
            found[np.unique(np.concatenate(holders))] += 1
    return found / max(1, len(terms))


@pytest.mark.parametrize("text", WORDINGS)
def test_coverage_is_the_share_of_terms_each_document_holds(real_engine, text):
    terms = real_engine._query(text).terms
    assert np.array_equal(real_engine.coverage_rows(text), _unique_coverage(real_engine._lexical, terms))


def test_coverage_by_iri_and_by_row_agree(real_engine):
    every = real_engine.lexical_coverage("氢能燃料电池")
    assert every, "the seed's hydrogen projects hold these words"
    iris = [*sorted(every)[:5], "https://w3id.org/chanjiao/org/not-held"]
    rows = real_engine.doc_rows(iris)
    assert [real_engine.iri_at(r) for r in rows.tolist()] == iris[:5]
    assert real_engine.lexical_coverage("氢能燃料电池", iris) == {i: every[i] for i in iris[:5]}


PROJECT_QUESTIONS = [
    "搞新能源车充电故障快速检测那个攻关，车企是哪家，高校是哪家？",
    "高低壓電器裝備那個實訓基地，企業那頭和學校那頭各是誰？",
    "The bipolar-plate development for PEM fuel cells: which hydrogen firm and which university are doing it?",
    "超声悬浮搬运工作台那个研制项目，公司那边跟大学那边各是哪家",
    "托幼一体化那个基地，幼儿园那方叫啥，学院那方叫啥",
    "大连理工大学和东风日产一起做的那个项目，企业方是谁？",  # organisations named: among their shared cooperations
    "碧菲分离膜和大连理工大学合作的实习实践基地，学校那方是哪所",
    "搞航天发动机那个项目，企业方和高校方分别是谁",  # a project the graph does not hold
    "大连理工大学",  # names alone describe no project
]


@pytest.mark.parametrize("question", PROJECT_QUESTIONS)
def test_the_two_best_described_cooperations_are_the_first_two_of_the_whole_ranking(qa, real_engine, question):
    reading = qa.project_parties
    u = understand(question, qa.lexicon)
    own = reading._own_words(u)
    orgs = [m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types]
    among = set(reading.graph.parties)
    for org in orgs:
        among &= set(reading.graph.cooperations(org))
    whole = sorted(real_engine.lexical_coverage(own, sorted(among)).items(), key=lambda s: (-s[1], s[0])) \
        if own.strip() else []
    assert reading.ranked(u) == whole[:2]


def test_a_question_is_tagged_once_an_answer(qa, monkeypatch):
    from graph.ingest.nlp import lac

    tagger, runs = lac(), []

    def counting(texts):
        runs.extend(texts)
        return type(tagger).run(tagger, texts)

    monkeypatch.setattr(tagger, "run", counting)
    question = "我家孩子想学新能源车，东风日产跟哪所学校搞了充电故障检测的项目？"
    for _ in range(2):
        qa.answer(question)
    assert runs, "a Chinese question is tagged"
    assert len(runs) % 2 == 0 and len(set(runs)) == len(runs) // 2  # each text once an answer, again at the next
    assert qa_spans.tagged_words("大连") == qa_spans.tagged_words("大连")  # outside an answer it is simply tagged
