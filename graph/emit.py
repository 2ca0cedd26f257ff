"""Turn checked curated entries into RDF: a data graph and a provenance graph.

Every triple asserted about an entry goes through ``Emitter.fact``, which also
reifies it in the provenance graph as an rdf:Statement pointing at the Evidence
(document, character span, exact quote) that states it. An entry's statements cite its
own source; a registry entity's cite every source that mentions it; a field listed in an
evidence mapping cites its own quotes. Figures, member counts and positions are dated
(cj:asOf, the source's publication date unless given) and name their source (dcterms:source).

A statement that no quote states is not given the entry's quotes: it is recorded as a
cj:DerivedStatement naming the activity that made it (ACTIVITIES) and the statements it rests
on: an English label or text rests on its Chinese counterpart, a bracket variant on the name it
varies, and what a registry entry adds that no source writes (a curated alias, a classification,
a summary) on the entity's cited type statement.
"""

from __future__ import annotations


from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from graph.curated import Curated, Entry, KINDS, as_list, locate, quotes_for
from graph.han import language
from graph.namespaces import CJ, SCHEMA, content_slug, entity_iri
from graph.statements import ACTIVITIES, DERIVED, EVIDENCE, STATEMENT, TYPE, reify, statement_iri
from graph.emit_tables import (BOUND_IRIS, DATE_TYPES, INT_PREDICATES, KIND_CLASSES, PERIOD_IRIS, QUANTITY_FIELDS,
                               REF_PREDICATES, SCHEMES, SOURCE_LITERALS, SOURCE_NAMES, TEXT_PREDICATES, TYPE_FIELDS)
from graph.triples import Collected, Spool, Triples, text_literal

BRACKETS = (str.maketrans("()", "（）"), str.maketrans("（）", "()"))

SPANS_KEPT = 4096  # Evidence nodes kept made (Emitter.span_of): a bound on the memory, not on the build


def _names(data: dict) -> set[str]:
    """The zh label and aliases by which quotes may name an entry."""
    return {n for n in [data.get("label_zh"), *as_list(data.get("aliases"))] if isinstance(n, str) and n}


def number(value) -> Literal:
    if isinstance(value, float) and not value.is_integer():
        return Literal(repr(value), datatype=XSD.decimal)
    return Literal(int(value), datatype=XSD.integer)


