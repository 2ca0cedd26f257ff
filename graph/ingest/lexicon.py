"""The graph's own names as a gazetteer: organisations, people, consortia, industries and places
with their labels, aliases and bracket variants, read from the built store.

``Lexicon.find(text)`` gives non-overlapping longest matches with offsets; ``lookup(name)``
finds an entry by any of its names once normalised (graph.han.normalize: NFKC, simplified
script, case), which is also how linking decides that a name is already in the graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.emit import BRACKETS
from graph.han import normalize

# One row per (entity, name); the leaf type is the asserted one in the data graph.
ENTITY_NAMES = """
SELECT ?s ?type ?label ?name WHERE {
  GRAPH <{data}> { ?s a ?type . }
  FILTER(STRSTARTS(STR(?type), STR(cj:)))
  ?type rdfs:subClassOf* ?top .
  VALUES ?top { cj:Organization cj:Person cj:Consortium cj:Industry cj:Place }
  ?s rdfs:label ?label . FILTER(lang(?label) = "zh")
  { ?s rdfs:label ?name } UNION { ?s skos:altLabel ?name }
  FILTER(lang(?name) = "zh")
}
"""
TOPS = {"Organization": "organisation", "Person": "person", "Consortium": "consortium", "Industry": "industry",
        "Place": "place"}
KIND_OF_TYPE = """
SELECT ?type ?top WHERE {
  ?type rdfs:subClassOf* ?top .
  VALUES ?top { cj:Organization cj:Person cj:Consortium cj:Industry cj:Place }
}
"""
MIN_NAME = 2  # single characters are never matched as names


@dataclass
class Entry:
    iri: str
    kind: str  # organisation | person | consortium | industry | place
    type: str  # leaf class local name
    label: str
    names: set[str] = field(default_factory=set)


SHORT_ALIAS = 3  # aliases this short (大工, 大医) are ambiguous on their own


class Lexicon:
    """Names -> entries, with longest-match search over a text."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._by_name: dict[str, Entry] = {}
        for entry in sorted(entries, key=lambda e: e.kind != "organisation"):
            for name in entry.names | {entry.label}:
                for variant in {name, *(name.translate(t) for t in BRACKETS)}:
                    if len(variant) >= MIN_NAME:
                        self._by_name.setdefault(normalize(variant), entry)
        self._longest = max((len(n) for n in self._by_name), default=0)
        self._heads = {n[:MIN_NAME] for n in self._by_name}  # skip positions no name starts at

    @classmethod
    def from_graph(cls, kg) -> Lexicon:
        kinds = {row["type"]: TOPS[row["top"].rsplit("#", 1)[-1]] for row in kg.select(KIND_OF_TYPE)}
        entries: dict[str, Entry] = {}
        for row in kg.select(ENTITY_NAMES.replace("{data}", kg.graph_iri("data"))):
            kind = kinds.get(row["type"])
            if kind is None:
                continue
            entry = entries.setdefault(row["s"], Entry(row["s"], kind, row["type"].rsplit("#", 1)[-1], row["label"]))
            entry.names.add(row["name"])
        return cls(list(entries.values()))

    def lookup(self, name: str, kind: str | None = None) -> Entry | None:
        """The entry any of whose names equals ``name`` once normalised (of ``kind`` if given)."""
        entry = self._by_name.get(normalize(name))
        return entry if entry is not None and kind in (None, entry.kind) else None

    def find(self, text: str, kinds: tuple[str, ...] = ("organisation", "consortium")) -> list[tuple[int, int, Entry]]:
        """Non-overlapping longest matches of known names in ``text`` (left to right)."""
        folded = text.lower()
        out, i = [], 0
        while i < len(text):
            hit = None
            if folded[i:i + MIN_NAME] not in self._heads:
                i += 1
                continue
            for size in range(min(self._longest, len(text) - i), MIN_NAME - 1, -1):
                entry = self._by_name.get(folded[i:i + size])
                if entry is not None and entry.kind in kinds:
                    hit = (i, i + size, entry)
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out
