"""A question's anchors: the industries and cooperations its topic names, each with a confidence in [0, 1].

A topic named by a mention (an industry, a cooperation that is no answer asked for) anchors the question unless
words the graph does not cover narrow it ("人工智能芯片"); a topic that is a kind of cooperation said without 类 or
项目 ("跟谁一起搞人才培养") names every cooperation of that kind; any other topic is resolved by the topic stage
(search.qa_topic_resolver), among the named organisations' own cooperations first; a topic that is a figure the
question states and nothing else names the figure's owner, never the nearest passage (search.qa_figure_anchor).

Contract: ``Anchors(topics, topic_words, lexicon, graph, label, figures).anchors(u)`` gives [(iri, confidence)] for the parse
``u``; it queries nothing (the participation index and the topic resolver's ranked candidates).
"""

from __future__ import annotations

from collections.abc import Callable

from graph.han import HAN as CJK
from search.qa_accounted import TopicWords
from search.qa_figure_anchor import FigureOwners
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PROJECT, Participation, within
from search.qa_own_named import own_named
from search.qa_topic_resolver import TopicResolver, topic_root
from search.understand import Mention, Understanding
from search.understand_lexicon import Lexicon


class Anchors:
    """The anchors of a question's topic, read with one graph's participation and topic resolver."""

    def __init__(self, topics: TopicResolver, topic_words: TopicWords, lexicon: Lexicon, graph: Participation,
                 labels: Callable[[str], tuple[str, str]], figures: FigureOwners | None = None):
        """``labels``: an IRI's names (zh, en), which a named organisation's own cooperation's name holds the topic in;
        ``figures``: the owners of the graph's stated figures (none read when None)."""
        self.topics, self.topic_words, self.lexicon, self.graph, self.labels = topics, topic_words, lexicon, graph, labels
        self.figures = figures

    def anchors(self, u: Understanding) -> list[tuple[str, float]]:
        """Industries or cooperations the question's topic names, with a confidence in [0, 1]."""
        named = [(m.doc.iri, 1.0) for m in u.mentions if topic_root(m.doc.types) and not _is_answer(m, u)]
        if not u.topic:
            return named
        if named:
            # "人工智能芯片", "autonomous driving software": a named topic narrowed by words the graph does not
            # cover is not covered (English words only before the name: those elsewhere are too often the
            # question's own — built, sessions)
            leftover = [w for w in u.topic.split() if CJK.search(w) and len(w) >= 2]
            leftover += [self.topic_words.premodifiers(u.question, u.blanked, m.text) for m in u.mentions]
            leftover = [w for w in leftover if w]
            return [] if leftover and not self.topics.resolve(" ".join(leftover)) else named
        figure = self.figures.alone(u) if self.figures else None
        if figure is not None:
            return figure  # "那1.2亿是哪两家投的": the figure's owner; "那3亿…": nothing
        return self._kind_named(u.topic, u) or self._resolved_for(u)

    def _resolved_for(self, u: Understanding) -> list[tuple[str, float]]:
        """The topic resolved (the topic stage), among the named organisations' own cooperations first:
        "冰山松洋和哪所大学共建创新中心" is about its own innovation centre, not a nearer-worded one of others'."""
        found = self.topics.candidates(u.topic)
        orgs = [m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types]
        own = {c for o in orgs for c in self.graph.cooperations(o)}
        if mine := self.topics.accounted(u.topic, [t for t in found if t.id in own]):
            return mine
        anywhere = self.topics.accounted(u.topic, found)
        if anywhere and not own & {c for c, _ in anywhere}:
            # "大连交通大学技术攻关方面跟哪些企业合作": a topic whose words a name of others' holds ("…技术攻关项目") but
            # mean, word by word, the named ones' own (their category's) is theirs; meaning none, the others' stays
            return self._meant(u, sorted(own)) or anywhere
        return anywhere or self._meant(u, sorted(own)) \
            or self.topics.described(found)  # a cooperation described in other words (qa_described_cooperation)

    def _meant(self, u: Understanding, own: list[str]) -> list[tuple[str, float]]:
        """The named organisations' own cooperations the topic's words mean one by one (search.qa_word_senses), unless
        a which-word asks for a noun of the topic: "订单班开在哪些专业" asks for majors, it describes no cooperation."""
        return [] if u.asked else self.topics.meant(u.topic, own)

    def _kind_named(self, topic: str, u: Understanding) -> list[tuple[str, float]]:
        """"跟谁一起搞人才培养": a topic that is a kind of cooperation said without 类 or 项目 names
        every cooperation of that kind, not the one whose name is nearest; and the named organisations' own
        cooperations whose names hold the word ("幼儿园合建的什么基地": search.qa_own_named)."""
        classes = self.lexicon.class_words.get(topic + "类") or self.lexicon.class_words.get(topic + "项目") or set()
        ancestors = self.lexicon.catalogue.ancestors
        kinds = {c for c in classes if within({c}, COOPERATION, ancestors) and c not in (COOPERATION, PROJECT)}
        own = own_named(self.graph, self.labels, [m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types],
                        topic) if kinds else []
        return [(c, 1.0) for c in sorted(self.graph.of_class(kinds) | set(own))]


def _is_answer(mention: Mention, u: Understanding) -> bool:
    """A named cooperation is a constraint on the answers, unless cooperations are asked for."""
    return bool(u.answer_classes & mention.doc.types) and INDUSTRY not in mention.doc.types
