"""The leftover words that are the question's own verbs and frame: which say how the asker words the relation the
reading answers, or point at the one source and its one signing, or name the operator the reading applied.

search.qa_leftover pardons a leftover word of a linked name, of the asker's self-introduction, of the relation as the
ontology labels it ("signatories") and an English function word. Askers word the relation in many more ways than
the ontology's labels: they ink, pair up, team up, agree to build, 搞, 签, 共建, 推进, 露脸 — every one a way of
saying that an organisation takes part in a cooperation, which is what the participation reading answers. And they
point at what the graph is made of: "the article", "稿子里", "that day", "这回" are the one source and its one
signing, not a scope the graph lacks; "count them", "露脸次数" say the count the reading made. A leftover word is
- ``verb``: a verb of taking part in a cooperation (PARTICIPATION_ZH, PARTICIPATION_EN), in any inflection
  ("inked", "paired", "agreement", "teamed", 搞了, 合签的);
- ``deixis``: a word pointing at the source or at the signing it reports (DEIXIS_ZH, DEIXIS_EN);
- ``operator``: a word naming an operator the reading applied (OPERATOR_WORDS: "count" of a count, 扮演 and 角色 of a
  profile asked by the part one plays);
- ``stance``: an English adverb of the asker's stance or manner, no scope (STANCE_EN: "DUT obviously has R&D deals",
  "newly signed", "jointly"); search.qa_coverage.HEDGES blanks the hedging ones before this.
Every other verb stays a refusal: attending, chairing, hosting, funding, paying, heading (出席, 主持, 负责, 出资) are
relations the participation reading does not read, and the graph holds nothing on them; a noun beside a pardoned
word ("文章里的校长", "that day's attendees") still empties the answer.

Contract: ``frame_word(word, operators)`` gives the reason (``verb``, ``deixis``, ``operator``, ``stance``) ``word`` (a content
word of the residue, lower-cased, simplified script) asks about nothing when the reading applied ``operators``
(names as search.qa_operators notes them), or None. Queries nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile

from graph.han import HAN as CJK
from search.qa_breaks import CLAUSE_MARKS
from search.qa_cues import PROFILE_TRIGGERS
from search.qa_frame_cues import KIN

# The verbs of taking part in a cooperation as askers write them in Chinese (the question is in simplified script by
# then): signing, doing or building something together, joining, appearing in the signings. (建设 is left out: it is
# as often the noun "the building of the consortium", whose plans the participation reading does not answer.)
PARTICIPATION_ZH = frozenset((
    "签", "签约", "签署", "签订", "签下", "合签", "共签", "联签", "搞", "合搞", "一起搞", "建", "共建", "合建", "联建",
    "搭", "搭建", "共同建设", "推进", "合作", "协作", "联手", "携手", "牵手", "结对", "对接", "参与", "参加", "加入",
    "挂名", "露脸", "出场", "出现", "联合", "合办", "共办", "共育", "合伙", "组队", "配对", "绑定",
    # lending a hand to it ("出力的企业", "助力的高校"; 出资, putting money in, is another relation)
    "出力", "助力",
    # being named in the list of signatories ("被点名最多次", "上榜")
    "点名", "上榜", "列名", "署名", "具名"))
# A Chinese verb may carry its aspect or a structural particle as the residue cuts it ("搞了", "合签的").
ZH_PARTICLES = re.compile(r"[了过的着]+$")
# The same in English, as roots that inflect (ink, inked, inking; pair, paired; agree, agreement; team, teamed):
# a leftover word is one when it is the root or the root with one of ROOT_ENDINGS.
PARTICIPATION_EN = frozenset((
    "sign", "ink", "agree", "build", "built", "pair", "partner", "team", "join", "tie", "ally", "allie", "collaborat",
    "cooperat", "co-operat", "participat", "involv", "link", "hook", "appear", "feature", "develop", "codevelop",
    "co-develop", "cobuild", "co-build"))
ROOT_ENDINGS = ("", "s", "d", "ed", "ing", "ment", "ments", "ship", "ships", "e", "es", "ion", "ions", "ance", "ly")
# Words pointing at the source the graph is made of or at the one signing it reports: the article, that day, this
# time. (最近 and "recently" are left out: they are as often the asker's own "lately I've been looking at …".)
DEIXIS_ZH = frozenset((
    "文章", "稿子", "报道", "新闻", "原文", "文中", "稿件", "这篇", "那篇", "这次", "这回", "此次", "本次", "那次",
    "那回", "当天", "那天", "当日", "那会", "那会儿"))
DEIXIS_EN = frozenset((
    "article", "piece", "story", "report", "coverage", "write-up", "writeup", "day", "occasion", "latest", "time",
    "round"))  # "this round's signed deals": the one signing
# English adverbs of stance or manner (a closed list: "-ly" alone also makes "monthly", "only", "family", "assembly").
STANCE_EN = frozenset((
    "obviously", "clearly", "evidently", "actually", "really", "truly", "indeed", "definitely", "certainly", "surely",
    "honestly", "basically", "exactly", "precisely", "currently", "originally", "officially", "formally", "jointly",
    "together", "newly", "freshly", "already", "still", "ever"))
# The words naming an operator, by the name search.qa_operators notes it under. A comparison or a ranking of who takes
# part counts appearances ("露脸次数多", "shows up more times"): its word of times, not any number ("the number of
# members" is something else compared).
OPERATOR_WORDS = {
    "count": frozenset(("count", "number", "tally", "total", "次数", "数量", "数目", "个数", "家数", "总数")),
    **dict.fromkeys(("compare", "larger", "largest", "superlative"), frozenset(("次数", "多少次", "times", "多", "更多", "more"))),
    # a profile asked by the part one plays ("在报道里扮演啥角色"): the words that made the reading a profile
    "profile": frozenset(PROFILE_TRIGGERS),
}
# The asker's own clause: a first-person subject, or the asker's kin ("我纠结报交大还是民大", "我家亲戚在…当老师": qa_frame's
# KIN), or a clause opened by a verb of wishing after one ("…，想看看哪家…"): the verbs standing there before anything
# else are what the asker does (纠结, 报, 看看), no relation of the graph's things; the kin is who the asker speaks of.
# (我们, 咱们 are left out: "we" is as often the asker's school, whose relations are asked.)
ASKER = re.compile(rf"(?:我|本人|咱)(?:家|的)?{KIN}?")
WISHING = frozenset(("想", "想要", "希望", "打算", "准备"))
# The tagger's tags of a verb (an adjective of the asker's state too: 犹豫 is tagged one), and of the adverbs a verb
# chain may hold ("我一直纠结"); 在, 正在 mark the asker's action going on ("我在犹豫", the tagger's preposition), 地 an
# adverbial ("我很纠结地想").
VERB_TAGS = frozenset(("v", "vd", "a"))
CHAIN_TAGS = VERB_TAGS | {"d", "ad"}
CHAIN_WORDS = frozenset(("在", "正在", "地"))
# The verb's aspect particle and its complement of duration or times, which end the asker's chain ("我数了半天", "我找了
# 好久", "我翻了一下午", "我查了好几遍"): how long or how often the asker did it, no scope of what is asked.
ASPECT_WORDS = frozenset(("了", "过"))
COMPLEMENT_TAGS = frozenset(("TIME", "t", "m", "q", "a"))
ASKER_CLAUSE = re.compile(rf"[{CLAUSE_MARKS}.、]")
OPENER_WORDS = 3  # the tagger's words the asker and their kin are cut into at most ("我|家|亲戚")


def frame_word(word: str, operators: Iterable[str] = ()) -> str | None:
    """Why ``word`` asks about nothing as the question's own verb or frame (see the module), or None."""
    if _participation(word):
        return "verb"
    if word in (DEIXIS_ZH if CJK.search(word) else DEIXIS_EN):
        return "deixis"
    if any(word in OPERATOR_WORDS.get(op, ()) for op in operators):
        return "operator"
    return "stance" if word in STANCE_EN else None


