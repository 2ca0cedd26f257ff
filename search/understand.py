"""The parse stage: what a question asks for, about which entities, on which topic.

Contract: ``understand(question, lexicon)`` reads a question already validated and normalised
(once, by the answerer) into a frozen Understanding whose ``question`` is that same text; no later
stage normalises it again.

Everything is read off the graph, never off particular questions: the answer-type words
are the zh/en labels and alt labels of the ontology's classes, the entity names are the
labels and aliases of the search catalogue, and the topic is what remains of the question
once question words, relation words, type words and entity names are taken out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph.han import HAN as CJK
from search.documents import CJ, Catalogue, EntityDoc
from search.pinyin_names import initial_names, pinyin_names
from search.qa_cues import AMOUNT_WORDS, COUNTED_BEFORE, DEMONSTRATIVES, FEWEST_WORDS, MOST_WORDS, ORDINAL_MOST, VENUE_CLASS_ASKED
from search.qa_values import EN_ORDINALS, cn_numeral
from search.text import longest_first, normalize
from search.wording import FILLER_WORDS, LATIN_HYPHEN, shared_heads


# Words that open a list question and are followed by the answer type ("哪些高校", "which colleges").
WH_WORDS = ("哪些", "哪个", "哪家", "哪所", "哪位", "哪几家", "哪几个", "哪", "什么", "which", "what")
# A rank is a figure too: "排名" and "ranking" ask for one.
COUNT_WORDS = ("多少", "第几", "几", "排名", "名次", "how many", "how much", "number of", "count of", "what rank",
               "which place", "what place", "ranking", "ranked", "rank")
# Of those, the words asking a rank: "where did Jinpu rank", "在那28家里排第几" ask a rank, not a place.
RANK_WORDS = ("第几", "排名", "名次", "what rank", "which place", "what place", "ranking", "ranked", "rank")
# Words saying the answer is one of a kind: "唯一的合作企业", "the only company that…".
ONLY_WORDS = ("唯一的一个", "唯一一个", "唯一一家", "唯一的", "唯一", "the only one", "the only", "only one", "only", "sole", "solely")
WHO_WORDS = ("是谁", "谁", "哪位", "叫什么名字", "叫什么", "who", "whom")
WHEN_WORDS = ("什么时候", "何时", "哪一年", "哪年", "几月", "哪个月", "哪一天", "什么时间", "when", "what year", "which year",
              "what date", "which month", "what month", "which day", "what day")
# "What did X sign?": with no class word, "what" asks for cooperations (and "who" for agents).
WHAT_WORDS = ("什么", "what")
WHERE_WORDS = ("在哪里", "在哪儿", "在哪", "哪里", "何地", "何处", "什么地方", "地点", "where", "venue")
MEASURE_WORDS = "家个所位项名类种条批"
# Verbs of cooperation: they say how answers relate to the entities and topic, not what the topic is.
RELATION_WORDS = (
    "合作关系", "合作研发", "合作", "参与", "参加", "共建", "共同投资", "投资建设", "投资建", "打造", "研发",
    "jointly", "together", "牵头", "联合", "携手", "开展", "签约", "签署", "签订", "签", "对接", "从事",
    "做", "搞", "联系", "来往", "关系", "出现",
    "signed an agreement", "signed agreements", "sign an agreement", "signs an agreement", "signed a contract",
    "signed", "signs", "sign", "joint r&d", "r&d",
    "partnering", "partnered", "partners", "partner", "working", "works", "work", "collaborate", "collaborates",
    "collaborating", "cooperate", "cooperates", "cooperating", "participate", "participates", "participating",
    "involved", "involve", "involves", "take part", "takes part", "taking part", "took part", "part of", "part", "lead", "leads", "joined", "join",
    "teamed up", "team up", "teams up", "teaming up",
    "joins", "member of", "brought together", "brings together", "bring together",
)
STOP_WORDS = (
    "有哪些", "都有", "请问", "方面", "领域", "相关", "有关", "之间", "一起", "进行", "涉及", "属于", "什么", "哪些",
    "的", "了", "在", "有", "与", "和", "跟", "同", "及", "吗", "呢", "是", "都", "等", "中", "上", "里", "对", "过",
    "the", "a", "an", "on", "in", "of", "for", "with", "to", "do", "does", "did", "is", "are", "was", "were", "have",
    "has", "that", "there", "and", "or", "by", "about", "at", "any", "which", "what", "field", "area", "sector",
    "projects", "project", "its", "their", "it", "they", "as",
    "列出", "列举", "列一下", "要论", "以外", "之外", "不算", "不计", "不包括", "还", "显示", "所有", "全部", "目前", "现在", "一共", "共有", "总共", "分别", "主要", "具体", "哪里",
    "list", "show", "name", "tell", "me", "you", "know", "all", "give", "find", "please", "related", "relevant", "currently",
    "will", "be", "been", "being", "each", "every", "up", "total", "altogether", "get", "can", "could", "be",
    "run", "runs", "offer", "offers", "provide", "provides", "hold", "holds", "organise", "organize", "currently",
    "上级", "下属", "母公司", "子公司", "隶属", "旗下", "parent", "subsidiary", "subsidiaries",
    "名字", "姓名", "名称", "叫", "担任", "数量", "情况", "实施", "召开", "举行", "举办", "怎么样", "怎么", "怎样", "如何", "任何", "任一", "关于", "对于", "针对", "围绕", "方向", "板块", "业务", "行业", "赛道", "工作", "事业", "方面的",
    "name", "named", "called", "relate", "relates", "held", "hold", "took", "place",
    "cover", "covers", "covered", "concern", "concerns", "belong", "belongs", "fall", "falls", "into",
    "how", "way", "ways", "from", "anything", "none", "not", "no", "never", "without", "neither", "nor", "don't", "doesn't", "didn't", "apart", "besides", "except", "other", "than", "also", "else",
    "carry out", "carries out", "carried out", "implement", "implements", "implemented", "next",
    "involving", "involve", "involves", "involved",
    "包括", "包含", "include", "includes", "including",
    *DEMONSTRATIVES, *FILLER_WORDS,
    # "the only X": that one is asked as any X is; the answer says whether it is the only one (qa_only)
    *ONLY_WORDS,
    "among", "amongst",  # "among their partners": where, not what
    "both", "同时", "既", "又",  # "既…又…", "both A and B": the two named things are both wanted, the words ask nothing
    "biggest", "largest",  # "the biggest project by number of partners": a superlative (qa_form LARGEST_WORDS), no topic
    "s",  # what a possessive leaves once the name before it is blanked ("Yang Yuequan's")
)
# Acronyms spelled like everyday English words ("IT"): a question read in lower case uses the word
# ("which project is it in?"), so these never link by themselves.
PLAIN_WORD_ACRONYMS = frozenset({"it", "us", "as", "is", "at", "in", "on", "or", "an", "am", "be", "by", "do", "go",
                                 "he", "me", "we", "no", "so", "to", "of", "up", "if"})
# "四个", "3家": a count in the question is no topic.
# "top 3 universities", "the 4 plans": a small number standing alone counts something too.
NUMERAL = re.compile(r"[0-9一二三四五六七八九十两几]+[家个所位项名类种条批]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b"
                     r"|(?<![\w.,])\d{1,2}(?![\w.,])")
COUNTED = re.compile(rf"[一两二三四五六七八九十几]+[{MEASURE_WORDS}]")
PUNCTUATION = re.compile(r"[\s?？!！,，。.、:：;；\"“”'‘’()（）《》—–]+")
# Corporate suffixes: a name is also recognised without them ("GT Dalian Machine Tool").
SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", " co., ltd.", " co.,ltd.", " co. ltd.",
            " company limited", " co., ltd", " corporation", " limited", " group")


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


class Lexicon:
    """Class words and entity names of one catalogue, longest first for greedy matching."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.class_words = _class_words(catalogue)
        self.names: dict[str, set[int]] = {}
        self.plain_acronyms: dict[str, str] = {}  # "IT" → "information technology": linked only as written
        for i, doc in enumerate(catalogue.docs):
            for name in doc.name_values:
                # Latin names need three letters, unless written as an acronym (AI, EV).
                shortest = 2 if CJK.search(name) or name.isupper() else 3
                if name.lower() in PLAIN_WORD_ACRONYMS:
                    self.plain_acronyms[name] = normalize(doc.names.en or doc.label)
                    continue
                for form in _forms(name):
                    if len(form) >= shortest:
                        self.names.setdefault(form, set()).add(i)
        for name, i in {**initial_names(catalogue), **pinyin_names(catalogue)}.items():
            self.names.setdefault(name, {i})
        # A question is matched only against the names that can begin in it (by their first two
        # characters), longest first, and a name's regex is compiled the first time it is tried:
        # compiling them all took 3 s at 10x the seed, and trying them all grows with the graph.
        self._rank = {n: i for i, n in enumerate(sorted(self.names, key=len, reverse=True))}
        self._by_head: dict[str, list[str]] = {}
        for name in self._rank:
            self._by_head.setdefault(name[:2], []).append(name)
        self._regexes: dict[str, re.Pattern] = {}
        self._class_by_length = sorted(self.class_words, key=len, reverse=True)
        fixed = (*WHERE_WORDS, *WHEN_WORDS, *COUNT_WORDS, *WHO_WORDS, *WH_WORDS, *RELATION_WORDS, *STOP_WORDS, *MOST_WORDS,
                 *(w for w in self.class_words if len(w) > 1))
        self.vocabulary = frozenset(fixed)  # the words the reading knows besides names
        self.removable = [re.compile(_pattern(w)) for w in longest_first(self.vocabulary)]

    def acronyms_spelled_out(self, question: str, text: str) -> str:
        """``text`` (the normalised question) with the plain-word acronyms the question writes in capitals
        ("about IT") replaced by their entity's name; the lower-case word ("is it in") is left alone."""
        for acronym, name in self.plain_acronyms.items():
            if re.search(rf"(?<![A-Za-z]){acronym}(?![A-Za-z])", question):
                text = re.sub(rf"(?<![a-z]){acronym.lower()}(?![a-z])", name, text)
        return text

    def find_names(self, text: str) -> tuple[list[tuple[int, int, str]], str]:
        """Non-overlapping name occurrences (start, end, name), longest first; and the text with them blanked."""
        found = []
        heads = {text[i:i + 2] for i in range(len(text) - 1)}
        for name in sorted((n for head in heads for n in self._by_head.get(head, ())), key=self._rank.__getitem__):
            if name not in text:
                continue
            pattern = self._regexes.get(name) or self._regexes.setdefault(name, re.compile(_pattern(name)))
            for m in pattern.finditer(text):
                found.append((m.start(), m.end(), name))
                text = text[: m.start()] + " " * len(name) + text[m.end():]
        return sorted(found), text

    def class_word_at(self, text: str, start: int) -> str | None:
        """The longest class word beginning at ``start`` (after an optional measure word)."""
        rest = text[start:].lstrip()
        # A measure word may itself open a class word ("项目"): try the text as it is first.
        counted = COUNTED.match(rest)  # "哪两所大学": a number and its measure word before the class word
        tries = (rest, rest[1:].lstrip()) if rest[:1] and rest[0] in MEASURE_WORDS else \
            (rest, rest[counted.end():].lstrip()) if counted else (rest,)
        for text_at in tries:
            for word in self._class_by_length:
                if text_at.startswith(word) and (CJK.search(word) or _ends_word(text_at, len(word))):
                    return word
        return None

    def class_words_in(self, text: str) -> list[str]:
        # the substring test first: a word's pattern only adds word boundaries to it, and running
        # every class word's pattern was 4 ms a call, several calls a question
        return [w for w in self._class_by_length if w in text and word_regex(w).search(text)]


