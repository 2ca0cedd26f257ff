"""Plan classes and the evidence stage: one class per kind of answer, each owning how its query's
rows become answers (``Plan.collect``, run once on the rows of the plan's own query), how each
answer is cited (the triple that states it, or the derivation that produced it) and the phrases
its sentence is worded with. The planners in search/qa_planners.py build them with their
SPARQL; search/qa_text.py puts a plan's phrases into the sentence (SENTENCES there for the
classes whose sentence has a shape of its own)."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import islice
from typing import ClassVar, TypeVar
from collections.abc import Callable, Sequence

from search.qa_answer import evidence_item
from search.qa_fact_indexes import label_key
from search.qa_facts import FactFinder
from search.qa_graph import PARTICIPANT, Participation
from search.documents import CJ

INDUSTRY_OF, SPOKEN_BY, HOLDS, DATE = f"{CJ}industry", f"{CJ}spokenBy", f"{CJ}holds", f"{CJ}date"
VENUE, LOCATED_IN, KEY_INDUSTRY = f"{CJ}venue", f"{CJ}locatedIn", f"{CJ}keyIndustry"
ISSUED_BY, TEMPORAL, PROVIDER = f"{CJ}issuedBy", "http://purl.org/dc/terms/temporal", f"{CJ}provider"
CREATOR, PUBLISHER = "http://purl.org/dc/terms/creator", "http://purl.org/dc/terms/publisher"
TITLE = "http://purl.org/dc/terms/title"
ASSOCIATED = "http://www.w3.org/ns/prov#wasAssociatedWith"
DESCRIPTION = "http://purl.org/dc/terms/description"
T = TypeVar("T")
# The links an answer cites, shared among its answers: each is a span lookup, and a list answer
# at 10x the seed had 400 of them (0.76 s). The answers' ranking still counts every link.
CITED_LINKS = 60


def cited(groups: Sequence[Sequence[T]]) -> list[T]:
    """The links an answer cites, from each answer's links in order (``groups``, one per answer):
    an equal share of CITED_LINKS per answer, at least one, and CITED_LINKS in all. Every answer
    path cites through this, before its span look-ups; its count and names still cover every answer."""
    share = max(1, CITED_LINKS // max(1, len(groups)))
    return list(islice((link for group in groups for link in group[:share]), CITED_LINKS))  # not every group's


def values_of(var: str, iris) -> str:
    """A plan's SPARQL VALUES clause binding ``?var`` to the IRIs, in sorted order; "" for none."""
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}\n" if iris else ""


