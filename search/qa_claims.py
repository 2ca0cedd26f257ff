"""Yes/no claims checked part by part against what the graph states (search/qa_yes_no.py asks these first).

- a series ("金普新区是全国第一批吗", "is it in the first national batch?"): the ordinal of a batch, session,
  phase or round the claim states against the one the named things (or the things linking to them, or
  to what lies in a named place) hold as a value;
- a figure with its unit ("the college and the firm jointly invested 120 million yuan"): a sum claimed
  against the sums the named organisations' own cooperations (or the named ones) hold, compared as
  whole numbers (1.2亿 = 120 million);
- a place on a list ("签约名单上能找到X吗", "is X on the list of signatories?"): the one organisation named,
  claimed to be among the parties, against the cooperations it takes part in.

"Yes" cites the facts that bear the claim out; "no" cites the stored fact the claim contradicts; a claim
the graph holds nothing on either way is left to the other readings (None), which say so.
"""

from __future__ import annotations

import re

from search.qa_answer import evidence_item
from search.qa_fact_indexes import figures_of
from search.qa_form import LogicalForm
from search.wording import TAG_ALONE
from search.qa_outcome import OperatorBase, Outcome, figure_item, participation_item
from search.qa_values import EN_CURRENCY, EN_ORDINALS, cn_numeral, numbers_in, ordinals_in, without_dates
from search.understand import Understanding

# The counters of a series, by the word each language says it with, → the one series they count.
# (a round, a wave of approvals is a batch of them: "第一轮", "the first wave" claim what 首批 states)
SERIES_WORDS = {"批": "batch", "届": "session", "期": "phase", "轮": "batch", "batch": "batch", "cohort": "batch",
                "session": "session", "phase": "phase", "round": "batch", "wave": "batch", "tranche": "batch"}
# Words saying "first" of a series without an ordinal ("the inaugural batch", 头一批).
FIRST_WORDS = ("inaugural", "initial", "earliest", "opening", "very first")
SERIES_ZH = re.compile(r"(首|头一?|第([零〇一二两三四五六七八九十百]+|\d+))([批届期轮])")
SERIES_EN = re.compile(rf"\b({'|'.join((*FIRST_WORDS, *EN_ORDINALS))}|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+)?"
                       r"(batch|cohort|session|phase|round|wave|tranche)(?:es|s)?\b", re.IGNORECASE)
# The values held by the named things, by those linking to them, or by those linking to what lies in a
# named place (an approval of the consortium located there), that a series word may be in.
HELD_SERIES = """SELECT DISTINCT ?x ?p ?v WHERE {
  { VALUES ?x { %(named)s } } UNION { VALUES ?s { %(named)s } ?x ?r ?s . FILTER(isIRI(?x)) }
  UNION { VALUES ?s { %(named)s } ?y cj:locatedIn ?s . ?x ?r ?y . FILTER(isIRI(?x)) }
  ?x ?p ?v . FILTER(isLiteral(?v) && STRSTARTS(STR(?p), STR(cj:)) && REGEX(STR(?v), "%(words)s", "i")) }"""
# A sum claimed: a currency word, or the question's money cue (the form's "money" operator).
CURRENCY = re.compile(rf"元|人民币|\b(?:{'|'.join(EN_CURRENCY)})\b|¥", re.IGNORECASE)
# A place on a list of parties claimed: the list word, and the words that only look for a name on it.
LISTED = re.compile(r"名单|名录|榜单|\blist(?:ed)?\b|\bsignator(?:y|ies)\b")
LOOKING = re.compile(r"名单|名录|榜单|上面|上|里面|里|中|能|可以|找到|找得到|看到|看得到|看见|查到|查得到|见到|出现|有|\b(?:list(?:ed)?|signator(?:y|ies)|"
                     r"among|on|in|the|of|find|found|see|seen|appear(?:s|ed)?|be|been)\b")


def series_in(text: str) -> set[tuple[str, int]]:
    """Every (series, ordinal) the text states: 首批/第一批 → ("batch", 1), "second round" → ("round", 2)."""
    found = set()
    for m in SERIES_ZH.finditer(text):
        n = 1 if m.group(1) in ("首", "头", "头一") else int(m.group(2)) if m.group(2).isdigit() else cn_numeral(m.group(2))
        if n is not None:
            found.add((SERIES_WORDS[m.group(3)], n))
    for m in SERIES_EN.finditer(text):
        word = m.group(1).lower()
        n = int(re.match(r"\d+", word).group()) if word[0].isdigit() else EN_ORDINALS.get(word, 1)  # type: ignore[union-attr]
        found.add((SERIES_WORDS[m.group(2).lower()], n))
    return found


def asking_clause(u: Understanding, asks) -> str:
    """The clause of the question that asks for the verdict (the last one ``asks`` finds a cue in): "有同事说
    它是第二批的，…它是不是首批里的？" claims only the asked clause's; the whole question when none is told apart."""
    clauses = [c for c in re.split(r"[，,;；。!！?？]", u.question) if c.strip()]
    # (a tag alone, "真有这回事吗", "true?", asks about the claim before it: no clause of its own)
    asked = [c for c in clauses if asks(c) and not TAG_ALONE.match(f"{c.strip()}?")]
    return asked[-1] if asked and len(clauses) > 1 else u.question


