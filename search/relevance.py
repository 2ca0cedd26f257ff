"""The relevance floor, facet counts and the nearest entities offered when nothing is relevant.

Fused scores are relative (min-max normalised per query), so the floor is judged on absolute
evidence instead: whether a name of the entity matched the query, the share of the query's
terms found in the entity's text, weighted by how rare each term is (``coverage``: a query
sharing only 科技 with a company shares little), and the cosine similarity of its best
passage. An entity passes when a name matched, or enough words are covered, or its meaning is
close enough, or the two together are. A query shaped like an organisation's name that names
no entity ("Tsinghua University") passes only entities whose own names hold enough of its
distinctive part (search.nameshape), however close in meaning. People pass only by name or, for a query naming an entity, when all its words
are in the person's own fields (position, organisation, names): topics never bring people.
The four thresholds are calibrated by ``python -m search.calibrate`` on a calibration set.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain
from dataclasses import dataclass

import numpy as np

from search.documents import CJ, Catalogue, EntityDoc
from search.results import Facet

PERSON = f"{CJ}Person"
INDUSTRY = f"{CJ}Industry"
PERSON_COVERAGE = 0.9  # a person's own fields must hold (nearly) every term of the query
PERSON_FIELDS = frozenset({"label", "label_en", "alias", "position", "organization"})


@dataclass(frozen=True)
class Floor:
    """The calibrated thresholds: a weighted share of the query's terms, a cosine similarity,
    and their sum (some of each is as good as much of one); the weighted share of an unknown
    name's distinctive part an entity's own names must hold."""

    coverage: float
    cosine: float
    combined: float = 2.0
    distinctive: float = 0.0


@dataclass(frozen=True)
class Evidence:
    """What supports one entity for one query; or, field by field, the candidates of one
    query as parallel arrays (``passing`` judges them all at once)."""

    named: bool | np.ndarray
    coverage: float | np.ndarray
    own_coverage: float | np.ndarray
    cosine: float | np.ndarray
    query_names_entity: bool = False
    distinctive: float | np.ndarray | None = None  # share of an unknown name's distinctive part in the entity's names

    def at(self, i: int) -> Evidence:
        """The evidence of candidate ``i`` of an array-valued Evidence."""
        return Evidence(bool(np.asarray(self.named)[i]), float(np.asarray(self.coverage)[i]),
                        float(np.asarray(self.own_coverage)[i]), float(np.asarray(self.cosine)[i]),
                        self.query_names_entity,
                        None if self.distinctive is None else float(np.asarray(self.distinctive)[i]))


def passing(evidence: Evidence, person, floor: Floor):
    """Whether each candidate is relevant enough to be returned (see the module docstring):
    ``evidence`` holds numbers or arrays, ``person`` whether the candidate(s) are people."""
    e = evidence
    shaped = True if e.distinctive is None else np.asarray(e.distinctive) >= floor.distinctive
    close = (np.asarray(e.coverage) >= floor.coverage) | (np.asarray(e.cosine) >= floor.cosine) \
        | (np.asarray(e.coverage) + e.cosine >= floor.combined)
    as_person = np.logical_and(e.query_names_entity, np.asarray(e.own_coverage) >= PERSON_COVERAGE)
    return np.logical_or(e.named, np.where(person, as_person, np.logical_and(shaped, close)))


def passes(evidence: Evidence, doc: EntityDoc, floor: Floor) -> bool:
    """Whether an entity is relevant enough to be returned (see the module docstring)."""
    return bool(passing(evidence, PERSON in doc.types, floor))


class TermWeights:
    """Inverse document frequencies of index terms: a term in few documents weighs more than
    one in many (科技 is in every other company name), and one in none weighs the most."""

    def __init__(self, doc_terms: list[frozenset[str]]):
        self.size = len(doc_terms)
        self.df = Counter(t for terms in doc_terms for t in terms)

    def of(self, terms: frozenset[str]) -> dict[str, float]:
        """Each term's weight, log((N + 1) / (df + 0.5))."""
        return {t: math.log((self.size + 1) / (self.df.get(t, 0) + 0.5)) for t in terms}


def term_weights(doc_terms: list[frozenset[str]]) -> TermWeights:
    return TermWeights(doc_terms)


class Postings:
    """Per term, the documents whose term set holds it: the coverage of every document at once."""

    def __init__(self, doc_terms: list[frozenset[str]]):
        docs: dict[str, list[int]] = defaultdict(list)
        for i, terms in enumerate(doc_terms):
            for term in sorted(terms):  # a term's column by where it is first met, the same in every process
                docs[term].append(i)
        self.size = len(doc_terms)
        # one array of every term's holders, term after term: a kept index (search.snapshot) reads
        # back as three objects, not an array per term
        self._column = {t: i for i, t in enumerate(docs)}
        self._offsets = np.cumsum([0, *map(len, docs.values())], dtype=np.int64)
        self._docs = np.fromiter(chain.from_iterable(docs.values()), dtype=np.int32, count=int(self._offsets[-1]))

    def holders(self, term: str) -> np.ndarray | None:
        """The documents holding ``term``, ascending; None when none does."""
        column = self._column.get(term)
        return None if column is None else self._docs[self._offsets[column]:self._offsets[column + 1]]

    def coverage(self, weights: dict[str, float], docs: np.ndarray) -> np.ndarray:
        """Per document of ``docs``, the share of the query's index terms (words, their bigrams
        and inner words), weighted by their inverse document frequency, that the document
        holds. Each term's (sorted) holders are searched for ``docs``, not spread over every
        document: a common term (公司) is held by a third of them."""
        out = np.zeros(len(docs))
        total = sum(weights.values())
        if total <= 0 or not len(docs):
            return out
        docs = docs.astype(np.int32)  # the holders' type: searchsorted would copy them to another
        for term, weight in weights.items():
            holders = self.holders(term)
            if holders is not None:
                at = np.minimum(np.searchsorted(holders, docs), len(holders) - 1)
                out += weight * (holders[at] == docs)
        return out / total


def facets(catalogue: Catalogue, docs: list[int]) -> dict[str, tuple[Facet, ...]]:
    """Per facet, its values over ``docs`` with counts, most frequent first: the type (most
    specific class) and the industries the entities are in (their own, not the broader ones)."""
    types = Counter(catalogue.docs[d].type_iri for d in docs)
    industries = Counter(i for d in docs for i in catalogue.docs[d].industries if i != catalogue.docs[d].iri)
    return {
        "type": _facet(types, catalogue.classes),
        "industry": _facet(industries, catalogue.industry_names),
    }


def _facet(counts: Counter, names) -> tuple[Facet, ...]:
    out = []
    for iri, n in counts.items():
        label = names.get(iri)
        if label is not None and (label.zh or label.en):
            out.append(Facet(label.zh or label.en, label.en or label.zh, n))
    return tuple(sorted(out, key=lambda f: (-f.count, f.value)))

# Fields that link an entity to another one (documents.RELATIONS minus literal-valued ones).
LINK_FIELDS = frozenset({"industry", "participant", "project", "partner", "provider", "programme", "organization",
                         "person", "event", "signed", "parent", "unit"})