@dataclass
class Plan:
    """A SPARQL query and how to read it; rows carry ?answer and, for most kinds, ?<via>."""

    kind: ClassVar[str] = "plain"
    # How the entities the question names constrain the answers, (zh, en) templates of their names.
    entity_phrase: ClassVar[tuple[str, str]] = ("与{}合作", "partnering with {}")
    sparql: str
    via: str | None = None  # the variable holding the entity that links an answer, if any
    is_count: bool = False
    subject: str | None = None  # the figure, or the event, a date/place/figure plan is about
    links: dict | None = None  # answer → {(via, anchor)}, filled by collect
    noun: tuple[str, str] | None = None  # (zh, en) name of the answers when the question's word does not fit
    most: bool = False  # keep only the answers with the most support ("参与项目最多的高校")
    most_n: int = 1  # "哪两所高校项目最多": down to the n-th answer's support, ties kept
    most_rank: int = 1  # "第二多的高校": only the answers at the n-th highest support
    # answers the question is read without ("除了X，哪所…最多": X set aside before ranking, search.qa_excluded)
    excluded: frozenset[str] = frozenset()
    # the classes of the cooperations ``most`` ranks by, when narrower than any ("按签约项目数排": the signed projects,
    # not a co-funded base besides): a row linked through another cooperation supports no answer
    counted: frozenset[str] = frozenset()
    # The query's rows read off the participation index (search.qa_index), when it answers them:
    # then the SPARQL is what the response shows, to rerun, and is not run.
    index: Callable[[Participation], list[dict]] | None = None

    def collect(self, rows: list[dict], result, facts: FactFinder, limit: int) -> None:
        """Fill ``result.answers`` (the first ``limit``), ``result.total`` (how many there are) and
        ``result.evidence`` from the query's rows."""
        support: dict[str, set] = {}
        for row in rows:
            if row["answer"] not in self.excluded and self._counts(row, facts):
                support.setdefault(row["answer"], set()).add((row.get(self.via), row.get("anchor")))
        top = max((len(v) for v in support.values()), default=1)
        total, ranked = self._ranked(support, label_key(facts, support), limit)
        result.total, ranked = total, ranked[:limit]  # the first ``limit`` are listed, all are counted
        self.links = {a: support[a] for a in ranked}
        result.answers = [facts.entity(a, len(support[a]) / top) for a in ranked]
        links = [[(a, *link) for link in sorted(support[a], key=lambda link: tuple(str(x) for x in link))]
                 for a in ranked]
        result.evidence = [self._evidence(a, via, anchor, facts) for a, via, anchor in cited(links)]

    def _counts(self, row: dict, facts: FactFinder) -> bool:
        """Whether ``row`` supports its answer: always, unless ``counted`` narrows the cooperations linking it."""
        if not self.counted:
            return True
        doc = facts.docs.get(row.get(self.via) or "")
        return doc is not None and bool(doc.types & self.counted)

    def _ranked(self, support: dict[str, set], by_label: Callable[[str], int | tuple[str, str]],
                limit: int) -> tuple[int, list[str]]:
        """(how many answers there are, at least the first ``limit`` of them): the most supported first, ties by
        label; only the most supported (``most``: down to the ``most_n``-th, or at the ``most_rank``-th level).
        Without ``most`` only the first ``limit`` are ordered (14k enterprises answer "哪些企业参与了人才培养项目"
        at 1000x the seed; ordering them all was most of its answer)."""
        def key(a: str) -> tuple:
            return -len(support[a]), by_label(a)

        if not (self.most and support):
            return len(support), heapq.nsmallest(limit, support, key=key)
        if self.most_rank > 1:
            levels = sorted({len(v) for v in support.values()}, reverse=True)
            if self.most_rank > len(levels):
                return 0, []  # "第二多的幼儿园" with one kindergarten: no such place, not the last one held
            level = levels[self.most_rank - 1]
            ranked = [a for a in sorted(support, key=by_label) if len(support[a]) == level]
        else:
            floor = sorted((len(v) for v in support.values()), reverse=True)[min(self.most_n, len(support)) - 1]
            ranked = sorted((a for a in support if len(support[a]) >= floor), key=key)
        return len(ranked), ranked

    def item(self, answer: str, via: str | None, facts: FactFinder) -> tuple[list[str], list[dict]]:
        """The path from the answer to what links it, and the source spans stating it."""
        return [facts.label(answer)], []

    def _evidence(self, answer: str, via, anchor, facts: FactFinder) -> dict:
        path, source = self.item(answer, via, facts)
        if anchor and anchor != via:
            path += ["涉及 concerns", facts.label(anchor)]
            source = source or facts.evidence(via or answer, INDUSTRY_OF, anchor)
        # where no span states this link as such, how the graph derives it
        return evidence_item(path, source, "industry of the cooperation is, or is narrower than, the topic (cj:industry/skos:broader*)"
                             if anchor and anchor != via else f"matched by the query's graph pattern ({self.kind})")


class ParticipationPlan(Plan):
    """Answers linked to cooperations by participation; ranked by their participation links."""

    # The answers with the most participation links: (zh, en) templates of (answer word, count).
    most_phrase: ClassVar[tuple[str, str]] = ("", "")

    def ends(self, answer: str, via: str) -> tuple[str, str]:
        raise NotImplementedError

    def item(self, answer, via, facts):
        if not via or via == answer:
            return super().item(answer, via, facts)
        cooperation, party = self.ends(answer, via)
        return ([facts.label(party), "参与 participates in", facts.label(cooperation)],
                facts.evidence(cooperation, PARTICIPANT, party))


class ParticipantsPlan(ParticipationPlan):
    kind = "participants"
    most_phrase = ("参与合作最多的{}（{}项）", "{} in the most cooperations ({})")

    def ends(self, answer, via):
        return via, answer


