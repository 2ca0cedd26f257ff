"""The tables question answering reads off one graph once, at start (``FactTables``): labels, figures (their
words, owners, versions and evidence spans), sources (documents, dated things, quotations), places and posts,
each by a query of search/qa_fact_queries.py. The lookups made at each question are search/qa_facts.py's
(``FactFinder``, which holds these tables).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import cached_property

from graph.routing import PROVENANCE
from graph.store import KnowledgeGraph
from search.documents import PLACE_NAMES as PLACES  # one place query
from search.documents import Catalogue
from search.qa_fact_queries import (ACTED, CITED_IN, DATED, DOCUMENT_IRIS, DOCUMENTS, FIGURE_EVIDENCE, FIGURE_VERSIONS, FIGURES,
                                     HELD_DATES, LABELS, LOCATED, OWN_WORDS, OWNER_NAMES, PARTICIPATION_EVIDENCE, PLACED,
                                     POSITION_DATES, POSITIONS, QUANTITY_OWNERS, QUOTATIONS, QUOTES, WITHIN, WRITTEN)
from search.qa_match import tokens
from search.pinyin_names import MIN_BARE_PLACE, unsuffixed
from search.text import longest_first, normalize


def participation_spans(kg: KnowledgeGraph) -> dict[tuple[str, str], list[tuple]]:
    """(what is participated in, its party) -> the spans stating it, (document, start, end, quote), by their start
    (then document, end and quote: equal starts in one order at every build). Read unsorted (PARTICIPATION_EVIDENCE)
    and each participation's few spans sorted here, where the store sorted every row of the query by its start."""
    spans: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row in kg.stream(PARTICIPATION_EVIDENCE):
        spans[(row["s"], row["o"])].append((row["doc"], row["start"], row["end"], row["quote"]))
    for stated in spans.values():
        if len(stated) > 1:
            stated.sort(key=_by_start)
    return spans


def _by_start(span: tuple) -> tuple:
    doc, start, end, quote = span
    return start, doc, end, quote


