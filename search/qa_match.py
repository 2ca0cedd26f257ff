"""How a question's words are matched against the graph's texts: Han bigrams and stemmed Latin
words (``tokens``), words used as substrings (Chinese) or whole words (Latin) (``uses_any``), and
the candidate sharing most words with the question (``best``). Every function reads the question
as the answerer normalised it (Understanding.question) and never normalises it again."""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from graph.han import HAN_RUN as CJK_RUN
from graph.han import HAN as CJK
from search.lexical import CJK_STOPWORDS, LATIN_STOPWORDS
from search.qa_cues import BOUND_SAID
from search.qa_order_cues import RANK_CLAIMED
from search.text import LATIN_WORD
from search.understand import Understanding
from search.understand_words import COUNT_WORDS, WHEN_WORDS, WHERE_WORDS

# "what rank", "what was jinpu's overall ranking": a rank asked by its word after what.
RANK_ASKED = re.compile(r"\bwhat\b[^,?]{0,30}?\b(?:rank|ranking|placing)\b(?! (?:first|highest|lowest|last|top))")
ORDINAL_WORDS = ("第几", "第多少", "排名", "名次", "rank", "ranking", "ranked", "place", "placing")
# "How many were ranked": the size of the field, not the rank.
FIELD_WORDS = ("多少家", "多少个", "多少所", "几家", "how many", "out of how many", "among how many")
QUESTION_TOKENS = frozenset({"多少", "少个", "少家", "少人", "how", "many", "much", "what", "is", "the", "are",
                             "does", "do", "of", "in", "there", "have", "has", "was", "were", "did", "a", "an"})
# Words that say a whole is counted more than what it counts ("in total", "altogether"): a tie between
# figures goes to the one sharing more of the other words ("how many member units … in total" is the
# members' figure, not the applicants' "in total"), and each still counts as a word shared.
WEAK_TOKENS = frozenset({"total", "altogether", "overall"})
TIE_BREAK = 0.01
# Words a text holds for its grammar ("Opinions on …", "for"): sharing only these, a question and a text share no subject.
FUNCTION_TOKENS = LATIN_STOPWORDS | CJK_STOPWORDS
# What a candidate linked to an entity the question names (or concerns) is worth beside its shared words.
LINK_BONUS = 2.0

# Verbs that say what a figure's label names ("how many have joined" counts the members).
SAID_AS = {"join": "member", "加入": "成员", "成为": "成员"}
# How many words (``best``'s score) a figure, date, document or quotation must share with the question
# to answer it at all.
QUANTITY_MIN = 2.0
# A figure sharing this many words with the question answers it even when the topic also resolves
# to a cooperation ("金普新区在多少家申报成功单位中排名" shares 8 with the applicants figure, while
# the topic 金普新区 only resolves to a project by its place name); the party counts of a named
# cooperation share at most 3 with any figure (test_parties_of_a_cooperation_are_counted…).
QUANTITY_STRONG = 6.0


def _stem(word: str) -> str:
    """A crude English singular: companies → company, members → member."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ment", "ing", "ed"):  # invested, investment → invest; ranking, ranked → rank
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def han_pairs(run: str) -> set[str]:
    """The two-character pieces of ``run`` (a run of Han characters): none of a single character."""
    return {run[i:i + 2] for i in range(len(run) - 1)}


def pairs_in(text: str) -> set[str]:
    """The two-character pieces of every Han run of ``text``."""
    return {p for run in CJK_RUN.findall(text) for p in han_pairs(run)}


def tokens(text: str) -> set[str]:
    """Han bigrams and stemmed Latin words of a normalised text (what figures are matched on)."""
    out = {_stem(w) for w in LATIN_WORD.findall(text)}
    for run in CJK_RUN.findall(text):
        out |= han_pairs(run) or {run}
    return out - QUESTION_TOKENS


def uses_any(u: Understanding, words) -> bool:
    """Whether the question uses one of ``words`` (Chinese as substrings, Latin as whole words)."""
    text = u.question
    return any(uses(text, w) for w in words)


def words_used(text: str, words: frozenset[str]) -> frozenset[str]:
    """The ``words`` a normalised text uses, as ``uses_any`` reads them, in one pass."""
    han, latin = _by_script(words)
    return frozenset([w for w in han if w in text] + [w for w in latin if w in text and latin_word(w).search(text)])


@functools.lru_cache(maxsize=64)
def _by_script(words: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``words`` parted into Chinese ones (matched as substrings) and Latin ones (as whole words)."""
    return tuple(w for w in words if CJK.search(w)), tuple(w for w in words if not CJK.search(w))


def asks_rank(u: Understanding) -> bool:
    """Whether the question asks for a rank ("第几", "rank"), not only for the field it was ranked in
    ("在多少家单位中排名", "out of how many"; "what overall ranking, out of how many" asks both, and a rank
    is told with its field)."""
    return uses_any(u, ("第几", "名次", "which place")) or bool(RANK_CLAIMED.search(u.question) or RANK_ASKED.search(u.question)) or \
        (uses_any(u, ORDINAL_WORDS) and not uses_any(u, FIELD_WORDS))


