"""Names written in other words: a phrase linked to the one entity whose name its content words cover.

A stranger names an entity by some of its name's words, inflected or shortened otherwise than the graph
writes them: "the horizontal turn-mill-bore machining center" (Performance Control Technology for Horizontal
Turning-Milling-Boring Compound Machining Centers Project), "Rural revitalization industry college" (Liaoning
Rural Revitalization Industrial College Project), "the Shiyao Group Yuanda pharma company" (CSPC Yuanda
(Dalian) Pharmaceutical Co., Ltd., 石药集团远大…), "AI computing center". The scope stage reads such a phrase
as a name the graph does not hold (search/qa_scope.py); it is one of the graph's names when

- its words *cover* a share of one of the entity's names: the weight of that name's words the phrase holds
  over the weight of all its words, a word weighing by how rare it is among the graph's names (its inverse
  document frequency over entities: "dalian" weighs little, "yuanda" much), and
- the entity's names *account* for a share of the phrase's words, by the same weights (a word no name
  holds weighs most: "Dalian University of Foreign Languages" is no Dalian University), and
- no other entity comes near it (``margin`` on the product of the two shares).

Words are compared lightly stemmed (turning, turn; centres, center; industrial, industry), a word of four
letters or more standing for a longer one it begins ("pharma", "univ"), a legal or kind word for its
abbreviation ("company", co), an acronym for the run of words it is the initials of in some name of the
graph's ("ai": artificial intelligence), and a word typed in pinyin for a Chinese name that spells it
("shiyao": 石药). The shares are fitted by bench/calibrate_qa_overlap.py on bench/qa-overlap-calibration.jsonl.

A name read as unknown is often only part of the phrase naming the entity, the reading having linked the rest
("pharma company" after "Shiyao Group Yuanda"): the phrases tried are the runs of words around it within its
clause (``windows``), and the one linking best is replaced by the entity's name.

Contract: ``OverlapNames(docs, config).link(phrase)`` (kept in the build with the default config: search.qa_tables;
``configured`` gives it other shares) gives the entity (EntityDoc) a normalised English phrase
names as above, or None; ``ranked(phrase)`` the entities with their (cover, account) shares, for calibration;
``renamed(text, span)`` the normalised question ``text`` with the run around ``span`` that links best replaced by
the entity's normalised English name, or None.
"""

from __future__ import annotations

import copy
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from graph.han import HAN
from search import pinyin
from search.qa_breaks import CLAUSE_MARKS
from search.documents import CJ, Catalogue, EntityDoc
from search.qa_graph import INDUSTRY, PROGRAMME
from search.qa_link import LINKABLE
from search.qa_values import placed_in_order
from search.scope_words import EN_ABBREVIATIONS, EN_FUNCTION, EN_SUFFIX_WORDS
from search.text import LATIN_WORD, normalize

# British endings written as American ones (centre, center; revitalisation, revitalization), before stemming.
BRITISH = (("tres", "ters"), ("tre", "ter"), ("isation", "ization"), ("isations", "izations"), ("ise", "ize"),
           ("ised", "ized"), ("ising", "izing"), ("programme", "program"))
# Endings taken off a word, longest first: what is left is its stem.
SUFFIXES = ("ational", "ation", "ating", "ated", "ate", "ings", "ing", "ies", "ied", "ial", "ed", "es", "al", "s", "e", "y")
# The fewest letters a stem keeps, and a word standing for a longer one it begins has ("pharma", "univ").
MIN_STEM, MIN_PREFIX = 3, 5
# How many of a phrase's rarest words pick the entities scored.
CANDIDATE_WORDS = 2
# A phrase of fewer content words is a short name, which search's name matcher links (search.qa_link).
MIN_WORDS = 2
# Short forms names write for a word a phrase spells out (and the other way round).
# Legal words are read as their short forms (company, co); the scope's abbreviations as the words (univ, university).
LEGAL_SHORT = {"company": "co", "corporation": "corp", "limited": "ltd", "incorporated": "inc"}
ABBREVIATED = {**{short: word for short, word in EN_ABBREVIATIONS.items() if short not in LEGAL_SHORT.values()},
               **LEGAL_SHORT}
