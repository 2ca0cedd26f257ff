"""A topic's words linked by meaning, one word at a time, to the cooperations of the organisations a question
names: "东风日产大连那个项目是研究啥的" (研究: the R&D project it signed), "CSPC Yuanda's talent project" (talent: its
talent-cultivation project), while "东风日产大连的养老项目" links nothing.

The topic stage (search.qa_topic_resolver) embeds a topic phrase whole and compares it with each candidate's whole
text: a single word scores low against a long name ("研究" 0.06 against the charging project) and a phrase with the
asker's other words in it scores near every candidate. Here each content word of the topic is compared with the
candidate's own terms — its names, its industries' names and the labels of its categories — and the best of those
cosines is the word's nearness to it: a word means a cooperation when that nearness reaches ``min_cosine`` and
leads the other cooperations asked among by no more than ``margin`` less than the best (several tie when the word
names what they share: 研究 names every R&D project's category). Words the cooperation's text holds are accounted
for as they are. Thresholds fitted by bench/calibrate_qa_word_senses.py on bench/qa-word-sense-calibration.jsonl.

Contract: ``WordSenses(catalogue, vector, config).meant(words, among, holds)`` gives, of the cooperations ``among``,
those every word of ``words`` is held by (``holds(word, iri)``) or means, with the nearness of the words linked by
meaning (1.0 when every word is held); empty when a word means none of them or no word is linked by meaning. Terms
are embedded when first asked about (the engine's query cache), never all at start: at scale the graph holds
thousands of cooperations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from search.documents import Catalogue
from search.qa_graph import COOPERATION, INDUSTRY, PROJECT

# Classes every cooperation has, which say nothing of what one is about.
GENERIC_CLASSES = frozenset({COOPERATION, PROJECT, INDUSTRY})


@dataclass(frozen=True)
class SenseConfig:
    """Fitted by bench/calibrate_qa_word_senses.py on bench/qa-word-sense-calibration.jsonl (85 words of our own, 47
    meaning none of the organisation's cooperations; halves A 42, B 43): fit on A (0.55) checks 36/43 right on B, 1/23
    linked that should not be; fit on B (0.63) checks 39/42 on A, 1/24; on both 0.63 (plateau 0.57–0.63), margin 0.0
    (words naming a category tie exactly): 76/85 right, 1/47 linked that should not be (孩子 → the childcare base).
    Missed: trades the embedder places far from the graph's words (lathe 0.53, PLC 0.37, air conditioning 0.53)."""

    min_cosine: float = 0.63
    margin: float = 0.0


class WordSenses:
    """Words linked by meaning to the cooperations of a question's organisations (see the module)."""

    def __init__(self, catalogue: Catalogue, vector: Callable[[str], np.ndarray], config: SenseConfig = SenseConfig()):
        """``vector``: a text's embedding, cached (search.engine.SearchEngine.query_vector)."""
        self.catalogue, self.vector, self.config = catalogue, vector, config

    def terms(self, iri: str) -> tuple[str, ...]:
        """The names of ``iri``, of its industries and of its categories: what a word may mean of it."""
        docs = self.catalogue.by_iri
        doc = docs.get(iri)
        if doc is None:
            return ()
        names = [*doc.name_values]
        names += [n for i in sorted(doc.industries) if i in docs for n in docs[i].name_values]
        for kind in sorted(doc.types - GENERIC_CLASSES):
            if (label := self.catalogue.classes.get(kind)) is not None:
                names += list(label.values)
        return tuple(dict.fromkeys(names))

    def nearness(self, word: str, iri: str) -> float:
        """The cosine of ``word`` with the nearest term of ``iri`` (0.0 when it has none)."""
        terms = self.terms(iri)
        if not terms:
            return 0.0
        probe = self.vector(word)
        return max(float(self.vector(t) @ probe) for t in terms)

    def senses(self, word: str, among: Iterable[str]) -> dict[str, float]:
        """Of ``among``, the cooperations ``word`` means, with its nearness to each (see the module)."""
        return chosen({iri: self.nearness(word, iri) for iri in among}, self.config)

    def meant(self, words: list[str], among: list[str], holds: Callable[[str, str], bool]) -> list[tuple[str, float]]:
        """Of ``among``, those every word is held by or means (see the module), nearest first."""
        kept: dict[str, float] = dict.fromkeys(among, 1.0)
        by_meaning = False
        for word in words:
            unheld = [iri for iri in kept if not holds(word, iri)]
            if not unheld:
                continue
            by_meaning = True
            meant = self.senses(word, unheld)
            kept = {iri: min(s, meant.get(iri, 1.0)) for iri, s in kept.items() if iri in meant or iri not in unheld}
        if not by_meaning:
            return []
        return sorted(kept.items(), key=lambda x: -x[1])


def chosen(near: dict[str, float], config: SenseConfig) -> dict[str, float]:
    """Of the cooperations a word is ``near`` (cooperation → nearness), those it means under ``config``: none when the
    nearest is below min_cosine, else every one within margin of it."""
    best = max(near.values(), default=0.0)
    if best < config.min_cosine:
        return {}
    return {iri: s for iri, s in near.items() if s >= best - config.margin}
