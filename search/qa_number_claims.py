"""Numbers and dates claimed by a yes/no question, checked against the figure, rank, count or date the graph holds:
"联合体成员单位有97家吗", "金普在那28家里排进前三了吗", "大连理工大学参与了6个项目吗", "金普新区是2023年获批的吗".

Contract: ``NumberClaims`` is a mixin of search.qa_yes_no.YesNo (an OperatorBase): ``_date_claim``, ``_figure_claim``
(with ``_top_claim``, ``_count_claim``) and ``_with_figure_claim`` give the verdict on such a claim, or None when the
question makes none the graph can check (the other readings of a yes/no question decide).
"""

from __future__ import annotations

from dataclasses import replace

from search.qa_claims import figure_verdict
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, PROGRAMME
from search.qa_match import uses
from search.qa_order_cues import PERIOD_END, PERIOD_MONTHS, PERIOD_START
from search.qa_outcome import OperatorBase, Outcome, figure_item, participation_item
from search.qa_premise import Premises
from search.qa_values import asking_sentence, claimed_dates, numbers_in, ordinals_in, top_ranks_in, without_dates
from search.understand import Understanding

# How well a figure must match a yes/no question's words to be the figure it makes a claim about.
FIGURE_MIN = 2.0


def claim_holds(held: int, claimed: set[int], bound) -> bool:
    """Whether a held number bears out the claimed ones: by the question's ``bound`` (the form's: "超过50家"
    holds for 51), else as the exact number."""
    return any(bound(held, n) for n in claimed) if bound else held in claimed


def _other_part(claim: str, held: str) -> bool:
    """Whether the part of a year a claim states ("上半年", "early") misses the one the held date's words
    place it in ("2023年年末": December); False when either states no part."""
    parts = [months for word, months in PERIOD_MONTHS.items() if uses(claim, word)]
    month = 12 if any(w in held for w in PERIOD_END) else 1 if any(w in held for w in PERIOD_START) else None
    return bool(parts) and month is not None and not any(low <= month <= high for low, high in parts)


