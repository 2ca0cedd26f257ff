"""Names written in part, read as the one whole name they stand for, before the question is read on:

- a cooperation pointed at by a part of its name that is also the name of something else
  ("现代中药那个项目", "the openharmony project", "the rural revitalization industry college project"):
  the part links to an industry by itself; pointed at as one project ("那个项目", "the … project") it
  stands for the one cooperation whose name holds it. Plurals ("openharmony projects", "人工智能项目有哪些")
  ask for every cooperation of the industry and are left alone;
- a Chinese name written in part, its next characters typed with one slip ("冰山松洋压宿机"): the whole name;
- an organisation's English name with words left out ("dalian vocational college" for Dalian Vocational
  & Technical College, "liaoning light industry college"): lower-case words ending in the name's own
  last word, each a word of the name in its order, and of one organisation's name only.

Contract: ``PartNames(catalogue, kind_names, places).whole(text, u)`` gives the normalised question with each such part
replaced by the whole normalised name; ``text`` itself when no part stands for exactly one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from graph.han import HAN, HAN_RUN
from search.documents import CJ, Catalogue, EntityDoc
from search.name_table import is_subsequence
from search.qa_graph import COOPERATION, ORGANIZATION, PROGRAMME
from search.qa_kind_names import KindNames
from search.qa_match import uses
from search.qa_values import placed_in_order
from search.scope_words import EN_SUFFIX_WORDS
from search.text import normalize
from search.understand import Understanding
from search.wording import ZH_WITH, zh_pointing

# After the part: a demonstrative and the project's class word ("现代中药那个项目", "托幼一体化这个基地"),
# or the class word and a demonstrative of what is in it ("托幼一体化项目里的那家幼儿园").
ZH_POINTED = re.compile(r"\s*(?:那个|这个|那项|这项|那一个|这一个)\s*(?:项目|基地|中心|学院)"
                        rf"|\s*(?:项目|基地)(?=\s*(?:里的?|中的?|的)?\s*{zh_pointing('家所个位', formal=False, one=False, bare=False)})")
# The quotation marks opening and closing a part of a name, in either language.
OPENING, CLOSING = "“\"「『‘'", "”\"」』’'"
# A part of a name in quotation marks, a pointing word and a cooperation's class word after it ("“鸿蒙”中心").
# (a quoted word with no class word after it is a word quoted, "写的是“共建”": a mode, no name)
QUOTED_PART = re.compile(rf"[{OPENING}](?P<part>[\u4e00-\u9fff]{{2,12}})[{CLOSING}]\s*(?:那个|这个|那项|这项)?\s*(?P<kind>项目|基地|中心|学院|平台)")
# English words in quotation marks, up to four words after them and a cooperation's class word ("the 'shared-type'
# regional practice base"); the kind a hyphen glues on ("shared-type": 共享型) and the words naming nothing.
EN_QUOTED_PART = re.compile(rf"[{OPENING}](?P<part>[a-z][a-z -]{{1,40}}?)[{CLOSING}]\s+(?P<rest>(?:[a-z-]+\s+){{0,4}}?)"
                            r"(?P<kind>project|centre|center|base|college|programme|program|platform)\b")
LATIN_WORDS = re.compile(r"[a-z0-9]+")
KIND_SUFFIXES = ("type", "style", "based", "oriented", "level", "class", "like", "kind")
EN_FILLERS = frozenset({"the", "a", "an", "of", "and", "for", "on", "in"})
# The letters of a word that stand for it in a name ("centre" and "center", "interdisciplinary" and its start).
WORD_STEM = 4
# Before the part: "the"; after it, a few words of the name and one singular class word of a project.
EN_BEFORE = re.compile(r"\bthe\s+$")
EN_POINTED = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:project|centre|center|base|college|programme|program)\b(?!s)")
# An organisation's English name in part: two to five lower-case words ending in a name suffix.
EN_PART = re.compile(rf"\b(?:[a-z&]+\s+){{1,4}}(?:{'|'.join((*EN_SUFFIX_WORDS, 'kindergarten'))})\b")
PLACE = f"{CJ}Place"
# The kinds besides organisations whose English names are read from their opening words before a word of the kind.
KINDS_NAMED_AFTER = (PROGRAMME,)
# Two things set side by side to be compared ("双极板项目和超声悬浮项目哪个…", "鸿蒙和数字人才谁先签的"):
# the join, the class word a side may end in, and the words that say the question picks one of them.
PAIR_JOIN = re.compile(rf"{ZH_WITH}|还是")
SIDE_WORD = re.compile(r"(?:这个|那个|这项|那项)?(?:项目|基地|中心)$")
PAIR_PICKED = re.compile(r"哪个|哪一个|哪项|哪一项|谁|还是|相比|比较")
# The fewest characters of a name that stand for it in a comparison, or that read a name on.
SIDE_MIN_CHARS = 2
# The rest of a name read on, up to the class word closing it ("交叉[创新基地]", "[中心项目]").
NAME_CLOSE = re.compile(r"([\u4e00-\u9fff]{0,6}?)(?:项目|基地|中心|学院|平台)(?!类)")
# How many characters of a name's tail, typed with one slip, are read as the name at least.
SLIPPED_TAIL = 3


class PartNames:
    """The cooperations' and organisations' names of one catalogue, for reading names written in part."""

    def __init__(self, catalogue: Catalogue, kind_names: KindNames, places: Iterable[str] = ()):
        """``kind_names``: the index of the graph's names (search.qa_kind_names); ``places``: the graph's place
        names (normalised), which no opening of a name ends in."""
        self.catalogue, self.names = catalogue, kind_names
        self.cooperations = [d for d in catalogue.docs if self._is(d, COOPERATION)]
        # each cooperation's names normalised once, and the name it is read as: normalising every cooperation's
        # names at each look-up was 5-11 s an answer at 1000x the seed (16k cooperations)
        self.own = {d.iri: kind_names.names(d.iri, False) or tuple(normalize(n) for n in d.name_values)
                    for d in self.cooperations}
        self.whole_names = {d.iri: normalize(d.names.zh or d.label) for d in self.cooperations}
        self.unindexed = [d.iri for d in self.cooperations if kind_names.names(d.iri, False) is None]
        # each organisation's English names as word tuples, by their last word (a part ends in it)
        self.english: dict[str, list[tuple[tuple[str, ...], EntityDoc]]] = {}
        self.openings: dict[tuple[str, ...], set[tuple[str, str]]] = {}  # (the name, its kind when it must follow)
        self.kind_words = {k: _kind_words(catalogue, k) for k in KINDS_NAMED_AFTER}
        for d in catalogue.docs:
            names = [n for n in d.name_values if not HAN.search(n)] if self._is(d, ORGANIZATION) else []
            for words in (tuple(normalize(n).replace(",", " ").split()) for n in names):
                if words:
                    self.english.setdefault(words[-1], []).append((words, d))
            # "dalian jiaotong": the opening words of an organisation's name; a programme's ("field engineer") before
            # a word of its kind ("… programme"), as its names open with ordinary words ("secondary and higher")
            kind = "" if self._is(d, ORGANIZATION) else next((k for k in KINDS_NAMED_AFTER if self._is(d, k)), None)
            opened = [n for n in d.name_values if not HAN.search(n)] if kind is not None else []
            for words in (tuple(normalize(n).replace(",", " ").split()) for n in opened):
                for k in range(2, len(words)):
                    self.openings.setdefault(words[:k], set()).add((normalize(d.names.en or d.label), kind or ""))
        whole = {tuple(normalize(n).split()) for d in catalogue.docs for n in d.name_values if not HAN.search(n)}
        self.openings = {k: v for k, v in self.openings.items() if len(v) == 1 and k not in whole}
        # what an opening must not end in: the name of something else, a topic or a place ("dalian artificial
        # intelligence", "jinzhou district")
        self.others = {tuple(normalize(n).split()) for d in catalogue.docs if not self._is(d, ORGANIZATION)
                       for n in d.name_values} | {tuple(p.split()) for p in places}

    def whole(self, text: str, u: Understanding) -> str:
        """The question ``text`` with the parts of names it writes replaced by the whole names."""
        text = self._read_on(self._compared_pair(self._cooperations(self._quoted(text, u), u), u), u)
        return self._english_openings(self._english_parts(self._slipped_tails(text, u), u), u)

    def _quoted(self, text: str, u: Understanding) -> str:
        """"那个“鸿蒙”中心", "「托幼」那个基地": a part of a name set in quotation marks, a cooperation's class word after
        it, read as the whole name of the one cooperation whose Chinese names hold it (and the class word after
        it); a part no cooperation's or several's names hold, or an organisation's name quoted ("「冰山松洋」"), is left."""
        if u.lang != "zh":
            return self._quoted_english(text)
        orgs = [m.text for m in u.mentions if self._is(m.doc, ORGANIZATION)]
        for quoted in QUOTED_PART.finditer(text):
            part, kind = quoted["part"], quoted["kind"]
            name = self.holding(part) if not any(part in o or o in part for o in orgs) else None
            if name is not None and kind in name[name.find(part) + len(part):]:
                return text[:quoted.start()] + name + text[quoted.end():]
        return text

    def _quoted_english(self, text: str) -> str:
        """"the 'shared-type' regional practice base": quoted words and the words after them up to a cooperation's class
        word, read as the English name of the one cooperation whose names hold each of them (a word glued on by a hyphen
        that says its kind, "-type", "-style", aside; a word or its first letters: "centre" of "Center")."""
        for quoted, name in self._quoted_names(text):
            return text[:quoted.start()] + name + text[quoted.end():]
        return text

    def _quoted_names(self, text: str) -> Iterator[tuple[re.Match, str]]:
        """Each quoted English part of ``text`` (EN_QUOTED_PART) that one cooperation's names hold, with that name."""
        for quoted in EN_QUOTED_PART.finditer(text):
            said = re.sub(rf"-(?:{'|'.join(KIND_SUFFIXES)})\b", " ", f"{quoted['part']} {quoted['rest']} {quoted['kind']}")
            words = [w for w in re.split(r"[\s-]+", said) if w and w not in EN_FILLERS]
            holding = {normalize(d.names.en or d.label) for d in self.cooperations
                       if any(all(_word_in(w, n) for w in words) for n in self.own[d.iri] if not HAN.search(n))}
            if len(holding) == 1:
                yield quoted, holding.pop()

    def quoted_read(self, spans: list[str], question: str) -> list[str]:
        """Those of ``spans`` (read as unknown names in ``question``) that lie in a quoted English part read as one
        cooperation's name (``_quoted_english``: "type regional practice base" of "the 'shared-type' regional practice
        base")."""
        text = normalize(question)
        read = [set(LATIN_WORDS.findall(quoted.group())) for quoted, _ in self._quoted_names(text)] if spans and not HAN.search(text) else []
        # (the span's words, as the scope reads them across the closing quotation mark: "type" "regional …")
        return [s for s in spans if any(set(LATIN_WORDS.findall(normalize(s))) <= words for words in read)]

    def _compared_pair(self, text: str, u: Understanding) -> str:
        """"双极板项目和超声悬浮项目哪个参与方多": two cooperations compared, each written as a run of
        characters of its name that no other cooperation's name holds, read as the two whole names."""
        if u.lang != "zh" or not PAIR_PICKED.search(text):
            return text
        orgs = [m.text for m in u.mentions if self._is(m.doc, ORGANIZATION) or self._is(m.doc, COOPERATION)]
        for join in PAIR_JOIN.finditer(text):
            before, after = HAN_RUN.search(text[:join.start()][::-1]), HAN_RUN.match(text, join.end())
            if before is None or after is None or before.start() or any(o in text[:join.start()][-12:] for o in orgs):
                continue
            left = self._held_run(SIDE_WORD.sub("", before.group()[::-1]), tail=True)
            right = self._held_run(after.group(), tail=False)
            if left and right and left[1] != right[1]:
                head = text[:join.start()]
                head = head[:len(head) - len(before.group())] + before.group()[::-1].replace(left[0], left[1], 1)
                return head + join.group() + text[join.end():].replace(right[0], right[1], 1)
        return text

    def _read_on(self, text: str, u: Understanding) -> str:
        """"人工智能交叉创新基地是…": a name of something else (an industry) read on by characters that, with it,
        only one cooperation's name holds: that cooperation's whole name, up to the class word closing it."""
        if u.lang != "zh":
            return text
        for mention in u.mentions:
            if self._is(mention.doc, COOPERATION) or self._is(mention.doc, ORGANIZATION) or mention.text not in text:
                continue
            at = text.find(mention.text)
            run = HAN_RUN.match(text, at + len(mention.text))
            held = self._held_run(mention.text + (run.group() if run else ""), tail=False)
            if held is None or held[1] in text or _slipped_before(text[:at], held[1], mention.text):
                continue  # "开元鸿蒙…": the name is written whole with a slip, the slip's reading (qa_renaming) answers
            rest = text[at + len(held[0]):]
            closing = NAME_CLOSE.match(rest)
            # read on by two characters or more: after the part, or before the class word closing it
            # ("人工智能交叉|创新|基地"); the part alone with a class word ("人工智能项目") stays the industry's
            more = closing.group(1) if closing else ""
            if len(held[0]) - len(mention.text) < SIDE_MIN_CHARS and not (len(more) >= SIDE_MIN_CHARS and more in held[1]):
                continue
            return text[:at] + held[1] + rest[closing.end() if closing else 0:]
        return text

    def _held_run(self, run: str, tail: bool) -> tuple[str, str] | None:
        """(the longest end of ``run`` — its tail, else its opening — that one cooperation's name holds, that
        name), or None when no end of at least SIDE_MIN_CHARS characters stands for one cooperation."""
        for k in range(len(run), SIDE_MIN_CHARS - 1, -1):
            part = run[-k:] if tail else run[:k]
            name = self.holding(part)
            if name is not None:
                return part, name
        return None

    def holding(self, part: str) -> str | None:
        """The name of the one cooperation whose Chinese names hold ``part`` (normalised); None when none or
        several do. The cooperations are those the index of names gives for ``part``, not every one."""
        # a part with Chinese is looked up by its pairs of Han characters; one without by the English words a
        # name starts with, which misses a part inside a word: then every cooperation is read
        pool = self.names.candidates(part, False) if HAN.search(part) else None
        found = None
        for iri in self.own if pool is None else (*pool, *self.unindexed):
            own = self.own.get(iri)  # None: an organisation's
            if own is None or not any(part in n for n in own if HAN.search(n)):
                continue
            if found is not None and self.whole_names[iri] != found:
                return None  # a second cooperation: no longer one
            found = self.whole_names[iri]
        return found

    def _slipped_tails(self, text: str, u: Understanding) -> str:
        """"冰山松洋压宿机": a Chinese name written in part, then the next characters of its whole name
        typed with one slip (of three or more: two would catch words, "大连机床有多…"), read as the whole name."""
        for mention in u.mentions:
            full = normalize(mention.doc.names.zh or "")
            if not HAN.search(mention.text) or mention.text not in text or mention.text not in full:
                continue
            meant = HAN_RUN.match(full, full.find(mention.text) + len(mention.text))
            typed = HAN_RUN.match(text, text.find(mention.text) + len(mention.text))
            if meant is None or typed is None:
                continue
            for k in range(min(len(meant.group()), len(typed.group())), SLIPPED_TAIL - 1, -1):
                if sum(a != b for a, b in zip(typed.group()[:k], meant.group()[:k])) == 1:
                    text = text.replace(mention.text + typed.group()[:k], full)
                    break
        return text

    def _cooperations(self, text: str, u: Understanding) -> str:
        for mention in u.mentions:
            if self._is(mention.doc, COOPERATION) or mention.text not in text:
                continue
            at = text.find(mention.text)
            end = at + len(mention.text)
            zh = bool(HAN.search(mention.text))
            pointed = ZH_POINTED.match(text, end) if zh else (EN_POINTED.match(text, end) if EN_BEFORE.search(text[:at]) else None)
            # the part as written, or as the entity it links to is named ("rural revitalisation": …ization), an
            # English one as whole words (the industry's "ai" is in no "training")
            forms = {mention.text} | {normalize(n) for n in mention.doc.name_values if bool(HAN.search(n)) == zh}
            holding = [d for d in self.cooperations
                       if any(uses(n, form) for n in self.own[d.iri] for form in forms if bool(HAN.search(n)) == zh)] if pointed else []
            if len(holding) == 1:
                name = next(normalize(n) for n in holding[0].name_values if bool(HAN.search(n)) == zh)
                text = text[:at] + name + text[pointed.end():]  # type: ignore[union-attr]
        return text

    def _english_parts(self, text: str, u: Understanding) -> str:
        if u.lang != "en":
            return text
        # names linked already are whole (a place's name may open a part: "dalian vocational college")
        linked = [m.text for m in u.mentions if not self._is(m.doc, PLACE)]
        for m in EN_PART.finditer(text):
            words = m.group().split()
            # the longest tail of the run naming one organisation ("[not with] dalian vocational college")
            for phrase in (" ".join(words[i:]) for i in range(len(words) - 1)):
                if any(name in phrase or phrase in name for name in linked):
                    break  # a part of a name linked whole ("[dalian no.1] instrument transformer group")
                if placed_in_order(phrase):
                    break  # "the first group": a place in an order
                named = {normalize(d.names.en or d.label) for name, d in self.english.get(words[-1], ())
                         if is_subsequence(phrase.split(), name)}
                if len(named) == 1:
                    text = text.replace(phrase, named.pop())
                    break
        return text

    def _english_openings(self, text: str, u: Understanding) -> str:
        """"dalian jiaotong", "gt dalian machine": two or more opening words of one organisation's English
        name (not a whole name, the whole name not written) read as that name; an opening ending in a
        topic's name ("dalian artificial intelligence") is none."""
        if u.lang != "en":
            return text
        words = text.split()
        for i in range(len(words)):
            for k in range(min(6, len(words) - i), 1, -1):
                run = tuple(w.strip(",.?!:;'") for w in words[i:i + k])
                # a plural of the name's last word ("field engineers programme") opens it too
                name = self.openings.get(run) or self.openings.get((*run[:-1], _singular(run[-1])))
                whole, kind = next(iter(name)) if name else ("", "")
                if kind and not (i + k < len(words) and words[i + k].strip(",.?!:;'") in self.kind_words[kind]):
                    continue
                phrase = " ".join(words[i:i + k]).rstrip(",.?!:;'")
                at = text.find(phrase)
                # a name linked already ("detai urban services", a place) is no opening of another
                linked = len(u.blanked) != len(text) or u.blanked[at:at + len(phrase)] != phrase
                if whole and whole not in text and not linked and not any(run[j:] in self.others for j in range(len(run))):
                    return text.replace(phrase, whole, 1)
        return text

    def _is(self, doc: EntityDoc, root: str) -> bool:
        return any(t == root or root in self.catalogue.ancestors.get(t, ()) for t in doc.types)


def _slipped_before(before: str, name: str, part: str) -> bool:
    """Whether the two characters before ``part`` in the question are the two before it in ``name`` typed
    with one slip ("开元" for 开源): the name is written whole, mistyped, not in part."""
    at = name.find(part)
    typed, meant = before[-2:], name[max(at - 2, 0):at]
    return len(typed) == len(meant) == 2 and sum(a != b for a, b in zip(typed, meant)) == 1


def _word_in(word: str, name: str) -> bool:
    """Whether ``word`` is a word of ``name`` (normalised English), or shares its first WORD_STEM letters with one."""
    return any(w == word or (len(word) > WORD_STEM and w[:WORD_STEM] == word[:WORD_STEM]) for w in re.split(r"[\s\-–—,()]+", name))


def _singular(word: str) -> str:
    """An English plural's singular by its plain ending ("engineers" → engineer); other words as they are."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _kind_words(catalogue: Catalogue, kind: str) -> frozenset[str]:
    """The single English words naming a class ("programme", "plan") among its labels and aliases."""
    names = catalogue.classes.get(kind)
    said = [names.en or "", *names.aliases] if names else []
    return frozenset(w for w in map(normalize, said) if w.isascii() and " " not in w and w)
