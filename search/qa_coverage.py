"""How well an answer's evidence covers the question: the share of the question's content weight that the
answer accounts for, and the words it leaves unaccounted.

The question's content words are what the parse could not place: its residual topic (names, class words,
asking and function words are the parser's already: search.understand), minus the asker's hedges and
asides ("I think", "我记得", "聽說": what the asker believes or heard, which constrains nothing). A word is
accounted for when a name the question links holds it, or the answer's labels (zh and en), the paths of its
evidence or the source sentences they cite hold it. Each word weighs its IDF in the search index
(SearchEngine.word_weights); a word no document holds weighs the most, as the graph can check it nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from graph.han import HAN as CJK
from search.lexical import s_stem
from search.qa_overlap import american
from search.qa_cues import KIND_ASKED
from search.understand_words import STOP_WORDS

# What the asker believes, remembers or heard, and how sure they are: a closed class of asides (both scripts;
# the question is normalised to simplified script first) that constrain no answer ("Dalian Maritime University
# got into one of the deals, I think", "我记得…是日产和交大一起搞的", "據說大連職院…", "I heard Jinpu came out…").
HEDGES = (
    "i think", "i believe", "i guess", "i suppose", "i reckon", "i heard", "i've heard", "i hear", "i recall",
    "i remember", "if i remember rightly", "if i remember right", "if i remember correctly", "if i recall correctly",
    "if i'm not mistaken", "as far as i know", "as i understand it", "i'm told", "i was told", "someone told me",
    "people say", "they say", "apparently", "supposedly", "reportedly", "allegedly", "presumably", "probably",
    "perhaps", "maybe", "i think so", "or so", "or something",
    "我记得", "我觉得", "我猜", "我估计", "我印象中", "印象中", "印象里", "没记错的话", "如果没记错", "我听说", "听说",
    "听人说", "据说", "有人说", "好像", "似乎", "貌似", "估计", "应该是", "大概是", "可能是",
)
# Indefinite words standing for what is asked or done ("signed something with a university", "搞了个东西"): no constraint
INDEFINITES = ("some", "something", "someone", "somebody", "somewhere", "one", "ones", "thing", "things", "stuff",
               "东西", "什么的", "之类")
_WEIGHTLESS = frozenset(w for w in (*STOP_WORDS, *KIND_ASKED, *INDEFINITES) if " " not in w)
_HEDGE = re.compile("|".join(rf"(?<![a-z]){re.escape(h)}(?![a-z])" for h in sorted(HEDGES, key=len, reverse=True)))
_LATIN = re.compile(r"[a-z0-9]+")

Weights = Callable[[str], dict[str, tuple[float, bool]]]


@dataclass(frozen=True)
class Coverage:
    """The share of the question's content weight accounted for (1.0 when nothing is left to account for)
    and the words left unaccounted, heaviest first, each with its weight and whether the graph holds it."""

    score: float
    unaccounted: tuple[tuple[str, float, bool], ...] = ()

    @property
    def heaviest(self) -> float:
        return self.unaccounted[0][1] if self.unaccounted else 0.0

    def words(self) -> list[str]:
        return [w for w, _, _ in self.unaccounted]


def without_hedges(text: str) -> str:
    """``text`` with the asker's hedges and asides blanked (HEDGES)."""
    return " ".join(_HEDGE.sub(" ", text).split())


def content_words(residue: str, weights: Weights) -> dict[str, tuple[float, bool]]:
    """The content words of a residual topic, each with its weight and whether the graph holds it."""
    return {w: held for w, held in weights(without_hedges(residue)).items() if w not in _WEIGHTLESS}


def coverage(residue: str, named: Iterable[str], held: Iterable[str], weights: Weights) -> Coverage:
    """The coverage of a question whose parse left ``residue`` unplaced and linked the names ``named``, by an
    answer whose labels and evidence are the texts ``held``."""
    words = content_words(residue, weights)
    name_weight = sum(w for w, _ in weights(" ".join(named)).values())
    total = name_weight + sum(w for w, _ in words.values())
    if not total:
        return Coverage(1.0)
    text = " ".join(held).lower()
    stems = {s_stem(american(w)) for w in _LATIN.findall(text)}
    left = sorted(((w, weight, known) for w, (weight, known) in words.items() if not _holds(w, text, stems)),
                  key=lambda x: (-x[1], x[0]))
    return Coverage(max(0.0, 1.0 - sum(weight for _, weight, _ in left) / total), tuple(left))


def _holds(word: str, text: str, stems: set[str]) -> bool:
    """Whether the held text holds ``word``: a Han word as written, a Latin one by its stem, spelled either side of the
    Atlantic ("centre" is held by "Center")."""
    return word in text if CJK.search(word) else word in stems or s_stem(american(word)) in stems


class Answered(Protocol):
    """What coverage reads of an answer (search.qa.Answer)."""

    answers: list[dict]
    evidence: list[dict]
    understanding: dict


def answer_texts(answer: Answered, labels: Callable[[str], Iterable[str]], sentences: bool = True,
                 steps: Callable[[str], Iterable[str]] = lambda step: (step,)) -> list[str]:
    """What an answer holds: its labels (zh, en), its evidence paths (each step as ``steps`` names it: the labels of
    the thing a step is labelled by, zh and en) and (``sentences``) the sentences they cite, and the labels of the
    anchors and constraints it applied (``labels``: an IRI's names)."""
    texts = [str(a.get(k, "")) for a in answer.answers for k in ("label", "label_en")]
    for item in answer.evidence:
        texts += [n for p in item.get("path", ()) for n in steps(str(p))] + [str((item.get("source") or {}).get("text", ""))] * sentences
    understood = answer.understanding
    for iri in (*understood.get("anchors", ()), *understood.get("constraints", ())):
        texts += list(labels(iri)) if isinstance(iri, str) else []
    return texts
