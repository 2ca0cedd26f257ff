"""search.use_windows: the USE forward pass by distinct token window gives the library's vectors and ids."""

from __future__ import annotations

import numpy as np
import pytest

from search import snapshot
from search.index import passages
from search.use_tokens import PlainText, SegmentTokenizer, forced_breaks, spanning
from search import use_windows
from search.use_windows import WindowEncoder, distinct_rows

# Passages as a build composes them (names, then fields joined by 。 and 、), repeating names across
# passages, with 、 next to pieces that contain it (、1 、「 》、《), short and empty texts, English.
TEXTS = [
    "苏州晨光机床行业协会 / Suzhou Chenguang Machine Tool Industry Association。类型:行业协会、Industry association",
    "宁波华锐压缩机有限公司。参与项目:佛山新能源科技技术攻关项目(第59-8号)、佛山智能装备技术攻关项目(第3号)",
    "常州电子信息职业技术学校。参与项目:佛山新能源科技技术攻关项目(第59-8号)、常州人工智能科技项目",
    "第1、2、3批《产教融合》、《职业教育》名单、「试点」、1项目",
    "hydrogen fuel cell training base, Dalian",
    "氢",
    "",
    "  间隔  空格 、 。 结尾 ",
    "。、。、",
]


@pytest.fixture(scope="module")
def backend(use_embedder):
    use_embedder.warm()
    return use_embedder._model._model


@pytest.fixture(scope="module")
def real_passages(kg) -> list[str]:
    """Every passage of the real graph's search catalogue, as a build embeds them."""
    texts, _ = passages(snapshot.catalogue(kg).docs)
    return texts


def test_token_ids_are_the_library_tokenisers(backend):
    tokenizer = SegmentTokenizer(backend.sp)
    for text in TEXTS * 2:  # the second round reads the memoised segments
        assert tokenizer.encode(text) == backend.sp.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_vectors_are_the_librarys_batched_and_one_at_a_time(backend):
    mine = WindowEncoder(backend).encode(TEXTS)
    assert mine.shape == (len(TEXTS), 512) and mine.dtype == np.float32
    batched = backend.encode(TEXTS)
    single = np.vstack([backend.encode([t]) for t in TEXTS])
    assert np.einsum("ij,ij->i", mine, batched).min() >= 0.9999
    assert np.einsum("ij,ij->i", mine, single).min() >= 0.9999


def test_the_embedder_encodes_several_texts_by_window_and_one_query_by_the_library(use_embedder):
    many = use_embedder.encode(TEXTS[:3])
    one = use_embedder.encode(TEXTS[:1])
    assert use_embedder._window_encoder() is not None
    assert float(many[0] @ one[0]) >= 0.9999
    assert np.allclose(np.linalg.norm(many, axis=1), 1.0, atol=1e-5)


def test_distinct_rows_number_equal_rows_alike():
    keys = np.array([[3, 1], [0, 7], [3, 1], [5, 5], [0, 7], [3, 2]])
    first, inverse = distinct_rows(keys)
    assert len(first) == 4
    assert (keys[first][inverse] == keys).all()
    assert inverse[0] == inverse[2] and inverse[1] == inverse[4] and len(set(inverse[[0, 1, 3, 5]])) == 4


def test_real_passages_embed_batched_to_the_librarys_vectors_one_at_a_time(backend, use_embedder, real_passages):
    batched = use_embedder.encode(real_passages)  # one call: by window, the tail without feature rows
    single = np.vstack([backend.encode([text]) for text in real_passages])
    assert use_embedder._window_encoder() is not None
    assert np.abs(batched - single).max() <= 1e-5


def test_a_large_call_sums_its_tokens_by_sparse_product_to_the_librarys_vectors(backend, real_passages, monkeypatch):
    # every call at or above SPARSE_MIN_TOKENS: the sparse product (a build's batches) against the library
    monkeypatch.setattr(use_windows, "SPARSE_MIN_TOKENS", 0)
    sparse = WindowEncoder(backend).encode(real_passages[:200])
    single = np.vstack([backend.encode([text]) for text in real_passages[:200]])
    assert np.abs(sparse - single).max() <= 1e-5


