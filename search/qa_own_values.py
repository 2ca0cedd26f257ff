"""What an entity holds of its own (its level, …) and the one of a kind whose own words the question uses:
"金普新区联合体是什么级别的", "what level is the Jinpu consortium" (the value, cited), and "哪个联合体是国家级的",
"全省唯一的国家级市域产教联合体是哪个" (the instances of the class asked whose own values and description hold
every word of the question's topic, one of its own values some, when the topic names no industry or
cooperation of the graph's: a plain list question)."""

from __future__ import annotations

from graph.han import HAN as CJK
from search.qa_answer import evidence_item
from search.qa_form import LogicalForm
from search.qa_match import tokens, uses
from search.qa_outcome import OperatorBase, Outcome
from search.qa_values import numbers_in, ordinals_in
from search.qa_yes_no import OWN_VALUES, zh_claim
from search.text import normalize
from search.understand import Understanding

DESCRIPTIONS = "SELECT * WHERE { ?x dcterms:description ?v }"  # ?x bound: one entity's; unbound: all (search.qa_own_words)
DESCRIPTION = "http://purl.org/dc/terms/description"
# How many words of its own a topic must have to pick out instances by their own words.
TOPIC_WORDS_MIN = 2
# Operators under which the topic's words are read otherwise ("还有哪个国家级联合体": another one).
OTHER_READINGS = frozenset({"also", "except", "negation", "yes/no", "hops", "two types"})


class OwnValues(OperatorBase):
    """The own-value operators."""

    def value_of(self, form: LogicalForm) -> Outcome | None:
        """The values of the property the question names ("级别", "level") that its one subject holds."""
        u = form.understanding
        subject = self._own_subject(u)
        if subject is None or u.intent != "list":
            return None
        rows = [r for r in self.facts.kg.select(OWN_VALUES, x=subject) if uses(u.question, normalize(str(r["name"])))
                and bool(CJK.search(str(r["v"]))) == (u.lang == "zh")]
        if not rows:
            return None
        values = list(dict.fromkeys(str(r["v"]) for r in rows))
        name, label = str(rows[0]["name"]), self.facts.label(subject, u.lang)
        evidence = [evidence_item([self.facts.label(subject), name, v], self.facts.evidence(subject, rows[0]["p"])) for v in values]
        listed = self._lang(u, "、", ", ").join(values)
        return Outcome(self._entities([subject]), evidence, self._lang(u, f"{label}的{name}：{listed}。", f"{label}: {name} {listed}."))

    def with_own_words(self, form: LogicalForm) -> Outcome | None:
        """The instances of the class asked whose own values and descriptions hold every word of the topic."""
        u = form.understanding
        words = tokens(u.topic)
        if u.intent != "list" or u.mentions or OTHER_READINGS & form.operators or not u.answer_classes \
                or len(words) < TOPIC_WORDS_MIN or form.constraints or numbers_in(u.question) or ordinals_in(u.blanked):
            return None  # a number or an ordinal ("第二批") qualifies the kind beyond the topic's words
        found = self.own_words.holding(self.graph, u.answer_classes, words)  # the build's index (search.qa_own_words)
        if not found:
            return None
        evidence = [evidence_item([self.facts.label(x)], self.facts.evidence(x, DESCRIPTION)) for x in found]
        names = self._lang(u, "、", ", ").join(self.facts.label(x, u.lang) for x in found)
        return Outcome(self._entities(found), evidence, self._lang(u, f"{u.topic}的{u.answer_word}：{names}。",
                                                                  f"{u.answer_word.capitalize()} described as {u.topic}: {names}."))

    def claim_described(self, form: LogicalForm) -> Outcome | None:
        """"is jinpu the only national-level consortium in liaoning", "金普新区产教联合体是全省唯一的…吗": a yes
        when the one subject's own description, labels and values hold every word the question claims of it
        (its words besides the subject's name and the class asked); None otherwise (the other readings')."""
        u = form.understanding
        subject = self._own_subject(u)
        if "yes/no" not in form.operators or subject is None or form.constraints or numbers_in(u.question) \
                or ordinals_in(u.blanked):
            return None  # a number claimed is a figure's claim (search.qa_yes_no), which words alone do not bear out
        claim = zh_claim(u.question) if u.lang == "zh" else " ".join([u.topic, *form.places])
        for m in u.mentions:
            claim = claim.replace(m.text, " ")
        words = tokens(claim.replace(u.answer_word, " ") if u.answer_word else claim)  # the class asked claims nothing
        values, described = self._own_texts(subject)
        names = " ".join(normalize(self.facts.label(subject, lang)) for lang in ("zh", "en"))
        # one text must hold the whole claim: "only … in the country" is not one text's "only" and another's "country"
        texts = [normalize(t) for t in (*described, *values)]
        if len(words) < TOPIC_WORDS_MIN or not described or not any(words <= tokens(f"{t} {names}") for t in texts):
            return None
        source = self.facts.evidence(subject, DESCRIPTION)
        evidence = [evidence_item([self.facts.label(subject), "描述 description"], source, "dcterms:description in the graph")]
        said = next((t for t in described if bool(CJK.search(t)) == (u.lang == "zh")), described[0])
        return Outcome(self._entities([subject]), evidence, self._lang(u, f"是。{self.facts.label(subject)}：{said}",
                                                                      f"Yes. {self.facts.label(subject, 'en')}: {said}"))

    def _own_texts(self, x: str) -> tuple[list[str], list[str]]:
        """One entity's own values and its descriptions, as the graph writes them (a claim's yes,
        ``claim_described``, matches the question's words in them; the own-words list reads the same two queries
        over every entity once, at build time: search.qa_own_words)."""
        return ([str(r["v"]) for r in self.facts.kg.select(OWN_VALUES, x=x)],
                [str(r["v"]) for r in self.facts.kg.select(DESCRIPTIONS, x=x)])

    def _own_subject(self, u: Understanding) -> str | None:
        """The one entity named, else the one instance of the class asked about ("联合体是什么级别的")."""
        named = list(dict.fromkeys(m.doc.iri for m in u.mentions))
        if named or not u.answer_classes:
            return named[0] if len(named) == 1 else None
        only = self.graph.of_class(u.answer_classes)  # counted, not sorted: 14k enterprises at 1000x
        return next(iter(only)) if len(only) == 1 else None