# How many words before and after a name read as unknown a phrase naming an entity may take in.
WINDOW_LEFT, WINDOW_RIGHT = 5, 3
# What ends a clause: a name never runs over it.
CLAUSE = re.compile(rf"[{CLAUSE_MARKS}.()\[\]（）、]")
# The kind words a name of the graph's may end in ("… computing centre", "… industry college").
# (A place's kind word ends a place's name, which the reading links: "the kindergarten based in jinzhou district".)
PLACE_KINDS = ("city", "district", "province")
KIND_END = re.compile(rf"(?<![a-z0-9-])(?:{'|'.join(w for w in EN_SUFFIX_WORDS if w not in PLACE_KINDS)}|centres|centers|centre|bases|colleges)(?![a-z0-9-])")
# Words before a kind described, not named ("which machine-tool company", "a hydrogen company").
DESCRIBING = re.compile(r"(?<![a-z])(?:which|what|whichever|whose|how many|any|a|an|another|other|each|every|some)\s+$")
# Words joining two things, which a window holds only when the name does.
CONJUNCTIONS = frozenset({"and", "or"})
# Acronyms are read for runs of this many words.
ACRONYM_WORDS = (2, 3, 4)


@dataclass(frozen=True)
class OverlapConfig:
    """What a phrase takes to link (see the module). Fitted by bench/calibrate_qa_overlap.py on
    bench/qa-overlap-calibration.jsonl (60 phrases, 39 naming an entity, 21 naming none; none used by the tests):
    58/60 right, both misses links not made (no phrase naming nothing is linked); the grid's most conservative best."""

    min_cover: float = 0.3
    min_account: float = 0.65
    margin: float = 0.2


