"""Arithmetic over the parts of a stated whole: the consortium's 97 members the source breaks down by kind (企业 57,
中高等院校 17, 政府部门 13, 社会组织 6, 科研机构 4), the 16 projects signed by category (基地 6, 人才培养 5, 科技创新 5).

The wholes are read off the graph's figures, never listed here: one owner's figures counting a class and classes
narrower than it (cj:memberCount by cj:memberCategory), or one figure that is the sum of its owner's others in its
unit (search.qa_wholes), each part counting the classes its label names. A question speaks of a whole by a word of
its kind (成员, members: search.qa_member_kinds.speaks_of_members; a kind of project) or by naming its parts; it
names a part by a class word whose class is the part's own ("企业", "research bodies", "base category") or, a part
of no member category, by a word of the part's label before 类 ("'基地'那类"). Then one reading answers, whichever
arithmetic is asked:

- the fewest or largest part, or the one at a place ("第二多", "倒数第二", "the next biggest after the companies": the
  parts named as left out are out of the running), among every part; or the larger of two parts named and compared;
- the whole less the parts named as left out ("不是企业的", "非企业", "other than the schools");
- the gap between two parts named ("企业多出来几家", "how many more companies than schools");
- the sum of the parts named with a total asked ("加起来", "combined");
- a part's share of the whole ("企业占比", "what share … are enterprises").

Each answer cites every stated figure it used and states its derivation ("97 − 57 = 40"); a part that is a kind of
the graph's instances (a kind of project) answers as that kind, the source's own words beside, and two such kinds named
by their class words are compared by their instances instead (search.qa_figure_compare.compare_kinds). A kind of the
whole's class named that no part is the own figure of ("高校" within 中高等院校), or narrowed by a word the graph does
not sort by ("外资企业"), gets no number from this reading: it leaves it to the others (search.qa_member_kinds says
so). search.qa_figure_compare.figure_extreme ranks parts through the same ``ranked_part``. A question naming another organisation or a cooperation,
a measure other than the parts' sizes ("grew", "patents"), or asking instances of a part ("哪家成员企业…") is
none of this reading's.

Contract: ``StatedParts.stated_parts(form)`` is an operator of search.qa_operators.Operators (None when the
question asks no arithmetic over a stated whole's parts); ``stated_wholes`` gives the wholes of a graph's figures.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from graph.han import HAN
from search.qa_accounted import TopicWords
from search.qa_aggregate import MEASURE_NOUNS
from search.qa_answer import evidence_item
from search.qa_cues import ALL_PARTS_WORDS, CATEGORY_WORDS, FEWEST_WORDS, LARGEST_WORDS, MOST_WORDS, ORDINAL_MOST, PART_WORDS, SMALLEST_WORDS
from search.qa_fact_indexes import measured
from search.qa_form import LogicalForm
from search.qa_graph import CONSORTIUM, ORGANIZATION, PROJECT
from search.qa_kind_total import TOTAL_ASKED, kind_items
from search.qa_kinds_together import kind_spans
from search.qa_measures import measure_asked
from search.qa_member_kinds import MEMBER_WORDS, SPLIT_ASKED, MemberKinds, speaks_of_members
from search.qa_outcome import Outcome, figure_item
from search.qa_part_said import listed_parts, ranked_part, said
from search.qa_rank_next import NEXT_AHEAD, NEXT_BEHIND, RANKING_ASKED
from search.qa_values import EN_ORDINALS, numbers_in
from search.understand import Understanding
from search.text import blank_match, normalize
from search.understand_lexicon import class_word_spans, word_regex

# Parts said to be out of the running besides the except words: "after the companies", "仅次于企业", "企业之后".
AFTER = re.compile(r"\bafter\b|\bbehind\b|仅次于|之后|以后|其次", re.IGNORECASE)
# An adverb of nearness before "after"/"behind" ("right behind the government departments", "just after"): a word of
# the ranking too, no word narrowing the kind after it.
NEAR_AFTER = re.compile(r"\b(?:right|just|immediately|directly|closely)\s+(?=(?:after|behind)\b)", re.IGNORECASE)
NEAR = 16  # how far from the part such a word stands (characters)
# A part's place said in so many words: how the parts are ranked, no figure's words (search.qa_figure_compare reads it
# too). The nouns naming the parts themselves ("which group is smallest", "哪一类") are no figure's words either ("the first
# group of craftsmen" is a figure's).
PART_RANKED = re.compile(rf"排(?:名|在)?第[一二两三四五六七八九十\d]+|{ORDINAL_MOST.pattern}|\b(?:rank(?:s|ed)?|comes?|came)\b"
                         rf"|{'|'.join(word_regex(w).pattern for w in PART_WORDS)}")
# A part negated by the prefix 非 ("非企业单位").
NOT_PREFIX = re.compile(r"非\s*$")
# A part named by a word of its label before 类 ("'基地'那类", "人才那一类"): the word, quotes left out.
LABEL_PIECE = re.compile(r"([\u4e00-\u9fff]{2,4})[\s'\"‘’“”「」]*(?:那|这)?一?类")
# A gap asked of two parts without a comparative's two sides: "企业多出来几家", "差几家", "the gap".
GAP_ASKED = re.compile(r"多出|多几|多多少|差几|差多少|相差|差距|\bgap\b|\bdifference\b|\bmore\b.*\bthan\b", re.IGNORECASE)
# The words ranking the parts by size, and the nouns naming a part or the parts' sizes, which no part need account for.
RANKING_WORDS = frozenset((*LARGEST_WORDS, *SMALLEST_WORDS, *MOST_WORDS, *FEWEST_WORDS))
PART_NOUNS = frozenset((*PART_WORDS, *ALL_PARTS_WORDS, *CATEGORY_WORDS))
# A word saying a size ("稀少", "tiniest", "numerous", "人头"): it ranks, it names nothing ranked.
SIZE_WORD = re.compile(rf"[少多小大]$|^(?:人头|家数|占比|比例|比重|份额)$|est$|^(?:numerous|populous|next|many|single|{'|'.join(EN_ORDINALS)})$")
# Measures a part's size is not in ("哪一类投资最多": money): a ranking in them is none of the parts'.
OTHER_MEASURES = frozenset({"money", "positions", "person-times", "classes", "field"})
# Where a clause ends: the superlative's clause is read alone.
CLAUSE = re.compile(r"[,，;；:：?？。!！]")
SUPERLATIVES = frozenset({"largest", "smallest", "superlative"})
# A part asked by a noun of parts or of kinds ("which slice", "the member kinds", "哪一类"): the operators saying so.
PARTS_ASKED = frozenset({"parts", "categories"})
# The arithmetic a question may ask besides a part's size (a ranking, a comparison, a gap, a verdict, a sum of money).
OTHER_ARITHMETIC = frozenset({"largest", "smallest", "superlative", "larger", "smaller", "fewest", "compare", "difference",
                              "except", "negation", "yes/no", "money", "all parts"})
# A part's share of the whole ("占比", "what share"): search.qa_measures's share measure.
SHARE = "share"


@dataclass(frozen=True)
class Whole:
    """A stated whole: its figure (``whole``) and each stated part's figure → the classes it counts."""

    whole: str
    parts: dict[str, frozenset[str]] = field(hash=False)
    classes: frozenset[str] = frozenset()
    # a part that is a kind of the graph's instances (a kind of project) answers as that kind, not as its figure
    answers: dict[str, dict] = field(default_factory=dict, hash=False)