class StatedClaims(OperatorBase):
    """The claims of a yes/no question checked against stated facts (see the module's docstring)."""

    def stated_claim(self, form: LogicalForm, asks) -> Outcome | None:
        """The verdict of the first check that applies, or None; ``asks(text)``: whether a clause asks yes or no."""
        return self._series_claim(form, asks) or self._sum_claim(form) or self._listed_claim(form)

    def series_premise(self, form: LogicalForm) -> Outcome | None:
        """A question (not a yes/no) that places the named thing in a batch other than the one the graph holds
        ("金普新区在第二批名单中排第几"): its premise is contradicted, so nothing is answered (the held batch cited)."""
        if "yes/no" in form.operators:
            return None
        held = self._series_claim(form, lambda clause: True)
        if held is None or held.text.startswith(("是", "Yes")):
            return None
        u = form.understanding
        value = held.evidence[0]["path"][-1]
        return Outcome([], held.evidence, self._lang(u, f"图谱记载的是{value}，没有问题所说批次的记载，无法回答。",
                                                     f"The graph records {value}, not the batch the question names, so this cannot be answered."),
                       settled=True)

    def _series_claim(self, form: LogicalForm, asks) -> Outcome | None:
        u = form.understanding
        claimed = series_in(asking_clause(u, asks))
        named = [m.doc.iri for m in u.mentions] + [self.facts.place_named[p] for p in form.places
                                                   if p in self.facts.place_named]
        if not claimed or not named:
            return None
        rows = self.facts.kg.select(HELD_SERIES % {"named": " ".join(f"<{x}>" for x in named), "words": "|".join(SERIES_WORDS)})
        kinds = {kind for kind, _ in claimed}
        stated = [(r["x"], r["p"], str(r["v"]), held) for r in rows for held in series_in(str(r["v"])) if held[0] in kinds]
        if not stated:
            return None  # nothing named holds a series of the kind claimed: the graph does not say
        verdict = any(held in claimed for *_, held in stated)
        rest = SERIES_EN.sub(" ", SERIES_ZH.sub(" ", without_dates(asking_clause(u, asks))))  # the claim less its batch
        if verdict and (numbers_in(rest) or ordinals_in(rest)):
            return None  # "did it come top when the first batch was approved": the batch borne out bears out no rank
        x, p = next(((x, p) for x, p, _, held in stated if (held in claimed) == verdict))
        value = next((v for xx, pp, v, _ in stated if (xx, pp) == (x, p) and _in_language(v, u.lang)), stated[0][2])
        source = self.facts.evidence(x, p)
        item = evidence_item([self.facts.label(x), self.facts.label(p), value], source)
        return Outcome([], [item], self._lang(u, f"{'是' if verdict else '否'}。图谱记载{self.facts.label(x)}为{value}。",
                                              f"{'Yes' if verdict else 'No'}. The graph has {self.facts.label(x, 'en')}: {value}."))

    def _sum_claim(self, form: LogicalForm) -> Outcome | None:
        """A sum claimed of the named organisations (their shared cooperations first) or cooperations."""
        u = form.understanding
        claimed = numbers_in(without_dates(u.question))
        if not claimed or not ("money" in form.operators or CURRENCY.search(u.question)):
            return None
        orgs, coops = self._orgs(u), self._coops(u)
        shared = set(coops) or set(self.graph.shared_by(orgs))
        owners = [*coops, *orgs, *sorted(shared)]
        sums = [q for o in owners for q in figures_of(self.facts, o) if self.facts.figures["zh"][q]["currency"]]
        right = [q for q in sums if int(self.facts.figures["zh"][q]["value"]) in claimed]
        if not right and len(sums) != 1:
            return None  # no sum held, or several none of which is claimed: which one is meant is not told
        q = (right or sums)[0]
        owner = self.facts.quantity_owner[q][0]
        items = [figure_item(self.facts, q)] + [participation_item(self.facts, o, owner) for o in orgs if owner in self.graph.cooperations(o)]
        return Outcome([], items, figure_verdict(self.facts, u, q, bool(right)))

    def _listed_claim(self, form: LogicalForm) -> Outcome | None:
        """"签约名单上有X吗": the one organisation named is on the list of parties when it takes part in a cooperation."""
        u = form.understanding
        orgs = self._orgs(u)
        if len(orgs) != 1 or self._coops(u) or not LISTED.search(u.blanked) or LOOKING.sub(" ", u.topic).strip():
            return None
        coops = self.graph.cooperations(orgs[0])
        if not coops:
            return None
        items = [participation_item(self.facts, party, coop) for coop, party in sorted(coops.items())]
        names = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in sorted(coops))
        return Outcome(self._entities(sorted(coops)), items, self._lang(
            u, f"是。{self.facts.label(orgs[0])}参与签约：{names}。", f"Yes. {self.facts.label(orgs[0], 'en')} is a party to: {names}."))


def figure_verdict(facts, u: Understanding, q: str, verdict: bool) -> str:
    """The sentence of a figure claim: the verdict, then the figure the graph holds, with its owner."""
    owner = facts.quantity_owner[q][0]
    held = facts.figure_text(q, u.lang)
    if verdict:
        return f"是。{facts.label(owner)}的{facts.label(q)}为{held}。" if u.lang == "zh" else f"Yes. {facts.label(owner, 'en')}: {held}."
    return (f"否。图谱记载{facts.label(owner)}的{facts.label(q)}为{held}。" if u.lang == "zh"
            else f"No. The graph has {facts.label(owner, 'en')}: {held}.")


def _in_language(value: str, lang: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", value)) == (lang == "zh")
