"""A relation asked within a kind of project the named party has none of is answered by nothing: "大连海事大学和哪家
企业合作研发了技术攻关项目？" asks for a partner in a research project; Dalian Maritime University signed only a
talent-cultivation project, so its partners there are no answer. The same need is written "Which company did Dalian
Medical University do a joint research project with?", "大連民族大學的科研項目夥伴是誰", "海大有啥基地项目的合作企业":
a class word of one kind of project (search.understand_lexicon class words, read off the question with the names
blanked) stands beside what is asked, and some organisation the question names must take part in a project of
that kind (of any kind of cooperation the word names: "training base" names the bases too, which a firm may hold
outside the signed projects), else the answer is a neighbouring fact of the same party. (Some, not each: one named may be set aside,
"除了碧菲分离膜，大连交通大学在科技创新类里…", or describe the party asked of.)

A party holding the kind with other partners only is no better: GT Dalian Machine Tool built its training base with a
college and shares only an R&D project with Dalian University of Technology, so "哪所大学和大连机床合建了实训基地" is answered
by nothing. When organisations are asked, one answer (or, none read, one organisation of the class asked) must share a
cooperation of the kind with a named organisation; else the sentence reader would read a partner of another kind.

Contract: ``KindsHeld(lexicon, graph).unheld(u, answers)`` gives the class word of a kind of project that no named
organisation takes part in, or of a kind of cooperation no partner asked for shares with one, when the answers are not
themselves of that kind, or None. ``graph`` is the
answerer's Participation (search.qa_graph): its cooperations per organisation are read, no query is run.
"""

from __future__ import annotations

from dataclasses import dataclass

from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT, Participation, within
from search.understand import Understanding
from search.understand_lexicon import Lexicon

# The logical form's operators under which the partners asked are not the named organisations' in the kind named: one
# named is set aside ("除了大工，科技创新类里还有哪些大学"), or a verdict is asked ("…基地的合作方是大连理工吗").
NOT_PARTNERED = frozenset({"except", "yes/no", "negation"})


@dataclass(frozen=True)
class KindsHeld:
    """Whether each named organisation takes part in a project of the kind the question narrows to (see the module)."""

    lexicon: Lexicon
    graph: Participation

    def unheld(self, u: Understanding, answers: list[dict], operators=()) -> str | None:
        """The class word of a kind of project no named organisation takes part in, or of a kind of cooperation no
        partner asked for shares with one, or None (see the module); ``operators``: the logical form's."""
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
        if not orgs:
            return None
        # a named one set aside, a verdict or a cooperation named: the partners asked are not the named ones' in the kind
        partnered = not set(operators) & NOT_PARTNERED and not any(COOPERATION in m.doc.types for m in u.mentions)
        for word in self.lexicon.class_words_in(u.blanked or u.question):
            kinds = self._kinds(word)
            if not kinds or kinds & u.answer_classes:
                continue
            projects = {c for c in kinds if within({c}, PROJECT, self.lexicon.catalogue.ancestors)}
            # (every kind the word names is tried: "training base" names a kind of project and a kind of base too)
            if answers and projects and not any(self.graph.cooperations(o, kinds) for o in orgs):
                return word
            if partnered and not self._partners_in_kind(u, answers, orgs, kinds | self._projects_alike(kinds)):
                return word
        return None

    def _partners_in_kind(self, u: Understanding, answers: list[dict], orgs: set[str], kinds: set[str]) -> bool:
        """Whether a partner asked for shares a cooperation of ``kinds`` with a named organisation: one of the answers
        when they are all the named ones' partners (others were read another way: a hop, a chain), else any organisation
        of the class asked (none read, the sentence reader would read one of another kind: "大连职院和哪所大学合作科研项目").
        True when organisations are not asked."""
        asked = u.answer_classes or frozenset({ORGANIZATION})
        if not within(asked, ORGANIZATION, self.lexicon.catalogue.ancestors) or u.intent not in ("list", "who"):
            return True
        shared = {p: coops for o in orgs for p, coops in self.graph.partners(o, asked).items()}
        ids = {a["id"] for a in answers}
        if not ids <= shared.keys():
            return True
        return any(self.graph.classes[c] & kinds for p, coops in shared.items() if p in ids or not ids for c in coops)

    def _kinds(self, word: str) -> set[str]:
        """The kinds of cooperation (below the cooperation and project classes, not them) a class word names."""
        ancestors = self.lexicon.catalogue.ancestors
        return {c for c in self.lexicon.class_words.get(word, ()) if c not in (COOPERATION, PROJECT) and within({c}, COOPERATION, ancestors)}

    def _projects_alike(self, kinds: set[str]) -> set[str]:
        """The kinds of project a kind of cooperation that is no project is said within ("实训基地" in "实训基地类项目",
        "training base" in "training base project"): the signed base projects are bases too to an asker."""
        ancestors = self.lexicon.catalogue.ancestors
        if within(kinds, PROJECT, ancestors):
            return set()
        said = {w for w, classes in self.lexicon.class_words.items() for c in classes
                if c in kinds and not within({c}, PROJECT, ancestors)}
        return {c for w, classes in self.lexicon.class_words.items() if any(s in w for s in said)
                for c in classes if c not in (COOPERATION, PROJECT) and within({c}, PROJECT, ancestors)}


def kind_refusal(word: str, lang: str, partner: str = "") -> str:
    """The honest empty answer: no named party shares a cooperation of the kind asked with a partner of the kind asked
    (``partner``: the question's word for it, if any), whether it has none of that kind or none with such a partner."""
    return (f"图谱中没有所问单位与所问的{partner or '合作方'}共同参与的{word}（它给出的相近事实不是所问的），无法回答。" if lang == "zh"
            else f"The graph holds no {word} shared by the organisation named and a {partner or 'partner'} of the kind asked "
                 "(the near facts it gives are not that), so this cannot be answered.")
