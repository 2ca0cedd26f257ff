"""Names the graph holds, written as askers write them: read so only where a span of the question was read as a name the
graph does not hold (search.qa_scope), so a question the first reading answers is never read otherwise.

Five forms, each replaced in the question by the name it stands for:

- a name's own part typed in pinyin with English words for its kind ("Yinuo Bio", "Yinuo Biotech", "Bifei membrane"):
  the pinyin words spell a whole name or short form of one entity (search's name matcher: 医诺 of 大连医诺生物), and every
  English word after them is a word of that entity's English names, its industries' or its class's, cut short or
  inflected ("bio": biomedicine), or near its Chinese name in meaning ("biotech"); another kind ("Yinuo Steel") is another
  company, read as unheld;
- a foreign word written in Chinese by its sound (尼桑 for Nissan: 东风尼桑 is 东风日产): the graph's own pairs of names
  teach which Chinese characters stand for a foreign word of an English name (an English name whose other words are the
  pinyin of the Chinese one's other characters: "Dongfeng Nissan", 东风日产), and a span whose characters read as that word
  (the input method's fuzzy sounds, search.qa_spell) is renamed when it then holds one of the entity's names whole;
- an English name in another spelling or form: British ("revitalisation"), inflected or derived ("the rural
  revitalisation industry college": Liaoning Rural Revitalization Industrial College Project), every word of the span
  in one name of one entity;
- a place's name with one character of the same sound slipped (金浦新区 for 金普新区);
- a person's name with one character slipped (杨耀权 for 杨跃权): same length and surname, one character differing, and
  the two characters typed alike (``NameFormsConfig.person_slip``: the same fuzzy syllable, or the same initial letter, as
  when a name is typed by its initials); 董建华 is not 董建军 (h, j). The rule is fitted by bench/calibrate_name_forms.py.

Contract: ``NameForms.of(catalogue, match, encode)`` reads the graph's names once; ``NameForms.made(catalogue)`` reads them
without search's matcher and embedder (what the build keeps with the answerer's tables, search.qa_tables: at 1000x the
seed making them was 7-8 s of every start), ``with_engine(match, encode)`` gives them; ``renamed(text, unknown)`` gives
``text`` (the normalised question) with each of the ``unknown`` spans that is such a form replaced by the graph's name,
or None when none is; ``read_as(span, read)`` whether a reading's question already holds the name an unknown span is a
form of. Forms read without the engine raise NoEngine where a reading needs it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NoReturn

import numpy as np

from graph.han import HAN, HAN_RUN
from search.documents import CJ, Catalogue, EntityDoc
from search.names import WHOLE_TIERS, NameMatch
from search.pinyin import spelled_out, syllables
from search.qa_match import latin_word
from search.qa_name_shape import word_stem
from search.qa_spell import fuzzy, sounds
from search.scope_words import EN_FUNCTION, EN_SUFFIX_WORDS
from search.text import LATIN_WORD, normalize

PERSON, ORGANIZATION = f"{CJ}Person", f"{CJ}Organization"
LINKABLE = frozenset(f"{CJ}{kind}" for kind in ("Organization", "Cooperation", "Person"))
# Fewest characters of a place's name read with a slip (金普新区; 金普, 大连 are too short to tell a slip by).
MIN_PLACE_CHARS = 4
# British spellings of English word endings and the American ones the graph's names may use ("revitalisation",
# "centre", "programme", "labour"); a word is read so only to match a name's word spelled that way.
BRITISH_ENDINGS = (("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"),
                   ("yse", "yze"), ("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("our", "or"), ("mme", "m"),
                   ("mmes", "ms"), ("lled", "led"), ("lling", "ling"))
# Fewest content words an English span read in another spelling has (one word is a word of many names), and fewest
# letters two words derived from one word open alike with ("indust": industry, industrial).
MIN_VARIANT_WORDS, MIN_DERIVED = 2, 6
# The letters a word keeps in every spelling and form of it (centre, center; industry, industrial; colleges).
WORD_OPENING = 4
# A word of more than this share of the graph's English names tells none apart ("co", "ltd", "dalian").
GENERIC_SHARE = 0.1
# Fewest letters an English word cut short keeps ("bio", "tech", "auto").
MIN_SHORTENED = 3
# Fewest characters a word a question fits a person by has (校长, 学校; one character is a word of too much).
MIN_FIT_CHARS = 2
# Entities a pinyin word is looked up among, to tell whether it names one alone.
DISTINCT_K = 10
# Fewest syllables a pinyin part of a name has: one syllable is a word of hundreds of names.
MIN_SYLLABLES = 2
# How many characters a foreign word written in Chinese has at most (尼桑, 奔驰, 西门子, 麦当劳).
MAX_FOREIGN_CHARS = 4
# Person-slip rules, loosest last: which two differing characters count as typed alike.
PERSON_SLIPS = ("syllable", "initial", "any")
DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")

Matcher = Callable[[str], list[tuple[EntityDoc, NameMatch]]]


@dataclass(frozen=True)
class NameFormsConfig:
    """``kind_similarity``: how near in meaning (cosine of the embedder's vectors) an English kind word must be to the
    entity's Chinese name when it is no word of the entity's own; ``person_slip``:
    one of PERSON_SLIPS; ``person_fit``: whether a slipped person's name needs the rest of the question to fit them;
    ``derived_share``: how much of the shorter of two words derived from one word their shared opening is. All
    fitted by bench/calibrate_name_forms.py."""
    kind_similarity: float = 0.36
    person_slip: str = "initial"
    person_fit: bool = True
    derived_share: float = 0.85


class NoEngine(RuntimeError):
    """Forms read without search's matcher and embedder (NameForms.made) were asked to use them."""


def _no_engine(*_args: object) -> NoReturn:
    """The matcher and embedder of forms made without them (a module-level function: the kept forms pickle)."""
    raise NoEngine("NameForms.with_engine gives search's name matcher and embedder")


@dataclass(frozen=True)
class NameForms:
    """The graph's names, read for the other forms askers write them in."""
    match: Matcher
    encode: Callable[[list[str]], np.ndarray]  # the search engine's embedder
    kind_words: dict[str, frozenset[str]]  # entity IRI → the English words of its names, industries and class
    foreign: dict[str, tuple[str, tuple[str, ...]]]  # a foreign word's sound → (its Chinese characters, names holding them)
    people: dict[str, frozenset[str]]  # a person's Chinese name → the words a question about them fits by
    places: tuple[str, ...]  # the places' Chinese names, normalised
    # each linkable entity with the words of each English name, and of those the ones it is told apart by: no place's
    # word, no kind's ("Liaoning", "project": rural, revitalization, industrial)
    english: tuple[tuple[EntityDoc, frozenset[str], frozenset[str]], ...]
    by_opening: dict[str, frozenset[int]]  # a word's opening letters → the English names (their places in ``english``) holding one
    config: NameFormsConfig = NameFormsConfig()

    @classmethod
    def of(cls, catalogue: Catalogue, match: Matcher, encode: Callable[[list[str]], np.ndarray],
           config: NameFormsConfig = NameFormsConfig()) -> NameForms:
        """The forms of ``catalogue``'s names; ``match``: search's name matcher (SearchEngine.match_names, not whole);
        ``encode``: the search engine's embedder."""
        return cls.made(catalogue, config).with_engine(match, encode)

    def with_engine(self, match: Matcher, encode: Callable[[list[str]], np.ndarray]) -> NameForms:
        """These forms read with search's name matcher ``match`` and embedder ``encode`` (``of``)."""
        return replace(self, match=match, encode=encode)

    @classmethod
    def made(cls, catalogue: Catalogue, config: NameFormsConfig = NameFormsConfig()) -> NameForms:
        """The forms of ``catalogue``'s names without search's matcher and embedder (``with_engine`` gives them): what
        the build keeps, picklable."""
        owners: dict[tuple[bool, str], frozenset[str]] = {}
        words = {d.iri: frozenset(_english_words(d, catalogue, owners)) for d in catalogue.docs}
        by_label = {name: d for d in catalogue.docs if ORGANIZATION in d.types for name in d.name_values}
        people = {normalize(d.names.zh): _fitting(d, catalogue, by_label) for d in catalogue.docs if PERSON in d.types and d.names.zh}
        places = tuple(sorted({normalize(p) for p in catalogue.places if HAN_RUN.fullmatch(normalize(p))}))
        generic = _generic_words(catalogue)
        english = tuple((d, held, held - generic) for d in catalogue.docs if d.types & LINKABLE
                        for n in d.name_values if not HAN.search(n) for held in [frozenset(LATIN_WORD.findall(normalize(n))) - EN_FUNCTION])
        by_opening: dict[str, set[int]] = {}
        for i, (_, held, _) in enumerate(english):
            for w in held:
                by_opening.setdefault(w[:WORD_OPENING], set()).add(i)
        return cls(_no_engine, _no_engine, words, foreign_words(catalogue.docs), people, places, english,
                   {k: frozenset(v) for k, v in by_opening.items()}, config)

    def renamed(self, text: str, unknown: Iterable[str]) -> str | None:
        """``text`` with each unknown span that names an entity in another form replaced by its name; None when none does."""
        new = text
        for span in map(normalize, unknown):
            name = self.name_of(span, text)
            if name is not None and span in new:
                # a Chinese name runs on into the characters around it, as the name typed in pinyin did not
                around, value = r"\s*" if HAN.search(name) else "", normalize(name)
                new = re.sub(around + re.escape(span) + around, value.replace("\\", "\\\\"), new)
        return new if new != text else None

    def configured(self, config: NameFormsConfig) -> NameForms:
        """These forms read by ``config``."""
        return replace(self, config=config)

    def read_as(self, span: str, read: str) -> bool:
        """Whether ``read`` (a reading's normalised question) holds the name the unknown ``span`` is a form of: renamed
        before the reading (a pinyin name in a Chinese question: search.qa_renaming), the span names it."""
        name = self.name_of(normalize(span), read)
        return name is not None and normalize(name) in read

    def name_of(self, span: str, text: str) -> str | None:
        """The graph's name (Chinese in a Chinese question ``text``, normalised) of the entity the normalised ``span`` of
        it is a form of."""
        doc = self.pinyin_kind(span) or self.english_variant(span)
        if doc is not None:
            return doc.label if HAN.search(text) else doc.names.en or doc.label
        return self.transliterated(span) or self.place_slip(span) or self.person_slip(span, text.replace(span, " "))

    def pinyin_kind(self, span: str) -> EntityDoc | None:
        """The one entity whose own part the span's first words spell in pinyin, when every word after them is a word of
        that entity's kind ("yinuo bio"); else None."""
        words = span.split()
        if HAN.search(span) or len(words) < 2:
            return None
        for cut in range(len(words) - 1, 0, -1):
            doc = self._spelled_one(" ".join(words[:cut]))
            if doc is not None and all(self._kind_word(w, doc) for w in words[cut:]):
                return doc
        return None

    def english_variant(self, span: str) -> EntityDoc | None:
        """The one entity an English name of which holds every word of ``span`` (MIN_VARIANT_WORDS or more) in another
        spelling or form — British ("revitalisation", "centre", "programme"), inflected or derived ("industry" of
        industrial) — and that says every word the name is told apart by; None otherwise ("rural revitalisation research
        institute" is no name of the graph's, "Dalian technical college" lacks the vocational of a college it holds)."""
        words = [w for w in LATIN_WORD.findall(span) if w not in EN_FUNCTION]
        if HAN.search(span) or len(words) < MIN_VARIANT_WORDS:
            return None
        share = self.config.derived_share
        # only the names holding a word of each opening: another spelling or form changes a word's end, never its opening
        near = frozenset.intersection(*(self.by_opening.get(w[:WORD_OPENING], frozenset()) for w in words))
        found = {d.iri: d for d, held, own in map(self.english.__getitem__, sorted(near))
                 if all(any(_same_word(w, h, share) for h in held) for w in words)
                 and all(any(_same_word(w, h, share) for w in words) for h in own)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _spelled_one(self, typed: str) -> EntityDoc | None:
        """The one entity a whole name or short form of which ``typed`` spells out in pinyin (two syllables or more)."""
        joined = typed.replace(" ", "")
        if not spelled_out(joined, False) or len(_syllabled(joined) or ()) < MIN_SYLLABLES:
            return None
        found = [(d, m) for d, m in self.match(typed) if m.via == "pinyin" and m.tier in WHOLE_TIERS]
        return found[0][0] if len({d.iri for d, _ in found}) == 1 else None

    def _kind_word(self, word: str, doc: EntityDoc) -> bool:
        """Whether an English word is one of the entity's kind: a word of its own, shortened ("bio", "pharma": biomedicine,
        pharmaceuticals) or inflected ("membranes"), or near its Chinese name in meaning ("biotech": 医诺生物)."""
        own = self.kind_words.get(doc.iri, frozenset())
        if word in own or any(_shortened(word, w) or _shortened(w, word) for w in own):
            return True
        said, name = self.encode([word, doc.label])
        return float(said @ name) / (float(np.linalg.norm(said) * np.linalg.norm(name)) or 1.0) >= self.config.kind_similarity

    def transliterated(self, span: str) -> str | None:
        """``span`` (Chinese) with a run read as a foreign word of one of the graph's English names written in the
        characters the graph's Chinese name writes it in, when the span then holds that name whole (东风尼桑 → 东风日产)."""
        for run in (m.group() for m in HAN_RUN.finditer(span)):
            for size in range(min(MAX_FOREIGN_CHARS, len(run)), 1, -1):
                for at in range(len(run) - size + 1):
                    window = run[at:at + size]
                    chars, names = self.foreign.get(_sound_key(sounds(window)), ("", ()))
                    if chars and chars != window:
                        again = span.replace(window, chars)
                        if any(n in again for n in names):
                            return again
        return None

    def place_slip(self, span: str) -> str | None:
        """``span`` (Chinese) with the one place name of MIN_PLACE_CHARS characters or more it holds typed with one
        character of the same sound (the input method's slip: 金浦新区 for 金普新区) written as the graph writes it; None
        when it holds none, or a name read otherwise (金州新区 is no 金普新区)."""
        for place in (p for p in self.places if len(p) >= MIN_PLACE_CHARS):
            for at in range(len(span) - len(place) + 1):
                window = span[at:at + len(place)]
                if sum(a != b for a, b in zip(window, place)) == 1 and fuzzy(sounds(window)) == fuzzy(sounds(place)):
                    return span[:at] + place + span[at + len(place):]
        return None

    def person_slip(self, span: str, rest: str) -> str | None:
        """The one person whose Chinese name ``span`` is with one given-name character slipped, when the ``rest`` of the
        question fits them (it says a word of their post, organisation or its kind: "杨耀权那所学校"); None otherwise."""
        if not HAN_RUN.fullmatch(span):
            return None
        found = [p for p in self.people if _slipped(span, p, self.config.person_slip)]
        if len(found) != 1:
            return None
        fits = not self.config.person_fit or any(_says(rest, w) for w in self.people[found[0]])
        return found[0] if fits else None


def _same_word(said: str, held: str, share: float) -> bool:
    """Whether a question's word is a name's word in another form: spelled the British way, inflected ("colleges"), or
    derived from the same word ("industry", industrial: one opening of ``share`` of the shorter word or more)."""
    american = next((said[:-len(gb)] + us for gb, us in BRITISH_ENDINGS if said.endswith(gb)), said)
    if {said, american, word_stem(said), word_stem(american)} & {held, word_stem(held)}:
        return True
    shared = next((i for i, (a, b) in enumerate(zip(said, held)) if a != b), min(len(said), len(held)))
    return shared >= MIN_DERIVED and shared >= share * min(len(said), len(held))


def _generic_words(catalogue: Catalogue) -> frozenset[str]:
    """The English words names share with others of their place or kind: the places' names' words, the name suffixes'
    (scope_words.EN_SUFFIX_WORDS: university, project) and the words of more than GENERIC_SHARE of all English names
    ("co", "ltd", "dalian")."""
    names = [set(LATIN_WORD.findall(normalize(n))) for d in catalogue.docs for n in d.name_values if not HAN.search(n)]
    counts = Counter(w for words in names for w in words)
    common = {w for w, n in counts.items() if n > GENERIC_SHARE * len(names)}
    places = {w for p in catalogue.places if not HAN.search(p) for w in LATIN_WORD.findall(normalize(p))}
    return frozenset(common | places | set(EN_SUFFIX_WORDS))


def _shortened(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` cut short (MIN_SHORTENED letters or more: "bio" of biomedicine, "membrane" of
    membranes)."""
    return len(short) >= MIN_SHORTENED and len(word) > len(short) and word.startswith(short)


def _slipped(typed: str, name: str, rule: str) -> bool:
    """Whether ``typed`` is ``name`` with one character after the surname typed alike (``rule``: PERSON_SLIPS); a
    two-character name only by the same sound, as its given name is that one character."""
    if len(typed) != len(name) or typed[0] != name[0] or typed == name:
        return False
    differ = [i for i, (a, b) in enumerate(zip(typed, name)) if a != b]
    if len(differ) != 1:
        return False
    said, heard = fuzzy(sounds(typed[differ[0]])), fuzzy(sounds(name[differ[0]]))
    if said == heard:
        return True
    return rule == "any" or (rule == "initial" and len(name) > 2 and said[0][:1] == heard[0][:1])


def foreign_words(docs: Iterable[EntityDoc]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The foreign words of the graph's English names by sound, each with the Chinese characters its entity's Chinese
    name writes it in and that entity's Chinese names holding them: an English name whose every other word is the pinyin
    of the Chinese name's other characters, in order ("Dongfeng Nissan", 东风日产: nissan ↔ 日产). A sound two entities
    write differently is neither's."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    clashes: set[str] = set()
    for doc in docs:
        zh_names = [normalize(n) for n in doc.name_values if HAN_RUN.fullmatch(normalize(n))]
        en_names = [LATIN_WORD.findall(normalize(n)) for n in doc.name_values if not HAN.search(n)]
        # one word no pinyin among pinyin ones, or nothing to align (most English names: "Co", "Ltd", "Technology" …)
        en_names = [w for w in en_names if len(w) > 1 and sum(not _pinyin_word(x) for x in w) == 1]
        for zh in zh_names if en_names else ():
            for words in en_names:
                aligned = _aligned(zh, words)
                key = _sound_key(_syllabled(DOUBLED.sub(r"\1", aligned[0])) or ()) if aligned else ""
                if not key or aligned is None:
                    continue
                holding = {z for z in zh_names if aligned[1] in z}
                if key in found and found[key][0] != aligned[1]:
                    clashes.add(key)
                found[key] = (aligned[1], tuple(sorted(holding | set(found.get(key, ("", ()))[1]))))
    return {k: v for k, v in found.items() if k not in clashes}


def _aligned(zh: str, words: list[str]) -> tuple[str, str] | None:
    """(the one foreign word, its Chinese characters) when the English ``words`` are the pinyin of ``zh``'s characters
    in order but for one word that is no pinyin, standing for one to MAX_FOREIGN_CHARS characters, and one word or more
    that is; None otherwise."""
    said = sounds(zh)
    if "".join(words) == "".join(said):
        return None  # every word pinyin: no foreign word in it

    def read(at: int, w: int, foreign: tuple[str, str] | None) -> tuple[str, str] | None:
        if w == len(words):
            return foreign if at == len(said) and len(words) > 1 else None
        word = words[w]
        steps = [(n, foreign) for n in range(1, len(said) - at + 1) if "".join(said[at:at + n]) == word]
        # a foreign word is no pinyin: a word in pinyin aligned to nothing is read otherwise (多音字), not foreign
        foreign_steps = foreign is None and not _pinyin_word(word)
        steps += [(n, (word, zh[at:at + n])) for n in range(1, min(MAX_FOREIGN_CHARS, len(said) - at) + 1)] if foreign_steps else []
        return next((found for n, f in steps for found in [read(at + n, w + 1, f)] if found), None)

    return read(0, 0, None)


@lru_cache(maxsize=65536)
def _pinyin_word(word: str) -> bool:
    """Whether a whole word is spelled in pinyin syllables (pinyin.spelled_out; names repeat their words)."""
    return spelled_out(word, False)


def _sound_key(syllabled: tuple[str, ...]) -> str:
    """The syllables as an input method's fuzzy pinyin reads them, run together ("" for none)."""
    return "".join(fuzzy(syllabled))


def _syllabled(word: str) -> tuple[str, ...] | None:
    """``word`` cut into pinyin syllables, longest first (nisan → ni san), or None when it is none."""
    if not word:
        return ()
    for n in range(min(6, len(word)), 0, -1):
        if word[:n] in syllables() and (rest := _syllabled(word[n:])) is not None:
            return (word[:n], *rest)
    return None


def _english_words(doc: EntityDoc, catalogue: Catalogue, owners: dict[tuple[bool, str], frozenset[str]]) -> set[str]:
    """The English words of an entity's names, of its industries' names and of its classes' names; ``owners``: the
    words of each industry's (True, IRI) and class's (False, IRI) names, made once for all the entities of it (each
    entity's made again were 2-3% of the tables part at 1000x the seed: bench/results/scale38b-*.md)."""
    words = _latin_words(n for n in doc.name_values if not HAN.search(n))
    for industry, table, keys in ((True, catalogue.industry_names, doc.industries), (False, catalogue.classes, doc.types)):
        for key in keys:
            held = owners.get((industry, key))
            if held is None:
                owner = table.get(key)
                names = () if owner is None else (n for n in (owner.en, *owner.aliases) if n and not HAN.search(n))
                held = owners[(industry, key)] = frozenset(_latin_words(names))
            words |= held
    return words


def _latin_words(names: Iterable[str]) -> set[str]:
    """The Latin words of ``names`` (normalised), numbers left out."""
    return {w for n in names for w in LATIN_WORD.findall(normalize(n)) if not w.isdigit()}


def _fitting(person: EntityDoc, catalogue: Catalogue, by_label: dict[str, EntityDoc]) -> frozenset[str]:
    """The words a question about ``person`` may fit them by: their posts', their organisations' names and the names of
    those organisations' kinds (学校, college), but the kind every organisation is of."""
    orgs = [by_label[v] for k, v in person.fields if k == "organization" and v in by_label]
    kinds = [catalogue.classes[t] for d in orgs for t in d.types if t != ORGANIZATION and t in catalogue.classes]
    words = [v for k, v in person.fields if k in ("position", "organization")] + [n for d in orgs for n in d.name_values]
    words += [w for k in kinds for w in k.values]
    return frozenset(normalize(w) for w in words if len(w) >= MIN_FIT_CHARS)


def _says(text: str, word: str) -> bool:
    """Whether ``text`` says ``word``: a Chinese one anywhere, an English one as a whole word."""
    return word in text if HAN.search(word) else latin_word(word).search(text) is not None