class Emitter:
    """Collects the data and provenance graphs for one build."""

    def __init__(self, curated: Curated, base: str):
        self.curated, self.base = curated, base
        # rdflib's Graph.add was most of a large build; the provenance (most triples) goes to disk
        self.data: Triples | Collected = Triples()
        self.provenance: Spool | Collected = Spool()
        self.activities: set[str] = set()  # the ACTIVITIES named, written once, by activity_rows, after the entries
        self.reads: set[tuple[str, str]] | None = None  # what the entry emitted now reads beyond itself (graph.emit_cache)
        self.quotes: dict[URIRef, str] = {}
        self.spans: dict[tuple | None, tuple[URIRef, str, tuple[tuple, ...]]] = {}  # ``span_of``'s, by (source, quote)
        self.cited = self.uncited = self.derived = 0
        self.names = {self.iri(e.id): _names(e.data) for e in curated.entries.values()}
        for entry_id, mentions in curated.mentions.items():  # the names a source gives an entity name it too
            self.names[self.iri(entry_id)] |= {a for m in mentions for a in as_list(m.data.get("aliases"))
                                               if isinstance(a, str) and a}

    def read(self, what: str, key: str) -> None:
        """Record that the entry being emitted reads ``what`` of ``key`` (graph.emit_cache.READS):
        every look-up beyond the entry's own data goes through here."""
        if self.reads is not None:
            self.reads.add((what, key))

    def iri(self, entry_id: str) -> URIRef:
        self.read("kind", entry_id)
        entry = self.curated.entries[entry_id]
        return URIRef(entity_iri(self.base, KINDS[entry.kind].segment, entry_id))

    def node(self, segment: str, slug: str) -> URIRef:
        return URIRef(entity_iri(self.base, segment, slug))

    def fact(self, s, p, o, evidence: list[URIRef], fallback: tuple | None = None) -> None:
        """Assert a triple and record the evidence that states it.

        Of an entry's quotes, a link to another entity cites those that name that entity, a type
        those that name its subject, and a text literal (a label, an alias) those that contain it.
        With ``fallback`` = (activity, premises), a statement none of whose quotes states it that
        way is recorded as derived instead (``derive``); without it, it cites all the quotes.
        """
        self.data.add((s, p, o))
        names = self.named(s) if p == TYPE else \
            self.named(o) if isinstance(o, URIRef) else ({str(o)} if o.language or o.datatype is None else ())
        naming = [e for e in evidence if any(n in self.quotes[e] for n in names)]
        if fallback is not None and not naming:
            self.derive((s, p, o), *fallback)
            return
        if not evidence:
            self.uncited += 1
            return
        self.cited += 1
        evidence = naming or evidence
        statement = URIRef(statement_iri(self.base, s, p, o))
        reify(self.provenance, statement, (s, p, o), (STATEMENT,))
        for ev in evidence:
            self.provenance.add((statement, EVIDENCE, ev))

    def derive(self, triple: tuple, activity: str, premises: list[tuple]) -> None:
        """Record an asserted triple that no quote states as a cj:DerivedStatement generated by
        ``activity`` (ACTIVITIES) and prov:wasDerivedFrom the statements of ``premises``."""
        self.derived += 1
        statement, node = URIRef(statement_iri(self.base, *triple)), self.node("activity", activity)
        reify(self.provenance, statement, triple, (STATEMENT, DERIVED), node, premises, self.base)
        self.activities.add(activity)

    def named(self, iri: URIRef) -> set[str] | tuple:
        """The names by which a quote may name the entity ``iri`` (none for another IRI)."""
        self.read("names", iri)
        return self.names.get(iri, ())

    def activity_rows(self) -> None:
        """Describe every activity a derived statement named (once each, whichever entries named it)."""
        for activity in sorted(self.activities):
            node = self.node("activity", activity)
            self.provenance.add((node, RDF.type, PROV.Activity))
            for text, lang in zip(ACTIVITIES[activity], ("zh", "en")):
                self.provenance.add((node, RDFS.label, text_literal(text, lang)))

    def evidence(self, entry: Entry, holder: dict, name: str | None = None, value=None) -> list[URIRef]:
        """Evidence nodes for the quotes of ``holder`` (an entry or a nested item) stating ``name``."""
        nodes = []
        self.read("source", str(entry.source))
        for quote in quotes_for(holder, name, value):
            node, document, rows = self.span_of(entry, quote)
            self.read("kind", document)  # as self.iri(document) reads it
            for row in rows:
                self.data.add(row)
            self.quotes[node] = quote
            nodes.append(node)
        return nodes

    def span_of(self, entry: Entry, quote) -> tuple[URIRef, str, tuple[tuple, ...]]:
        """(the Evidence node of ``quote`` in ``entry``'s source, that source's id, the node's rows), made once per
        source and quote while kept: entries, mentions and fields cite a quote again (18,636 times 7,924 at 100x)."""
        key = (entry.source, quote) if isinstance(quote, str) else None  # anything else: locate's error
        made = self.spans.get(key) if key is not None else None
        if made is None:
            document, start, end = locate(entry, quote, self.curated)
            node = self.node("evidence", content_slug(document, start, end))
            made = (node, document, ((node, RDF.type, CJ.Evidence), (node, CJ.sourceDocument, self.iri(document)),
                                     (node, CJ.start, Literal(start, datatype=XSD.integer)),
                                     (node, CJ.end, Literal(end, datatype=XSD.integer)),
                                     (node, CJ.quote, text_literal(quote, "zh"))))
            if len(self.spans) >= SPANS_KEPT:  # repeats are near each other: an entry, its mentions, its fields
                self.spans.clear()
            self.spans[key] = made
        return made

    def labels(self, s: URIRef, holder: dict, ev: list[URIRef], curated: tuple | None = None) -> None:
        """rdfs:label and skos:prefLabel in zh and en; aliases and bracket variants as skos:altLabel.

        The English label rests on the Chinese one and a variant on its name when no quote writes
        them; ``curated`` (a registry entry's fallback) is what its other unwritten names rest on.
        """
        zh, en = holder.get("label_zh"), holder.get("label_en")
        stated: dict[str, tuple] = {}
        for text, lang in ((zh, "zh"), (en, "en")):
            if not text:
                continue
            for predicate in (RDFS.label, SKOS.prefLabel):
                literal = text_literal(text, lang)
                self.fact(s, predicate, literal, ev, self.rendering(s, predicate, literal, zh, curated))
                stated.setdefault(text, (s, predicate, literal))
        for alias in sorted({a for a in as_list(holder.get("aliases")) if isinstance(a, str) and a.strip()} - set(stated)):
            literal = text_literal(alias, language(alias))
            self.fact(s, SKOS.altLabel, literal, ev, self.rendering(s, RDFS.label, literal, zh, curated))
            stated[alias] = (s, SKOS.altLabel, literal)
        for name, premise in list(stated.items()):
            # sorted: a set's order is the hash seed's, which each process draws anew
            for variant in sorted({name.translate(t) for t in BRACKETS} - set(stated)):
                self.fact(s, SKOS.altLabel, text_literal(variant, language(variant)), ev, ("variant", [premise]))
                stated[variant] = premise

    @staticmethod
    def rendering(s, predicate, literal: Literal, zh: str | None, curated: tuple | None) -> tuple | None:
        """The fallback of a name or text: an English one rests on the Chinese ``zh`` (of
        ``predicate``), a Chinese one of a registry entry on ``curated``, else it cites its quotes."""
        if literal.language == "en" and zh:
            return "translation", [(s, predicate, text_literal(zh, "zh"))]
        return curated

    def entry(self, entry: Entry) -> None:
        data, s = entry.data, self.iri(entry.id)
        self.read("mentions", entry.id)
        mentions = self.curated.mentions.get(entry.id, ())
        ev = self.evidence(entry, data) + [n for m in mentions for n in self.evidence(m, m.data)]
        for e in ev:
            self.data.add((s, CJ.evidence, e))
        type_field = TYPE_FIELDS.get(entry.kind)
        cls = CJ[data[type_field]] if type_field else KIND_CLASSES[entry.kind]
        self.fact(s, RDF.type, cls, ev)
        # a project's category is a checked id (graph.sources)
        category = self.curated.entries.get(data["category"]) if entry.kind == "projects" else None
        if category is not None:
            self.read("class", category.id)
        if category is not None and category.data.get("class"):  # the ontology's class of that category, if any
            self.fact(s, RDF.type, CJ[category.data["class"]], ev)
        # a name no quote writes, and what a registry entry (no source of its own) adds that no
        # quote states, are the curator's: they rest on the entity's cited type
        curated = ("curation", [(s, RDF.type, cls)]) if ev else None
        self.labels(s, data, ev, curated)
        if entry.kind == "documents":
            if entry.source is None:
                raise entry.fail("a document is described by its own source directory, not the registry")
            self.source_metadata(s, entry.source, data, ev)
        self.scheme_membership(entry, s)
        self.simple_fields(entry, s, ev, curated if entry.source is None else None)
        self.statements(entry, s, ev)
        for mention in mentions:
            mev = self.evidence(mention, mention.data)
            self.aliases(s, as_list(mention.data.get("aliases")), data, mev)
            self.statements(mention, s, mev)

    def statements(self, entry: Entry, s: URIRef, ev: list[URIRef]) -> None:
        """The nested statements an entry (or a source's mention of it) makes: dated where they change."""
        self.quantities(entry, s, ev)
        self.positions(entry, s, ev)
        self.quotations(entry, s, ev)
        self.goals(entry, s, ev)

    def source_metadata(self, s: URIRef, source: str, data: dict, ev: list[URIRef]) -> None:
        self.read("source", source)
        for lang in ("zh", "en"):
            title = text_literal(data[f"label_{lang}"], lang)
            self.fact(s, DCTERMS.title, title, ev, self.rendering(s, DCTERMS.title, title, data["label_zh"], None))
        if data.get("date"):
            self.fact(s, DCTERMS.issued, Literal(data["date"], datatype=DATE_TYPES[len(data["date"])]), ev)
        if data.get("url"):
            self.data.add((s, SCHEMA.url, URIRef(str(data["url"]))))
        # The stored text every evidence span of this source indexes into: the document page shows it.
        self.data.add((s, SCHEMA.text, Literal(self.curated.sources[source].text)))
        for name, predicate in SOURCE_LITERALS.items():
            for value in as_list(data.get(name)):
                self.data.add((s, predicate, Literal(str(value))))
        for name, predicate in SOURCE_NAMES.items():
            for value in as_list(data.get(name)):
                self.fact(s, predicate, Literal(str(value)), ev)

    def stated_by(self, entry: Entry, item: dict) -> tuple:
        """What tells apart the same figure or position stated by two sources (or at two dates):
        a mention's source, and the date when given (an entry's own figures need neither)."""
        own = self.curated.entries.get(entry.id) is entry
        return ((() if own else (entry.source,)) + ((item["date"],) if item.get("date") else ()))

    def dated(self, entry: Entry, node: URIRef, item: dict, ev: list[URIRef]) -> None:
        """A changing fact's date (given, else its source's publication date) and its source."""
        if entry.source is None:
            return
        self.read("source", entry.source)
        source = self.curated.sources[entry.source]
        date = item.get("date") or source.published
        if date:
            self.fact(node, CJ.asOf, Literal(date, datatype=DATE_TYPES[len(date)]), ev)
        self.fact(node, DCTERMS.source, self.iri(source.id), ev)

    def aliases(self, s: URIRef, names: list, data: dict, ev: list[URIRef]) -> None:
        """Names a source gives an entity besides its registry labels (merged entries), as skos:altLabel."""
        known = {data.get("label_zh"), data.get("label_en")}
        for alias in sorted({a for a in names if isinstance(a, str) and a.strip()} - known):
            literal = text_literal(alias, language(alias))
            self.fact(s, SKOS.altLabel, literal, ev, self.rendering(s, RDFS.label, literal, data.get("label_zh"), None))

    def simple_fields(self, entry: Entry, s: URIRef, ev: list[URIRef], curated: tuple | None = None) -> None:
        """Links, texts, numbers and dates; a registry entry's that no quote writes rest on ``curated``."""
        for name, value in entry.data.items():
            own = self.evidence(entry, entry.data, name) if isinstance(entry.data.get("evidence"), dict) else ev
            if name in REF_PREDICATES:
                for target in as_list(value):
                    tev = self.evidence(entry, entry.data, name, target) if own is not ev else ev
                    self.fact(s, REF_PREDICATES[name], self.iri(target), tev, curated)
            elif name in TEXT_PREDICATES and value:
                predicate, lang = TEXT_PREDICATES[name]
                zh = entry.data.get(name[:-3] + "_zh") if name.endswith("_en") else None
                literal = text_literal(str(value), lang)
                self.fact(s, predicate, literal, own, self.rendering(s, predicate, literal, zh, curated))
            elif name in INT_PREDICATES:
                self.fact(s, INT_PREDICATES[name], number(value), own)
            elif name == "date":
                self.fact(s, CJ.date, Literal(value, datatype=DATE_TYPES[len(value)]), own)

    def scheme_membership(self, entry: Entry, s: URIRef) -> None:
        if entry.kind not in SCHEMES:
            return
        segment, label_zh, label_en = SCHEMES[entry.kind]
        scheme = self.node(segment, "scheme")
        self.data.add((scheme, RDF.type, SKOS.ConceptScheme))
        for text, lang in ((label_zh, "zh"), (label_en, "en")):
            self.data.add((scheme, RDFS.label, text_literal(text, lang)))
            self.data.add((scheme, SKOS.prefLabel, text_literal(text, lang)))
        self.data.add((s, SKOS.inScheme, scheme))
        if not entry.data.get("broader"):
            self.data.add((scheme, SKOS.hasTopConcept, s))
            self.data.add((s, SKOS.topConceptOf, scheme))

    def quantities(self, entry: Entry, s: URIRef, ev: list[URIRef]) -> None:
        for name, (predicate, cls) in QUANTITY_FIELDS.items():
            for q in as_list(entry.data.get(name)):
                node = self.node("quantity", content_slug(entry.id, name, q.get("label_zh"), q["value"],
                                                          *self.stated_by(entry, q)))
                qev = self.evidence(entry, q) or ev
                self.fact(s, predicate, node, qev)
                self.fact(node, RDF.type, cls, qev)
                self.fact(node, CJ.value, number(q["value"]), qev)
                self.quantity_details(node, q, qev, ("curation", [(node, CJ.value, number(q["value"]))]))
                self.dated(entry, node, q, qev)

    def quantity_details(self, node: URIRef, q: dict, ev: list[URIRef], curated: tuple) -> None:
        """A figure's names (a curator's wording of what it counts, unless its span writes it) and details."""
        self.labels(node, q, ev, curated)
        for key, predicate in (("unit_zh", CJ.unitText), ("unit_en", CJ.unitText),
                               ("kind_zh", CJ.outputKind), ("kind_en", CJ.outputKind)):
            if q.get(key):
                self.fact(node, predicate, text_literal(q[key], key[-2:]), ev)
        if q.get("text"):
            self.fact(node, CJ.sourceText, text_literal(str(q["text"]), "zh"), ev)
        if q.get("currency"):
            self.fact(node, CJ.currency, Literal(q["currency"]), ev)
        if q.get("bound"):
            self.fact(node, CJ.bound, BOUND_IRIS[q["bound"]], ev)
        if q.get("period"):
            self.fact(node, CJ.period, PERIOD_IRIS[q["period"]], ev)
        if q.get("category"):
            category = "Organization" if q["category"] == "total" else q["category"]
            self.fact(node, CJ.memberCategory, CJ[category], ev)

    def positions(self, entry: Entry, s: URIRef, ev: list[URIRef]) -> None:
        for p in entry.data.get("positions") or ():
            node = self.node("position", content_slug(entry.id, p.get("title_zh"), p.get("organisation"),
                                                      *self.stated_by(entry, p)))
            pev = self.evidence(entry, p) or ev
            self.fact(s, CJ.holds, node, pev)
            self.fact(node, RDF.type, CJ.Position, pev)
            self.labels(node, {"label_zh": p.get("title_zh"), "label_en": p.get("title_en")}, pev,
                        ("curation", [(node, CJ.postIn, self.iri(p["organisation"]))]))
            self.fact(node, CJ.postIn, self.iri(p["organisation"]), pev)
            self.dated(entry, node, p, pev)

    def quotations(self, entry: Entry, s: URIRef, ev: list[URIRef]) -> None:
        for q in entry.data.get("quotes") or ():
            node = self.node("quotation", content_slug(entry.id, "quote", q.get("text_zh") or q.get("text_en")))
            qev = self.evidence(entry, q) or ev
            self.fact(node, RDF.type, CJ.Quotation, qev)
            self.fact(node, CJ.spokenBy, s, qev)
            for lang in ("zh", "en"):
                if q.get(f"text_{lang}"):
                    self.fact(node, CJ.text, text_literal(q[f"text_{lang}"], lang), qev)

    def goals(self, entry: Entry, s: URIRef, ev: list[URIRef]) -> None:
        for goal in entry.data.get("goals") or ():
            gev = self.evidence(entry, goal) or ev
            for lang in ("zh", "en"):
                if goal.get(f"text_{lang}"):
                    self.fact(s, CJ.goal, text_literal(goal[f"text_{lang}"], lang), gev)


def emit(curated: Curated, base: str) -> Emitter:
    """The emitter holding the data and provenance graphs of all curated entries (and its counts)."""
    emitter = Emitter(curated, base)
    for entry in curated.entries.values():
        emitter.entry(entry)
    emitter.activity_rows()
    return emitter
