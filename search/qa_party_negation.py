"""Cooperations none of whose parties is of a kind: "基地类签约里一所大学都没掺和的是哪几个", "which base projects had
no university among the signing parties", "人才培养类项目里，签约方连一家企业都没有的是哪个".

The kind of party denied is the class word the negation governs — after 没有/无/no/without/not a single, or
in the emphatic 一所X都没/连一家X都没 — with its narrower classes (大学 is a university; 高校 holds the higher
vocational colleges too); every kind denied counts ("没有企业、也没有幼儿园": none of either). The cooperations asked
are those of the kind of cooperation the question names (基地类, talent cultivation projects), or every project when
it names none. The answer: those of them none of whose parties is of the denied kinds, each citing its parties'
participation (one kept is said with its parties: "…只有两所院校？是哪两所？"); with every one holding such a party,
the settled empty answer saying so. A question naming an organisation as the
set the negation is read in ("大职院参加的项目里哪些一家企业都没有", "among the projects X signed, which had no
company") asks among that organisation's cooperations (Scoped: read before the operators, its other parties named
beside each; none lacking the kind is said, settled); one naming the organisation denied (what X signed without,
"X没参与的基地项目") or a person, or no kind of cooperation and no project word, is another reading's; so is a
denied kind that no party of any cooperation is of (the negation then denies nothing the graph holds)."""

from __future__ import annotations

import re

from search.auxiliaries import AUXILIARIES
from search.qa_facts import FactFinder
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, PROJECT, Participation, within
from search.qa_outcome import Outcome, participation_items
from search.understand import Mention, Understanding
from search.understand_lexicon import Lexicon, class_word_spans

# Where the denied kind's word begins: after a negation word, or inside the emphatic "(连)一所X都没".
ZH_DENIED = re.compile(r"(?:没有|没|无|不含|不包括)\s*(?:任何|一[个家所位])?\s*$")
ZH_ONE = re.compile(r"一[所家个位]\s*$")
ZH_EMPHATIC_AFTER = re.compile(r"^\s*(?:也|都)\s*(?:没|不|未)")
# "大学都没掺和", "企业一个也没有": the kind denied before its negation.
ZH_NONE_AFTER = re.compile(r"^\s*(?:一[个家所位]?)?\s*(?:都|也)\s*(?:没|未)")
# A name the negation governs: "X没参与", "X都没签", "X didn't sign", "X has not taken part" (with ZH_DENIED/EN_DENIED
# before it: "没有大工参与的", "without DUT").
NEGATED_AFTER = re.compile(rf"^\s*(?:(?:(?:也|都|还|并|从来|根本|完全)\s*)?(?:没|未|不|无)|(?:(?:{AUXILIARIES})\s*)?(?:n't|not\b|never\b))")
EN_DENIED = re.compile(r"\b(?:no|without(?:\s+an?|\s+any)?|not\s+(?:a\s+single|any|one)|none\s+of\s+the|lacking(?:\s+an?|\s+any)?)\s+$")
# The cooperations are asked for as items ("哪几个", "which projects", "是哪一个").
ITEMS_ASKED = re.compile(r"哪[一几些]?[个项]|哪些|\bwhich\b|\bwhat\b|\blist\b")