def _class_words(catalogue: Catalogue) -> dict[str, set[str]]:
    """Each word of an answerable class (its labels and aliases, in their forms) → the classes it names."""
    class_words: dict[str, set[str]] = {}
    for iri, names in catalogue.classes.items():
        if not answerable(iri, catalogue):
            continue
        for word in (names.zh, names.en, *names.aliases):
            # "基地类项目" is also said "基地类": a kind of project named by its kind alone; and
            # "基地项目" is also said "基地项目类": the kind of those projects
            kind = normalize(word)[:-2] if normalize(word).endswith("类项目") else ""
            kind = kind or (normalize(word) + "类" if re.fullmatch(r"\w{2,}项目", normalize(word)) else "")
            for form in _forms(word) | ({kind} if len(kind) > 2 else set()):
                class_words.setdefault(form, set()).add(iri)
    return class_words


ANSWER_ROOTS = tuple(f"{CJ}{n}" for n in ("Organization", "Cooperation", "Person", "Position", "TrainingProgramme",
                                          "Industry", "Event", "Consortium"))


def answerable(iri: str, catalogue: Catalogue) -> bool:
    """Whether a class is a kind of thing questions ask for (not a figure or a helper node)."""
    return iri in ANSWER_ROOTS or bool(catalogue.ancestors.get(iri, frozenset()) & set(ANSWER_ROOTS))


