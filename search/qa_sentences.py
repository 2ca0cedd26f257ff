"""The sentences the graph's facts cite, with what each cites: the evidence reader's table (search.qa_reader).

Every fact cites the span of its source that states it (cj:evidence). A span inside a longer span of
the same document ("以综合排名第5名的成绩" inside the approval's sentence) is part of that sentence, so
the longer span cites what the shorter cites too: a fact stated in passing is read with its sentence.
Each sentence keeps its words (Han bigrams and stemmed Latin words, search.qa_match.tokens) from its
own text, the English literals its facts state (a description, a quotation's translation, a unit) and
the English labels of what it cites, so that an English question reaches a Chinese sentence; and the
entities it cites: the subjects and the IRI objects of its facts, classes left out. Made at build time
with the answerer's other tables (search.qa_tables), never at a question.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from graph.store import KnowledgeGraph
from search.qa_match import tokens
from search.text import normalize

# Every stated fact with its span; the object's language says which literals are English.
CITED_FACTS = """
SELECT ?doc ?start ?end ?quote ?s ?p ?o (isIRI(?o) AS ?iri) (LANG(?o) AS ?lang) WHERE {
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cj:evidence ?ev .
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote .
}"""
# A predicate whose IRI object is a class or a vocabulary term, never what a sentence says about a thing.
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True)
class Sentence:
    """One cited span: where it is, its text, its words and the entities its facts cite."""

    document: str
    start: int
    end: int
    text: str
    words: frozenset[str]
    cited: frozenset[str]


@dataclass
class Sentences:
    """The cited sentences of a graph, the entities citing each and the words' rarity (IDF)."""

    sentences: list[Sentence]
    citing: dict[str, tuple[int, ...]]  # entity -> the sentences citing it
    holding: dict[str, tuple[int, ...]]  # word -> the sentences holding it
    idf: dict[str, float]

    def weight(self, word: str, unknown: float = 1.0) -> float:
        """How rare ``word`` is among the sentences; a word no sentence holds weighs ``unknown`` times the rarest."""
        return self.idf.get(word, unknown * math.log(1 + len(self.sentences)))

    def rarity(self, entity: str) -> float:
        """How rare the sentences citing ``entity`` are, as ``weight`` weighs a word."""
        return math.log(1 + len(self.sentences) / max(1, len(self.citing.get(entity, ()))))


def made(kg: KnowledgeGraph, labels_en: dict[str, str]) -> Sentences:
    """The sentences of ``kg``; ``labels_en``: an entity's English label (search.qa_facts.FactFinder.labels)."""
    spans: dict[tuple[str, int, int], str] = {}
    words: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    cited: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for row in kg.stream(CITED_FACTS):
        key = (row["doc"], int(row["start"]), int(row["end"]))
        spans[key] = row["quote"]
        cited[key].add(row["s"])
        if row["iri"] and row["p"] != TYPE:
            cited[key].add(row["o"])
        elif str(row["lang"] or "").startswith("en"):
            words[key] |= tokens(normalize(str(row["o"])))
    ordered = sorted(spans, key=lambda k: (k[0], k[1], -k[2]))
    for key, inner in _contained(ordered):
        cited[key] |= cited[inner]
    made_ = []
    for key in ordered:
        english = (labels_en[x] for x in cited[key] if x in labels_en)
        made_.append(Sentence(*key, spans[key], frozenset(words[key] | tokens(normalize(spans[key]))
                                                          | _all_tokens(english)), frozenset(cited[key])))
    return _indexed(made_)


def _contained(ordered: list[tuple[str, int, int]]) -> Iterable[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """(outer, inner) for every span within another span of its document (``ordered`` by document, start, longest first)."""
    open_: list[tuple[str, int, int]] = []
    for key in ordered:
        open_ = [o for o in open_ if o[0] == key[0] and o[2] >= key[1]]
        yield from ((o, key) for o in open_ if o[1] <= key[1] and key[2] <= o[2] and o != key)
        open_.append(key)


def _all_tokens(texts: Iterable[str]) -> set[str]:
    return set().union(*(tokens(normalize(t)) for t in texts))


def _indexed(sentences: list[Sentence]) -> Sentences:
    citing: dict[str, list[int]] = defaultdict(list)
    holding: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        for x in s.cited:
            citing[x].append(i)
        for w in s.words:
            holding[w].append(i)
    n = len(sentences)
    idf = {w: math.log(1 + n / len(at)) for w, at in holding.items()}
    return Sentences(sentences, {x: tuple(at) for x, at in citing.items()}, {w: tuple(at) for w, at in holding.items()}, idf)
