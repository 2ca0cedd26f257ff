"""The reading's lexicon: the class words and entity names of one catalogue, and how they are found
in a question (longest first, Chinese as substrings, Latin on word boundaries).

Everything is read off the graph: the class words are the zh/en labels and alt labels of the
ontology's answerable classes, the names the labels, aliases, pinyin and initials of the search
catalogue's entities. The parse (search/understand.py) and the later stages look words up here.
"""

from __future__ import annotations

import functools
import re

from graph.han import HAN as CJK
from search.documents import CJ, Catalogue
from search.kind_mentions import kind_mentions
from search.pinyin_names import initial_names, pinyin_names
from search.qa_graph import ORGANIZATION, of_kinds
from search.qa_cues import LARGEST_WORDS, MOST_WORDS, SAME_WORDS, SIDE_ASKING, SMALLEST_WORDS
from search.qa_memo import once
from search.text import longest_first, normalize
from search.understand_words import (COUNT_WORDS, MEASURE_WORDS, RELATION_WORDS, STOP_WORDS, WH_WORDS, WHEN_WORDS,
                                     WHERE_WORDS, WHO_WORDS, ZH_OTHER_WORDS)
from search.wording import LATIN_HYPHEN


# Acronyms spelled like everyday English words ("IT"): a question read in lower case uses the word
# ("which project is it in?"), so these never link by themselves.
PLAIN_WORD_ACRONYMS = frozenset({"it", "us", "as", "is", "at", "in", "on", "or", "an", "am", "be", "by", "do", "go",
                                 "he", "me", "we", "no", "so", "to", "of", "up", "if"})
COUNTED = re.compile(rf"[一两二三四五六七八九十几]+[{MEASURE_WORDS}]")
# Words between a which-word and the class word it asks for that only pick among its instances: "which other
# universities", "which two offices", "哪些其他高校", "哪几所别的大学" ask for universities, offices, 高校.
PICKING = re.compile(r"(?:(?:other|another|else|more|further|remaining|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)+"
                     rf"|(?:{'|'.join(ZH_OTHER_WORDS)})的?")
# Corporate suffixes: a name is also recognised without them ("GT Dalian Machine Tool").
SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", " co., ltd.", " co.,ltd.", " co. ltd.",
            " company limited", " co., ltd", " corporation", " limited", " group")


