"""Which of two dated things came first: "意见印发和金普获批哪个先", "which came first, A or B".

The question (its cue, EARLIER_ASKED or LATER_ASKED, left out) is parted into two sides at the word
joining them (还是/or first, else 和/与/跟/and); each side is matched to the dated event or document
whose words it shares most (search/qa_facts.py best_dated on that side's words alone). Each date is
read as the span of time it states: "2023" is the whole year, unless the article words it "2023年年末"
(PERIOD_END). One thing is earlier only when its span ends before the other's begins; otherwise the
answer is empty and says the graph's dates do not order them. Each date is cited, the comparison
given as a derivation. A claim of order ("A是在B之后吧", "was A approved before April 2023?", ORDER_CLAIMS)
is checked the same way, B a dated thing or a date, and answered yes or no.
"""

from __future__ import annotations

import re
from dataclasses import replace

from search.qa_answer import evidence_item
from search.qa_order_cues import EARLIER_ASKED, LATER_ASKED, ORDER_CLAIMS, ORDER_RELATIONS, PERIOD_END, PERIOD_START, RECENT
from search.qa_fact_queries import DATE_OF, SIGNING_OF
from search.qa_graph import COOPERATION
from search.qa_form import LogicalForm
from search.qa_match import QUANTITY_MIN, TIE_BREAK
from search.qa_outcome import OperatorBase, Outcome
from search.qa_plans import DATE, TEMPORAL
from search.qa_values import claimed_dates
from search.understand import Understanding
from search.wording import ZH_WITH

# What joins the two sides, the stronger joins first: "A还是B", "A or B"; else "A和B", "A and B".
JOINS = (re.compile(r"还是|或者|或是|\bor\b"), re.compile(rf"{ZH_WITH}|\band\b|\bvs\.?|\bversus\b"))
POSSESSIVE = re.compile(r"(?<=[a-z])'s\b")
SIDE_MIN = 1.0  # words a side must share with its dated thing (see _order_thing)
EDGES = " ,，:：;；、?？。!！-—"


