"""Closed-world scope: the name-like spans of a question that the graph does not hold.

A question about an organisation, place or consortium the graph does not know must not be
answered with the facts of the entities it does know ("深圳职业技术大学和哪些企业合作" is not
about Dalian). This stage finds every span shaped like a name — a Chinese run ending in a
name suffix (大学, 公司, 联合体, 市, 区 …; search/qa_spans.py reads them) or a run of capitalised
English words — and keeps those the graph's names do not account for. The answerer then answers "the graph holds
nothing about X" instead of dropping X.

A Chinese span is accounted for when its first two characters occur together in one of the
graph's names and the whole span is a subsequence of that name (金普新区产教联合体 is a
shortening of 大连金普新区(大连经济技术开发区)市域产教联合体; 上海交通大学 is no shortening of
大连交通大学). An English span is accounted for when each of its words occurs in one name.

A year is a scope too: a question about a year none of the graph's dates falls in ("2019年联合体有多少
成员", "in 2021") is about facts the graph does not hold, as the figures it holds are of other years.

The closed word tables this stage reads by (English name suffixes, function and modifier words) are
search/scope_words.py's, shared with the readings that tell a name from a question's own word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from graph.han import HAN, HAN_CHARS, HAN_RUN
from search import pinyin
from search.documents import Catalogue
from search.name_table import ChineseNames, EnglishNames
from search.qa_graph import INDUSTRY, ORGANIZATION
from search.qa_aggregate import MEASURE_NOUNS
from search.qa_cut_names import SLIP_MAX_SHARE, cut_names
from search.qa_english_names import EnglishSlots, title_case
from search.qa_genitive import of_held
from search.qa_memo import once
from search.qa_spans import (BODY_SUFFIXES, ORG_TAG, SCHOOL_SUFFIXES, STOP_TAGS, ZH_CUTS, ZH_SUFFIXES, ZH_SUFFIXES_LONGEST, Tagged,
                             project_spans, tagged_names, tagged_words, zh_spans)
from search.qa_values import MONTH_WORDS, dates_in
from search.scope_words import (CONTENT_TAGS, EN_ABBREVIATIONS, EN_FUNCTION, EN_MODIFIERS, EN_SUFFIX_WORDS,
                                 EN_TYPO_LETTERS)
from search.text import LATIN_WORD, normalize

POSSESSIVE_END = re.compile(r"['’]s?$")
# The English suffixes of schools (qa_spans.SCHOOL_SUFFIXES).
EN_SCHOOL_SUFFIXES = frozenset({"university", "college", "institute", "polytechnic", "school", "academy"})
# How many lowercase words before a name suffix are read as part of the name at most.
EN_NAME_WORDS = 5
EN_SUFFIX = rf"(?i:{'|'.join(EN_SUFFIX_WORDS)})"
EN_LOWER_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z'’]*")
# Letters of an English name: Latin only, so a name typed next to Chinese ("Hunnan有多少成员") ends there.
EN_LETTERS = "A-Za-z0-9"
# A school's name goes on after "of" ("… University of Foreign Languages"); a company's ends with its legal forms.
EN_LEGAL_TAIL = r"(?:\.?,?\s+(?:Co|Ltd|Inc|Corp|Limited|LLC|Plc)\b\.?)*"
EN_AFTER_SUFFIX = rf"(?:\s+of\s+(?:the\s+)?[A-Z][{EN_LETTERS}'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][{EN_LETTERS}'’-]*)*)?{EN_LEGAL_TAIL}"
# (a possessive ends a name: "Dong Jianjun's company" is his company, no name)
EN_NAME_WORD = rf"[A-Z][{EN_LETTERS}&'’-]*(?<!['’]s)(?<!['’])\s+"
EN_NAME = re.compile(rf"\b(?:{EN_NAME_WORD})+(?:(?:of|and|&)\s+)?(?:{EN_NAME_WORD})*"
                     rf"{EN_SUFFIX}\b{EN_AFTER_SUFFIX}|\b{EN_SUFFIX}\s+of\s+(?:[A-Z][{EN_LETTERS}'’-]*\s*)+")
# A kind of place written in lower case after a place's name: a place lying in that one, no name of its own.
PLACE_KIND_AFTER = re.compile(r"\s+(?:city|cities|district|districts|county|counties|town|towns)$")
# An English name written as its kind, "of" and what tells it from the others of that kind ("Ministry of Finance",
# "General Office of the Provincial Government"): group 1 the kind's word, the rest capitalised; it ends at "and", which
# joins a second name ("the General Office of the CPC Central Committee and the General Office of the State Council").
EN_KIND_OF = re.compile(rf"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?[A-Z][{EN_LETTERS}'’-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][{EN_LETTERS}'’-]*)*")
POSSESSIVE_SPLIT = re.compile(r"['’]s?(?:\s+|$)")
# (a capital after "&" goes on a word, no name of its own: the "D-type" of "R&D-type agreements")
EN_CAPITALISED = re.compile(rf"(?<![{EN_LETTERS}&])([A-Z][{EN_LETTERS}'’-]*(?:\s+[A-Z][{EN_LETTERS}'’-]*)*{EN_LEGAL_TAIL})")
# Every date the graph states: of events, figures, posts and documents (a period in words, "2023年年末", too).
# A year a question is about: "2019年", "2023一年", "2023全年" (not "2025年前", "2020年以来": a span of years, which may
# reach the graph's) or "in 2021", "in May 2021"; a year elsewhere ("before 2025", "2,000 people") is no scope.
ASKED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[一全整]\s*)?年(?!\s*(?:前|以前|之前|后|以后|之后|以来|起|至|到|-|—|~))"
                        rf"|\b(?:in|during|year|of)\s+(?:(?:calendar|fiscal)\s+)?(?:(?:{MONTH_WORDS})\s+(?:\d{{1,2}},?\s+)?)?((?:19|20)\d{{2}})\b"
                        r"(?!\s*(?:-|–|to|and)\s*\d)", re.IGNORECASE)


class Scope:
    """The graph's names, to tell whether a name-like span of a question is one it holds."""

    def __init__(self, catalogue: Catalogue, labels: tuple[str, ...] = (), dates: tuple[str, ...] | None = None,
                 words: frozenset[str] = frozenset(), spelled_name: Callable[[str], bool] | None = None,
                 places: frozenset[str] = frozenset()):
        """``labels``: the graph's other labels (places, documents, events) besides the catalogue's names;
        ``dates``: the values of the graph's dates (search.qa_facts: ``held_dates``), or None to leave years unchecked;
        ``words``: the reading's own words (search.understand_lexicon.Lexicon.vocabulary); ``spelled_name``:
        whether a word typed in pinyin starts a word of one of the graph's names (search's name matcher),
        or None to leave questions typed in pinyin unchecked; ``places``: the places' names, normalised."""
        self.words, self.spelled_name, self.places = words, spelled_name, places
        self.years = None if dates is None else frozenset(d[:4] for v in dates for d in dates_in(str(v)))
        names = [n for d in catalogue.docs for n in d.name_values] + list(labels)
        self.zh_names = sorted({normalize(n) for n in names if HAN.search(n)})
        self.zh_held_or_unsuffixed = frozenset(self.zh_names) | {n[:-1] for n in self.zh_names}  # looked up, never scanned
        self.zh_industries = frozenset(normalize(n) for d in catalogue.docs if INDUSTRY in d.types
                                       for n in d.name_values if HAN.search(n))
        self.en_names = [set(LATIN_WORD.findall(normalize(n))) for n in names if not HAN.search(n)]
        # looked up by character or word, never scanned: 7k Chinese and 18.5k English names at 100x the seed (search.name_table)
        self.zh_table, self.en_table = ChineseNames(self.zh_names), EnglishNames(self.en_names)
        # the characters the graph's organisations' names end in, their kinds (部 of 教育部, 厅 of 办公厅, 学 of 大学)
        self.zh_org_ends = frozenset(normalize(d.label)[-1:] for d in catalogue.docs if ORGANIZATION in d.types and HAN.search(d.label))
        # the words the graph's organisations are named by before "of" (Ministry of Education, General Office of …)
        self.en_kinds = frozenset(m.group(1).lower() for d in catalogue.docs if ORGANIZATION in d.types
                                  for n in d.name_values for m in EN_KIND_OF.finditer(n)) | frozenset(EN_SUFFIX_WORDS)
        self.en_vocabulary = set().union(*self.en_names) if self.en_names else set()
        # class words ("项目", "企业") are the question's words, not part of a name before a suffix
        self.zh_cuts = list(ZH_CUTS)
        for class_names in catalogue.classes.values():
            for word in class_names.values:
                self.en_vocabulary |= set(LATIN_WORD.findall(normalize(word)))
                if re.fullmatch(rf"[{HAN_CHARS}]{{2,}}", normalize(word)) and normalize(word) not in ZH_SUFFIXES:
                    self.zh_cuts.append(normalize(word))
        self.zh_cuts.sort(key=len, reverse=True)
        self.en_spellable = self.en_vocabulary | EN_FUNCTION  # what an English typo may be a slip of
        # the first of two as near is the one corrected to: the same in every process (a set's order is its hash seed's)
        self.en_spellable_sorted = tuple(sorted(self.en_spellable))
        self.en_plain = self.en_spellable | EN_MODIFIERS | {w for w in words if w.isascii()}
        self.english = EnglishSlots(self.plain, EN_FUNCTION | EN_MODIFIERS, frozenset(w for w in words if w.isascii()),
                                    frozenset(EN_SUFFIX_WORDS))

    def unknown_names(self, question: str, blanked: str | None = None, read: str | None = None) -> list[str]:
        """The name-like spans of ``question`` the graph holds nothing about, in question order.

        ``blanked`` is the normalised question with the names already linked blanked out, ``read`` that
        question before blanking (the parse's, Understanding.question). The
        tagger reads all of it (a millisecond): a place the reading takes for no topic of its own
        ("成都的产教联合体是什么时候获批的") is still a scope. A question in Title Case ("Who Is The Partner Of
        Baidu") marks no name by its capitals: it is read as typed in lower case (search.qa_english_names)."""
        question = question.lower() if title_case(question) else question
        text = blanked if blanked is not None else normalize(question)
        tagged = tagged_words(text)
        stops = {start + len(word) for word, tag, start in tagged if tag in STOP_TAGS}
        found = [span for span in zh_spans(text, self.zh_cuts, stops, self.words) if not self._zh_known(span)]
        # a tagged name without a suffix may be a loose short form ("大交大"): any subsequence is known
        found += [span for span in tagged_names(tagged, self.zh_cuts, self.words) if not self.zh_table.any_subsequence(span)]
        # a project's name reads on through a verb the tagger cut from a word of the graph's names ("产|教|融合")
        inside = {at for at in stops if self.zh_table.any_holding(text[at - 1:at + 1])}
        found += [span for span in project_spans(text, tagged, stops - inside) if not self._project_known(span, tagged)]
        found += [name for span in _en_spans(question) for name in self._en_unheld(span)] + self._en_kind_of_names(question)
        found += self._en_lowercase_names(question, text) + self._pinyin_names(text) + self._split_names(read or text, text)
        found += self._cut_names(read or text, text)
        found += self._en_slot_names(read or text, text)
        found = list(dict.fromkeys(found + self._unknown_years(text)))
        # 苏州 is named by 苏州工业园区, "professor" by "Professor Zhao Lei"; a name found twice is named as first written
        return [s for i, s in enumerate(found)
                if not any(s.lower() in o.lower() and (s.lower() != o.lower() or j < i) for j, o in enumerate(found) if j != i)]

    def _en_kind_of_names(self, question: str) -> list[str]:
        """English names written as a kind the graph's organisations are named by, "of" and capitalised words ("Ministry
        of Finance") that no one name of the graph's holds every word of: each word held by some name (Ministry by the
        Ministry of Education, Finance by the University of Finance and Economics) accounts for no such name."""
        spans = [m.group(0) for m in EN_KIND_OF.finditer(question) if m.group(1).lower() in self.en_kinds]
        return [s for s in spans if not self.en_table.any_holding_all(set(LATIN_WORD.findall(normalize(s))) - EN_FUNCTION)]

    def _en_slot_names(self, read: str, blanked: str) -> list[str]:
        """The lowercase names of an English question read from where they stand (search.qa_english_names)
        that the graph does not hold."""
        if HAN.search(read) or self._typed_in_pinyin(LATIN_WORD.findall(read)):
            return []  # Chinese, or typed in pinyin
        return [name for span in self.english.spans(read, blanked) for name in self._en_unheld(span)]

    def _en_unheld(self, span: str) -> list[str]:
        """What of an English name-like span the graph does not hold: nothing, the span, or of two names
        ("tencent and dalian university") the ones not held, of a person's name before an organisation's
        ("Chen Jing of Dalian University of Technology") the person's."""
        if self._en_known(span):
            return []
        parts = re.split(r"\s+(?:and|&)\s+", span)
        unheld = [p for p in parts if not self._en_known(p)]
        if len(unheld) < len(parts):
            return unheld
        if of_held(span, self._en_known, self.places):  # "the partner university of X": X's (search.qa_genitive)
            return []
        person, of, organisation = span.partition(" of ")
        if of and not _suffixed(person) and _suffixed(organisation) and self._en_known(organisation):
            return [person]
        return [span]

    def _split_names(self, whole: str, blanked: str) -> list[str]:
        """Names the reading cut in two by linking an industry's word inside them ("大连软件职业学院": 软件,
        and 大连 and 职业学院 each look held; "辽宁氢能产业联合体"): the spans of the ``whole`` question no held
        name accounts for whose own characters, besides the word and the suffix, are two or more. A
        held name before the word only places a kind ("新能源汽车公司", "大连新能源公司" are kinds of company),
        except before a body's suffix (the graph's one consortium has no industry in its name) or a
        school's ("大连新能源学院" names a college, as colleges are named by place and field)."""
        if whole == blanked:
            return []
        stops = {start + len(word) for word, tag, start in tagged_words(whole) if tag in STOP_TAGS}
        spans = []
        for span in zh_spans(whole, ZH_CUTS, stops):  # a class word inside a linked word cuts nothing ("氢能产业")
            suffix = next(s for s in ZH_SUFFIXES_LONGEST if span.endswith(s))
            left = re.search("".join(f"(?:{re.escape(ch)}| )" for ch in span), blanked)
            if left is None or not left.group().endswith(suffix) or not self._industries_blanked(span, left.group()):
                continue
            head, _, rest = left.group().partition(" ")
            body = suffix in BODY_SUFFIXES or suffix in SCHOOL_SUFFIXES
            own = rest.replace(" ", "")[:-len(suffix)] + ("" if self._held_or_unsuffixed(head) and not body else head)
            if (body or (head and len(own) >= 2)) and not self._zh_known(span):
                spans.append(span)
        return spans

    def _cut_names(self, whole: str, blanked: str) -> list[str]:
        """Names the tagger reads whole in the ``whole`` question, a part of which the reading linked (blanked in
        ``blanked``) and that are no slip of the part linked and name another organisation (search.qa_cut_names:
        "辽宁省教育厅", "教育部办公厅"; not "大连机床有限责仁公司" nor "新能源汽车公司")."""
        if whole == blanked:
            return []
        tagged = tagged_words(whole)
        organisations = [word for word, tag, _ in tagged if tag == ORG_TAG]
        return cut_names(whole, blanked, tagged_names(tagged, self.zh_cuts, self.words), self.zh_table.any_subsequence,
                         lambda name: name[-1] in self.zh_org_ends or any(w.endswith(name) for w in organisations),
                         SLIP_MAX_SHARE)  # (the kept scope tables are built apart from QAConfig: its default)

    def _industries_blanked(self, span: str, left: str) -> bool:
        """Whether the words the reading linked inside ``span`` (blanked in ``left``, its blanked text) are
        all industries' names, and there is one."""
        words = [span[m.start():m.end()] for m in re.finditer(r" +", left)]
        return bool(words) and all(w in self.zh_industries for w in words)

    def _held_or_unsuffixed(self, name: str) -> bool:
        """Whether ``name`` is one of the graph's names, or one without its last character ("大连" of 大连市)."""
        return name in self.zh_held_or_unsuffixed

    def _en_lowercase_names(self, question: str, blanked: str) -> list[str]:
        """Lowercase words before an English name suffix that no word of the graph's or the reading's
        accounts for, with the suffix ("the shenyang hunnan consortium" → "shenyang hunnan consortium")."""
        return [span for clause in re.split(r"[,;:?!]", question) for span in self._en_lowercase_in(clause, blanked)]

    def _en_lowercase_in(self, clause: str, blanked: str) -> list[str]:
        """_en_lowercase_names in one clause: a name never reads on over a comma ("projects, dalian university")."""
        words = [m.group() for m in EN_LOWER_WORD.finditer(clause)]
        spans = []
        for i, word in enumerate(words):
            if word.lower() not in EN_SUFFIX_WORDS:
                continue
            # read leftwards over the name's words, plain ones too ("robotics industry education
            # community"), to a function word or a modifier; the name opens at its first word the graph does not hold
            start = i
            while start > max(0, i - EN_NAME_WORDS) and words[start - 1].islower() and \
                    words[start - 1] not in EN_FUNCTION | EN_MODIFIERS and not POSSESSIVE_END.search(words[start - 1]):
                start -= 1
            opened = start
            while start < i and self._en_plain(words[start]):
                start += 1
            if start < i or self._en_school_unheld(words[opened:i + 1], words[i + 1:i + 2], blanked):
                spans.append(" ".join(words[opened if start == i else start:i + 1]))
        return spans

    def _en_school_unheld(self, words: list[str], after: list[str], blanked: str) -> bool:
        """Whether a school's name of the graph's words, two or more before its suffix, is one no name
        holds all the words of ("dalian software vocational college": schools are named by place and
        field, so the words are each held and the name is not; the Chinese kind: _split_names). Not
        when the reading linked its suffix into a name (it is left in ``blanked``, the normalised
        question with the names linked blanked out), a possessive is in it ("guochuang hydrogen's
        university") or another suffix ends it ("… industry college project")."""
        lowered = [w.lower() for w in words]
        return len(words) >= 3 and lowered[-1] in EN_SCHOOL_SUFFIXES \
            and re.search(rf"(?<![a-z]){lowered[-1]}(?![a-z])", blanked) is not None \
            and not any(after_word.lower() in EN_SUFFIX_WORDS for after_word in after) \
            and not any(POSSESSIVE_END.search(w) for w in lowered) and not self.en_table.any_holding_all(set(lowered))

    def _pinyin_names(self, text: str) -> list[str]:
        """In a question (``text``, normalised) typed in pinyin ("shenyang hunnan lianheti you duoshao chengyuan"), the runs of
        words of two syllables or more that neither read as one of the reading's words (duoshao, 多少)
        nor start a word of one of the graph's names (lianheti, 联合体)."""
        spelled_name = self.spelled_name
        words = [] if HAN.search(text) or spelled_name is None else LATIN_WORD.findall(text)
        if spelled_name is None or not self._typed_in_pinyin(words):
            return []  # an English question: its words are no pinyin
        unknown = [w not in pinyin.syllables() and w not in self.en_plain and w not in self._reading_sounds
                   and not spelled_name(w) for w in words]
        runs = re.split(r"\n+", "".join(w if u else "\n" for w, u in zip([f"{w} " for w in words], unknown)))
        return [run.strip() for run in runs if run.strip()]

    @staticmethod
    def _typed_in_pinyin(words: list[str]) -> bool:
        """Whether a question's Latin ``words`` are half or more spelled in pinyin and none is an English question
        word no syllable spells: typed in pinyin, not English ("who is li ming", "is wang ming a professor")."""
        return bool(words) and 2 * sum(pinyin.spelled_out(w, prefix=False) for w in words) >= len(words) and \
            not any(w in EN_FUNCTION and not pinyin.spelled_out(w, prefix=False) for w in words)

    @cached_property
    def _reading_sounds(self) -> frozenset[str]:
        """The reading's Chinese words as typed in pinyin, and each run of two syllables or more in them
        (成员单位: chengyuandanwei, chengyuan, danwei …); made on the first question typed in pinyin."""
        sounds = set()
        for word in {*self.words, *self.zh_cuts}:
            said = [syllable for _, syllable in pinyin.units(word)] if HAN.search(word) else []
            sounds |= {"".join(said[i:j]) for i in range(len(said)) for j in range(i + 2, len(said) + 1)}
        return frozenset(sounds)

    def held(self, span: str) -> bool:
        """Whether the graph holds a name-like span: a Chinese one as a shortening of a name, an English one word by word."""
        return self._zh_known(span) if HAN.search(span) else self._en_known(span)

    def plain(self, word: str) -> bool:
        """Whether a lower-case English word is a word of the graph's names or of the reading's (or a slip of one)."""
        return self._en_plain(word)

    def _en_plain(self, word: str) -> bool:
        """Whether a lowercase word is a word of the graph's or of the reading's (a slip of one too), or a
        superlative ("largest")."""
        return word in self.en_plain or self._spelled(word) in self.en_plain or (len(word) > 4 and word.endswith("est"))

    def _unknown_years(self, text: str) -> list[str]:
        """The years ``text`` (the normalised question) is about that none of the graph's dates falls in ("2019年", "2021")."""
        if self.years is None:
            return []
        asked = [m.group(0).strip() for m in ASKED_YEAR.finditer(text) if _year(m) not in self.years]
        return [re.sub(r"^\D+", "", span) for span in asked]  # "in 2021" names the year, 2021

    def _project_known(self, span: str, tagged: Tagged) -> bool:
        """Whether a project-shaped span is held: a shortening of a name, or each content word the tagger
        reads in it is part of one of the graph's names or a word of the reading's ("数字人才实训中心"), or it is one
        ("科创项目": a class's own label)."""
        if self._zh_known(span) or span in self.words:
            return True
        words = [w for w, tag, _ in tagged if tag in CONTENT_TAGS and w in span and len(w) >= 2 and HAN_RUN.fullmatch(w)]
        return all(w in self.words or w in self.zh_cuts or self.zh_table.any_holding(w) for w in words)

    def _zh_known(self, span: str) -> bool:
        return self.zh_table.any_shortening(span)

    def _en_known(self, span: str) -> bool:
        parts = re.split(r"\s+(?:and|&)\s+", span)
        if len(parts) > 1:  # "Guochuang Hydrogen and Dalian Jiaotong University": two names
            return all(self._en_known(part) for part in parts)
        if normalize(span) in self.words:  # a phrase of the reading's own ("R&D project"), no name
            return True
        # a slip of a question word ("Whcih") is that word, no name
        words = {self._spelled(w) for w in set(LATIN_WORD.findall(normalize(span))) - EN_FUNCTION} - EN_FUNCTION
        words -= MEASURE_NOUNS  # "training volume": a measure of what the graph holds names no thing
        if not words:
            return True
        if (kind := PLACE_KIND_AFTER.search(span)) and normalize(span[:kind.start()]) in self.places:
            return True  # "no other Liaoning city", "a Dalian district": a held place and a kind of place in it
        if len(words) == 1:  # a plural of a word the graph uses is known too ("NGOs")
            return words <= self.en_vocabulary or {w.removesuffix("s") for w in words} <= self.en_vocabulary
        return self.en_table.any_holding_all(words) or (words <= self.en_vocabulary and not _suffixed(span))


    def respelled(self, question: str, text: str) -> str:
        """``text`` (the normalised question) with typos in the question's capitalised English
        names corrected to the graph's words ("Jiatong Univeristy" → "jiaotong university")."""
        for span in _en_spans(question):
            for word in set(LATIN_WORD.findall(normalize(span))) - EN_FUNCTION:
                right = self._spelled(word)
                if right != word:
                    text = re.sub(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", right, text)
        return text

    @once  # every reading of a question asks for the same words' slips again: once an answer (search.qa_memo)
    def _spelled(self, word: str) -> str:
        """The vocabulary word ``word`` is a typo of (one edit per five letters, a swap of two letters being
        one), else ``word``."""
        word = EN_ABBREVIATIONS.get(word, word)
        if word in self.en_spellable or len(word) < EN_TYPO_LETTERS:
            return word
        best = extractOne(word, self.en_spellable_sorted, scorer=OSA.distance,
                          score_cutoff=len(word) // EN_TYPO_LETTERS)
        return best[0] if best else word


def asked_years(text: str) -> set[str]:
    """The years a normalised question is about ("2019年", "in 2021"; not "2025年以前")."""
    return {_year(m) for m in ASKED_YEAR.finditer(text)}


def _year(m: re.Match) -> str:
    return m.group(1) or m.group(2)


def _suffixed(span: str) -> bool:
    return re.search(rf"{EN_SUFFIX}\b", span, re.IGNORECASE) is not None


def _without_function_words(span: str) -> str:
    """A name's span without the question's words before it ("Is Tsinghua University" → "Tsinghua University")."""
    words = span.split()
    while len(words) > 1 and words[0].lower() in EN_FUNCTION:
        words = words[1:]
    return " ".join(words)


def _en_spans(question: str) -> list[str]:
    """Suffixed English names ("Shenzhen Polytechnic University") and other capitalised runs not
    opening the question."""
    spans = [_without_function_words(m.group(0).strip()) for m in EN_NAME.finditer(question)]
    # a possessive ends a name ("… Technical College's Party secretary": the party is the college's)
    runs = [run for m in EN_CAPITALISED.finditer(question) for run in POSSESSIVE_SPLIT.split(m.group(1)) if run]
    for run in runs:
        words = [w for w in run.split() if w.lower() not in EN_FUNCTION]
        if words and not any(run in s for s in spans):
            spans.append(" ".join(words))
    return spans
