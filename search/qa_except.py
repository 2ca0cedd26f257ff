"""Sets with some of their members left out: "除了X，还有哪些…", "besides project P, what did X sign", and the
cooperations a question names beside an "other" ("X is in project P; which other projects is it in?").

The answers are the plain answer's (or, when a kind of cooperation is named, search.qa_kinds') without
those left out and without the organisations reached only through them; the sentence names what was left
out."""

from __future__ import annotations

import re
from dataclasses import replace

from search.auxiliaries import BE
from search.qa_cues import EXCEPT_WORDS, LIES_ASKED, REMAINDER_WORDS, ZH_PARTNER_WORDS
from search.qa_form import LogicalForm, except_spans, kinds_named, topic_excepted
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_identity import SENTENCE_END
from search.qa_kinds import Kinds
from search.qa_outcome import Outcome, derived
from search.understand import Understanding
from search.understand_lexicon import class_word_spans

# What an except clause says of the one it names when it sets aside what that one takes part in: a verb of taking
# part closed by 的 after the name ("大工参与的", "大职院签的"), or English "… is part of" / "… signed" after it, or a
# having word before it ("有大职院的", "anything with DUT", "anything involving DUT").
THEIRS = re.compile(rf"\s*(?:参与|参加|签|有份|掺和|加入)(?:了|过)?的|\s+(?:{BE})\s+(?:part\s+of|in|involved)\b"
                    r"|\s+(?:signed|joined)\b")
HAVING = re.compile(r"有\s*$|\b(?:with|involving|featuring)\s+$")
# What an except clause says of the one it names when it sets aside that one's partners: a partner word after the name
# ("把大工的合作方剔掉", "除了交大的合作企业", "leave out DUT's partners") or "the partners of" before it.
PARTNERS_AFTER = re.compile(rf"\s*的\s*(?:{ZH_PARTNER_WORDS}|合作(?:企业|公司|单位|对象))|['’]s?\s+(?:partners?|counterparts?|partner\s+(?:firms?|companies))\b")
PARTNERS_BEFORE = re.compile(r"\b(?:partners?|counterparts?)\s+of\s+(?:the\s+)?$")


