"""The parse stage: what a question asks for, about which entities, on which topic.

Contract: ``understand(question, lexicon)`` reads a question already validated and normalised
(once, by the answerer) into a frozen Understanding whose ``question`` is that same text; no later
stage normalises it again.

Everything is read off the graph, never off particular questions: the answer-type words
are the zh/en labels and alt labels of the ontology's classes, the entity names are the
labels and aliases of the search catalogue, and the topic is what remains of the question
once question words, relation words, type words and entity names are taken out. The fixed words
are in search/understand_words.py; the catalogue's class words and names, and how they are found
in a question, in search/understand_lexicon.py.
"""

from __future__ import annotations

import re
from itertools import pairwise
from dataclasses import dataclass

from graph.han import HAN as CJK
from search.auxiliaries import AUXILIARIES, DO, HAVE, MODALS
from search.documents import EntityDoc
from search.qa_graph import COOPERATION, ORGANIZATION, within
from search.qa_memo import once
from search.qa_kinds_described import described_kinds
from search.qa_cues import AMOUNT_WORDS, BOUND_SAID, COUNTED_BEFORE, FEWEST_WORDS, MOST_WORDS, ORDINAL_MOST, SIZE_WORDS, VENUE_CLASS_ASKED, WHICH_OF_KIND
from search.qa_residue import asked_noun, asking_offsets
from search.qa_spans import ZH_PROJECT_SUFFIXES
from search.qa_values import EN_NUMBERS, EN_ORDINALS, cn_numeral
from search.understand_lexicon import Lexicon, class_word_spans, word_regex, word_written
from search.understand_measures import asked_root, fits, own_word, root_at
from search.understand_words import (COUNT_WORDS, MEASURE_WORDS, RANK_WORDS, RELATION_WORDS, WH_WORDS, WHAT_WORDS, WHEN_WORDS,
                                     WHERE_WORDS, WHO_WORDS)
from search.wording import shared_heads
from search.text import blank_match


# "四个", "3家": a count in the question is no topic; "这16单签约": deals are counted by 单 too (单位 is a class word).
# "top 3 universities", "the 4 plans": a small number standing alone counts something too.
NUMERAL = re.compile(rf"[0-9一二三四五六七八九十两几]+(?:[{MEASURE_WORDS}]|单(?!位))|\b(?:{'|'.join(EN_NUMBERS)})\b"
                     r"|(?<![\w.,])\d{1,2}(?![\w.,])")
LATIN = re.compile(r"[A-Za-z]")
# "the deals where X is absent": "where" right after a class word opens a relative clause, it asks no place; so does
# one closing a noun phrase a determiner opens, no auxiliary nor past form in it ("in the batch where Jinpu came fifth,
# how many …", "the national round where …"; "was the meeting held where?" still asks).
_NOT_NOUN = rf"(?!(?:{AUXILIARIES}|{MODALS})\b)"
RELATIVE_WHERE = re.compile(rf"\t\s*(?P<where>where)\b|\b(?:the|a|an|this|that|each|every)\s+(?:{_NOT_NOUN}[a-z][\w'’-]*\s+){{0,3}}?"
                            rf"{_NOT_NOUN}[a-z][\w'’-]*(?<!ed)\s+(?P<where_>where)\b", re.IGNORECASE)


def relative_where_blanked(text: str) -> str:
    """``text`` with each "where" opening a relative clause (RELATIVE_WHERE) blanked, offsets kept."""
    def blank(m: re.Match) -> str:
        at = m.start("where") if m.group("where") else m.start("where_")
        return m.group()[:at - m.start()] + " " * (m.end() - at)
    return RELATIVE_WHERE.sub(blank, text)
BARE_WHICH = re.compile(r"哪(?:一)?[个项][\s?？!！。]*$")
# "在哪个项目里…": the which-word of a class word said as where something is.
IN_WHICH = r"在哪一?[个项家所类]?"
PUNCTUATION = re.compile(r"[\s?？!！,，。.、:：;；\"“”'‘’()（）《》—–]+")
# A verb asked both ways, its first half cut short ("参没参与", "签不签约"): the question's yes/no, no topic; its whole
# verb stays to be read.
A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没](?=\1)")


@dataclass(frozen=True)
class Mention:
    """An entity named in the question."""

    doc: EntityDoc
    text: str


