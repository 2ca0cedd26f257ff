"""Names a question shortened, mistyped or typed in pinyin, replaced by the names of the graph.

Contract: each ``Renamer`` method takes the question as the answerer normalised it and gives it with
names replaced by the graph's, normalised the same way (``short_named`` and ``pinyin_named`` the
question itself when nothing was replaced, ``relinked`` and ``named_unknown`` None). The answerer
(search/qa.py) decides when to try them: short forms and pinyin before the first reading, the
others when that reading found nothing. Names are matched by the search engine only (search.qa_link).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.han import HAN_RUN
from graph.han import HAN as CJK
from search.engine import SearchEngine
from search.names import MIN_TYPO_HAN, WHOLE_TIERS
from search.pinyin import spelled_out
from search.qa_facts import TITLE
from search.qa_accounted import TopicWords
from search.qa_link import LINKABLE, link, named, named_match, short_named, slip_of
from search.qa_name_shape import common_word
from search.qa_overlap import OverlapNames, english_phrase, written
from search.name_table import is_subsequence
from search.qa_spans import ZH_BOUNDARY, tagged_words
from search.qa_spell import sounds, sounds_alike
from search.qa_verbs import CHAIN_TAGS
from search.text import LATIN_WORD, normalize
from search.understand import Understanding

# A run of Latin words in a Chinese question, and how many letters a name typed in pinyin has at least
# (two syllables: "dalian"; fewer read like English words).
LATIN_RUN = re.compile(r"[a-z]+(?: [a-z]+)*")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
PINYIN_WORD = re.compile(r"\b[a-z]+\b")
# How many entities a pinyin word is looked up among to tell whether it names one alone.
DISTINCT_K = 10
PINYIN_NAME_LETTERS = 6
# How many characters after a topic word a short form may go on (交通 + 大学: the class word the parse took).
SHORT_TAIL = 2
ORGANISATIONS = ("Organization",)
# How many characters around a topic word a name typed with a slip may take in (大连 + 锂公科技).
SLIP_REACH = 4


class Renamer:
    """Phrases of a normalised question replaced by the graph's names that search links them to
    (search.qa_link), normalised as the question is."""

    def __init__(self, engine: SearchEngine, min_score: float, min_ratio: float, words: TopicWords,
                 slip_max_share: float = 0.0, overlap: OverlapNames | None = None):
        """``min_score``, ``min_ratio``: what linking a phrase by lexical search takes (QAConfig.link_min_*);
        ``words``: the content words of a phrase, each of which a name it is linked to must account for;
        ``slip_max_share``: how much of a name typed with slips may differ (QAConfig.slip_max_share; 0 links none)."""
        self.engine, self.min_score, self.min_ratio, self.words = engine, min_score, min_ratio, words
        self.slip_max_share, self.overlap = slip_max_share, overlap

    def relinked(self, text: str, u: Understanding, strict: bool = False) -> str | None:
        """The question with short forms and typos of names in the topic replaced by the names ("大交大" →
        "大连交通大学"), or None when nothing was replaced; ``strict``: linked only when the phrase is a
        whole name as search matches names (qa_link.named)."""
        new = text
        held_names = {normalize(n) for m in u.mentions for n in m.doc.name_values}
        # a post's title is what is asked about, never a name to link ("总经理" is no 董建军)
        for word in (w for w in [*_joined(text, u.topic), *_phrases(u.topic)] if not TITLE.search(w)):
            before = [m.text + word for m in u.mentions if m.text + word in new]
            before += [word + m.text for m in u.mentions if word + m.text in new]
            # "Dalian Heye": a short English name whose first word was read as a place
            before += [m.group() for m in re.finditer(rf"\b[a-z]+\s+{re.escape(word)}\b", new) if " " not in word]
            for phrase in [*before, word]:
                label = self.label_linked(phrase, strict)
                if label and strict and _misheard(phrase, normalize(label)):
                    continue  # 东软集团 is no slip of 青软…集团: another company the graph does not hold
                if label and (_mostly_elsewhere(phrase, normalize(label)) or self.words.partly_named(phrase, normalize(label))):
                    continue  # 锂电池储能 shares 电池 with a fuel-cell project's name, 无线充电 充电: another topic
                # a mention and the word after it naming that same entity swallows the word ("国创氢能一年营收")
                if label and not (phrase != word and normalize(label) in held_names):
                    new = new.replace(phrase, normalize(label))  # a name, normalised as the question is
                    break
        if new == text and not strict and self.overlap is not None and english_phrase(text):
            # "the turn-mill-bore machining centres": the words of a name around a topic word (search.qa_overlap)
            for word in u.topic.split():
                new = self.overlap.renamed(new, word) or new
        return new if new != text else None

    def short_named(self, text: str, u: Understanding) -> str:
        """The question with each topic word that is, or begins with, one entity's whole short form
        replaced by its name ("大交大签": the parse left 签 on it)."""
        for word in (w for w in _phrases(u.topic) if CJK.search(w)):
            # with the kind the parse took off its end, an organisation's ("交通大学": topic 交通, class 大学),
            # or cut short ("大交大签"); not its start: 北京理工大学 is no 理工大学
            at = text.find(word) + len(word)
            longer = [word + text[at:at + n] for n in range(SHORT_TAIL, 0, -1) if HAN_RUN.fullmatch(text[at:at + n])]
            # or glued between verbs and adverbs the parse kept with it ("纠结报交大": 交大, "听说海大也": 海大; never
            # after a place or a name, "宁波职院", "北京交大" are other schools)
            tries = [*((p, ORGANISATIONS) for p in longer), *((word[:n], LINKABLE) for n in range(len(word), 1, -1)),
                     *((word[i:j], LINKABLE) for i in range(1, len(word) - 1) for j in range(len(word), i + 1, -1)
                       if verbs_around(text, word, i, j))]
            found = next(((p, label) for p, kinds in tries for label in [short_named(self.engine, p, kinds)] if label), None)
            text = text.replace(glued(text, found[0], normalize(found[1])), normalize(found[1])) if found else text
        return text

    def overlapped(self, text: str, u: Understanding) -> str:
        """An English question with each phrase ending in a name's kind word that names an entity the reading did not
        link, in other words than the graph's ("the AI computing centre"), replaced by its name (search.qa_overlap)."""
        if self.overlap is None or u.lang != "en":
            return text
        return self.overlap.kind_ended(text, (m.doc.iri for m in u.mentions), (m.text for m in u.mentions))

    def overlap_read(self, spans: list[str], question: str, u: Understanding, linked: frozenset[str] = frozenset()) -> list[str]:
        """Those of ``spans`` (read as unknown names in ``question``, as typed) that are part of a name of the graph's:
        inside one of ``linked`` (spans a relinking found names: "PEM" of "pem fuel cells"), or read so by
        ``overlapped`` (the question holds them and the question so renamed does not)."""
        if not spans:
            return []
        text = normalize(question)
        renamed = self.overlap.kind_ended(text, ()) if self.overlap is not None and u.lang == "en" else text
        return [s for s in spans if any(written(normalize(n), s) for n in linked)
                or (renamed != text and written(text, s) and not written(renamed, s))]

    def slipped(self, text: str, u: Understanding) -> str:
        """The question with each run of a Chinese topic word that is a whole name typed with a slip of the
        input method (one character of the same sound: "大连锂公科技", "大连医科达学") replaced by the name;
        a run reading otherwise is another name ("大连海洋大学" is no 大连海事大学) and is left alone."""
        for word in (w for w in u.topic.split() if CJK.search(w) and len(w) >= SHORT_TAIL and w in text):
            found = next(((p, f) for p in _windows(text, word) for f in [slip_of(self.engine, p, self.slip_max_share)]
                          if f is not None), None)
            if found is not None:
                text = text.replace(found[0], normalize(found[1][0].label))
        return text

    def pinyin_named(self, text: str, heard: Callable[[str], str | None] = lambda word: None) -> str:
        """A Chinese question with a name typed in pinyin ("dalian ligong daxue 签了几个项目"): in each run of
        letters, the longest runs of words that are a whole name (read as whole syllables) replaced by the
        name, and when one is, the run's other words that spell one of the reading's words (``heard``:
        "guochuang qingneng de hezuo daxue" → 国创氢能…的合作大学) by that word; a run naming nothing is left
        as typed ("beijing daxue" stays one unknown name)."""
        if not CJK.search(text):
            return text
        for run in dict.fromkeys(LATIN_RUN.findall(text)):
            read = self._pinyin_read(run.split(), heard)
            if read is not None:
                at = text.find(run)
                # the words read are Chinese now: no spaces between them and the characters around
                before, after = text[:at].rstrip() if CJK.match(read[:1]) else text[:at], text[at + len(run):]
                after = after.lstrip() if read and CJK.match(read[-1]) else after
                text = before + read + after
        return text

    def _pinyin_read(self, words: list[str], heard: Callable[[str], str | None]) -> str | None:
        """The run of Latin ``words`` with its whole names and, around them, the reading's words read in Chinese;
        None when no name is in it."""
        out: list[str] = []
        i, named_any = 0, False
        while i < len(words):
            name = next(((j, found) for j in range(len(words), i, -1)
                         for found in [self._pinyin_name(words[i:j], whole=j - i == len(words))] if found), None)
            if name is not None:
                out.append(normalize(name[1]))
                i, named_any = name[0], True
                continue
            out.append(heard(words[i]) or words[i])
            i += 1
        if not named_any:
            return None
        joined = ""
        for piece in out:  # Chinese pieces run together, Latin ones keep a space
            joined += piece if not joined or (CJK.match(piece[:1]) and CJK.match(joined[-1])) else " " + piece
        return joined

    def _pinyin_name(self, words: list[str], whole: bool) -> str | None:
        """The label of the entity the words typed in pinyin are a whole name of (qa_link.named), else None; a
        part of a run (not ``whole``) must spell it out with no slip, as other words stand beside it."""
        joined = "".join(words)
        if len(joined) < PINYIN_NAME_LETTERS or not spelled_out(joined, False):
            return None
        found = named_match(self.engine, " ".join(words))
        if found is None or not (whole or (found[1].via == "pinyin" and found[1].tier in WHOLE_TIERS)):
            return None
        return found[0].label

    def pinyin_in_english(self, question: str, text: str, plain: Callable[[str], bool]) -> str:
        """An English question naming something by its Chinese name typed in pinyin ("the Hongmeng talent
        centre", "Qingruan Innovation"): each capitalised word of ``question`` that is no English word (``plain``)
        and spells a whole name of one entity (english_of_pinyin), replaced in ``text`` (normalised) by that
        entity's English name, with the words after it that name repeats; ``text`` unchanged otherwise."""
        if CJK.search(text):
            return text
        text = self._pinyin_runs_in_english(text, plain)
        for word in dict.fromkeys(w.lower() for w in CAPITALISED.findall(question)):
            # a word of a name of the graph's ("Jiaotong" of Dalian Jiaotong University) names it when it stands alone
            name = self.english_of_pinyin(word) if not plain(word) or not common_word(word) else None
            if name and plain(word) and _beside_own_words(text, word, name):
                continue  # "dalian jiaotong university", "dalian jiaotong": the name written whole or in part is read
            said = re.search(rf"\b{word}((?:\s+[a-z]+)*)", text) if name else None
            if name and said is not None:
                repeated = re.match(r"(?:\s+(?:" + "|".join(map(re.escape, name.split())) + r"))*", said.group(1))
                text = text[:said.start()] + name + text[said.start() + len(word) + (repeated.end() if repeated else 0):]
        return text

    def _pinyin_runs_in_english(self, text: str, plain: Callable[[str], bool]) -> str:
        """``text`` (an English question, normalised) with each run of two words or more typed in pinyin that is
        a whole Chinese name (qa_link.named: "dalian jiaotong daxue") replaced by the entity's English name
        (normalised), when a word of the run is no English word of the graph's or the reading's (``plain``):
        "long march", "dalian" alone are English words or names already read."""
        words = PINYIN_WORD.findall(text)
        for i in range(len(words)):
            for j in range(len(words), i + 1, -1):
                run = words[i:j]
                phrase = " ".join(run)
                if phrase not in text or all(plain(w) or common_word(w) for w in run) or \
                        not all(spelled_out(w, False) for w in run):
                    continue
                # spelled out whole, no slip: "dalian take" is one edit from 大连医科's pinyin, and English
                found = named_match(self.engine, phrase)
                if found is not None and found[1].via == "pinyin" and found[1].tier in WHOLE_TIERS:
                    english = normalize(found[0].names.en or found[0].label)
                    return self._pinyin_runs_in_english(re.sub(rf"\b{re.escape(phrase)}\b", english, text), plain)
        return text

    def pinyin_named_in(self, name: str, plain: Callable[[str], bool]) -> bool:
        """Whether a name-like span of an English question is a name typed in pinyin (english_of_pinyin) with
        English words of the graph's around it ("Qingruan Innovation"), held once renamed."""
        words = name.lower().split()
        spelled = [w for w in words if not plain(w) and self.english_of_pinyin(w)]
        if spelled and all(w in spelled or plain(w) for w in words):
            return True
        # "Dalian Jiaotong Daxue": a run of pinyin words that is a whole name, with English words around it
        renamed = self._pinyin_runs_in_english(" ".join(words), plain)
        return renamed != " ".join(words) and all(plain(w) for w in PINYIN_WORD.findall(renamed))

    def english_of_pinyin(self, word: str) -> str | None:
        """The English name (normalised) of the one entity a lower-case word of whole pinyin syllables spells a whole
        Chinese name of ("hongmeng": 鸿蒙, OpenHarmony); None when it spells none, or several."""
        if len(word) < PINYIN_NAME_LETTERS or not spelled_out(word, False):
            return None
        found = [(d, m) for d, m in self.engine.match_names(word, k=DISTINCT_K, whole=False) if m.via == "pinyin"]
        docs = {d.iri: d for d, m in found if m.tier in WHOLE_TIERS}
        if not docs and len({d.iri for d, _ in found}) == 1:
            # "Jiaotong": a word of the one entity's English name, spelling a part of its Chinese name that no
            # other entity's name reads (交通 of 大连交通大学; "ligong" reads 理工 and 锂工 alike, so names neither)
            doc = found[0][0]
            docs = {doc.iri: doc} if any(word in LATIN_WORD.findall(normalize(n)) for n in doc.name_values) else {}
        return normalize(next(iter(docs.values())).names.en or "") or None if len(docs) == 1 else None

    def named_unknown(self, text: str, unknown: list[str]) -> str | None:
        """The question with each name read as unknown that is a whole name of the graph's, mistyped,
        replaced by that name (qa_link.named), or an English one naming an entity in other words, with the words
        around it, by the entity's name (``overlap``: search.qa_overlap); None when none is. A Chinese name must read the same
        (the input method's slip, qa_spell): 大连海洋大学 is another university, not 大连海事大学."""
        new = text
        for name in map(normalize, unknown):
            label = normalize(self.label_linked(name, strict=True) or "")  # normalised as the question is
            # read as the name it was matched to (开源鸿梦人才培养中心: the project's name 开源鸿蒙人才培养中心)
            found = named_match(self.engine, name) if label else None
            if label and CJK.search(name) and not sounds_alike(name, normalize(found[1].text if found else label)):
                continue
            if label and _other_pinyin(name, label):
                continue  # "wang ming" is another person than Wang Bin, not a slip typing him
            if label and name in new:
                new = new.replace(name, label)
            elif not label and self.overlap is not None and english_phrase(name):
                # a name written in other words than the graph's ("turn-mill-bore machining center"): search.qa_overlap
                new = self.overlap.renamed(new, name) or new
        return new if new != text else None

    def label_linked(self, phrase: str, strict: bool) -> str | None:
        """The label a phrase links to (qa_link.link), or with ``strict`` only a whole name's."""
        lang = "zh" if CJK.search(phrase) else "en"
        if strict:
            name = named(self.engine, phrase)
            return None if name is None else name[0 if lang == "zh" else 1]
        return link(self.engine, phrase, self.min_score, self.min_ratio, lang)