def _ends_word(text: str, end: int) -> bool:
    return end == len(text) or not text[end].isalnum()


@functools.lru_cache(maxsize=8192)
def word_regex(name: str) -> re.Pattern:
    """The compiled pattern of a word: the reading tries hundreds of words per question, more than the
    re module's own cache holds (512), which then recompiled them on every question."""
    return re.compile(_pattern(name))


def _pattern(name: str) -> str:
    """A regex for a name: as a substring in Chinese, on word boundaries in Latin script."""
    escaped = re.escape(name)
    return escaped if CJK.search(name) else rf"(?<![a-z0-9]){escaped}(?![a-z0-9])"


def _forms(name: str) -> set[str]:
    """A name normalised, plus its English plural, its form without a corporate suffix, its form with
    its Latin hyphens read as spaces (as the reading reads a question's) and, for a Latin "-ological"
    word, the "-ology" noun used as a modifier ("technological innovation" is "technology innovation")."""
    norm = normalize(name)
    if not norm:
        return set()
    forms = {norm, LATIN_HYPHEN.sub(" ", norm)}
    forms |= {re.sub(r"ological\b", "ology", f) for f in forms}
    for suffix in SUFFIXES:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            forms.add(norm[: -len(suffix)].strip(" ,"))
    if not CJK.search(norm) and norm[-1].isalpha():
        plural = "es" if norm.endswith(("s", "x", "ch", "sh")) else "s"  # business → businesses
        forms |= {f[:-1] + "ies" if f.endswith("y") else f + plural for f in forms if f[-1:].isalpha()}
    return forms


