"""The figure reading: a figure asked of the scheme, plan or base it belongs to, named by what its source says of it.

A stranger names the thing a figure belongs to by what the article says of it, not by its label: "企业下单、学校接单
那套做法，一年开几个班" is the order-based training plan's 40 classes a year, "the program linking secondary and higher
vocational schools" the through-training plan's yearly intake, "the 120-million-yuan base" the training base's
research results. The structured reading links no owner and refuses; the evidence reader (search.qa_reader) leaves
figures alone. Each figure is cited by the sentence stating it, so the figure is read off that sentence:

1. asked only when the question asks a figure and no entity (``figure_asked``: a count word, "how much", or "what is the
   number/tally/intake…"; never beside a which- or who-word, "which university comes second", "哪几家", nor a question
   listing things, "What majors are the order classes run in?") and holds no name the graph does not
   (Reader.unheld_names);
2. the candidates are the figures the best sentences cite (Reader.ranked) that the question's how-many asks: in the
   measure it asks, or of the noun it counts (search.qa_asked_of.AskedOf.counts: "学生月薪多少" asks neither); never one
   the structured reading's checks refuse (search.qa_figure_plan.figure_unfit: another bearer, "大工每年组建多少订单班" is no
   question of the vocational college's plan; another year, a later batch, the figure stated in the question), no yearly
   figure asked of a total to date, none asked of a batch or every one of a kind (``COLLECTIVE``: "这批签约项目总投资多少"),
   and none when the question states another thing's figure ("这16个签约项目加一块")
   or a figure in the measure it asks (``_part_of_stated``: "of the 120 million invested, how much came from the
   college" asks a part of it), and every name the question links is the figure's owner or one of its
   parties, or in their words ("机床厂和职院合建的实训基地"; "罗克韦尔中心投资了多少钱" is no question of the training
   base's investment, though the document naming both accounts for it);
3. each candidate scores its best sentence's score (coverage + dense_weight x dense, as the reader scores), and the
   best is read when it reaches ``ReaderConfig.figure_min_score`` and leads every other figure of another value by
   ``figure_min_lead`` of its score (a sentence stating three figures in no asked measure singles none out); both fitted by
   bench/calibrate_qa_figure_reader.py on bench/qa-figure-reader-calibration.jsonl, honesty first.

Asked only after the other readings found nothing and refused nothing (search.qa_reader.read_in).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from search.auxiliaries import BE
from search.qa_facts import FactFinder
from search.qa_figure_plan import figure_unfit
from search.qa_cues import HOW_MANY
from search.qa_match import tokens
from search.qa_measures import measure_asked
from search.qa_values import numbers_in
from search.qa_reader import FIGURE, Reader, Reading
from search.qa_reader_asks import question_words
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import word_regex
from search.understand_words import WH_WORDS, WHAT_WORDS, WHO_WORDS

# The words asking an entity, not a figure: "which university comes second", "哪几家", "who" (what-words may ask a
# figure: "what is the yearly intake").
ENTITY_ASKED = tuple(word_regex(w) for w in (*WH_WORDS, *WHO_WORDS) if w not in WHAT_WORDS)
# A figure asked by its noun after a what-word, with no count word: "what is the yearly intake target", "what annual
# quota of classes", "what tally of research outputs" (a noun of a figure, never of the things it counts).
FIGURE_NOUN_ASKED = re.compile(rf"\bwhat(?:['’]s|\s+(?:{BE}))?\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){{0,2}}?"
                               r"(?:number|count|tally|total|quota|target|intake|headcount|volume|amount|size|figure|sum)s?\b")
# A whole batch or every one of a kind asked of ("这批签约项目总投资多少", "all the bases together"): a sum over many, never
# the one figure a sentence states.
# ("each year", "every year", "all year" are a period, no collective)
COLLECTIVE = re.compile(r"这批|那批|这些|那些|所有|全部|\b(?:all|these|those)\b(?!\s+(?:year|month|along))")
# Whether a figure is of what the question asks, in its measure or its counted noun (search.qa_asked_of.AskedOf.counts).
Fits = Callable[[Understanding, str, str], bool]


def read_figure(reader: Reader, u: Understanding, written: str = "", *, fits: Fits,
                anchored: frozenset[str] = frozenset()) -> Reading | None:
    """The one figure the question asks, read off the sentence stating it, or None (no figure asked, a name the graph
    does not hold, no candidate, below the floor or no clear lead)."""
    best = best_figure(reader, u, written, fits=fits, anchored=anchored)
    if best is None or best.score < reader.config.figure_min_score or best.lead < reader.config.figure_min_lead:
        return None
    return best


def best_figure(reader: Reader, u: Understanding, written: str = "", *, fits: Fits,
                anchored: frozenset[str] = frozenset()) -> Reading | None:
    """The best candidate figure with its lead over the best figure of another value (no floor: the calibration
    reads it), or None when there is no candidate."""
    scored = scored_figures(reader, u, written, fits=fits, anchored=anchored)
    if not scored:
        return None
    best, text = scored[0], reader.facts.figure_text
    runner_up = max((r.score for r in scored[1:] if text(r.items[0], "zh") != text(best.items[0], "zh")), default=0.0)
    lead = (best.score - max(runner_up, 0.0)) / best.score if best.score > 0 else 0.0
    return replace(best, lead=lead)


def scored_figures(reader: Reader, u: Understanding, written: str = "", *, fits: Fits,
                   anchored: frozenset[str] = frozenset()) -> list[Reading]:
    """A reading per candidate figure ``fits`` admits, at its best sentence, best first (step 2 above); empty when the
    question holds a name the graph does not. ``anchored``: what the first reading linked the question's topic to
    ("罗克韦尔中心投资了多少钱": the Rockwell centre), each to be the figure's owner or one of its parties too."""
    if not figure_asked(u) or COLLECTIVE.search(u.question) or _part_of_stated(u, reader.facts) \
            or reader.unheld_names(u, written or u.question):
        return []
    facts, best = reader.facts, dict[str, Reading]()
    for i, coverage, dense in reader.ranked(u):
        sentence = reader.sentences.sentences[i]
        score = coverage + reader.config.dense_weight * dense
        for q in sorted(sentence.cited & facts.figures["zh"].keys()):
            if score > (best[q].score if q in best else float("-inf")) and fits(u, q, written) and _described(reader, i, q, u) \
                    and _owners_account(facts, q, u.mentions, anchored) \
                    and not (figure_unfit(q, u, facts) or _another_stated(q, u, facts)):
                best[q] = Reading((q,), sentence, score, coverage, dense, FIGURE, FIGURE)
    return sorted(best.values(), key=lambda r: -r.score)


