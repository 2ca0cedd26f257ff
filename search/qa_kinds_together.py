"""Two or more kinds named together and counted as one set: "高校和企业加起来有几家", "how many universities and
companies are on X in total", "基地类和人才培养类一共几个项目", "the base and innovation categories combined",
"成员单位里企业和科研机构加起来有几家".

The counted set is the union of the kinds named side by side (joined by 和/与/、/and/plus, or a shared English head:
"the base, innovation and talent categories"), under a word asking the total (一共, 加起来, in total, combined,
together), restricted as the rest of the question restricts it:

- kinds of project: their instances, those a named organisation takes part in when one is named;
- kinds of organisation: the parties of the cooperations named (or linked as the topic), else of the kinds of project
  named, else the partners of the organisations named; each party cited by its participation; a generic counted word
  the kinds only gloss ("how many organisations, universities and firms included", "几家单位，高校企业都算上") counts
  every party;
- kinds of a consortium's members: the figures the source states for each, summed, when every kind has its own
  (search.qa_member_kinds); a kind without one is left to that reading, which says so.

Each kind's share is stated beside the total. A split (分别, 各, each, respectively), a comparison, a verdict or a
negation asks something else: None. A kind narrowed by a word the graph does not sort by (search.qa_qualifiers:
"高校和外资企业", "universities and foreign companies") gets no number, the reason said; a kind the graph has no
instance of, or a restriction reaching none of the kinds, is left to the other readings.

Besides, a thing ranked by size with its count asked ("阵容最庞大的那个项目，参与方几家", "the project with the most
signatories: how many parties does it have"; no which or who asked): the plain ranking of the thing ranked.

Contract: ``joined_kinds(text, lexicon)`` gives the (word, classes) of the run of joined kinds in the blanked
question ``text`` (empty when there is none); ``kind_spans(text, lexicon)`` its class words with the bare English kinds
(search.qa_figure_compare.compare_kinds reads them too); ``KindsTogether.kinds_together(form)`` and
``ranked_then_counted(form)`` are operators of search.qa_operators.Operators (the member figures through the host's
search.qa_member_kinds.MemberKinds).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.han import HAN

from search.qa_asked_of import ASKING_WORD
from search.qa_cues import HOW_MANY, LARGEST_WORDS
from search.qa_form import LogicalForm
from search.qa_graph import CONSORTIUM, COOPERATION, ORGANIZATION, PROJECT, within
from search.qa_kind_total import TOTAL_ASKED
from search.qa_kinds_described import CONJUNCTION, described_kinds
from search.qa_member_kinds import SPLIT_ASKED, speaks_of_members
from search.qa_answer import evidence_item
from search.qa_outcome import OperatorBase, Outcome, derived, figure_item, participation_items
from search.qa_qualifiers import qualifier
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.qa_leftover import EN_FUNCTION_WORDS
from search.understand_words import COUNT_WORDS, RELATION_WORDS, STOP_WORDS

# (CONJUNCTION: the text between two kinds named together, search.qa_kinds_described)
# A word narrowing the next kind may stand after a conjunction ("高校和外资企业", "universities and foreign companies"):
# the run holds it, and _narrowed reads it.
JOINER = re.compile(rf"\s*(?:{CONJUNCTION.pattern}(?:[\u4e00-\u9fff]{{1,4}}|(?:[a-z-]+\s+){{1,2}})?)?$", re.IGNORECASE)
# English words and the words joining them in a list ("base, innovation and talent"; "innovation vs base").
EN_TOKEN = re.compile(r"[a-z][a-z&-]*|[,/]")
EN_JOINERS = frozenset({",", "/", "and", "or", "vs", "versus", "plus"})
# The words of asking and joining a qualifier read before a kind may hold ("how many universities and companies").
ASKING_WORDS = frozenset({*STOP_WORDS, *EN_FUNCTION_WORDS, *(w for phrase in COUNT_WORDS for w in phrase.split()),
                          "and", "or", "plus", "all", "both"})
# A total asked besides TOTAL_ASKED's words (一共, included, 都算上, combined): "together", "… and all".
TOGETHER = re.compile(rf"{TOTAL_ASKED.pattern}|\btogether\b|\band all\b", re.IGNORECASE)
# A split asked of the kinds ("分别", "各几家", "each", "respectively"): each kind's count, not one total.
EACH_ASKED = re.compile(rf"{SPLIT_ASKED.pattern}|分别|各[有是几多占]|\beach\b|\brespectively\b|\bapiece\b", re.IGNORECASE)
# A superlative ranking a thing by its size, and how far from it the thing ranked stands ("最多的那个项目",
# "the project with the most signatories").
SUPERLATIVE = re.compile("|".join(re.escape(w) if not w.isascii() else rf"\b{re.escape(w)}\b"
                                  for w in sorted(LARGEST_WORDS, key=len, reverse=True)))
RANKED_GAP = 6
# Operators asking something other than one total.
OTHER_ASKS = frozenset({"compare", "larger", "smaller", "difference", "yes/no", "negation", "except", "superlative",
                        "largest", "smallest", "money", "fewer", "same"})


def joined_kinds(text: str, lexicon: Lexicon) -> list[tuple[str, frozenset[str]]]:
    """The longest run of two or more distinct kinds named side by side in ``text`` (see the module), in order."""
    return [(w, c) for _, _, w, c in _joined(text, lexicon)]


def _joined(text: str, lexicon: Lexicon) -> list[tuple[int, int, str, frozenset[str]]]:
    """The run of joined kinds: (start, end, word, classes) each."""
    best: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for start, end, word in kind_spans(text, lexicon):
        if run and start >= run[-1][1] and JOINER.match(text[run[-1][1]:start]):
            run.append((start, end, word))
        else:
            run = [(start, end, word)]
        best = run if len(run) > len(best) else best
    kinds = [(start, end, w, frozenset(lexicon.class_words[w])) for start, end, w in best]
    return kinds if len({c for *_, c in kinds}) >= 2 else []


def kind_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The class words of ``text`` (relation words left out) as (start, end, word), with the kinds of project English
    names by a bare word of theirs when two or more are joined ("base or innovation", "innovation vs base") and those a
    head said once stands for ("the base, innovation and talent categories"): each as "<word> category"."""
    spans = [(at, at + len(w), w) for at, w in class_word_spans(text, lexicon) if w not in RELATION_WORDS]
    run: list[tuple[int, int, str]] = []
    for m in [*EN_TOKEN.finditer(text), None]:
        word = m.group() if m else ""
        if word in EN_JOINERS:
            continue
        if m and f"{word} category" in lexicon.class_words:
            run.append((m.start(), m.end(), f"{word} category"))
            continue
        if len(run) >= 2:
            spans += [b for b in run if not any(s <= b[0] < e for s, e, _ in spans)]
        run = []
    return sorted(spans)