@dataclass(frozen=True)
class Understanding:
    """What a question asks: intent (list, count, who, when, where), answer classes, entities and topic."""

    question: str
    lang: str
    intent: str
    answer_classes: frozenset[str]
    answer_word: str
    mentions: tuple[Mention, ...]
    topic: str
    relation: bool
    asks_what: bool = False  # "what"/"什么" with no class word: cooperations are asked for
    most: bool = False  # only the answers with the most cooperations are wanted
    blanked: str = ""  # the normalised question with the linked names blanked out
    rank: int = 1  # which count level "the most" asks for: 2 for "第二多", "the second most" (ORDINAL_MOST)
    asked: str = ""  # a noun of the topic a which-word asks for when no class word is (search.qa_residue.asked_noun)

    def start(self, mention: Mention) -> int:
        """Where ``mention``'s text first stands in ``question``; -1 when it stands nowhere there (a name linked
        from another wording of the question)."""
        return self.question.find(mention.text)


# A thing a project's name ends in, its name asked right after it ("那个基地叫啥"; "基地的负责人叫啥" asks a person's).
PROJECT_NAMED = re.compile(rf"(?:{'|'.join(ZH_PROJECT_SUFFIXES)})\s*叫")


@once  # every rewrite, scope check and chain step reads the same texts again: once an answer (search.qa_memo)
def understand(question: str, lexicon: Lexicon) -> Understanding:
    """Read a question (validated and normalised: search.text.normalize, once, by the answerer) into
    an Understanding; its ``question`` is that normalised text (with shared head nouns written out:
    shared_heads), which no later stage normalises again."""
    question = text = shared_heads(question, lexicon.class_words)
    spans, blanked = lexicon.find_names(text)
    # the language of the question's own words: a Chinese name quoted in an English question leaves it English
    lang = "zh" if CJK.search(blanked) or (not LATIN.search(blanked) and CJK.search(question)) else "en"
    mentions = tuple(_mentions(spans, lexicon))
    # (the marks taken out again: a class word inside a phrase, "person times", leaves it whole)
    intent = _intent(relative_where_blanked(_after_class_word(blanked, lexicon)).replace("\t", ""))
    word = _answer_word(blanked, lexicon, intent, _appositive(spans, blanked, lexicon))
    # (an alternative is no narrowing: "vocational colleges or vocational education centres" asks for both)
    asked = frozenset(lexicon.class_words.get(word, ())) if word else frozenset()
    either = alternatives(blanked, word, lexicon) if word else frozenset()
    classes = asked | either if either else narrowed(asked, blanked, lexicon) if word else frozenset()
    if intent == "who" and _named_not_who(blanked, classes, lexicon):
        intent = "list"
    # "在哪个项目里跟X合作": where in a cooperation is which cooperation, no place ("where did X sign its
    # project" still asks for the venue: the which-word is not the cooperation's)
    if intent == "where" and word and within(classes, COOPERATION, lexicon.catalogue.ancestors) \
            and re.search(IN_WHICH + re.escape(word), blanked):
        intent = "list"
    # "大医签了哪个？": a which-word closing the question, with no class word, asks for the thing done as "什么" does
    asks_what = intent == "list" and (any(word_written(w, blanked) for w in WHAT_WORDS)
                                      or (word is None and BARE_WHICH.search(blanked) is not None))
    relation = any(word_written(r, blanked) for r in RELATION_WORDS)
    topic = _topic(RUNNER_UP.sub(blank_match, blanked) if _runner_up(blanked) else blanked, lexicon, word)
    rank = _rank(blanked)
    most = rank > 1 or any(word_written(w, BOUND_SAID.sub(blank_match, blanked)) for w in MOST_WORDS)  # ("at most 3": a bound)
    return Understanding(question, lang, intent, classes, word or "", mentions, topic, relation, asks_what, most,
                         blanked, rank, "" if word else asked_noun(blanked, topic))


def _named_not_who(blanked: str, classes: frozenset[str], lexicon: Lexicon) -> bool:
    """"大连交大那个氢能项目叫啥": the name asked of a thing of a class asked (a cooperation), or of a thing a project's
    name ends in ("X跟Y合建的那个基地叫啥": qa_spans.ZH_PROJECT_SUFFIXES), no person's (the question asks "叫什么"
    alone, no "谁"/"who")."""
    asks_name = [w for w in WHO_WORDS if word_written(w, blanked)]
    return bool(asks_name) and all(w.startswith("叫") for w in asks_name) and \
        (within(classes, COOPERATION, lexicon.catalogue.ancestors) or bool(PROJECT_NAMED.search(blanked)))


