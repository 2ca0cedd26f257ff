"""What a clause of a question holds, as the asker's frame and the discourse reading ask it (search.qa_frame.Frames,
search.qa_discourse.Discourse): a name or a place of the graph's, content a question may ask about, the one
organisation it names.

Contract: ``ClauseContent``, made of what the answerer (search.qa.QuestionAnswerer) read at start, answers
``names_held(text)``, ``names_party(text)``, ``kinds(text)``, ``holds_content(text)`` and ``one_organisation(text)`` on a clause as written;
it runs no query.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graph.han import fold
from search.qa_config import QAConfig, accept_topic
from search.qa_graph import INDUSTRY, ORGANIZATION, PERSON
from search.qa_name_shape import name_shaped
from search.qa_party import beside_people
from search.qa_quoted_people import QuotedPeople
from search.qa_renaming import Renamer
from search.qa_scope import Scope
from search.qa_topic_resolver import TopicResolver
from search.text import normalize
from search.understand import understand
from search.understand_lexicon import Lexicon


# A verb of making closing a Chinese clause before what is made, a measure word between ("做PPT", "写一份PDF", "整理个Excel").
ZH_MADE = re.compile(r"(?:做|写|准备|整理|出|赶)(?:一?[份个套张页])?$")


def made(clause: str, span: str) -> bool:
    """Whether ``span`` closes ``clause`` (as written, its mark taken off) after a Chinese verb of making: what the asker
    makes ("给外国代表团做PPT"), no name a question asks about."""
    body = clause.rstrip(" ,，。:：;；、!！?？")
    return body.endswith(span) and ZH_MADE.search(body[: len(body) - len(span)].rstrip()) is not None


@dataclass(frozen=True)
class ClauseContent:
    """The answerer's lexicon, renamer, scope, topic resolver and reader of people quoted, over one graph; ``label``:
    an IRI in a language → its label (search.qa_facts.FactFinder.label)."""

    lexicon: Lexicon
    names: Renamer
    place_forms: list[re.Pattern]
    scope: Scope
    topics: TopicResolver
    quoted_people: QuotedPeople
    config: QAConfig
    label: Callable[[str, str], str]

    def names_held(self, text: str) -> bool:
        """Whether ``text`` links a name or a place of the graph's, other than an industry's (a frame's "做人力资源的", "跑教育口的
        记者" says what the asker does, no topic of the question), or a short form or a slip of one ("我表妹在民大")."""
        text = normalize(text)
        u = understand(text, self.lexicon)
        return any(INDUSTRY not in m.doc.types for m in u.mentions) or any(p.search(text) for p in self.place_forms) \
            or any(rename(text, u) != text for rename in (self.names.short_named, self.names.slipped))  # "民大", "锂公科技"

    def names_party(self, text: str) -> bool:
        """Whether ``text`` links an organisation or a person of the graph's, or a short form or a slip of a name ("大连职院"):
        what a question may compare or ask about by name (a plan or a place the asker mentions is no such party)."""
        text = normalize(text)
        u = understand(text, self.lexicon)
        return any({ORGANIZATION, PERSON} & m.doc.types for m in u.mentions) \
            or any(rename(text, u) != text for rename in (self.names.short_named, self.names.slipped))

    def kinds(self, text: str) -> frozenset[str]:
        """The classes ``text``'s class words name and the industries it links ("the Suzhou consortium's secretary",
        "Focusing on hydrogen": a kind or a field what is asked may be narrowed to; qa_frame)."""
        plain = normalize(text)
        industries = {m.doc.iri for m in understand(plain, self.lexicon).mentions if INDUSTRY in m.doc.types}
        return frozenset(industries.union(*(self.lexicon.class_words[w] for w in self.lexicon.class_words_in(plain))))

    def holds_content(self, text: str) -> bool:
        """Whether ``text`` holds what a question may ask about: a digit, a name, a place or an industry of the graph's, a class
        word of the reading's, a name-shaped span the graph lacks or a topic near what the graph holds (by the rule
        accepting a topic, fitted by bench/calibrate_qa_topics.py); search.qa_discourse reads the rest as discourse."""
        written = text.strip()
        text = written[:1].lower() + written[1:]  # a clause's opening capital marks no name ("Sorry if this is basic")
        plain = normalize(text)
        # what needs no parse first: most clauses of content show a digit, a class word or a whole name
        if any(ch.isdigit() for ch in plain) or self.lexicon.class_words_in(plain) or self.lexicon.find_names(plain)[0] \
                or self.quoted_people.describes(plain):  # "文章里接受采访的两位" (qa_quoted_people)
            return True
        u = understand(plain, self.lexicon)
        return bool(u.mentions) or self.names_held(text) or self.unheld(written) \
            or bool(u.topic and accept_topic(self.topics.candidates(u.topic), self.config))

    def without_people(self, text: str) -> str:
        """``text`` (normalised) without its class words of people ("投资人" → "投资", "领导"): whom an errand is for
        (search.qa_discourse)."""
        plain = normalize(text)
        for word in self.lexicon.class_words_in(plain):
            if self.lexicon.class_words[word] == {PERSON}:
                plain = plain.replace(word, " ")
        return plain

    def unheld(self, text: str) -> bool:
        """Whether ``text`` holds a span shaped like a name that the graph does not hold (search.qa_name_shape; a
        clause's opening capital marks no name), other than where the people the asker asks for come from, beside a noun
        of them (search.qa_party.beside_people: "外国代表团"), and what the asker makes, closing a Chinese clause after a
        verb of making ("给外国代表团做PPT": the medium of the errand, no party; ``ZH_MADE``)."""
        written = text.strip()
        lowered = written[:1].lower() + written[1:]
        spans = name_shaped(self.scope.unknown_names(lowered), written, self.scope.held, self.scope.plain)
        return any(not made(written, span) and not beside_people(fold(written), fold(span)) for span in spans)

    def one_organisation(self, text: str) -> str | None:
        """The one organisation ``text`` names, short or mistyped ("大连锂工科枝"), as the graph names it; None when
        it names none or several."""
        text = normalize(text)
        u = understand(text, self.lexicon)
        for rename in (self.names.short_named, self.names.slipped):
            if (renamed := rename(text, u)) != text:
                text, u = renamed, understand(renamed, self.lexicon)
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
        return self.label(orgs.pop(), u.lang) if len(orgs) == 1 else None