class CooperationsPlan(ParticipationPlan):
    kind = "cooperations"
    entity_phrase = ("{}参与", "involving {}")
    most_phrase = ("参与方最多的{}（{}个）", "{} with the most parties ({})")

    def ends(self, answer, via):
        return answer, via


class HolderPlan(Plan):
    """People and the posts they hold."""

    position_field: ClassVar[str] = ""  # the row variable holding the position

    def holder(self, answer: str, via: str) -> tuple[str, str]:
        raise NotImplementedError

    def item(self, answer, via, facts):
        person, position = self.holder(answer, via)
        return [facts.label(person), "担任 holds", facts.label(position)], facts.evidence(person, HOLDS, position)

    def collect(self, rows, result, facts, limit):
        """One post stated by several sources is answered once, by its newest statement; the
        others follow in the evidence, each naming its date and document."""
        newest = {}
        for row in rows:
            pos = row.get(self.position_field)
            versions = facts.post_versions.get(pos, [pos])
            newest[versions[0]] = versions
            row[self.position_field] = versions[0]
        super().collect(rows, result, facts, limit)
        for answer, links in self.links.items():
            for via, _ in sorted(links, key=str):
                person, position = self.holder(answer, via)
                for older in newest.get(position, [position])[1:]:
                    source = facts.evidence(person, HOLDS, older)
                    date, doc = facts.stated.get(older, ("", ""))
                    result.evidence.append(evidence_item([facts.label(person), "担任 holds", facts.label(older),
                                                          f"{date} {facts.label(doc) if doc else ''}".strip()], source))


class PeoplePlan(HolderPlan):
    kind, position_field = "people", "pos"
    entity_phrase = ("{}", "at {}")

    def holder(self, answer, via):
        return answer, via


class PositionsPlan(HolderPlan):
    kind, position_field = "positions", "answer"

    def holder(self, answer, via):
        return via, answer


class LinkPlan(Plan):
    """Answers linked by one stated triple (via, predicate, answer)."""

    predicate: ClassVar[str] = ""
    words: ClassVar[str] = ""

    def item(self, answer, via, facts):
        return ([facts.label(via), self.words, facts.label(answer)], facts.evidence(via, self.predicate, answer))


class ProvidersPlan(LinkPlan):
    """The organisations running a programme the question names: the only organisations a programme is linked to."""

    kind, predicate, words = "providers", PROVIDER, "实施单位 provider"
    entity_phrase = ("实施{}", "running {}")


class IndustriesPlan(LinkPlan):
    kind, predicate, words = "industries", INDUSTRY_OF, "所属产业 industry"
    entity_phrase = ("{}参与的合作所属", "of the cooperations of {}")


class ReportedPlan(LinkPlan):
    """What a source reports about itself or a statement: worded with that source (qa_text)."""

    # (zh, en) templates of the sentence, of the source and the answers' names.
    reported: ClassVar[tuple[str, str]] = ("", "")


class AuthorsPlan(ReportedPlan):
    kind, predicate, words = "authors", CREATOR, "作者 creator"
    reported = ("《{source}》的作者：{names}。", "Authors of “{source}”: {names}.")


class BylinePlan(ReportedPlan):
    """"byline names and the newspaper", "作者是谁，哪家媒体刊发的": the authors and the outlet of a source, asked together,
    each cited by the triple stating it."""

    kind, words = "byline", "作者 creator / 发布 published by"
    reported = ("《{source}》的作者与发布媒体：{names}。", "Authors and outlet of “{source}”: {names}.")

    def item(self, answer, via, facts):
        return ([facts.label(via), self.words, facts.label(answer)],
                facts.evidence(via, CREATOR, answer) or facts.evidence(via, PUBLISHER, answer))


class DocumentsPlan(Plan):
    """"Who wrote the article" when the graph holds several and the question names none: the
    documents (title, authors, date) to choose from, each cited by the span of its title."""

    kind = "documents"

    def item(self, answer, via, facts):
        authors = [facts.label(r["a"]) for r in facts.kg.select(f"SELECT ?a WHERE {{ ?d <{CREATOR}> ?a }}", d=answer)]
        date, _ = facts.document_dates.get(answer, ("", ""))
        return [facts.label(answer), "作者 creator", "、".join(sorted(authors)), date], \
            facts.evidence(answer, TITLE)


