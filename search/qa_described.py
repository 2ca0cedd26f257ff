"""A name the question writes in parts, initials or in other words, read with its neighbours as one entity's.

The scope stage reads a name-shaped span the graph's names do not hold as unheld ("DL", "pharma company").
Often the span is only part of how the question names an entity: "DL海事大学" (大连's initials before the
rest of the name), "CSPC's Dalian pharma company" (the parent's name, the place and the trade before the
class word). Here the span is widened over its neighbours in the same clause, and each window is read as a
description: its class words (the lexicon's, "company", "大学") the entity's class, its other parts
(Latin words, runs of Han characters) each accounted for by the entity's own names —

- a Latin word: a word of one of its English names, the start (four letters or more) of one ("pharma" of
  "pharmaceutical"), one edit from one (five letters or more: "univesity"), or the pinyin of a run of its
  Chinese name's characters, spelled out or by initials ("shiyao", "dl");
- a run of Han characters: a part of one of its Chinese names, as written, or with one character mistyped in a
  part several entities' names hold ("锂工科枝": 科技) or by one of the same sound ("柴由机": 柴油机, qa_spell);
  a slip of another sound in a distinctive part is another name ("大连海洋大学" is no 大连海事大学).

The window read is the widest that exactly one linkable entity accounts for wholly, and whose parts carry
at least ``min_weight`` of distinctiveness (each part's log(entities / entities accounting for it), fitted
by bench/calibrate_qa_described.py; a part read only as pinyin, as the start of a word or one edit from one
carries none, and a window of such parts alone is no reading: "bj" is 部件's initials and 北京's alike, "sany"
starts 三友's sanyou and is 三一; nor is a place named alone without a class word: "金浦新区" is 金普新区), and that no word of the graph's names just
before it is left out of ("Dalian software company" is no Qingdao one): "Dalian company" is many entities' and names none. A part no entity
accounts for keeps the span unheld ("深圳职业技术大学", "Changchun Auto", "CSPC's Shanghai pharma company"):
the answer stays honest.

Contract: ``Described(catalogue, lexicon, min_weight)``: ``renamed(text, unknown)`` gives ``text`` (normalised)
with each such window replaced by the entity's normalised name (Chinese in a question holding Han, English
otherwise), or None when no window of any span of ``unknown`` reads as one entity; ``unread(question, unknown,
held)`` the spans that do not read so as an entity the reading holds already (an earlier stage renamed it);
``absorbed(question, text, words, held)`` the question as read without the leftover ``words`` that are so part
of a held entity's name ("锂工科枝": the reading took 锂工 and left 科枝). Nothing is kept between questions.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz.distance import Levenshtein

from graph.han import HAN, HAN_CHARS, language
from search import pinyin
from search.qa_breaks import CLAUSE_MARKS
from search.documents import CJ, Catalogue, EntityDoc
from search.lexical import LATIN_STOPWORDS
from search.qa_described_document import TITLE_ASKED
from search.qa_descriptions import TIES, ZH_EXCEPT
from search.qa_fact_words import FactWords, FactWordsConfig, units
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PROGRAMME, within
from search.qa_kind_refs import ASKED_BEFORE
from search.qa_match import QUESTION_TOKENS, han_pairs
from search.qa_spell import sounds_alike
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans

# The kinds a description may stand for (people are named, not described by parts).
DESCRIBED = (f"{CJ}Organization", f"{CJ}Cooperation")
# A token of the question: a Latin word (a possessive kept with it) or one Han character.
TOKEN = re.compile(rf"[a-z0-9&]+(?:['’]s)?|[{HAN_CHARS}]")
# What a window never crosses: clause punctuation and brackets.
BREAK = re.compile(rf"[{CLAUSE_MARKS}、()（）\"“”「」《》]|\s[-–—]\s")  # (an apostrophe is no break: "CSPC’s")
# Words a description holds that name nothing: never a window's edge, never a part to account for.
FILLERS = frozenset({"the", "a", "an", "of", "in", "its", "their", "that", "this", "的", "那", "这", "家", "个"})
POSSESSIVE = re.compile(r"['’]s$")
POSSESSIVES = re.compile(r"['’]s\b")  # (each of a description's)
LATIN = re.compile(r"[a-z0-9&]+")
# How far a span is widened, in tokens, each side (a name's parts stand close to it).
REACH = 6
# Shortest Latin word read as the start of a name's word, and as one typed with one edit.
MIN_PREFIX, MIN_TYPO = 4, 5
# Fewest name units a Latin word read as pinyin must stand for (one letter is any syllable).
MIN_UNITS = 2
# A run of Han characters read with one slip is this long at least, and the pair of the name it mistypes is held
# by this many entities' names at least (common: 科技, 大学; not 海事).
MIN_SLIP_RUN, COMMON_PAIR = 2, 3
# Fewest Han characters a run carries weight with.
MIN_HAN_WEIGHT = 2
# A kind word's description read off its facts (``by_facts``): in English, the words from the article or
# demonstrative before it ("the Nissan joint venture's Dalian plant", "an instrument-transformer maker") and a
# participle or relative clause after it ("the program linking secondary and higher vocational schools"); in
# Chinese, the clause before it pointed at ("做分离膜的那家企业"; an unpointed "压缩机中心的企业" is the plain reading's). Pointing words, 的 and the clause's ties are no part of it.
EN_DESCRIBED_BEFORE = re.compile(r"\b(?:the|that|this)\s+(?P<words>(?:(?!(?:of|in|for|with|at|on|and|or|to|by|from)\s)"
                                 r"[a-z0-9&-]+(?:['’]s)?\s+){1,6})$")
EN_DESCRIBED_AFTER = re.compile(r"^\s+(?P<words>(?:that|which|whose|[a-z]+ing)\s+[^,;:?!.—–]{3,})")
ZH_DESCRIBED_BEFORE = re.compile(r"(?:^|(?<=[\s,，。;；:：?？!！、“”\"]))(?P<words>[那这该][个家所位项套][^\s,，。;；:：?？!！、“”\"]{1,24}?的|[^\s,，。;；:：?？!！、“”\"]{1,24}?的?[那这该][个家所位项套]"
                                 r"[^\s,，。;；:：?？!！、“”\"的哪谁啥几了是]{0,6})$")
# The kinds a description by facts may stand for: organisations and plans ("the plan training field engineers").
FACT_DESCRIBED = (ORGANIZATION, PROGRAMME)
ZH_LEAD = re.compile(rf"{ZH_EXCEPT}|[跟和与同]")
ZH_NO_PART = re.compile(r"[那这该哪][个家所位项套]?|的|什么|谁|几|多少")


@dataclass(frozen=True)
class Reading:
    """A window of the question read as one entity: its character span, the entity and the parts' weight."""

    start: int
    end: int
    doc: EntityDoc
    weight: float


