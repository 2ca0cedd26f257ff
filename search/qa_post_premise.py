"""A post asked of a person at an organisation they hold no post at: "董建军在职院兼什么职", "what is Yang
Yuequan's title at DUT", "杨跃权在机床公司是什么职位". The question's premise (the person works there) is one the
graph does not bear out, so nothing is answered: never the person's posts elsewhere, nor a profile or the
cooperations the two share. The posts the graph does hold are cited beside the empty answer, and said.

Contract: ``PostPremise.post_elsewhere(form)`` applies to a question (not a yes/no, not a count) naming one
person and at least one organisation (or an organisation's class word: "在机床公司", "at the college") and asking for a post (search.qa_profile.POSTS_ASKED, or the class
asked is a position); it returns None when the person holds a post at a named organisation, or at one of
the kind named (the other readings answer it), else an empty settled outcome.
"""

from __future__ import annotations

from search.qa_cues import POST_BEGUN
from search.qa_form import LogicalForm
from search.qa_graph import INDUSTRY, ORGANIZATION, PERSON, POSITION
from search.qa_outcome import Outcome, post_pairs
from search.qa_profile import POSTS_ASKED, Describers
from search.understand import Understanding


class PostPremise(Describers):
    """The operator answering by nothing a post asked at an organisation the person holds none at."""

    def post_elsewhere(self, form: LogicalForm) -> Outcome | None:
        """The empty outcome of a post asked where the person holds none (see the module), or None."""
        u = form.understanding
        people = list(dict.fromkeys(m.doc.iri for m in u.mentions if PERSON in m.doc.types))
        orgs, kinds = self._orgs(u), self._party_kinds(u)
        asks_post = POSTS_ASKED.search(u.question) or POSITION in u.answer_classes
        if len(people) != 1 or not (orgs or kinds) or not asks_post or {"yes/no", "count"} & form.operators or u.intent == "count":
            return None
        held = self._post_pairs(people[0])
        if not held or any(self._there(org, orgs, kinds) for _, org in held):
            return None  # no post of theirs at all is the other readings' to say; a post held there is answered
        f, lang = self.facts, u.lang
        evidence = self._post_items(people[0], held)
        name, at = f.label(people[0], lang), self._lang(u, "、", ", ").join([f.label(o, lang) for o in orgs] or [self._lang(u, w, f"the {w}") for w in kinds])
        posts = self._posts_text(u, held)
        return Outcome([], evidence, self._lang(u, f"图谱没有记载{name}在{at}的职务（图谱记载的是{posts}），无法回答。",
                                                f"The graph holds no post of {name} at {at} (it records {posts}), "
                                                "so this cannot be answered."), settled=True)

    def _there(self, org: str, named: list[str], kinds: dict[str, frozenset[str]]) -> bool:
        """Whether a post's organisation is one named, or (none named) of every kind the question's class words say."""
        classes = self.graph.classes.get(org, frozenset())
        return org in named if named else all(classes & kind for kind in kinds.values())

    def post_begun(self, form: LogicalForm) -> Outcome | None:
        """"董建军哪年进的机床公司", "when did Yang Yuequan become president": the date a post was taken up, which
        the graph does not record: nothing answered (never the date of an event the person took part in), the
        posts held cited. None unless one person and
        nothing but organisations and industries besides is named (no cooperation, no event) and a post is held."""
        u = form.understanding
        people = list(dict.fromkeys(m.doc.iri for m in u.mentions if PERSON in m.doc.types))
        if u.intent != "when" or len(people) != 1 or not all(m.doc.types & {PERSON, ORGANIZATION, INDUSTRY} for m in u.mentions) or not POST_BEGUN.search(u.question):
            return None
        held = self._post_pairs(people[0])
        if not held:
            return None
        posts, name = self._posts_text(u, held), self.facts.label(people[0], u.lang)
        return Outcome([], self._post_items(people[0], held), self._lang(u, f"图谱没有记载{name}任职（{posts}）的起始时间，无法回答。",
                                                                        f"The graph does not record when {name} took up a post ({posts}), "
                                                                        "so this cannot be answered."), settled=True)

    def _post_pairs(self, person: str) -> list[tuple[str, str]]:
        return post_pairs(self.facts, person)

    def _posts_text(self, u: Understanding, held: list[tuple[str, str]]) -> str:
        return posts_text(self.facts, u.lang, held)


def posts_text(facts, lang: str, held: list[tuple[str, str]]) -> str:
    """The posts held, each after its organisation, in the language ``lang`` ("机床公司副总经理")."""
    return ("、" if lang == "zh" else ", ").join(f"{facts.label(org, lang)}{'' if lang == 'zh' else ': '}{facts.label(pos, lang)}"
                                                for pos, org in held)