def _narrowed(text: str, lexicon: Lexicon) -> str:
    """The first word narrowing a kind of the run that the graph does not sort by ("foreign companies", 外资企业),
    read with the kinds and conjunctions before it blanked; "" when none is."""
    run = _joined(text, lexicon)
    cut = run[0][0] if run else 0
    for start, end, word, _ in run:
        blanked = text[:run[0][0]] + " " * (cut - run[0][0]) + text[cut:]
        said = qualifier(blanked, start, lexicon.vocabulary) if word == text[start:end] else ""
        if said := " ".join(w for w in said.split() if w not in ASKING_WORDS):
            return said
        m = CONJUNCTION.match(text, end)
        cut = m.end() if m else end
    return ""


# A which-word right before a class word, "哪个项目", "which signed project", or a superlative's 的 ("参与单位最多的(那个)项目").
HEADED = re.compile(rf"(?:{SUPERLATIVE.pattern})的\s*(?:[那这][个家所项])?\s*$")
ASKED_BEFORE = re.compile(r"哪\s*[一]?[个家所位项类种条]?\s*$|\bwhich\s+(?:[a-z-]+\s+)?$")


def _ranked_head(text: str, at: int, word: str) -> bool:
    """Whether the class word at ``at`` is what a superlative ranks: right after it in Chinese ("最多的那个项目"), right
    before "with the most" or after "the biggest" in English; "参与项目最多的大学" ranks 大学, not 项目."""
    for m in SUPERLATIVE.finditer(text):
        if (0 <= at - m.end() <= RANKED_GAP) if HAN.match(word[0]) else (0 <= m.start() - at - len(word) <= RANKED_GAP
                                                                        or 0 <= at - m.end() <= 2):
            return True
    return False