def test_sparse_and_dense_sums_of_tokens_agree():
    rng = np.random.default_rng(0)
    lens = np.array([2, 5, 1, 7])  # a row repeated within a sentence is summed once by the sparse product
    starts = np.concatenate([[0], np.cumsum(lens[:-1])])
    values = [rng.normal(size=(4, 3)).astype(np.float32), rng.normal(size=(6, 2)).astype(np.float32)]
    rows = [rng.integers(0, len(v), size=int(lens.sum())) for v in values]
    weight = rng.uniform(0.5, 2, size=int(lens.sum())).astype(np.float32)
    dense = use_windows._dense_sums(rows, values, weight, starts, lens)
    sparse = use_windows._sparse_sums(rows, values, weight, starts, lens)
    assert sparse.shape == dense.shape == (4, 5) and sparse.dtype == np.float32
    assert np.allclose(sparse, dense, rtol=1e-5, atol=1e-5)


def test_real_passages_tokenise_as_the_library_does(backend, real_passages):
    tokenizer = SegmentTokenizer(backend.sp)
    for text in real_passages:
        assert tokenizer.encode(text) == backend.sp.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_forced_breaks_fall_where_no_piece_can_span():
    breaks = forced_breaks(["▁ab", "ab", "a", "b", "c", "bc"])
    # ▁ is inside no piece (a break before it), c ends every piece that holds it (a break after
    # it), x is in no piece (breaks on both sides); a, b and c appear inside pieces ("ab", "bc").
    assert breaks.split("ab▁abcxa") == ["ab", "▁abc", "x", "a"]


def test_a_cut_is_spanned_where_a_longer_piece_holds_it_there_and_nowhere_else():
    spanned = spanning("、", ["、", "、1", "》、《", "第1、2", "ab"])
    assert spanned is not None
    assert spanned.match("第1、2批", 2)  # the piece begins before the place: read by a look-behind
    assert spanned.match("书》、《刊", 2) and spanned.match("、1项", 0) and spanned.match("x、1", 1)
    # the piece's head must be in the text before the place, and its tail after it
    assert not spanned.match("》、x", 1) and not spanned.match("、《刊", 0) and not spanned.match("1、2", 1)
    assert not spanned.match("甲、乙", 1) and not spanned.match("", 0)
    assert spanning("。", ["。", "ab"]) is None  # no longer piece holds it: every 。 is a cut


def test_distinct_rows_renumber_keys_too_wide_to_pack():
    rng = np.random.default_rng(0)
    small = rng.integers(0, 3, size=(200, 6))
    keys = small * (2**40)  # six columns of 41 bits cannot share one int64
    first, inverse = distinct_rows(keys)
    assert (keys[first][inverse] == keys).all()
    assert len(first) == len(np.unique(small, axis=0))


# Texts the charsmap changes (full width, compatibility forms, combining marks, other spaces, ▁)
# and texts it leaves as they are but for spaces (runs of spaces, leading and trailing ones).
CHANGED = ["ｆｕｌｌ　ｗｉｄｔｈ", "e\u0301cole", "ﬁne", "①号", "tab\there", "▁x▁", "Ａ公司", "x\u3000y", "𝐀bold", "か\u3099"]
UNCHANGED = ["  two  spaces ", "", "   ", "café 合作、项目。", "Dalian / 大连 (No. 5)", "a。b"]


def test_plain_texts_normalise_as_the_library_does_and_others_are_left_to_it(backend):
    plain, library = PlainText(backend.sp._normalizer), backend.sp._normalizer
    for text in UNCHANGED:
        assert plain.normalize(text) == library.normalize(text), text
    for text in CHANGED:
        assert plain.normalize(text) is None, text
    tokenizer = SegmentTokenizer(backend.sp)
    for text in CHANGED:
        assert tokenizer.encode(text) == backend.sp.encode(text, out_type=int, add_bos=True, add_eos=True), text
