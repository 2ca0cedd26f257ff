"""A person the question calls by surname and post: "杨书记", "董副总", "董总", "Secretary Yang", "Mr. Dong".

Strangers name a person the way the article's readers speak of them, by surname and post, not by the full name the
graph holds; read as written, "杨书记那所学校跟哪家幼儿园合作" asks about a person named 杨党委书记 the graph lacks, and an
answerable question is refused ("图谱中没有关于杨党委书记的任何信息"). Such a call is the person's name when the graph
holds exactly one person of that surname holding a post the call's words are part of:

- Chinese: a person's name the tagger reads (PER) opens with the surname of a person the graph holds, and the
  characters after the surname are a stretch of one of that person's posts (副总 and 总 of 副总经理, 书记 of 党委书记,
  校长), covering the rest of the tagger's word;
- English: the surname (a held person's English name's first word, as Chinese names are written) after words of one
  of that person's English posts ("Secretary", "President", "Deputy General Manager") or after a courtesy title
  (``COURTESY``: "Mr.", "Dr"), no capitalised word after it (then it is a full name, "Yang Yuequan").

Two people of the graph's both fitting a call, or none, leave the question as written: a surname and post the graph
holds of nobody ("王副总", "Mr. Wang") stays a name the graph lacks, refused as before (search.qa_scope).

Contract: ``TitledPeople.named(text)`` gives ``text`` with each such call replaced by the person's name in the
question's language (the text folded, traditional → simplified, when it replaces one), else ``text`` itself. Pure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from graph.han import HAN, fold
from search.qa_spans import tagged_words

PERSON_TAG = "PER"  # the Chinese tagger's tag of a person's name
# The courtesy titles an English question puts before a surname: they name no post, any person may be called so.
COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "madam"})
EN_FUNCTION = frozenset({"of", "the", "and"})
EN_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")  # the word right before a surname ("Mr. ", "Secretary ")


class TitledPeople:
    """The graph's people by surname, each with the posts they hold in both languages."""

    def __init__(self, people: Iterable[tuple[str, str, str, str]]):
        """``people``: (Chinese name, English name, Chinese post, English post), one a post held."""
        zh: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        en: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for name, name_en, post, post_en in people:
            if HAN.search(name) and len(name) >= 2 and post:
                zh[name[0]][name].add(fold(post))
            if name_en and " " in name_en.strip() and post_en:
                en[name_en.split()[0].lower()][name_en].update(w.lower() for w in re.findall(r"[A-Za-z]+", post_en))
        self.zh, self.en = zh, en
        # a held surname capitalised, no capitalised word after it (then it opens a full name: "Yang Yuequan")
        self.en_call = re.compile(r"\b(" + "|".join(re.escape(s.capitalize()) for s in sorted(en)) + r")\b(?!\s+[A-Z])") if en else None
        self.en_posts = frozenset(w for people in en.values() for posts in people.values() for w in posts) - EN_FUNCTION

    @classmethod
    def of(cls, positions: Iterable[tuple[str, str, str, str]], label: Callable[..., str]) -> TitledPeople:
        """From the graph's positions (person, post, organisation, title: search.qa_facts) and its labels."""
        return cls({(label(who), label(who, "en"), label(post), label(post, "en")) for who, post, _, _ in positions})

    def named(self, text: str) -> str:
        """``text`` with each call by surname and post replaced by the one person's name it fits (see the module)."""
        folded = fold(text)
        out = self._zh_named(folded) if HAN.search(folded) else folded
        out = self._en_named(out)
        return out if out != folded else text

    def _zh_named(self, text: str) -> str:
        """The Chinese calls replaced, from the last so that offsets hold."""
        for word, tag, start in reversed(tagged_words(text)):
            if tag == PERSON_TAG and (fit := self._zh_fit(text, word, start)) is not None:
                text = text[:start] + fit[0] + text[start + fit[1]:]
        return text

    def _zh_fit(self, text: str, word: str, start: int) -> tuple[str, int] | None:
        """(the one person's name, the call's length) for a tagged person's name at ``start``, or None."""
        fits = []
        for name, posts in self.zh.get(word[0], {}).items():
            called = max((n for n in range(len(text) - start - 1, 0, -1)
                          if any(text[start + 1:start + 1 + n] in post for post in posts)), default=0)
            if called and 1 + called >= len(word):
                fits.append((name, 1 + called))
        return fits[0] if len(fits) == 1 else None

    def _en_named(self, text: str) -> str:
        """The English calls replaced, from the last so that offsets hold."""
        for m in reversed(list(self.en_call.finditer(text)) if self.en_call is not None else []):
            if (fit := self._en_fit(text[:m.start()], m.group(1))) is not None:
                text = text[:fit[1]] + fit[0] + text[m.end():]
        return text

    def _en_fit(self, before: str, surname: str) -> tuple[str, int] | None:
        """(the one person's name, where the call opens) for a held surname after ``before``, or None: the words right
        before it that are a courtesy title or words of a post, all of the person's posts unless a courtesy title."""
        titles: list[str] = []
        while (w := EN_WORD_BEFORE.search(before)) is not None and w.group(1).lower() in COURTESY | self.en_posts | EN_FUNCTION:
            titles.insert(0, w.group(1).lower())
            before = before[:w.start()]
        while titles and titles[0] in EN_FUNCTION:  # ("the President Yang", "of Mr. Dong": no word of the call)
            before += titles.pop(0) + " "
        fits = [name for name, posts in self.en.get(surname.lower(), {}).items()
                if titles and (titles[-1] in COURTESY or all(w in posts | EN_FUNCTION for w in titles))]
        return (fits[0], len(before)) if len(fits) == 1 else None
