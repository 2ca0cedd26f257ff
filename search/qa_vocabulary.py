"""Common English words read as the ontology's terms they mean: "deals" are agreements (projects), a
"contract" one too, a "coalition" an alliance.

A word the reading does not know stays in the question's topic, and an answer then says "the graph holds
nothing on deals", as if a deal were a thing the graph lacks. Such a word is looked up among the English class
labels and altLabels of the ontology (read from the catalogue, not listed here) by the default embedder, and
read as the nearest when its cosine reaches ``min_cosine`` and beats the runner-up by ``margin``. Both are
fitted by bench/calibrate_qa_vocabulary.py on bench/qa-vocabulary-calibration.jsonl, which holds as many words
naming what the graph has no facts on ("campus", "salary", "tuition") as words meaning a term: the fit takes
none of those for a term, and so reads few words (deal, contract, coalition); single words sit close together
in the embedder's space, so most generic words are left to the reading's own tables.

Only common English words (search.qa_name_shape.common_word) that are no word of the reading's (``known``) are
looked up: a name is never reworded, nor a word the reading reads already.

A span the scope read as an unheld name ("育人项目") that means a project category is read as the category's label
(人才培养项目) by a rule of the same shape, thresholds of its own, over every class name in both languages, the category
nearest and leading every class but its own ancestors by the margin: "育人" alone is nearest to 人 (a person), "养老项目" to no category.

Contract: ``TermWords(embedder, catalogue, known, config).reworded(text, topic)`` gives the normalised question
``text`` with each such word of ``topic`` replaced by its term (plural kept), or None when none is;
``categorised(text, spans)`` gives ``text`` with each span meaning a project category replaced by its label, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from search.documents import Catalogue
from search.embedders import Embedder
from search.qa_graph import PROJECT
from search.qa_name_shape import common_word

# Latin words shorter than this are function words or acronyms.
MIN_LETTERS = 3
# A word right after a subject pronoun or an asking "who" is a verb ("who governs", "it hosts"), no word for a thing.
VERB_AFTER = re.compile(r"\b(?:who|it|they|he|she|we|i)\s+([a-z]+)\b")


@dataclass(frozen=True)
class VocabularyConfig:
    """Fitted by bench/calibrate_qa_vocabulary.py on bench/qa-vocabulary-calibration.jsonl (28 words, 14 meaning
    a term, 14 naming what the graph has no facts on): 17/28 right, no word of the 14 read as a term."""

    min_cosine: float = 0.66
    margin: float = 0.06
    # A span read as an unheld name meaning a project category ("育人项目"): fitted by the same script on
    # bench/qa-category-calibration.jsonl (29 spans, 15 meaning no category): 23/29 right, none of the 15 read as one
    # (基建项目 reaches 0.755 on 实训基地类 for sharing 基; the English "X deals" stay below).
    category_min_cosine: float = 0.76
    category_margin: float = 0.06


class TermWords:
    """The ontology's English terms, to read a common word by (see the module)."""

    def __init__(self, embedder: Embedder, catalogue: Catalogue, known: Callable[[str], bool],
                 config: VocabularyConfig = VocabularyConfig()):
        self.embedder, self.known, self.config = embedder, known, config
        self.terms = sorted({w.lower() for names in catalogue.classes.values()
                             for w in (names.en, *names.aliases) if w and w.isascii()})
        # embedded here, while the service warms up (0.3 s for 143 terms), not on the first question that
        # needs them: /readyz waits for what answers requests
        self._vectors = embedder.encode(self.terms) if self.terms else np.zeros((0, 0))
        self.catalogue = catalogue
        self._class_names: tuple[list[tuple[str, str]], np.ndarray] | None = None  # embedded when first asked

    def category(self, span: str) -> str | None:
        """The project category ``span`` means (its class IRI), or None (see the module)."""
        names, vectors = self._classes()
        if not names:
            return None
        cosines = vectors @ self.embedder.encode([span])[0]
        best: dict[str, float] = {}
        for (_, kind), cosine in zip(names, cosines.tolist()):
            best[kind] = max(cosine, best.get(kind, -1.0))
        kind = max(best, key=best.__getitem__)
        ancestors = self.catalogue.ancestors.get(kind, frozenset())
        # (every project category is a kind of project)
        if PROJECT not in ancestors or best[kind] < self.config.category_min_cosine:
            return None
        rival = max((c for k, c in best.items() if k != kind and k not in ancestors), default=0.0)
        return kind if best[kind] - rival >= self.config.category_margin else None

    def categorised(self, text: str, spans: list[str]) -> str | None:
        """``text`` with each span meaning a project category replaced by the category's label, or None."""
        new = text
        for span in spans:
            kind = self.category(span) if span in new else None
            names = self.catalogue.classes.get(kind) if kind else None
            if names is not None:
                new = new.replace(span, names.en if span.isascii() and names.en else names.zh)
        return new if new != text else None

    def _classes(self) -> tuple[list[tuple[str, str]], np.ndarray]:
        """Every class name in both languages with its class, and their embeddings (made at the first call)."""
        if self._class_names is None:
            names = sorted({(n, kind) for kind, label in self.catalogue.classes.items()
                            for n in label.values})
            self._class_names = names, self.embedder.encode([n for n, _ in names]) if names else np.zeros((0, 0))
        return self._class_names

    def term(self, word: str) -> str | None:
        """The term a (singular) word means, or None (see the module)."""
        if not self.terms:
            return None
        cosines = self._vectors @ self.embedder.encode([word])[0]
        order = np.argsort(-cosines)[:2]
        best = float(cosines[order[0]])
        over = best - float(cosines[order[1]]) if len(order) > 1 else best
        return self.terms[order[0]] if best >= self.config.min_cosine and over >= self.config.margin else None

    def reworded(self, text: str, topic: str) -> str | None:
        """``text`` with each unknown common word of ``topic`` replaced by the term it means, or None."""
        new = text
        verbs = set(VERB_AFTER.findall(text))  # "who governs": a verb, not a word for a thing
        for word in dict.fromkeys(w for w in topic.split() if re.fullmatch(r"[a-z]+", w) and len(w) >= MIN_LETTERS
                                  and w not in verbs):
            single = word[:-1] if word.endswith("s") and common_word(word[:-1]) else word
            if self.known(word) or self.known(single) or not common_word(single):
                continue
            term = self.term(single)
            if term is not None:
                said = term + "s" if single != word and not term.endswith("s") else term
                new = re.sub(rf"(?<![a-z0-9]){word}(?![a-z0-9])", said, new)
        return new if new != text else None