class Lexicon:
    """Class words and entity names of one catalogue, longest first for greedy matching."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.class_words = _class_words(catalogue)
        self.names: dict[str, set[int]] = {}
        self.plain_acronyms: dict[str, str] = {}  # "IT" → "information technology": linked only as written
        for i, doc in enumerate(catalogue.docs):
            for name in doc.name_values:
                # Latin names need three letters, unless written as an acronym (AI, EV).
                shortest = 2 if CJK.search(name) or name.isupper() else 3
                if name.lower() in PLAIN_WORD_ACRONYMS:
                    self.plain_acronyms[name] = normalize(doc.names.en or doc.label)
                    continue
                for form in sorted(_forms(name)):  # (a set: sorted, equal-length names rank alike in every process)
                    if len(form) >= shortest:
                        self.names.setdefault(form, set()).add(i)
        for name, i in {**initial_names(catalogue), **pinyin_names(catalogue)}.items():
            self.names.setdefault(name, {i})
        # A question is matched only against the names that can begin in it (by their first two
        # characters), longest first, and a name's regex is compiled the first time it is tried:
        # compiling them all took 3 s at 10x the seed, and trying them all grows with the graph.
        self._rank = {n: i for i, n in enumerate(sorted(self.names, key=len, reverse=True))}
        self._by_head: dict[str, list[str]] = {}
        for name in self._rank:
            self._by_head.setdefault(name[:2], []).append(name)
        self._regexes: dict[str, re.Pattern] = {}
        self._class_by_length = sorted(self.class_words, key=len, reverse=True)
        # The class words by their first character, each list longest first: a word can only begin where
        # that character is written, and trying every class word at every position was ~1 ms a call.
        self._class_by_head: dict[str, list[str]] = {}
        for word in self._class_by_length:
            self._class_by_head.setdefault(word[0], []).append(word)
        self._class_rank = {w: i for i, w in enumerate(self._class_by_length)}
        fixed = (*WHERE_WORDS, *WHEN_WORDS, *COUNT_WORDS, *WHO_WORDS, *WH_WORDS, *RELATION_WORDS, *STOP_WORDS, *MOST_WORDS, *SAME_WORDS,
                 *LARGEST_WORDS, *SMALLEST_WORDS, *SIDE_ASKING,  # a superlative or a side asked ("阵容最庞大", "最长") names no topic
                 *(w for w in self.class_words if len(w) > 1))
        self.vocabulary = frozenset(fixed)  # the words the reading knows besides names
        # each word beside its pattern: a pattern can only match where its word is written (tested first)
        self.removable = [(w, re.compile(_pattern(w))) for w in longest_first(self.vocabulary)]

    def acronyms_spelled_out(self, question: str, text: str) -> str:
        """``text`` (the normalised question) with the plain-word acronyms the question writes in capitals
        ("about IT") replaced by their entity's name; the lower-case word ("is it in") is left alone."""
        for acronym, name in self.plain_acronyms.items():
            if re.search(rf"(?<![A-Za-z]){acronym}(?![A-Za-z])", question):
                text = re.sub(rf"(?<![a-z]){acronym.lower()}(?![a-z])", name, text)
        return text

    def find_names(self, text: str) -> tuple[list[tuple[int, int, str]], str]:
        """Non-overlapping name occurrences (start, end, name), longest first; and the text with them blanked."""
        found = []
        heads = {text[i:i + 2] for i in range(len(text) - 1)}
        for name in sorted((n for head in heads for n in self._by_head.get(head, ())), key=self._rank.__getitem__):
            if name not in text:
                continue
            pattern = self._regexes.get(name) or self._regexes.setdefault(name, re.compile(_pattern(name)))
            for m in pattern.finditer(text):
                if self._heads_kind(text, m.start(), name):
                    continue  # "职教中心" is a kind of organisation, not the industry 职教 and a centre
                found.append((m.start(), m.end(), name))
                text = text[: m.start()] + " " * len(name) + text[m.end():]
        return sorted(found), text

    def _heads_kind(self, text: str, start: int, name: str) -> bool:
        """Whether a longer Chinese class word begins where the name does (the name only heads it), or a longer
        English one holds the name ("secondary and higher education institutions" are no industry's)."""
        if CJK.match(name):
            return any(len(w) > len(name) and text.startswith(w, start) for w in self._class_by_head.get(text[start:start + 1], ()))
        # (the substring test first: a word not written anywhere in the text covers nothing)
        return any(len(w) > len(name) and self._covers(text, w, start, start + len(name))
                   for w in self._class_by_length if w in text)

    @staticmethod
    def _covers(text: str, word: str, start: int, end: int) -> bool:
        """Whether an English ``word`` is written in ``text`` as a whole word over ``start``..``end``."""
        at = text.find(word, max(0, end - len(word)), start + len(word))
        return 0 <= at <= start and (at == 0 or not text[at - 1].isalnum()) and _ends_word(text, at + len(word))

    def class_word_at(self, text: str, start: int) -> str | None:
        """The longest class word beginning at ``start`` (after an optional measure word)."""
        rest = text[start:].lstrip()
        # A measure word may itself open a class word ("项目"): try the text as it is first.
        counted = COUNTED.match(rest)  # "哪两所大学": a number and its measure word before the class word
        tries: tuple[str, ...] = (rest, rest[1:].lstrip()) if rest[:1] and rest[0] in MEASURE_WORDS else \
            (rest, rest[counted.end():].lstrip()) if counted else (rest,)
        if picking := PICKING.match(tries[-1]):
            tries += (tries[-1][picking.end():].lstrip(),)
        # the longest reading wins, the text as it is on a tie: "几个人才培养类项目" counts 人才培养类项目, not 个人
        found = [next((w for w in self._class_by_head.get(text_at[:1], ())
                       if text_at.startswith(w) and (CJK.search(w) or _ends_word(text_at, len(w)))), "") for text_at in tries]
        return max(found, key=len) or None

    def class_words_in(self, text: str) -> list[str]:
        # the substring test first: a word's pattern only adds word boundaries to it, and running
        # every class word's pattern was 4 ms a call, several calls a question
        heads = {ch for ch in text if ch in self._class_by_head}
        written = sorted((w for ch in heads for w in self._class_by_head[ch] if w in text), key=self._class_rank.__getitem__)
        return [w for w in written if word_regex(w).search(text)]


