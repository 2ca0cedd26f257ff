"""The tables graph.emit writes curated fields by: each field's predicate (and language, or class), the classes of
the kinds of entries, the concept schemes, and the IRIs of a figure's bound and period."""

from __future__ import annotations

from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from graph.namespaces import CJ, SCHEMA

# Curated field -> predicate, for fields whose values are references to other entries.
REF_PREDICATES = {
    "industries": CJ.industry, "key_industries": CJ.keyIndustry, "located_in": CJ.locatedIn,
    "location": CJ.locatedIn, "parent": CJ.subOrganizationOf, "within": CJ.within, "broader": SKOS.broader,
    "participants": CJ.participant, "mode": CJ.cooperationMode, "category": CJ.projectCategory, "signed_at": CJ.signedAt,
    "provider": CJ.provider, "venue": CJ.venue, "organizer": CJ.organizer, "sub_event_of": CJ.subEventOf,
    "agents": PROV.wasAssociatedWith, "approves": CJ.approves, "issued_by": CJ.issuedBy,
    "publisher": DCTERMS.publisher, "creators": DCTERMS.creator,
    "leads": CJ.ledBy, "members": CJ.member,
}
# Curated field -> (predicate, language), for text fields.
TEXT_PREDICATES = {
    "description_zh": (DCTERMS.description, "zh"), "description_en": (DCTERMS.description, "en"),
    "audience_zh": (CJ.audience, "zh"), "audience_en": (CJ.audience, "en"),
    "method_zh": (CJ.method, "zh"), "method_en": (CJ.method, "en"),
    "level_zh": (CJ.level, "zh"), "level_en": (CJ.level, "en"),
    "batch_zh": (CJ.batch, "zh"), "batch_en": (CJ.batch, "en"),
    "text_zh": (CJ.text, "zh"), "text_en": (CJ.text, "en"),
    "date_text_zh": (DCTERMS.temporal, "zh"), "column_zh": (SCHEMA.articleSection, "zh"),
    "column_en": (SCHEMA.articleSection, "en"),
}
INT_PREDICATES = {"ordinal": CJ.ordinal, "rank": CJ.rank, "out_of": CJ.outOf}
# Kind -> the class every entry of it has; a field named in TYPE_FIELDS gives the leaf class instead.
KIND_CLASSES = {
    "documents": CJ.NewsArticle, "industries": CJ.Industry, "modes": CJ.CooperationMode, "people": CJ.Person,
    "training_bases": CJ.TrainingBase, "programmes": CJ.TrainingProgramme, "policies": CJ.PolicyDocument,
    "consortia": CJ.Consortium, "projects": CJ.CooperationProject, "project_categories": SKOS.Concept,
}
TYPE_FIELDS = {"organisations": "type", "places": "type", "events": "type",
               "consortia": "type", "documents": "type"}
# Source metadata (source.yaml) -> predicate; these describe the document, they are not quoted from it.
SOURCE_LITERALS = {"language": DCTERMS.language, "licence": DCTERMS.rights, "sha256": CJ.sha256}
# Free-text publisher and author names: the byline states them, so they cite the quotes that write them.
SOURCE_NAMES = {"publisher_name": DCTERMS.publisher, "creator_names": DCTERMS.creator}
SCHEMES = {
    "industries": ("industry", "产业分类", "Industry classification"),
    "modes": ("mode", "合作方式", "Cooperation modes"),
    "project_categories": ("category", "项目类别", "Project categories"),
}
# Quantity-valued fields -> (linking predicate, class of the quantity node).
QUANTITY_FIELDS = {
    "member_counts": (CJ.memberCount, CJ.MemberCount), "figures": (CJ.figure, CJ.Figure),
    "targets": (CJ.target, CJ.Target), "outputs": (CJ.output, CJ.CountedOutput),
    "investment": (CJ.investment, CJ.MonetaryAmount),
}
BOUND_IRIS = {"exact": CJ.Exact, "at-least": CJ.AtLeast, "more-than": CJ.MoreThan}
PERIOD_IRIS = {"per-year": CJ.PerYear, "first-batch": CJ.FirstBatch, "cumulative": CJ.Cumulative}
DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
