"""Lexical retrieval: BM25 (bm25s, numpy backend) over jieba tokens of normalised text.

The tokenizer is a private ``jieba.Tokenizer`` whose user dictionary holds the graph's labels
and aliases, so names stay whole; every Han word longer than two characters also yields its
character bigrams and the dictionary words inside it, and runs of single characters (words
the dictionary does not know) are treated as one word, so a query for a part of a name, or
for a name jieba cannot segment, still matches.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from graph.han import HAN as _HAN
from search.documents import Catalogue
from search.text import normalize

CJK_STOPWORDS = frozenset(["的", "与", "和", "及", "等", "了", "在", "是", "为", "对", "由", "将", "以", "其", "之", "并", "或", "及其", "有关", "相关"])
LATIN_STOPWORDS = frozenset(["a", "an", "and", "are", "as", "at", "by", "co", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with", "ltd", "inc"])
SPARSE_SHARE = 8  # postings summed by sorting while they are fewer than 1/8 of the documents
MEMO_SIZE = 1_000_000  # distinct texts whose tokens are remembered
# The lengths of the inner words jieba's search mode yields of a longer word (jieba.Tokenizer.tokenize).
_INNER_WORDS = (2, 3)
_LATIN = re.compile(r"[0-9a-z]+(?:[.'][0-9a-z]+)*")

# document field groups, each its own BM25 index; a group's scores count with its weight.
FIELD_GROUPS = {
    "name": (frozenset({"label", "label_en", "alias"}), 2.0),
    "body": (None, 1.0),
}


_BASE_LOCK = threading.Lock()
_base: tuple[dict[str, int], int] | None = None


def _base_dictionary() -> tuple[dict[str, int], int]:
    """jieba's default dictionary (prefix-frequency table, total), loaded once per process:
    loading it takes seconds, copying it a tenth of a second, and every engine needs its own
    copy to add its names to."""
    global _base
    with _BASE_LOCK:
        if _base is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            loaded = jieba.Tokenizer()
            loaded.initialize()
            _base = loaded.FREQ, loaded.total
        return _base


def s_stem(word: str) -> str:
    """Harman's S-stemmer: the plural forms 'ies', 'es', 's' reduced to the singular."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    return word[:-1] if word.endswith("s") else word


def names_tokenizer(catalogue: Catalogue) -> Tokenizer:
    """The tokenizer whose dictionary holds every name of ``catalogue``'s documents."""
    return Tokenizer(v for d in catalogue.docs for v in d.name_values)