def american(word: str) -> str:
    """``word`` (lower case) with its British endings written as American ones (BRITISH: centre, center)."""
    for british, us in BRITISH:
        word = word[: -len(british)] + us if word.endswith(british) else word
    return word


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A word lightly stemmed: lower case, British endings as American ones (BRITISH), one ending taken off (SUFFIXES)."""
    word = american(word.lower().strip("'’"))
    for ending in SUFFIXES:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    return word[:-1] if len(word) > MIN_STEM and word[-1] == word[-2] else word  # "mill" and "milling" alike


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    """The content words of a normalised text, stemmed, each once, in order."""
    found = [ABBREVIATED.get(w, w) for w in LATIN_WORD.findall(text) if w not in EN_FUNCTION]
    return tuple(dict.fromkeys(stem(w) for w in found if not w.isdigit()))


class OverlapNames:
    """The English and pinyin words of the names of some entities, weighed by rarity, to link phrases by."""

    def __init__(self, docs: Iterable[EntityDoc], config: OverlapConfig = OverlapConfig(),
                 described: dict[str, frozenset[str]] | None = None):
        """``described``: the stemmed words of what the graph says each entity is besides its names (its
        industries: ``described_words``), by IRI."""
        self.config, self.described = config, described or {}
        self.docs: list[EntityDoc] = []
        self.names: list[list[frozenset[str]]] = []  # each entity's English names as stem sets
        self._spelled: dict[int, str] = {}  # an entity's Chinese names in pinyin, made when first compared
        by_word: dict[str, set[int]] = defaultdict(set)
        acronyms: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for doc in docs:
            english = [n for n in doc.name_values if not HAN.search(n)]
            sets = [frozenset(_words(normalize(n))) for n in english]
            if not any(sets):
                continue
            i = len(self.docs)
            self.docs.append(doc)
            self.names.append([s for s in sets if s])
            for word in sorted(set().union(*sets)):  # (a set's order is the hash seed's: _holders lists in this order)
                by_word[word].add(i)
            for name in english:
                _acronyms(LATIN_WORD.findall(normalize(name)), acronyms)
        self.by_word = dict(by_word)
        self.index = {doc.iri: i for i, doc in enumerate(self.docs)}
        total = len(self.docs) + 1
        self.weight = {w: math.log(total / (len(ids) + 0.5)) for w, ids in self.by_word.items()}
        self.unseen = math.log(total / 0.5)
        self.acronyms = {a: runs.pop() for a, runs in acronyms.items() if len(runs) == 1 and a not in self.by_word}

    def configured(self, config: OverlapConfig) -> OverlapNames:
        """These names linking by the shares of ``config`` (the names kept in the build, search.qa_tables, are made
        with the default ones); the words and weights are shared, never changed after they are made."""
        if config == self.config:
            return self
        other = copy.copy(self)
        other.config, other._spelled = config, {}
        return other

    def link(self, phrase: str) -> EntityDoc | None:
        """The one entity the phrase names by overlap (see the module), or None."""
        found = self.ranked(phrase)
        if not found:
            return None
        doc, cover, account = found[0]
        c = self.config
        if cover < c.min_cover or account < c.min_account:
            return None
        second = found[1][1] * found[1][2] if len(found) > 1 else 0.0
        return doc if cover * account - second >= c.margin else None

    def ranked(self, phrase: str) -> list[tuple[EntityDoc, float, float]]:
        """The entities sharing a rare word with the phrase, with their (cover, account) shares, best first."""
        return list(self._ranked(phrase))

    @lru_cache(maxsize=1 << 12)  # noqa: B019 (one instance a graph, kept as long as the answerer)
    def _ranked(self, phrase: str) -> tuple[tuple[EntityDoc, float, float], ...]:
        words = self._phrase_words(phrase)
        if len(words) < MIN_WORDS:
            return ()
        # an entity the phrase names holds its rarest words: only those holding one of the CANDIDATE_WORDS rarest
        # are scored (a word of thousands of names, "center", would make every one of them a candidate)
        holders = sorted((self.weight[h], h) for w in words for h in self._holders(w))
        candidates = {i for _, held in holders[-CANDIDATE_WORDS:] for i in self.by_word[held]}
        scored = [(self.docs[i], *self._shares(words, i)) for i in candidates]
        # equal products tie by IRI: a share sums a set's words in its order, which differs between processes
        # (and in a set read back), so products equal in exact terms may differ in their last bits
        return tuple(sorted(scored, key=lambda s: (-round(s[1] * s[2], 9), s[0].iri)))

    def _phrase_words(self, phrase: str) -> list[str]:
        """The phrase's stemmed words, an acronym of the graph's read as its words."""
        out: list[str] = []
        for word in _words(phrase):
            out += [stem(w) for w in self.acronyms[word]] if word in self.acronyms else [word]
        return list(dict.fromkeys(out))

    def _holders(self, word: str) -> list[str]:
        """The words of the graph's names ``word`` stands for: itself, or longer ones it begins."""
        if word in self.by_word:
            return [word]
        return [w for w in self.by_word if len(word) >= MIN_PREFIX and w.startswith(word)] if len(word) >= MIN_PREFIX else []

    def spelled(self, i: int) -> str:
        """Entity ``i``'s Chinese names in pinyin, run together (made on first use: pinyin of every name at start
        would slow a large graph's start)."""
        if i not in self._spelled:
            self._spelled[i] = " ".join(pinyin.full(pinyin.units(n)) for n in self.docs[i].name_values if HAN.search(n))
        return self._spelled[i]

    def _held(self, words: list[str], i: int) -> tuple[dict[str, list[str]], set[str]]:
        """Which of ``words`` entity ``i``'s names hold: {word: the names' words it stands for, the rarest first, then by
        spelling}, and the words typed in pinyin that its Chinese names spell. A word beginning several of them stands
        for each ("biopharma": biopharmaceutical of one name, biopharmaceutic of another): each name it is in is
        covered, never only the one its holders happen to list last."""
        own = set().union(*self.names[i])
        held = {w: sorted(mine, key=lambda h: (-self.weight[h], h)) for w in words
                if (mine := [h for h in self._holders(w) if h in own])}
        spelled = {w for w in words if w not in held and len(w) >= MIN_PREFIX and pinyin.spelled_out(w, prefix=False)
                   and w in self.spelled(i)}
        return held, spelled

    def holds(self, doc: EntityDoc, phrase: str) -> bool:
        """Whether ``doc``'s names hold every content word of ``phrase`` (as ``link`` reads words); a phrase of no
        content word ("200") is held by none."""
        i = self.index.get(doc.iri)
        words = self._phrase_words(phrase)
        held, spelled = self._held(words, i) if i is not None and words else ({}, set())
        return bool(words) and set(words) <= held.keys() | spelled

    def _bounded(self, window: str, doc: EntityDoc) -> bool:
        """Whether ``doc``'s names hold the first and last word of ``window``: a name read in other words begins and
        ends in its own words ("[works with] liaoning light industry college", "[governs] jinpu new area"), and joins
        no two things by a conjunction its names do not hold ("the maritime one and plain dalian university")."""
        words = window.split()
        joined = set(words) & CONJUNCTIONS and not any(set(normalize(n).replace("&", " and ").split()) & CONJUNCTIONS
                                                        for n in doc.name_values)
        return self.holds(doc, words[0]) and self.holds(doc, words[-1]) and not joined

    def _shares(self, words: list[str], i: int) -> tuple[float, float]:
        """(cover, account) of the phrase's ``words`` for entity ``i``."""
        held, spelled = self._held(words, i)
        weigh = self.weight.get
        weights = {w: weigh(held[w][0], 0.0) if w in held else weigh(w, self.unseen) for w in words}
        account = sum(weights[w] for w in words if w in held or w in spelled) / (sum(weights.values()) or 1.0)
        covered = set().union(*held.values())
        # fsum: a set's words come in its process's hash order, and a float sum in another order may differ in its last bit
        cover = max(math.fsum(weigh(w, 0.0) for w in name & covered) / (math.fsum(weigh(w, 0.0) for w in name) or 1.0)
                    for name in self.names[i])
        return cover, account


    def renamed(self, text: str, span: str) -> str | None:
        """``text`` with the window around ``span`` that links best (``windows``) replaced by the entity's English
        name, normalised; None when no window links."""
        before = self._named_before(text, span)
        if before is not None:
            return before
        best: tuple[float, int, str, EntityDoc] | None = None
        for window in windows(text, span):
            doc = self.link(window)
            # the span read as unknown is among the name's words ("who governs jinpu new area" names no project by "governs")
            if doc is not None and self.holds(doc, span) and self._bounded(window, doc):
                _, cover, account = self.ranked(window)[0]
                key = (cover * account, -len(window), window, doc)
                best = key if best is None or key[:2] > best[:2] else best
        if best is None:
            return None
        return text.replace(best[2], normalize(best[3].names.en or best[3].label), 1)


    def kind_ended(self, text: str, held: Iterable[str], within: Iterable[str] = ()) -> str:
        """``text`` (an English question, normalised) with each phrase ending in a name's kind word ("the AI computing
        centre", "the rural revitalisation college") that links to an entity (``link``) not among ``held`` (IRIs the
        reading linked already) replaced by that entity's English name, normalised; the longest phrase first. A kind
        word inside one of ``within`` (names the reading linked, as the text writes them: the "university" of "dalian
        university of technology") is that name's; one a phrase describes ("which machine tool company") ends no name."""
        held, within = set(held), [w for w in within if w]
        taken = [m.span() for name in within for m in re.finditer(re.escape(name), text)]
        for kind in KIND_END.finditer(text):
            if any(start <= kind.start() < end for start, end in taken):
                continue
            # ("the university of technology": a kind word opening an of-name reaches its words after)
            right = WINDOW_RIGHT if text.startswith(" of ", kind.end()) else 0
            around = [w for w in windows(text, kind.group(), right=right) if w != kind.group()]
            if any(_described(text, w) for w in around):
                continue
            # an ordinal before the kind word is a place in an order, no name ("the very first group" of a batch is no
            # "Dalian First Instrument Transformer Group")
            around = [w for w in around if not placed_in_order(w)]
            # the entity is of the kind the phrase ends in: its names hold the kind word ("hydrogen energy college" is
            # no Hydrogen Energy Technology Co.)
            found = [(w, d) for w in around for d in [self.link(w)]
                     if d is not None and d.iri not in held and self._bounded(w, d)]
            if found:
                window, doc = max(found, key=lambda f: len(f[0]))
                if self._fits_another(window, doc):
                    continue  # "the automobile company": Dongfeng Nissan's industry fits it as Yaming's name does

                name = normalize(doc.names.en or doc.label)
                return self.kind_ended(text.replace(window, name, 1), held | {doc.iri}, [*within, name])
        return text

    def _fits_another(self, phrase: str, doc: EntityDoc) -> bool:
        """Whether an entity besides ``doc`` is described by every content word of ``phrase`` through its names and
        its industries, needing an industry's word: the phrase is then a kind several fit, and names none of them
        (that other names fit too is ``link``'s to weigh: "dalian university" is still 大连大学)."""
        words = self._phrase_words(phrase)
        return any(other.iri != doc.iri and all(self._has(w, named | industries) for w in words)
                   and not all(self._has(w, named) for w in words)
                   for i, other in enumerate(self.docs)
                   for named, industries in [(set().union(*self.names[i]), self.described.get(other.iri, frozenset()))])

    def _has(self, word: str, own: set[str] | frozenset[str]) -> bool:
        """Whether ``own`` (stemmed words) holds ``word`` or a longer word it stands for."""
        return word in own or any(h in own for h in self._holders(word))

    def _named_before(self, text: str, span: str) -> str | None:
        """``text`` without ``span`` when it stands right after a name of the entity whose names account for its
        words ("cspc yuanda (dalian) pharmaceutical co., ltd. pharma company": the name's words said again)."""
        found = self.ranked(span)
        doc = found[0][0] if found and found[0][2] >= self.config.min_account else None
        names = [normalize(n) for n in doc.name_values if not HAN.search(n)] if doc is not None else []
        return text.replace(" " + span, "", 1) if any(f"{n} {span}" in text for n in names) else None


