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
from typing import NamedTuple

from graph.han import HAN
from search import pinyin
from search.nameshape import EN_KINDS
from search.qa_english_names import LEGAL_WORDS
from search.qa_residue import EN_DEGREE
from search.scope_words import EN_FUNCTION, EN_MODIFIERS, EN_SUFFIX_WORDS
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
# Words that quantify a noun phrase: before a kind word they make it a kind narrowed by a place, no name
# ("any other Liaoning city", "another Dalian district": a proper name is not quantified).
QUANTIFIERS = frozenset({"any", "other", "another", "no", "every", "each", "some", "which", "what", "all", "more",
                         "several", "many", "few", "fewer"})
# The short particles an English compound noun is made with ("byline", "lineup", "input"); its other parts
# are common words of three letters or more.
COMPOUND_PARTICLES = frozenset({"by", "up", "in", "on"})
COMPOUND_PART_LETTERS = 3
# A verb's -ing form opening a sentence, and the determiners of its object after it ("Subtitling a video of …").
GERUND = "ing"
# The words after a word opening a clause, two at most, to the comma or sentence's end closing it ("Hi there, …").
CLAUSE_ALONE = re.compile(r"((?:\s+[A-Za-z]+){0,2})\s*[,!.;:]")
DETERMINER_AFTER = re.compile(r"\s+(?:a|an|the|my|our|his|her|their|this|that|these|those|some)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _word_list() -> tuple[frozenset[str], frozenset[str]]:
    """The common English words and the peoples' words (lower-cased). A word is common when both of the
    package's dictionaries list it in lower case: one alone lists rare words that are also companies'
    names ("bosch", "schneider")."""
    from english_words import get_english_words_set

    listed = get_english_words_set(["web2"])
    common = _listed() & get_english_words_set(["gcide"], lower=True)
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
    written_as = _as_written(span, question)
    words, cut = written_as.words, written_as.cut
    if cut:
        return None  # a name does not start inside a compound word ("shared-type regional practice base")
    if _quantified_kind(words, written_as.before):
        return " ".join(w for w, _ in words[:-1])  # "any other Liaoning city": Liaoning, a place the graph may hold
    whole = len(words)
    if not re.search("[A-Z]", question) or _pinyin_name([w for w, _ in words]):
        # typed without capitals, a question shows no name's shape: the scope's reading of where a name stands holds
        # ("is gree a member"); "li ming": its syllables are English words too ("li", "wang"), its shape a name's
        return span
    while words and (words[0][0].lower() in EN_FUNCTION or (words[0][1] and words[0][0].lower() not in NAME_KINDS and (
            common_word(words[0][0]) or _compound_opening(words, written_as.after) or _gerund_opening(words, written_as.after)
            or _interjection(words, written_as.after)))):
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


class Written(NamedTuple):
    """A span as its question writes it: its words, each with whether it opens a sentence or clause there;
    whether it starts inside a compound word ("shared-type …"); the question's text before and after it."""

    words: list[tuple[str, bool]]
    cut: bool
    before: str
    after: str


def _as_written(span: str, question: str) -> Written:
    """``span`` as ``question`` writes it (Written); as the span writes it, no word opening and nothing
    around it, when the question does not hold it so."""
    words = LATIN_TOKEN.findall(span)
    pattern = r"[\s,-]+".join(re.escape(w) for w in words)
    found = re.search(rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])", question, re.IGNORECASE) if words else None
    if found is None:
        return Written([(w, False) for w in words], False, "", "")
    written = LATIN_TOKEN.findall(found.group())
    before = question[:found.start()].rstrip()
    cut = question[found.start() - 1:found.start()] == "-"
    return Written([(w, i == 0 and (not before or before[-1] in OPENERS)) for i, w in enumerate(written)], cut,
                   before, question[found.end():])


