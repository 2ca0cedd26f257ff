"""Comparing two figures the graph holds: "实习岗位和培训人次哪个多", "which is larger, the internship
positions or the training attendances". Each side of the comparison is matched to its own figure
(search/qa_facts.py best_quantity on that side's words alone); the answer states both values and
which is larger, citing each figure's source span and the comparison as a derivation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from search.qa_accounted import TopicWords
from search.qa_breaks import COMMAS, SEMICOLONS
from search.qa_answer import evidence_item
from search.qa_facts import APPROXIMATE
from search.qa_form import LogicalForm
from search.qa_kinds_together import EACH_ASKED, kind_spans
from search.qa_part_said import listed_parts, ranked_part
from search.qa_stated_parts import PART_RANKED
from search.qa_aggregate import low_ordinal
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_fact_indexes import figure_words, figures_of, measured, owner_order
from search.qa_match import asked_words, best, word_score
from search.qa_outcome import OperatorBase, Outcome, figure_item
from search.qa_values import ordinal_en
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.text import blank_match

# What joins the two sides: 和/与/跟/还是, "or", "and", "vs".
SIDES = re.compile(r"和|与|跟|还是|或者|对比|对上|\bor\b|\band\b|\bvs\.?\b|\bversus\b")
# An alternative's own words split first: a side may hold an "and" ("city- and district-level departments, or
# secondary and higher institutions"); so do a match's ("工程师苗子,对比匠苗", "A对上B": search.qa_cues.COMPARE_WORDS).
ALTERNATIVES = re.compile(r"还是|或者|对比|对上|\bor\b|\bvs\.?\b|\bversus\b")
# "do companies outnumber the schools": the two sides of an outnumbering asked, read before any joining word.
OUTNUMBERED = re.compile(r"(?P<a>[^,:;，：]+?)\b(?:outnumber|outnumbers|exceed|exceeds)\b(?P<b>[^,:;?，？]+)")
# Where a clause ends: a side of a comparison lies within one.
CLAUSE = re.compile(rf"[{COMMAS}{SEMICOLONS}]")
# A side that is a question word ("which outnumbers which: A or B"): the sides are named elsewhere.
ASKED_SIDE = re.compile(r"\s*(?:which|who|what)\b")
# What a side's noun is picked from: "成员单位里企业" compares 企业, "social organisations among the
# members" compares social organisations (Chinese heads come last, English ones first).
CONTEXT_ZH = re.compile(r"里|之中|当中|中")
CONTEXT_EN = re.compile(r"\b(?:among|within|in the|of the)\b")
# How well a side's words must match a figure for that figure to be the side's.
SIDE_MIN = 1.0
# What a figure measures, by how it is written: a sum of money (it has a currency), a place in a ranking
# (its unit), else a number of things. Figures of two different kinds are not compared ("投资额和实习岗位
# 哪个大": 1.2亿元 against 2800 positions): both are stated, and the answer says they do not compare.
RANK_UNITS = ("名", "位次")
KIND_WORDS = {"money": ("金额", "an amount of money"), "rank": ("名次", "a rank"), "count": ("数量", "a count")}


class FigureComparison(OperatorBase):
    """The operator comparing two figures named in one question."""

    def compare_figures(self, form: LogicalForm) -> Outcome | None:
        """Both figures, and which is larger (or smaller), when each side names a different figure."""
        u = form.understanding
        larger, smaller = "larger" in form.operators, "smaller" in form.operators
        difference = form.difference
        if not (larger or smaller or difference) or len(self._orgs(u)) >= 2:
            return None
        sides = list(difference) if difference else _sides(u.question)
        if len(sides) != 2:
            return None
        found = [self.facts.best_quantity(self._side(u, _head(side))) for side in sides]
        first, second = found
        if first is None or second is None or max(first[1], second[1]) < SIDE_MIN:
            return None
        # the better matched side anchors the family; failing a sibling there, the other side does
        tries = [(sides, (first[0], second[0]), False), (sides[::-1], (second[0], first[0]), True)]
        pair = (first[0], second[0])
        for order, (strong, weak), flipped in (tries if first[1] >= second[1] else tries[::-1]):
            kin = self._kindred(order, strong, weak)
            if kin is not None:
                pair = kin[::-1] if flipped else kin
                break
        # a side matching no figure by its words stands only for the sibling counting its class, and only when it says
        # nothing but that class ("do campuses"; "the University of Technology" names a thing, no class of members)
        unmatched = [side for side, (_, score) in zip(sides, (first, second)) if score < SIDE_MIN]
        if pair[0] == pair[1] or (unmatched and (pair == (first[0], second[0]) or self._says_more(unmatched[0]))):
            return None
        if difference:
            return self._difference(u, pair[0], pair[1])
        return self._compared(u, pair[0], pair[1], smaller and not larger)

    def _says_more(self, side: str) -> bool:
        """Whether a side holds a content word besides the reading's own (its class words among them)."""
        return bool(TopicWords(self.lexicon.vocabulary).of(_head(side)))

    def compare_owners(self, form: LogicalForm) -> Outcome | None:
        """"A和B哪个计划首批培养的人多": two named things compared by the figure of each that best matches the
        question's words; both cited, the larger (or smaller) thing named."""
        u = form.understanding
        if "compare" not in form.operators or form.difference:
            return None
        named = list(dict.fromkeys(m.doc.iri for m in u.mentions))
        held = {x: {q: self.facts.quantity_words[q] for q in figures_of(self.facts, x)} for x in named}
        if len(named) != 2 or not all(held.values()):
            return None
        picks = [best(u, held[x], {}) for x in named]
        if any(p is None or p[1] < SIDE_MIN for p in picks):
            return None
        first, second = (p[0] for p in picks if p)
        return self._compared(u, first, second, "fewer" in form.operators, by_owner=True)

    def compare_kinds(self, form: LogicalForm) -> Outcome | None:
        """"基地类和人才培养类项目哪个多": how many cooperations each of two named kinds holds, the larger
        (or smaller) named; each count given as its derivation. Asked only how many each holds ("基地类和科创类各有几个",
        "两边各几个", "how many of each"), the two counts, none named the larger."""
        u = form.understanding
        # of a named organisation's cooperations when one is named ("大工的项目里基地类和科创类哪个多"), no other name
        orgs = self._orgs(u)
        split = "count" in form.operators and EACH_ASKED.search(u.question) is not None
        if not ({"larger", "smaller"} & form.operators or split) or len(orgs) != len(u.mentions) or len(orgs) > 1 or form.difference:
            return None
        kinds: dict[frozenset[str], str] = {}
        for _, _, word in kind_spans(u.blanked, self.lexicon):  # bare English kinds too: "base or innovation"
            classes = frozenset(self.lexicon.class_words[word])
            if self._is(classes, COOPERATION) and not classes & {COOPERATION, PROJECT}:
                kinds.setdefault(classes, word)
        if len(kinds) != 2:
            return None
        if self.facts.names_projects(u):  # "which got more projects signed, the training bases or …": the kinds' projects
            kinds = {(project := self._project_kind(classes)) or classes: self._kind_word(u, project, word, classes)
                     for classes, word in kinds.items()}
        mine = set(self.graph.cooperations(orgs[0])) if orgs else None
        counts = {word: len(self.graph.of_class(classes) & mine if mine is not None else self.graph.of_class(classes))
                  for classes, word in kinds.items()}
        smaller = "smaller" in form.operators and "larger" not in form.operators
        winner = (min if smaller else max)(counts, key=lambda w: counts[w])
        evidence = [evidence_item([w], derivation=f"count of {w} = {n}") for w, n in counts.items()]
        both = self._lang(u, "，", "; ").join(self._lang(u, f"{w}{n}个", f"{w}: {n}") for w, n in counts.items())
        if not {"larger", "smaller"} & form.operators:  # each one's count asked, no comparison
            return Outcome([], evidence, self._lang(u, f"{both}。", f"{both}."), settled=True)
        if len(set(counts.values())) == 1:
            return Outcome([], evidence, self._lang(u, f"一样多（{both}）。", f"As many of each ({both})."), settled=True)
        word = self._lang(u, "更少" if smaller else "更多", "Fewer" if smaller else "More")
        return Outcome([], evidence, self._lang(u, f"{winner}{word}（{both}）。", f"{word} {winner} ({both})."), settled=True)

    def _kind_word(self, u: Understanding, project: frozenset[str] | None, word: str, named: frozenset[str]) -> str:
        """A kind as the question names it, with the source's own word for its projects ("基地项目类") beside it; a
        kind of project the question names itself (``named``) keeps its word, the source's beside it in Chinese
        ("基地类（基地项目类）")."""
        if project is None and u.lang == "zh":
            own = self._source_word(next(iter(named)), word)
            return f"{word}（{own}）" if own else word
        own = self._source_word(next(iter(project)), word) if project else ""
        return self._lang(u, own, f"{word} ({own})") if own else word

    def _project_kind(self, classes: frozenset[str]) -> frozenset[str] | None:
        """The kind of project holding most of the instances of ``classes`` (a kind of cooperation that is no
        kind of project: 实训基地 → 实训基地类项目), or None when ``classes`` is one already or none holds them."""
        if self._is(classes, PROJECT):
            return None
        held = self.graph.of_class(classes)
        overlap = {k: len(self.graph.instances.get(k, set()) & held) for k in self.facts.catalogue.classes
                   if k != PROJECT and self._is(frozenset({k}), PROJECT)}
        best = max(overlap, key=lambda k: (overlap[k], k), default=None)
        return frozenset({best}) if best and overlap[best] else None

    def _difference(self, u: Understanding, first: str, second: str) -> Outcome:
        """How much the first figure exceeds (or falls short of) the second, both cited, the
        subtraction as the derivation."""
        f = self.facts
        if self._kind(first) != self._kind(second):
            return self._unlike(u, first, second)
        a, b = (f.figures["zh"][q]["value"] for q in (first, second))
        gap = abs(a - b)
        # a figure written "2800余" leaves the gap approximate too
        rough = any(w in (f.figures["zh"][q].get("written") or "") for q in (first, second) for w in APPROXIMATE)
        gap_text = ("约" if rough and u.lang == "zh" else "about " if rough else "") + (
            f"{gap:,}" if u.lang == "en" else f"{gap:g}")
        evidence = [self._figure_item(q) for q in (first, second)]
        evidence.append(evidence_item([f.label(first), f.label(second)], derivation=f"{a} - {b} = {a - b}"))
        zh_more, en_more = ("多", "more") if a >= b else ("少", "fewer")
        text = self._lang(u, f"{f.label(first)}比{f.label(second)}{zh_more}{gap_text}（{f.label(first)}{f.figure_text(first, 'zh')}，"
                             f"{f.label(second)}{f.figure_text(second, 'zh')}）。",
                          f"{gap_text} {en_more}: {f.label(first, 'en')}: {f.figure_text(first, 'en')}; "
                          f"{f.label(second, 'en')}: {f.figure_text(second, 'en')}.")
        return Outcome([], evidence, text, settled=True)

    def _kindred(self, sides: list[str], strong: str, weak: str) -> tuple[str, str] | None:
        """(strong, weak), the weak side's figure re-picked among the strong one's siblings (same owner
        and link) when one counts the class the weak side names (None when none does): "政府部门还是院校多" compares two
        parts of the members, not the members' part and an investment that mentions schools."""
        key = self.facts.quantity_owner[strong]
        if self.facts.quantity_owner[weak] == key:
            return strong, weak
        anc = self.facts.catalogue.ancestors
        classes = {c for _, w in class_word_spans(_head(sides[1]).strip(), self.lexicon)
                   for c in self.lexicon.class_words[w]}
        fits = [(len(anc.get(cat, ())), qs) for cat, qs in measured(self.facts, *key)
                if any(cat == c or cat in anc.get(c, ()) for c in classes)]
        if not fits:
            return None
        return strong, self.facts.versions(max(fits, key=lambda f: f[0])[1][0])[0]

    def figure_extreme(self, form: LogicalForm) -> Outcome | None:
        """The largest (or smallest) part of a total figure: the figures of the same owner and link
        counting a category narrower than another of them (成员单位 97: 企业 57, 院校 17 …)."""
        u = form.understanding
        largest, smallest = "largest" in form.operators, "smallest" in form.operators
        place, from_low = u.rank, low_ordinal(u.question)  # "倒数第二", "second-lowest": counted from the bottom
        if from_low is not None:
            largest, smallest, place = False, True, from_low
        every = not (largest or smallest) and "all parts" in form.operators  # "成员单位都分哪几类": all parts
        if not (largest or smallest or every) or u.mentions or "parts" not in form.operators:
            return None
        best = self.facts.best_quantity(_unranked(u))
        if best is None or best[1] < SIDE_MIN:
            return None
        family = dict(measured(self.facts, *self.facts.quantity_owner[best[0]]))
        ancestors = self.facts.catalogue.ancestors
        parts = [self.facts.versions(qs[0])[0] for cat, qs in family.items()
                 if any(c in family for c in ancestors.get(cat, ()))]
        if len(parts) < 2:
            return None
        values = {q: self.facts.figures["zh"][q]["value"] for q in parts}
        if every:
            return self._parts(u, parts, values)
        levels = set(values.values())
        if place > len(levels):  # "排第六的是哪类" of five: no part holds that place
            return self._beyond(replace(u, rank=place), parts, values)
        return ranked_part(self.facts, u, form, parts, values)  # "第二多的是哪类", "倒数第二": search.qa_stated_parts

    def owner_extreme(self, form: LogicalForm) -> Outcome | None:
        """"四个计划里哪个每年培养的人最多": the entities of the asked class (not organisations or
        cooperations, which are ranked by their partners) ranked by the figure of each that best
        matches the question's words; the top (or bottom) ones answer, each figure cited."""
        u = form.understanding
        if "superlative" not in form.operators or not u.answer_classes \
                or self._is(u.answer_classes, ORGANIZATION) or self._is(u.answer_classes, COOPERATION):
            return None
        f, asked = self.facts, asked_words(u)
        # each owner's best figure (search.qa_match.best of its own figures): only a figure holding a word of
        # the question scores, so the figures index is read for those words, not every figure scanned
        tops: dict[str, tuple[float, str]] = {}
        for q in figure_words(f).touching(asked):
            owner = f.quantity_owner[q][0]
            if self.graph.classes.get(owner, frozenset()) & u.answer_classes:
                tops[owner] = max(tops.get(owner, (0.0, "")), (word_score(asked, f.quantity_words[q]), q))
        order = owner_order(f)  # the owners in quantity_owner's order, as a scan of it met them
        values = {q: f.figures["zh"][q]["value"] for score, q in (tops[o] for o in sorted(tops, key=order.__getitem__))
                  if score >= SIDE_MIN}
        if len(values) < 2:
            return None
        fewest = "fewest" in form.operators and not u.most
        top = (min if fewest else max)(values.values())
        winners = sorted(q for q in values if values[q] == top)
        evidence = [self._figure_item(q) for q in winners]
        evidence.append(evidence_item([f.label(f.quantity_owner[q][0]) for q in winners],
                                      derivation=f"{'min' if fewest else 'max'} of {len(values)}: "
                                      + ", ".join(f"{f.label(f.quantity_owner[q][0])} {v}" for q, v in values.items())))
        owners = [f.quantity_owner[q][0] for q in winners]
        named = self._lang(u, "、", ", ").join(
            self._lang(u, f"{f.label(o)}（{f.label(q)}{f.figure_text(q, 'zh')}）",
                       f"{f.label(o, 'en')} ({f.label(q, 'en')}: {f.figure_text(q, 'en')})") for o, q in zip(owners, winners))
        most = self._lang(u, "最少" if fewest else "最多", "The smallest" if fewest else "The largest")
        return Outcome(self._entities(owners), evidence,
                       self._lang(u, f"{len(values)}个{u.answer_word}中{most}的是{named}。", f"{most} of {len(values)}: {named}."),
                       settled=True)

    def _parts(self, u: Understanding, parts: list[str], values: dict) -> Outcome:
        """Every part of a total figure, largest first, each citing its own figure (search.qa_stated_parts.listed_parts)."""
        return listed_parts(self.facts, u, parts, values)

    def _beyond(self, u: Understanding, parts: list[str], values: dict) -> Outcome:
        """A place asked beyond the parts' distinct counts: nothing answers; every part stated, each cited."""
        listed = self._parts(u, parts, values)
        text = self._lang(u, f"没有排第{u.rank}的一类：{listed.text}",
                          f"No kind comes {ordinal_en(u.rank)}: {listed.text}")
        return Outcome([], listed.evidence, text, settled=True)

    def _side(self, u: Understanding, head: str) -> Understanding:
        """The question narrowed to one side: its words, and its last class word as what it counts."""
        side = head.strip()  # a piece of the normalised question: only its edges may be blank
        words = [w for _, w in class_word_spans(side, self.lexicon)]
        # only the names this side uses favour a figure ("订单班和匠苗": 匠苗 is no 订单培养计划 figure)
        mentions = tuple(m for m in u.mentions if m.text in side)
        return replace(u, question=head, mentions=mentions, answer_word=words[-1] if words else "",
                       answer_classes=frozenset(self.lexicon.class_words[words[-1]]) if words else frozenset())

    def _compared(self, u: Understanding, first: str, second: str, smaller: bool, by_owner: bool = False) -> Outcome:
        """Two figures, the larger (``smaller``: the smaller) named; its owner named instead when the question
        compares owners (``by_owner``: the things named, or which thing of a class it asks)."""
        f = self.facts
        if self._kind(first) != self._kind(second):
            return self._unlike(u, first, second)
        values = {q: f.figures["zh"][q]["value"] for q in (first, second)}
        pick = min if smaller else max
        winner = pick((first, second), key=lambda q: values[q])
        evidence = [self._figure_item(q) for q in (first, second)]
        how = f"{values[first]} {'<' if values[first] < values[second] else '>=' } {values[second]}"
        evidence.append(evidence_item([f.label(winner)], derivation=f"compare {how}"))
        both = self._lang(u, "，", "; ").join(self._lang(u, f"{f.label(q)}{f.figure_text(q, 'zh')}",
                                                          f"{f.label(q, 'en')}: {f.figure_text(q, 'en')}")
                                               for q in (first, second))
        word = self._lang(u, "更少" if smaller else "更多", "smaller" if smaller else "larger")
        owner = self.facts.quantity_owner[winner][0] if by_owner else self._asked_owner(u, winner, first, second)
        named = owner or winner  # "which plan trains more": the plan whose figure is larger
        text = self._lang(u, f"{f.label(named)}{word}（{both}）。", f"{f.label(named, 'en')} is {word} ({both}).")
        return Outcome(self._entities([*([owner] if owner else []), winner]), evidence, text, settled=True)

    def _asked_owner(self, u: Understanding, winner: str, first: str, second: str) -> str | None:
        """The winning figure's owner when the question asks which thing of a class has the larger figure and
        the two figures are of different things of that class; else None (the figures themselves compared)."""
        owners = [self.facts.quantity_owner[q][0] for q in (first, second)]
        doc = self.facts.docs.get(self.facts.quantity_owner[winner][0])
        if owners[0] == owners[1] or doc is None or not u.answer_classes or not doc.types & u.answer_classes:
            return None
        return doc.iri

    def _kind(self, quantity: str) -> str:
        """What a figure measures: "money", "rank" or "count" (KIND_WORDS)."""
        row = self.facts.figures["zh"][quantity]
        return "money" if row["currency"] else "rank" if row["unit"] in RANK_UNITS else "count"

    def _unlike(self, u: Understanding, first: str, second: str) -> Outcome:
        """Two figures of different kinds: both stated and cited, no larger one named."""
        f = self.facts
        kinds = [KIND_WORDS[self._kind(q)] for q in (first, second)]
        evidence = [self._figure_item(q) for q in (first, second)]
        evidence.append(evidence_item([f.label(first), f.label(second)], derivation=f"not compared: {kinds[0][1]} and {kinds[1][1]}"))
        zh = "，".join(f"{f.label(q)}{f.figure_text(q, 'zh')}是{k[0]}" for q, k in zip((first, second), kinds))
        en = "; ".join(f"{f.label(q, 'en')}: {f.figure_text(q, 'en')} is {k[1]}" for q, k in zip((first, second), kinds))
        return Outcome([], evidence, self._lang(u, f"两者不能比较大小：{zh}，单位不同。",
                                                f"These do not compare: {en}."), settled=True)

    def _figure_item(self, quantity: str) -> dict:
        return figure_item(self.facts, quantity)


