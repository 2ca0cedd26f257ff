"""A word narrowing a class word that the class word does not name ("外资企业", "民办高校", "foreign-funded
companies"): a kind the graph states no figure for and types nothing as, so a figure of the broader kind
never answers it.

Contract: ``qualifier(text, start, vocabulary)`` reads the blanked question ``text`` right before the class
word at ``start`` and returns the qualifying words, or "" when the words there are the question's own
(a count and its measure word, 的, a question or relation word, a word of the reading's ``vocabulary``);
``counted_qualifiers(text, lexicon)`` gives those of every class word a how-many of the text counts.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from graph.han import HAN
from search.auxiliaries import BE
from search.qa_cues import EN_HOW_MANY, ZH_HOW_MANY
from search.qa_measures import ZH_MEASURED
from search.qa_spans import tagged_words
from search.qa_leftover import EN_FUNCTION_WORDS
from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import MEASURE_WORDS, STOP_WORDS

# Characters a Chinese qualifier never holds, reading leftwards: a count's measure word, 的, words of having,
# of being within, of joining and of asking ("多少家外资企业" is qualified by 外资 alone).
ZH_STOPS = frozenset(MEASURE_WORDS + "的是有里中和与及、几少些哪这那")
# English: the words between "how many"/"which"/an article/a verb of being/"of" ("the number of foreign funded firms"),
# or the question's start ("foreign-invested firms among the members: how many?"), and the class word.
EN_BEFORE = re.compile(r"(?:^|(?:\bhow many|\bwhich|\bwhat|\bthe|\ban?|\bany|\bare|\bis|\bof)\s+)((?:[a-z][a-z-]*\s+){1,3})$")
# A how-many right before a qualified class word ("有几个市级…", "how many city-level …"); ZH_MEASURED right after it.
COUNT_BEFORE = re.compile(rf"(?:{ZH_HOW_MANY}\s*[{MEASURE_WORDS}]?|{EN_HOW_MANY})\s*$", re.IGNORECASE)
# English: a word said of the class word right after it, by a copula ("companies are state-owned", "that are …").
EN_PREDICATE = re.compile(rf"^[a-z]*\s+(?:(?:that|which|who)\s+)?(?:{BE})\s+([a-z][a-z-]*)")


def qualifier(text: str, start: int, vocabulary: AbstractSet[str]) -> str:
    """The words qualifying the class word at ``start`` of the blanked question ``text`` (see the module)."""
    before = text[:start]
    if HAN.match(text[start:start + 1] or ""):
        at = start
        while at > 0 and HAN.match(before[at - 1]) and before[at - 1] not in ZH_STOPS:
            at -= 1
        run = before[at:] or _merged(text, start)
        run = _after_predicate(run)
        return run if len(run) >= 2 and run not in vocabulary else _relative(before.rstrip(), vocabulary)
    m = EN_BEFORE.search(before)
    words = m.group(1).split() if m else []
    # a noun an of-phrase follows is its head, no premodifier of the class word ("the number of research institutes",
    # "the headcount of social bodies"): only the words after the last "of" qualify it
    words = words[len(words) - words[::-1].index("of"):] if "of" in words else words
    return _predicated(text[start:], vocabulary) or " ".join(w for w in words if w not in vocabulary)


def counted_qualifiers(text: str, lexicon: Lexicon) -> list[str]:
    """The words right before each class word of the blanked question ``text`` that a how-many counts, qualifying it
    ("有几个市级政府部门…", "区级政府部门有几个…": 市级, 区级; "how many city-level bodies"), none empty."""
    found = []
    for at, word in class_word_spans(text, lexicon):
        said = qualifier(text, at, lexicon.vocabulary)
        before = text[:at].rstrip()
        if said and before.endswith(said) and (COUNT_BEFORE.search(before[: len(before) - len(said)])
                                               or re.match(ZH_MEASURED, text[at + len(word):])):
            found.append(said)
    return found


def _relative(before: str, vocabulary: AbstractSet[str]) -> str:
    """A Chinese relative clause closing on 的 right before a class word ("外资或者合资背景的公司", "有外资背景的企业"):
    its run of Han characters up to a stop, when a word of it is none the reading knows (a kind the graph does not
    sort by); "" otherwise ("成员中的企业": the whole named; a clause of known words says which of them it means)."""
    if not before.endswith("的"):
        return ""
    at = len(before) - 1
    while at > 0 and HAN.match(before[at - 1]) and before[at - 1] not in ZH_STOPS:
        at -= 1
    run = before[at:-1]
    unknown = [w for w, _, _ in tagged_words(run) if len(w) >= 2 and w not in vocabulary]
    return run if unknown else ""


def _predicated(after: str, vocabulary: AbstractSet[str]) -> str:
    """The English word said of a class word right after it ("companies are state-owned", "firms that are privately
    owned"), when the reading knows it not and it is no function word ("are there", "are in"); "" otherwise."""
    m = EN_PREDICATE.match(after)
    word = m.group(1) if m else ""
    return word if word and word not in vocabulary and word not in STOP_WORDS and word not in EN_FUNCTION_WORDS else ""


def _after_predicate(run: str) -> str:
    """A Chinese run before a class word without the words saying that something is of the kind — verbs and a
    passive's 被 ("被归为科研机构", "属于科研机构", "算作企业": nothing left) — up to the last of them: what is left
    narrows the kind ("被归为外资企业": 外资), as a noun or an adjective does ("外资企业", "民办高校", "合资企业")."""
    ends = [at + len(word) for word, tag, at in tagged_words(run) if tag in ("v", "p")]
    return run[max(ends):] if ends else run


def _merged(text: str, start: int) -> str:
    """The part before ``start`` of the tagger's noun that runs across it or ends there ("国有企业": 国有; 私有), where
    a character of the stops ends the qualifier's run ("有" of 国有, 私有); "" when there is no such noun."""
    return next((word[:start - at] for word, tag, at in tagged_words(text) if tag == "n" and at < start <= at + len(word)), "")
