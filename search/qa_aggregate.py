"""Aggregates with constraints: a superlative or an ordinal (from either end) over a restricted set.

The logical form of such a question has four parts, read here from its shape and the lexicon's class
words, never from a wording:
- the **domain**: the instances ranked, of the class a class word names (organisations, projects, a kind
  of them), minus a class the question excludes ("非高校的单位", "除高校以外的单位", "non-university",
  "other than companies", "excluding base-type projects");
- the **measure**: what each is counted by, read from the build's count tables (search.qa_counts): an
  organisation by the cooperations (of the kind named) it takes part in, a cooperation by its parties;
- the **order** and its **ordinal**: most or fewest, the n-th from the top ("第二多", "third-largest") or
  from the bottom ("倒数第二", "第二少", "second-lowest");
- ties: every instance at the level asked answers, said to be tied.

An empty domain, or an ordinal past the levels held, is an honest empty answer. Each answer cites its
participations and states its count; the ranking's derivation (levels and the restriction) is stated too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.qa_form import LogicalForm
from search.qa_measures import MEASURE_NOUNS
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_outcome import OperatorBase, Outcome, derived, participation_items
from search.qa_values import EN_NUMBERS, EN_ORDINALS, cn_numeral, ordinal_en
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS

_EN_ORD = "|".join(EN_ORDINALS)
# An ordinal counted from the bottom: "倒数第二", "第二少", "second-lowest", "third smallest", "second from the bottom".
LOW_ORDINAL = re.compile(rf"倒数第?([二两三四五六七八九十\d]+)|第([二两三四五六七八九十\d]+)(?:少|小|低)"
                         rf"|\b({_EN_ORD}|\d+(?:st|nd|rd|th))[- ](?:lowest|smallest|fewest|least)\b"
                         rf"|\b({_EN_ORD}|\d+(?:st|nd|rd|th)) from (?:the )?(?:bottom|last)\b", re.IGNORECASE)
# "倒数第一", "the last": the very bottom.
LOWEST_WORDS = re.compile(r"倒数第一|倒数第1(?!\d)|排(?:在)?最后|垫底|\bat the bottom\b|\bcomes? last\b")

# What marks a class word as excluded from the domain: just before it ("非高校", "除了高校以外", "non-university",
# "other than universities") or, in Chinese, 除 before it and 以外/之外/外 after it.
EXCLUDED_BEFORE = re.compile(r"(?:非|除(?:了|开|去|掉)?|不是|不含|不包括|不算|排除)\s*$|(?:\bnon-?|\bother than |\bexcluding |\bexcept(?: for)? |"
                             r"\bapart from |\baside from |\bbesides |\bnot )\s*$", re.IGNORECASE)

NUMBER_WORD = re.compile(rf"^(?:\d+|{'|'.join(w for w in EN_NUMBERS if w != 'zero')})$")  # a count said in figures or words


@dataclass(frozen=True)
class Order:
    """Which level a ranking asks for: the ``n``-th from the bottom when ``low``, else from the top."""

    low: bool
    n: int = 1

    def level(self, counts) -> int | None:
        """The count at the place asked among ``counts`` (distinct, any order); None past the last."""
        levels = sorted(set(counts), reverse=not self.low)
        return levels[self.n - 1] if 0 < self.n <= len(levels) else None

    def words(self, lang: str) -> str:
        if lang == "zh":
            return ("最少" if self.low else "最多") if self.n == 1 else (f"倒数第{self.n}" if self.low else f"第{self.n}多")
        return ("fewest" if self.low else "most") if self.n == 1 else \
            f"{ordinal_en(self.n)}-{'fewest' if self.low else 'most'}"


def low_ordinal(text: str) -> int | None:
    """The place counted from the bottom that ``text`` asks for (倒数第二 → 2), or None."""
    if LOWEST_WORDS.search(text):
        return 1
    m = LOW_ORDINAL.search(text)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else EN_ORDINALS.get(word) or cn_numeral(word.replace("两", "二"))


def order_asked(form: LogicalForm) -> Order | None:
    """The order a superlative or ordinal of the question asks for, or None when it ranks nothing."""
    u, ops = form.understanding, form.operators
    low = low_ordinal(u.question)
    if low is not None:
        return Order(True, low)
    if u.most or "largest" in ops:
        return Order(False, u.rank)
    if {"fewest", "smallest"} & ops:
        return Order(True, 1)
    return None


def measure_only(topic: str) -> bool:
    """Whether the topic's words only name a measure, a number or a place from the bottom ("coalition deals",
    "sixteen", "倒数第二"), or none."""
    topic = LOWEST_WORDS.sub(" ", LOW_ORDINAL.sub(" ", topic)).replace("倒数", " ")
    # a bare ordinal left in the topic is the place asked ("second" of "second-fewest", the rest read as a cue)
    return all(w.lower() in MEASURE_NOUNS or w.lower() in EN_ORDINALS or NUMBER_WORD.match(w.lower())
               for w in re.findall(r"[\w-]+", topic))


class RankedAggregates(OperatorBase):
    """The superlative over a restricted set, and over cooperations by their parties."""

    def restricted_extreme(self, form: LogicalForm) -> Outcome | None:
        """Organisations (or cooperations) of the domain class minus an excluded class, ranked by cooperations
        (or parties); or cooperations ranked by parties when the question sizes them with measure words only
        ("biggest coalition") or asks a place from the bottom. None when the question is no such ranking."""
        u = form.understanding
        order = order_asked(form)
        if order is None or u.mentions or {"compare", "parts", "yes/no"} & form.operators:
            return None
        spans = [(at, w, frozenset(self.lexicon.class_words[w])) for at, w in class_word_spans(u.blanked, self.lexicon)
                 if w not in RELATION_WORDS]
        excluded = [(w, c) for at, w, c in spans if EXCLUDED_BEFORE.search(u.blanked[max(0, at - 12):at])]
        if excluded:  # "不是高校的单位当中…最多": the negation restricts the set ranked
            return self._ranked(u, order, spans, excluded[0])
        if "negation" in form.operators:
            return None
        if u.answer_classes and self._is(u.answer_classes, COOPERATION) and (order.low or not u.most) \
                and measure_only(u.topic) and not form.constraints:
            return self._ranked(u, order, spans, None)  # "biggest coalition", "参与方倒数第二的项目"
        return None

    def _ranked(self, u: Understanding, order: Order, spans, excluded: tuple[str, frozenset[str]] | None) -> Outcome | None:
        """The domain's instances at the level ``order`` asks, ``excluded``'s instances left out."""
        root = next((r for r in (ORGANIZATION, COOPERATION) if excluded is None or self._is(excluded[1], r)), None)
        if excluded is None:
            root = COOPERATION
        if root is None:
            return None  # an excluded class of neither kind ("非政府的…"): no ranking of those here
        kept = [(w, c) for _, w, c in spans if self._is(c, root) and (excluded is None or c != excluded[1])]
        domain_word, domain = kept[0] if kept else ("", frozenset({ORGANIZATION if root == ORGANIZATION else PROJECT}))
        if excluded is None and u.answer_classes:
            domain_word, domain = u.answer_word, u.answer_classes
        if root == ORGANIZATION:
            counted = self._counted(u)
            held = self.aggregates.cooperations.of(self.graph, domain, counted)
        else:
            kinds = [c for _, w, c in spans if self._is(c, ORGANIZATION) and ORGANIZATION not in c
                     and (excluded is None or c != excluded[1])]
            held = self.aggregates.parties.of(self.graph, domain, kinds[0] if kinds else None)
        gone = self.graph.of_class(excluded[1]) if excluded else set()
        counts = {x: n for n, xs in held.items() for x in xs if x not in gone}
        level = order.level(counts.values())
        word = domain_word or self._lang(u, "单位" if root == ORGANIZATION else "项目",
                                         "organisation" if root == ORGANIZATION else "project")
        but = self._lang(u, f"除{excluded[0]}外，", f"Other than {excluded[0]}, ") if excluded else ""
        if level is None:
            text = self._lang(u, f"{but}图谱中没有{order.words('zh')}的{word}（共{len(counts)}个{word}参与计数）。",
                              f"{but}the graph holds no {word} with the {order.words('en')} (of {len(counts)} counted).")
            return Outcome([], [], text, settled=True)
        winners = sorted((x for x, n in counts.items() if n == level), key=self.facts.label)
        return self._outcome(u, order, root, winners, level, (but, word, len(counts)))

    def _outcome(self, u: Understanding, order: Order, root: str, winners: list[str], level: int, said) -> Outcome:
        """The winners, each citing its participations, and the ranking's derivation."""
        but, word, ranked = said
        if root == ORGANIZATION:
            counted = self._counted(u)
            links = [[(p, c) for c, p in sorted(self.graph.cooperations(o, counted).items())] for o in winners]
        else:
            links = [[(p, c) for p in sorted(self.graph.parties.get(c, ()))] for c in winners]
        how = f"{order.words('en')} of {ranked} {word} counted{' ' + but.strip(', ').lower() if but else ''}: {level}"
        evidence = participation_items(self.facts, links) + [derived(self.facts, x, how) for x in winners]
        names = self._lang(u, "、", ", ").join(self.facts.label(x, u.lang) for x in winners)
        tied = len(winners) > 1
        measure = self._lang(u, "参与项目" if root == ORGANIZATION else "参与方", "projects" if root == ORGANIZATION else "parties")
        text = self._lang(u, f"{but}{measure}{order.words('zh')}的{word}（{f'并列，各{level}个' if tied else f'{level}个'}）：{names}。",
                          f"{but}the {word} with the {order.words('en')} {measure} ({f'tied, {level} each' if tied else level}): {names}.")
        return Outcome(self._entities(winners), evidence, text[0].upper() + text[1:], settled=True)