def _windows(text: str, word: str) -> list[str]:
    """The runs of Chinese characters of ``text`` that may be a name typed with one slip (MIN_TYPO_HAN characters
    or more), longest first: ``word`` with up to SLIP_REACH characters around it (the parse may have read a
    place or a class word off the name: 大连|锂公科技), then the runs inside ``word``."""
    at = text.find(word)
    run = next(m for m in HAN_RUN.finditer(text) if m.start() <= at < m.end()) if CJK.match(word[0]) else None
    if run is None:
        return []
    start, end = at - run.start(), at - run.start() + len(word)
    around = [run.group()[a:b] for a in range(max(0, start - SLIP_REACH), start + 1)
              for b in range(end, min(len(run.group()), end + SLIP_REACH) + 1)]
    inside = [word[a:a + n] for n in range(len(word) - 1, MIN_TYPO_HAN - 1, -1) for a in range(len(word) - n + 1)]
    return sorted((w for w in around if len(w) >= MIN_TYPO_HAN), key=len, reverse=True) + inside


def _beside_own_words(text: str, word: str, name: str) -> bool:
    """Whether ``word`` stands in ``text`` next to another word of ``name`` (the name written whole or in part)."""
    own = set(name.split()) - {word}
    return any(m.group(1) in own or m.group(2) in own
               for m in re.finditer(rf"(?:([a-z]+)\s+)?\b{re.escape(word)}\b(?:\s+([a-z]+))?", text))


