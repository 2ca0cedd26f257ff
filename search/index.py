"""Building the engine's indexes from a catalogue: dense passages, lexical fields, names.

Each document yields the passages of PASSAGES, each embedded as one vector; a document's
dense score is its best passage's. The dense index is reused from ``index_dir`` when its
manifest matches (embedder, graph content hash, passage texts, index layout), otherwise
rebuilt and saved. The other indexes (``Indexes``: BM25, term postings, names) are made by
``make_indexes``, which tokenises every field; the engine keeps them in the build
(search.snapshot) so that a start reads them back instead.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections import Counter, defaultdict
from pathlib import Path
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from graph.han import HAN
from search import persist, relevance, vectors
from search.aside import aside
from search.config import SearchConfig
from search.dense import BATCH_THREADS, DenseIndex, IndexParams
from search.documents import Catalogue, EntityDoc
from search.embedders import Embedder
from search.errors import IndexInvalid
from search.lexical import LexicalIndex, Tokenizer
from search.names import NameIndex
from search.shortforms import Places
from search.snippets import FIELD_NAMES
from search.text import fold, normalize

log = logging.getLogger(__name__)

NAME_FIELDS = ("label", "label_en", "alias")
# Values of a field a full passage keeps, per script (Chinese, other): the vector is a mean over the
# passage's tokens, and an organisation's partners alone (56 names on average at 100x the seed, up to
# 248; two in three of the passages' characters) made it the mean of other entities' names and half of
# the embedding's CPU. With 4, the four search dev sets rank as before in every mode (4 values in all
# instead of 4 per script: one case more misses), and 100x the seed embeds in 55% of the CPU
# (bench/results/embed25-*.md).
PASSAGE_VALUES = 4


def name_passage(doc: EntityDoc) -> str:
    """The entity's names: zh label, en label, aliases."""
    return " / ".join(dict.fromkeys(doc.name_values))


def full_passage(doc: EntityDoc) -> str:
    """Names, then every other field as 'field：value、value' sentences, each field with its first
    PASSAGE_VALUES values in Chinese and its first PASSAGE_VALUES others (catalogue order)."""
    grouped: dict[str, list[str]] = defaultdict(list)
    kept: Counter[tuple[str, bool]] = Counter()
    for field, value in doc.fields:
        if field in NAME_FIELDS or value in grouped[field]:
            continue
        script = (field, HAN.search(value) is not None)
        if kept[script] < PASSAGE_VALUES:
            kept[script] += 1
            grouped[field].append(value)
    body = "。".join(f"{FIELD_NAMES.get(f, f)}：{'、'.join(vs)}" for f, vs in grouped.items())
    return f"{name_passage(doc)}。{body}"


PASSAGES: dict[str, Callable[[EntityDoc], str]] = {"name": name_passage, "full": full_passage}


def passages(docs: tuple[EntityDoc, ...]) -> tuple[list[str], list[str]]:
    """(texts, iris): every passage of every document, folded, with the IRI it belongs to."""
    texts, iris = [], []
    for doc in docs:
        for compose in PASSAGES.values():
            texts.append(fold(compose(doc)))
            iris.append(doc.iri)
    return texts, iris


def passages_hash(texts: list[str], iris: list[str]) -> str:
    """A digest of what the vectors encode and which entity each belongs to."""
    return hashlib.sha256("\x1e".join(texts + iris).encode("utf-8")).hexdigest()


def open_dense(
    docs: tuple[EntityDoc, ...], embedder: Embedder, config: SearchConfig, index_dir: Path | None, graph_hash: str,
    reuse: tuple[Path, ...] = (), digest: Callable[[], str] | None = None,
    known: Callable[[], Mapping[str, np.ndarray]] | None = None,
    composed: Callable[[], tuple[list[str], list[str]]] | None = None, threads: int = BATCH_THREADS,
) -> tuple[DenseIndex, np.ndarray]:
    """The dense index over ``docs`` and its row→document array, loaded if valid, else built:
    then only the passages whose vector is in no index of ``index_dir`` and ``reuse`` (by
    content key, search.vectors) are embedded; ``known`` gives those vectors instead when they
    were looked up (and the others embedded) ahead (search.vectors.Ahead). ``digest`` gives
    ``passages_hash`` of ``docs`` kept from before (search.snapshot), so that a load composes no passage;
    ``composed`` gives ``passages(docs)`` composed already (a build's, for the passages it embeds ahead);
    ``threads``: the OpenMP threads an index built here is made on (search.dense)."""
    composed = composed or functools.cache(lambda: passages(docs))
    fingerprint = persist.Fingerprint(embedder.name, embedder.version, embedder.dim, graph_hash,
                                      digest() if digest else passages_hash(*composed()))
    position = {doc.iri: i for i, doc in enumerate(docs)}
    params = IndexParams.for_size(len(docs) * len(PASSAGES), config)
    if index_dir is not None:
        try:
            index, ids = persist.load(Path(index_dir), fingerprint, params)
            return index, np.array([position[i] for i in ids], dtype=np.int64)
        except IndexInvalid as exc:
            log.info("rebuilding the dense index: %s", exc)
    texts, iris = composed()
    found = known() if known is not None else vectors.known_vectors((index_dir, *reuse))
    matrix, keys, report = vectors.embed(texts, embedder, found)
    log.info("dense index: %d passages, %d embedded, %d reused", report.passages, report.embedded, report.reused)
    # each given back once copied (the vectors into the matrix, the matrix into faiss's index): held to the
    # end, they were two more copies of the vectors (~266 MB each at 1000x) beside the index when saved
    del found
    index = DenseIndex.build(matrix, params, threads)
    del matrix
    if index_dir is not None:
        vectors.save_keys(Path(index_dir), persist.save(Path(index_dir), index, iris, fingerprint), keys)
    return index, np.array([position[i] for i in iris], dtype=np.int64)