def _sides(question: str) -> list[str]:
    """The sides compared: split at the alternative's words when that gives two, else at any joining word;
    after a colon when the part after it holds both ("which is bigger in the consortium: A, or B")."""
    outnumbered = OUTNUMBERED.search(question)
    if outnumbered and not any(ASKED_SIDE.match(outnumbered[side]) for side in "ab"):  # "which outnumbers which: A or B"
        return [outnumbered["a"], outnumbered["b"]]
    asked = re.split(r"[:：]", question)[-1]
    for text in (asked, question):
        for joins in (ALTERNATIVES, SIDES):
            sides = [s for s in joins.split(text) if s.strip()]
            # (a side ending in the asking clause is none: "…: which side outnumbers the other, and what's its count")
            if len(sides) == 2 and not ASKED_SIDE.match(_clauses(sides[0])[-1]):  # the second side ends with its clause ("A和B，联合体里哪类更多": no asking clause
                # in B); the first keeps what its clause says of both ("which first batch is larger, A or B")
                return [sides[0], _clauses(sides[1])[0]]
    return []


def _clauses(side: str) -> list[str]:
    """The clauses of a side that hold words (at least the side itself)."""
    return [c for c in CLAUSE.split(side) if c.strip()] or [side]


def _unranked(u: Understanding) -> Understanding:
    """The question without the words ranking the parts ("数量排第一", "comes second by size"): they say how the
    parts are ranked, not which figure is ranked (排第一 is no rank of the article's)."""
    question, blanked = (PART_RANKED.sub(blank_match, t) for t in (u.question, u.blanked))
    return replace(u, question=question, blanked=blanked)


def _head(side: str) -> str:
    """The part of a side naming what is compared, its context left out."""
    zh = [p for p in CONTEXT_ZH.split(side) if p.strip()]
    en = [p for p in CONTEXT_EN.split(side) if p.strip()]
    return zh[-1] if len(zh) > 1 else en[0] if len(en) > 1 else side
