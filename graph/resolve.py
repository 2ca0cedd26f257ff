"""Resolve the entities a source introduces against those already known.

Names are compared after normalisation (Unicode NFKC, so full-width brackets and digits
become half-width; traditional script to simplified with OpenCC; spaces dropped; case
folded). An entry of a source's entities.yaml whose normalised name equals the name or an
alias of a known entry of the same kind and type is MERGED into it: its id becomes another
name for the known IRI and its names become aliases cited by that source. The same name on
an entry of another type, and similar names (rapidfuzz ratio >= NEAR_MISS), are not merged
but reported as notes for a curator to decide.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

import numpy as np
from rapidfuzz import fuzz, process

from graph.curated import Entry, as_list
from graph.han import simplified

NEAR_MISS = 85  # rapidfuzz ratio (0-100) from which two different names are reported as similar
RESOLVED_KINDS = ("organisations", "people", "places")
# Fact kinds whose entries two sources may both define by mistake: reported, never merged.
CROSS_SOURCE_KINDS = ("consortia", "projects", "training_bases", "programmes")
SPACE = re.compile(r"\s+")
CHUNK = 512  # names compared at once by across_sources: at most a CHUNK x names score matrix
NOTES_PER_NAME = 3  # similar names noted per name by across_sources, the most similar first


@functools.lru_cache(maxsize=4096)
def normalise(name: str) -> str:
    """The form two names are compared in: NFKC, simplified script, no spaces, case-folded."""
    text = SPACE.sub("", unicodedata.normalize("NFKC", name))
    return simplified(text).casefold()


def names_of(data: dict) -> list[str]:
    """An entry's labels and aliases."""
    names = [data.get("label_zh"), data.get("label_en"), *as_list(data.get("aliases"))]
    return [n for n in names if isinstance(n, str) and n.strip()]


def _type(entry: Entry) -> tuple:
    return entry.kind, entry.data.get("type")


def across_sources(entries: list[Entry]) -> list[str]:
    """Notes on fact entries of two different sources with the same or similar names (one entity
    defined twice?): a curator keeps one and lets the other source mention it.

    Each name is noted with at most NOTES_PER_NAME later names, the most similar (templated names
    made millions of notes at 1000x the seed, gigabytes of them, none of them read).
    Every name is compared with every other of the same kind that it can be similar to
    (``_similar_pairs``)."""
    names = [(normalise(n), e) for e in entries if e.kind in CROSS_SOURCE_KINDS for n in names_of(e.data)]
    found = []
    for kind in CROSS_SOURCE_KINDS:
        index = np.array([i for i, (_, e) in enumerate(names) if e.kind == kind], dtype=np.int64)
        sources = np.unique([str(names[i][1].source) for i in index], return_inverse=True)[1]
        kept: tuple[np.ndarray, ...] = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
        for batch in _similar_pairs([names[i][0] for i in index], sources):
            kept = _most_similar(*(np.concatenate((old, new)) for old, new in zip(kept, batch, strict=True)))
        found += [(int(index[i]), -float(score), int(index[j])) for i, j, score in zip(*kept, strict=True)]
    notes = []
    for i, score, j in sorted(found):
        entry, other = names[i][1], names[j][1]
        what = "same name" if score == -100 else f"similar names (ratio {-score:.0f})"
        notes.append(f"{what} in two sources: {entry.id} ({entry.file}) and {other.id} ({other.file})")
    return list(dict.fromkeys(notes))


def _longest_partner(length: np.ndarray | np.int64) -> np.ndarray | np.int64:
    """The longest name a name of ``length`` can be similar to. fuzz.ratio is 200 * LCS / (both
    lengths), and LCS is at most the shorter length: a pair whose shorter name is too short for
    NEAR_MISS never is (one more, against rounding)."""
    return length * (200 - NEAR_MISS) // NEAR_MISS + 1