def _class_words(catalogue: Catalogue) -> dict[str, set[str]]:
    """Each word of an answerable class (its labels and aliases, in their forms) → the classes it names."""
    class_words: dict[str, set[str]] = {}
    for iri, names in catalogue.classes.items():
        if not answerable(iri, catalogue):
            continue
        for word in names.values:
            # "基地类项目" is also said "基地类": a kind of project named by its kind alone; and
            # "基地项目" is also said "基地项目类": the kind of those projects
            kind = normalize(word)[:-2] if normalize(word).endswith("类项目") else ""
            kind = kind or (normalize(word) + "类" if re.fullmatch(r"\w{2,}项目", normalize(word)) else "")
            # "the tech innovation ones": an English kind of project of two words or more named by them alone
            head = re.fullmatch(r"([a-z]+(?:[ -][a-z]+)+) projects?", normalize(word))
            kind = kind or (head.group(1) if head else "")
            # "base-type projects": an English kind of project said with "type", as 基地项目类 is with 类
            typed = re.fullmatch(r"([a-z][a-z -]*?) projects?", normalize(word))
            kind_typed = _forms(typed.group(1) + " type project") if typed else set()
            for form in _forms(word) | kind_typed | (_forms(kind) if len(kind) > 2 else set()):
                class_words.setdefault(form, set()).add(iri)
    for form, iri in _kinds_said_otherwise(catalogue):
        class_words.setdefault(form, set()).add(iri)
    class_words.update(_sides(class_words, catalogue))
    # "the innovation category", 研发类, 培养人才那一类: a kind of project by one word of it (search.kind_mentions)
    for mention, iri in kind_mentions(_project_kinds(catalogue)):
        for form in _forms(mention):
            class_words.setdefault(form, set()).add(iri)
    # by word: the forms came from sets, in the order of the hash seed each process draws (the longest-first list
    # of them kept equal-length words in that order)
    return dict(sorted(class_words.items()))


# The word for one side of a deal, said after a kind of organisation ("企业方", "高校方").
SIDE = "方"
ORGANIZATIONS = frozenset({ORGANIZATION})


def _sides(class_words: dict[str, set[str]], catalogue: Catalogue) -> dict[str, set[str]]:
    """"企业方", "高校方": a Chinese word of a kind of organisation with 方 after it names the same classes, written
    whole so that "高校方" is read as 高校 and not as 校方 with a stray 高; words already held keep their classes
    ("合作方" is a party, not the cooperation 合作 names)."""
    return {word + SIDE: set(iris) for word, iris in class_words.items() if CJK.search(word) and not word.endswith(SIDE)
            and word + SIDE not in class_words and of_kinds(iris, ORGANIZATIONS, catalogue.ancestors)}


# The words an English kind is said with beside its own ("R&D-category deals", "talent-track projects").
KIND_MARKERS = ("type", "category", "track", "class", "kind")
PROJECT_CLASS = f"{CJ}CooperationProject"