class KindsTogether(OperatorBase):
    """The union of the kinds named together, counted (an operator mixin; see the module)."""

    def kinds_together(self, form: LogicalForm) -> Outcome | None:
        """The instances of the joined kinds the question's restriction reaches, counted, each kind's share beside."""
        u = form.understanding
        if "count" not in form.operators or form.operators & OTHER_ASKS:
            return None
        if described := described_kinds(u.blanked, self.lexicon):  # the kinds say which project: no kinds counted
            return self._unfit_description(form, described)
        if not TOGETHER.search(u.question) or EACH_ASKED.search(u.question):
            return None
        joined = joined_kinds(u.blanked, self.lexicon)
        # a generic word among them is the word counted, the kinds its gloss ("几家单位，高校企业都算上")
        generic = any(c == {ORGANIZATION} for _, c in joined) or self.lexicon.class_words.get(u.answer_word) == {ORGANIZATION}
        kinds = [(w, c) for w, c in joined if ORGANIZATION not in c]
        if len(kinds) < 2 or any(not self.graph.of_class(c) for _, c in kinds):
            return None
        if narrowed := _narrowed(u.blanked, self.lexicon):  # "高校和外资企业": the graph sorts none so, no number
            return Outcome([], [], self._lang(u, f"图谱没有按“{narrowed}”区分单位，无法计数。",
                                              f"The graph sorts nothing by \"{narrowed}\", so this cannot be counted."), settled=True)
        ancestors = self.facts.catalogue.ancestors
        if all(within(c, PROJECT, ancestors) and not c & {PROJECT, COOPERATION} for _, c in kinds):
            return self._projects(u, kinds)
        if all(self._is(c, ORGANIZATION) and not c & {ORGANIZATION, CONSORTIUM} for _, c in kinds):
            return self._parties(form, kinds, generic)
        return None

    def ranked_then_counted(self, form: LogicalForm) -> Outcome | None:
        """"参与单位最多的那个项目一共几家单位", "the project with the most signatories: how many parties does it have",
        "参与合作最多的单位有几个项目": the thing ranked (a cooperation by its parties, an organisation by its cooperations:
        the class word beside the superlative other than the one counted), its count the one asked; None unless a count
        of one of the two asks after the other ranked by size."""
        u = form.understanding
        # (a how-many asked, no which or who: "ranking the schools by how often they show up, who comes out on top"
        # asks the one ranked, "which project has the most partners, and how many" the ranked thing itself)
        if "count" not in form.operators or not (u.most or "largest" in form.operators) or self._coops(u) \
                or form.operators & {"smallest", "fewest", "yes/no", "negation", "compare"} \
                or not HOW_MANY.search(u.question):
            return None
        # the answer word asked by the which-word or headed by the superlative ("参与单位最多的项目有几家参与方") is the thing
        # ranked, its count the one asked; a which-word asking for another ("哪个项目…，其中企业有几家") asks a part of it
        if any(w == u.answer_word and (HEADED.search(u.blanked[:at]) or ASKED_BEFORE.search(u.blanked[:at]))
               for at, w in class_word_spans(u.blanked, self.lexicon)):
            return self._ranked_itself(u)
        if ASKING_WORD.search(u.question):
            return None
        roots = [r for r in (ORGANIZATION, COOPERATION) if self._is(self.lexicon.class_words.get(u.answer_word, ()), r)]
        other = {ORGANIZATION: COOPERATION, COOPERATION: ORGANIZATION}[roots[0]] if roots else ""
        ranked = [w for at, w in class_word_spans(u.blanked, self.lexicon) if w != u.answer_word and w not in RELATION_WORDS
                  and other and self._is(self.lexicon.class_words[w], other) and _ranked_head(u.blanked, at, w)]
        if not ranked:
            return None
        read = self.plain(replace(u, answer_word=ranked[0], answer_classes=frozenset(self.lexicon.class_words[ranked[0]]),
                                  most=True))
        return Outcome(read.answers, read.evidence, read.answer_text, read.sparql) if read.answers else None

    def _ranked_itself(self, u: Understanding) -> Outcome | None:
        """"哪个项目拉的单位最多，大概几家", "which project has the most parties, and how many", "参与单位最多的项目有几家参与方":
        the thing a which-word asks or the superlative heads, ranked by size, its count stated beside it (the superlative's answer says it); None unless the how-many counts
        what it is ranked by (no narrower kind: "哪个项目参与方最多，其中企业几家" counts a part of it)."""
        counted = HOW_MANY.search(u.blanked)
        word = self.lexicon.class_word_at(u.blanked, counted.end()) if counted else None
        roots = [r for r in (ORGANIZATION, COOPERATION) if self._is(self.lexicon.class_words.get(u.answer_word, ()), r)]
        if not roots or (word is not None and set(self.lexicon.class_words[word]) - {ORGANIZATION, COOPERATION, PROJECT}):
            return None
        read = self.plain(replace(u, intent="list", most=True))
        return Outcome(read.answers, read.evidence, read.answer_text, read.sparql) if read.answers else None

    def _unfit_description(self, form: LogicalForm, described: list[tuple[int, str]]) -> Outcome | None:
        """None (the count read without the kinds: search.understand.narrowed) when every kind of organisation described
        has a party among the cooperations named; else the premise fails: no count, the kind missing said."""
        u = form.understanding
        coops = self._coops(u) or [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())]
        parties = set().union(*(self.graph.parties.get(c, set()) for c in coops))
        kinds = [(w, frozenset(self.lexicon.class_words[w])) for _, w in described]
        missing = [w for w, c in kinds if self._is(c, ORGANIZATION) and ORGANIZATION not in c
                   and not parties & self.graph.of_class(c)]
        if not coops or not missing:
            return None
        names = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in coops)
        return Outcome([], [], self._lang(u, f"{names}的参与方里没有{missing[0]}，与问题的描述不符，无法计数。",
                                          f"No party of {names} is one of the {missing[0]} the question describes it by, "
                                          f"so this cannot be counted."), settled=True)

    def _projects(self, u, kinds) -> Outcome | None:
        """The projects of the kinds, of every named organisation when some are named."""
        if self._coops(u):
            return None
        shares = {w: self.graph.of_class(c) for w, c in kinds}
        for org in self._orgs(u):
            mine = set(self.graph.cooperations(org))
            shares = {w: s & mine for w, s in shares.items()}
        return self._total(u, shares, by=self._orgs(u))

    def _parties(self, form: LogicalForm, kinds, generic: bool) -> Outcome | None:
        """The parties of the kinds within the cooperations the question restricts to, or the members' stated figures."""
        u = form.understanding
        coops = self._coops(u) or [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())]
        if not coops and form.kinds:
            coops = sorted(self.graph.of_class(form.kinds))
        orgs = self._orgs(u)
        if not coops and not orgs:
            return self._members_summed(u, kinds) if speaks_of_members(u) else None
        if not coops:
            coops = list(self.graph.shared_by(orgs))
        mine = set().union(*(self.graph.members(o) for o in orgs)) if orgs else set()
        parties = set().union(*(self.graph.parties.get(c, set()) for c in coops)) - mine
        if generic:  # the kinds gloss the word counted: every party is counted
            shares = {self._lang(u, "单位", "organisations"): parties}
        else:
            shares = {w: parties & self.graph.of_class(c) for w, c in kinds}
        return self._total(u, shares, by=coops, parties=True)

    def _total(self, u, shares: dict[str, set[str]], by: list[str], parties: bool = False) -> Outcome | None:
        """The union of the shares counted, each share's count beside; None when the restriction reaches none."""
        if not any(shares.values()):
            return None
        whole = sorted(set().union(*shares.values()), key=self.facts.label)
        parts = " + ".join(str(len(s)) for s in shares.values())
        each = self._lang(u, "、", ", ").join(self._lang(u, f"{w}{len(s)}个", f"{w}: {len(s)}") for w, s in shares.items())
        if parties:
            evidence = participation_items(self.facts, [[(p, c) for c in by if p in self.graph.parties.get(c, ())][:1]
                                                        for p in whole])
        else:
            evidence = participation_items(self.facts, [[(o, c) for o in by][:1] for c in whole]) if by else []
        evidence += [derived(self.facts, x, f"one of {len(whole)}") for x in whole if not by]
        if len(shares) > 1:  # (every party of the word counted is cited by its participation alone)
            evidence.append(evidence_item([str(len(whole))], derivation=f"the union of {len(shares)} kinds: {parts}"))
        names = self._lang(u, "、", ", ").join(self.facts.label(x, u.lang) for x in whole)
        text = self._lang(u, f"合计{len(whole)}个（{each}）：{names}。", f"{len(whole)} in all ({each}): {names}.")
        if len(shares) == 1:  # every party of the word counted ("一共几家单位，高校企业都算上")
            word = next(iter(shares))
            text = self._lang(u, f"{word}一共{len(whole)}个：{names}。", f"{len(whole)} {word} in all: {names}.")
        return Outcome(self._entities(whole), evidence, text, settled=True)

    def _members_summed(self, u, kinds) -> Outcome | None:
        """The stated member figures of the kinds, summed, when each kind has its own (else the member reading's)."""
        owner = self._consortium(u)  # type: ignore[attr-defined]
        counts = [self._count(w, c, owner) for w, c in kinds] if owner else []  # type: ignore[attr-defined]
        if not counts or not all(c.stated and c.exact for c in counts) or len({c.stated for c in counts}) < len(counts):
            return None
        f = self.facts
        values = [f.figures["zh"][c.stated]["value"] for c in counts]
        how = " + ".join(map(str, values)) + f" = {sum(values)}"
        each = self._lang(u, "、", "; ").join(f"{f.label(c.stated, u.lang)}{'' if u.lang == 'zh' else ': '}"
                                              f"{f.figure_text(c.stated, u.lang)}" for c in counts)
        text = self._lang(u, f"原文记载，成员单位中{each}，合计{sum(values)}家（由原文数字相加：{how}）。",
                          f"The source states, among the members, {each}: {sum(values)} in all (the stated figures added: {how}).")
        evidence = [*(figure_item(f, c.stated) for c in counts), evidence_item([f.label(owner)], derivation=how)]
        return Outcome([], evidence, text, settled=True)
