"""Claims that something is the only one of its kind in a place: "整个辽宁就金普这一家拿到国家级市域产教联合体，
对吗", "is Jinpu the only national consortium in Liaoning?", "辽宁除了金普还有别的国家级联合体吗", "besides Jinpu,
which other Liaoning city has one?".

What is held: a source span, cited for an entity, that says it is the only one of a kind within a scope
("全省唯一的国家级市域产教联合体": the province it lies in). Read from the spans the question's entity (or what lies
in a place it names) is cited by, never from a table of phrases.

What is claimed: uniqueness ("唯一", "就…这一家", "only", "no other") or the existence of another ("还有别的",
"another", "any other"), of the entity named, of a kind (the entity's class word, and the level or other value of
its own that the held kind states: "国家级", "national"), within a scope (a place named that is not where the
entity lies, or a scope word: 全省, "the province", 全国, "nationwide").

Contract: ``UniqueClaims.unique_claim(form)`` returns None unless the question claims or asks one of these about an
entity that a held span says is the only one of its kind. Then: a yes/no whose kind and scope are the held ones
gets "是"/"Yes" for uniqueness and "否"/"No" for another's existence, citing the span; a question asking for the
other one is answered by nothing, the span cited; a kind or scope other than the held one gets no verdict (settled,
the span cited): "the only one in the country" is not what the source says — unless the claim is of the whole
country and a national approval of the entity ranked it in a field of more than one (search.qa_measures: the
organisations counted beside a rank): then "否"/"No", the field cited ("全国唯一的国家级联合体吗": one of 28).
"""

from __future__ import annotations

import re

from graph.namespaces import CJ
from search.qa_answer import evidence_item
from search.qa_form import LogicalForm
from search.qa_fact_indexes import unit_measures
from search.qa_fact_queries import APPROVALS
from search.qa_outcome import OperatorBase, Outcome, figure_item
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.wording import ZH_OTHERS

# The spans that state a uniqueness of the things named (%(named)s) or lying in the places named (%(places)s).
UNIQUE_SPANS = """SELECT DISTINCT ?s ?doc ?start ?end ?quote WHERE {
  { VALUES ?s { %(named)s } } UNION { VALUES ?place { %(places)s } ?s cj:locatedIn/cj:within* ?place }
  ?s cj:evidence ?ev . ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote .
  FILTER(CONTAINS(?quote, "唯一")) } ORDER BY ?s ?start"""
# A uniqueness stated in a source: its scope word, then the kind (up to a class word of the entity's).
HELD_UNIQUE = re.compile(r"(?P<scope>全省|全市|全区|全国|省内|市内|区内|国内)唯一(?:的|一个|一家|一所)?(?P<kind>[\u4e00-\u9fff]+)")
# Each scope word, by the class of place it spans (the country is no place of the graph's).
SCOPE_CLASSES = {"全省": "Province", "省内": "Province", "全市": "City", "市内": "City", "全区": "District",
                 "区内": "District", "全国": "country", "国内": "country"}
SCOPES_EN = {"Province": "in its province", "City": "in its city", "District": "in its district", "country": "in the country"}
# The scope a question states in words, by the class of place it spans.
SCOPE_ASKED = ((re.compile(r"全省|省内|省里|本省|\b(?:the|this|that|its) province\b|\bprovince-?wide\b"), "Province"),
               (re.compile(r"全国|国内|全中国|\b(?:the|this|whole) country\b|\bnationwide\b|\bin china\b|\bchina's\b"), "country"),
               (re.compile(r"全市|市内|市里|\b(?:the|this|that|its) city\b|\bcity-?wide\b"), "City"))
# A claim that nothing else is of the kind there; the existence of another asked.
ONLY = re.compile(rf"唯一|独一|独此|只有|仅有|只此|就[^，,。?？]{{0,10}}?(?:这|那)?一(?:家|个|所|处)|就(?:它|其|这个|那个)|没有(?:{ZH_OTHERS}|第二)"
                  r"|没别的|再没有|别无|\bonly\b|\bsole\b|\bunique\b|\bno other\b|\bnone other\b|\bno (?:one|body) else\b")
OTHER = re.compile(rf"另一|{ZH_OTHERS}|第二个|还有(?:哪|谁|几)|\banother\b|\bother\b|\belse\b")