class FactTables:
    """The tables of one graph, read once: labels, figures, sources, places and posts."""

    def __init__(self, kg: KnowledgeGraph, catalogue: Catalogue):
        self.kg, self.catalogue = kg, catalogue
        self.docs = catalogue.by_iri
        self.read(kg)

    def read(self, kg: KnowledgeGraph) -> None:
        """Read the tables off ``kg``: what the build keeps of them (search.qa_prepared), made without the catalogue,
        which they hold (``__init__``) but never read while made."""
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        for row in kg.stream(LABELS):
            self.labels[row["s"]].setdefault("en" if row["lang"].startswith("en") else "zh", row["l"])
        self._load_figures(kg)
        self._load_sources(kg)
        self._load_places(kg)
        self._load_positions(kg)
        self.document_iris = frozenset(r["d"] for r in kg.stream(DOCUMENT_IRIS))
        self.written = tuple(sorted({r["doc"] for r in kg.stream(WRITTEN)}))  # documents with authors
        self.placed = frozenset(r["x"] for r in kg.stream(PLACED))  # things with a venue or a location
        # events an organisation acted in: read once here, not at each who-question (770 ms at 100x the seed)
        self.acted = frozenset(r["e"] for r in kg.stream(ACTED))

    def _load_figures(self, kg: KnowledgeGraph) -> None:
        """Figures: their words, owners, versions (date, document, what they measure) and values."""
        self.own_words: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(OWN_WORDS):
            self.own_words[row["q"]] |= tokens(normalize(row["text"]))
        self._load_owners(kg)
        self.stated: dict[str, tuple[str, str]] = {}  # figure -> (ISO date or "", document or "")
        self.measures: dict[tuple, list[str]] = defaultdict(list)  # what is measured -> its figures
        self.category: dict[str, str] = {}  # figure -> the class of members it counts
        for row in kg.stream(FIGURE_VERSIONS):
            self.stated[row["q"]] = (str(row["date"] or ""), row["doc"] or "")
            if row["cat"]:
                self.category[row["q"]] = row["cat"]
            owner, predicate = self.quantity_owner.get(row["q"], ("", ""))
            self.measures[(owner, predicate, row["cat"] or self.label(row["q"]))].append(row["q"])
        self.figures = {lang: {r["q"]: r for r in kg.stream(FIGURES.replace("?lang", f'"{lang}"'))}
                        for lang in ("zh", "en")}
        self.figure_spans: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)  # (owner, link, figure) -> spans
        for row in kg.stream(FIGURE_EVIDENCE):
            self.figure_spans[(row["s"], row["p"], row["o"])].append((row["doc"], row["start"], row["end"], row["quote"]))
        # every typed node's cj: classes (the participation graph's, search.qa_graph), given at start
        self.typed: Mapping[str, frozenset[str]] = {}

    def _load_owners(self, kg: KnowledgeGraph) -> None:
        """Each figure's owner and link, and its words: its own (``own_words``) and its owner's names; a
        figure none describe has neither. Both tables in the order the figures' owners are read in."""
        owner_words: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(OWNER_NAMES):
            owner_words[row["q"]] |= tokens(normalize(row["text"]))
        self.quantity_words: dict[str, set[str]] = defaultdict(set)
        self.quantity_owner: dict[str, tuple[str, str]] = {}
        for row in kg.stream(QUANTITY_OWNERS):
            q = row["q"]
            if q in self.own_words or q in owner_words:  # a text of it read, its words empty or not
                self.quantity_words[q] |= self.own_words.get(q, set()) | owner_words.get(q, set())
                self.quantity_owner[q] = (row["owner"], row["p"])

    def _load_sources(self, kg: KnowledgeGraph) -> None:
        """Documents, what each cites, dated events and documents, every date the graph holds, quotations
        and quoted spans."""
        # the scope stage's years (search.qa_scope): read with the facts, so the build's snapshot keeps them
        self.held_dates = tuple(sorted({str(r["d"]) for r in kg.stream(HELD_DATES)}))
        self.document_dates = {r["doc"]: (str(r["issued"] or ""), "") for r in kg.stream(DOCUMENTS)}
        self.cited_in: dict[str, set[str]] = defaultdict(set)  # document -> entities it is evidence for
        for row in kg.stream(CITED_IN, provenance=kg.graph_iri(PROVENANCE)):
            self.cited_in[row["doc"]].add(row["x"])
        self.dated_words: dict[str, set[str]] = defaultdict(set)
        self.dated_links: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(DATED):
            self.dated_words[row["x"]] |= tokens(normalize(row["text"]))
            if row["linked"]:
                self.dated_links[row["x"]].add(row["linked"])
        self.quote_words: dict[str, set[str]] = defaultdict(set)
        self.quote_speakers: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(QUOTATIONS):
            self.quote_words[row["q"]] |= tokens(normalize(row["text"]))
            self.quote_speakers[row["q"]].add(row["speaker"])
            # a quotation is named by what it says
            self.labels[row["q"]].setdefault("en" if row["lang"].startswith("en") else "zh", row["text"])
        self.participation_spans = participation_spans(kg)
        self.quotes = [{"document": r["doc"], "start": r["start"], "end": r["end"], "text": r["quote"]}
                       for r in kg.stream(QUOTES)]
        # each quote as questions are matched against it (normalised; its Han pairs and words): made once
        # here, not for every quote at each question (7.9k quotes at 100x the seed)
        self.quote_texts = [normalize(q["text"]) for q in self.quotes]
        self.quote_tokens = [tokens(text) for text in self.quote_texts]

    def _load_places(self, kg: KnowledgeGraph) -> None:
        """Places: their names (longest first, and each to its place), what lies in which and which
        place lies within which (read here once, not at a where-question: 4k rows at 100x the seed)."""
        rows = kg.stream(PLACES)
        named = {normalize(r["l"]): r["place"] for r in rows}
        # "jinpu", "pulandian": an English place name is also written without its place words
        bare: dict[str, set[str]] = defaultdict(set)
        for name, place in named.items():
            bare[unsuffixed(name)].add(place)
        named.update({name: places.pop() for name, places in bare.items()
                      if len(places) == 1 and len(name) >= MIN_BARE_PLACE and name not in named})
        self.place_names = longest_first(named)
        self.place_named = named
        self.located: dict[str, set[str]] = defaultdict(set)
        self.within: dict[str, set[str]] = defaultdict(set)
        for query, into in ((LOCATED, self.located), (WITHIN, self.within)):
            for row in kg.stream(query):
                into[row["x"]].add(row["place"])

    def _load_positions(self, kg: KnowledgeGraph) -> None:
        """Posts: who holds which at which organisation, and the versions of one post."""
        self.positions = [(r["person"], r["pos"], r["org"], normalize(r["title"])) for r in kg.stream(POSITIONS)]
        self.position_org = {pos: org for _, pos, org, _ in self.positions}
        self.stated.update({r["pos"]: (str(r["date"] or ""), r["doc"] or "") for r in kg.stream(POSITION_DATES)})
        posts: dict[tuple, set[str]] = defaultdict(set)  # (person, organisation, title) -> its position nodes
        for person, pos, org, _ in self.positions:
            posts[(person, org, self.label(pos))].add(pos)
        self.post_versions = {pos: sorted(same, key=lambda q: (self.stated.get(q, ("", ""))[0], q), reverse=True)
                              for same in posts.values() for pos in same}

    @cached_property
    def names_of_label(self) -> dict[str, tuple[str, ...]]:
        """Each label (zh, en) to every label of the thing it names: an evidence path's step read in both languages
        (made at the first question reading one)."""
        return {name: tuple(names.values()) for names in self.labels.values() for name in names.values()}

    def label(self, iri: str, lang: str = "zh") -> str:
        names = self.labels.get(iri, {})
        return names.get(lang) or names.get("zh") or names.get("en") or iri.rsplit("/", 1)[-1]
