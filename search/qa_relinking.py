"""The question relinked when its first reading found nothing: a name read as unknown, or a topic no topic of the
graph's covers, may be a name of the graph's written otherwise — shortened or mistyped ("大交大", "大连理工大雪"), as
askers write it ("Yinuo Bio", 东风尼桑), a part of a name written with its neighbours ("CSPC's Dalian pharma company"), a
cooperation described in words of its own — or a term of the ontology's in common words ("育人项目", "deals signed").

Contract: ``Relinking(...).relinked(question, text, u, first)`` gives the question (normalised, as ``text``) with what
was read as unknown, or the topic, replaced by the graph's own name or term, or None when nothing is; the answerer
(search.qa.QuestionAnswerer) reads it again. The tries run in order, the first to give a question wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from search.qa_answer import Answer
from search.qa_described import Described
from search.qa_described_cooperation import names_organisation, renamed
from search.qa_facts import FactFinder
from search.qa_name_forms import NameForms
from search.qa_renaming import Renamer
from search.qa_topic_resolver import TopicResolver
from search.qa_vocabulary import TermWords
from search.understand import Understanding
from search.understand_lexicon import Lexicon


class Relinking:
    """The relinkings of a question that found nothing, over one graph's names, terms and topics (see the module)."""

    def __init__(self, names: Renamer, name_forms: NameForms, described: Described, terms: TermWords, topics: TopicResolver,
                 facts: FactFinder, lexicon: Lexicon, ancestors: Mapping[str, Iterable[str]],
                 anchors: Callable[[Understanding], list[tuple[str, float]]]):
        """``anchors``: the industries or cooperations a parse's topic names (search.qa_anchors), none for a topic the
        graph's topics do not cover."""
        self.names, self.name_forms, self.described, self.terms, self.topics = names, name_forms, described, terms, topics
        self.facts, self.lexicon, self.ancestors, self.anchors = facts, lexicon, ancestors, anchors

    def relinked(self, question: str, text: str, u: Understanding, first: Answer) -> str | None:
        """``text`` (the question as read, parsed as ``u``) relinked after its answer ``first`` found nothing (see the
        module), or None."""
        unknown = first.understanding.get("outside_graph")
        if not unknown:
            relinked = self.short_forms(text, u)
            if relinked is None:  # a name's common part mistyped after it ("大连锂工科枝": qa_described)
                relinked = self.described.absorbed(question, text, u.topic.split(), {m.doc.iri for m in u.mentions})
            # "deals signed": a common word for a term of the ontology's (qa_vocabulary); a verdict is an answer, no refusal
            if relinked is None and "yes/no" not in first.understanding.get("operators", ()):
                relinked = self.terms.reworded(text, u.topic)
            return relinked
        # a name read as unknown written as askers write it ("Yinuo Bio", 东风尼桑, 杨耀权): qa_name_forms
        relinked = self.name_forms.renamed(text, unknown) or self.short_forms(text, u, strict=True)
        tries: tuple[Callable[[], str | None], ...] = (
            lambda: self.names.named_unknown(text, unknown),  # the unknown name itself, mistyped ("大连里工大学")
            lambda: self.described.renamed(text, unknown),  # a part of a name written with its neighbours ("CSPC's Dalian pharma company")
            # a cooperation described in words of its own (qa_described_cooperation)
            lambda: renamed(text, unknown, self.topics.described_phrase, lambda iri: self.facts.label(iri, u.lang),
                            lambda span: names_organisation(span, self.lexicon, self.ancestors)),
            lambda: self.terms.categorised(text, unknown))  # a project category in other words ("育人项目": qa_vocabulary)
        for attempt in tries:
            if relinked is not None:
                break
            relinked = attempt()
        return relinked

    def short_forms(self, text: str, u: Understanding, strict: bool = False) -> str | None:
        """The question with short forms and typos of names replaced by the names (search.qa_renaming), or
        None when nothing was replaced. Only a topic the graph's topics do not cover is tried, so an
        industry word is never taken for a company's name; ``strict``: any topic, linked only when it is
        a whole name as search matches names (qa_link.named)."""
        if not u.topic or u.topic == u.asked or not (strict or not self.anchors(u)):
            return None  # a noun a which-word asks for ("哪些专业") is what is asked, never a shortened name
        return self.names.relinked(text, u, strict)
