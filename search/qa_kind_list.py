"""Kinds of project listed by their own words: "实训基地、科技创新、人才培养这三类里…", "of the training-base, tech
innovation and talent cultivation kinds, which …". A question listing kinds picks among them; its topic is those
kinds, not a cooperation the words would link to."""

from __future__ import annotations

from search.qa_graph import COOPERATION, PROJECT, within
from search.understand import Understanding
from search.understand_lexicon import KIND_MARKERS, Lexicon, class_word_spans

# What a kind's own words are said with to make its class word ("科技创新" + "类", "talent cultivation" + " project").
KIND_SUFFIXES = ("", "类", "类项目", " project", " projects")


def listed_kinds(u: Understanding, lexicon: Lexicon) -> frozenset[str]:
    """The kinds of project (narrower than a project) the question lists: its class words that name one (with a
    KIND_SUFFIXES word: 实训基地 → 实训基地类) and its topic's words one after another (longest run first), every word
    of the topic but a word for a kind taken; empty when a topic word names no kind or fewer than two kinds are listed."""
    # a word for a kind ("the three categories") is no kind of its own
    words, at = [w for w in u.topic.split() if not _kind_marker(w)], 0
    kinds = {k[0] for _, w in class_word_spans(u.blanked, lexicon) if (k := _kind(w, lexicon))}
    while at < len(words):
        found = next((k for end in range(len(words), at, -1) if (k := _kind(" ".join(words[at:end]), lexicon))), None)
        if found is None:
            return frozenset()
        kinds.add(found[0])
        at += found[1]
    return frozenset(kinds) if len(kinds) >= 2 else frozenset()


def _kind(phrase: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """(the kind, the number of words) the phrase names with one of KIND_SUFFIXES, or None."""
    ancestors = lexicon.catalogue.ancestors
    for suffix in KIND_SUFFIXES:
        classes = frozenset(lexicon.class_words.get(phrase + suffix, ()))
        if len(classes) == 1 and within(classes, PROJECT, ancestors) and not classes & {COOPERATION, PROJECT}:
            return next(iter(classes)), len(phrase.split())
    return None


def _kind_marker(word: str) -> bool:
    """Whether a topic word is a word for a kind, in the singular or the plural ("types", "classes", "categories")."""
    plural = word.endswith("s") and (word[:-1] in KIND_MARKERS or word[:-2] in KIND_MARKERS)
    return word in KIND_MARKERS or plural or (word.endswith("ies") and f"{word[:-3]}y" in KIND_MARKERS)
