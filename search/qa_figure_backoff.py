"""The last stage of an answer: figure retrieval when the plan found nothing or a figure of another kind
than asked, and the coverage gate that refuses an answer citing nothing of what the question asks for.

Contract: ``FigureBackoff.checked(answer, u)`` returns ``answer`` unchanged, or
- the figure search.qa_figure_lookup finds for a how-many, how-much or which-rank question whose answer
  is empty (not settled by an operator, nothing outside the graph named) or is a figure of another kind
  than asked ("投了多少钱" answered by a count), answered as a figure plan answers it (its value with the
  source's qualifiers, its owner, its span as evidence);
- an empty answer saying the graph holds no such figure, when no figure clears the lookup's thresholds
  and the planned figure was of the wrong kind;
- an empty answer to a how-many question (a figure or a count) when the question's asked attribute (search.qa_accounted.TopicWords.asked: 补贴,
  创始人, 街道, "subsidy") is held by no fact the answer cites, or a split between parties is asked of one
  figure ("各掏了多少", "how was it split"), or a batch the figure is not of ("第二批" of the first batch's
  figure): the cited fact is about something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graph.han import HAN
from search.qa_accounted import TopicWords
from search.qa_compose import plan_quantity
from search.qa_figure_lookup import ANSWERS, FigureLookup, batch_of, kind_asked, other_batch
from search.qa_form import LogicalForm
from search.qa_match import tokens
from search.qa_text import describe
from search.text import normalize
from search.understand import Understanding

# A split between parties asked of a figure: "各掏了多少", "分别出了多少", "how was it split", "each put in".
SPLIT_ASKED = re.compile(r"各(?:自|方)?[^，,。？?]{0,3}(?:出|掏|投|拿|付|承担)|分别(?:出|掏|投|拿|付|承担)|怎么分|如何分|分摊"
                         r"|\bsplit\b|\beach (?:put|paid|pay|contribute|invest)|\bhow much (?:did )?each\b|\bshare of the (?:cost|investment)",
                         re.IGNORECASE)


class FigureBackoff:
    """Figure retrieval and the coverage gate over one answerer's facts."""

    def __init__(self, lookup: FigureLookup, facts, topic_words: TopicWords, form: Callable[[Understanding], LogicalForm],
                 max_answers: int = 50):
        self.lookup, self.facts, self.topic_words, self.form, self.max_answers = lookup, facts, topic_words, form, max_answers

    def checked(self, answer, u: Understanding):
        """The answer, a figure found instead, or a refusal (see the module)."""
        said = answer.understanding
        if said.get("outside_graph") or said.get("ambiguous"):
            return answer
        kind = kind_asked(u.question) if u.intent == "count" or said.get("plan") == "quantity" else None
        figure = answer.answers[0]["id"] if said.get("plan") == "quantity" and answer.answers else None
        wrong_kind = figure is not None and kind is not None and self.lookup.index.kinds.get(figure) not in ANSWERS[kind]
        if kind is not None and (wrong_kind or (not answer.answers and not said.get("settled") and not answer.evidence)):
            found = self.lookup.best(u)
            if found is not None:
                answer = self._figure(answer, u, found)
            elif wrong_kind:
                return self._refused(answer, u, "")
        return self._covered(answer, u)

    def _figure(self, answer, u: Understanding, figure: str):
        """The answer a figure plan gives for ``figure`` (its newest version)."""
        plan = plan_quantity(self.facts.versions(figure)[0], self.facts)
        found = replace(answer, answers=[], evidence=[], related=[], total=None,
                        understanding={**answer.understanding, "plan": plan.kind, "backoff": "figure"})
        plan.collect(plan.index(None) if plan.index else [], found, self.facts, self.max_answers)  # type: ignore[arg-type]
        found.sparql = answer.sparql.split("SELECT")[0] + plan.sparql if "SELECT" in answer.sparql else plan.sparql
        found.answer_text = describe(self.form(u), plan, found, self.facts)
        return found

    def _covered(self, answer, u: Understanding):
        """The answer, or a refusal when what the question asks for is held by nothing it cites."""
        figure = answer.understanding.get("plan") == "quantity"
        if not answer.answers or not (figure or u.intent == "count"):
            return answer  # lists are answered by the plan's own topic matching (search.qa_accounted)
        if figure and ((SPLIT_ASKED.search(u.question) and len(answer.answers) == 1)
                       or other_batch(batch_of(u.question), self.lookup.index.batches.get(answer.answers[0]["id"]))):
            return self._refused(answer, u, "")  # one joint figure answers no split; the first batch's no second's
        if figure and self.lookup.best(u) == answer.answers[0]["id"]:
            return answer  # the question matched to this very figure by retrieval
        asked = self.topic_words.asked(u.blanked or u.question)
        cited = self._cited(answer)
        missing = [w for w in asked if not _held(w, cited)]
        # English has no tagger here: its asked words are unaccounted only when none is held
        unaccounted = missing and (u.lang == "zh" or len(missing) == len(asked))
        return self._refused(answer, u, missing[0]) if unaccounted else answer

    def _cited(self, answer) -> set[str]:
        """The words of every fact the answer cites: its answers' labels, its evidence paths and spans."""
        texts = [self.facts.label(a["id"], lang) for a in answer.answers for lang in ("zh", "en")]
        texts += [a.get("label_en") or "" for a in answer.answers]
        for item in answer.evidence:
            texts += [str(p) for p in item.get("path") or ()]
            texts.append(str((item.get("source") or {}).get("text") or ""))
        owned = [self.facts.quantity_owner[a["id"]] for a in answer.answers if a["id"] in self.facts.quantity_owner]
        texts += [self.facts.label(x, lang) for pair in owned for x in pair for lang in ("zh", "en")]
        return tokens(normalize(" ".join(texts)))

    def _refused(self, answer, u: Understanding, word: str):
        asked = word or {"zh": "所问的数字", "en": "the figure asked"}[u.lang]
        text = (f"图谱中没有关于{asked}的记载，无法回答。" if u.lang == "zh"
                else f"The graph holds nothing on {asked}, so this cannot be answered.")
        return replace(answer, answers=[], evidence=[], total=None, answer_text=text,
                       understanding={**answer.understanding, "settled": True, "unaccounted": word or "figure"})


def _held(word: str, cited: set[str]) -> bool:
    """Whether a Chinese word shares a character pair with the cited words, or a Latin one is among them."""
    return bool(tokens(normalize(word)) & cited) if HAN.search(word) else bool(tokens(word) <= cited)
