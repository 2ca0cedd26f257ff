"""How often round 28's readings of a chain's described first hop decide an answer on question sets, and how often it
is then right.

A question fires when one of them reads it: a person pointed at by held titles alone put as their name
(search.qa_post_words.PostWords.holder_named), a person's organisation written with 的 ("杨跃权的学校":
search.qa_post_holder), an English description's clause run over a name's own marks ("… Co., Ltd.":
search.qa_descriptions.Descriptions._en), or a closing ask of the name of an indefinite's kind folded into it ("what's
the kindergarten called?": search.qa_subquestion.EN_BARE_ASK). The harness: bench/qa_fires.py.

    python bench/chain28_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_changing, main

from search.qa_descriptions import EN_CLAUSE
from search.qa_post_holder import POST_OF
from search.qa_subquestion import EN_BARE_ASK


def counted(qa) -> Callable[[], int]:
    """The rewrites counted as they change a text; the description clause and the post's 的 as they read one."""
    holders = calls_changing(qa.person_back.post_words, "holder_named")
    fired = [0]
    folded, en, through_post = qa.subquestions.folded, qa.descriptions._en, qa.operators.through_post

    def folding(text, u):
        bare = EN_BARE_ASK.search(text) if u.lang == "en" else None
        after = folded(text, u)
        fired[0] += after != text and bare is not None and bool(bare["called"] or bare["name_of"])
        return after

    def clause(u, at, word):
        found = en(u, at, word)
        m = EN_CLAUSE.match(u.question[at + len(word):])
        fired[0] += found is not None and (m is None or at + len(word) + m.end() != found[1])
        return found

    def post(u):
        after = through_post(u)
        fired[0] += after is not u and [m.group() for m in POST_OF.finditer(u.blanked)] == ["的"]
        return after

    qa.subquestions.folded, qa.descriptions._en, qa.operators.through_post = folding, clause, post
    return lambda: holders() + fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
