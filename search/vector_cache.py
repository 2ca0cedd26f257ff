"""A small thread-safe LRU cache of arrays, computed from their key on a miss.

Contract: ``VectorCache(size).get(key, compute)`` returns the array kept for ``key``, else
``compute(key)``, kept (the least recently used item dropped beyond ``size``); ``many(keys, compute)``
the same for several keys, those missing computed in one call (a batch of encodings). Two threads missing
one key may both compute it; the last one kept wins (the arrays are equal).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence

import numpy as np


class VectorCache:
    """A small thread-safe LRU of arrays computed from their key: query vectors keyed by the
    folded query text, document masks keyed by the filter's terms."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute) -> np.ndarray:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        vector = compute(key)
        self._keep({key: vector})
        return vector

    def many(self, keys: Sequence[Hashable], compute) -> list[np.ndarray]:
        """The arrays of ``keys``; those not kept are ``compute(missing keys)`` (rows in their order), then kept."""
        with self._lock:
            found = {key: self._items[key] for key in keys if key in self._items}
            for key in found:
                self._items.move_to_end(key)
        missing = [key for key in dict.fromkeys(keys) if key not in found]
        if missing:
            found |= dict(zip(missing, compute(missing)))
            self._keep({key: found[key] for key in missing})
        return [found[key] for key in keys]

    def _keep(self, items: dict[Hashable, np.ndarray]) -> None:
        with self._lock:
            self._items.update(items)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
