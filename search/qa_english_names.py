"""Name-like spans of an English question read from its structure, as English has no tagger here.

A Chinese question's names are read by the tagger (search/qa_spans.py) and capitalised English ones
by their capitals (search/qa_scope.py); a name typed in lower case ("who is li ming", "who is the
partner of baidu", "how much did lenovo invest") is read from where it stands and how it is spelled:

- a slot: after "who is", "about", "of", "with", "by", "for", "between", "and", "from" or "than"; as the
  subject between an auxiliary and its verb ("did lenovo invest", "does huawei cloud do", "which partners
  does haier have", "is lenovo a member", "which projects has huawei signed"); before a possessive
  ("tencent's partners"). The span is the words there up to a word of the question's own (a function
  word, a modifier, a pronoun, a number, a word or verb phrase of the reading's: "xiaomi take part"),
  a name suffix ending it ("dalian port group") and "of …" after a school's suffix going on ("dalian
  university of foreign languages"). After an article only a suffixed name is one: "the graph", "the
  two sides" are the question's nouns;
- pinyin: a surname of one syllable and a given name spelled wholly in pinyin ("li ming", "zhou
  xiaoping", "mr. li" with a title), or one word of two syllables or more after "in" or "at" ("in
  hefei") — an English word is seldom so spelled.

A span is kept only when a word of it is none of the graph's or the reading's (``plain``) and the
reading linked no name over that word (``blanked`` keeps it), so a linked acronym or pinyin name
("dufe", "dalian ligong keji") and a question's ordinary words are never names not held; a linked name
followed by other words is that name alone ("ministry of education | ask provinces"). Filler words
("out of curiosity") are read as blanks. A question in Title Case is read in lower case (``title_case``).

Contract: ``EnglishSlots(plain, function_words, reading, suffixes).spans(read, blanked)`` gives the
spans of ``read`` (the normalised question; ``blanked`` is it with the linked names blanked, same
offsets) in question order, each once; whether the graph holds one is the caller's (search.qa_scope.Scope).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from search import pinyin
from search.auxiliaries import BE, DO, HAVE, MODALS
from search.qa_values import EN_ORDINALS
from search.wording import LATIN_FILLER
from search.text import blank_match

# English verbs of what the parties did, which ask about the doing and narrow no topic ("which school built
# the rockwell center": search.qa_accounted); Chinese ones the tagger tells apart (v). The reading's relation
# words are not widened with them, as "who heads the college that built…" asks for people, not partners.
# They end a name's words here ("did xiaomi and dlut build").
EN_DOING = frozenset({"build", "builds", "built", "building", "develop", "develops", "developed", "developing",
                      "create", "creates", "created", "make", "makes", "made", "set", "sets", "establish",
                      "establishes", "established", "launch", "launches", "launched", "help", "helps", "helped",
                      "support", "supports", "supported", "do", "done", "doing", "conduct", "conducts", "conducted",
                      # ("research" itself is a noun too often, "the Research Institute": its verb forms only)
                      "researches", "researched", "researching"})
TOKEN = re.compile(r"[a-z0-9][a-z0-9&'’-]*(?:\.[a-z0-9]+)*")
POSSESSIVE = re.compile(r"['’]s?$")
# Words after which a name stands; "who is" only after "who" ("what is the rank" asks no name).
SLOT_WORDS = frozenset({"about", "of", "with", "by", "for", "between", "and", "from", "than"})
WHO_VERBS = frozenset(BE.split("|"))
# ("has", "have" are as often verbs of owning: "does the consortium have 100 members")
AUXILIARIES = frozenset(f"{DO}|{MODALS}".split("|"))
# Where a single word spelled in pinyin is a place's name ("in hefei", "at qingdao").
PLACE_WORDS = frozenset({"in", "at"})
# Articles skipped between a slot and its name ("the partner of the dalian port group").
ARTICLES = frozenset({"the", "a", "an"})
# Pronouns and adverbs a slot may hold instead of a name: the question's own words, never a name.
EN_PRONOUNS = frozenset({"it", "they", "them", "he", "she", "him", "her", "we", "us", "you", "me", "i", "its",
                         "their", "his", "our", "your", "who", "whom", "which", "what", "whose", "there",
                         "here", "now", "today", "recently", "also", "ever", "still", "already", "yet",
                         "really", "exactly", "mainly", "mostly", "together", "jointly", "currently", "more", "most",
                         "fewer", "less", "least",
                         # indefinite pronouns ("can someone count …", "has anybody counted …"): nobody named
                         "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "no-one"})
# Legal forms that end a company's name after its other words ("… industry co., ltd.").
LEGAL_WORDS = frozenset({"co", "co.", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "limited", "llc", "plc"})
SCHOOL_WORDS = frozenset({"university", "college", "institute", "academy", "school", "polytechnic"})
# Titles before a person's name ("mr. li", "dr zhang"): part of the name as written.
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor"})
# Copulas and "has" open a yes/no question about their subject ("is lenovo a member", "has jd signed").
OPENING_AUXILIARIES = frozenset(f"{BE}|{HAVE}".split("|"))
# Auxiliaries of a perfect inside a question ("which projects has huawei signed"); a copula there is as
# often a verb of its own ("which province is home to …").
PERFECT_AUXILIARIES = frozenset(HAVE.split("|"))
# Words of the reading's that are never a verb after a subject ("home to", "more than").
PREPOSITIONS = frozenset({"to", "into", "onto", "than", "on", "at", "in", "for", "from", "with", "by", "of", "as", "or",
                          "nor", "so", "but", "about", "between", "among", "within", "without"})
# Words that are the verb, or its auxiliary, right after a subject ("which partners does haier have").
AUXILIARY_VERBS = frozenset(f"{HAVE}|be|been|being|{BE}|get|got".split("|"))
# The apostrophe pinyin writes between two syllables ("xi'an"); not a possessive's.
SYLLABLE_MARK = re.compile(r"['’](?=[aeo])")
TITLE_CASED = re.compile(r"(?<=\S)\s+(?:Is|The|Of|Does|Do|Did|In|With|And|Are|For|To)\b")
# Words of a span at most: a name is short; more is a clause the slot opened.
MAX_SPAN_WORDS = 7


@dataclass(frozen=True)
class Token:
    word: str
    start: int
    end: int
    joined: bool  # only spaces between it and the token before


class EnglishSlots:
    """The lowercase name-like spans of an English question (see the module)."""

    def __init__(self, plain: Callable[[str], bool], function_words: frozenset[str], reading: frozenset[str],
                 suffixes: frozenset[str]):
        """``plain``: whether a word is the graph's or the reading's (search.qa_scope.Scope.plain);
        ``function_words``: function words and modifiers; ``reading``: the reading's words and phrases ("take
        part"), which end a name and, after a subject, are its verb; ``suffixes``: the words that end a name
        ("university", "group", "consortium")."""
        self.plain = plain
        self.function_words = function_words | EN_PRONOUNS | ARTICLES
        self.verbs = frozenset(w for w in reading if " " not in w) | EN_DOING
        self.stops = self.function_words | self.verbs
        # a phrase of the reading's opening with a word a name's words would take in ("take part")
        self.phrase_heads = {tuple(w.split()[:2]) for w in reading if " " in w}
        self.suffixes = suffixes | LEGAL_WORDS

    def spans(self, read: str, blanked: str | None = None) -> list[str]:
        """The name-like spans of ``read`` (the normalised question) that hold a word neither plain nor
        linked (left in ``blanked``), in question order, each once."""
        # filler words ask nothing ("out of curiosity, …"): blanked, keeping the offsets ``blanked`` shares
        tokens = _tokens(LATIN_FILLER.sub(blank_match, read))
        found = [self._unlinked_part(run, blanked) for run in [*self._slotted(tokens), *self._pinyin_runs(tokens)]]
        found = sorted((run for run in found if run), key=lambda run: run[0].start)
        kept = [run for run in found if self._unheld_word(run, blanked)]
        return list(dict.fromkeys(POSSESSIVE.sub("", read[run[0].start:run[-1].end]) for run in kept))

    def _unlinked_part(self, run: list[Token], blanked: str | None) -> list[Token]:
        """``run``, or its name linked alone when words follow that are no part of it ("ministry of
        education | ask provinces") or, of a possessor, go before it ("i need | yang yuequan's"); a suffix ending the
        run keeps it whole ("dalian | port group")."""
        linked = [blanked is not None and blanked[t.start:t.end] != t.word for t in run]
        if not linked[0] and linked[-1] and POSSESSIVE.search(run[-1].word):
            return run[linked.index(True):]  # the possessor is the name linked at its end ("i need | yang yuequan's")
        if not linked[0] or all(linked) or _bare(run[-1].word) in self.suffixes:
            return run
        return run[:linked.index(False)]

    def _unheld_word(self, run: list[Token], blanked: str | None) -> bool:
        """Whether the reading linked no name over a word of ``run`` that is not plain, or over any word of
        a school's name going on after "of" (of plain words: "dalian university of science and technology")."""
        left = [t for t in run if blanked is None or blanked[t.start:t.end] == t.word]
        school_of = any(_bare(a.word) in SCHOOL_WORDS and b.word == "of" for a, b in pairwise(run))
        return any(school_of or not self.plain(_bare(t.word)) for t in left)

    def _slotted(self, tokens: list[Token]) -> list[list[Token]]:
        """The runs standing where a name stands: after a slot word, as a subject, before a possessive."""
        runs = []
        for i, t in enumerate(tokens):
            if t.word in SLOT_WORDS or (t.word in WHO_VERBS and i and tokens[i - 1].word == "who"):
                runs.append(self._run(tokens, i + 1))
            elif t.word in AUXILIARIES or (t.word in OPENING_AUXILIARIES and i == 0):
                runs.append(self._subject(tokens, i + 1, opening=i == 0))
            elif t.word in PERFECT_AUXILIARIES:  # "which projects has huawei signed": only before a verb of the reading's
                run = self._run(tokens, i + 1)
                runs.append(run if self._verb_at(tokens, _index_after(tokens, run, i + 1)) else [])
            elif t.word in PLACE_WORDS:
                run = self._run(tokens, i + 1)
                runs.append(run if len(run) == 1 and _spelled_name(run[0].word) else [])
            if POSSESSIVE.search(t.word) and len(t.word) > 2 and t.word != "who's":
                runs.append(self._owner(tokens, i))
        return [run for run in runs if run]

    def _run(self, tokens: list[Token], i: int) -> list[Token]:
        """The name's words from token ``i`` to a stop word; a suffix ends it (or goes on through "of …"
        after a school's, "and …" inside that). After an article only a suffixed name is one ("the
        dalian port group"): "the graph", "the two sides" are the question's own nouns."""
        article = i < len(tokens) and tokens[i].word in ARTICLES
        i += article
        run: list[Token] = []
        school_of = False
        while i < len(tokens) and (not run or tokens[i].joined) and len(run) < MAX_SPAN_WORDS:
            word = _bare(tokens[i].word)
            if word in self.suffixes:
                run.append(tokens[i])
                if not (word in SCHOOL_WORDS and i + 2 < len(tokens) and tokens[i + 1].word == "of"):
                    return self._legal_tail(tokens, i + 1, run)
                run.append(tokens[i + 1])
                school_of, i = True, i + 2
                continue
            # (a number or an ordinal after the name's first word ends it: "did jinpu finish | third")
            if (word in self.stops and not (school_of and word == "and")) or word.isdigit() or (run and word in EN_ORDINALS) \
                    or (not school_of and self._opens_phrase(tokens, i)):  # "xiaomi take part": a phrase's verb
                break
            run.append(tokens[i])
            if POSSESSIVE.search(tokens[i].word):
                break
            i += 1
        while run and (run[-1].word in self.stops or run[-1].word == "of"):
            run.pop()
        return [] if article and not school_of else run

    def _opens_phrase(self, tokens: list[Token], i: int) -> bool:
        """Whether token ``i`` opens a phrase of the reading's ("take part")."""
        return i + 1 < len(tokens) and (tokens[i].word, tokens[i + 1].word) in self.phrase_heads

    def _legal_tail(self, tokens: list[Token], i: int, run: list[Token]) -> list[Token]:
        """``run`` with the legal forms right after it ("co., ltd.")."""
        while i < len(tokens) and tokens[i].word in LEGAL_WORDS:
            run.append(tokens[i])
            i += 1
        return run

    def _subject(self, tokens: list[Token], i: int, opening: bool = False) -> list[Token]:
        """The subject after an auxiliary, names joined by "and" too ("xiaomi and dlut"): its run less the
        verb ending it ("lenovo invest" → lenovo), or all of it when a verb of the reading's ("byd cooperate",
        "xiaomi take part"), an auxiliary verb ("haier have") or a suffix ends it, or an article after
        an ``opening`` auxiliary ("is lenovo a member")."""
        run = self._run(tokens, i)
        after = _index_after(tokens, run, i)
        while run and after + 1 < len(tokens) and tokens[after].word == "and" and tokens[after].joined:
            more = self._run(tokens, after + 1)
            if not more:
                break
            run, after = [*run, tokens[after], *more], _index_after(tokens, more, after + 1)
        verb_next = self._verb_at(tokens, after) or (after < len(tokens) and tokens[after].joined and (
            tokens[after].word in AUXILIARY_VERBS or (opening and tokens[after].word in ARTICLES)))
        if verb_next or (run and _bare(run[-1].word) in self.suffixes):
            return run
        return run[:-1]

    def _verb_at(self, tokens: list[Token], i: int) -> bool:
        """Whether token ``i`` is a verb of the reading's, or opens one of its phrases ("take part")."""
        return i < len(tokens) and tokens[i].joined and (
            self._opens_phrase(tokens, i) or tokens[i].word in self.verbs - self.function_words - PREPOSITIONS)

    def _owner(self, tokens: list[Token], i: int) -> list[Token]:
        """The possessor ending at token ``i`` ("zhang wei's"), read leftwards to a stop word."""
        j = i
        while j > 0 and tokens[j].joined and _bare(tokens[j - 1].word) not in self.stops and i - j < MAX_SPAN_WORDS:
            j -= 1
        return tokens[j:i + 1]

    def _pinyin_runs(self, tokens: list[Token]) -> list[list[Token]]:
        """Persons' names typed in pinyin: a surname of one syllable and a given name spelled wholly in pinyin
        ("li ming", "zhou xiaoping"), neither a stop word nor inside a longer run of pinyin."""
        return [tokens[i:i + 2] for i, t in enumerate(tokens[:-1])
                if t.word in pinyin.syllables() and self._surname(t, tokens[i + 1]) and self._pinyin_word(tokens[i + 1])
                and tokens[i + 1].joined and (i == 0 or not t.joined or not self._pinyin_word(tokens[i - 1]))]

    def _surname(self, t: Token, given: Token) -> bool:
        """Whether ``t`` may be a surname before ``given``: a pinyin word, or a stop word spelled as a syllable
        ("he kai", "an ping") before a given name no word of the graph's or the reading's. A single letter is
        no surname ("a huge partner list", "a long list": the article)."""
        return len(t.word) > 1 and (self._pinyin_word(t) or (t.word.isalpha() and not self.plain(_bare(given.word))))

    def _pinyin_word(self, t: Token) -> bool:
        word = _bare(t.word)
        return word not in self.stops and word.isalpha() and pinyin.spelled_out(word, prefix=False)


def title_case(question: str) -> bool:
    """Whether ``question`` is written in Title Case: a function word capitalised past its first word
    ("What Is The Jinpu Consortium?"), which no name written so holds ("University of Technology")."""
    return TITLE_CASED.search(question) is not None


def _index_after(tokens: list[Token], run: list[Token], i: int) -> int:
    """The index of the token after ``run``, which was read from token ``i`` (articles skipped)."""
    return tokens.index(run[-1]) + 1 if run else i


def _tokens(text: str) -> list[Token]:
    """The words of ``text``, each knowing whether only spaces (or a title's dot: "mr. li") come before it."""
    tokens: list[Token] = []
    for m in TOKEN.finditer(text):
        between = text[tokens[-1].end:m.start()].strip() if tokens else "-"
        joined = not between or (between == "." and tokens[-1].word in TITLES)
        tokens.append(Token(m.group(), m.start(), m.end(), joined))
    return tokens


def _bare(word: str) -> str:
    """A token without its possessive ("tencent's" → tencent)."""
    return POSSESSIVE.sub("", word)


def _spelled_name(word: str) -> bool:
    """Whether a word is spelled wholly in pinyin in two syllables or more ("hefei", "xi'an" with its
    syllable mark; not "ming" nor "in")."""
    marked = SYLLABLE_MARK.split(word)
    if len(marked) > 1:
        return all(part.isalpha() and pinyin.spelled_out(part, prefix=False) for part in marked)
    return word.isalpha() and word not in pinyin.syllables() and pinyin.spelled_out(word, prefix=False)