class Described:
    """Spans read as unheld, widened to the entity whose names account for them (see the module)."""

    def __init__(self, catalogue: Catalogue, lexicon: Lexicon, min_weight: float):
        self.catalogue, self.lexicon, self.min_weight = catalogue, lexicon, min_weight

    @cached_property
    def _docs(self) -> tuple[EntityDoc, ...]:
        return tuple(d for d in self.catalogue.docs if d.types & set(DESCRIBED))

    @cached_property
    def _words(self) -> dict[str, set[int]]:
        """Each Latin word of an English name → the entities (indexes in ``_docs``) whose names hold it."""
        index: dict[str, set[int]] = defaultdict(set)
        for i, doc in enumerate(self._docs):
            for name in doc.name_values:
                for word in LATIN.findall(normalize(name)):
                    index[word].add(i)
        return index

    @cached_property
    def _han(self) -> tuple[tuple[str, ...], ...]:
        """Each entity's normalised names holding Han characters."""
        return tuple(tuple(n for n in map(normalize, d.name_values) if HAN.search(n)) for d in self._docs)

    def renamed(self, text: str, unknown: Iterable[str]) -> str | None:
        """``text`` with each span of ``unknown`` read with its neighbours as one entity's name (the module)."""
        new, lang = text, language(text)
        for span in map(normalize, unknown):
            found = self.read(new, span)
            if found is not None:
                name = normalize(found.doc.label if lang == "zh" else found.doc.names.en or found.doc.label)
                new = new[:found.start] + name + new[found.end:]
        return new if new != text else None

    def unread(self, question: str, unknown: list[str], held: set[str]) -> list[str]:
        """The spans of ``unknown`` that do not read, with their neighbours in ``question`` (as typed), as one of
        the entities ``held`` (the IRIs the reading already links: it renamed the window)."""
        if not unknown:
            return unknown  # (the question is normalised once on the way of a plain question: search.qa)
        written = normalize(question)
        return [n for n in unknown if (found := self.read(written, normalize(n))) is None or found.doc.iri not in held]

    def read(self, text: str, span: str) -> Reading | None:
        """The widest window around ``span`` in ``text`` that one entity accounts for, or None."""
        at = text.find(span)
        if at < 0 or not span.strip():
            return None
        memo: dict[str, set[int]] = {}  # what entities each part is accounted for by, for this reading's windows
        # whether a part is the pinyin of one of an entity's names: the windows share their parts and pools (at 100x a
        # scan of thousands of entities' pinyin each, seconds a question; kept for this reading only)
        spoken: dict[tuple[str, int], bool] = {}
        clause = _clause(text, at, at + len(span))
        tokens = list(TOKEN.finditer(text, clause[0], clause[1]))
        inside = [k for k, m in enumerate(tokens) if m.start() < at + len(span) and m.end() > at]
        if not inside:
            return None
        best: Reading | None = None
        for i in range(max(0, inside[0] - REACH), inside[0] + 1):
            for j in range(inside[-1], min(len(tokens), inside[-1] + REACH + 1)):
                if _filler(tokens[i].group()) or _filler(tokens[j].group()):
                    continue
                found = self._one(text[tokens[i].start():tokens[j].end()], memo, spoken)
                if found is not None and (best is None or j - i > best.end - best.start) and not self._modified(tokens, i):
                    best = Reading(i, j, found[0], found[1])
        if best is None or best.weight < self.min_weight:
            return None
        return Reading(tokens[best.start].start(), tokens[best.end].end(), best.doc, best.weight)

    def _modified(self, tokens: list[re.Match], i: int) -> bool:
        """Whether the window from token ``i`` follows a word of the graph's names it leaves out ("Dalian software
        company": a Dalian one; the entity read without it is another)."""
        before = next((POSSESSIVE.sub("", t.group()) for t in reversed(tokens[:i]) if not _filler(t.group())), "")
        return bool(LATIN.fullmatch(before)) and before in self._words

    def _one(self, window: str, memo: dict[str, set[int]], spoken: dict[tuple[str, int], bool]) -> tuple[EntityDoc, float] | None:
        """The one entity of the window's classes that accounts for all its parts, with their weight. Parts are
        accounted for as written first (name words, their starts and one-edit forms, Han pieces); a part no name
        holds so is tried as pinyin, among the entities the written parts leave only: alone it names nothing."""
        classes, parts = self._parts(window)
        if any(at == 0 for at, _ in class_word_spans(window, self.lexicon)):
            return None  # a class word heads a description from its end: "school partners the X firm" is no name
        accounting = {p: memo[p] if p in memo else memo.setdefault(p, self._written_by(p)) for p in parts}
        written = [p for p in parts if accounting[p]]
        if not written:
            return None  # pinyin alone ("bj": 部件? 北京?) is too many names' to name one: it carries no weight
        pool = set.intersection(*(accounting[p] for p in written))
        pool = {i for i in pool if not classes or self._docs[i].types & classes}
        for p in parts:
            if not accounting[p]:
                pool = {i for i in pool if self._spoken(p, i, spoken)}
        if len(pool) != 1 or (not classes and all(map(self._place, parts))):
            return None  # a place named alone ("金浦新区": 金普新区) is the place, not an entity of it
        one = pool.pop()
        # a word read only as the start of a name's word or one edit from it confirms, never names ("sany": 三一?);
        # so does one Han character (和 of "和sany有合作" is a word of the question as much as of a name)
        weighty = [p for p in written if len(p) >= MIN_HAN_WEIGHT if HAN.search(p)] + [p for p in written if one in self._words.get(p, ())]
        total = len(self._docs)
        return (self._docs[one], sum(math.log(total / len(accounting[p])) for p in weighty)) if weighty else None

    def _spoken(self, part: str, i: int, spoken: dict[tuple[str, int], bool]) -> bool:
        """Whether ``part`` is the pinyin of a run of one of entity ``i``'s Chinese names (kept in ``spoken``)."""
        if (part, i) not in spoken:
            spoken[part, i] = any(_pinyin_of(part, units) for units in self._units[i])
        return spoken[part, i]

    @cached_property
    def _places(self) -> frozenset[str]:
        return frozenset(map(normalize, self.catalogue.places))

    def _place(self, part: str) -> bool:
        """Whether a part is a place's name of the graph's, as written or, in Han, with a slip of the same sound."""
        return part in self._places or (bool(HAN.search(part)) and any(
            len(p) == len(part) and sounds_alike(part, p) for p in self._places))

    def _place_part(self, word: str) -> bool:
        """Whether a word is a place's name of the graph's or, in Han, the start of one ("金州" of 金州区)."""
        return self._place(word) or (len(word) >= MIN_HAN_WEIGHT and bool(HAN.search(word)) and any(p.startswith(word) for p in self._places))

    def _written_by(self, part: str) -> set[int]:
        """The entities whose names account for ``part`` as written (the module's tests but pinyin)."""
        return self._han_by(part) if HAN.search(part) else self._latin_by(part)

    def _latin_by(self, word: str) -> set[int]:
        """The entities a Latin word is a name word of, the start of one or one edit from one."""
        found = set(self._words.get(word, ()))
        for w, who in self._words.items():
            if (len(word) >= MIN_PREFIX and w.startswith(word)) or (
                    len(word) >= MIN_TYPO and Levenshtein.distance(word, w, score_cutoff=1) <= 1):
                found |= who
        return found

    def _han_by(self, run: str) -> set[int]:
        """The entities a run of Han characters is a piece of a name of, as written or with one slip in a common part."""
        pairs = han_pairs(run) or {run}
        near = set().union(*(self._pieces.get(p, set()) for p in pairs))
        return {i for i in near if any(run in name or self._slip_in_common(run, name) for name in self._han[i])}

    @cached_property
    def _pieces(self) -> dict[str, set[int]]:
        """Each Han character and pair of characters → the entities whose names hold it."""
        index: dict[str, set[int]] = defaultdict(set)
        for i, names in enumerate(self._han):
            for name in names:
                for k in range(len(name)):
                    index[name[k]].add(i)
                    index[name[k:k + 2]].add(i)
        return index

    @cached_property
    def _units(self) -> tuple[tuple[tuple[pinyin.Unit, ...], ...], ...]:
        """Each entity's Chinese names as pinyin units (search.pinyin), made on first use."""
        return tuple(tuple(pinyin.units(n) for n in names) for names in self._han)

    def _slip_in_common(self, run: str, name: str) -> bool:
        """Whether ``run`` is a piece of ``name`` with one character mistyped in a part common to several entities'
        names ("锂工科枝": 科技), or with one that reads as the name does (an input method's slip, qa_spell: "柴由机" of
        柴油机): the distinctive part written right names the entity whatever the slip; a slip of another sound in a
        distinctive part is another name ("大连海洋大学" is no 大连海事大学)."""
        if len(run) < MIN_SLIP_RUN:
            return False
        return any(len(self._pieces.get(pair, ())) >= COMMON_PAIR or sounds_alike(run, piece) for piece, pair in _slips(run, name))

    def by_facts(self, text: str, facts: FactWords, config: FactWordsConfig, named: Iterable[str] = ()) -> str | None:
        """``text`` (normalised) with the first kind of organisation or plan the words around it describe, read off the
        graph's facts (search.qa_fact_words: "the instrument-transformer maker"), replaced with the one entity's name
        with them; None when no kind word is so described."""
        lang = language(text)
        for start, end, kinds, words in self._fact_windows(text, named):
            found = facts.fitting(units(words), kinds, config)
            if found is not None:
                return text[:start] + normalize(facts.facts.label(found.entity, lang)) + text[end:]
        return None

    def _fact_windows(self, text: str, named: Iterable[str]) -> Iterable[tuple[int, int, frozenset[str], list[str]]]:
        """(start, end, kinds, words) of each kind of organisation or plan described by the words around it in ``text``. A
        kind asked ("which company") or introduced ("a company") is described by none, nor by words overlapping a name the
        reading links (``named``: "the president of Dalian Vocational & Technical College"), naming a kind of
        cooperation ("参与了开源鸿蒙项目的高职院校": search.qa_descriptions') or a place ("金州那家幼儿园": search.qa_refs'),
        nor when its name is asked after it (the readings' own: "那个做高低压电器的企业，全称叫啥")."""
        lang = language(text)
        for at, word in class_word_spans(text, self.lexicon):
            kinds = frozenset(self.lexicon.class_words[word])
            if ORGANIZATION in kinds or not any(within(kinds, root, self.catalogue.ancestors) for root in FACT_DESCRIBED) \
                    or ASKED_BEFORE.search(text[:at]):
                continue  # a generic word ("单位", "partners") names no kind to describe
            start, end, words = _described_window(text, at, at + len(word), lang)
            if not words or _overlaps(text, start, end, named) or self._names_cooperation(text[start:at]) \
                    or any(map(self._place_part, words)) or TITLE_ASKED.search(text[end:]):
                continue
            yield start, end, kinds, words

    def _names_cooperation(self, words: str) -> bool:
        """Whether ``words`` hold a class word of a kind of cooperation ("项目", "base")."""
        return any(within(frozenset(self.lexicon.class_words[w]), COOPERATION, self.catalogue.ancestors)
                   for _, w in class_word_spans(words, self.lexicon))

    def absorbed(self, question: str, text: str, words: Iterable[str], held: set[str]) -> str | None:
        """``text`` (the question as read) without each word the reading left over (``words``: the topic's) that is,
        with its neighbours in ``question`` (as typed), the name of an entity the reading holds (``held``) written
        with a slip in a common part ("大连锂工科枝": the name's 科技; the reading holds the name already); None when
        no word is."""
        left = [normalize(w) for w in words if HAN.search(w)]
        if not left:
            return None
        new, written = text, normalize(question)
        for word in left:
            found = self.read(written, word)
            if found is not None and found.doc.iri in held and word in new:
                new = new.replace(word, "", 1)
        return new if new != text else None

    def _parts(self, window: str) -> tuple[set[str], list[str]]:
        """The classes the window's class words name, and its other parts (Latin words, runs of Han)."""
        classes: set[str] = set()
        rest = window
        for at, word in class_word_spans(window, self.lexicon):
            classes |= set(self.lexicon.class_words[word])
            rest = rest[:at] + " " * len(word) + rest[at + len(word):]
        runs: list[str] = []
        end = -1
        for m in TOKEN.finditer(rest):  # Han characters next to each other are one run ("海事")
            part = POSSESSIVE.sub("", m.group())
            if part in FILLERS:
                continue
            if runs and HAN.fullmatch(part) and HAN.search(runs[-1]) and m.start() == end:
                runs[-1] += part
            else:
                runs.append(part)
            end = m.end()
        return classes, runs