# A place on the podium named as such ("runner-up", "亚军", "银牌给谁", "who takes bronze"), read as that level of a
# superlative said beside it (PODIUM_PLACES: the level of each).
PODIUM_PLACES = ((re.compile(r"冠军|金牌|\bgold\b|\bfirst place\b"), 1),
                 (re.compile(r"\brunners?[- ]?up\b|亚军|银牌|\bsilver\b|\bsecond place\b"), 2),
                 (re.compile(r"季军|铜牌|\bbronze\b|\bthird place\b"), 3))
RUNNER_UP = re.compile("|".join(p.pattern for p, _ in PODIUM_PLACES))


def _runner_up(text: str) -> bool:
    """"the runner-up by projects", "项目最多的亚军": the second place of a superlative said beside it (alone, a runner-up
    in a ranking the graph does not hold: no superlative)."""
    return bool(RUNNER_UP.search(text)) and any(word_written(w, text) for w in MOST_WORDS)


def _rank(text: str) -> int:
    """The count level an ordinal superlative asks for ("第二多": 2); 1 without one."""
    m = ORDINAL_MOST.search(text)
    if m is None:
        return next((n for p, n in PODIUM_PLACES if p.search(text)), 1) if _runner_up(text) else 1
    return (cn_numeral(m.group(1)) or 1) if m.group(1) else EN_ORDINALS[m.group(2)]


def _mentions(spans, lexicon: Lexicon):
    seen = set()
    for _, _, name in spans:
        for i in sorted(lexicon.names[name]):
            if i not in seen:
                seen.add(i)
                yield Mention(lexicon.catalogue.docs[i], name)


def _after_class_word(text: str, lexicon: Lexicon) -> str:
    """The text with each English class word marked by a tab after it, for RELATIVE_WHERE to read."""
    for at, word in reversed(class_word_spans(text, lexicon)):
        if not CJK.search(word):
            text = text[:at + len(word)] + "\t" + text[at + len(word):]
    return text


# A date named as what is asked, with no when-word: "any opening date yet for X?", "开业日期定了吗", "几号签的"
# ("to date", "up to date" say "so far": no date asked).
DATE_ASKED = re.compile(r"(?<!\bto )(?<!\bup-to-)\bdates?\b(?!d)|日期|几号|哪日")


def _intent(text: str) -> str:
    listing = text.replace("哪几", "哪些")  # "哪几个项目" lists them; "几个项目" counts them
    if any(word_written(w, text) for w in WHEN_WORDS) or DATE_ASKED.search(text):
        return "when"
    if any(word_written(w, text) for w in RANK_WORDS):
        return "count"
    # "在哪些领域", "在哪个项目里出现" ask which ones, not where
    unplaced = re.sub("哪" + WHICH_OF_KIND, "", text)
    if any(word_written(w, unplaced) for w in WHERE_WORDS) or VENUE_CLASS_ASKED.search(text):
        return "where"
    if any(word_written(w, listing) for w in COUNT_WORDS):
        return "count"
    if any(word_written(w, text) for w in WHO_WORDS):
        return "who"
    # "哪所学院共同投资建了实训基地", "which college invested in it": an amount word beside a which-word
    # is what the answers did, the which-word asks for them ("哪个项目投资最多" still ranks an amount)
    which = any(word_written(w, text) for w in WH_WORDS if w not in WHAT_WORDS) and \
        not any(word_written(w, text) for w in (*MOST_WORDS, *FEWEST_WORDS))
    if not which and any(word_written(w, text) for w in (*AMOUNT_WORDS, *SIZE_WORDS)):
        return "count"
    return "list"


def _appositive(spans, blanked: str, lexicon: Lexicon) -> frozenset[int]:
    """The starts of English class words right after a name of an entity of that class ("the nissan firm", "the
    dut university"): the name's head, never the class asked."""
    ends = {end: name for _, end, name in spans}
    ancestors = lexicon.catalogue.ancestors
    out = set()
    for at, word in class_word_spans(blanked, lexicon):
        name = next((n for end, n in ends.items() if end < at and not blanked[end:at].strip()), None)
        if name is None or CJK.search(word):
            continue
        types = {t for i in lexicon.names[name] for c in lexicon.catalogue.docs[i].types for t in (c, *ancestors.get(c, ()))}
        if lexicon.class_words[word] & types:
            out.add(at)
    return frozenset(out)