def _participation(word: str) -> bool:
    """Whether ``word`` is a verb of taking part in a cooperation (PARTICIPATION_ZH, PARTICIPATION_EN)."""
    if CJK.search(word):
        return word in PARTICIPATION_ZH or ZH_PARTICLES.sub("", word) in PARTICIPATION_ZH
    return any(word.startswith(root) and word[len(root):] in ROOT_ENDINGS for root in PARTICIPATION_EN)


def asker_word(word: str, question: str) -> bool:
    """Whether the Han ``word`` is one the asker says of themselves in ``question`` (the question as read, simplified
    script): the asker's kin opening their own clause (ASKER: 家, 亲戚 of "我家亲戚"), or a word the tagger tags a verb in
    the chain of verbs and adverbs after it, or after a verb of wishing opening a later clause (WISHING), before any
    name or noun ("我纠结报交大还是民大，想看看哪家…": 纠结, 报, 看看; "我想知道大工出席了哪些会议": 出席 stands after a
    name, what is asked), or the complement of duration or times closing the chain ("我数了半天…": 半天)."""
    if not CJK.search(word):
        return False
    from search.qa_spans import tagged_words  # the tagger, loaded with the first Chinese question

    said, asker_before = [], False
    for clause in (c.strip() for c in ASKER_CLAUSE.split(question) if c.strip()):
        tagged = [(w, tag) for w, tag, _ in tagged_words(clause)]
        opener = next((k for k in range(min(OPENER_WORDS, len(tagged)), 0, -1)
                       if ASKER.fullmatch("".join(w for w, _ in tagged[:k]))), 0)
        if opener or (asker_before and tagged[0][0] in WISHING):
            asker_before = asker_before or bool(opener)
            # (the run, not each word: the tagger cuts "纠结报" whole where the residue cuts 纠结 and 报)
            said.append("".join(w for w, _ in tagged[:opener]) + _chain(tagged[opener:]))
    return any(w in run for run in said for w in {word, ZH_PARTICLES.sub("", word)} if w)


def _chain(tagged: list[tuple[str, str]]) -> str:
    """The run of ``tagged`` up to the first word that is no verb or adverb, without its last adverbs; a verb's aspect
    particle ends it, with the complement of duration or times after it (ASPECT_WORDS, COMPLEMENT_TAGS)."""
    chain: list[tuple[str, str]] = []
    for at, (w, tag) in enumerate(tagged):
        if w in ASPECT_WORDS and chain and chain[-1][1] in VERB_TAGS:
            complement = list(takewhile(lambda wt: wt[1] in COMPLEMENT_TAGS, tagged[at + 1:]))
            return "".join(w for w, _ in chain + complement)
        if tag not in CHAIN_TAGS and w not in CHAIN_WORDS:
            break
        chain.append((w, tag))
    while chain and chain[-1][1] not in VERB_TAGS:
        chain.pop()
    return "".join(w for w, _ in chain)