def one_name(text: str, u: Understanding) -> str:
    """``text`` with a name and the topic word (or name) right after it read as one name when the word is a shortening of
    the rest of one of the entity's names ("辽宁轻工职院": 辽宁轻工 + 职院 is 辽宁轻工职业学院, and 职院 alone no
    other college); ``text`` unchanged when the question has no such pair."""
    # the word after may be a topic word, or a name read in it ("良机予人咨询公司": 咨询 is no industry asked about)
    words = [w for w in u.topic.split() if CJK.search(w) and len(w) >= 2] + [m.text for m in u.mentions if CJK.search(m.text)]
    for m in u.mentions:
        at = text.find(m.text)
        end = at + len(m.text)
        for word in (w for w in words if at >= 0 and text.startswith(w, end)):
            for name in map(normalize, m.doc.name_values):
                rest = name[name.find(m.text) + len(m.text):] if m.text in name else ""
                if rest and is_subsequence(word, rest):
                    return text[:at] + name + text[end + len(word):]
    return text


def _other_pinyin(phrase: str, name: str) -> bool:
    """Whether a phrase and a name, both spelled wholly in pinyin, are other syllables: a slip typing
    pinyin leaves letters that are no syllable, so whole syllables that differ are another name."""
    words = [*phrase.split(), *name.lower().split()]
    return all(w.isalpha() and spelled_out(w, False) for w in words) and \
        phrase.replace(" ", "") != name.lower().replace(" ", "")