def _modified_which(text: str, opener: re.Match, lexicon: Lexicon) -> str | None:
    """The class word an English which-word asks for past one or two words modifying it ("with which transformer
    maker", "which hydrogen company"), none of them an article, auxiliary, preposition or pronoun, and no name blanked
    between (a blanked name leaves several spaces); None when there is none."""
    modified = WHICH_MODIFIED.match(text, opener.start())
    ends = [w.end() for w in MODIFIER.finditer(modified.group(), len("which "))] if modified else []
    return next((word for end in ends if (word := lexicon.class_word_at(text, opener.start() + end))), None)


def _answer_word(text: str, lexicon: Lexicon, intent: str, appositive: frozenset[int] = frozenset()) -> str | None:
    """The class word right after a question word (past a relation word: "哪些合作的高校");
    else, of the class words that are no relation words, the head: last in Chinese, first in English."""
    marked = _marked_word(text, lexicon)
    if marked:
        return marked
    openers = WH_WORDS + (COUNT_WORDS if intent == "count" else ())
    for opener in sorted(openers, key=len, reverse=True):
        for m in word_regex(opener).finditer(text):
            word = lexicon.class_word_at(text, m.end()) or _modified_which(text, m, lexicon)
            if word in RELATION_WORDS:
                after = text.find(word, m.end()) + len(word)
                word = lexicon.class_word_at(text, after + (text[after:after + 1] == "的")) or word
            if word and fits(word, root_at(text, m.start()), lexicon):  # "哪所合作的企业": no 企业 is counted by 所
                return _compound_head(text, m.end() + text[m.end():].find(word), word, lexicon)
    spans = _candidates(text, lexicon, appositive)
    # "…一所高校…签约项目里…最多的是哪所": the class the which-word's measure word fits (understand_measures)
    if spans and (root := asked_root(text, lexicon)) is not None:
        spans = [s for s in spans if fits(s[1], root, lexicon)]
        if not spans and own_word(root) in lexicon.class_words:
            return own_word(root)  # none fits: the measure word's own class ("…项目里…最多的是哪所" asks for a school)
    candidates = [w for _, w in spans]
    # "…中心项目一共有几家参与", "…学院项目是哪几家一起建的": 家 counts organisations; a class word of no organisation
    # before it (a project name's tail) is not what it counts ("跟哪家合签了项目": the class word after it is the object)
    counted = _organisations_counted(text, lexicon)
    if spans and counted is not None and ORGANISATION_WORD in lexicon.class_words and all(at < counted for at, _ in spans) \
            and not any(within(lexicon.class_words[w], ORGANIZATION, lexicon.catalogue.ancestors) for w in candidates):
        return ORGANISATION_WORD
    # "what did Yang Yuequan's college sign", "what has the university Heye works with done": "what" before an
    # auxiliary asks for what was done; a class word of the clause after it is its subject or object, no answer
    if not candidates or WHAT_DONE.search(text):
        return None
    # Chinese noun phrases are head-final ("共建项目的企业" asks for 企业); English ones head-first, a compound's head its
    # last noun ("base-project companies")
    if CJK.search(text):
        return candidates[-1]
    at, word = spans[0]
    owned = POSSESSED.match(text, at + len(word)) if intent == "count" else None
    if owned and (held := lexicon.class_word_at(text, owned.end())):  # "how many of the meeting's agreements"
        at, word = owned.end(), held  # the thing owned is counted, not its owner
    return _compound_head(text, at, word, lexicon)


# An English owner's mark and a class word after it ("the meeting's agreements").
POSSESSED = re.compile(r"['’]s\s+(?=\w)")
# Between two English class words of one compound noun ("base-project companies", "university projects"): a hyphen or
# one space (a name blanked out leaves a run of spaces: "the DUT university" is an appositive).
COMPOUND_GAP = re.compile(r"[ -]")


def _compound_head(text: str, start: int, word: str, lexicon: Lexicon) -> str:
    """The head of the English compound noun whose first class word is ``word`` at ``start``: the last of the class
    words that follow it with nothing but a hyphen or a space between ("which base-project companies" asks for
    companies, the project word its modifier); ``word`` itself in Chinese or standing alone."""
    if CJK.search(word):
        return word
    end = start + len(word)
    for at, other in class_word_spans(text, lexicon):
        if at > end:
            if not COMPOUND_GAP.fullmatch(text[end:at]) or CJK.search(other) or _verb_first(other):
                break
            word, end = other, at + len(other)
    return word