def stated_wholes(facts, lexicon) -> list[Whole]:
    """The wholes of the graph's figures (see the module): category-broken wholes first, then sums."""
    wholes, ancestors = [], facts.catalogue.ancestors
    for owner, link in dict.fromkeys(facts.quantity_owner[q] for q in facts.category):
        family = {cat: facts.versions(qs[0])[0] for cat, qs in measured(facts, owner, link) if cat}
        tops = [c for c in family if all(c == o or c in ancestors.get(o, ()) for o in family)]
        if tops and len(family) > 2:
            parts = {q: frozenset({cat}) for cat, q in family.items() if cat != tops[0]}
            wholes.append(Whole(family[tops[0]], parts, frozenset({tops[0]})))
    grouped: dict[str, list[str]] = {}
    for part, whole in facts._indexed("wholes").items():
        grouped.setdefault(facts.versions(whole)[0], []).append(facts.versions(part)[0])
    for whole, summed in grouped.items():
        named = {q: _label_classes(facts.label(q), lexicon) for q in dict.fromkeys(summed)}
        names = facts.catalogue.classes
        kinds = {q: next(iter(c)) for q, c in named.items() if len(c) == 1 and next(iter(c)) in names}
        answers, _ = kind_items(names, {k: set() for k in kinds.values()}, list(kinds.values()))
        wholes.append(Whole(whole, {q: c for q, c in named.items() if c}, _label_classes(facts.label(whole), lexicon),
                            dict(zip(kinds, answers))))
    return [w for w in wholes if len(w.parts) >= 2]