def _misheard(phrase: str, name: str) -> bool:
    """Whether a Chinese phrase linked to ``name`` as a slip is neither a shortening of it (大工) nor
    typed by its sound (冰山松阳 for 冰山松洋): a Chinese input method slips to a character of the same
    sound, so a phrase reading otherwise names something else."""
    if not CJK.search(phrase) or is_subsequence(phrase, name):
        return False
    said, heard = " ".join(sounds(phrase)), " ".join(sounds(name))
    return f" {said} " not in f" {heard} "


def glued(text: str, phrase: str, name: str) -> str:
    """``phrase`` (a short form of ``name`` in ``text``) with the characters after it that go on as the name goes on
    after the phrase's last character, when a boundary (ZH_BOUNDARY: 和, 还是, a stop) or the end follows them: the
    rest of the name the short form's match left glued to the next word ("理工大和职业技术学院": 理工 matched, 大 is
    大连理工大学's; "交大学生" keeps 学 for 学生)."""
    at = text.find(phrase)
    if at < 0 or not phrase or phrase[-1] not in name:
        return phrase
    rest, after = name[name.rindex(phrase[-1]) + 1:], text[at + len(phrase):]
    n = next((n for n in range(min(len(rest), len(after)), 0, -1) if after.startswith(rest[:n])), 0)
    return phrase + after[:n] if n and after[n:n + 1] in ("", *ZH_BOUNDARY) else phrase