class ExceptSets(Kinds):
    """The except operator's sets, and the others than the cooperations named."""

    def all_but_excepted(self, form: LogicalForm, orgs: list[str]) -> Outcome | None:
        """An except clause's answer: what it names left out (the organisations named when it names none)."""
        u = form.understanding
        # "X除了数字人才那个项目，还…", "X在数字人才项目之外还…": the cooperations the topic links are left
        # out, not X (every named organisation left out would leave none to ask about)
        if set(orgs) <= set(form.excepted or orgs) and topic_excepted(u):
            described = self._linked_cooperations(form)
            return self._all_but(replace(u, topic=""), described) if described else None
        return self._all_but(u, list(form.excepted) or self._before_asking(u, orgs))

    def partners_but_kind(self, form: LogicalForm) -> Outcome | None:
        """"X的合作方里，去掉企业，还剩谁", "X's counterparts across its deals, drop the businesses: who remains": the one
        named organisation's partners (of the class asked, when it asks one other than the kinds) without those of the
        organisation kinds the except clause names, or reached only through cooperations of the kinds of cooperation it
        names ("职院名下那四个签约，刨掉人才培养类的，剩下的是跟哪些企业签的": an organisation asked); None when the clause
        names an organisation or no such kind."""
        u, orgs = form.understanding, self._orgs(form.understanding)
        named = [(w, frozenset(self.lexicon.class_words[w])) for w in form.excepted_words]
        kinds = [k for _, k in named if self._is(k, ORGANIZATION) and ORGANIZATION not in k]
        coop_kinds = [k for _, k in named if self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}]
        if "except" not in form.operators or "yes/no" in form.operators or form.excepted or len(orgs) != 1 \
                or not (kinds or (coop_kinds and self._is(u.answer_classes, ORGANIZATION))) \
                or (u.answer_classes and not self._is(u.answer_classes, ORGANIZATION) and u.intent != "who"):
            return None  # (a verdict is read by the rest; "不算企业，大工签了几个项目" asks projects, "who remains" parties)
        asked = u.answer_classes if self._is(u.answer_classes, ORGANIZATION) and u.answer_classes not in kinds else {ORGANIZATION}
        away = set().union(*(self.graph.of_class(k) for k in coop_kinds))
        partners = {p for p, coops in self.graph.partners(orgs[0], asked).items() if coops - away}
        dropped = set().union(*(self.graph.of_class(k) for k in kinds))
        answers = sorted((p for p in partners if p not in dropped), key=self.facts.label)
        how = f"{len(partners)} partners of {self.facts.label(orgs[0], 'en')} − {len(partners) - len(answers)} of the kinds set aside"
        word = self._lang(u, "、", ", ").join(w for w, k in named if k in kinds or k in coop_kinds)
        names = self._lang(u, "、", ", ").join(self.facts.label(a, u.lang) for a in answers)
        n = len(answers) if u.intent == "count" else None  # "去掉企业，还剩几家": the count first
        text = self._lang(u, f"{self.facts.label(orgs[0])}的合作方中除{word}外{f'共{n}个' if n else ''}：{names}。",
                          f"Partners of {self.facts.label(orgs[0], 'en')} besides {word}{f', {n}' if n else ''}: {names}.") if answers else \
            self._lang(u, "图谱中没有找到其他符合条件的结果。", "The graph holds no other such answers.")
        return Outcome(self._entities(answers), [derived(self.facts, a, how) for a in answers], text)

    @staticmethod
    def _before_asking(u: Understanding, orgs: list[str]) -> list[str]:
        """Of the organisations named, those named only before the asking sentence when it names others ("Bifei picked a
        university partner. Which other firms did that university also sign with?", the university put in: the others
        are other than Bifei, and of the university); all of them otherwise."""
        ends = [e.end() for e in SENTENCE_END.finditer(u.blanked.rstrip(" ?？.。!！"))]
        named = {m.doc.iri: u.start(m) for m in u.mentions if m.doc.iri in orgs}
        before = [o for o in orgs if ends and 0 <= named.get(o, -1) < ends[-1]]
        return before if before and len(before) < len(orgs) else orgs

    def others_than_named(self, form: LogicalForm) -> Outcome | None:
        """"X is in project P; which other projects is it in?", "X参与了P，它还参与了哪些项目": the cooperations of
        the named organisations other than those the question names or describes (all of them theirs)."""
        u = form.understanding
        orgs = self._orgs(u)
        # "where else does X appear": of an organisation in a cooperation named, in which other cooperations
        asks_cooperations = self._is(u.answer_classes, COOPERATION) if u.answer_classes else u.asks_what or u.intent == "where"
        if "also" not in form.operators or {"except", "negation", "yes/no", "count"} & form.operators \
                or not orgs or not asks_cooperations:
            return None
        named = set(self._coops(u)) | set(self._linked_cooperations(form) if u.topic else ())
        theirs = set(self.graph.shared_by(orgs))
        if not named or not named <= theirs:
            return None
        return self._all_but(replace(u, topic=""), sorted(named))

    def asked_in(self, u: Understanding, excepted) -> Understanding:
        """``u`` asking in what other cooperations when it asks where, besides cooperations set aside ("where else does X
        appear", "除了P，X还出现在哪"), unless it asks where a thing lies ("located", 位于); ``u`` otherwise."""
        if u.intent != "where" or not excepted or LIES_ASKED.search(u.question) \
                or not all(COOPERATION in self.graph.classes.get(e, ()) for e in excepted):
            return u
        return replace(u, intent="list", answer_classes=frozenset({COOPERATION}), answer_word=self._lang(u, "合作", "cooperations"))

    def _linked_cooperations(self, form: LogicalForm) -> list[str]:
        """The cooperations the question's topic is linked to."""
        return [c for c, _ in form.constraints if COOPERATION in self.graph.classes.get(c, ())]

    def _all_but(self, u: Understanding, excepted: list[str]) -> Outcome:
        """The plain answer without the excepted organisations (and their units); when cooperations are asked,
        without the cooperations of the excepted organisations too ("科技创新类项目里，刨掉有大工的", "excluding
        anything DUT is part of")."""
        u = self.asked_in(u, excepted)
        partnered = self._partners_set_aside(u, excepted)
        dropped = self._excepted_away(u, excepted) | partnered
        kept = [m for m in u.mentions if m.doc.iri not in excepted]
        question = u.question  # the excepted names' words match no figure of the rest ("不算X项目，Y签了几个")
        for m in u.mentions:
            if m.doc.iri in excepted and COOPERATION in m.doc.types:
                question = question.replace(m.text, " " * len(m.text))
        # the except reading's own words ("excluding", "remain") are no topic of the rest
        topic = " ".join(w for w in u.topic.split() if w not in REMAINDER_WORDS and w not in EXCEPT_WORDS)
        rest = replace(u, mentions=tuple(kept), question=question, topic=topic)
        # "除了X，还有哪些大学参与了科技创新类项目": the kind holds; asked with who ("科技创新类项目里，除了X，高校还有谁"), as a
        # which-word asks it: the organisations of the class asked are listed either way
        listed = replace(rest, intent="list") if rest.intent == "who" and self._is(rest.answer_classes, ORGANIZATION) else rest
        base = self.in_kind(self.form_of(listed)) or self.plain(rest)
        theirs = self._theirs_set_aside(u, excepted)
        answers = [a for a in base.answers if a["id"] not in dropped and not self._only_through(a["id"], kept, set(excepted))
                   and not self._in_theirs_only(a["id"], theirs, kinds_named(u, self.lexicon, class_word_spans(u.blanked, self.lexicon)))]
        gone = {self.facts.label(d) for d in dropped}
        evidence = [e for e in base.evidence if not gone & set(e["path"])]
        return Outcome(answers, evidence, self._besides(u, excepted, answers, bool(partnered)), base.sparql)

    def _excepted_away(self, u: Understanding, excepted) -> set[str]:
        """What excepting ``excepted`` leaves out: each with its units and, when cooperations are asked, the
        cooperations of the excepted organisations ("科技创新类项目里，刨掉有大工的", "excluding anything DUT is part of")."""
        dropped = set().union(*(self.graph.members(o) for o in excepted))
        if self._is(u.answer_classes, COOPERATION):
            dropped |= set().union(*(self.graph.cooperations(o) for o in excepted if ORGANIZATION in self.graph.classes.get(o, ())))
        return dropped

    def _partners_set_aside(self, u: Understanding, excepted) -> set[str]:
        """The partners of the organisations of ``excepted`` an except clause names as partners ("把大工的合作方剔掉",
        "excluding the partners of Jiaotong"), in the kinds of cooperation named if any ("研发攻关类里"): theirs are
        set aside, not they; empty otherwise."""
        spans = except_spans(u.blanked)
        named = {m.doc.iri for m in u.mentions if m.doc.iri in excepted and ORGANIZATION in m.doc.types
                 for start, end in [(u.start(m), u.start(m) + len(m.text))]
                 if any(s <= start and end <= e and (PARTNERS_AFTER.match(u.blanked, end) or PARTNERS_BEFORE.search(u.blanked, s, start))
                        for s, e in spans)}
        kinds = kinds_named(u, self.lexicon, class_word_spans(u.blanked, self.lexicon))
        within = self.graph.of_class(kinds) if kinds else None
        return {p for x in named for c in self.graph.cooperations(x) if within is None or c in within
                for p in self.graph.parties[c] - self.graph.members(x)}

    def _theirs_set_aside(self, u: Understanding, excepted) -> set[str]:
        """The cooperations of the organisations of ``excepted`` an except clause names by what they take part in
        ("把大工参与的剔掉", "去掉有大职院的", "excluding anything DUT is part of"): theirs are set aside, not only
        they; empty otherwise."""
        spans = except_spans(u.blanked)
        theirs = {m.doc.iri for m in u.mentions if m.doc.iri in excepted
                  for start, end in [(u.start(m), u.start(m) + len(m.text))]
                  if any(s <= start and end <= e and (THEIRS.match(u.blanked, end) or HAVING.search(u.blanked, s, start))
                         for s, e in spans)}
        return set().union(*(self.graph.cooperations(x) for x in theirs))

    def _in_theirs_only(self, answer: str, theirs: set[str], kinds: frozenset[str]) -> bool:
        """Whether an organisation answered takes part (in the kinds of cooperation named, if any) only in ``theirs``:
        with the cooperations the except clause sets aside, it is set aside too ("六个基地项目，把大工参与的剔掉，剩下的
        企业": 三友, only in DUT's base project, goes)."""
        if not theirs or COOPERATION in self.graph.classes.get(answer, ()):
            return False
        own = set(self.graph.cooperations(answer))
        own = own & self.graph.of_class(kinds) if kinds else own
        return bool(own) and own <= theirs

    def _only_through(self, answer: str, kept, excepted: set[str]) -> bool:
        """Whether an organisation answered is linked to the named organisations (``kept``'s) only through the
        excepted cooperations ("besides project P, X's other partners": P's partners of X are no others)."""
        orgs = [m.doc.iri for m in kept if ORGANIZATION in m.doc.types]
        if not orgs or not excepted & self.graph.parties.keys() or COOPERATION in self.graph.classes.get(answer, ()):
            return False
        shared = set(self.graph.cooperations(answer)).intersection(*(self.graph.cooperations(o) for o in orgs))
        return bool(shared) and shared <= excepted

    def _besides(self, u: Understanding, excepted: list[str], answers: list[dict], partners: bool = False) -> str:
        """The sentence of a "besides X" answer: the rest, X (``partners``: X's partners) named as left out."""
        if not answers:
            return self._lang(u, "图谱中没有找到其他符合条件的结果。", "The graph holds no other such answers.")
        left = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in excepted)
        left = self._lang(u, f"{left}的合作方", f"the partners of {left}") if partners else left
        names = self._lang(u, "、", ", ").join(a["label" if u.lang == "zh" else "label_en"] for a in answers)
        n = len(answers) if u.intent == "count" else None  # "not counting X, how many …": the count first
        return self._lang(u, f"除{left}外{f'共{n}个' if n else ''}：{names}。",
                          f"Besides {left}{f', {n}' if n else ''}: {names}.")