def best(u: Understanding, words: dict[str, set[str]], links: dict[str, set[str]],
         bonus: dict[str, float] | None = None) -> tuple[str, float] | None:
    """The candidate sharing most words with the question, plus 2 if it concerns a named entity
    (``WordIndex.best``; for a few candidates: a large fixed set is indexed once, ``WordIndex``)."""
    return WordIndex(words, links).best(u, bonus)


def asked_words(u: Understanding) -> set[str]:
    """The question's words a candidate is scored by (``WordIndex.best``): its numbers are what it
    already knows ("在28家单位中排名第几"), not what it asks, and so are a bound's words before one ("more than 100":
    no figure said to be "more than 26,000" is the one asked)."""
    asked = {t for t in tokens(without_question_words(BOUND_SAID.sub(" ", u.question))) if not t.isdigit()}
    return asked | {SAID_AS[t] for t in asked if t in SAID_AS}


def shares_content(u: Understanding, words: set[str]) -> bool:
    """Whether the question's ``asked_words`` share a word with ``words`` besides function words (``FUNCTION_TOKENS``)."""
    return bool((asked_words(u) & words) - FUNCTION_TOKENS)


def word_score(asked: set[str], words: set[str]) -> float:
    """How well a candidate's ``words`` cover the ``asked`` ones (``asked_words``): one a word shared,
    a little more when it is no weak word."""
    shared = asked & words
    return len(shared) + TIE_BREAK * len(shared - WEAK_TOKENS)


class WordIndex:
    """Candidates' words and linked entities, with the candidates of each word and of each entity:
    ``best`` scores the candidates sharing a word with the question or linked to a named entity, not
    every candidate (the figures and dated documents of the graph: 40 ms a question at 1000x the seed)."""

    def __init__(self, words: dict[str, set[str]], links: dict[str, set[str]]):
        self.words, self.links = words, links
        self._holding: dict[str, list[str]] = {}
        self._linked: dict[str, list[str]] = {}
        for c, held in words.items():
            for word in held:
                self._holding.setdefault(word, []).append(c)
            for entity in links.get(c, ()):
                self._linked.setdefault(entity, []).append(c)
        self._descending = sorted(words, reverse=True)  # the winner of a tie at score 0

    def best(self, u: Understanding, bonus: dict[str, float] | None = None,
             among: AbstractSet[str] | None = None) -> tuple[str, float] | None:
        """The candidate (of ``among``, if given) sharing most words with the question, plus 2 if it
        concerns a named entity, plus its ``bonus``; ties go to the greatest IRI; None without candidates.

        Numbers in the question are what it already knows ("在28家单位中排名第几"), not what it asks.
        """
        asked = asked_words(u)
        named = {m.doc.iri for m in u.mentions}
        bonus = bonus or {}
        touched = self.touching(asked)
        touched |= {c for e in named for c in self._linked.get(e, ())}
        touched |= {c for c in bonus if c in self.words}
        if among is not None:
            touched &= among
        scored = [(c, word_score(asked, self.words[c]) + (LINK_BONUS if self.links.get(c, set()) & named else 0.0)
                   + bonus.get(c, 0.0)) for c in touched]
        untouched = self._untouched(touched, among)
        scored += [(untouched, 0.0)] if untouched is not None else []
        return max(scored, key=lambda item: (item[1], item[0]), default=None)

    def touching(self, asked: set[str]) -> set[str]:
        """The candidates holding one of the ``asked`` words (``asked_words``): any other scores no word."""
        return {c for t in asked for c in self._holding.get(t, ())}

    def _untouched(self, touched: set[str], among: AbstractSet[str] | None) -> str | None:
        """The greatest candidate (of ``among``) outside ``touched``: every such one scores 0."""
        if among is not None and len(among) * SPARSE_AMONG < len(self.words):
            return max((c for c in among if c in self.words and c not in touched), default=None)
        return next((c for c in self._descending if c not in touched and (among is None or c in among)), None)


# ``among`` is scanned itself, not the candidates in order, when it holds fewer than 1/8 of them.
SPARSE_AMONG = 8


def uses(text: str, title: str) -> bool:
    if CJK.search(title):
        return title in text
    return title in text and latin_word(title).search(text) is not None  # (the substring test first: cheaper)


@functools.lru_cache(maxsize=4096)
def latin_word(word: str) -> re.Pattern:
    """The pattern of ``word`` standing as a whole word of lower-case Latin text (no letter a-z either side), compiled
    once: the readings try many words per question, more than the re module's cache (512) keeps."""
    return re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")


def without_question_words(text: str) -> str:
    """The normalised question ``text`` without its count, when and where words."""
    for word in (*COUNT_WORDS, *WHEN_WORDS, *WHERE_WORDS):
        text = text.replace(word, " ")
    return text


def without_mentions(u: Understanding) -> str:
    """The normalised question without its count, when and where words and the names it mentions (as the
    lexicon holds them: normalised): the words it asks a figure by."""
    text = without_question_words(u.question)
    for m in u.mentions:
        text = text.replace(m.text, " ")
    return text
