"""How many members of a kind a consortium has: "成员单位里有几家企业", "how many of the 97 member units
are companies", "联合体的成员里企业和高校各有多少".

Two figures can answer, and the answer says which is which: the figure the source states for the
member category covering the kind asked (cj:memberCount with cj:memberCategory: "各类企业57家"), cited
by its sentence, and the members of that kind the graph lists one by one (cj:member), counted. A
category broader than the kind asked ("中高等院校17所" for 高校) is given as such, never as the kind's
own figure; a kind no stated category covers, with no members listed, is answered empty with the
reason. The plan (MemberKindCount) owns its SPARQL, its evidence and its sentence.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from graph.han import HAN
from search.qa_answer import evidence_item
from search.documents import CJ
from search.qa_fact_indexes import measured
from search.qa_form import LogicalForm
from search.qa_graph import CONSORTIUM, COOPERATION, ORGANIZATION
from search.qa_outcome import OperatorBase, Outcome, figure_item
from search.qa_plans import values_of
from search.qa_qualifiers import qualifier
from search.qa_spans import ZH_LEVEL_CHARS, ZH_LEVELS
from search.qa_values import CN_NUMERAL, EN_NUMBER, number_value, numbers_in
from search.qa_match import tokens
from search.text import blank_match, normalize
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.understand_words import MEASURE_WORDS, RELATION_WORDS

MEMBER = f"{CJ}member"
MEMBER_COUNT = f"{CJ}memberCount"
# Words saying the organisations counted are a consortium's members (the consortium may go unnamed).
MEMBER_WORDS = re.compile(r"成员|会员|加入|联合体|\b(?:member|join|consorti)", re.IGNORECASE)
# A figure stated right before a class word, in digits, Chinese numerals or English words: "57家企业", "那五十七家公司",
# "the 57 companies", "the seventeen schools".
STATED_BEFORE = re.compile(rf"(\d+|{CN_NUMERAL.pattern}|{EN_NUMBER.pattern})\s*[{MEASURE_WORDS}]?\s*$", re.IGNORECASE)
# A split asked of the members ("按本科和高职拆开各占多少", "各有几所", "broken down into"): one figure answers none.
SPLIT_ASKED = re.compile(r"各占|各有|各是|各为|拆开|拆分|分成|按\S{1,8}?分别|\bbroken\s+down\s+(?:into|by)\b"
                         r"|\bsplit\s+(?:into|between|by)\b|\bhow\s+many\s+(?:of\s+)?each\b", re.IGNORECASE)
# The members themselves asked for ("有哪些成员单位", "who are its members"), not only a word of a consortium.
MEMBERS_ASKED = re.compile(r"成员|会员|\bmembers?\b|\bmembership\b", re.IGNORECASE)
MEMBER_UNIT_WORDS = frozenset({"units", "unit", "organisations", "organizations", "list", "名单"})
# Operators asking more than how many members there are: a difference, a comparison, a sum of money, an
# exception, a verdict ("企业比院校多几家", "不算政府部门", "政府投了多少钱"): theirs to answer.
OTHER_ASKS = frozenset({"difference", "larger", "smaller", "compare", "money", "except", "negation", "superlative",
                        "largest", "smallest", "yes/no"})
# The members of a kind a consortium lists one by one; ?c and the kind's classes are bound.
LISTED_MEMBERS = "SELECT ?m WHERE { ?c cj:member ?m }"
MEMBERS_OF_KIND = "SELECT DISTINCT ?answer WHERE {{\n{values}?c cj:member ?answer . ?answer a ?cls .\n}}"


@dataclass
class MemberKindCount:
    """The members of one kind (``word``, ``classes``) of consortium ``owner``: the stated figure of the
    narrowest category covering the kind (``stated``, and whether it is the kind's own: ``exact``) and
    the members the graph lists (``listed``, from ``sparql``)."""

    word: str
    classes: frozenset[str]
    owner: str
    stated: str | None = None
    exact: bool = False
    listed: list[str] = field(default_factory=list)

    @property
    def sparql(self) -> str:
        return MEMBERS_OF_KIND.format(values=values_of("c", [self.owner]) + values_of("cls", self.classes))

    def sentence(self, op: OperatorBase, u: Understanding) -> str:
        """The kind's line: the stated figure named as stated, the listed members as counted."""
        f, zh = op.facts, u.lang == "zh"
        figure = f"{f.label(self.stated, u.lang)}{'' if zh else ': '}{f.figure_text(self.stated, u.lang)}" if self.stated else ""
        if self.stated and self.exact:
            said = f"原文记载，成员单位中有{figure}（原文所述的数字）" if zh else f"The source states {figure} among the members (a stated figure)"
        elif self.stated:
            said = (f"原文没有单列{self.word}的数量，只记载了范围更大的一类：{figure}（原文所述，不只是{self.word}）" if zh else
                    f"The source gives no figure for {self.word} alone, only a broader category: {figure} (stated, not only {self.word})")
        else:
            stated_total = _total(op, self.owner)
            total = op.facts.figure_text(stated_total, u.lang) if stated_total else ""
            said = (f"原文只记载成员单位{f'共{total}' if total else '的总数'}，没有单列{self.word}的数量" if zh else
                    f"The source states only the total of members{f' ({total})' if total else ''}, no figure for {self.word}")
        if self.listed:
            names = ("、" if zh else ", ").join(f.label(m, u.lang) for m in self.listed)
            counted = (f"图谱逐一列出的成员中有{self.word}{len(self.listed)}家（按图谱计数）：{names}" if zh else
                       f"the graph lists {len(self.listed)} {self.word} among the members one by one (counted): {names}")
        else:
            counted = (f"图谱没有逐一列出成员单位，无法按图谱计数{self.word}" if zh else
                       f"the graph lists no members one by one, so {self.word} cannot be counted from it")
        return f"{said}；{counted}。" if zh else f"{said}; {counted}."

    def evidence(self, op: OperatorBase) -> list[dict]:
        """The stated figure's sentence, each listed member's membership span, and the count's derivation."""
        items = [figure_item(op.facts, self.stated)] if self.stated else []
        for m in self.listed:
            source = op.facts.evidence(self.owner, MEMBER, m)
            items.append(evidence_item([op.facts.label(self.owner), "成员 member", op.facts.label(m)], source))
        how = f"count of cj:member of {op.facts.label(self.owner, 'en')} typed {self.word} = {len(self.listed)}"
        return [*items, evidence_item([op.facts.label(self.owner), self.word], derivation=how)]


def _total(op: OperatorBase, owner: str) -> str | None:
    """The newest stated total of the consortium's members, if it states one."""
    totals = [q for q, cat in op.facts.category.items() if cat == ORGANIZATION and op.facts.quantity_owner[q][0] == owner]
    return op.facts.versions(totals[0])[0] if totals else None


# The administrative levels a Chinese qualifier may name ("市区两级", "省级").
LEVELS = frozenset(ZH_LEVEL_CHARS)
# One level said on its own ("市级", "区级的"), beside several said together (search.qa_spans.ZH_LEVELS: "市区两级", "市、区级").
ONE_LEVEL = re.compile(rf"[{ZH_LEVEL_CHARS}]级")
# Levels summed, each said with its own 级 ("市级加区级", "市级加上区级的"): together, as "市、区级" names them, not a split.
SUMMED_LEVELS = re.compile(rf"[{ZH_LEVEL_CHARS}]级的?(?:加上?|连同)[{ZH_LEVEL_CHARS}]级")


def levels_said(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The levels of government ``text`` names together ("市区两级", "市、区级", "市级加区级": 市, 区) and those it names
    alone ("市级")."""
    joined = [m.group(0) for pattern in (ZH_LEVELS, SUMMED_LEVELS) for m in pattern.finditer(text)]
    together = frozenset(c for said in joined for c in said if c in LEVELS)
    rest = SUMMED_LEVELS.sub(blank_match, ZH_LEVELS.sub(blank_match, text))
    return together, frozenset(m.group(0)[0] for m in ONE_LEVEL.finditer(rest))


class MemberKinds(OperatorBase):
    """The operator counting a consortium's members of the kinds a question names."""

    def member_kinds(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if (narrowed := self._split_by_level(form)) is not None:
            return narrowed
        # the parts ranked of a kind the graph does not sort members by ("which bloc holds the most foreign-funded
        # firms", "排第二的是哪一类外资企业"): no part answers it
        ranked = "parts" in form.operators and bool(form.operators & {"largest", "smallest"})
        if ranked and not form.operators & {"larger", "smaller"} and (narrowed := self._qualified(u, self._member_kinds(u))):
            return narrowed
        plain_count = "count" in form.operators and not form.operators & OTHER_ASKS
        members = speaks_of_members(u)  # else a kind counted among a stated figure ("那17所中高等院校里本科几所")
        wholes = self._stated_wholes(u) if plain_count and not members else set()
        stated = bool(wholes)
        kinds = self._member_kinds(u) if plain_count and (members or stated) else {}
        # the kind counted among the whole stated, not the whole ("17所中高等院校里本科院校": 本科院校)
        kinds = {w: c for w, c in kinds.items() if w not in wholes} or kinds
        owner = self._consortium(u) if kinds else None
        if owner is None or self.facts.names_projects(u) or self._others_named(u):
            return None
        if narrowed := self._qualified(u, kinds):
            return narrowed
        return self._kind_lines(u, kinds, owner) if members or stated else None

    def members_listed(self, form: LogicalForm) -> Outcome | None:
        """"联合体有哪些成员单位", "who are the consortium's members": the members the graph lists one by one
        (cj:member, each cited). Where it lists fewer than the stated total, nothing is answered as a member:
        the answer says so and gives the stated total and its parts, each cited (a member count names no
        members, and taking part in a consortium's project is no membership). A kind named ("成员里有哪些企业")
        is answered per kind, as member_kinds words it; None unless members of one consortium are asked for."""
        u = form.understanding
        # "成员单位都分哪几类": the kinds of members (their parts) are asked, not who they are
        # "那4家科研机构分别叫什么": a kind's stated member figure names the members of that kind as what is asked
        if u.intent not in ("list", "who") or form.operators & (OTHER_ASKS | {"count", "parts"}) \
                or not (_members_asked(u) or self._stated_wholes(u)):
            return None
        owner = self._consortium(u)
        if owner is None or self.facts.names_projects(u) or self._others_named(u):
            return None
        if kinds := self._member_kinds(u):
            return self._kind_lines(u, kinds, owner, figures=False)
        listed = sorted({r["m"] for r in self.facts.kg.select(LISTED_MEMBERS, c=owner)}, key=self.facts.label)
        stated = dict(measured(self.facts, owner, MEMBER_COUNT))
        total = next((self.facts.versions(qs[0])[0] for cat, qs in stated.items() if cat == ORGANIZATION), None)
        if listed and (total is None or len(listed) >= self.facts.figures["zh"][total]["value"]):
            members = MemberKindCount(self._lang(u, "成员单位", "members"), frozenset({ORGANIZATION}), owner, listed=listed)
            return Outcome(self._entities(listed), members.evidence(self)[:-1], self._lang(
                u, f"{self.facts.label(owner)}的成员单位：{'、'.join(self.facts.label(m) for m in listed)}。",
                f"Members of {self.facts.label(owner, 'en')}: {', '.join(self.facts.label(m, 'en') for m in listed)}."), settled=True)
        parts = [self.facts.versions(qs[0])[0] for cat, qs in stated.items() if cat != ORGANIZATION]
        return self._unlisted(u, owner, total, parts, listed)

    def _unlisted(self, u: Understanding, owner: str, total: str | None, parts: list[str], listed: list[str]) -> Outcome:
        """The members not listed one by one: the stated total and its parts, largest first, and the reason."""
        f, zh = self.facts, u.lang == "zh"
        order = sorted(parts, key=lambda q: -f.figures["zh"][q]["value"])
        kinds = ("、" if zh else "; ").join(f"{f.label(q, u.lang)}{'' if zh else ': '}{f.figure_text(q, u.lang)}" for q in order)
        some = (f"（只列出{len(listed)}家）" if zh else f" (it lists {len(listed)})") if listed else ""
        if zh:
            text = f"图谱没有逐一列出{f.label(owner)}的成员单位名单{some}。"
            text += f"原文记载成员单位{f.figure_text(total, 'zh')}" if total else ""
            text += (f"：{kinds}。" if kinds else "。") if total or kinds else ""
        else:
            text = f"The graph does not list the members of {f.label(owner, 'en')} one by one{some}."
            text += f" The source states {f.figure_text(total, 'en')}" if total else ""
            text += (f": {kinds}." if kinds else ".") if total or kinds else ""
        evidence = [figure_item(f, q) for q in ([total] if total else []) + order]
        return Outcome([], evidence, text, settled=True)

    def _kind_lines(self, u: Understanding, kinds: dict[str, frozenset[str]], owner: str, figures: bool = True) -> Outcome:
        """Each kind's line (MemberKindCount): its stated figure and the members of it the graph lists. The
        answers are the listed members, and the stated figures too when they answer (``figures``: a count
        asked; a list asked is answered by members only, the figure said in the sentence)."""
        every = [self._count(word, classes, owner) for word, classes in kinds.items()]
        counts = _one_per_figure(every)
        answering = _answering(every, u, self.facts.figures["zh"]) if figures else set()
        answers = [q for c in counts for q in ([c.stated] if c.stated in answering else []) + c.listed]
        text = ("" if u.lang == "zh" else " ").join(c.sentence(self, u) for c in counts)
        evidence = [item for c in counts for item in c.evidence(self)]
        return Outcome(self._entities(dict.fromkeys(answers)), evidence, text,
                       "\n".join(c.sparql for c in counts), settled=True)

    def _stated_wholes(self, u: Understanding) -> set[str]:
        """"57家企业里国有企业有几家": the class words the question states a kind's figure the graph holds right before
        ("57家企业", "the 57 companies"): it counts among the members without a member word, within that whole."""
        wholes = set()
        for at, word in class_word_spans(u.blanked, self.lexicon):
            m = STATED_BEFORE.search(u.blanked, 0, at)
            classes = self.lexicon.class_words.get(word, set())
            if m and any(self.facts.figures["zh"][q]["value"] == number_value(m.group(1)) and c in classes
                         for q, c in self.facts.category.items()):
                wholes.add(word)
        return wholes

    def _qualified(self, u: Understanding, kinds: dict[str, frozenset[str]]) -> Outcome | None:
        """"97家成员里有多少家外资企业": a kind narrowed by a word its class word does not name (search.qa_qualifiers)
        has no stated figure, and the broader kind's is no answer: nothing is answered, the reason said."""
        narrowed = [q + ("" if u.lang == "zh" else " ") + word for at, word in class_word_spans(u.blanked, self.lexicon)
                    if word in kinds and (q := qualifier(u.blanked, at, self.lexicon.vocabulary)) and not MEMBER_WORDS.search(q)
                    and not self._stated_words(q, word, kinds[word])] or self._level_split(u, kinds)
        return self._unsorted(u, narrowed[0]) if narrowed else None

    def _split_by_level(self, form: LogicalForm) -> Outcome | None:
        """"政府部门那一栏里市级有几家", "那部分市级、区级各占多少，能拆开吗": a member kind split by levels of government
        its stated category does not split (_level_split), counted or asked as a split, of no project: nothing is
        answered, the reason said; else None. An organisation named changes nothing ("有几个区级政府部门跟大连理工大学
        合作"): the graph sorts its partners by no level either, and the members' figure is no count of them."""
        u = form.understanding
        if not ("count" in form.operators or SPLIT_ASKED.search(u.question)) or self.facts.names_projects(u):
            return None
        split = self._level_split(u, self._member_kinds(u))
        return self._unsorted(u, split[0]) if split else None

    def _unsorted(self, u: Understanding, narrowed: str) -> Outcome:
        """The honest empty answer of a kind ``narrowed`` as the graph does not sort members."""
        return Outcome([], [], self._lang(u, f"原文没有记载{narrowed}的数量，图谱也没有这样分类成员单位，无法回答。",
                                          f"The source gives no figure for {narrowed} and the graph sorts no members so, "
                                          "so this cannot be answered."), settled=True)

    def _level_split(self, u: Understanding, kinds: dict[str, frozenset[str]]) -> list[str]:
        """"政府部门那一栏里，市级有几家", "市级占多少，区级占多少": the levels of government the question names anywhere in
        it, when they are not the levels of the kind's stated category (市、区级政府部门) named together: a split the
        source does not give; [] otherwise."""
        together, alone = levels_said(u.question)
        owners = {self.facts.quantity_owner[q][0] for q in self.facts.category}
        for word, classes in kinds.items():
            stated = [c.stated for c in (self._count(word, classes, o) for o in owners) if c.stated]
            held = [frozenset().union(*levels_said(self.facts.label(q))) for q in stated]
            if (together or alone) and any(held) and all(together | alone != levels or (alone and len(levels) > 1)
                                                         for levels in held):
                return ["、".join(f"{c}级" for c in sorted(together | alone, key=ZH_LEVEL_CHARS.index)) + word]
        return []

    @functools.cached_property
    def _english_words(self) -> frozenset[str]:
        """The words of the graph's English names."""
        return frozenset(t for names in self.facts.labels.values() for t in tokens(normalize(names.get("en", ""))))

    def _stated_words(self, qualifier: str, word: str, classes: frozenset[str]) -> bool:
        """Whether the qualifier's words are the stated category's own ("municipal and district government
        bodies": 市、区级政府部门), so that the figure is the kind's as asked."""
        owners = {self.facts.quantity_owner[q][0] for q in self.facts.category}
        stated = [c.stated for c in (self._count(word, classes, o) for o in owners) if c.stated]
        labels = [normalize(self.facts.label(q, lang)) for q in stated for lang in ("zh", "en")]
        asked = tokens(normalize(qualifier))
        if not HAN.search(qualifier) and asked <= self._english_words:
            return True  # English words the graph's names use ("city and district"): a wording, never taken as unheld
        # a Chinese qualifier by its characters: 市区两级 is 市、区级's wording, 外资 shares none with 各类企业; the levels
        # it names must all be the category's (省市两级 is no 市、区级)
        return bool(asked) and (asked <= {t for label in labels for t in tokens(label)}
                                or any(set(qualifier) & set(label) and set(qualifier) & LEVELS <= set(label)
                                       for label in labels if HAN.search(label)))

    def members_but(self, form: LogicalForm) -> Outcome | None:
        """"不算政府部门，联合体有多少家成员单位": the stated total less the stated figures of the kinds left
        out, each cited, the subtraction as the derivation; None unless every kind left out has its own figure."""
        u = form.understanding
        if not {"count", "except"} <= form.operators or form.operators & {"difference", "money", "yes/no"} \
                or not speaks_of_members(u):
            return None
        owner = self._consortium(u)
        total = _total(self, owner) if owner else None
        kinds = {w: frozenset(self.lexicon.class_words[w]) for w in form.excepted_words}
        left = [self._count(w, c, owner) for w, c in kinds.items() if owner and self._is(c, ORGANIZATION) and ORGANIZATION not in c]
        if total is None or not left:
            return None
        unstated = [c for c in left if not (c.exact and c.stated)]
        if unstated:  # "除了大学": no figure of its own to take away, only a broader one or none
            return Outcome([], [item for c in unstated for item in c.evidence(self)],
                           " ".join(c.sentence(self, u) for c in unstated), settled=True)
        value = self.facts.figures["zh"][total]["value"]
        parts = [self.facts.figures["zh"][c.stated]["value"] for c in left if c.stated]
        rest = value - sum(parts)
        how = f"{value} − {' − '.join(map(str, parts))} = {rest}"
        f, zh = self.facts, u.lang == "zh"
        named = ("、" if zh else "; ").join(f"{f.label(c.stated, u.lang)}{'' if zh else ': '}{f.figure_text(c.stated, u.lang)}"
                                             for c in left if c.stated)
        text = (f"原文记载成员单位{f.figure_text(total, 'zh')}，其中{named}；不算这些，为{rest}家（由原文数字推算：{how}）。" if zh else
                f"The source states {f.figure_text(total, 'en')}, of which {named}; without those, {rest} "
                f"(worked out from the stated figures: {how}).")
        evidence = [figure_item(f, total), *(figure_item(f, c.stated) for c in left if c.stated),
                    evidence_item([f.label(owner or total)], derivation=how)]
        return Outcome([], evidence, text, settled=True)

    def _member_kinds(self, u: Understanding) -> dict[str, frozenset[str]]:
        """The organisation kinds the question names (no organisation in general: 成员单位, 单位), in order."""
        kinds: dict[str, frozenset[str]] = {}
        for _, word in class_word_spans(u.blanked, self.lexicon):
            classes = frozenset(self.lexicon.class_words[word])
            if word not in RELATION_WORDS and self._is(classes, ORGANIZATION) and not classes & {ORGANIZATION, CONSORTIUM} \
                    and not self._is(classes, CONSORTIUM) and classes not in kinds.values():
                kinds[word] = classes
        return kinds

    def _consortium(self, u: Understanding) -> str | None:
        """The consortium named, else the one consortium whose member categories the graph states."""
        named = [m.doc.iri for m in u.mentions if CONSORTIUM in m.doc.types]
        owners = {self.facts.quantity_owner[q][0] for q in self.facts.category}
        held = [o for o in named if o in owners] if named else sorted(owners)
        return held[0] if len(held) == 1 and len(named) <= 1 else None

    def _others_named(self, u: Understanding) -> bool:
        """Whether the question names an organisation or cooperation other than a consortium (their
        partners or parties are counted then, not members)."""
        return any(m.doc.types & {ORGANIZATION, COOPERATION} and CONSORTIUM not in m.doc.types for m in u.mentions)

    def _count(self, word: str, classes: frozenset[str], owner: str) -> MemberKindCount:
        """The kind's stated figure (the narrowest category covering it) and its listed members."""
        ancestors = self.facts.catalogue.ancestors
        covering = {q: cat for q, cat in self.facts.category.items()
                    if self.facts.quantity_owner[q][0] == owner and cat != ORGANIZATION and self._is(classes, cat)}
        narrowest = [q for q, cat in covering.items()
                     if not any(cat in ancestors.get(other, ()) for other in covering.values())]
        stated = self.facts.versions(narrowest[0])[0] if narrowest else None
        count = MemberKindCount(word, classes, owner, stated, bool(stated) and covering[narrowest[0]] in classes)
        count.listed = sorted({r["answer"] for r in self.facts.kg.select(count.sparql)}, key=self.facts.label)
        return count


def _answering(counts: list[MemberKindCount], u: Understanding, values: dict[str, dict]) -> set[str]:
    """The stated figures that answer the count asked, not only stand in its sentence (``values``: the figures'
    rows): a kind's own figure, or a broader one covering two kinds named together ("universities and colleges":
    中高等院校17所); never one the question states itself ("Of the 17 schools, how many are …" asks a part of it),
    nor a single figure for a split ("按本科和高职拆开各占多少": the graph does not split it)."""
    covering = Counter(c.stated for c in counts if c.stated)
    if SPLIT_ASKED.search(u.question) and len(covering) < 2:
        return set()
    stated = numbers_in(u.question)
    return {q for q, n in covering.items() if values[q]["value"] not in stated
            and (n > 1 or any(c.exact for c in counts if c.stated == q))}


def _one_per_figure(counts: list[MemberKindCount]) -> list[MemberKindCount]:
    """One line per stated figure ("行业协会之类的社会组织": both words are of 社会组织's figure), the kind whose own
    figure it is first; kinds without one are all kept."""
    kept: dict[object, MemberKindCount] = {}
    for c in counts:
        key = c.stated or c.word
        if key not in kept or (c.exact and not kept[key].exact):
            kept[key] = c
    return list(kept.values())


def _members_asked(u: Understanding) -> bool:
    """Whether the members are what is asked: the class word asked for, or the whole topic
    ("有哪些成员单位", "who are the members", "成员里有哪些企业"), not a word of a clause about something else."""
    return bool(MEMBERS_ASKED.search(u.answer_word)) or (bool(u.topic) and all(
        MEMBERS_ASKED.search(w) or w in MEMBER_UNIT_WORDS for w in u.topic.split()))


def speaks_of_members(u: Understanding) -> bool:
    """Whether the question counts among a consortium's members: it uses a member word or names a consortium."""
    return bool(MEMBER_WORDS.search(u.question)) or any(CONSORTIUM in m.doc.types for m in u.mentions)
