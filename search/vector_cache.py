"""A small thread-safe LRU cache of arrays, computed from their key on a miss.

Contract: ``VectorCache(size).get(key, compute)`` returns the array kept for ``key``, else
``compute(key)``, kept (the least recently used item dropped beyond ``size``). Two threads missing
one key may both compute it; the last one kept wins (the arrays are equal).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

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
        with self._lock:
            self._items[key] = vector
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return vector
