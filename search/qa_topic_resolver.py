"""A topic phrase resolved to the industries and cooperations it names (``TopicResolver``), and the ones nearest
in meaning offered beside an empty answer: the topic-linking stage of search.qa.QuestionAnswerer, by the search
engine's dense ranking and lexical coverage, thresholded by search.qa_config.accept_topic (the thresholds fitted
by bench/calibrate_qa_topics.py over ``candidates``).
"""

from __future__ import annotations

from dataclasses import dataclass

from search.documents import CJ
from search.engine import Ranked, SearchEngine
from search.qa_accounted import SENSE_TAGS, TopicWords
from search.qa_config import QAConfig, TopicCandidate, accept_topic
from search.qa_described_cooperation import dominant
from search.qa_word_senses import WordSenses

# The roots of what a topic names.
TOPIC_ROOTS = ("Industry", "Cooperation")


def topic_root(types: frozenset[str]) -> bool:
    """Whether ``types`` holds a root of what a topic names (an industry, a cooperation)."""
    return any(f"{CJ}{root}" in types for root in TOPIC_ROOTS)


@dataclass(frozen=True)
class TopicResolver:
    """Resolves topic phrases with one search ``engine``, under ``config``'s thresholds; ``topic_words`` accounts
    for a phrase's content words (search.qa_accounted); ``senses`` links them one by one by meaning
    (search.qa_word_senses)."""

    engine: SearchEngine
    config: QAConfig
    topic_words: TopicWords
    senses: WordSenses

    def resolve(self, topic: str) -> list[tuple[str, float]]:
        """The industries and cooperations a topic phrase names, with their dense scores, best
        first; empty when the graph does not cover the topic (see QAConfig)."""
        found = self.candidates(topic)
        return self.accounted(topic, found) or self.described(found)

    def described(self, found: list[TopicCandidate]) -> list[tuple[str, float]]:
        """The one cooperation the candidates ``found`` put far ahead in meaning, when nothing was accepted
        (search.qa_described_cooperation: a description in the asker's own words)."""
        return dominant(found, self.config.described_cooperation)

    def described_phrase(self, phrase: str) -> list[tuple[str, float]]:
        """The one cooperation ``phrase`` describes by meaning alone (``described`` over its candidates)."""
        return self.described(self.candidates(phrase))

    def accounted(self, topic: str, found: list[TopicCandidate]) -> list[tuple[str, float]]:
        """The candidates accepted for ``topic`` (accept_topic) that account for each of its content words
        (search.qa_accounted: 养老护理人才培养 is not the childcare project for sharing 人才培养)."""
        return self.topic_words.accounted(topic, accept_topic(found, self.config), self.holds, self.named_alone)

    def meant(self, topic: str, among: list[str]) -> list[tuple[str, float]]:
        """Of the cooperations ``among`` (a named organisation's own), those each content word of ``topic`` is held
        by or means, one word at a time (search.qa_word_senses: "东风日产大连那个项目是研究啥的")."""
        words = self.topic_words.of(topic, SENSE_TAGS)
        return self.senses.meant(words, among, self.holds) if words and among else []

    def holds(self, word: str, iri: str) -> bool:
        """Whether the text of the industry or cooperation ``iri`` holds ``word`` (lexically)."""
        return bool(self.engine.lexical_coverage(word, among=[iri]))

    def named_alone(self, word: str) -> list[str]:
        """The industries and cooperations ``word`` alone is resolved to, with no word accounted for."""
        return [i for i, _ in accept_topic(self.candidates(word), self.config)]

    def candidates(self, topic: str) -> list[TopicCandidate]:
        """The industries and cooperations nearest a topic phrase, each once, scored once: what
        accept_topic thresholds (bench/calibrate_qa_topics.py sweeps the thresholds over these)."""
        found: dict[str, tuple[Ranked, str]] = {}
        for root in TOPIC_ROOTS:
            for r in self.engine.ranked(topic, self.config.topic_candidates, type=root, mode="dense"):
                if r.id not in found or r.score > found[r.id][0].score:
                    found[r.id] = r, f"{CJ}{root}"
        coverage = self.engine.lexical_coverage(topic, among=found)
        return [TopicCandidate(r.id, r.label, r.score, coverage.get(r.id, 0.0), root) for r, root in found.values()]

    def related(self, probe: str) -> list[dict]:
        """The industries and cooperations nearest in meaning to what was asked, offered beside an
        empty answer: by dense similarity, as they lie below the search's relevance floor."""
        found = [r for root in TOPIC_ROOTS
                 for r in self.engine.search(probe, k=self.config.related_k, type=root, mode="dense")]
        return [r.to_dict() for r in sorted(found, key=lambda r: -r.score)[: self.config.related_k]]