def understand(question: str, lexicon: Lexicon) -> Understanding:
    """Read a question (validated and normalised: search.text.normalize, once, by the answerer) into
    an Understanding; its ``question`` is that normalised text (with shared head nouns written out:
    shared_heads), which no later stage normalises again."""
    question = text = shared_heads(question, lexicon.class_words)
    lang = "zh" if CJK.search(question) else "en"
    spans, blanked = lexicon.find_names(text)
    mentions = tuple(_mentions(spans, lexicon))
    intent = _intent(blanked)
    word = _answer_word(blanked, lexicon, intent)
    classes = narrowed(frozenset(lexicon.class_words.get(word, ())), blanked, lexicon) if word else frozenset()
    asks_what = intent == "list" and any(word_regex(w).search(blanked) for w in WHAT_WORDS)
    relation = any(word_regex(r).search(blanked) for r in RELATION_WORDS)
    topic = _topic(blanked, lexicon, word)
    rank = _rank(blanked)
    most = rank > 1 or any(word_regex(w).search(blanked) for w in MOST_WORDS)
    return Understanding(question, lang, intent, classes, word or "", mentions, topic, relation, asks_what, most,
                         blanked, rank)


def _rank(text: str) -> int:
    """The count level an ordinal superlative asks for ("第二多": 2); 1 without one."""
    m = ORDINAL_MOST.search(text)
    if m is None:
        return 1
    return (cn_numeral(m.group(1)) or 1) if m.group(1) else EN_ORDINALS[m.group(2)]


def _mentions(spans, lexicon: Lexicon):
    seen = set()
    for _, _, name in spans:
        for i in sorted(lexicon.names[name]):
            if i not in seen:
                seen.add(i)
                yield Mention(lexicon.catalogue.docs[i], name)