class DateOrder(OperatorBase):
    """The operator ordering two dated things named in one question."""

    def date_order(self, form: LogicalForm) -> Outcome | None:
        """The earlier (or, when asked, the later) of the two dated things the question's sides name;
        None when the question asks no order or a side names no dated thing."""
        later = "later" in form.operators and "earlier" not in form.operators
        if not {"earlier", "later"} & form.operators:
            return None
        u = form.understanding
        sides = _sides(u, LATER_ASKED if later else EARLIER_ASKED)
        if sides is None:
            return None
        narrowed = [self._order_side(u, side) for side in sides]
        # a cooperation named on a side is dated by the event it was signed at ("which was signed first, A or B")
        coops = [self._cooperation(side) for side in narrowed]
        if coops.count(None) == 1:  # "the bipolar plate project or the compressor centre": one side's
            # cooperation is the topic's (its words name no entity), linked as the form's one constraint
            linked = [c for c, _ in form.constraints if COOPERATION in self.graph.classes.get(c, ())]
            coops = [c or (linked[0] if len(linked) == 1 and linked[0] not in coops else None) for c in coops]
        signed = [self._signing(c) if c else None for c in coops]
        a, b = (event or self._order_thing(side) for event, side in zip(signed, narrowed))
        if a is None or b is None:
            return None
        if a == b:
            return self._same_event(u, a, coops) if all(signed) and coops[0] != coops[1] else None
        return self._ordered(u, a, b, later)

    def _cooperation(self, side: Understanding) -> str | None:
        """The one cooperation a side names, or None."""
        named = {m.doc.iri for m in side.mentions if COOPERATION in m.doc.types}
        return named.pop() if len(named) == 1 else None

    def _signing(self, cooperation: str) -> str | None:
        """The one event a cooperation was signed at, or None."""
        events = {r["e"] for r in self.facts.kg.select(SIGNING_OF, x=cooperation)}
        return events.pop() if len(events) == 1 else None

    def _same_event(self, u: Understanding, event: str, coops: list) -> Outcome:
        """Two cooperations signed at one event: neither first; the event and its date cited."""
        names = self._lang(u, "和", " and ").join(self.facts.label(c, u.lang) for c in coops)
        source = self._order_source(event)
        evidence = [evidence_item([self.facts.label(c), "signedAt", self.facts.label(event)], derivation="both signed at one event") for c in coops]
        evidence.insert(0, evidence_item([self.facts.label(event)], source))
        return Outcome([], evidence, self._lang(
            u, f"{names}是在同一场{self.facts.label(event)}上签约的（{self._order_shown(event, 'zh')}），没有先后。",
            f"{names} were signed at the same event, {self.facts.label(event, 'en')} ({self._order_shown(event, 'en')}): "
            "neither came first."), settled=True)

    def order_claim(self, form: LogicalForm) -> Outcome | None:
        """"A是在B之后吧", "did A happen before B?": yes when A's date span lies wholly on the side claimed of
        B's (a dated thing or a date), no when wholly on the other; None when a side names nothing dated."""
        u = form.understanding
        m = next((m for pattern in ORDER_CLAIMS if (m := pattern.search(u.question))), None)
        if m is None or (a := self._order_thing(self._order_side(u, m["a"]))) is None:
            return None
        span_a, (span_b, b) = self._order_span(a), self._claimed_span(u, m["b"])
        if span_a is None or span_b is None or a == b:
            return None
        both = self._lang(u, "，", "; ").join(self._dated_shown(u, x) for x in (a, b)) if b else \
            self._dated_shown(u, a) + self._lang(u, f"，问及：{m['b']}", f"; asked: {m['b']}")
        evidence = [evidence_item([self.facts.label(x)], self._order_source(x)) for x in (a, b) if x]
        if not (span_a[1] < span_b[0] or span_b[1] < span_a[0]):
            return Outcome([], evidence, self._lang(u, f"图谱中的日期无法判断两者先后（{both}）。",
                                                    f"The graph's dates do not tell which came first ({both})."), settled=True)
        verdict = (span_a[1] < span_b[0]) == (ORDER_RELATIONS[m["rel"]] == "before")
        evidence.append(evidence_item([self.facts.label(a)],
                                      derivation=f"{span_a[0]}–{span_a[1]} {'<' if span_a[1] < span_b[0] else '>'} {span_b[0]}–{span_b[1]}"))
        return Outcome([], evidence, self._lang(u, f"{'是' if verdict else '否'}。{both}。",
                                                f"{'Yes' if verdict else 'No'}. {both}."), settled=True)

    def _claimed_span(self, u: Understanding, side: str) -> tuple[tuple[str, str] | None, str | None]:
        """The span of time a claim's other side states (a date: "2023年4月", "april 2023") or that of the
        dated thing it names, with that thing (None for a date)."""
        dates = sorted(claimed_dates(side), key=len)
        if dates:
            iso = dates[-1]  # the most precise: "april 2023" states 2023-04 and the year
            return ((iso[:7], iso[:7]) if len(iso) > 4 else (f"{iso}-01", f"{iso}-12")), None
        thing = self._order_thing(self._order_side(u, side))
        return (self._order_span(thing) if thing else None), thing

    def _dated_shown(self, u: Understanding, thing: str) -> str:
        """A dated thing and its date as an answer shows them: "A（2023年4月）", "A: 2023-04"."""
        return self._lang(u, f"{self.facts.label(thing)}（{self._order_shown(thing, 'zh')}）",
                          f"{self.facts.label(thing, 'en')}: {self._order_shown(thing, 'en')}")

    def _ordered(self, u: Understanding, a: str, b: str, later: bool) -> Outcome:
        """The earlier (``later``: the later) of two dated things, both dates cited; empty and settled when
        their dates' spans overlap or one has no calendar date."""
        span_a, span_b = self._order_span(a), self._order_span(b)
        evidence = [evidence_item([self.facts.label(x)], self._order_source(x)) for x in (a, b)]
        both = self._lang(u, "，", "; ").join(f"{self.facts.label(x, u.lang)}: {self._order_shown(x, u.lang)}"
                                              if u.lang == "en" else f"{self.facts.label(x)}{self._order_shown(x, 'zh')}"
                                              for x in (a, b))
        if span_a is None or span_b is None or not (span_a[1] < span_b[0] or span_b[1] < span_a[0]):
            return Outcome([], evidence, self._lang(u, f"图谱中的日期无法判断两者先后（{both}）。",
                                                    f"The graph's dates do not tell which came first ({both})."),
                           settled=True)
        (first, first_span), (second, second_span) = sorted(((a, span_a), (b, span_b)), key=lambda x: x[1])
        winner = second if later else first
        evidence.append(evidence_item([self.facts.label(winner)], derivation=f"{first_span[1]} < {second_span[0]}"))
        name = self.facts.label(winner, u.lang)
        text = self._lang(u, f"{name}{'在后' if later else '在前'}（{both}）。",
                          f"{name} came {'later' if later else 'first'} ({both}).")
        return Outcome(self._entities([winner]), evidence, text, settled=True)

    def _order_side(self, u: Understanding, side: str) -> Understanding:
        """The question narrowed to one side: its words (a possessive's "s" none: it would tie every
        text that has one) and the names it uses."""
        return replace(u, question=POSSESSIVE.sub("", side), mentions=tuple(m for m in u.mentions if m.text in side))

    def _order_thing(self, side: Understanding) -> str | None:
        """The dated thing a side names: the one sharing most words with it, one word enough when no other
        shares as many ("the opinions"), two when another does."""
        found = self.facts.best_dated(side)
        if found is None or found[1] < SIDE_MIN:
            return None
        runner = self.facts.best_dated(side, set(self.facts.dated_words) - {found[0]})
        return found[0] if found[1] >= QUANTITY_MIN or runner is None or runner[1] < found[1] - TIE_BREAK else None

    def _order_dates(self, thing: str) -> tuple[str, str]:
        """(the ISO date, the article's words for it), either empty when the graph holds none."""
        rows = self.facts.kg.select(DATE_OF, x=thing)
        dates = [str(r["date"]) for r in rows if r["date"]]
        worded = [str(r["when"]) for r in rows if r["when"]]
        return (dates[0] if dates else "", worded[0] if worded else "")

    def _order_span(self, thing: str) -> tuple[str, str] | None:
        """The first and last month a thing's date allows (YYYY-MM), or None when it has no calendar date."""
        iso, worded = self._order_dates(thing)
        if not iso:
            return self._recent_span(thing, worded)
        if len(iso) > 4:
            return iso[:7], iso[:7]
        start, end = f"{iso}-01", f"{iso}-12"
        if any(w in worded for w in PERIOD_END):
            start = end
        elif any(w in worded for w in PERIOD_START):
            end = start
        return start, end

    def _recent_span(self, thing: str, worded: str) -> tuple[str, str] | None:
        """A thing its source dates only as recent ("近日", RECENT): the month before the latest source citing
        it was issued, to that month; None for any other wording or no dated source."""
        if not any(w in worded for w in RECENT):
            return None
        issued = max((self.facts.document_dates.get(doc, ("", ""))[0] for doc, cited in self.facts.cited_in.items()
                      if thing in cited), default="")
        if len(issued) < 7:
            return None
        year, month = int(issued[:4]), int(issued[5:7])
        before = f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
        return before, issued[:7]

    def _order_shown(self, thing: str, lang: str) -> str:
        """A thing's date as the answer states it: the article's words (zh), else the ISO date, its
        place in the year said when the article gives one ("2023, end of year")."""
        iso, worded = self._order_dates(thing)
        if lang == "zh":
            return worded or _zh_date(iso) or "日期不详"
        if not iso:
            recent = self._recent_span(thing, worded)
            return f"recently, as of {recent[1]}" if recent else "date not stated"
        edge = " (end of the year)" if any(w in worded for w in PERIOD_END) else \
            " (start of the year)" if any(w in worded for w in PERIOD_START) else ""
        return iso + edge

    def _order_source(self, thing: str) -> list:
        return self.facts.evidence(thing, DATE) or self.facts.evidence(thing, TEMPORAL)


def _sides(u: Understanding, cue: re.Pattern) -> list[str] | None:
    """The two sides of the question without its cue, cut where the blanked question (names blanked,
    so a join inside a name is none) joins them; None unless exactly two sides remain."""
    m = cue.search(u.question)
    if m is None:
        return None
    gap = " " * (m.end() - m.start())
    question = u.question[:m.start()] + gap + u.question[m.end():]
    blanked = u.blanked[:m.start()] + gap + u.blanked[m.end():]  # as long as the question: names blanked in place
    for join in JOINS:
        cuts = list(join.finditer(blanked))
        if len(cuts) == 1:
            sides = [_strip(question[:cuts[0].start()]), _strip(question[cuts[0].end():])]
            return sides if all(sides) else None
    return None


def _strip(text: str) -> str:
    return text.strip(EDGES + " ")


def _zh_date(iso: str) -> str:
    """An ISO date at its precision as Chinese writes it (2022-12 → 2022年12月)."""
    parts = iso.split("-") if iso else []
    return "".join(f"{int(p)}{unit}" for p, unit in zip(parts, "年月日"))