class UniqueClaims(OperatorBase):
    """The operator reading claims and questions of uniqueness (see the module's docstring)."""

    def unique_claim(self, form: LogicalForm) -> Outcome | None:
        """The outcome of a uniqueness claimed or another one asked, of an entity held unique; None otherwise."""
        u = form.understanding
        only, other = bool(ONLY.search(u.question)), bool(OTHER.search(u.question))
        asks = "yes/no" in form.operators
        if not (only or other) or not (asks or (other and not only)):
            return None  # "which is the only national consortium in Liaoning": the entity, answered plainly
        held = self._held_unique(u, form)
        if held is None:
            return None
        entity, scope, kind, span = held
        name = self.facts.label(entity, u.lang)
        item = evidence_item([self.facts.label(entity), span["text"]], [span])
        said = self._lang(u, f"原文：“{span['text']}”", f"The source says: “{span['text']}” ({SCOPES_EN[SCOPE_CLASSES[scope]]}).")
        asked_scope = self._asked_scope(u, form, entity)
        wider = asked_scope not in (None, SCOPE_CLASSES[scope])
        if asks and only and wider and asked_scope == "country" and (field := self._one_of_many(entity, kind)):
            # "the only (national) one in the country": the national approval ranked it among many, of its kind or a wider
            owner, told = self.facts.quantity_owner[field][0], f"{self.facts.label(field, u.lang)}{self._lang(u, '：', ': ')}"
            told += self.facts.figure_text(field, u.lang)
            return Outcome([], [figure_item(self.facts, field), item], self._lang(
                u, f"否。{self.facts.label(owner)}的{told}。{said}", f"No. {self.facts.label(owner, 'en')}: {told}. {said}"))
        if wider or not self._level_claimed(u, entity, kind):
            if not asks:
                return None  # another of a wider kind or in another scope: not what the span says either way
            return Outcome([], [item], self._lang(u, f"图谱只记载{name}是{scope}唯一的{kind}，无法判断是否。{said}",
                                                  f"The graph only says {name} is the only one of its kind "
                                                  f"{SCOPES_EN[SCOPE_CLASSES[scope]]}, so it cannot say yes or no. {said}"), settled=True)
        if not asks:
            return Outcome([], [item], self._lang(u, f"图谱中没有另一个：{name}是{scope}唯一的{kind}。{said}",
                                                  f"The graph holds no other: {name} is the only one "
                                                  f"{SCOPES_EN[SCOPE_CLASSES[scope]]}. {said}"), settled=True)
        verdict = only  # "no other … true?", "唯一…吗": yes; "还有别的…吗", "is there another": no
        return Outcome([], [item], self._lang(u, f"{'是' if verdict else '否'}。{said}", f"{'Yes' if verdict else 'No'}. {said}"))

    def _held_unique(self, u: Understanding, form: LogicalForm) -> tuple[str, str, str, dict] | None:
        """(entity, scope word, kind, span) of the first span stating that a thing the question names (or a thing
        lying in a place it names) is the only one of a kind the question names a class word of; None when none does."""
        named = {f"<{m.doc.iri}>" for m in u.mentions}
        places = {f"<{self.facts.place_named[p]}>" for p in form.places if p in self.facts.place_named}
        if not named and not places:
            return None
        asked = {w for _, w in class_word_spans(u.blanked, self.lexicon)}
        rows = self.facts.kg.select(UNIQUE_SPANS % {"named": " ".join(sorted(named)), "places": " ".join(sorted(places))})
        for row in rows:
            words = self._class_words(row["s"])
            if not asked & set(words):
                continue  # "金普新区还有哪些其他项目": another of no kind the entity is of
            for m in HELD_UNIQUE.finditer(str(row["quote"])):
                end = max((m.group("kind").find(w) + len(w) for w in words if w in m.group("kind")), default=0)
                if end:
                    span = {"document": row["doc"], "start": row["start"], "end": row["end"], "text": str(row["quote"])}
                    return row["s"], m.group("scope"), m.group("kind")[:end], span
        return None

    def _one_of_many(self, entity: str, kind: str) -> str | None:
        """The field of a ranking the entity was given by an approval of it as the held ``kind`` (its label states the
        kind's class word and level: an approval as something else ranks it among others of that), counting more than
        one (search.qa_measures: the organisations counted beside a rank), or None."""
        words = [w for w in self._class_words(entity) if w in kind]
        words += [str(r["zh"]) for r in self.facts.kg.select(OWN_VALUES, x=entity) if str(r["zh"]) in kind]
        approvals = {r["e"] for r in self.facts.kg.select(APPROVALS, x=entity)
                     if all(w in self.facts.label(r["e"]) for w in words)}
        fields = unit_measures(self.facts).agreeing("field")
        return next((q for q in sorted(fields) if self.facts.quantity_owner[q][0] in approvals
                     and self.facts.figures["zh"][q]["value"] > 1), None)

    def _class_words(self, entity: str) -> list[str]:
        """The lexicon's class words for the entity's own classes (联合体, "consortium" for a consortium)."""
        types = self.graph.classes.get(entity, frozenset())
        return [w for w, classes in self.lexicon.class_words.items() if classes & types and not classes - types]

    def _asked_scope(self, u: Understanding, form: LogicalForm, entity: str) -> str | None:
        """The class of place the question's scope is (a place named where the entity does not lie in as its
        nearest place, or a scope word); None when it states none."""
        lying = self.facts.located.get(entity, set())
        for name in form.places:
            place = self.facts.place_named.get(name)
            if place and place not in lying:
                return next((c.rsplit("#", 1)[-1] for c in sorted(self.graph.classes.get(place, ())) if c.startswith(CJ)
                             and c.rsplit("#", 1)[-1] in SCOPE_CLASSES.values()), None)
        text = normalize(u.question)
        return next((level for pattern, level in SCOPE_ASKED if pattern.search(text)), None)

    def _level_claimed(self, u: Understanding, entity: str, kind: str) -> bool:
        """Whether the question claims every value of the entity's own that the held kind states (its level:
        国家级, "national"): a claim leaving the level out ("辽宁唯一的产教联合体") is wider than the source's."""
        rows = self.facts.kg.select(OWN_VALUES, x=entity)
        stated = {str(r["zh"]): str(r["en"]) for r in rows if str(r["zh"]) in kind}
        return all(zh in u.question or re.search(rf"\b{re.escape(en.lower())}\b", u.question) for zh, en in stated.items())


# An entity's own values in both languages (its level: 国家级 / national).
OWN_VALUES = """SELECT ?zh ?en WHERE { ?x ?p ?zh , ?en . FILTER(STRSTARTS(STR(?p), STR(cj:)) && LANG(?zh) = "zh"
  && LANG(?en) = "en" && STRLEN(?zh) <= 8) }"""
