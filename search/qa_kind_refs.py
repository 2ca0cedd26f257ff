"""A kind reference: an organisation or cooperation named by its kind, pointed at ("那个幼儿园跟谁合作",
"那家氢能公司和哪所学校合作", "that kindergarten") or narrowed by a word of its name or industry ("机床公司
副总是谁", "who does the hydrogen company work with", "the deputy general manager of the machine tool company").

The reference stands for the one entity of that kind the graph holds that the narrowing words fit: the
question is read on with that entity's name in its place, so the entity is what the question is about,
never an answer to it (a kindergarten is never listed as its own partner). When several entities fit a
pointed-at kind ("那所大学跟谁合作"), the question cannot say which is meant: ``ambiguous`` names them,
and the answerer asks which instead of answering for all of them. A kind the question asks for
("哪个幼儿园…", "which company …") or narrows by a place, an event or a partner ("金州区那家幼儿园",
"和X合作的那家公司", "the college that partners with X": search.qa_refs) is no such reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from graph.han import HAN
from search.qa_breaks import CLAUSE_MARKS
from search.auxiliaries import AUXILIARIES
from search.qa_cues import EN_PARTICIPLE_WORD
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, Participation
from search.qa_closing_list import closing_list
from search.qa_verdict_cues import ALTERNATIVE_EN, YES_NO_EN, YES_NO_ZH
from search.qa_facts import FactFinder
from search.qa_kind_chars import KindChars
from search.qa_kind_names import KindNames, names_of, parts_of
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.wording import EN_DEMONSTRATIVES, zh_pointing

# A Chinese reference: a pointing word ("那个", "这家", "该") and the words narrowing the kind, right before the
# kind word; or, unpointed, the narrowing words alone ("机床公司"), after a clause break or a preposition.
# ("和X合作的那所大学", "召开推进会的那家公司": a kind after 的 is narrowed by its clause, search.qa_refs')
ZH_BREAK = rf"\s{CLAUSE_MARKS}和跟与同"
ZH_STOP = ZH_BREAK + "的哪谁啥几"
ZH_POINTED = re.compile(rf"(?:(?<=[{ZH_BREAK}])|^|(?<=请问)|(?<=想问))(?:{zh_pointing('所家个位项', formal=False)}|该)(?P<words>[^{ZH_STOP}]{{0,8}})$")
ZH_UNPOINTED = re.compile(rf"(?:(?<=[{ZH_BREAK}])|^|(?<=请问)|(?<=想问))(?P<words>[^{ZH_STOP}]{{1,8}})$")
# A place (or another word of the name) said before the pointer, none after it: "金州区那家幼儿园", "普兰店那个职教中心"
# narrow the kind as "那家金州区幼儿园" would (the one entity fitting is named; a place no such entity's name holds,
# "旅顺那家幼儿园", names none and is left to qa_refs).
ZH_PLACED = re.compile(rf"(?:(?<=[{ZH_BREAK}])|^|(?<=请问)|(?<=想问))(?P<words>[^{ZH_STOP}]{{2,5}}?){zh_pointing('所家个位项', formal=False)}$")
# ("that" also opens a clause — "who claimed that school education …": an English reference is never
# ambiguous, it stands for one entity or for none)
EN_OPENER = re.compile(rf"\b(?:{EN_DEMONSTRATIVES})\s+")
EN_NARROWING = re.compile(r"(?:[a-z][a-z-]*\s+){0,3}")
# After an English kind, a relative clause or a preposition ties it to a place, partner or event (qa_refs);
# "in their/its …" ties it to nothing new: what it names is the parties' own ("X and the college in their base").
# A participle ties it to a partner too ("the university partnering X": qa_refs, the hop operator).
EN_TIED_AFTER = re.compile(r"\s*(?:(?:that|which|who|whose|where|in|on|of|at|located|based|from|near|under|with)\s+(?!(?:their|its)\b)\w"
                           rf"|(?:partnering|partnered|working|worked|teaming|teamed|cooperating|collaborating|signing|signed)\b|{EN_PARTICIPLE_WORD}\s+with\b)")
# The kind itself asked for, after it: "那个幼儿园是哪家", "氢能公司有几家".
KIND_ASKED_AFTER = re.compile(r"^\s*(?:都|一共|共)?(?:有|是|叫)?\s*(?:哪[一几]?[个家所位些项]|几[个家所位项]|多少|什么名)")
# Or beside another kind word, each asked who or what it is ("车企和高校各是谁", "企业跟学校分别叫啥": two answer types
# of one thing, no reference; "氢能公司和交大分别在哪个区" asks a place of each: the reference stands).
ZH_ASKED_BESIDE = re.compile(r"^\s*(?:[和与跟及、]|以及)\s*(?P<other>[^，,。;；？?]{1,8}?)(?:各自?|分别)\s*(?:是|叫|为)?\s*"
                             r"(?:谁|誰|哪|什么|啥|全称|全名|名字)")
# An English kind asked beside another ("who is the carmaker and who is the university partner"): no reference.
EN_ASKED_PAIR = (re.compile(r"\b(?:who|which|what)(?:['’]s|\s+is|\s+are|\s+was)\s+$"),
                 re.compile(r"^\s*,?\s*and\s+(?:who|which|what)\b"))
# A word asking for the kind itself ("哪个幼儿园", "which company", "how many universities").
ASKED_BEFORE = re.compile(r"(?:哪[一两几]?[个家所位些项名类]?|多少|几[个家所位项]?|\b(?:which|what|how many|any|every|all))\s*$")
# Words asking something of the reference, after it: without one, nothing else is asked.
ASKING_AFTER = re.compile(r"谁|哪|什么|啥|几|多少|吗|是否|是不是|有没有|怎么|如何|\b(?:who|whom|which|what|how|whether)\b"
                          rf"|^\s*(?:{AUXILIARIES})\b|\?\s*$")


@dataclass(frozen=True)
class KindReference:
    """A reference in the question: its span, its kind word and the entities it may stand for."""

    start: int
    end: int
    word: str
    fits: tuple[str, ...]
    pointed: bool  # pointed at ("那个", "that"): several fits make it ambiguous


class KindReferences:
    """Kind references read with one graph's classes, names and industries (``names``: its entities'
    names, indexed once: search.qa_kind_names)."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder, graph: Participation, names: KindNames):
        self.lexicon, self.facts, self.graph, self.names = lexicon, facts, graph, names
        self.chars = KindChars(names)  # a lone Han character, which the index of names holds no pair of
        self._last: tuple[Understanding, tuple[KindReference, ...]] | None = None  # named and ambiguous read one question

    def named(self, text: str, u: Understanding) -> str:
        """``text`` with a kind reference that fits one entity replaced by the entity's name (in the
        question's language); ``text`` unchanged when it has none."""
        if text != u.question:
            return text
        for ref in sorted(self._references(u), key=lambda r: r.start, reverse=True):  # later spans first: earlier offsets hold
            if len(ref.fits) == 1:
                text = text[:ref.start] + normalize(self.facts.label(ref.fits[0], u.lang)) + text[ref.end:]
        return text

    def ambiguous(self, u: Understanding) -> tuple[str, list[str]] | None:
        """The pointed-at kind word and the entities it may stand for, when more than one fits; else None."""
        ref = next(iter(self._references(u)), None)
        if ref is None or not ref.pointed or len(ref.fits) < 2:
            return None
        return ref.word, sorted(ref.fits, key=self.facts.label)

    def _references(self, u: Understanding) -> tuple[KindReference, ...]:
        last = self._last
        # (an equal parse, not only the same object: a sub-question's question read on is parsed again by the answer)
        if last is None or (last[0] is not u and last[0] != u):
            last = self._last = u, self._narrowed(u, self._read(u))
        return last[1]

    def _narrowed(self, u: Understanding, refs: list[KindReference]) -> tuple[KindReference, ...]:
        """The references, each fitting several narrowed to those sharing a cooperation with every organisation
        the question names or another reference stands for ("大连机床和那个职业学院合建的基地", "the machine-tool
        maker and the vocational college"), when exactly one does; a yes/no question is not narrowed by the
        partner it asks about ("那所大学跟大连机床合作过吗" stays ambiguous); a choice between two compared is no yes/no
        ("did DUT or the vocational college sign more": search.qa_verdict_cues.ALTERNATIVE_EN)."""
        refs = [replace(r, fits=self._grouped(r.fits)) for r in refs]
        named = {m.doc.iri for m in u.mentions if self._within(m.doc.types, ORGANIZATION)}
        verdict = any(p.search(u.question) for p in (YES_NO_EN, YES_NO_ZH)) and not ALTERNATIVE_EN.search(u.question)
        if (not named and len(refs) < 2) or verdict:
            return tuple(r for r in refs if len(r.fits) == 1 or r.pointed)
        out = []
        for ref in refs:
            partners = named | {x for r in refs if r is not ref and len(r.fits) == 1 for x in r.fits}
            shared = [x for x in ref.fits if partners and x not in partners and all(self._share(x, p) for p in partners)]
            out.append(replace(ref, fits=(shared[0],)) if len(ref.fits) > 1 and len(shared) == 1 else ref)
        return tuple(r for r in out if len(r.fits) == 1 or r.pointed)

    def _asked_beside(self, after: str) -> bool:
        """Whether the words after a Chinese kind word coordinate it with another kind word, each asked who or what it is
        (ZH_ASKED_BESIDE)."""
        beside = ZH_ASKED_BESIDE.match(after)
        other = beside["other"].rstrip() if beside else ""
        spans = class_word_spans(other, self.lexicon) if other else []
        return bool(spans) and spans[-1][0] + len(spans[-1][1]) == len(other)

    def _modifies_cooperation(self, u: Understanding, end: int) -> bool:
        """Whether a cooperation's class word follows the kind word ending at ``end`` ("college project", "学院项目")."""
        after = self.lexicon.class_word_at(u.blanked, end)
        return after is not None and self._within(frozenset(self.lexicon.class_words[after]), COOPERATION)

    def _grouped(self, fits: tuple[str, ...]) -> tuple[str, ...]:
        """The one group, when every other entity fitting is a unit of it ("the nissan firm": Dongfeng Nissan and
        its Dalian company): the group stands for its units, as its cooperations are theirs (Participation)."""
        group = next((g for g in fits if set(fits) - {g} <= self.graph.units.get(g, set())), None)
        return (group,) if group is not None and len(fits) > 1 else fits

    def _share(self, x: str, partner: str) -> bool:
        """Whether ``x`` and ``partner`` (or a unit of either) take part in one cooperation."""
        return not self.graph.cooperations(x).keys().isdisjoint(self.graph.cooperations(partner))

    def _read(self, u: Understanding) -> list[KindReference]:
        # the names the question holds narrow nothing as a name part ("the universities that Dongfeng Nissan …")
        names = [m.text for m in u.mentions if not self._within(m.doc.types, COOPERATION) and INDUSTRY not in m.doc.types]
        refs: list[KindReference] = []
        spans = class_word_spans(u.blanked, self.lexicon)
        asked = {at for at, _ in closing_list(u.blanked, spans)} if u.lang == "en" else set()  # kinds asked, no reference
        for at, word in spans:
            kinds = frozenset(self.lexicon.class_words[word])
            if at in asked:
                continue
            # a generic word ("合作方", "partners", "单位") names no kind of its own
            if kinds & {ORGANIZATION, COOPERATION} or not (self._within(kinds, ORGANIZATION) or self._within(kinds, COOPERATION)):
                continue
            if u.lang != "zh" and not self._within(kinds, ORGANIZATION):
                continue  # "the college project": an English cooperation named in part is qa_part_names'
            if u.lang == "zh" and self._asked_beside(u.blanked[at + len(word):]):
                continue  # "车企和高校各是谁": the kind asked beside another
            found = (_zh_span if u.lang == "zh" else _en_span)(u, at, word)
            if found is not None and self._modifies_cooperation(u, at + len(word)):
                continue  # "the college project": the kind word names a kind of cooperation, no organisation
            if found is not None and self._appositive(u, found[0], kinds):
                continue  # "xFusion 这家公司": the kind said of the name before it, no reference of its own
            if found is not None and not (found[1] and any(n in found[1] for n in names)):
                fits = tuple(sorted(self._fitting(kinds, found[1], found[2], whole=bool(names) or len(spans) > 1)))
                if fits and not (refs and found[0] < refs[-1].end):
                    refs.append(KindReference(found[0], at + len(word), word, fits, found[2]))
        return refs

    def _appositive(self, u: Understanding, start: int, kinds: frozenset[str]) -> bool:
        """Whether the name of an entity of ``kinds`` stands right before the reference starting at ``start`` (spaces
        between): "xFusion 这家公司" says the kind of the name, as "超聚变这家公司" does."""
        before = u.question[:start].rstrip()
        return any(before.endswith(m.text) and not kinds.isdisjoint(self.graph.classes.get(m.doc.iri, ())) for m in u.mentions)

    def _fitting(self, kinds: frozenset[str], words: str, pointed: bool, whole: bool = False) -> set[str]:
        """The instances of ``kinds`` the narrowing words fit: of those the index of names gives, not of
        every instance; unpointed, unless ``whole`` (names in the question may narrow them: _narrowed), at most
        two (enough to tell one from several: only one fitting is read)."""
        every = pointed or whole
        if not words:
            return self.graph.of_class(kinds) if every else {x for c in kinds for x in islice(self.graph.instances.get(c, ()), 2)}
        pool = self.names.candidates(words, pointed)
        if pool is None:  # no pair to look up (a lone Han character, "参与了…项目"): by its characters
            pool = self.chars.holding(words, pointed)
        if pool is None:  # no piece to look up: every instance is tested
            pool = self.graph.of_class(kinds)
        fitting = (x for x in pool if not kinds.isdisjoint(self.graph.classes.get(x, ())) and self._fits(x, words, pointed))
        return set(fitting if every else islice(fitting, 2))

    def _fits(self, entity: str, words: str, pointed: bool) -> bool:
        """Whether every narrowing word is a part of one of the entity's names, or, pointed at ("那家氢能公司"),
        of its industries' (an unpointed phrase may be a part of a cooperation's name: "the rural revitalization
        industrial college")."""
        if not words:
            return True
        names = self.names.names(entity, pointed)
        if names is None:
            names = tuple(normalize(n) for n in names_of(self.facts, self.graph, entity, pointed))
        return all(any(_part_of(p, n) for n in names) for p in parts_of(words))

    def _within(self, kinds: frozenset[str], root: str) -> bool:
        return self.facts.of_class(kinds, root)


