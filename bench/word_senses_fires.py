"""How often round 32's readings by meaning decide on question sets, and how often the answer is then right.

A question fires when the topic stage links a named organisation's own cooperation by its words' meaning, one word
at a time (search.qa_word_senses through TopicResolver.meant: "东风日产大连那个项目是研究啥的"), or when a span read as
an unheld name is read as the project category it means (search.qa_vocabulary.TermWords.categorised: "育人项目"); the
harness: bench/qa_fires.py.

    python bench/word_senses_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main

from search.qa import QuestionAnswerer


def counted(qa: QuestionAnswerer) -> Callable[[], int]:
    """The topic stage's linking by meaning and the category reading wrapped to count the calls linking something."""
    fired = [0]
    meant = qa.topics.meant

    def counting(topic, among):
        found = meant(topic, among)
        fired[0] += bool(found)
        return found

    object.__setattr__(qa.topics, "meant", counting)  # the resolver is a frozen dataclass
    categorised = calls_returning(qa.terms, "categorised")
    return lambda: fired[0] + categorised()


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
