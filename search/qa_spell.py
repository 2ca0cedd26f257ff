"""Slips in the words a question is read by: "参予" → "参与", "项木" → "项目", "compnies" → "companies".

Chinese input methods type by sound, so the usual typo is a character of the same toneless
pinyin. A run of Chinese characters that is not itself a known word but reads exactly like one
of the reading's own words (question words, relation words, class words), differing from it in
one character, is replaced by that word. Entity names are left alone: a mistyped name is linked
by search (search/qa_link.py), and a correct name must never be "corrected".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, islice

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from graph.han import HAN as CJK
from search.pinyin import units
from search.qa_name_shape import common_word, word_stem
from search.scope_words import EN_TYPO_LETTERS
from search.understand_lexicon import Lexicon

# Words of one or of more than four characters are not respelled: one character reads like
# too many others, and long words are not typed with a single slip.
SHORTEST, LONGEST = 2, 4
# An English word of the reading ("companies", "universities") is known with one slip in five
# letters ("compnies", EN_TYPO_LETTERS as for names); shorter words are left alone.
EN_WORD = re.compile(r"(?<![a-z0-9&'-])[a-z]{5,}(?![a-z0-9&'-])")
# A count or a time after a window: "在那28家单位里", "那两所学校" point at what is counted, "在那天的签约里" at a day
# (那 is no slip of 哪).
COUNT_AFTER = re.compile(r"[0-9一两二三四五六七八九十百几天日年回次]")
# The graph's English words (``Speller.english_known``), found in TEXTS_AT_ONCE texts joined at a time.
EN_LETTERS, TEXTS_AT_ONCE = re.compile(r"[a-z]+"), 4096


class Speller:
    """The reading's vocabulary by sound, and the respelling of a question against it."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.known = {w for w in lexicon.vocabulary if CJK.search(w)}
        self._long_known = tuple(sorted(w for w in self.known if len(w) >= SHORTEST))  # what _spelled_words looks for
        # slips are corrected to the reading's own words (class words, question and stop words: "abuot");
        # a word the graph's texts use is no slip
        # sorted: of two words as near, the first is the one corrected to (a set's order is each process's hash seed's)
        self.english = tuple(sorted({w for w in (*lexicon.class_words, *lexicon.vocabulary) if EN_LETTERS.fullmatch(w)}))
        # each distinct text once: the documents' fields repeat (35 k of 354 k texts distinct at 100x the seed; at
        # 1000x finding the words of all 3.4 M was 3-9 s of the tables part: bench/results/scale38b-*.md)
        fields = (v for d in lexicon.catalogue.docs for _, v in d.fields)
        texts = iter(set(chain(lexicon.vocabulary, lexicon.names, fields)))
        # one pass over each batch of texts joined: a pass per text took seconds at 100x the seed, all the texts
        # joined, their words found all at once, held 112 MB at once there (bench/results/parts27-*.md)
        self.english_known: set[str] = set()
        while batch := list(islice(texts, TEXTS_AT_ONCE)):
            self.english_known.update(EN_LETTERS.findall("\n".join(batch).lower()))
        self.by_sound: dict[tuple[str, ...], list[str]] = {}
        spoken: dict[str, set[str]] = {}
        for word in sorted(self.known):
            if len(word) <= LONGEST and all(CJK.match(c) for c in word):
                spoken.setdefault("".join(sounds(word)), set()).add(word)
                if len(word) >= SHORTEST:
                    self.by_sound.setdefault(sounds(word), []).append(word)
        # the reading's words by their pinyin run together, where one word alone reads so ("hezuo": 合作;
        # "naxie" is 哪些 and 那些, so neither)
        self.spoken = {sound: words.pop() for sound, words in spoken.items() if len(words) == 1}

    def respell(self, text: str) -> str:
        """``text`` (normalised) with homophone slips in the vocabulary's words corrected."""
        _, blanked = self.lexicon.find_names(text)
        out = list(text)
        spelled = self._spelled_words(text)
        for length in range(LONGEST, SHORTEST - 1, -1):
            for start in range(len(text) - length + 1):
                window = "".join(out[start:start + length])
                if blanked[start:start + length] != text[start:start + length] or window in self.known:
                    continue  # inside a name, or already a word
                if any(spelled[start:start + length]):
                    continue  # "哪所幼儿园": a character of a word spelled right is no slip ("所幼" is no 所有)
                if not all(CJK.match(c) for c in window) or COUNT_AFTER.match(text, start + length):
                    continue
                word = self._homophone(window)
                if word:
                    out[start:start + length] = word
        return EN_WORD.sub(self._english, "".join(out))

    def heard(self, word: str) -> str | None:
        """The one word of the reading's (a question, relation, class or stop word, of four characters at
        most) that a lower-case Latin word spells in toneless pinyin ("hezuo daxue": 合作, 大学), else None."""
        return self.spoken.get(word.replace(" ", ""))

    def _spelled_words(self, text: str) -> list[bool]:
        """For each character of ``text``, whether it belongs to one of the reading's words of two
        characters or more written there as they are."""
        spelled = [False] * len(text)
        for word in [w for w in self._long_known if w in text]:
            for m in re.finditer(re.escape(word), text):
                spelled[m.start():m.end()] = [True] * len(word)
        return spelled

    def _english(self, m: re.Match) -> str:
        """The reading's English word a lower-case word is a slip of, else the word."""
        word = m.group(0)
        if word in self.english_known:
            return word
        # a swap of two letters is one slip ("abuot"), as for names (qa_scope)
        best = extractOne(word, self.english, scorer=OSA.distance, score_cutoff=len(word) // EN_TYPO_LETTERS)
        # a slip keeps the first letter: "costs" is no "posts"; a common word is no slip of another ("deans" is
        # no "deals"), though it may be of another form of itself ("universitys")
        if best is None or best[0][0] != word[0] or (common_word(word) and word_stem(word) != word_stem(best[0])):
            return word
        return best[0]

    def _homophone(self, window: str) -> str | None:
        """The one vocabulary word reading like ``window`` and differing from it in one character."""
        words = [w for w in self.by_sound.get(sounds(window), ()) if sum(a != b for a, b in zip(w, window)) == 1]
        return words[0] if len(words) == 1 else None


# The sounds input methods let one type for another ("fuzzy pinyin", 模糊音): front and back nasals
# (名 ming for 民 min) and flat and retroflex initials (族 zu, 竹 zhu); read alike, a slip of either.
FUZZY_SOUNDS = ((re.compile(r"(?<=[aei])ng$"), "n"), (re.compile(r"^([zcs])h"), r"\1"))


def sounds_alike(a: str, b: str) -> bool:
    """Whether two words read the same by an input method's fuzzy pinyin (FUZZY_SOUNDS)."""
    return fuzzy(sounds(a)) == fuzzy(sounds(b))


def fuzzy(syllables: tuple[str, ...]) -> tuple[str, ...]:
    """The syllables as an input method's fuzzy pinyin reads them (FUZZY_SOUNDS: ming and min alike)."""
    for pattern, plain in FUZZY_SOUNDS:
        syllables = tuple(pattern.sub(plain, s) for s in syllables)
    return syllables


@lru_cache(maxsize=4096)
def sounds(word: str) -> tuple[str, ...]:
    """The toneless pinyin syllables of a word: what an input method types it by."""
    return tuple(syllable for _, syllable in units(word))