def windows(text: str, span: str, left: int = WINDOW_LEFT, right: int = WINDOW_RIGHT) -> list[str]:
    """The runs of ``text`` holding ``span`` whole (its words joined by spaces or hyphens, as the question writes
    them), reaching up to ``left`` words before it and ``right`` after it within its clause (no punctuation
    crossed); none when ``text`` does not hold ``span``."""
    found = written(text, span)
    if found is None:
        return []
    start = max((m.end() for m in CLAUSE.finditer(text, 0, found.start())), default=0)
    stop = next((m.start() for m in CLAUSE.finditer(text, found.end())), len(text))
    before = [m.start() for m in re.finditer(r"\S+", text[start:found.start()])][-left:]
    after = [m.end() for m in re.finditer(r"\S+", text[found.end():stop])][:right]
    starts = [found.start()] + [start + b for b in reversed(before)]
    ends = [found.end()] + [found.end() + a for a in after]
    found_windows = (text[i:j] for i in starts for j in ends)
    return [w for w in dict.fromkeys(found_windows) if not {w.split()[0], w.split()[-1]} & EN_FUNCTION]


def overlap_docs(catalogue: Catalogue) -> list[EntityDoc]:
    """The entities a phrase may name (search.qa_link's linkable kinds and programmes)."""
    kinds = {f"{CJ}{kind}" for kind in LINKABLE} | {PROGRAMME}
    return [d for d in catalogue.docs if d.types & kinds]


