"""A relation asked within a kind of project the named party has none of is answered by nothing: "大连海事大学和哪家
企业合作研发了技术攻关项目？" asks for a partner in a research project; Dalian Maritime University signed only a
talent-cultivation project, so its partners there are no answer. The same need is written "Which company did Dalian
Medical University do a joint research project with?", "大連民族大學的科研項目夥伴是誰", "海大有啥基地项目的合作企业":
a class word of one kind of project (search.understand_lexicon class words, read off the question with the names
blanked) stands beside what is asked, and some organisation the question names must take part in a project of
that kind (of any kind of cooperation the word names: "training base" names the bases too, which a firm may hold
outside the signed projects), else the answer is a neighbouring fact of the same party. (Some, not each: one named may be set aside,
"除了碧菲分离膜，大连交通大学在科技创新类里…", or describe the party asked of.)

Contract: ``KindsHeld(lexicon, graph).unheld(u, answers)`` gives the class word of a kind of project that no named
organisation takes part in, when the answers are not themselves of that kind, or None. ``graph`` is the
answerer's Participation (search.qa_graph): its cooperations per organisation are read, no query is run.
"""

from __future__ import annotations

from dataclasses import dataclass

from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT, Participation, within
from search.understand import Understanding
from search.understand_lexicon import Lexicon


@dataclass(frozen=True)
class KindsHeld:
    """Whether each named organisation takes part in a project of the kind the question narrows to (see the module)."""

    lexicon: Lexicon
    graph: Participation

    def unheld(self, u: Understanding, answers: list[dict]) -> str | None:
        """The class word of a kind of project no named organisation takes part in, or None (see the module)."""
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
        if not answers or not orgs:
            return None
        for word in self.lexicon.class_words_in(u.blanked or u.question):
            kinds = self._kinds(word)
            projects = {c for c in kinds if within({c}, PROJECT, self.lexicon.catalogue.ancestors)}
            # (every kind the word names is tried: "training base" names a kind of project and a kind of base too)
            if projects and not kinds & u.answer_classes and not any(self.graph.cooperations(o, kinds) for o in orgs):
                return word
        return None

    def _kinds(self, word: str) -> set[str]:
        """The kinds of cooperation (below the cooperation and project classes, not them) a class word names."""
        ancestors = self.lexicon.catalogue.ancestors
        return {c for c in self.lexicon.class_words.get(word, ()) if c not in (COOPERATION, PROJECT) and within({c}, COOPERATION, ancestors)}


def kind_refusal(word: str, lang: str) -> str:
    """The honest empty answer: no named party takes part in a project of the kind asked."""
    return (f"图谱中没有所问单位参与的{word}（它给出的相近事实不是所问的），无法回答。" if lang == "zh"
            else f"The graph holds no {word} the organisation named takes part in (the near facts it gives are not that), "
                 "so this cannot be answered.")