class Tokenizer:
    """Normalised jieba tokens (search mode) plus stemmed Latin words."""

    def __init__(self, user_words: Iterable[str], max_subword: int = 8,
                 dictionary: tuple[dict[str, int], int] | None = None):
        """``user_words``: the words added to jieba's dictionary (Han words without a space, normalised);
        ``dictionary``: instead, what ``dictionary()`` of a tokenizer gave, taken as it is."""
        import jieba

        freq, total = _base_dictionary()
        self._jieba = jieba.Tokenizer()
        self._jieba.FREQ, self._jieba.total = dict(freq), total
        self._jieba.initialized = True  # what initialize() would load, copied from the shared table
        self.max_subword = max_subword
        self._memo: dict[str, tuple[str, ...]] = {}
        self._blocks: dict[str, tuple[str, ...]] = {}  # jieba's words of each block cut (``_cut``)
        self._split = jieba.re_han_default.split  # a text into the blocks jieba's ``cut`` cuts one by one
        if dictionary is not None:
            self._jieba.FREQ.update(dictionary[0])
            self._jieba.total = dictionary[1]
            return
        for word in sorted({normalize(w) for w in user_words}):
            if _HAN.search(word) and " " not in word:
                self._jieba.add_word(word)  # its frequency is suggested by cutting it: slow for many words

    def dictionary(self) -> tuple[dict[str, int], int]:
        """The entries this tokenizer's dictionary has beyond (or other than) jieba's, and its total."""
        base = _base_dictionary()[0]
        return {w: f for w, f in self._jieba.FREQ.items() if base.get(w) != f}, self._jieba.total

    def memo(self) -> dict[str, tuple[str, ...]]:
        """The tokens remembered so far, by text (kept in the build: search.snapshot)."""
        return dict(self._memo)

    def remember(self, memo: dict[str, tuple[str, ...]]) -> None:
        """Take the tokens ``memo`` holds as those of its texts (a ``memo()`` of a tokenizer of the same words)."""
        self._memo.update(memo)

    def tokens(self, text: str) -> list[str]:
        """The index terms of ``text`` (order kept, repeats kept); remembered, as documents
        repeat the same values (industries, partners, types) many times."""
        found = self._memo.get(text)
        if found is None:
            found = self._tokens(text)
            if len(self._memo) < MEMO_SIZE:
                self._memo[text] = found
        return list(found)

    def _tokens(self, text: str) -> tuple[str, ...]:
        out: list[str] = []
        for piece in self._pieces(normalize(text)):
            if _HAN.search(piece):
                out.extend(self._han_terms(piece))
            else:
                out.extend(s_stem(w) for w in _LATIN.findall(piece) if w not in LATIN_STOPWORDS)
        return tuple(out)

    def words(self, text: str) -> list[str]:
        """The words of ``text`` without their inner bigrams: what a query asks to be covered."""
        out: list[str] = []
        for piece in self._pieces(normalize(text)):
            if _HAN.search(piece):
                out.extend([] if piece in CJK_STOPWORDS else [piece])
            else:
                out.extend(s_stem(w) for w in _LATIN.findall(piece) if w not in LATIN_STOPWORDS)
        return out

    def segment(self, text: str) -> Iterator[tuple[str, int, int]]:
        """jieba's (word, start, end) triples of ``text`` in search mode (inner words too), as its ``tokenize``
        makes them, in its order: each word of ``_cut``, after its inner words of two and of three characters
        the dictionary holds. Over ``_cut``'s remembered blocks: the name index segments every name, whose
        blocks the documents' tokens cut already (jieba's cutting again was ~30% of the name index's CPU)."""
        freq, start = self._jieba.FREQ, 0
        for word in self._cut(text):
            width = len(word)
            for n in _INNER_WORDS:
                if width > n:
                    yield from ((word[i:i + n], start + i, start + i + n) for i in range(width - n + 1)
                                if freq.get(word[i:i + n]))
            yield word, start, start + width
            start += width

    def _cut(self, text: str) -> Iterator[str]:
        """jieba's words of ``text`` (``cut`` without HMM), as jieba's ``cut`` makes them: block by block of its
        split, each block cut alone. A block's words are remembered: the documents' texts repeat their clauses (at
        100x the seed 568,000 characters of Han blocks, 80,000 of them in distinct blocks), and jieba's cutting of
        the fields was a quarter of the indexes part (bench/results/parts29-*.md)."""
        for block in self._split(text):
            if block:
                words = self._blocks.get(block)
                if words is None:
                    words = tuple(self._jieba.cut(block, HMM=False))
                    if len(self._blocks) < MEMO_SIZE:
                        self._blocks[block] = words
                yield from words

    def _pieces(self, text: str):
        """jieba's words, with runs of single Han characters (unknown words) merged into one."""
        run = ""
        for piece in self._cut(text):
            if len(piece) == 1 and _HAN.match(piece) and piece not in CJK_STOPWORDS:
                run += piece
                continue
            if run:
                yield run
                run = ""
            yield piece
        if run:
            yield run

    def _han_terms(self, word: str) -> list[str]:
        """A Han word, its character bigrams and the dictionary words inside it."""
        if word in CJK_STOPWORDS or len(word) < 3:
            return [] if word in CJK_STOPWORDS else [word]
        freq = self._jieba.FREQ
        bigrams = [word[i:i + 2] for i in range(len(word) - 1)]
        inner = [
            word[i:i + n]
            for n in range(3, min(len(word) - 1, self.max_subword) + 1)
            for i in range(len(word) - n + 1)
            if freq.get(word[i:i + n])
        ]
        return bigrams + inner + [word]


