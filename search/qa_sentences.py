"""The sentences the graph's facts cite, with what each cites: the evidence reader's table (search.qa_reader).

Every fact cites the span of its source that states it (cj:evidence). A span inside a longer span of
the same document ("以综合排名第5名的成绩" inside the approval's sentence) is part of that sentence, so
the longer span cites what the shorter cites too: a fact stated in passing is read with its sentence.
A sentence's document and what the document links to itself (its publisher and authors: "the Dalian Daily
story quotes…") are its context. Each sentence keeps its words (Han bigrams and stemmed Latin words, search.qa_match.tokens) from its
own text, the English literals its facts state (a description, a quotation's translation, a unit) and
the English labels of what it cites, so that an English question reaches a Chinese sentence; and the
entities it cites: the subjects and the IRI objects of its facts, classes left out. Made at build time
with the answerer's other tables (search.qa_tables), never at a question.
"""

from __future__ import annotations

import math
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from graph import heap
from graph.store import KnowledgeGraph
from search.qa_fact_queries import SPANS_HASHED, STATEMENT_PARTS
from search.qa_match import tokens
from search.text import normalize

# Every stated fact with the span citing it (search.qa_fact_queries.SPANS_HASHED, read apart: the span's four values
# were read again in every row of each fact it states): its subject, the object it cites (an IRI other than a class:
# ``cites``) or its English literal (``english``), each unbound otherwise. Each of the statement's values is a
# subquery, joined by a hash table of its rows (a scan of its predicate) instead of a look-up per cited statement:
# 3.2 s CPU with the spans at 100x the seed, 1.7 s apart and hashed (bench/results/parts25-2026-12-05.md). The
# object's test is the store's, not Python's: the predicate, the object of every row, its IRI flag and its language
# were four more values to convert a row, most of them read for nothing (bench/results/scale33b-2026-12-06.md).
CITED_FACTS = f"""
SELECT ?ev ?s ?cites ?english WHERE {{
  {STATEMENT_PARTS["ev"]} {STATEMENT_PARTS["s"]}
  {STATEMENT_PARTS["p"]} {STATEMENT_PARTS["o"]}
  BIND(IF(isIRI(?o) && ?p != rdf:type, ?o, ?unbound) AS ?cites)
  BIND(IF(STRSTARTS(LANG(?o), "en"), ?o, ?unbound) AS ?english)
}}"""
# What a source document links to itself (its publisher, its authors): the context of every sentence it holds.
DOCUMENT_LINKS = """
SELECT ?doc ?o WHERE { ?doc a cj:SourceDocument ; ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type) }"""


@dataclass(frozen=True)
class Sentence:
    """One cited span: where it is, its text and the entities its facts cite (its words: Sentences.holds)."""

    document: str
    start: int
    end: int
    text: str
    cited: frozenset[str]


@dataclass
class Sentences:
    """The cited sentences of a graph, the entities citing each and the words' rarity (IDF). The sentences of a word
    or an entity are kept as sorted arrays, not sets of numbers: at 1000x the seed there are some 10^5 sentences."""

    sentences: list[Sentence]
    citing: dict[str, np.ndarray]  # entity -> the sentences citing it (sorted)
    holding: dict[str, np.ndarray]  # word -> the sentences holding it (sorted)
    idf: dict[str, float]
    context: dict[str, frozenset[str]]  # document -> itself and what it links to (publisher, authors)

    def weight(self, word: str, unknown: float = 1.0) -> float:
        """How rare ``word`` is among the sentences; a word no sentence holds weighs ``unknown`` times the rarest."""
        return self.idf.get(word, unknown * math.log(1 + len(self.sentences)))

    def holds(self, i: int, word: str) -> bool:
        """Whether sentence ``i`` holds ``word``."""
        at = self.holding.get(word)
        return at is not None and _member(at, i)

    def rarity(self, entity: str) -> float:
        """How rare the sentences citing ``entity`` are, as ``weight`` weighs a word."""
        return math.log(1 + len(self.sentences) / max(1, len(self.citing.get(entity, ()))))