def _kinds_said_otherwise(catalogue: Catalogue) -> list[tuple[str, str]]:
    """(form, class) for the English kinds of project said with another one-word noun of the project class
    ("agreement": "R&D agreements") or with "ones" ("the R&D ones"), or by the kind's own first word and a word for a kind ("talent-track
    deals", "R&D-category projects") when that first word opens no other kind's name."""
    names = catalogue.classes.get(PROJECT_CLASS)
    nouns = sorted({normalize(n) for n in ((names.en, *names.aliases) if names else ()) if re.fullmatch(r"[a-z]+", normalize(n))})
    kinds = [(iri, m.group(1)) for iri, n in catalogue.classes.items() if PROJECT_CLASS in catalogue.ancestors.get(iri, ())
             for word in (n.en, *n.aliases) if (m := re.fullmatch(r"([a-z][a-z& -]*?) projects?", LATIN_HYPHEN.sub(" ", normalize(word))))]
    opened: dict[str, set[str]] = {}
    for iri, kind in kinds:
        opened.setdefault(kind.split()[0], set()).add(iri)
    nouns += ["one"]  # "the R&D ones": a project of the kind, pointed at
    found = [(form, iri) for iri, kind in kinds for noun in nouns for form in _forms(f"{kind} {noun}")]
    # "the technological innovation category (of deals)": a kind's whole words with a word for a kind name it too
    found += [(form, iri) for iri, kind in kinds for marker in KIND_MARKERS for noun in ("", *nouns)
              for form in _forms(f"{kind} {marker} {noun}".strip())]
    return found + [(form, next(iter(iris))) for first, iris in opened.items() if len(iris) == 1
                    for marker in KIND_MARKERS for noun in ("", *nouns) for form in _forms(f"{first} {marker} {noun}".strip())]


def _project_kinds(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """Each kind of project (a class under the project class) → its labels and aliases."""
    return {iri: (n.zh, n.en or "", *n.aliases) for iri, n in catalogue.classes.items()
            if PROJECT_CLASS in catalogue.ancestors.get(iri, ())}


ANSWER_ROOTS = tuple(f"{CJ}{n}" for n in ("Organization", "Cooperation", "Person", "Position", "TrainingProgramme",
                                          "Industry", "Event", "Consortium"))


def answerable(iri: str, catalogue: Catalogue) -> bool:
    """Whether a class is a kind of thing questions ask for (not a figure or a helper node)."""
    return iri in ANSWER_ROOTS or bool(catalogue.ancestors.get(iri, frozenset()) & set(ANSWER_ROOTS))


def _ends_word(text: str, end: int) -> bool:
    return end == len(text) or not text[end].isalnum()


@functools.lru_cache(maxsize=8192)
def word_regex(name: str) -> re.Pattern:
    """The compiled pattern of a word: the reading tries hundreds of words per question, more than the
    re module's own cache holds (512), which then recompiled them on every question."""
    return re.compile(_pattern(name))


def word_written(word: str, text: str) -> bool:
    """Whether ``word`` is written in ``text`` as its word_regex reads it; the substring test first, as the
    pattern only adds word boundaries to the word and most words tried are not in the text at all."""
    return word in text and word_regex(word).search(text) is not None


def _pattern(name: str) -> str:
    """A regex for a name: as a substring in Chinese, on word boundaries in Latin script."""
    escaped = re.escape(name)
    return escaped if CJK.search(name) else rf"(?<![a-z0-9]){escaped}(?![a-z0-9])"


def _forms(name: str) -> set[str]:
    """A name normalised, plus its English plural, its form without a corporate suffix, its form with
    its Latin hyphens read as spaces (as the reading reads a question's) and, for a Latin "-ological"
    word, the "-ology" noun used as a modifier ("technological innovation" is "technology innovation")."""
    norm = normalize(name)
    if not norm:
        return set()
    forms = {norm, LATIN_HYPHEN.sub(" ", norm)}
    forms |= {re.sub(r"ological\b", "ology", f) for f in forms}
    for suffix in SUFFIXES:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            forms.add(norm[: -len(suffix)].strip(" ,"))
    if not CJK.search(norm) and norm[-1].isalpha():
        plural = "es" if norm.endswith(("s", "x", "ch", "sh")) else "s"  # business → businesses
        forms |= {f[:-1] + "ies" if f.endswith("y") else f + plural for f in forms if f[-1:].isalpha()}
    return forms


def class_word_spans(text: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """Non-overlapping class words of the text, longest first, in text order."""
    return list(_class_word_spans(text, lexicon))


@once  # some forty readings look for the class words of the same few texts: once an answer (search.qa_memo)
def _class_word_spans(text: str, lexicon: Lexicon) -> tuple[tuple[int, str], ...]:
    taken, spans = [False] * len(text), []
    for word in lexicon.class_words_in(text):
        for m in word_regex(word).finditer(text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                spans.append((m.start(), word))
    return tuple(sorted(spans))