def _intent(text: str) -> str:
    listing = text.replace("哪几", "哪些")  # "哪几个项目" lists them; "几个项目" counts them
    if any(word_regex(w).search(text) for w in WHEN_WORDS):
        return "when"
    if any(word_regex(w).search(text) for w in RANK_WORDS):
        return "count"
    # "在哪些领域" asks which ones, not where
    if any(word_regex(w).search(text.replace("哪些", "")) for w in WHERE_WORDS) or VENUE_CLASS_ASKED.search(text):
        return "where"
    if any(word_regex(w).search(listing) for w in COUNT_WORDS):
        return "count"
    if any(word_regex(w).search(text) for w in WHO_WORDS):
        return "who"
    # "哪所学院共同投资建了实训基地", "which college invested in it": an amount word beside a which-word
    # is what the answers did, the which-word asks for them ("哪个项目投资最多" still ranks an amount)
    which = any(word_regex(w).search(text) for w in WH_WORDS if w not in WHAT_WORDS) and \
        not any(word_regex(w).search(text) for w in (*MOST_WORDS, *FEWEST_WORDS))
    if not which and any(word_regex(w).search(text) for w in AMOUNT_WORDS):
        return "count"
    return "list"


def _answer_word(text: str, lexicon: Lexicon, intent: str) -> str | None:
    """The class word right after a question word (past a relation word: "哪些合作的高校");
    else, of the class words that are no relation words, the head: last in Chinese, first in English."""
    marked = _marked_word(text, lexicon)
    if marked:
        return marked
    openers = WH_WORDS + (COUNT_WORDS if intent == "count" else ())
    for opener in sorted(openers, key=len, reverse=True):
        for m in word_regex(opener).finditer(text):
            word = lexicon.class_word_at(text, m.end())
            if word in RELATION_WORDS:
                after = text.find(word, m.end()) + len(word)
                word = lexicon.class_word_at(text, after + (text[after:after + 1] == "的")) or word
            if word:
                return word
    # a one-character class word inside a longer word is none ("人才培养" asks for no 人)
    candidates = [w for start, w in class_word_spans(text, lexicon) if w not in RELATION_WORDS
                  and not (len(w) == 1 and CJK.match(text[start + 1:start + 2] or " ")
                           and text[start + 1] not in "的是呢吗么")]
    if not candidates:
        return None
    # Chinese noun phrases are head-final ("共建项目的企业" asks for 企业); English ones head-first.
    return candidates[-1] if CJK.search(text) else candidates[0]


# "高职院校里谁…", "大学中谁…": the class word 谁 picks from.
# "人才培养类项目里哪些没有企业参与": a which-word after 里/中 picks from the class before it, unless a
# class word follows it ("项目里哪些企业…" asks for 企业).
PICKED_FROM = re.compile(r"^(?:里面|里|之中|当中|中)?谁|^(?:里面|里|之中|当中|中)[,，]?(?:哪些|哪几个|哪个|哪一个|哪几项|哪项)")


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
        if superlative or (picked and not lexicon.class_word_at(text, start + len(word) + picked.end())) \
                or COUNTED_BEFORE.match(text, start + len(word)):
            return word
    return None


def class_word_spans(text: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """Non-overlapping class words of the text, longest first, in text order."""
    taken, spans = [False] * len(text), []
    for word in lexicon.class_words_in(text):
        for m in word_regex(word).finditer(text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                spans.append((m.start(), word))
    return sorted(spans)


# A blanked name right before a position (names leave runs of blanks; the question has single spaces).
NAME_HEAD = re.compile(r"\S\s{2,}$")


def narrowed(classes: frozenset[str], text: str, lexicon: Lexicon) -> frozenset[str]:
    """The answer classes, narrowed to subclasses the question also names ("哪些项目属于科技创新类")."""
    ancestors = lexicon.catalogue.ancestors
    for at, word in class_word_spans(text, lexicon):
        if NAME_HEAD.search(text, 0, at) and not CJK.search(word):
            continue  # "the rural revitalisation college": the head of a name, not a class narrowing the answers
        named = lexicon.class_words[word]
        if named != classes and all(ancestors.get(c, frozenset()) & classes for c in named):
            return frozenset(named)
    return classes


def _topic(text: str, lexicon: Lexicon, answer_word: str | None) -> str:
    """What remains once question, relation, stop and class words are removed.

    One-character class words (人) are removed only as the answer word: elsewhere they are
    part of other words (人才).
    """
    # longest words first, the answer word last: "基地项目类的项目" leaves no "基地" behind
    for pattern in (ORDINAL_MOST, *lexicon.removable, NUMERAL):
        text = pattern.sub(" ", text)
    if answer_word:
        text = word_regex(answer_word).sub(" ", text)
    words = [w for w in PUNCTUATION.split(text) if w and not (len(w) == 1 and CJK.match(w))]
    return " ".join(words)
