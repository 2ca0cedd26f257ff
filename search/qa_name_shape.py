"""Whether a span the scope stage read as a name the graph does not hold has the shape of a name.

The scope stage (search/qa_scope.py, search/qa_unlinked.py) reads name-like spans generously, so a
question worded by a stranger loses answerable questions to ordinary words taken for unknown names:
"Quick check for a Japanese delegation: is …", "Across all sixteen signings …", "two universities
with similar names", "市里区里都支持吗". A span keeps its place among the unknown names here only
when it is shaped like a name:

- English: after the words a sentence or clause opens with (capitalised by their place alone:
  "Comparing", "Setting", "If") are taken off, a word of it is no common English word (Huawei,
  Shenyang, COSCO: the word list of the ``english-words`` package, its lower-case entries, with
  their inflections), or is capitalised inside a sentence (Apple, Golden Bridge Group), or the span
  is a person's name typed in pinyin (li ming: syllables collide with English words). A word
  naming a people ("Japanese", "Korean") is an adjective, no name; a name's kind word (University,
  Group, Co.) is kept at a sentence's start ("University of Oxford").
- Chinese: the span is read by its suffix or the tagger's name tags already (search/qa_spans.py);
  it is no name when made only of level words (市, 区, 省), locatives and pointing words
  ("市里区", "这下省": where, not which).

What is left of a span once its opening words are taken off is checked against the graph again
(``held``): "Comparing Dalian Vocational" is Dalian Vocational, which the graph holds.

Contract: ``name_shaped(spans, question, held)`` gives, in order and each once, the part of each
span of ``question`` that is shaped like a name and that ``held`` (the scope's test) does not hold;
a year or other span with digits is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from graph.han import HAN
from search import pinyin
from search.nameshape import EN_KINDS
from search.qa_english_names import LEGAL_WORDS
from search.qa_residue import EN_DEGREE
from search.qa_scope import EN_FUNCTION, EN_MODIFIERS, EN_SUFFIX_WORDS
from search.qa_spans import ZH_SUFFIXES

# The kind words that end a name (one table, made of the scope's, search's and the legal forms).
NAME_KINDS = frozenset(EN_SUFFIX_WORDS) | EN_KINDS | {w.rstrip(".") for w in LEGAL_WORDS}
# The endings of a project's name, which ordinary words make ("the aviation maintenance training base"); ordinary
# words before an organisation's kind word seldom name one ("a bigger group", "the visitor group").
# (a community too: "the logistics industry education community")
PROJECT_KINDS = frozenset(EN_SUFFIX_WORDS[EN_SUFFIX_WORDS.index("community"):])
# Inflections read back to a word of the list: (ending, what replaces it), tried in order.
INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
               ("ed", ""), ("ed", "e"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("'s", ""), ("’s", ""))
# Endings of a people's or a language's word ("Japanese", "British", "Korean", "Canadian"): the word list
# writes them capitalised, as names, but they say where from, not which one.
DEMONYM_ENDINGS = ("ese", "ish", "ian", "ean")
# What opens a sentence or clause: a word after one of these (or first) is capitalised by its place.
OPENERS = ".?!:;—–-\"'“‘(（[「"
# Characters of a Chinese span that point at a level or a place, not at one ("市里区", "这下省", "区里头").
ZH_LEVELS = "".join(s for s in ZH_SUFFIXES if len(s) == 1)
ZH_POINTING = "里上下内外头边面这那哪该本此其各全每咱"
ZH_COLLOQUIAL = re.compile(f"[{ZH_LEVELS}{ZH_POINTING}]+")
LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’.&-]*")
# Words that join clauses, not the words of a name ("told provinces to get consortium building").
CLAUSE_WORDS = frozenset({"to", "than", "as", "or", "if", "when", "while", "because", "so"})
# A person's name typed in pinyin has a surname and a given name at least ("li ming").
PINYIN_NAME_WORDS = 2


@lru_cache(maxsize=1)
def _word_list() -> tuple[frozenset[str], frozenset[str]]:
    """The common English words and the peoples' words (lower-cased). A word is common when both of the
    package's dictionaries list it in lower case: one alone lists rare words that are also companies'
    names ("bosch", "schneider")."""
    from english_words import get_english_words_set

    listed = get_english_words_set(["web2"])
    common = frozenset(w for w in listed if w.islower()) & get_english_words_set(["gcide"], lower=True)
    peoples = frozenset(w.lower() for w in listed if w[:1].isupper() and w.endswith(DEMONYM_ENDINGS))
    return common, peoples


def common_word(word: str) -> bool:
    """Whether a word (any case) is a common English word, inflected or not, or a function word."""
    word = word.lower().strip("'’.")
    if word in EN_FUNCTION:
        return True
    common, peoples = _word_list()
    if word in common or word in peoples:
        return True
    if _stem(word) is not None:
        return True
    return all(common_word(part) for part in word.split("-")) if "-" in word.strip("-") else False


def _closed_compound(word: str) -> bool:
    """Whether a word is two common words (the second of three letters or more) written as one ("Byline", "Headcount",
    "Timeline") and no pinyin: capitalised by its place alone when it opens a sentence, it is no name."""
    word = word.lower()
    if pinyin.spelled_out(word, prefix=False):  # "Bingshan", "Songyang": whole syllables, a Chinese name's spelling
        return False
    return any(common_word(word[:i]) and common_word(word[i:]) for i in range(2, len(word) - 2))


def word_stem(word: str) -> str:
    """The common word ``word`` inflects, or ``word`` itself (lower-cased)."""
    word = word.lower()
    return _stem(word) or word


def _stem(word: str) -> str | None:
    """The common word ``word`` inflects ("provinces" → province, "setting" → set), or None."""
    common = _word_list()[0]
    for ending, stem_end in INFLECTIONS:
        stem = word[: -len(ending)] + stem_end if word.endswith(ending) and len(word) > len(ending) + 2 else ""
        if stem in common:
            return stem
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in common:
            return stem[:-1]  # "setting": sett → set
    return None


def name_shaped(spans: list[str], question: str, held: Callable[[str], bool], plain: Callable[[str], bool]) -> list[str]:
    """The part of each span shaped like a name that ``held`` does not hold (see the module); ``plain``:
    whether a lower-case word is one of the graph's or the reading's, which shows no name not held."""
    shaped = [span if any(c.isdigit() for c in span) else _shaped(span, question, plain) for span in spans]
    return list(dict.fromkeys(s for s, whole in zip(shaped, spans) if s and (s == whole or not held(s))))


def _shaped(span: str, question: str, plain: Callable[[str], bool]) -> str | None:
    """The name-shaped part of one span, or None."""
    if HAN.search(span):
        return None if ZH_COLLOQUIAL.fullmatch(span) else span
    words, cut = _as_written(span, question)
    if cut:
        return None  # a name does not start inside a compound word ("shared-type regional practice base")
    whole = len(words)
    if not re.search("[A-Z]", question) or _pinyin_name([w for w, _ in words]):
        # typed without capitals, a question shows no name's shape: the scope's reading of where a name stands holds
        # ("is gree a member"); "li ming": its syllables are English words too ("li", "wang"), its shape a name's
        return span
    while words and (words[0][0].lower() in EN_FUNCTION or (words[0][1] and (common_word(words[0][0]) or _closed_compound(words[0][0]))
                                                             and words[0][0].lower() not in NAME_KINDS)):
        words = words[1:]  # "Comparing Dalian Vocational", "If Dalian University": the opening word is the question's
    written = [w for w, _ in words]
    if not words:
        return None
    if any(not common_word(w) and not plain(w.lower()) for w in written) \
            or any(w[:1].isupper() and not opening and not _people(w) for w, opening in words):
        return span if len(words) == whole else " ".join(written)
    # ordinary words before a project's ending name one ("the aviation maintenance training base"),
    # but not from inside a compound ("120-million-yuan equipment training base") nor by a participle
    # ("the remaining project"), nor by a degree ("the bigger project tally": a comparison's)
    lowered = [w.lower() for w in written]
    while lowered and (lowered[0] in EN_MODIFIERS or lowered[0] in EN_DEGREE or _participle(lowered[0])):
        lowered = lowered[1:]
    clause = any(w in CLAUSE_WORDS for w in lowered)  # "told provinces to get consortium" is a clause
    # an organisation's kind word names one after a name's word ("dalian port group"), not after ordinary words
    named = lowered[-1:] and (lowered[-1] in PROJECT_KINDS
                              or (lowered[-1] in NAME_KINDS and any(not common_word(w) for w in lowered[:-1])))
    kind = len(lowered) > 1 and bool(named)
    return span if not clause and kind else None


def _participle(word: str) -> bool:
    """Whether a word is a verb's -ing or -ed form the word list does not list itself ("remaining")."""
    return word.endswith(("ing", "ed")) and word not in _word_list()[0] and _stem(word) is not None