def verbs_around(text: str, word: str, i: int, j: int) -> bool:
    """Whether the characters of ``word`` (in ``text``) before ``i`` and from ``j`` are verbs and adverbs by the tagger:
    each of its words lying on them is tagged one (search.qa_verbs.CHAIN_TAGS; "纠结|报交|大": 纠结报 is, "听说|海大|也":
    听说 and 也 are, "宁波|职院": 宁波 is a place)."""
    at = text.find(word)
    if at < 0:
        return False
    around = [(at, at + i), (at + j, at + len(word))]
    tags = [tag for w, tag, start in tagged_words(text) for a, b in around if a < b and start < b and start + len(w) > a]
    return bool(tags) and all(tag in CHAIN_TAGS for tag in tags)


def _mostly_elsewhere(phrase: str, name: str) -> bool:
    """Whether half or more of a Chinese phrase's characters are not in the ``name`` it was linked to: a
    shortening or a slip of a name keeps most of it (大交大, 大连理工大雪), a phrase sharing a word with it does not."""
    return bool(CJK.search(phrase)) and 2 * sum(ch in name for ch in phrase) <= len(phrase)


def _joined(text: str, topic: str) -> list[str]:
    """The run of Chinese characters in ``text`` from the topic's first Chinese word to its last, when the
    parse split one name there ("大连三有电器": a slip's 有 read as a verb leaves 大连三 and 电器); else none."""
    words = [w for w in topic.split() if CJK.search(w)]
    start = text.find(words[0]) if len(words) >= 2 else -1
    end = text.find(words[-1], start) + len(words[-1]) if start >= 0 else -1
    return [text[start:end]] if start >= 0 and end > start and HAN_RUN.fullmatch(text[start:end]) else []


def _phrases(topic: str) -> list[str]:
    """The topic's phrases a name may hide in: Chinese words of two characters or more, and the Latin
    words together (or one Latin word of four letters or more)."""
    latin = " ".join(w for w in topic.split() if not CJK.search(w))
    return [w for w in topic.split() if CJK.search(w) and len(w) >= 2] + ([latin] if len(latin) >= 4 else [])
