"""Every content word of a topic accounted for: a topic phrase whose words are only partly held by an
industry, a cooperation or a name is not that thing.

"养老护理人才培养基地" shares 人才培养 and 基地 with the childcare project's name, and dense search puts
that project nearest; but 养老 and 护理 are in no part of it, and neither word alone names anything the
graph holds: the phrase names a base the graph does not hold. A word the candidate does not hold but
that names a topic of the graph's alone is accounted for (智能制造's 制造 is the graph's manufacturing;
the candidate, near in meaning, is what the thresholds accepted). A phrase none of whose words the candidate's text holds
("electric cars" → 新能源汽车) is matched by meaning as a whole and is left to the dense threshold
(search.qa.QAConfig); only a partial lexical match is checked, as it is what makes a near-miss look held.

Contract: ``TopicWords(vocabulary).accounted(topic, accepted, holds, alone)`` keeps, of the accepted
candidates (IRI, score), those for which every content word of the topic is held by the candidate's text
(``holds(word, iri)``) or, read alone, names something of the graph's (``alone(word)`` gives the IRIs a
word alone is resolved to), or for which the text holds none of them; only those holding every word, when any does. ``TopicWords.partly_named(phrase, name)``
tells the same of a Chinese phrase linked to a name as a short form or slip (search.qa_renaming).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

from graph.han import HAN, HAN_RUN
from search.qa_english_names import EN_DOING
from search.scope_words import CONTENT_TAGS, EN_FUNCTION, EN_MODIFIERS, EN_TYPO_LETTERS
from search.qa_spans import tagged_words
from search.qa_attribute_words import ATTRIBUTE_WORDS
from search.qa_cues import CUE_WORDS
from search.text import LATIN_WORD, longest_first

# The tagger's tags of a topic's content words: a project's name's (CONTENT_TAGS) and adjectives, which
# narrow a topic as nouns do ("无线充电": wireless charging is another topic than charging).
TOPIC_TAGS = CONTENT_TAGS | {"a"}
# The tags of the words a topic is linked by one at a time by meaning (search.qa_word_senses): verbs too, as the
# asker says what a project does ("研究啥的": what it researches).
SENSE_TAGS = TOPIC_TAGS | {"v"}
NOUN_TAGS = frozenset({"n", "nz", "nw"})
# Latin words shorter than this are function words or acronyms, never a topic's content by themselves.
MIN_LATIN_LETTERS = 3
# The lower-case English words that end right before a place in a text, one space apart (a blanked name
# leaves a run of spaces, which ends the run).
WORDS_BEFORE = re.compile(r"(?<![a-z])((?:[a-z][a-z'’-]* )+)$")
POSSESSIVE = re.compile(r"['’]s?$")
# A noun after a possessive ("the consortium's secretariat"): what an English question asks a part of.
POSSESSED = re.compile(r"[a-z]['’]s\s+([a-z]+)")


class TopicWords:
    """The content words of a topic phrase: the tagger's nouns and verbal nouns of two characters or more
    (Chinese), words of three letters or more (English); never the reading's own words (class, question
    and relation words: search.understand_lexicon.Lexicon.vocabulary)."""

    def __init__(self, vocabulary: frozenset[str]):
        """``vocabulary``: the reading's words (search.understand_lexicon.Lexicon.vocabulary); the cue words of the
        logical form (amounts, attributes: search.qa_cues) are the reading's too."""
        self.vocabulary = vocabulary | CUE_WORDS | ATTRIBUTE_WORDS | EN_DOING
        self._zh_vocabulary = longest_first(w for w in self.vocabulary if len(w) >= 2 and HAN_RUN.fullmatch(w))

    def of(self, topic: str, tags: frozenset[str] = TOPIC_TAGS) -> list[str]:
        """The content words of ``topic`` (a normalised topic phrase), each once, in order; Chinese ones tagged one of
        ``tags``."""
        words = [w for w, tag, _ in tagged_words(topic) if tag in tags and len(w) >= 2 and HAN_RUN.fullmatch(w)]
        words += [w for w in LATIN_WORD.findall(topic) if len(w) >= MIN_LATIN_LETTERS and w not in EN_FUNCTION]
        return list(dict.fromkeys(w for w in words if not self._reading_word(w)))

    def _reading_word(self, word: str) -> bool:
        """Whether ``word`` is the reading's, or (Chinese) made of its words but a character ("投资金额")."""
        if word in self.vocabulary:
            return True
        if not HAN.search(word):
            return False
        for known in self._zh_vocabulary:
            word = word.replace(known, " ")
        return all(len(rest) < 2 for rest in word.split())

    def premodifiers(self, question: str, blanked: str, name: str) -> str:
        """The English content words right before ``name`` in ``question`` that narrow it ("autonomous driving"
        before "software"), read leftwards to a reading's word or a modifier; ``blanked`` is the question with
        the names linked blanked out (same offsets). Words after a name are the question's own too often
        ("software projects built") to be read as narrowing it."""
        at = question.find(name)
        m = WORDS_BEFORE.search(blanked[:at]) if at > 0 and not HAN.search(name) else None
        words: list[str] = []
        for word in reversed(m.group(1).split() if m else []):
            if word in self.vocabulary or word in EN_FUNCTION or word in EN_MODIFIERS or len(word) < MIN_LATIN_LETTERS \
                    or POSSESSIVE.search(word):  # "which district's vocational education centre": a possessor
                break
            words.insert(0, word)
        return " ".join(words)

    def parts(self, topic: str, question: str) -> list[str]:
        """The content words of ``topic`` that name a thing of their own, not a word the question asks
        with: Chinese nouns (the tagger's), English words after a possessive ("the consortium's
        secretariat"), as English has no tagger here and its other leftovers are the question's own
        too often ("the consortium that ranked fifth")."""
        possessed = {m.group(1) for m in POSSESSED.finditer(question)}
        nouns = {w for w, tag, _ in tagged_words(topic) if tag in NOUN_TAGS}
        # a Chinese noun before the last 的 modifies what follows it ("成员增至97家的联合体"): the part
        # asked about is the head after it ("联合体的秘书处"), or the noun straight after the subject
        head = question.rfind("的") + 1
        return [w for w in self.of(topic) if w in possessed or (w in nouns and question.find(w, head) >= 0)]

    def accounted(self, topic: str, accepted: list[tuple[str, float]], holds: Callable[[str, str], bool],
                  alone: Callable[[str], list[str]]) -> list[tuple[str, float]]:
        """The accepted candidates that account for every content word of ``topic`` (see the module)."""
        words = self.of(topic)
        if len(words) < 2 or not accepted:
            return accepted  # one word: its own resolution is the topic's
        read_alone: dict[str, list[str]] = {}
        kept, whole = [], []
        for iri, score in accepted:
            missing = [w for w in words if not holds(w, iri)]
            if len(missing) == len(words) or all(read_alone.setdefault(w, alone(w)) for w in missing):
                kept.append((iri, score))
            if not missing:
                whole.append((iri, score))
        # "共享型实践基地项目": the one candidate holding every word, not also one lacking 共享型
        return whole or kept

    def partly_named(self, phrase: str, name: str) -> bool:
        """Whether a ``phrase`` linked to ``name`` (both normalised) as a short form or slip of it has a content
        word the name holds nothing of beside one it holds: "无线充电技术" is no shortening of the charging
        project's name, 无线 being in no part of it, nor "wind power fault detection" a slip of it. A slip
        keeps a character of each Chinese word (大连理工大雪) and each English word but a letter in five
        (Jiatong, Univeristy)."""
        held = [self._holds_part(w, name) for w in self.of(phrase)]
        return any(held) and not all(held)

    @staticmethod
    def _holds_part(word: str, name: str) -> bool:
        if HAN.search(word):
            return any(ch in name for ch in word)
        return any(OSA.distance(word, known) <= len(word) // EN_TYPO_LETTERS or known.startswith(word)
                   for known in LATIN_WORD.findall(name))
