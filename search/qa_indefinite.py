"""An indefinite said in a statement and pointed back at by a later clause: the statement asked for it.

"推进会是在一家企业开的，这家公司还签了哪个攻关课题？", "The ceremony took place at a company. Which university did
that company team up with?", "金州有一家幼儿园签了约，这所幼儿园跟哪所学校合作？": the first clause states that some
organisation of a kind did something; the later clause points back at it by a kind word ("这家公司", "that company",
"这所幼儿园"). The statement is the question "which one?" in disguise: its indefinite put as a which-word ("哪家企业",
"which company") makes it the earlier clause asking that search.qa_chain reads, whose one answer of the kind is put
where the later clause points. Only a kind of organisation is asked so, or a cooperation the later clause points back
at as one ("民大还参加了另一个项目，那个项目有几家单位"), and only when the pointer's kind is the indefinite's or a broader
one (a company is no school).

Contract: ``kind_pointer(rest, lexicon)`` → where a clause points back at a kind ("这家公司", "that factory", "这家
东道主"), or None; ``names_only(rest, pointer)`` whether the later clause asks nothing but what the one pointed at is called;
``asked_indefinite(head, pointer_kinds, lexicon, ancestors, lang)`` → the statement ``head`` with
its last indefinite of a fitting kind put as a which-word and closed by a question mark, or None;
``bare_ask_folded(text, lang, lexicon, ancestors)`` → ``text`` with a closing bare ask ("…，是哪家？") put into the
indefinite of the kind it asks, else ``text``.
"""

from __future__ import annotations

import re

from search.qa_cues import EXCEPT_CLAUSE
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, kinds_fit, within
from search.understand_lexicon import Lexicon, class_word_spans
from search.wording import zh_pointing

# The demonstrative right before a kind word pointed back at ("这家", "该", "那所", "that", "this", "the same").
_ZH_POINTING = zh_pointing("所家个位")
ZH_DEMONSTRATIVE = re.compile(rf"{_ZH_POINTING}$")
EN_DEMONSTRATIVE = re.compile(r"\b(?:that|this|the same|that same)\s+$")
# Relation nouns a clause points back with, standing for an organisation ("这家东道主", "that host").
RELATION_POINTERS = re.compile(rf"{_ZH_POINTING}(?:东道主|东家|主办方|承办方)|\b(?:that|this) (?:host|organi[sz]er)\b")
# An indefinite before a kind word: "一家"/"一所" (up to eight characters before the kind word: "一家机床企业"), "a"/"an"
# (up to two words before it: "a machine-tool company").
# ("另一个项目", "another project": an indefinite other than one named, asked as a which-word the same)
ZH_INDEFINITE = re.compile(r"另?一(?=[家所个位项])")
EN_INDEFINITE = re.compile(r"\b(?:a|an|some|another)\s+(?=[a-z-])")
# The words an English indefinite's kind word may stand among: itself and up to two before it ("a machine-tool firm",
# "a transformer maker", "a company's site"); its reach is where they end (a Chinese one's: KIND_REACH characters).
EN_KIND_WORDS = re.compile(r"(?:[a-z-]+(?:['’]s)?\s+){0,2}[a-z-]+")
# What is left of a clause asking only what the one it points back at is called ("这家幼儿园叫什么", "what's that
# kindergarten called", "它全名是啥"): its answer is that one, the earlier clause's answer.
NAME_ASK = re.compile(r"^[\W_]*(?:(?:what|which)(?:['’]s|\s+is|\s+was)?\s+)?(?:的)?(?:全名|全称|名字|名称|full name|name)?\s*"
                      r"(?:是|叫|叫做|is)?\s*(?:什么|啥|called|named)\s*(?:名字)?(?:呢|啊|呀)?[\W_]*$")
# How far a kind word may stand after its indefinite (characters).
KIND_REACH = 12
# A statement's closing break, replaced by a question mark.
CLOSING = re.compile(r"[\s,，。;；:：.!！]*$")


def kind_pointer(rest: str, lexicon: Lexicon) -> re.Match | None:
    """The first kind of organisation ``rest`` points back at by a demonstrative and a class word ("这家工厂",
    "that factory") or a relation noun ("这家东道主"); None when it points at none so."""
    relation = RELATION_POINTERS.search(rest)
    for at, word in class_word_spans(rest, lexicon):
        before = rest[:at]
        demonstrative = ZH_DEMONSTRATIVE.search(before) or EN_DEMONSTRATIVE.search(before)
        if demonstrative is not None and (relation is None or demonstrative.start() < relation.start()):
            return re.compile(re.escape(rest[demonstrative.start():at + len(word)])).search(rest)
    return relation