def described_words(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """The stemmed English words of each entity's industries, by IRI (OverlapNames' ``described``). Classes are
    left out: a project's category ("science and technology innovation projects") would fit every one of it."""
    industries = {d.iri: d.names.en or "" for d in catalogue.docs if INDUSTRY in d.types}
    return {d.iri: frozenset(w for x in d.industries for w in _words(normalize(industries.get(x, ""))))
            for d in overlap_docs(catalogue)}


def _described(text: str, window: str) -> bool:
    """Whether ``window`` follows a word asking for a kind or an indefinite article ("which machine-tool company",
    "a hydrogen company"): a kind described, which any entity of it answers, not a name."""
    at = text.find(window)
    return at >= 0 and DESCRIBING.search(text, 0, at) is not None


def written(text: str, span: str) -> re.Match | None:
    """Where ``text`` holds ``span`` whole, its words joined by spaces or hyphens as the question writes them."""
    return re.search(r"(?<![a-z0-9])" + r"[\s\-–]+".join(map(re.escape, normalize(span).split())) + r"(?![a-z0-9])", text)


def _acronyms(words: list[str], into: dict[str, set[tuple[str, ...]]]) -> None:
    """The initials of each run of ACRONYM_WORDS content words of a name, with the run ("ai": artificial intelligence)."""
    for n in ACRONYM_WORDS:
        for start in range(len(words) - n + 1):
            run = tuple(words[start:start + n])
            if not any(w in EN_FUNCTION or w.isdigit() for w in run):
                into["".join(w[0] for w in run)].add(run)


def english_phrase(text: str) -> bool:
    """Whether a text has Latin words only (an English phrase this module reads)."""
    return not HAN.search(text) and bool(re.search("[a-zA-Z]", text))