class PartyNegation:
    """The cooperations without a party of a kind, over one graph."""

    def __init__(self, facts: FactFinder, lexicon: Lexicon, graph: Participation):
        self.facts, self.lexicon, self.graph = facts, lexicon, graph

    def answer(self, form: LogicalForm) -> Outcome | None:
        """The cooperations of the kind named none of whose parties is of the kind denied; None when the
        question asks no such thing or names an organisation or a person before the kind denied."""
        read = self._read(form)
        if read is None or any(0 <= read[0].start(m) < read[1] for m in read[0].mentions if m.doc.types & {ORGANIZATION, PERSON}):
            return None  # "DUT没参与的基地项目": what a named party signed without, the negation operator's
        u, at, word, denied, universe = read
        having = self._having(universe, denied)
        if having == universe:
            return self._each_having(u, word, universe)  # "没有企业、也没有幼儿园…": every one has one of them
        if not having:
            return None  # none has a party of the kind: nothing to tell apart (the operators' answers stand)
        kept = self._outcome(u, word, universe, having)
        asked = self._asked_parties(form, at, word, denied)
        return kept if asked is None else self._parties(u, asked, kept)

    def _asked_parties(self, form: LogicalForm, at: int, word: str, denied: frozenset[str]) -> tuple[str, frozenset[str]] | None:
        """The kind of organisation asked for instead of the cooperations ("which companies partnered only with
        vocational colleges and no university", "没有大学参与的那些，企业是哪几家"): the class word a which-word asks
        for, or the answer word after the kind denied, of a kind of organisation other than the one denied; None
        when the cooperations are asked."""
        u = form.understanding
        words = [*form.asked, *([u.answer_word] if u.blanked.find(u.answer_word, at + len(word)) >= 0 else [])]
        for asked in words:
            classes = frozenset(self.lexicon.class_words.get(asked, ()))
            if classes and self.facts.of_class(classes, ORGANIZATION) and ORGANIZATION not in classes and not classes & denied:
                return asked, classes
        return None

    def _parties(self, u: Understanding, asked: tuple[str, frozenset[str]], kept: Outcome) -> Outcome:
        """The parties of the kind asked to the cooperations kept, each citing its participation."""
        word, classes = asked
        pairs = [(p, c["id"]) for c in kept.answers for p in sorted(self.graph.parties[c["id"]])
                 if self.graph.classes.get(p, frozenset()) & classes]
        parties = sorted({p for p, _ in pairs}, key=lambda p: self.facts.label(p, u.lang))
        names = ("、" if u.lang == "zh" else ", ").join(self.facts.label(p, u.lang) for p in parties)
        text = (f"{word}：{names}。" if u.lang == "zh" else f"The {word}: {names}. ") + kept.text if parties else kept.text
        evidence = participation_items(self.facts, [[pair] for pair in pairs]) + kept.evidence
        return Outcome([self.facts.entity(p, 1.0) for p in parties], evidence, text, settled=not parties)

    def scoped(self, form: LogicalForm) -> Outcome | None:
        """Of the cooperations the organisations named take part in (of the kind named), those none of whose parties
        is of the kind denied, each with its other parties; an empty settled answer when every one has such a party.
        None unless every name is an organisation's, before the kind denied, that the negation does not govern."""
        read = self._read(form)
        if read is None:
            return None
        u, at, word, denied, universe = read
        named = {m.doc.iri: m.text for m in u.mentions}
        if not named or any(not (ORGANIZATION in m.doc.types and COOPERATION not in m.doc.types) or self._negated(u, m)
                            or not 0 <= u.start(m) < at for m in u.mentions):
            return None  # a person, a cooperation, a name after the kind denied, or "DUT没参与的", "without DUT": another reading's
        for org in named:
            universe &= set(self.graph.cooperations(org))
        if not universe or not self._having(set(self.graph.parties), denied):
            return None  # nothing of the kind named, or a kind denied that no party is of
        having = self._having(universe, denied)
        if having == universe:
            return self._each_having(u, word, universe)
        return self._outcome(u, word, universe, having, frozenset(named))

    def _kinds(self, u: Understanding) -> list[tuple[str, frozenset[str]]]:
        """The kinds of cooperation the question names, each with the word naming it, in text order."""
        found = [(w, frozenset(self.lexicon.class_words[w])) for _, w in class_word_spans(u.blanked, self.lexicon)]
        return [(w, k) for w, k in found if within(k, COOPERATION, self.facts.catalogue.ancestors)]

    def _each_having(self, u: Understanding, word: str, universe: set[str]) -> Outcome:
        """The settled empty answer when every cooperation picked from has a party of the kind denied, their parties
        cited; the text names the kind picked from as the question said it, so what is missing is named."""
        said = next((w for w, _ in self._kinds(u)), "")
        text = (f"{len(universe)}个{said}中每个都有{word}参与。" if u.lang == "zh"
                else f"Each of the {len(universe)}{' ' + said if said else ''} has a {word} among its parties.")
        return Outcome([], participation_items(self.facts, [[(p, c) for p in sorted(self.graph.parties[c])] for c in sorted(universe)]),
                       text, settled=True)

    def _read(self, form: LogicalForm) -> tuple[Understanding, int, str, frozenset[str], set[str]] | None:
        """The question, where the kind denied stands, its word and classes, and the cooperations of the kind named;
        None when it asks no such thing."""
        u = form.understanding
        if form.negated is None or not ITEMS_ASKED.search(u.question):
            return None
        found, universe = self._denied(u), self._universe(u)
        return (u, *found, universe) if found is not None and universe else None

    @staticmethod
    def _negated(u: Understanding, mention: Mention) -> bool:
        """Whether the negation governs the name itself ("DUT没参与", "without DUT")."""
        at = u.start(mention)
        before, after = u.question[max(0, at - 24):max(0, at)], u.question[at + len(mention.text):] if at >= 0 else ""
        return at < 0 or bool(ZH_DENIED.search(before) or EN_DENIED.search(before.lower()) or NEGATED_AFTER.match(after.lower())
                              or ZH_NONE_AFTER.match(after))

    def _having(self, coops: set[str], denied: frozenset[str]) -> set[str]:
        """Those of ``coops`` with a party of the kind denied."""
        return {c for c in coops if any(self.graph.classes.get(p, frozenset()) & denied for p in self.graph.parties[c])}

    def _outcome(self, u: Understanding, word: str, universe: set[str], having: set[str], named: frozenset[str] = frozenset()) -> Outcome:
        """Those of ``universe`` not ``having`` a party of the kind, each citing its parties (and, with ``named``, saying
        its parties other than those)."""
        kept = sorted(universe - having, key=lambda c: self.facts.label(c, u.lang))
        sep = "、" if u.lang == "zh" else ", "
        # (one kept: its parties said, the ones a follow-up asks for, "哪一个没有企业…？是哪两所？")
        names = sep.join(self.facts.label(c, u.lang) + self._others(c, named, u.lang, len(kept) == 1) for c in kept)
        text = (f"{len(universe)}个中没有{word}参与的{len(kept)}个：{names or '无'}。" if u.lang == "zh"
                else f"Of {len(universe)}, {len(kept)} with no {word} among their parties: {names or 'none'}.")
        # each participation cited as the complement's ground, as the negation operator's answers cite theirs
        how = f"{len(universe)} − {len(having)} with a party of the kind denied = {len(kept)}"
        evidence = [{**item, "derivation": how} for item in
                    participation_items(self.facts, [[(p, c) for p in sorted(self.graph.parties[c])] for c in kept])]
        return Outcome([self.facts.entity(c, 1.0) for c in kept], evidence, text, settled=not kept)

    def _others(self, coop: str, named: frozenset[str], lang: str, alone: bool = False) -> str:
        """The parties of ``coop`` other than ``named``, in brackets; nothing without ``named`` unless ``alone`` (the one
        cooperation kept: all its parties)."""
        others = sorted(self.graph.parties[coop] - named, key=lambda p: self.facts.label(p, lang)) if named or alone else []
        if not others:
            return ""
        listed = ("、" if lang == "zh" else ", ").join(self.facts.label(p, lang) for p in others)
        return f"（{listed}）" if lang == "zh" else f" ({listed})"

    def _denied(self, u: Understanding) -> tuple[int, str, frozenset[str]] | None:
        """Where the class word the negation governs stands (the first it stands before, or one denied by 都没 after
        it: "大学都没掺和"), the word and its organisation classes; None when there is none. Every kind denied counts
        ("没有企业、也没有幼儿园": the words joined, their classes together)."""
        text, found = u.blanked, []
        for at, word in class_word_spans(text, self.lexicon):
            classes = frozenset(self.lexicon.class_words[word])
            if not self.facts.of_class(classes, ORGANIZATION) or ORGANIZATION in classes:
                continue
            before, after = text[max(0, at - 24):at], text[at + len(word):]
            emphatic = ZH_ONE.search(before) and ZH_EMPHATIC_AFTER.match(after)  # "(连)一所大学都没"
            if ZH_DENIED.search(before) or emphatic or ZH_NONE_AFTER.match(after) or EN_DENIED.search(before):
                found.append((at, word, classes))
        if not found:
            return None
        joined = ("或" if u.lang == "zh" else " or ").join(dict.fromkeys(w for _, w, _ in found))
        return found[0][0], joined, frozenset().union(*(k for _, _, k in found))

    def _universe(self, u: Understanding) -> set[str]:
        """The cooperations of the kind of cooperation named (all projects when only 项目/projects is said)."""
        kinds = [k for _, k in self._kinds(u)]
        narrow = [k - {COOPERATION, PROJECT} for k in kinds if k - {COOPERATION, PROJECT}]
        if len({*narrow}) > 1:
            return set()  # two kinds named: which one the answers are of is not said
        wanted = narrow[0] if narrow else (frozenset({PROJECT}) if kinds else frozenset())
        return set(self.graph.of_class(wanted)) & set(self.graph.parties) if wanted else set()
