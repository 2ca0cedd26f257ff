"""Two asks, one or both of the thing a question leaves unnamed: "Which newspaper ran the story and on what date
was it published?", "這篇報道是哪家報紙登的,署名作者有哪幾位?", "Which offices issued the Opinions, and which ministry
then told provinces to start building consortia?".

An ask naming nothing of the graph's asks of what the source itself is about (the source, the consortium, the
policy it reports), so each ask is read alone, as search.qa_conjoined.conjoined reads asks that each name their
own thing. Read whole, such a question is answered on one of its asks only; the joined answer is
kept only then — the whole reading's answers all among one ask's — and an ask pointing back by a pronoun ("it",
"它") must be that one: a pronoun standing for an earlier ask's answer ("which project has most parties, and when
was it signed?") is no ask of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.han import HAN
from search.auxiliaries import AUXILIARIES
from search.qa_sources import DOCUMENT_WORDS
from search.understand import Understanding
from search.wording import EN_THING_PRONOUNS

# A later ask picking from, or pointing at, the answers of an earlier one: never an ask of its own.
AT_ANSWERS = re.compile(r"其中|这些|那些|\b(?:those|these|of them|of those|which one)\b")
# An English question's opening: a question word or an auxiliary, after a preposition or a joining word.
EN_OPENING = re.compile(r"\s*(?:(?:and|but|also|then|so|plus|on|in|at|by|for|from|with|to|since|until)\s+)*"
                        rf"(?:which|what|who|whom|whose|how|when|where|why|{AUXILIARIES}|can|could)\b")
# A Chinese ask whose subject is its question word: it opens on it, after a joining word.
ZH_OPENING = re.compile(r"\s*(?:又|还|那么|另外|而)?\s*(?:是)?\s*(?:哪|什么|谁|誰|多少)")
# A Chinese ask opening on a word for the source ("稿件是哪家报纸发的", "这篇文章谁写的"): of the source, an ask of its own.
ZH_SOURCE_OPENING = re.compile(rf"\s*(?:这篇|那篇|这份|该)?(?:{DOCUMENT_WORDS.pattern})")
# 几 in a round number, which asks nothing.
ROUND_NUMBER = re.compile(r"[十百千万]几|几[十百千万]|好几|几乎")
# A pronoun: it may stand for the unnamed thing, or for an earlier ask's answer.
PRONOUN = re.compile(rf"它|\b(?:{EN_THING_PRONOUNS})\b")


def nameless(parts: Sequence[str], parsed: Sequence[Understanding], asking: re.Pattern) -> bool:
    """Whether ``parts`` (parsed as ``parsed``) are asks of one question some of which name nothing: two or more,
    each a question of its own (``asking``: a question word), not every part naming something of the graph's, no
    later part picking from an earlier one's answers."""
    named = any(u.mentions for u in parsed)
    # beside a named ask, one naming nothing asks of its own only when its question word is its subject ("又是哪个部委
    # 要求…") or the source is ("稿件是哪家报纸发的"): one opening on its verb ("属于哪一类项目", "歸在哪一類") asks of the
    # thing named before
    return len(parts) >= 2 and not all(u.mentions for u in parsed) and not any(AT_ANSWERS.search(p) for p in parts[1:]) \
        and all(asks_itself(p, asking) for p in parts) and not any(kind_only(u) for u in parsed[1:]) \
        and not (named and any(HAN.search(p) and not (ZH_OPENING.match(p) or ZH_SOURCE_OPENING.match(p))
                               for p, u in zip(parts, parsed) if not u.mentions))


def kind_only(u: Understanding) -> bool:
    """Whether a later ask asks nothing but a kind ("…: which enterprise, and which college?", "…，哪所学校？"): no name,
    no topic, a class asked: another kind of answer of the thing the ask before is about (two answer types, which the
    question read whole answers), never every instance of the kind."""
    return not u.mentions and not u.topic and bool(u.answer_classes) and u.intent in ("list", "who")


def counts_the_one_before(part: str, u: Understanding) -> bool:
    """Whether a later ask (``part``, parsed as ``u``) only counts, naming nothing of its own: "有几家？", "and how
    many?", "how many parties does it have?" count what the ask before answers, which the question read whole states,
    never everything of a kind (search.qa_conjoined.asks)."""
    pointing = PRONOUN.search(part) is not None or AT_ANSWERS.search(part) is not None
    return u.intent == "count" and not u.mentions and not u.topic and (not u.answer_classes or pointing)


def asks_itself(part: str, asking: re.Pattern) -> bool:
    """Whether a clause is a question of its own: in English it opens on a question word or an auxiliary (after a
    preposition: "on what date …"; "Ranking the schools by how often …" opens on none); in Chinese it holds a
    question word other than 几 in a round number ("十几家", "几十个", "好几类")."""
    if HAN.search(part):
        return bool(asking.search(ROUND_NUMBER.sub(" ", part)))
    return bool(EN_OPENING.match(part))


def answered_one(parts: Sequence[str], got: Sequence[set[str]], whole: set[str]) -> bool:
    """Whether the question read whole answered one of its asks only (``whole``: its answers, those of one ask
    in ``got``), and every ask pointing back by a pronoun is such an ask. (A whole answer that is only a part of
    an ask's is no answer to that ask: "Ranking the schools by how often …, who comes out on top?" asks once.)"""
    covering = {i for i, ids in enumerate(got) if whole and whole == ids}
    return bool(covering) and all(i in covering or not PRONOUN.search(p) for i, p in enumerate(parts))