def figure_asked(u: Understanding) -> bool:
    """Whether the question asks a figure and no entity (step 1 above): a count or amount asked (``u.intent``) or a
    figure's noun after a what-word, and no which- or who-word."""
    if any(w.search(u.question) for w in ENTITY_ASKED):
        return False
    # (a how-many word asks a figure whatever intent the parse gave: "Under the plan where …, how many classes")
    return u.intent == "count" or HOW_MANY.search(u.question) is not None or FIGURE_NOUN_ASKED.search(u.question) is not None


def _part_of_stated(u: Understanding, facts: FactFinder) -> bool:
    """Whether the question states a figure of the graph in the measure it asks: it asks a part of that figure or
    the figure itself ("of the 120 million invested in the base, how much came from the college", "1.2亿里企业出了多少");
    a stated figure in another measure names its owner ("the 120-million-yuan base's research outputs")."""
    asked, stated = measure_asked(u.question), numbers_in(u.question)
    if asked is None or not stated:
        return False
    measures = facts._indexed("unit measure").measures
    return any(facts.figures["zh"][q]["value"] in stated and measures.get(q) == asked for q in facts.figures["zh"])


def _owners_account(facts: FactFinder, figure: str, mentions: Sequence, anchored: frozenset[str]) -> bool:
    """Whether the figure's owner accounts for the question's ``mentions`` and ``anchored`` things: each is the owner
    or one of its parties, or a mention's words are the figure's, its owner's or a party's ("机床厂和职院合建的实训基地":
    机床 is a word of its company's name)."""
    owner = facts.quantity_owner[figure][0]
    parties = {owner, *facts.linked_organisations(owner)}
    words = facts.quantity_words.get(figure, set()).union(*(tokens(normalize(facts.label(x, lang))) for x in parties
                                                            for lang in ("zh", "en")))
    return anchored <= parties and all(m.doc.iri in parties or tokens(m.text) <= words for m in mentions)


def _another_stated(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question states a figure of another owner's and none of the figure's owner's: it is about that
    other thing ("这16个签约项目加一块，总投资多少", "12名匠苗来自哪几家企业")."""
    stated, owner = numbers_in(u.question), facts.quantity_owner[quantity][0]
    values = {q: facts.figures["zh"][q]["value"] for q in facts.figures["zh"] if q not in facts.ranks()}
    own = {v for q, v in values.items() if facts.quantity_owner.get(q, ("", ""))[0] == owner}
    return bool(stated & (set(values.values()) - own)) and not stated & own


def _described(reader: Reader, i: int, figure: str, u: Understanding) -> bool:
    """Whether sentence ``i`` says more of the question than the figure of an organisation the question names: when
    the question names one of the owner's parties and not the owner, the sentence holds a word of the question
    besides the figure's own (what it counts, its period) and the linked names ("企业下单、学校接单"): "how many
    students are enrolled at the college" is no question of its plan's intake."""
    owner, named = reader.facts.quantity_owner[figure][0], {m.doc.iri for m in u.mentions}
    if owner in named or not named & reader.facts.linked_organisations(owner):
        return True
    own = reader.facts.own_words.get(figure, set()).union(*(tokens(m.text) for m in u.mentions))
    return any(reader.sentences.holds(i, w) for w in question_words(u) if w not in own)
