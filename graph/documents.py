"""The document page: a source document's metadata, its stored text with every cited span
highlighted and anchored, and the facts drawn from it (no Flask here).

``document_view(kg, iri)`` reads everything from the store: the text is the document's
``schema:text`` and the spans are those of the Evidence nodes pointing at it, so the page shows
exactly what the provenance graph cites. ``highlight(text, spans)`` nests the spans as marks;
a span crossing the end of an enclosing one is split, its first piece carrying the anchor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graph import terms
from graph.terms import Term, bound
from graph.entities import ID_PATH, NAME_PREDICATES, Labeller, Node, span_path
from graph.namespaces import span_fragment
from graph.store import KnowledgeGraph

METADATA = """SELECT ?p ?o WHERE {
  VALUES ?p { dcterms:title dcterms:publisher dcterms:creator dcterms:issued schema:url dcterms:language
              dcterms:rights cj:sha256 schema:text }
  ?doc ?p ?o }"""
FACTS = """SELECT DISTINCT ?s ?p ?o ?start ?end WHERE {
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end .
  ?st cj:evidence ?ev ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
} ORDER BY ?s ?p ?o ?start ?end"""
SPANS = """SELECT DISTINCT ?start ?end WHERE { ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end }"""
# Metadata rows: (key, predicate local name, zh, en), in the order shown.
FIELDS = (("title", "title", "标题", "Title"), ("publisher", "publisher", "发布者", "Publisher"),
          ("creator", "creator", "作者", "Authors"), ("issued", "issued", "日期", "Date"),
          ("url", "url", "网址", "URL"), ("language", "language", "语言", "Language"),
          ("rights", "rights", "许可", "Licence"), ("sha256", "sha256", "SHA-256", "SHA-256"))
# IRI segment (id/<kind>/…) → (zh, en) name of the group of facts about such subjects.
KIND_NAMES = {
    "org": ("机构", "Organisations"), "consortium": ("联合体", "Consortia"), "project": ("项目", "Projects"),
    "programme": ("培养计划", "Training programmes"), "person": ("人物", "People"),
    "position": ("职务", "Positions"), "event": ("事件", "Events"), "document": ("文献", "Documents"),
    "place": ("地点", "Places"), "industry": ("产业", "Industries"), "mode": ("合作方式", "Cooperation modes"),
    "quantity": ("数量", "Quantities"), "quotation": ("引语", "Quotations"),
}
OTHER_KIND = ("其他", "Other")


@dataclass(frozen=True)
class Span:
    """A cited span [start, end) of the document, with its anchor and link."""

    start: int
    end: int
    path: str

    @property
    def anchor(self) -> str:
        return span_fragment(self.start, self.end)


@dataclass
class Mark:
    """One highlighted piece of a span; ``first`` is the piece that carries the span's anchor."""

    span: Span
    first: bool
    children: list = field(default_factory=list)


@dataclass(frozen=True)
class Fact:
    predicate: Node
    object: Node
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Subject:
    node: Node
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class FactGroup:
    kind: str
    name_zh: str
    name_en: str
    subjects: tuple[Subject, ...]

    @property
    def count(self) -> int:
        return sum(len(s.facts) for s in self.subjects)


@dataclass(frozen=True)
class Document:
    """Everything the document page shows."""

    node: Node
    metadata: tuple[tuple[str, str, str, tuple[Node, ...]], ...]  # (key, zh, en, values)
    text: str
    spans: tuple[Span, ...]
    marked: tuple  # str pieces and Marks, as ``highlight`` returns them
    facts: tuple[FactGroup, ...]