def _slips(run: str, name: str) -> Iterable[tuple[str, str]]:
    """(piece, pair) for each piece of ``name`` as long as ``run`` that differs from it in one character only, and
    each pair of the piece's characters around that one ("科枝" of 科技: 科技, 科技)."""
    for at in range(len(name) - len(run) + 1):
        piece = name[at:at + len(run)]
        wrong = [k for k in range(len(run)) if run[k] != piece[k]]
        if len(wrong) == 1:
            k = wrong[0]
            yield from ((piece, piece[a:a + 2]) for a in (k - 1, k) if a >= 0 and a + 2 <= len(piece))


def _pinyin_of(word: str, units: tuple[pinyin.Unit, ...]) -> bool:
    """Whether a Latin word is the pinyin of a run of a name's characters (its ``units``: spelled out or by initials)."""
    for start in range(len(units)):
        found = pinyin.match(word, units, start, prefix=False)
        if found is not None and found[0] >= MIN_UNITS:
            return True
    return False


def _described_window(text: str, start: int, end: int, lang: str) -> tuple[int, int, list[str]]:
    """The span of the kind word at [start, end) with its description around it, and the description's words."""
    if lang == "en":
        before, after = EN_DESCRIBED_BEFORE.search(text[:start]), EN_DESCRIBED_AFTER.match(text[end:])
        words = [w for found in (before, after) if found for w in LATIN.findall(POSSESSIVES.sub(" ", found["words"]).replace("-", " "))]
        span = (before.start() if before else start, end + (after.end() if after else 0))
        return (*span, [w for w in words if w not in FILLERS and w not in QUESTION_TOKENS and w not in LATIN_STOPWORDS])
    clause = ZH_DESCRIBED_BEFORE.search(text[:start])
    if clause is None:
        return start, end, []
    # the description begins after the last word tying it to the rest ("交大除了…那家公司", "跟…那家公司": those stay)
    lead = max((t.end() for t in ZH_LEAD.finditer(clause["words"])), default=0)
    rest = TIES.sub(" ", ZH_NO_PART.sub(" ", clause["words"][lead:]))
    return clause.start() + lead, end, [w for w in rest.split() if not LATIN.search(w)]


def linked_names(u: Understanding) -> list[str]:
    """The names the reading ``u`` links, as the question writes them, that no description by facts may overlap (an
    industry is a word of one: "搞服务器的那家企业")."""
    return [m.text for m in u.mentions if INDUSTRY not in m.doc.types]


def _overlaps(text: str, start: int, end: int, named: Iterable[str]) -> bool:
    """Whether one of the ``named`` spans written in ``text`` overlaps [start, end)."""
    return any(m.start() < end and m.end() > start for n in named if n for m in re.finditer(re.escape(n), text))


def _filler(token: str) -> bool:
    return POSSESSIVE.sub("", token) in FILLERS


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of ``text`` holding [start, end): between the breaks around it."""
    before = [m.end() for m in BREAK.finditer(text, 0, start)]
    after = BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))