class NumberClaims(OperatorBase):
    """The number, rank and date claims of a yes/no question (see the module's docstring)."""

    def _date_claim(self, u: Understanding) -> Outcome | None:
        """"金普新区是2023年获批的吗", "was the Opinions issued in 2021?": the claimed date against the
        date the graph holds for what the question asks about (its when-question, answered plainly);
        None when the question claims no date or the graph dates nothing it names."""
        claimed = claimed_dates(u.question)
        if not claimed:
            return None
        asked = replace(u, intent="when", question=without_dates(u.question), topic=" ".join(without_dates(u.topic).split()))
        held = self.plain(asked)
        dates = claimed_dates(held.answer_text) if held.answers else set()
        # a date held less precisely than the claim ("2023" for "2023年12月") neither bears it out nor refutes it
        if not dates or any(c.startswith(d + "-") for c in claimed for d in dates):
            return None
        verdict = any(d == c or d.startswith(c + "-") for c in claimed for d in dates) and \
            not _other_part(u.question, " ".join([held.answer_text, *(self.facts.date_text(a["id"], "zh") for a in held.answers)]))
        if verdict and (unlinked := Premises(self.facts.kg, self.graph).unlinked(self._orgs(u), [a["id"] for a in held.answers])):
            # a false premise: the date is borne out, but what the claim names beside it has no part in it (qa_premise)
            names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in unlinked)
            return Outcome([], held.evidence, self._lang(u, f"否。{held.answer_text.rstrip('。')}；图谱中{names}与此无关。",
                                                         f"No. {held.answer_text} The graph links {names} to none of it."))
        return Outcome(held.answers if verdict else [], held.evidence,
                       self._lang(u, f"{'是' if verdict else '否'}。{held.answer_text}",
                                  f"{'Yes' if verdict else 'No'}. {held.answer_text}"))

    def _with_figure_claim(self, dated: Outcome, form: LogicalForm) -> Outcome:
        """"did Jinpu come top when it was approved at the end of 2023": a question claiming a date and a
        figure or rank holds only when both do; a date borne out bears out no rank."""
        u = form.understanding
        if not dated.text.startswith(("是", "Yes")):
            return dated
        undated = replace(u, question=without_dates(u.question), blanked=without_dates(u.blanked))
        figure = self._figure_claim(replace(form, understanding=undated))
        if figure is None or not figure.text.startswith(("是", "Yes")):
            return figure or dated
        held = figure.text.split("。" if u.lang == "zh" else ". ", 1)[-1]  # the figure's words after its verdict
        return Outcome(dated.answers, dated.evidence + figure.evidence, f"{dated.text}{'' if u.lang == 'zh' else ' '}{held}")

    def _figure_claim(self, form: LogicalForm) -> Outcome | None:
        """"联合体成员单位有97家吗": the claimed number against the figure the graph holds."""
        u = form.understanding
        if (top := self._top_claim(u)) is not None:
            return top
        # a statement before the asking sentence states what the asker knows: the claim is the asking one's
        ranks = ordinals_in(asking_sentence(u.blanked)) or ordinals_in(u.blanked)
        claimed = (numbers_in(asking_sentence(u.question)) | ordinals_in(asking_sentence(u.blanked))
                   or numbers_in(u.question) | ordinals_in(u.blanked))
        # a rank claimed ("名列榜首", "came top") is checked against a rank, whatever words it shares with others
        best = (ranks and self.facts.best_rank(u)) or (self.facts.best_quantity(u) if claimed else None)
        orgs = self._orgs(u)
        if claimed and orgs and (best is None or self.facts.quantity_owner[best[0]][0] not in orgs):
            return self._count_claim(form, orgs[0], claimed)
        if best is None or best[1] < FIGURE_MIN:
            return None
        q = best[0]
        if (other := self._figure_of_other(form, q)) is not None:
            return other
        return Outcome([], [figure_item(self.facts, q)],
                       figure_verdict(self.facts, u, q, claim_holds(int(self.facts.figures["zh"][q]["value"]), claimed, form.bound)))

    def _top_claim(self, u: Understanding) -> Outcome | None:
        """"金普在那28家里排进前三了吗", "did Jinpu make the top five": a place within the first N (qa_values.WITHIN_TOP; the field, "28",
        is no claim) against the rank the graph holds (held ≤ N); no verdict, said so (settled), when the rank best
        matching is none of what the claim names (a count or another's rank bears out no place). None: no such claim."""
        tops = top_ranks_in(asking_sentence(u.blanked)) or top_ranks_in(u.blanked)
        if not tops:
            return None
        best, orgs = self.facts.best_rank(u), self._orgs(u)
        if best is None or best[1] < FIGURE_MIN or (orgs and self.facts.quantity_owner[best[0]][0] not in orgs):
            names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in orgs) or self._lang(u, "所说对象", "what is named")
            return Outcome([], [], self._lang(u, f"图谱没有记载{names}的排名，无法判断是否。",
                                              f"The graph holds no ranking of {names}, so it cannot say yes or no."), settled=True)
        held = int(self.facts.figures["zh"][best[0]]["value"])
        return Outcome([], [figure_item(self.facts, best[0])],
                       figure_verdict(self.facts, u, best[0], claim_holds(held, tops, lambda rank, n: rank <= n)))

    def _figure_of_other(self, form: LogicalForm, q: str) -> Outcome | None:
        """"数字人才实训中心投资了1.2亿吗": the figure matched is another cooperation's or plan's than the one the claim
        names (the 1.2亿元 is the training base's), so the graph holds no such figure of it: no verdict, the held one cited.
        None when the claim names no cooperation, or the figure is its own or a whole's it counts in (a consortium's)."""
        u, owner = form.understanding, self.facts.quantity_owner[q][0]
        # (named, or linked by the topic: "开源鸿蒙中心")
        coops = self._coops(u) or [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())] \
            or self._of_industries(u)
        kinds = self.graph.classes.get(owner, frozenset())
        if not coops or owner in coops or not (self._is(kinds, COOPERATION) or self._is(kinds, PROGRAMME)):
            return None
        names = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in coops)
        held = f"{self.facts.label(owner, u.lang)}{self._lang(u, '：', ': ')}{self.facts.figure_text(q, u.lang)}"
        return Outcome([], [figure_item(self.facts, q)], self._lang(
            u, f"图谱没有记载{names}的这一数字（图谱记载的是{held}），无法判断是否。",
            f"The graph holds no such figure of {names} (it records {held}), so it cannot say yes or no."), settled=True)

    def _of_industries(self, u: Understanding) -> list[str]:
        """The cooperations of the industries the claim names ("开源鸿蒙中心" read as the OpenHarmony industry and
        中心): a figure of none of them is no figure of what is named."""
        named = [m.doc.iri for m in u.mentions if m.doc.iri in self.graph.of_topic]
        return sorted({c for i in named for c in self.graph.of_topic[i] if COOPERATION in self.graph.classes.get(c, ())})

    def _count_claim(self, form: LogicalForm, org: str, claimed: set[int]) -> Outcome:
        """"大连理工大学参与了6个项目吗": the organisation's cooperations, counted."""
        u = form.understanding
        coops = self.graph.cooperations(org, self._counted(u))
        evidence = [participation_item(self.facts, party, coop) for coop, party in sorted(coops.items())]
        verdict = claim_holds(len(coops), claimed, form.bound)
        text = self._lang(u, f"{'是' if verdict else '否'}。图谱中{self.facts.label(org)}参与{len(coops)}个。",
                          f"{'Yes' if verdict else 'No'}. {self.facts.label(org, 'en')} takes part in {len(coops)}.")
        return Outcome(self._entities(coops) if verdict else [], evidence, text)