@dataclass(frozen=True)
class Indexes:
    """The engine's indexes besides the dense one: BM25 per field group, the postings of every
    document's terms and of its people's names (coverage), their inverse document frequencies,
    the name index, and the documents per normalised label or alias."""

    lexical: LexicalIndex
    idf: relevance.TermWeights
    doc_postings: relevance.Postings
    own_postings: relevance.Postings
    name_index: NameIndex
    names: dict[str, frozenset[int]]


def make_indexes(catalogue: Catalogue, tokenizer: Tokenizer, readings: dict[str, str], places: Places,
                 forked: bool = False) -> Indexes:
    """The indexes of ``catalogue``'s documents, tokenised by ``tokenizer``; ``readings`` are pinyin
    readings computed before (the name index's ``readings`` then holds every name's). With ``forked``, the
    name index is made in a forked child (search.aside) beside the others: it needs nothing they make (its
    words are cut by the same tokenizer, whose cuts are only remembered), and it was ~40% of the part's CPU."""
    with aside(lambda: NameIndex(document_names(catalogue), link_priors(catalogue), tokenizer.segment, readings,
                                 places), forked) as name_index:
        docs = catalogue.docs
        doc_terms, own_terms = [], []
        for d in docs:  # one document's field term sets at a time: all at once were ~200 MB of 630 at 100x
            fields = [frozenset(tokenizer.tokens(v)) for _, v in d.fields]
            doc_terms.append(frozenset().union(*fields, _industry_terms(catalogue, d, tokenizer)))
            own_terms.append(frozenset().union(*(t for (f, _), t in zip(d.fields, fields)
                                                 if f in relevance.PERSON_FIELDS)))
        # the term sets made into their postings and given back before the lexical and name indexes are
        # made: held beside those, they added to the index step's peak (bench/results/build17-*.md)
        idf, doc_postings, own_postings = (relevance.term_weights(doc_terms), relevance.Postings(doc_terms),
                                           relevance.Postings(own_terms))
        del doc_terms, own_terms
        names: dict[str, set[int]] = defaultdict(set)
        for i, doc in enumerate(docs):
            for value in doc.name_values:
                names[normalize(value)].add(i)
        lexical = LexicalIndex([d.fields for d in docs], tokenizer)
        return Indexes(lexical, idf, doc_postings, own_postings, name_index.result(),
                       {name: frozenset(held) for name, held in names.items()})


def _industry_terms(catalogue: Catalogue, doc: EntityDoc, tokenizer: Tokenizer) -> frozenset[str]:
    """The terms of the aliases of a document's industries: an entity in 新一代信息技术 is
    about 数字经济 too (its alias), though no field of the entity says so."""
    names = catalogue.industry_names
    return frozenset(t for i in doc.industries if i in names for a in names[i].aliases for t in tokenizer.tokens(a))


def document_names(catalogue: Catalogue) -> list[tuple[tuple[str, str], tuple[str, ...]]]:
    """Per document, (its zh and en labels, its aliases): what the name index holds."""
    return [((d.names.zh, d.names.en), d.names.aliases) for d in catalogue.docs]


def link_priors(catalogue: Catalogue) -> np.ndarray:
    """Per document, log(1 + its number of links to other entities): the tie-breaker between
    names that read alike (大连理工大学, with many partners, before 大连锂工科技)."""
    link_fields = relevance.LINK_FIELDS
    return np.log1p(np.array([sum(f in link_fields for f, _ in d.fields) for d in catalogue.docs], dtype=np.float64))