def _zh_span(u: Understanding, at: int, word: str) -> tuple[int, str, bool] | None:
    """The start, narrowing words and pointedness of a Chinese reference ending in the kind word at ``at``."""
    # the narrowing words read unblanked: an industry linked in them narrows too ("那家氢能公司")
    before, after = u.question[:at], u.blanked[at + len(word):]
    found, pointed = ZH_POINTED.search(before) or ZH_PLACED.search(before), True
    if found is None:
        found, pointed = ZH_UNPOINTED.search(before), False
    if found is None or ASKED_BEFORE.search(before[:found.start()]):
        return None
    if not ASKING_AFTER.search(after) or KIND_ASKED_AFTER.match(after):
        return None
    return found.start(), found["words"], pointed


def _en_span(u: Understanding, at: int, word: str) -> tuple[int, str, bool] | None:
    """The start, narrowing words and pointedness of an English reference ending in the kind word at ``at``."""
    before, after = u.question[:at], u.blanked[at + len(word):]
    m = next((m for m in EN_OPENER.finditer(before) if EN_NARROWING.fullmatch(before[m.end():])), None)
    if m is None or ASKED_BEFORE.search(before[:m.start()]) or EN_TIED_AFTER.match(after) or not ASKING_AFTER.search(
            u.blanked[:m.start()] + " " + after):
        return None
    if EN_ASKED_PAIR[0].search(before[:m.start()]) and EN_ASKED_PAIR[1].match(after):
        return None  # "who is the carmaker and who is …": the kind asked beside another
    return m.start(), before[m.end():].strip(), False


def _part_of(part: str, name: str) -> bool:
    """Whether ``part`` is in ``name``: a Chinese part anywhere, an English word as a word (or its stem)."""
    if HAN.search(part):
        return part in name
    return re.search(rf"\b{re.escape(part.rstrip('s'))}", name) is not None