def _as_written(span: str, question: str) -> tuple[list[tuple[str, bool]], bool]:
    """The words of ``span`` as ``question`` writes them, each with whether it opens a sentence or clause
    there, and whether the span starts inside a compound word ("shared-type …"); as the span writes
    them, none opening, when the question does not hold it so."""
    words = LATIN_TOKEN.findall(span)
    pattern = r"[\s,-]+".join(re.escape(w) for w in words)
    found = re.search(rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])", question, re.IGNORECASE) if words else None
    if found is None:
        return [(w, False) for w in words], False
    written = LATIN_TOKEN.findall(found.group())
    before = question[:found.start()].rstrip()
    cut = question[found.start() - 1:found.start()] == "-"
    return [(w, i == 0 and (not before or before[-1] in OPENERS)) for i, w in enumerate(written)], cut


def _people(word: str) -> bool:
    """Whether a capitalised word is a people's or a language's ("Japanese"), no name."""
    return word.lower() in _word_list()[1]


def _pinyin_name(words: list[str]) -> bool:
    """Whether the words are a person's name typed in pinyin: two or three words, each whole syllables."""
    return PINYIN_NAME_WORDS <= len(words) <= PINYIN_NAME_WORDS + 1 and \
        all(w.isalpha() and pinyin.spelled_out(w.lower(), prefix=False) for w in words)