def _label_classes(label: str, lexicon) -> frozenset[str]:
    """The classes of the last class word of a figure's label ("基地项目类": TrainingBaseProject)."""
    words = [w for _, w in class_word_spans(label, lexicon)]
    return frozenset(lexicon.class_words[words[-1]]) if words else frozenset()


@dataclass(frozen=True)
class PartsRead:
    """A question read against one whole: the parts it names (in order), those it leaves out, and the kinds of the
    whole's class it names that no part is the own figure of."""

    whole: Whole
    named: tuple[str, ...]
    left_out: tuple[str, ...]
    unstated: tuple[str, ...]
    by_class: frozenset[str] = frozenset()  # the parts named by a class word of theirs (not by a piece of a label)


class StatedParts(MemberKinds):
    """The operator answering arithmetic over a stated whole's parts."""

    @functools.cached_property
    def _wholes(self) -> list[Whole]:
        return stated_wholes(self.facts, self.lexicon)

    def stated_parts(self, form: LogicalForm) -> Outcome | None:
        """The answer worked out from the stated parts, or None (see the module)."""
        u = form.understanding
        if self._others_named(u) or "yes/no" in form.operators or measure_asked(u.question) in OTHER_MEASURES:
            return None
        read = self._read_parts(u, form)
        outcome = self._worked_out(u, form, read) if read is not None else None
        if outcome is None or read is None or not outcome.evidence:
            return outcome  # (an outcome without evidence is a refusal: a side naming no part)
        if read.unstated:
            return None  # a kind no part is the own figure of: search.qa_member_kinds says so
        return None if self._narrowed(u, form, read) else outcome  # "外资企业比院校多几家": the other readings' to refuse

    def _narrowed(self, u: Understanding, form: LogicalForm, read: PartsRead) -> Outcome | None:
        """The honest empty answer when a member kind named is narrowed by a word the graph does not sort members by
        (search.qa_member_kinds), else None; the words ranking, comparing or leaving parts out narrow none ("after the
        companies", "outnumber")."""
        plain = replace(u, blanked=_without_cues(u.blanked, form.words))
        return self._qualified(plain, self._member_kinds(plain)) if read.whole.classes == {ORGANIZATION} else None

    def _worked_out(self, u: Understanding, form: LogicalForm, read: PartsRead) -> Outcome | None:
        """The arithmetic asked over the parts read, in order: a share, a gap, two parts compared, a superlative, the
        rest of the whole, a sum; None when none is asked."""
        values = {q: self.facts.figures["zh"][q]["value"] for q in (read.whole.whole, *read.whole.parts)}
        in_run = [q for q in read.named if q not in read.left_out]
        if measure_asked(u.question) == SHARE and len(in_run) == 1 and not read.left_out:
            return self._part_share(u, read.whole.whole, in_run[0], values)
        if len(in_run) == 2 and not read.left_out and (form.difference or GAP_ASKED.search(u.question)):
            return self._part_gap(u, in_run, values)
        if form.difference and len(in_run) == 1 and not read.left_out and (side := self._unstated_side(u, form)):
            return Outcome([], [], self._lang(u, f"原文没有单列{side}的数量，无法计算差值。",
                                              f"The source states no figure for {side}, so the difference cannot be worked out."),
                           settled=True)
        # two parts named compared ("'基地'那类和'人才'那类相比，哪边多"); else a superlative ranks every part not left out
        # (two kinds of instances named by their class words are compared by their instances: qa_figure_compare.compare_kinds)
        kinds_named = bool(read.whole.answers) and set(in_run) <= read.by_class
        if form.operators & {"larger", "smaller"} and len(in_run) == 2 and not form.operators & {"largest", "smallest"} \
                and not kinds_named:
            return ranked_part(self.facts, u, form, in_run, values, compared=True, answers=read.whole.answers)
        if form.operators & SUPERLATIVES and (len(in_run) >= 2 or (form.operators & PARTS_ASKED and self._asks_a_part(u, form, read))):
            return ranked_part(self.facts, u, form, [q for q in read.whole.parts if q not in read.left_out], values, read.left_out,
                               answers=read.whole.answers)
        if form.operators & PARTS_ASKED and not form.operators & SUPERLATIVES and (beside := self._next_part(u, form, read, values)):
            return beside  # "按类别排，排在企业后面的是哪一类": the part next to the one named in the parts' ranking
        if form.operators & PARTS_ASKED and len(in_run) == 1 and not read.left_out and not form.operators & OTHER_ARITHMETIC \
                and self._speaks_of(u, form, read.whole) and not (NEXT_BEHIND.search(u.question) or NEXT_AHEAD.search(u.question)):
            return self._part_size(u, in_run[0])  # "of the 97 members, what slice are businesses": the one part's size
        if read.left_out and not in_run and ("all parts" in form.operators or SPLIT_ASKED.search(u.question)):
            # "apart from schools and companies, what kinds are there, how many of each": every other part, each stated
            return listed_parts(self.facts, u, [q for q in read.whole.parts if q not in read.left_out], values, read.left_out)
        if "count" in form.operators and read.left_out and not in_run:
            return self._part_rest(u, read, values)
        if "count" in form.operators and len(in_run) >= 2 and TOTAL_ASKED.search(u.question):
            return self._part_sum(u, in_run, values)
        return None

    def _read_parts(self, u: Understanding, form: LogicalForm) -> PartsRead | None:
        """The whole the question speaks of and the parts it names, or None when it speaks of none."""
        spans = [(at, w, frozenset(self.lexicon.class_words[w])) for at, _, w in kind_spans(u.blanked, self.lexicon)]
        for whole in self._wholes:
            if whole.classes == {ORGANIZATION} and self.facts.names_projects(u):
                continue  # organisations counted in projects are their parties, no members
            named = [(at, q) for at, w, classes in spans for q in whole.parts if self._names_part(q, w, classes, whole)]
            by_class = frozenset(q for _, q in named)
            for m in LABEL_PIECE.finditer(u.blanked):  # a piece of one part's label alone names it
                pieces = [q for q in whole.parts if m.group(1) in self.facts.label(q)]
                named += [(m.start(), pieces[0])] if len(pieces) == 1 else []
            unstated = [w for _, w, classes in spans if not any(self._names_part(q, w, classes, whole) for q in whole.parts)
                        and classes != whole.classes and self._of_whole(whole, classes)]
            if not named and not self._speaks_of(u, form, whole):
                continue
            parts = tuple(dict.fromkeys(q for _, q in sorted(named)))
            return PartsRead(whole, parts, self._left_out(u, form, sorted(named)), tuple(unstated), by_class)
        return None

    def _names_part(self, part: str, word: str, classes: frozenset[str], whole: Whole) -> bool:
        """Whether a class word names the part: its classes are the part's own, or narrower ones the part's label
        names itself ("associations": industry associations and other social organisations)."""
        own = whole.parts[part]
        if classes == own:
            return True
        labels = (normalize(self.facts.label(part, lang)) for lang in ("zh", "en"))
        return all(any(self._is(frozenset({c}), o) for o in own) for c in classes) and any(word in label for label in labels)

    def _unstated_side(self, u: Understanding, form: LogicalForm) -> str | None:
        """The side of a difference asked that names nothing the graph counts ("how many more hospitals than
        schools": hospitals), when the other side names a part: no number, a word of its own; else None."""
        sides = [side.strip(" ?？,，.。") for side in form.difference or ()]
        bare = [side for side in sides if not class_word_spans(side, self.lexicon) and not numbers_in(side)
                and TopicWords(self.lexicon.vocabulary).of(side)]
        return bare[0] if len(bare) == 1 and len(sides) == 2 else None

    def _of_whole(self, whole: Whole, classes: frozenset[str]) -> bool:
        """Whether ``classes`` are a kind of the whole's class (a kind of member, of project) other than the whole's."""
        return any(self._is(classes, c) for c in whole.classes) and not classes & {CONSORTIUM, ORGANIZATION, PROJECT}

    def _speaks_of(self, u: Understanding, form: LogicalForm, whole: Whole) -> bool:
        """Whether the question speaks of the whole without naming a part: members by a member word (and no
        project), projects by a word of a kind of project; or it asks of parts ("which slice is thinnest") in the
        measure of this whole's figure alone ("how many units": organisations), its heading gone ("Member-mix chart:")."""
        if whole.classes == {ORGANIZATION} and speaks_of_members(u) and not self.facts.names_projects(u):
            return True
        if whole.classes != {ORGANIZATION} and self.facts.names_projects(u):
            return True
        measures = self.facts._indexed("unit measure").measures
        asked = measure_asked(u.question) if "parts" in form.operators else None
        return asked is not None and [measures.get(w.whole) for w in self._wholes].count(asked) == 1 \
            and measures.get(whole.whole) == asked

    def _left_out(self, u: Understanding, form: LogicalForm, named: list[tuple[int, str]]) -> tuple[str, ...]:
        """The parts named as out of the running: after a negation ("不是企业的"), by an except word ("除了企业",
        "other than the schools", "非企业"), or next to a word of what comes after ("after the companies", "企业之后")."""
        if not named:
            return ()
        negated = form.negated if "negation" in form.operators else None
        cut = len(u.blanked) - len(negated) if negated is not None else len(u.blanked)
        excepted = {c for w in form.excepted_words for c in (self.lexicon.class_words.get(w) or ())}
        out = [q for at, q in named if at >= cut or self._read_classes(q) & excepted]
        if not out and (form.excepted_words or "except" in form.operators or NOT_PREFIX.search(u.blanked[:named[0][0]])):
            out.append(named[0][1])
        out += [q for at, q in named if any(abs(m.start() - at) <= NEAR for m in AFTER.finditer(u.blanked))]
        return tuple(dict.fromkeys(out))

    def _read_classes(self, part: str) -> frozenset[str]:
        """The classes a part counts, of whichever whole holds it."""
        return next((w.parts[part] for w in self._wholes if part in w.parts), frozenset())

    def _asks_a_part(self, u: Understanding, form: LogicalForm, read: PartsRead) -> bool:
        """Whether a superlative naming no part in the running asks which part: what is asked is the whole, its
        consortium, a part left out or no kind of the whole's; and the clause of the superlative holds no content
        word the parts' sizes do not account for ("grew the most", "the most patents")."""
        asked = u.answer_classes
        left = [read.whole.parts[q] for q in read.left_out]
        if "partners" in form.operators or (asked and self._of_whole(read.whole, asked) and asked not in left):
            return False
        allowed = {w for q in (read.whole.whole, *read.whole.parts) for w in self.facts.quantity_words.get(q, ())}
        clause = PART_RANKED.sub(blank_match, self._ranking_clause(u, form))  # "comes second", "排第二": how, not what
        words = TopicWords(self.lexicon.vocabulary).of(clause)
        return not [w for w in words if w.lower() not in MEASURE_NOUNS | allowed and w not in PART_NOUNS
                    and not SIZE_WORD.search(w.lower()) and not MEMBER_WORDS.search(w)]

    @staticmethod
    def _ranking_clause(u: Understanding, form: LogicalForm) -> str:
        """The clause of the question holding its superlative (the whole question when none is found)."""
        cues = [w for w in form.words if w in RANKING_WORDS]
        clauses = [c for c in CLAUSE.split(u.question) if c.strip()]
        held = [c for c in clauses if any((w in c) if HAN.search(w) else re.search(rf"\b{re.escape(w)}\b", c) for w in cues)]
        return held[0] if held else u.question

    def _part_rest(self, u: Understanding, read: PartsRead, values: dict) -> Outcome:
        """The whole less the parts left out."""
        whole, out = read.whole.whole, read.left_out
        rest = values[whole] - sum(values[q] for q in out)
        how = f"{values[whole]:g} − {' − '.join(f'{values[q]:g}' for q in out)} = {rest:g}"
        named = self._lang(u, "、", "; ").join(said(self.facts, q, u.lang) for q in out)
        return self._worked([whole, *out], how, self._lang(
            u, f"原文记载{said(self.facts, whole, 'zh')}，其中{named}；其余为{rest:g}（由原文数字推算：{how}）。",
            f"The source states {self.facts.figure_text(whole, 'en')}, of which {named}; the rest: {rest:g} "
            f"(worked out from the stated figures: {how})."))

    def _next_part(self, u: Understanding, form: LogicalForm, read: PartsRead, values: dict) -> Outcome | None:
        """The part right behind (or ahead of) the one part named when the parts are ranked by size (a ranking asked,
        one side of the named part: search.qa_rank_next's words); None when not so asked or no part holds that place."""
        behind, ahead = NEXT_BEHIND.search(u.question), NEXT_AHEAD.search(u.question)
        if len(read.named) != 1 or bool(behind) == bool(ahead) or not RANKING_ASKED.search(u.question):
            return None
        levels = sorted({values[q] for q in read.whole.parts}, reverse=True)
        place = levels.index(values[read.named[0]]) + (2 if behind else 0)
        if 1 <= place <= len(levels):
            return ranked_part(self.facts, replace(u, rank=place), form, list(read.whole.parts), values)
        named = said(self.facts, read.named[0], u.lang)  # the first or the last: no part stands beyond it
        return Outcome([], [figure_item(self.facts, read.named[0])], self._lang(
            u, f"{named}在原文所列{len(levels)}类中排{'最后' if behind else '第一'}，没有排在其{'后' if behind else '前'}的一类。",
            f"{named} comes {'last' if behind else 'first'} of the {len(levels)} stated kinds: none comes {'after' if behind else 'before'} it."),
            settled=True)

    def _part_size(self, u: Understanding, part: str) -> Outcome:
        """The one part named, its size asked by a noun of parts: its stated figure, cited."""
        return Outcome([self.facts.entity(part, 1.0)], [figure_item(self.facts, part)],
                       self._lang(u, f"原文记载{said(self.facts, part, 'zh')}。", f"The source states {said(self.facts, part, 'en')}."),
                       settled=True)

    def _part_gap(self, u: Understanding, pair: list[str], values: dict) -> Outcome:
        """How many more the first part named counts than the second."""
        a, b = pair
        gap, how = abs(values[a] - values[b]), f"{values[a]:g} − {values[b]:g} = {values[a] - values[b]:g}"
        more_zh, more_en = ("多", "more") if values[a] >= values[b] else ("少", "fewer")
        both = self._lang(u, "，", "; ").join(said(self.facts, q, u.lang) for q in pair)
        return self._worked(pair, how, self._lang(
            u, f"{self.facts.label(a)}比{self.facts.label(b)}{more_zh}{gap:g}（{both}；由原文数字推算：{how}）。",
            f"{gap:g} {more_en}: {both} (worked out from the stated figures: {how})."))

    def _part_sum(self, u: Understanding, parts: list[str], values: dict) -> Outcome:
        """The parts named added up."""
        total = sum(values[q] for q in parts)
        how = f"{' + '.join(f'{values[q]:g}' for q in parts)} = {total:g}"
        named = self._lang(u, "、", "; ").join(said(self.facts, q, u.lang) for q in parts)
        return self._worked(parts, how, self._lang(u, f"原文记载{named}，合计{total:g}（由原文数字相加：{how}）。",
                                                   f"The source states {named}; together {total:g} (added from the stated figures: {how})."))

    def _part_share(self, u: Understanding, whole: str, part: str, values: dict) -> Outcome:
        """The part's share of the whole, in per cent to one decimal."""
        share = 100 * values[part] / values[whole]
        how = f"{values[part]:g} / {values[whole]:g} = {share:.1f}%"
        return self._worked([part, whole], how, self._lang(
            u, f"{said(self.facts, part, 'zh')}，占{said(self.facts, whole, 'zh')}的{share:.1f}%（由原文数字推算：{how}）。",
            f"{said(self.facts, part, 'en')} of {self.facts.figure_text(whole, 'en')}, {share:.1f}% "
            f"(worked out from the stated figures: {how})."))

    def _worked(self, figures: list[str], how: str, text: str) -> Outcome:
        """An answer worked out from stated figures: each cited, the arithmetic as the derivation; no entity answers."""
        evidence = [figure_item(self.facts, q) for q in figures]
        return Outcome([], [*evidence, evidence_item([self.facts.label(q) for q in figures], derivation=how)], text, settled=True)


def _without_cues(text: str, cues: frozenset[str]) -> str:
    """``text`` with the words ranking, comparing or leaving parts out blanked (same offsets): a word before a
    kind that says what is done with it narrows no kind ("outnumber government departments", "right after the companies")."""
    text = AFTER.sub(blank_match, NEAR_AFTER.sub(blank_match, text))
    for cue in cues:
        text = re.sub(re.escape(cue) if HAN.search(cue) else rf"\b{re.escape(cue)}\b", blank_match, text, flags=re.IGNORECASE)
    return text