def _verb_first(word: str) -> bool:
    """Whether the English class word ``word`` opens with a relation word: "which firms signed projects" is a verb and
    its object, no compound ("signed projects" a class word of its own)."""
    return any(word_regex(r).match(word) for r in RELATION_WORDS if not CJK.search(r))


def _candidates(text: str, lexicon: Lexicon, appositive: frozenset[int]) -> list[tuple[int, str]]:
    """The class words that may be what is asked, with where they start, in text order: no relation words, no
    setting, no appositive, and a one-character class word inside a longer word is none ("人才培养" asks for no 人)."""
    return [(start, w) for start, w in class_word_spans(text, lexicon) if w not in RELATION_WORDS
            and not (len(w) == 1 and CJK.match(text[start + 1:start + 2] or " ")
                     and text[start + 1] not in "的是呢吗么") and not _setting(text, start, w) and start not in appositive]


# 家 after a which- or count-word counts organisations ("有几家参与", "是哪几家", "哪两家"); the word asking for them.
ORGANISATION_COUNTED = re.compile(r"(?:哪[一两二三四五六七八九十几]?|几|多少)家")
ORGANISATION_WORD = "单位"


def _organisations_counted(text: str, lexicon: Lexicon) -> int | None:
    """Where ``text`` first counts or picks organisations by 家 with no class word after it ("一共有几家参与")."""
    return next((m.start() for m in ORGANISATION_COUNTED.finditer(text) if lexicon.class_word_at(text, m.end()) is None), None)


# A which-word and the one or two words modifying the noun it asks for ("which transformer maker"; _modified_which).
WHICH_MODIFIED = re.compile(rf"which ((?!(?:{AUXILIARIES}|{MODALS}|the|a|an|its|their|his|her|this|that|these|those|of|in|on|at|for|"
                            r"with|by|from|to|one|ones|else|other|kind|kinds|type|types|sort)\b)[a-z-]+ ){1,2}")
MODIFIER = re.compile(r"[a-z-]+ ")
WHAT_DONE = re.compile(rf"\bwhat\s+(?:{DO}|{HAVE})\b")
# A class word saying where the question stands, not what it asks ("在联合体里做了什么", "doing in this consortium").
SETTING_BEFORE = re.compile(r"(?:在|\b(?:in|within|inside)\s+(?:the|this|that|our|your)\s+)$")
SETTING_AFTER = re.compile(r"(?:里面|里|之中|当中|中|内)(?!\s*(?:谁|哪))|(?=\s*[?？.,，]|\s*$)")


def _setting(text: str, start: int, word: str) -> bool:
    """Whether the class word ``word`` at ``start`` stands in a phrase placing the question ("在联合体里", "in this
    consortium"): a which-word after it picks from it ("联合体里哪些…": PICKED_FROM) and is no setting."""
    return bool(SETTING_BEFORE.search(text, 0, start)) and bool(SETTING_AFTER.match(text, start + len(word)))


# "高职院校里谁…", "大学中谁…": the class word 谁 picks from.
# "人才培养类项目里哪些没有企业参与", "职业院校当中，哪一家…": a which-word after 里/中 picks from the class before it, unless a
# class word follows it ("项目里哪些企业…" asks for 企业); so does one opening a clause after the class word and a comma
# ("那些高校，哪些只在这一个项目里出现").
# "人才培养类项目当中，参与方超过两家的有哪几个": a which-word closing a clause that describes the ones asked for
# (…的有哪些) picks from the class before it too, whatever class words the description uses, as does one counting by
# the set's measure word ("两所职业学院里，签约项目参与得最多的是哪一所").
PICKED_FROM = re.compile(r"^(?:里面|里|之中|当中|中)?谁|^(?:(?:里面|里|之中|当中|中)[,，]?|[,，])(?:哪些|哪几个|哪个|哪一个|哪几项|哪项|哪[一几]?[家所位])"
                         r"|^(?:里面|里|之中|当中|中)[,，]?[^,，。；;？?]{1,24}?的(?:都|又)?(?:有|是)(?:哪些|哪几个|哪几项|哪个|哪一个|哪项"
                         r"|哪[一几]?[家所位])"
                         r"[?？。!！]*$")