def _member(at: np.ndarray, i: int) -> bool:
    j = int(np.searchsorted(at, i))
    return j < len(at) and int(at[j]) == i


def made(kg: KnowledgeGraph, labels_en: dict[str, str]) -> Sentences:
    """The sentences of ``kg``; ``labels_en``: an entity's English label (search.qa_facts.FactFinder.labels)."""
    spans: dict[tuple[str, int, int], str] = {}
    words: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    cited: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for key, quote, row in _cited(kg):
        spans[key] = quote
        cited[key].add(sys.intern(row["s"]))  # one string per entity, however many sentences cite it
        if row["cites"] is not None:
            cited[key].add(sys.intern(row["cites"]))
        elif row["english"] is not None:
            words[key] |= tokens(normalize(str(row["english"])))
    ordered = sorted(spans, key=lambda k: (k[0], k[1], -k[2]))
    for key, inner in _contained(ordered):
        cited[key] |= cited[inner]
    context: dict[str, set[str]] = defaultdict(set)
    for row in kg.stream(DOCUMENT_LINKS):
        context[row["doc"]] |= {row["doc"], row["o"]}
    sentences = [Sentence(*key, spans[key], frozenset(cited[key])) for key in ordered]
    named = {x: tokens(normalize(label)) for x, label in labels_en.items()}  # each label read once, not per sentence
    # each sentence's words made as the index takes them: all of them held at once were the tables' largest transient
    # at 100x the seed (bench/results/parts27-*.md)
    held = (words[key].union(tokens(normalize(spans[key])), *(named[x] for x in cited[key] if x in named)) for key in ordered)
    return _indexed(sentences, held, {doc: frozenset(linked) for doc, linked in context.items()})


def _cited(kg: KnowledgeGraph) -> Iterator[tuple[tuple[str, int, int], str, dict]]:
    """Each row of CITED_FACTS with each span its statement cites: (document, start, end), its quote, the row."""
    spans: dict[str, list[tuple[tuple[str, int, int], str]]] = defaultdict(list)
    for row in kg.stream(SPANS_HASHED):  # in any order: ``spans`` is only looked up
        spans[row["ev"]].append(((sys.intern(row["doc"]), int(row["start"]), int(row["end"])), row["quote"]))
    for row in kg.stream(CITED_FACTS):
        for key, quote in spans.get(row["ev"], ()):
            yield key, quote, row
    heap.trim()  # the hash tables of the join freed: given back, not held to the part's end


def _contained(ordered: list[tuple[str, int, int]]) -> Iterable[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """(outer, inner) for every span within another span of its document (``ordered`` by document, start, longest first)."""
    open_: list[tuple[str, int, int]] = []
    for key in ordered:
        open_ = [o for o in open_ if o[0] == key[0] and o[2] >= key[1]]
        yield from ((o, key) for o in open_ if o[1] <= key[1] and key[2] <= o[2] and o != key)
        open_.append(key)


def _indexed(sentences: list[Sentence], held: Iterable[set[str]], context: dict[str, frozenset[str]]) -> Sentences:
    """The sentences with their index: the ``i``-th of ``held``, the words of sentence ``i``."""
    # each key's sentence numbers as 4-byte machine integers, not lists of Python integers (~36 bytes each)
    citing: dict[str, array[int]] = defaultdict(lambda: array("i"))
    holding: dict[str, array[int]] = defaultdict(lambda: array("i"))
    for i, (s, words) in enumerate(zip(sentences, held)):
        for x in s.cited:
            citing[x].append(i)
        for w in words:
            holding[w].append(i)
    n = len(sentences)
    idf = {w: math.log(1 + n / len(at)) for w, at in holding.items()}
    return Sentences(sentences, _arrays(citing), _arrays(holding), idf, context)


def _arrays(lists: dict[str, array[int]]) -> dict[str, np.ndarray]:
    """Each key's numbers as an array of its own (a copy: not a view holding the growable ``array``)."""
    return {key: np.array(at, dtype=np.int32) for key, at in lists.items()}