def _similar_pairs(choices: list[str], sources: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Batches of (i, j, fuzz.ratio) of every pair i < j of ``choices`` from two different ``sources``
    (a code per choice) with a ratio of at least NEAR_MISS, each pair once.

    The names are taken in order of length, CHUNK at a time, each compared with the names after it
    up to the longest it can be similar to (``_longest_partner``): rapidfuzz's ``cdist`` on both
    cores. Comparing each with every later name (a CHUNK x names score matrix) was quadratic in
    all the names; at 1000x the seed most of loading the curated data (24 s CPU), half of it on
    pairs of a Chinese and an English name, which lengths tell apart."""
    lengths = np.array([len(name) for name in choices], dtype=np.int64)
    order = np.argsort(lengths, kind="stable")
    ordered, texts = lengths[order], [choices[k] for k in order]
    for start in range(0, len(texts), CHUNK):
        stop = min(start + CHUNK, len(texts))
        end = int(np.searchsorted(ordered, _longest_partner(ordered[stop - 1]), side="right"))
        scores = process.cdist(texts[start:stop], texts[start:end], scorer=fuzz.ratio,
                               score_cutoff=NEAR_MISS, workers=-1)
        rows, cols = scores.nonzero()
        rows, cols = rows[cols > rows], cols[cols > rows]  # the names after each in length order: each pair once
        a, b = order[start + rows], order[start + cols]
        first, second = np.minimum(a, b), np.maximum(a, b)
        apart = sources[first] != sources[second]
        yield first[apart], second[apart], scores[rows, cols][apart]


def _most_similar(first: np.ndarray, second: np.ndarray, score: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of the pairs (first, second, score), the NOTES_PER_NAME of each ``first`` with the highest
    score, then the lowest ``second``: kept after each batch, as the best of all pairs are among
    the best of any part of them."""
    order = np.lexsort((second, -score, first))
    first, second, score = first[order], second[order], score[order]
    starts = np.flatnonzero(np.r_[True, first[1:] != first[:-1]])  # each first's run ([0] when none)
    rank = np.arange(len(first)) - np.repeat(starts, np.diff(np.r_[starts, len(first)]))
    best = rank < NOTES_PER_NAME
    return first[best], second[best], score[best]


class Resolver:
    """An index of known entries by normalised name; merges and reports introduced entries."""

    def __init__(self, entries: dict[str, Entry]):
        self.by_name: dict[str, list[str]] = {}
        self.entries = entries
        self.merged: dict[str, str] = {}
        self.notes: list[str] = []
        for entry in entries.values():
            self._index(entry)

    def _index(self, entry: Entry) -> None:
        for name in names_of(entry.data):
            ids = self.by_name.setdefault(normalise(name), [])
            if entry.id not in ids:
                ids.append(entry.id)

    def resolve(self, name: str) -> list[str]:
        """The ids of the known entries with this name (after normalisation)."""
        return list(self.by_name.get(normalise(name), ()))

    def introduce(self, entry: Entry) -> Entry | None:
        """Merge ``entry`` into a known entry (returning the mention that cites its names) or add it."""
        same = [i for n in names_of(entry.data) for i in self.resolve(n)]
        for known in dict.fromkeys(same):
            if _type(self.entries[known]) == _type(entry):
                self.merged[entry.id] = known
                self.notes.append(f"merged {entry.id} ({entry.file}) into {known}: same name "
                                  f"{self._shared(entry, known)!r}")
                return Entry(entry.kind, entry.file, {"id": known, "aliases": names_of(entry.data),
                                                      "evidence": entry.data.get("evidence")}, entry.source)
            self.notes.append(f"same name, different type: {entry.id} ({'/'.join(filter(None, _type(entry)))}, "
                              f"{entry.file}) and {known} ({'/'.join(filter(None, _type(self.entries[known])))})")
        if entry.kind in RESOLVED_KINDS:
            self._near_misses(entry)
        self.entries[entry.id] = entry
        self._index(entry)
        return None

    def _shared(self, entry: Entry, known: str) -> str:
        return next(n for n in names_of(entry.data) if known in self.resolve(n))

    def _near_misses(self, entry: Entry) -> None:
        choices = {name: ids for name, ids in self.by_name.items()
                   if any(self.entries[i].kind == entry.kind for i in ids)}
        for name in names_of(entry.data):
            for match, score, _ in process.extract(normalise(name), list(choices), scorer=fuzz.ratio,
                                                   score_cutoff=NEAR_MISS, limit=3):
                for other in choices[match]:
                    if other != entry.id:
                        self.notes.append(f"similar names: {name!r} ({entry.id}, {entry.file}) and "
                                          f"{match!r} ({other}), ratio {score:.0f}")
