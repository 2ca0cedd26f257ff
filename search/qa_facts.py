"""Facts question answering looks up beside the SPARQL answer query: labels, evidence spans,
figures (quantities) and positions. Loaded once per graph, by the queries of search/qa_fact_queries.py
(search/qa_fact_tables.py reads the tables; this module the lookups made at each question);
how the question's words are matched against them is search/qa_match.py."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from collections.abc import Iterable, Mapping, Set as AbstractSet

from graph.namespaces import span_path
from graph.han import HAN as CJK
from search.qa_fact_queries import (LINKED_ORGANISATIONS, COOPERATIONS_OF, CLASSES_OF, DATE_OF, EVIDENCE, PARTIES_OF,
                                     SIGNINGS_OF)
from search.qa_cues import AMOUNT_WORDS, SIGNING_ASKED
from search.qa_fact_tables import FactTables
from search.qa_graph import ORGANIZATION, PARTICIPANT, PROJECT, within
from search.qa_fact_indexes import INDEXED, INDEXED_ATTRIBUTE, is_ordinal, ordinal
from search.qa_match import LINK_BONUS, asks_rank, pairs_in, tokens, uses, uses_any, without_mentions, without_question_words
from search.qa_values import dates_in, en_amount, measured_in
from search.qa_measures import field_only
from search.text import normalize
from search.understand import Understanding
from search.understand_words import MEASURE_WORDS

# Titles of posts, Chinese and English, with the words that make a post a deputy one.
TITLE = re.compile(r"(?:副|常务副)?(?:党委|党组)?(?:总经理|经理|董事长|董事|总裁|主席|秘书长|书记|校长|院长|主任|总监|市长|区长|"
                   r"省长|部长|局长|厂长|所长|理事长|会长|总工程师)"
                   r"|(?<![a-z])(?:(?:vice|deputy|assistant|executive)[ -])?(?:president|ceo|chairman|chairwoman|director|"
                   r"mayor|secretary|general manager|manager|dean|principal|governor|minister|chief executive)(?![a-z])")
DEPUTY = re.compile(r"副|vice|deputy|assistant")
# How the article marks a figure as approximate ("2800余个", "1000人以上"); English keeps the qualifier.
APPROXIMATE = ("余", "多", "以上", "逾", "近")
# What naming the counted class is worth: more than the named-entity link (2), so that the words a
# total shares with its context ("成员单位中…") do not outweigh the class asked for.
COUNTED_BONUS = 2.5
MONEY_BONUS = 1.0
# The field of a ranking asked ("out of how many", search.qa_measures) is one word its figures share with the question.
MEASURE_BONUS = 1.0


class FactFinder(FactTables):
    """Labels, evidence, figures and positions of one graph: the lookups made at each question, over the tables
    read once (search.qa_fact_tables.FactTables)."""

    def of_class(self, classes, root: str) -> bool:
        """Whether ``classes`` is not empty and each is ``root`` or narrower (search.qa_graph.within, over the catalogue)."""
        return within(classes, root, self.catalogue.ancestors)

    def speakers(self) -> set[str]:
        """Everyone a quotation of the graph's is spoken by."""
        return {s for found in self.quote_speakers.values() for s in found}

    def entity(self, iri: str, score: float) -> dict:
        """The answer shape: id, zh and en labels, zh type label, score."""
        doc = self.docs.get(iri)
        kind = self.catalogue.type_label(doc) if doc else self._class_label(iri)
        return {"id": iri, "label": self.label(iri, "zh"), "label_en": self.label(iri, "en"),
                "type": kind, "score": round(score, 4)}

    def _class_label(self, iri: str) -> str:
        """The name of the class of an answer that is no search document (a position)."""
        known = iri in self.typed  # the same rows as the query's, in its order (ORDER BY ?cls)
        for cls in sorted(self.typed[iri]) if known else [r["cls"] for r in self.kg.select(CLASSES_OF, x=iri)]:
            names = self.catalogue.classes.get(cls)
            if names and (names.zh or names.en):
                return names.zh or names.en
        return ""

    def evidence(self, s: str, p: str, o: str | None = None) -> list[dict]:
        """The source spans that state the triple (s, p, o); any object when ``o`` is None. ``url``
        links to the span on the document's page."""
        if p == PARTICIPANT and o:
            spans = self.participation_spans.get((s, o), [])
        elif o is not None and o in self.figures["zh"]:
            spans = self.figure_spans.get((s, p, o), [])
        else:
            spans = [(r["doc"], r["start"], r["end"], r["quote"])
                     for r in self.kg.select(EVIDENCE, s=s, p=p, **({"o": o} if o else {}))]
        return [{"document": doc, "start": start, "end": end, "text": quote,
                 "url": span_path(self.kg.base_iri, doc, start, end)} for doc, start, end, quote in spans]

    def best_quantity(self, u: Understanding) -> tuple[str, float] | None:
        """The figure whose words best cover the question's, favouring figures of named entities;
        a question about a rank ("第几", "rank") is answered by a figure written as an ordinal
        ("第5名") when the graph has one."""
        u = _without_organisations(u)
        among, field = self._indexed("unit measure").among(u.question), field_only(u)  # the figures in the measure asked
        if field or not (self._indexed("ordinal") and asks_rank(u)):  # "out of how many": the field, never the rank
            bonus = {**dict.fromkeys(among or () if field else (), MEASURE_BONUS), **self._counting(u)}
            best = self._named_measure(u, bonus, among)
            return self._whole_fitting(u, best, bonus, among) if best and u.intent == "count" else best
        return self.best_rank(u)

    def _named_measure(self, u: Understanding, bonus: dict[str, float],
                       among: AbstractSet[str] | None) -> tuple[str, float] | None:
        """The best figure, or another of its owner's whose own words name the measure asked and cover the question
        as well with that (search.qa_figure_kinds); its score without that, as other readings weigh it."""
        figures, best = self._indexed("figures"), self._indexed("figures").best(u, bonus, among=among)
        owner = self.quantity_owner.get(best[0], ("", ""))[0] if best else ""
        siblings = {q for q in self._indexed("owned").get(owner, ()) if among is None or q in among}
        siblings = self._indexed("measure words").counting(u, siblings) or siblings  # the noun counted names one
        named = self._indexed("measure words").bonus(u, siblings) if owner else {}
        if not named:
            return best
        chosen = figures.best(u, {q: bonus.get(q, 0.0) + named.get(q, 0.0) for q in siblings}, among=siblings)
        return (chosen[0], chosen[1] - named.get(chosen[0], 0.0)) if chosen else best

    def _whole_fitting(self, u: Understanding, best: tuple[str, float], bonus: dict[str, float],
                       among: AbstractSet[str] | None) -> tuple[str, float]:
        """``best``, or its whole when ``best`` is a part fitting the question no better than the whole: a how-many
        naming no part asks the whole (search.qa_wholes: "how many projects were signed" is the 16, not one
        category's 6)."""
        whole = self._indexed("wholes").get(best[0])
        fits = self._indexed("figures").best(u, bonus, among={whole}) if whole and (among is None or whole in among) else None
        return fits if fits and fits[1] >= best[1] else best

    def ranks(self) -> set[str]:
        """The figures the article wrote as ordinals ("第5名"): ranks."""
        return set(self._indexed("ordinal"))

    def best_rank(self, u: Understanding) -> tuple[str, float] | None:
        """The rank whose words best cover the question's, favouring ranks of named entities."""
        ordinal = self._indexed("ordinal")
        return self._indexed("figures").best(u, ordinal, among=ordinal.keys()) if ordinal else None

    def _indexed(self, name: str):
        """What ``INDEXED[name]`` makes of these facts, made once (the first time it is asked for,
        or by ``index``), not at every question: each scans every figure or dated thing."""
        made = vars(self).setdefault(INDEXED_ATTRIBUTE, {})
        if name not in made:
            made[name] = INDEXED[name](self)
        return made[name]

    def index(self) -> None:
        """Make every index ``_indexed`` gives, before the first question (at start)."""
        for name in INDEXED:
            self._indexed(name)

    def _counting(self, u: Understanding) -> dict[str, float]:
        """A bonus for the figures that count what the question names: "有多少家企业" asks for the figure labelled
        各类企业 (a Chinese label's head comes last), not 成员单位; "成员有多少" for the one label its topic opens;
        "how many enterprises" for the narrowest member category of the class counted (the total of all
        organisations counts no kind of them; "how much did the school invest" counts no schools)."""
        word, ancestors = u.answer_word, self.catalogue.ancestors
        labelled = self._indexed("labelled").items()  # the figures' labels, each once
        named = [q for label, qs in labelled if word and CJK.search(word) and label.endswith(word) for q in qs]
        opened = [q for label, qs in labelled if CJK.search(u.topic) and label.startswith(u.topic) for q in qs]
        counted = bool(word) and re.search(rf"(?:^|how many|多少|几)\s*[{MEASURE_WORDS}]?\s*{re.escape(word)}", u.question)
        kinds = {q: c for q, c in self.category.items()
                 if counted and c != ORGANIZATION and within(u.answer_classes, c, ancestors)}
        narrowest = [q for q, c in kinds.items() if not any(c in ancestors.get(other, ()) for other in kinds.values())]
        counting = dict.fromkeys([*named, *(opened if len(opened) == 1 else ()), *narrowest], COUNTED_BONUS)
        return {**self._money_of_parties(u), **counting}

    def _money_of_parties(self, u: Understanding) -> dict[str, float]:
        """A bonus for the sums of money of the cooperations every organisation named takes part in, when
        an amount is asked ("A和B一起投了多少钱"): the amount word is one word shared with each of them."""
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
        if not orgs or not uses_any(u, AMOUNT_WORDS):
            return {}
        shared = set.intersection(*({r["x"] for r in self.kg.select(COOPERATIONS_OF, p=o)} for o in orgs))
        return {q: MONEY_BONUS for q, row in self.figures["zh"].items()
                if row["currency"] and self.quantity_owner.get(q, ("", ""))[0] in shared}

    def versions(self, quantity: str) -> list[str]:
        """The figures measuring what ``quantity`` measures (same owner, link and category or
        label), stated at several dates or by several sources: newest first, undated last."""
        owner, predicate = self.quantity_owner.get(quantity, ("", ""))
        key = self._indexed("measure of").get(quantity)  # the first measure holding it
        found = self.measures.get(key, [quantity]) if key and key[:2] == (owner, predicate) else [quantity]
        return sorted(set(found), key=lambda q: (self.stated.get(q, ("", ""))[0], q), reverse=True)

    def documents_named(self, u: Understanding, documents: list[str]) -> list[str]:
        """Of ``documents``, those the question names best: by its title's words, its date, or an
        entity it cites; all of them when the question names none."""
        asked, dates = tokens(without_question_words(u.question)), dates_in(u.question)
        named = {m.doc.iri for m in u.mentions}
        scores = {d: len(asked & tokens(normalize(self.label(d)))) / 2 + 2 * any(self.document_dates.get(d, ("",))[0]
                                                                       .startswith(x) for x in dates)
                  + len(named & self.cited_in.get(d, set())) for d in documents}
        top = max(scores.values(), default=0)
        return [d for d in documents if scores[d] == top] if top >= 1 else list(documents)

    def figure_asked(self, quantity: str, u: Understanding, besides: str = "") -> bool:
        """Whether the question asks for what the figure counts: some word of the question, besides
        the names it mentions, is one of the figure's own ("实训基地有多少台设备" is not its investment).
        ``besides``: a word of the question left out too, and with it the lone characters (measure words)."""
        text = without_mentions(u)
        shortest = 2 if besides else 1
        text = text.replace(besides, " ") if besides else text
        return bool({t for t in tokens(text) if not t.isdigit() and len(t) >= shortest} & self.own_words.get(quantity, set()))

    def best_quotation(self, u: Understanding) -> tuple[str, float] | None:
        """The quotation whose words best cover the question's (plus 2 if its speaker is named)."""
        return self._indexed("quotations").best(u)

    def best_dated(self, u: Understanding, among: AbstractSet[str] | None = None,
                   bonus: Mapping[str, float] | None = None) -> tuple[str, float] | None:
        """The dated event or document (of ``among``, if given) whose words best cover the question's
        (events are dated by a date or by words such as 近日, so this is also how a where-question
        finds its event), plus its ``bonus`` (``signings_of``)."""
        return self._indexed("dated").best(u, dict(bonus or {}), among=among)

    def signings_of(self, concerned: Iterable[str]) -> dict[str, float]:
        """A bonus for the events at which the cooperations the question concerns were signed: the cooperations
        it names or its topic links to, those of an industry, or those an organisation it names takes part in
        ("罗克韦尔项目是在哪签的" is about the one signing of its project, though it shares no word with the ceremony's name)."""
        return {r["e"]: LINK_BONUS for c in sorted(set(concerned)) for r in self.kg.select(SIGNINGS_OF, c=c)}

    def figure_text(self, quantity: str, lang: str) -> str:
        """A figure as the article wrote it (zh), or its value and unit (en)."""
        row = self.figures[lang][quantity]
        if lang == "zh" and row["written"]:
            return row["written"]
        value = f"{row['value']:,}" if isinstance(row["value"], int) else f"{row['value']:g}"
        if lang == "en" and row["currency"] and isinstance(row["value"], int):
            value = en_amount(row["value"])  # "CNY 120,000,000 (120 million)"
        if lang == "en" and is_ordinal(self.figures["zh"].get(quantity, {})):
            value = ordinal(int(row["value"]))
        if lang == "en" and any(w in str(row_zh := self.figures["zh"].get(quantity, {}).get("written") or "")
                                for w in APPROXIMATE):
            value = f"more than {value}" if "以上" not in row_zh else f"{value} or more"
        if row["currency"]:
            value = f"{row['currency']} {value}"
        return f"{value} {row['unit'] or ''}".strip() if lang == "en" else f"{value}{row['unit'] or ''}"

    def measured_in(self, quantity: str, measure: str) -> bool:
        """Whether the figure is written in a unit of the ``measure`` a question asks (search.qa_values.asked_measure)."""
        return measured_in(tuple(self.figures[lang][quantity]["unit"] or "" for lang in ("zh", "en")), measure)

    def date_text(self, subject: str, lang: str) -> str:
        """When something happened: as the article words it (zh), else the ISO date."""
        rows = self.kg.select(DATE_OF, x=subject)
        dates = [r["date"] for r in rows if r["date"]]
        worded = [r["when"] for r in rows if r["when"]]
        first = (worded + dates) if lang == "zh" else (dates + worded)
        return str(first[0]) if first else ""

    def names_projects(self, u: Understanding) -> bool:
        """Whether the question names a kind of project ("项目", "signed projects", "基地类") or their signing
        ("参加签约的企业", "signed up"): organisations counted in projects are their parties, which no member figure counts."""
        return uses_any(u, self._project_words) or SIGNING_ASKED.search(u.blanked) is not None

    @functools.cached_property
    def _project_words(self) -> tuple[str, ...]:
        """The class words of projects, a Latin one also in the plural."""
        ancestors, words = self.catalogue.ancestors, set()
        for iri, names in self.catalogue.classes.items():
            if within({iri}, PROJECT, ancestors):
                words |= {normalize(w) for w in names.values}
        return tuple(words | {w + "s" for w in words if not CJK.search(w)})

    def measures_words(self, quantity: str, doc) -> bool:
        """Whether the figure's words hold an entity's name (``doc``'s label): the figure measures it."""
        return tokens(normalize(doc.label)) <= self.quantity_words.get(quantity, set())

    def owner_named(self, quantity: str, u: Understanding) -> bool:
        return self.quantity_owner[quantity][0] in {m.doc.iri for m in u.mentions}

    def others_figure(self, quantity: str, organisations: AbstractSet[str]) -> bool:
        """Whether a figure is of a thing linked to organisations one of the named ``organisations`` is not among
        (a cooperation's parties, a plan's provider): "大连三友电器的实训基地投资了多少" is not answered by
        another base's investment, nor "大工每年组建多少订单班" by the vocational college's plan. False when
        the owner is linked to no organisation (the consortium's member counts): the graph does not say whose."""
        owner = self.quantity_owner[quantity][0]
        linked = self.linked_organisations(owner) if organisations and owner not in organisations else set()
        return bool(linked) and not organisations <= linked

    def linked_organisations(self, owner: str) -> set[str]:
        """The organisations a thing is linked to either way, with their parents and units (a plan's provider)."""
        return {r["p"] for r in self.kg.select(LINKED_ORGANISATIONS, x=owner)}

    def parties_of(self, cooperation: str) -> set[str]:
        """The parties of a cooperation, a party's units standing for it too (empty for anything else)."""
        return {r["p"] for r in self.kg.select(PARTIES_OF, x=cooperation)}

    def stating_quote(self, claim: str, min_pairs: int = 4) -> dict | None:
        """A source span stating every character pair of a Chinese claim (normalised; at least ``min_pairs``), or None."""
        pairs = pairs_in(claim)
        if len(pairs) < min_pairs:
            return None
        return next((q for q, text in zip(self.quotes, self.quote_texts) if all(p in text for p in pairs)), None)

    def unheld_title(self, u: Understanding) -> str | None:
        """A post the question asks about that nobody holds (at the named organisation, if any):
        "总经理" when the graph only has a 副总经理, "vice president" when it only has a president."""
        text = u.question
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}  # (an industry named employs nobody)
        titles = [title for _, _, org, title in self.positions if not orgs or org in orgs]
        return next((m.group(0).strip() for m in TITLE.finditer(text) if not title_among(m.group(0), titles)), None)

    def title_held(self, title: str) -> list[tuple[str, str, str]]:
        """(person, position, organisation) of each post of exactly this title ("副总经理")."""
        return list(self._indexed("titled").get(title, ()))

    def matching_positions(self, u: Understanding) -> list[tuple[str, str, str]]:
        """(person, position, organisation) whose title the question uses, at a named organisation if any (an industry
        named is no organisation: "提到学校教育…的那位党委书记" names the education industry, no employer)."""
        text = u.question
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
        found = {(person, pos, org) for title, held in self._indexed("titled").items() if uses(text, title)
                 for person, pos, org in held if not orgs or org in orgs}
        return sorted(found)


def title_among(asked: str, titles: Iterable[str]) -> bool:
    """Whether the title ``asked`` (a TITLE match) is one of ``titles``: its core in one of them, a deputy's for a
    deputy ("总经理" is not held by a 副总经理, "vice president" not by a president)."""
    deputy, core = bool(DEPUTY.search(asked)), DEPUTY.sub("", asked.strip()).strip()
    return any(core in t and bool(DEPUTY.search(t)) == deputy for t in titles)


def _without_organisations(u: Understanding) -> Understanding:
    """The question with the organisations it names blanked: their names' words ("技术学院", "technical
    college") say who, never what is counted (named owners still weigh, by their links)."""
    question = u.question
    for m in u.mentions:
        if ORGANIZATION in m.doc.types:
            question = question.replace(m.text, " " * len(m.text))
    return replace(u, question=question)