def _quantified_kind(words: list[tuple[str, bool]], before: str) -> bool:
    """Whether a span of a name's words and a kind word in lower case follows a quantifier ("any other
    Liaoning city", "another Dalian district"): a kind of thing in a place, which is the name to check."""
    quantifier = re.search(r"([A-Za-z]+)$", before)
    return len(words) > 1 and quantifier is not None and quantifier.group(1).lower() in QUANTIFIERS \
        and words[-1][0].islower() and words[-1][0] in NAME_KINDS


def _compound_opening(words: list[tuple[str, bool]], after: str) -> bool:
    """Whether the first of ``words`` (opening a sentence, and no word of the list) is an English compound of
    common words used as a noun ("Byline of the article", "Timeline check"): followed by "of" or a lower-case
    common word that is no function word, verb form or kind word. A name opening a sentence is followed by its
    verb, a mark or its kind word ("Tencent signed", "Tencent's", "Tencent: …", "Rockwell centre"), a compound of
    common words as it may be (ten + cent)."""
    word = words[0][0].lower()
    following = "".join(f" {w}" for w, _ in words[1:]) + after
    next_word = re.match(r"\s+([A-Za-z][A-Za-z'’-]*)", following)
    if not compound_word(word) or next_word is None:
        return False
    nxt = next_word.group(1)
    if nxt == "of":
        return True
    return nxt.islower() and common_word(nxt) and nxt not in EN_FUNCTION and nxt not in NAME_KINDS \
        and not nxt.endswith(("ed", "s"))


def _interjection(words: list[tuple[str, bool]], after: str) -> bool:
    """Whether ``words`` open a sentence and, with the words after them, stand alone in its clause ("Hi, …", "Hi
    there, …", "Hello! …", "Greetings. …"), each a word the word list holds in lower case (either of its dictionaries:
    "hi" is in one), plural or not: a greeting or an address, said before what is asked. A name standing so
    ("Tencent, …") is in neither."""
    alone = CLAUSE_ALONE.match(after)
    said = [w for w, _ in words] + (alone.group(1).split() if alone else [])
    return words[0][1] and alone is not None and all(_listed_word(w.lower()) for w in said)


def _listed_word(word: str) -> bool:
    """Whether ``word`` (lower case), or its singular, is one the word list holds in lower case."""
    return word in _listed() or (word.endswith("s") and word[:-1] in _listed())


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    """Every word the package's larger dictionary lists in lower case (``_word_list`` keeps those both list)."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"]) if w.islower())


def _gerund_opening(words: list[tuple[str, bool]], after: str) -> bool:
    """Whether the first of ``words`` (opening a sentence, and no word of the list) is a verb's -ing form taking its
    object ("Subtitling a video of …", "Proofreading the draft, …"): ending in "ing", spelled in no pinyin (Beijing,
    Liaoning), and followed by an article or a determiner, as no name is."""
    word = words[0][0].lower()
    following = "".join(f" {w}" for w, _ in words[1:]) + after
    return word.endswith(GERUND) and len(word) > len(GERUND) + 2 and not pinyin.spelled_out(word, prefix=False) \
        and DETERMINER_AFTER.match(following) is not None


def compound_word(word: str) -> bool:
    """Whether ``word`` is made of two common words (search's word list), each of three letters or more or
    a particle ("time|line", "by|line", "head|count"), not two syllables of pinyin (a place's name: "tie|ling")."""
    common, syllables = _word_list()[0], pinyin.syllables()
    return any(word[:i] in common and word[i:] in common and not (word[:i] in syllables and word[i:] in syllables)
               and all(len(part) >= COMPOUND_PART_LETTERS or part in COMPOUND_PARTICLES for part in (word[:i], word[i:]))
               for i in range(2, len(word) - 1))


def _people(word: str) -> bool:
    """Whether a capitalised word is a people's or a language's ("Japanese"), no name."""
    return word.lower() in _word_list()[1]


def _pinyin_name(words: list[str]) -> bool:
    """Whether the words are a person's name typed in pinyin: two or three words, each whole syllables."""
    return PINYIN_NAME_WORDS <= len(words) <= PINYIN_NAME_WORDS + 1 and \
        all(w.isalpha() and pinyin.spelled_out(w.lower(), prefix=False) for w in words)