def _marked_word(text: str, lexicon: Lexicon) -> str | None:
    """A Chinese class word marked as what is asked for: the head of a superlative ("参与项目最多的
    大学" asks for a 大学 even when the question goes on "…参与了几个项目"), the set 谁 picks from, or
    the class a closing count word counts (COUNTED_BEFORE)."""
    for start, word in class_word_spans(text, lexicon):
        if word in RELATION_WORDS or not CJK.search(word):
            continue
        before = text[:start]
        superlative = any(before.endswith(w + "的") for w in MOST_WORDS if CJK.search(w)) or \
            (before.endswith("的") and bool(ORDINAL_MOST.search(before[-4:-1])))
        picked = PICKED_FROM.match(text[start + len(word):])
        picked = picked if picked and fits(word, asked_root(picked.group(), lexicon), lexicon) else None  # 哪所: a school
        if superlative or (picked and not lexicon.class_word_at(text, start + len(word) + picked.end())) \
                or COUNTED_BEFORE.match(text, start + len(word)):
            return word
    return None


# A blanked name right before a position (names leave runs of blanks; the question has single spaces).
NAME_HEAD = re.compile(r"\S\s{2,}$")


def narrowed(classes: frozenset[str], text: str, lexicon: Lexicon) -> frozenset[str]:
    """The answer classes, narrowed to subclasses the question also names ("哪些项目属于科技创新类"), none standing in
    a description of a thing (search.qa_kinds_described)."""
    ancestors = lexicon.catalogue.ancestors
    described = {at for at, _ in described_kinds(text, lexicon)}
    for at, word in class_word_spans(text, lexicon):
        if NAME_HEAD.search(text, 0, at) and not CJK.search(word):
            continue  # "the rural revitalisation college": the head of a name, not a class narrowing the answers
        if at in described:
            continue  # "…, the one with the universities and firms": kinds saying which thing, not which answers
        named = lexicon.class_words[word]
        if named != classes and all(ancestors.get(c, frozenset()) & classes for c in named):
            return frozenset(named)
    return classes


# The roots two alternatives asked for must share.
EITHER_ROOTS = (ORGANIZATION, COOPERATION)
# Between two class words, the word offering either ("职业学院或职教中心", "colleges or centres"): both are asked.
EITHER = re.compile(r"\s*(?:或者|或是|或|\bor\b|\band/or\b)\s*")


def alternatives(text: str, word: str, lexicon: Lexicon) -> frozenset[str]:
    """The classes of the class words joined to the answer word by an either-word ("哪些职业学院或职教中心",
    "which colleges or education centres"), each of the same root as it (no "企业或项目"); empty when none."""
    spans = class_word_spans(text, lexicon)
    ancestors, asked = lexicon.catalogue.ancestors, frozenset(lexicon.class_words.get(word, ()))
    joined, found = {word}, set[str]()
    for (at, first), (start, other) in pairwise(spans):
        classes = frozenset(lexicon.class_words[other])
        if first in joined and EITHER.fullmatch(text[at + len(first):start]) \
                and any(within(classes, root, ancestors) and within(asked, root, ancestors) for root in EITHER_ROOTS):
            joined.add(other)
            found |= classes
    return frozenset(found)


def _topic(text: str, lexicon: Lexicon, answer_word: str | None) -> str:
    """What remains once question, relation, stop and class words are removed, and the words that only
    ask (search.qa_residue: pronouns, fillers, light verbs, the nouns asking for a name).

    One-character class words (人) are removed only as the answer word: elsewhere they are
    part of other words (人才).
    """
    asking = asking_offsets(text)  # read on the whole question: the tagger needs the context
    # longest words first, the answer word last: "基地项目类的项目" leaves no "基地" behind (each blanked
    # to as many spaces, so the asking words' offsets still hold)
    for pattern in (A_NOT_A, ORDINAL_MOST):
        text = pattern.sub(blank_match, text)
    for word, pattern in lexicon.removable:
        if word in text:
            text = pattern.sub(blank_match, text)
    text = NUMERAL.sub(blank_match, text)
    if answer_word:
        text = word_regex(answer_word).sub(blank_match, text)
    text = "".join(" " if i in asking else ch for i, ch in enumerate(text))
    words = [w for w in PUNCTUATION.split(text) if w and not (len(w) == 1 and CJK.match(w))]
    return " ".join(words)