def highlight(text: str, spans) -> list:
    """The text as str pieces and (nested) Marks, one or more per non-empty span.

    Spans are opened longest first at a shared start, so a span inside another nests in it; a span
    still open when an enclosing one ends is closed there and reopened (``first`` False) after it.
    """
    by_start = defaultdict(list)
    for span in sorted({s for s in spans if s.start < s.end}, key=lambda s: (s.start, -s.end)):
        by_start[span.start].append(span)
    bounds = sorted({0, len(text), *(x for s in by_start.values() for span in s for x in (span.start, span.end))})
    root: list = []
    stack: list[tuple[Span | None, list]] = [(None, root)]
    started: set[Span] = set()

    def push(span: Span) -> None:
        mark = Mark(span, span not in started)
        started.add(span)
        stack[-1][1].append(mark)
        stack.append((span, mark.children))

    for here, after in zip(bounds, [*bounds[1:], None]):
        ending = [k for k, (span, _) in enumerate(stack) if span is not None and span.end == here]
        if ending:
            reopen = [span for span, _ in stack[ending[0]:] if span is not None and span.end != here]
            del stack[ending[0]:]
            for span in reopen:
                push(span)
        for span in by_start.get(here, ()):
            push(span)
        if after is not None and after > here:
            stack[-1][1].append(text[here:after])
    return root


def _kind(kg: KnowledgeGraph, iri: str) -> str:
    prefix = kg.base_iri + ID_PATH
    return iri[len(prefix):].split("/", 1)[0] if iri.startswith(prefix) else ""


def _facts(kg: KnowledgeGraph, iri: str, labeller: Labeller) -> tuple[FactGroup, ...]:
    """The statements citing a span of the document, grouped by the kind of their subject."""
    rows = kg.rows(FACTS, doc=iri)
    labeller.fetch(t.value for row in rows for t in (bound(row, "s"), bound(row, "p"), bound(row, "o")) if t.is_iri)
    spans: dict[tuple, list[Span]] = defaultdict(list)
    for row in rows:
        if bound(row, "p").value not in NAME_PREDICATES:
            start, end = int(bound(row, "start").value), int(bound(row, "end").value)
            spans[(bound(row, "s"), bound(row, "p"), bound(row, "o"))].append(Span(start, end, span_path(kg, iri, start, end)))
    by_subject: dict = defaultdict(list)
    for (s, p, o), found in spans.items():
        by_subject[s].append(Fact(labeller.node(p), labeller.node(o), tuple(found)))
    groups = defaultdict(list)
    for s, facts in by_subject.items():
        groups[_kind(kg, s.value)].append(Subject(labeller.node(s), tuple(facts)))
    order = list(KIND_NAMES)
    return tuple(FactGroup(kind, *KIND_NAMES.get(kind, OTHER_KIND),
                           tuple(sorted(subjects, key=lambda x: x.node.text)))
                 for kind, subjects in sorted(groups.items(), key=lambda g: (order.index(g[0]) if g[0] in order
                                                                               else len(order), g[0])))


def document_view(kg: KnowledgeGraph, iri: str) -> Document | None:
    """The page of the source document ``iri``, or None when the graph holds no text for it."""
    values: dict[str, list[Term]] = defaultdict(list)
    for row in kg.rows(METADATA, doc=iri):
        values[bound(row, "p").value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]].append(bound(row, "o"))
    if not values.get("text"):
        return None
    text = values.pop("text")[0].value
    labeller = Labeller(kg).fetch([iri, *(o.value for os in values.values() for o in os if o.is_iri)])
    metadata = tuple((key, zh, en, tuple(sorted((labeller.node(o) for o in values[name]), key=lambda n: n.lang or "")))
                     for key, name, zh, en in FIELDS if values.get(name))
    bounds = [(int(bound(r, "start").value), int(bound(r, "end").value)) for r in kg.rows(SPANS, doc=iri)]
    spans = tuple(sorted({Span(start, end, span_path(kg, iri, start, end)) for start, end in bounds},
                         key=lambda s: (s.start, -s.end)))
    return Document(labeller.node(terms.iri(iri)), metadata, text, spans, tuple(highlight(text, spans)),
                    _facts(kg, iri, labeller))


SOURCES = "SELECT DISTINCT ?doc WHERE { ?doc a cj:SourceDocument } ORDER BY ?doc"


def source_documents(kg: KnowledgeGraph) -> tuple[Node, ...]:
    """Every source document of the graph, labelled (for the footer and the home page)."""
    iris = [bound(row, "doc").value for row in kg.rows(SOURCES)]
    labeller = Labeller(kg).fetch(iris)
    return tuple(labeller.node(terms.iri(iri)) for iri in iris)