class StatingPlan(Plan):
    """"哪份文件提出…", "which document says …": the document whose words the question uses, cited by
    the span stating what it says (or its description)."""

    kind = "stating"

    def item(self, answer, via, facts):
        return ([facts.label(answer), "提出 states"],
                facts.evidence(answer, f"{CJ}text") or facts.evidence(answer, DESCRIPTION))


class SpeakersPlan(ReportedPlan):
    kind, predicate, words = "speakers", SPOKEN_BY, "说话人 spoken by"
    reported = ("{names}说：“{source}”", "{names} said: “{source}”")


class QuotedPlan(ReportedPlan):
    """"报道还引用了谁的话", "who is quoted in the article": every speaker the source quotes."""

    kind, predicate, words = "quoted", SPOKEN_BY, "说话人 spoken by"
    reported = ("原文引用了{names}的话。", "The source quotes {names}.")


class PublishersPlan(ReportedPlan):
    kind, predicate, words = "publishers", PUBLISHER, "发布 published by"
    reported = ("《{source}》由{names}发布。", "“{source}” was published by {names}.")


class IssuersPlan(ReportedPlan):
    kind, predicate, words = "issuers", ISSUED_BY, "印发 issued by"
    reported = ("《{source}》由{names}印发。", "“{source}” was issued by {names}.")


class AgentsPlan(ReportedPlan):
    """Who acted in an event the question describes ("哪个部门要求各省启动…", "which body asked the provinces …")."""

    kind, predicate, words = "agents", ASSOCIATED, "主体 carried out by"
    reported = ("{source}：{names}。", "{source}: {names}.")


class KeyIndustriesPlan(ReportedPlan):
    kind, predicate, words = "key industries", KEY_INDUSTRY, "重点产业 key industry"
    reported = ("{source}的重点产业：{names}。", "Key industries of {source}: {names}.")


class ProgrammesPlan(Plan):
    kind = "programmes"
    entity_phrase = ("{}", "of {}")


class PlacePlan(Plan):
    kind = "place"

    def item(self, answer, via, facts):
        return ([facts.label(via), "举办地 held at", facts.label(answer)],
                facts.evidence(via, VENUE) or facts.evidence(via, LOCATED_IN))


class DatePlan(Plan):
    """When something happened. Rows carry ?date (a calendar date) and ?when (the article's words);
    an event dated only by words such as 近日 has no date to answer with: no answers, its span cited."""

    kind = "date"

    def collect(self, rows, result, facts, limit):
        super().collect(rows, result, facts, limit)
        if not any(row.get("date") for row in rows):
            result.answers, result.total = [], None

    def item(self, answer, via, facts):
        return [facts.label(answer)], facts.evidence(answer, DATE) or facts.evidence(answer, TEMPORAL)


def fields_of(rank: str, facts: FactFinder) -> list[str]:
    """The figures of a rank's owner that are no ranks: the size of the field it was ranked in (none for a
    figure that is no rank)."""
    if rank not in facts.ranks():
        return []
    owner = facts.quantity_owner[rank][0]
    return [q for q, (o, _) in facts.quantity_owner.items() if o == owner and q not in facts.ranks()]


class QuantityPlan(Plan):
    """A figure (the newest of its measure); the same measure at other dates or from other sources
    follows in the evidence, each item naming its date and document."""

    kind = "quantity"

    def collect(self, rows, result, facts, limit):
        super().collect(rows, result, facts, limit)
        for field in fields_of(self.subject, facts) if result.answers else []:  # a rank is told with its field
            path, source = self.item(field, None, facts)
            result.evidence.append(evidence_item(path, source))
        for other in facts.versions(self.subject)[1:]:
            path, source = self.item(other, None, facts)
            date, doc = facts.stated.get(other, ("", ""))
            result.evidence.append(evidence_item([*path, f"{date} {facts.label(doc) if doc else ''}".strip()], source,
                                                 "an earlier figure of the same measure"))

    def item(self, answer, via, facts):
        owner, predicate = facts.quantity_owner[answer]
        return ([facts.label(owner), facts.label(predicate), facts.label(answer)],
                facts.evidence(owner, predicate, answer))