def asked_indefinite(head: str, kinds: frozenset[str], lexicon: Lexicon, ancestors: dict, lang: str) -> str | None:
    """``head`` (a clause asking nothing) with its last indefinite before a kind word of an organisation of
    ``kinds`` or narrower (any organisation when ``kinds`` is empty) put as a which-word, closed by a question mark;
    None when it says no such indefinite."""
    indefinite = ZH_INDEFINITE if lang == "zh" else EN_INDEFINITE
    for m in reversed(list(indefinite.finditer(head))):
        word = indefinite_kind(head, m.end(), lexicon, lang)
        if word is None:
            continue
        said = frozenset(lexicon.class_words[word])
        # (a cooperation only when pointed back at as one, another than the one an except clause sets aside: "民大除了
        # 大思政课那个基地，还参加了另一个项目，那个项目有几家单位")
        held = within(said, ORGANIZATION, ancestors) or (kinds and within(kinds, COOPERATION, ancestors) and EXCEPT_CLAUSE.search(head))
        if not held or (kinds and not kinds_fit(said, kinds, ancestors)):
            continue
        other = m.group().startswith(("另", "another"))  # another: which other one
        which = ("另外哪" if other else "哪") if lang == "zh" else ("which other " if other else "which ")
        return CLOSING.sub("", head[:m.start()] + which + head[m.end():]) + ("？" if lang == "zh" else "? ")
    return None


def indefinite_kind(text: str, at: int, lexicon: Lexicon, lang: str) -> str | None:
    """The class word an indefinite ending at ``at`` of ``text`` stands before: the first within KIND_REACH characters
    ("一家机床企业"), in English among the next three words (EN_KIND_WORDS: "a machine-tool firm"); None when none is."""
    words = EN_KIND_WORDS.match(text, at) if lang == "en" else None
    reach = KIND_REACH if lang == "zh" else (words.end() - at if words else 0)
    spans = class_word_spans(text[at:at + reach + 8], lexicon)
    return spans[0][1] if spans and spans[0][0] <= reach else None


def names_only(rest: str, pointer: re.Match) -> bool:
    """Whether ``rest`` asks nothing of the one ``pointer`` points at but what it is called ("这家幼儿园叫什么")."""
    return bool(NAME_ASK.match(rest[:pointer.start()] + " " + rest[pointer.end():]))


# A closing Chinese ask of nothing but a question word ("…，是哪家？", "…，哪所呢？"): it asks for what an earlier clause
# says indefinitely ("一家企业": 哪家企业). (The English twin: search.qa_subquestion.EN_BARE_ASK.)
BARE_ASK = re.compile(r"[,，。;；:：!！?？]\s*(?:那么)?(?:是|到底是|究竟是)?哪一?[家所个位项名][^\s,，。?？]{0,4}?[呢啊呀]?\s*[?？]?\s*$")
# Of those, an ask of a person by its measure word ("…，是哪位？"): no organisation said indefinitely answers it.
PERSON_ASKED = re.compile(r"哪一?[位名]")


def bare_ask_folded(text: str, lang: str, lexicon: Lexicon, ancestors: dict) -> str:
    """"推进会是在一家企业的厂区里开的，是哪家？" → "推进会是在哪家企业的厂区里开的？": a closing ask of nothing but a
    question word (and a class word) put into the last indefinite before it of the kind it asks (``asked_indefinite``,
    which the pointing-back reading asks too; any organisation's when it names no kind); ``text`` unchanged when there
    is no such ask or indefinite ("一家企业…，是哪位？" asks no organisation). Chinese only (the English twin:
    search.qa_subquestion.SubQuestions.folded)."""
    bare = BARE_ASK.search(text) if lang == "zh" else None
    if bare is None:
        return text
    return asked_indefinite(text[:bare.start()], _asked_kinds(bare.group(), lexicon), lexicon, ancestors, "zh") or text


def _asked_kinds(ask: str, lexicon: Lexicon) -> frozenset[str]:
    """The kinds a bare ask names: its class word's ("是哪所大学"), a person's by its measure word ("是哪位"); none else."""
    kinds = frozenset(c for _, w in class_word_spans(ask, lexicon) for c in lexicon.class_words[w])
    return kinds or (frozenset({PERSON}) if PERSON_ASKED.search(ask) else frozenset())
