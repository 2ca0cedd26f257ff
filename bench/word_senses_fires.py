"""How often search.qa_word_senses links a topic on question sets, and how often the answer is then right.

A question fires when the topic stage links a named organisation's own cooperation by its words' meaning, one word
at a time (search.qa_topic_resolver.TopicResolver.meant returns a cooperation: "东风日产大连那个项目是研究啥的"); the
harness: bench/qa_fires.py.

    python bench/word_senses_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

from search.qa import QuestionAnswerer


def counted(qa: QuestionAnswerer) -> Callable[[], int]:
    """The topic stage's linking by meaning wrapped to count the calls linking something."""
    fired = [0]
    meant = qa.topics.meant

    def counting(topic, among):
        found = meant(topic, among)
        fired[0] += bool(found)
        return found

    object.__setattr__(qa.topics, "meant", counting)  # the resolver is a frozen dataclass
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