class LexicalIndex:
    """BM25 over the field groups of a fixed list of documents (list position = doc number).

    Per group it holds bm25s's precomputed score matrix as plain arrays (a term's column: its
    documents and their BM25 contributions) and the term → column table, so that an index kept
    in a build (search.snapshot) is read back without importing bm25s (and scipy)."""

    def __init__(self, fields: Sequence[Sequence[tuple[str, str]]], tokenizer: Tokenizer):
        import bm25s

        self.size = len(fields)
        self._groups: dict[str, tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray, float]] = {}
        for group, (members, weight) in FIELD_GROUPS.items():
            corpus = [[t for field, value in doc if members is None or field in members for t in tokenizer.tokens(value)]
                      for doc in fields]
            index = bm25s.BM25(backend="numpy")
            # the vocabulary's columns in the order of its terms: bm25s numbers them in a set's order, the hash seed's
            vocab = {t: column for column, t in enumerate(sorted({t for doc in corpus for t in doc}))}
            index.index(([[vocab[t] for t in doc] for doc in corpus], vocab), show_progress=False)
            matrix = index.scores
            self._groups[group] = (dict(index.vocab_dict), matrix["indptr"], matrix["indices"], matrix["data"], weight)

    def _postings(self, group: str, terms: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per query term in the group's vocabulary (repeats kept), (its documents, their
        BM25 contributions): the columns of the precomputed score matrix, nothing dense."""
        vocab, indptr, docs, data, _ = self._groups[group]
        out = []
        for term in terms:
            column = vocab.get(term)
            if column is not None:
                start, end = indptr[column], indptr[column + 1]
                out.append((docs[start:end], data[start:end]))
        return out

    def matches(self, query_tokens: Sequence[str], group: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(documents, scores): every document with a positive BM25 score for the query
        terms, in document order, of one field group or (``group=None``) the weighted sum
        over all groups. Only the postings of the query's terms are read."""
        docs, scores = [], []
        for name, (*_, weight) in self._groups.items():
            if group is None or name == group:
                for held, contribution in self._postings(name, query_tokens):
                    docs.append(held)
                    scores.append(contribution * (weight if group is None else 1.0))
        if not docs:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        held, weights = np.concatenate(docs), np.concatenate(scores).astype(np.float64)
        if len(held) * SPARSE_SHARE >= self.size:
            # common terms (公司, 科技): summing into one slot per document beats sorting postings
            summed = np.bincount(held, weights=weights, minlength=self.size)
            unique = np.flatnonzero(summed > 0)
            return unique.astype(np.int64), summed[unique]
        unique, inverse = np.unique(held, return_inverse=True)
        summed = np.bincount(inverse, weights=weights, minlength=len(unique))
        positive = summed > 0
        return unique[positive].astype(np.int64), summed[positive]

    def coverage(self, query_tokens: Sequence[str]) -> np.ndarray:
        """Per document, the fraction of the distinct query terms found in any of its fields."""
        terms = sorted(set(query_tokens))
        found = np.zeros(self.size, dtype=np.float32)
        held = np.zeros(self.size, dtype=bool)
        for term in terms:
            # a document holding the term in several groups counts once: marked, not made unique (np.unique
            # hashed every posting, most of an answer's time at 1000x the seed)
            held[:] = False
            for name in self._groups:
                for docs, _ in self._postings(name, [term]):
                    held[docs] = True
            found += held
        return found / max(1, len(terms))


def top_positive(scores: np.ndarray, n: int) -> np.ndarray:
    """The indices of the at most ``n`` highest positive scores, best first (ties by index:
    with ``scores`` in document order, by document),
    without sorting every score: a partition first, as most documents score 0 or little."""
    positive = np.flatnonzero(scores > 0)
    if len(positive) > n:
        positive = np.sort(positive[np.argpartition(-scores[positive], n - 1)[:n]])
    return positive[np.argsort(-scores[positive], kind="stable")]
