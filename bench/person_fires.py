"""How often search.qa_person_back (the asking clause about the one person a lead-in names), search.qa_post_words
(a post named by the asker's word put as the held title) and search.qa_profile_asks.DOING (what one has been doing,
asked by any verb of doing, left to the profile) change a question on question sets, and how often the answer is then
right; the harness: bench/qa_fires.py.

    python bench/person_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

from search import qa_post_words, qa_profile_asks


def counted(qa) -> Callable[[], int]:
    """Both rewrites wrapped to count each question they change."""
    fired = [0]
    back, words = qa.person_back.rewrite, qa_post_words.PostWords.named

    def counted_back(text, u):
        found = back(text, u)
        fired[0] += found != text
        return found

    def counted_words(self, text, u):
        found = words(self, text, u)
        fired[0] += found != text
        return found

    def counted_beyond(self, rest):
        found = beyond(self, rest)
        fired[0] += not found and qa_profile_asks.DOING.search(rest) is not None  # a request its doing words no longer leave open
        return found

    beyond = qa_profile_asks.ProfileAsks.beyond
    qa_profile_asks.ProfileAsks.beyond = counted_beyond
    qa.person_back.rewrite = counted_back
    qa_post_words.PostWords.named = counted_words  # (PersonBack reads the posts of a lead-in with it too)
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
