"""search.vector_cache: the bounded LRU of arrays; ``many`` computes only the keys it does not keep, in one call."""

import numpy as np

from search.vector_cache import VectorCache


def test_many_computes_the_missing_keys_once_and_keeps_them_within_the_bound():
    calls: list[list[int]] = []

    def compute(keys):
        calls.append(list(keys))
        return [np.full(2, k, dtype=np.float32) for k in keys]

    cache = VectorCache(3)
    first = cache.many([1, 2, 1], compute)
    assert [int(v[0]) for v in first] == [1, 2, 1] and calls == [[1, 2]]
    cache.many([2, 3, 4], compute)
    assert calls[-1] == [3, 4]  # 2 kept; 1, the least recently used, dropped beyond the bound
    cache.many([1], compute)
    assert calls[-1] == [1]


def test_get_and_many_share_what_they_keep():
    cache = VectorCache(4)
    cache.get("a", lambda k: np.zeros(1))
    assert cache.many(["a"], lambda keys: (_ for _ in ()).throw(AssertionError("computed again")))[0].shape == (1,)
