"""A cooperation mode named in the question restricts the projects asked, as a category does: "哪些项目是合作研发的",
"which of DUT's projects were jointly researched", "大工的项目里哪些是合作研发的", "交大的项目里，不是合作研发而是共建的那个", "Jiaotong's trio of
projects: two are R&D, what's the odd one out?", "科技创新类项目里唯独有一项写的是共建".

A mode word is a name of a mode some project holds (cj:cooperationMode: its labels and aliases, 合作研发, joint R&D,
共建, co-build), or its stem said with a word for doing it together (一起研发, 搞研发, jointly researched, co-developed),
never inside a class word (the "R&D project" category is a category) nor right before a category's ("搞研发攻关那一类",
read 搞研发攻关类), and only where the question states it of the
projects (是合作研发的, 属于, "are joint R&D", -type, 写的是共建): a verb of taking part (X和Y合作研发了什么, 共建了哪些)
restricts nothing, nor does a mode word before a noun, "R&D deals", "R&D-type agreements" (the dev sets' askers name the
technological-innovation category so, whose projects are mostly joint R&D). A mode denied (不是合作研发, "not R&D") keeps the others; one
set against it (而是共建) is the one kept. "The odd one out" (剩下那个, 唯独, odd one out) is the one member of the set
whose mode differs from every other member's, whatever mode is named; an organisation asked of it ("那项的企业是谁") is
its party of that kind, the set being the projects of the organisations and kinds the question names.

The set restricted is the question's answer read whole, when every answer is a cooperation (the mode word read as a
verb of taking part), else that of the question with its mode words left out. Each answer kept cites the sentence
stating its mode. A word of no mode the graph holds (PPP, 外包) is no mode word: nothing changes.

Contract: ``Modes(kg, facts, graph, lexicon, part, parties).read(question, u, whole)`` gives the restricted answer, or ``whole``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from graph.han import HAN
from search.documents import CJ
from search.qa_answer import Answer, evidence_item
from search.qa_cues import EN_HOW_MANY, ZH_HOW_MANY
from search.qa_facts import FactFinder
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT, Participation, within
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans

MODE = f"{CJ}cooperationMode"
MODES = "SELECT ?p ?m ?w WHERE { ?p cj:cooperationMode ?m . ?m rdfs:label|skos:altLabel ?w }"
# A Chinese mode name's prefix saying "together" (合作研发: 研发); its stem is said with any of ZH_TOGETHER.
ZH_PREFIX = re.compile(r"^(?:合作|联合|共同)")
ZH_TOGETHER = ("一起", "一块", "共同", "联合", "合作", "携手", "搞", "一同")
# English: the words of a mode's names that say "together" name no mode; the other words' first four letters
# cover their inflections (develop/development, build/built), said after a word for "together".
EN_TOGETHER = r"(?:joint(?:ly)?|co-?|collaborative(?:ly)?|cooperative(?:ly)?|together)"
EN_GLUE = frozenset({"joint", "jointly", "collaborative", "cooperative", "co", "and", "of", "the", "shared", "use"})
# The question states a mode of the projects: a copula or "belongs to" before it, a word for a kind after it.
STATED_BEFORE = re.compile(r"(?:是|属于|写的是|写着|标着|为|算|\b(?:are|is|were|was|be|being|as|marked|labell?ed)\s+(?:a\s+|an\s+)?)\s*[“\"「『']?\s*$")
# An English mode word in -ing after an auxiliary is a verb of taking part, no mode stated ("how many bodies are
# co-building the college" counts its parties; "were co-built", "is being co-built", "are joint R&D" state one).
PROGRESSIVE = re.compile(r"[a-z]ing$", re.IGNORECASE)
# (not 类, 型 or "-type": "研发类", "R&D-type agreements" name the category, search.kind_mentions)
STATED_AFTER = re.compile(r"^\s*(?:性质|方式|模式|的(?:那|这|是|有|项目|签约|协议)|\s*mode\b)", re.IGNORECASE)
# Denied: a negation, or the side "rather than" / "instead of" sets aside; set against it (而是): the side kept.
DENIED_BEFORE = re.compile(r"(?:不是|不属于|并非|非|\b(?:not|aren't|isn't|weren't|wasn't|non-?|rather\s+than|instead\s+of)\s*)\s*$",
                           re.IGNORECASE)
CONTRASTED_BEFORE = re.compile(r"(?:而是|却是)\s*$")
# (the only one of a mode said: 唯独有一项是共建; else the rest: 剩下那个, "the odd one out")
ONLY_ONE = re.compile(r"唯独|唯一(?:一)?[个项]|只有一[个项]|\bthe only one\b", re.IGNORECASE)
ODD_ONE = re.compile(r"剩下(?:那|的那)|另外(?:那|一)|例外|唯独|唯一(?:一)?[个项]|只有一[个项]|\bthe only one\b|\bodd one(?: out)?\b|\bthe (?:other|remaining) one\b"
                     r"|\bthe one (?:that|which) (?:differs|is different)")
COUNTED = re.compile(rf"(?<!哪){ZH_HOW_MANY}|{EN_HOW_MANY}\b", re.IGNORECASE)
# A count asked again as a list of what it counts (the set restricted is a list): 一共几个 → 哪些, how many → which.
COUNT_AS_LIST = ((re.compile(rf"(?:一共|总共|共)?(?:有)?(?<!哪){ZH_HOW_MANY}[个项]?"), "哪些"), (re.compile(rf"{EN_HOW_MANY}\b", re.IGNORECASE), "which"))
# A word for a kind right after a mode word ("R&D-type", 研发型): left out with it.
KIND_AFTER = re.compile(r"^\s*(?:性质|方式|模式|\s*mode\b)", re.IGNORECASE)


# The parties of a set asked of it (search.qa_set_parties.SetParties.parties): question, parse, the set, the classes
# asked, the set's own answer → the answer, or None.
Parties = Callable[[str, Understanding, list[str], frozenset[str], Answer], Answer | None]


@dataclass(frozen=True)
class ModeWord:
    """A mode word found in the question: its span, mode and how the question says it."""
    start: int
    end: int
    mode: str
    denied: bool
    contrasted: bool = False  # set against another (而是共建)


class Modes:
    """The projects of a mode named, over one graph."""

    def __init__(self, kg, facts: FactFinder, graph: Participation, lexicon: Lexicon, part: Callable[[str], Answer],
                 parties: Parties):
        self.facts, self.graph, self.lexicon, self.part, self.parties = facts, graph, lexicon, part, parties
        self.mode_of: dict[str, str] = {}
        names: dict[str, set[str]] = defaultdict(set)
        for row in kg.select(MODES):
            self.mode_of[str(row["p"])] = str(row["m"])
            names[str(row["m"])].add(normalize(str(row["w"])).lower())
        self.patterns = [(mode, _pattern(words)) for mode, words in names.items()]

    def words(self, text: str) -> list[ModeWord]:
        """The mode words ``text`` states of its projects (see the module), in text order."""
        spans, ancestors = class_word_spans(text, self.lexicon), self.lexicon.catalogue.ancestors
        classes = [(at, at + len(w)) for at, w in spans]
        # where a category's class word begins ("搞研发攻关类": the mode word describes the category)
        categories = {at for at, w in spans if any(PROJECT in ancestors.get(k, ()) for k in self.lexicon.class_words[w])}
        found = []
        for mode, pattern in self.patterns:
            for m in pattern.finditer(text):
                before, after, word = text[: m.start()], text[m.end():], m.group()
                if any(s <= m.start() and m.end() <= e for s, e in classes) or m.end() in categories:
                    continue  # a word inside a class word ("R&D project") or right before a category's is the category's
                denied = bool(DENIED_BEFORE.search(before))
                stated = STATED_BEFORE.search(before) and not PROGRESSIVE.search(word)
                if denied or word.startswith("搞") or stated or STATED_AFTER.match(after) \
                        or CONTRASTED_BEFORE.search(before):
                    contrasted = bool(CONTRASTED_BEFORE.search(before))
                    found.append(ModeWord(m.start(), m.end(), mode, denied and not contrasted, contrasted))
        return sorted(found, key=lambda w: w.start)

    def read(self, question: str, u: Understanding, whole: Answer) -> Answer:
        """The projects of ``whole`` (or of the question without its mode words) of the mode named, or ``whole``."""
        said, ancestors = self.words(u.question), self.lexicon.catalogue.ancestors
        if said and within(u.answer_classes, ORGANIZATION, ancestors) and ODD_ONE.search(u.question):
            return self._odd_parties(question, u, said, whole)  # "…唯独有一项写的是共建——那项的企业是谁"
        if not said or (u.answer_classes and not within(u.answer_classes, COOPERATION, ancestors)):
            return whole  # (a mode restricts projects: "co-developing a project with which university" asks a university)
        base = whole if self._cooperations(whole) else self._without(u.question, said)
        if base is None:
            return whole
        coops = [a["id"] for a in base.answers]
        # (the odd one of the set named: the answer read whole may be the odd one already, "有一个例外不是研发类的")
        kept = self._odd(self._named(u) or coops, u.question, said) if ODD_ONE.search(u.question) else self._kept(coops, said)
        return self._answer(question, u, base, kept)

    def _odd_parties(self, question: str, u: Understanding, said: list[ModeWord], whole: Answer) -> Answer:
        """The parties of the class asked of the odd one out of the projects the question names (an organisation's, a
        kind's): nothing when no one is odd; ``whole`` when the question names no such set."""
        named = self._named(u)
        if not named:
            return whole
        odd = self._odd(named, u.question, said)
        picked = self._answer(question, u, Answer(question, [self.facts.entity(c, 1.0) for c in odd]), odd)
        return (self.parties(question, u, odd, frozenset(u.answer_classes), picked) if odd else None) or picked

    def _named(self, u: Understanding) -> list[str]:
        """The projects holding a mode that the question names: those of each organisation and kind of project named (a
        kind denied, "不是研发类的", names none)."""
        ancestors = self.lexicon.catalogue.ancestors
        kinds = {k for at, w in class_word_spans(u.question, self.lexicon) for k in self.lexicon.class_words[w]
                 if k != PROJECT and PROJECT in ancestors.get(k, ()) and not DENIED_BEFORE.search(u.question[:at])}
        sets = [self.graph.cooperations_of.get(m.doc.iri, set()) for m in u.mentions]
        sets += [self.graph.instances.get(k, set()) for k in kinds]
        return sorted(set.intersection(*map(set, sets)) & set(self.mode_of)) if sets else []

    def _cooperations(self, found: Answer) -> bool:
        """Whether every answer of ``found`` is a cooperation holding a mode (there being one)."""
        return bool(found.answers) and all(a["id"] in self.mode_of for a in found.answers)

    def _without(self, text: str, said: list[ModeWord]) -> Answer | None:
        """The answer of ``text`` with its mode words and the words stating them left out (a count asked as a list),
        when its answers are cooperations holding modes."""
        for w in reversed(said):
            before, after = text[: w.start], text[w.end:]
            said_by = DENIED_BEFORE.search(before) or CONTRASTED_BEFORE.search(before) or STATED_BEFORE.search(before)
            kind = KIND_AFTER.match(after)
            text = before[: said_by.start() if said_by else len(before)] + after[kind.end() if kind else 0:]
        for pattern, listed in COUNT_AS_LIST:
            text = pattern.sub(listed, text)
        text = ODD_ONE.sub("", text)  # the set read whole: its odd one is picked here
        found = self.part(text)
        return found if self._cooperations(found) and not found.understanding.get("outside_graph") else None

    def _kept(self, coops: list[str], said: list[ModeWord]) -> list[str]:
        """The cooperations of the mode stated (not denied), else of none of the modes denied."""
        # a mode set against another (不是A而是B) is the one asked, beside one said of the most ("大多是合作研发")
        stated = {w.mode for w in said if w.contrasted} or {w.mode for w in said if not w.denied}
        if stated:
            return [c for c in coops if self.mode_of[c] in stated]
        denied = {w.mode for w in said}
        return [c for c in coops if self.mode_of[c] not in denied]

    def _odd(self, coops: list[str], text: str, said: list[ModeWord]) -> list[str]:
        """The one cooperation whose mode differs from every other's, of three or more (one said to be the only one of a
        mode, 唯独有一项是共建, holds a mode stated); none when no one does: the premise fails."""
        by_mode: dict[str, list[str]] = defaultdict(list)
        for c in coops:
            by_mode[self.mode_of[c]].append(c)
        odd = [cs for cs in by_mode.values() if len(cs) == 1]
        if len(coops) < 3 or len(by_mode) != 2 or len(odd) != 1:
            return []
        stated = {w.mode for w in said if not w.denied}
        return [] if ONLY_ONE.search(text) and self.mode_of[odd[0][0]] not in stated else odd[0]

    def _answer(self, question: str, u: Understanding, base: Answer, kept: list[str]) -> Answer:
        """``base`` restricted to ``kept``, worded and citing each kept cooperation's mode."""
        answers = [a for a in base.answers if a["id"] in kept]
        counted = "count" in base.understanding.get("operators", ()) or bool(COUNTED.search(u.question))
        evidence = [self._cited(c, u.lang) for c in kept]
        return replace(base, question=question, answers=answers, evidence=evidence, total=len(answers) if counted else None,
                       answer_text=_worded([a["label" if u.lang == "zh" else "label_en"] for a in answers], counted, u.lang,
                                           "、".join(self.facts.label(m, u.lang) for m in sorted({self.mode_of[c] for c in kept}))),
                       understanding={**base.understanding, "settled": True, "mode": sorted({self.mode_of[c] for c in kept})})

    def _cited(self, coop: str, lang: str) -> dict:
        """The evidence item of a cooperation's mode: the span stating it."""
        mode = self.mode_of[coop]
        return evidence_item([self.facts.label(coop, lang), "合作方式 cooperation mode", self.facts.label(mode, lang)],
                             self.facts.evidence(coop, MODE, mode))


def _pattern(words: set[str]) -> re.Pattern[str]:
    """The forms of a mode's names: each name; each Chinese stem said with "together" (一起研发); each English word
    said with "together" (jointly researched, co-built); an English acronym alone (R&D)."""
    forms = {re.escape(w) + ("" if HAN.search(w) else r"\w*") for w in words}
    for word in words:
        if HAN.search(word):
            stem = ZH_PREFIX.sub("", word)
            forms |= {re.escape(t + stem) for t in ZH_TOGETHER} if len(stem) >= 2 and stem != word else set()
            continue
        for w in re.split(r"[\s-]+", word):
            forms |= {re.escape(w)} if "&" in w else set()
            forms |= {rf"\b{EN_TOGETHER}\s*-?\s*{re.escape(w[:4])}\w*"} if w not in EN_GLUE and len(w) >= 4 else set()
    return re.compile("|".join(sorted(forms, key=len, reverse=True)), re.IGNORECASE)


def _worded(labels: list[str], counted: bool, lang: str, modes: str) -> str:
    """The answer's sentence: the cooperations of the mode (their number too when counted), or that none is."""
    if not labels:
        return "没有这样的项目：图谱中没有符合该合作方式的项目。" if lang == "zh" else "No project of that cooperation mode fits."
    if lang == "zh":
        return f"合作方式为{modes}的项目{'共' + str(len(labels)) + '个' if counted else ''}：{'、'.join(labels)}。"
    return f"Projects whose cooperation mode is {modes}{f' ({len(labels)})' if counted else ''}: {', '.join(labels)}."
