"""One object for each distinct immutable value of a state about to be pickled (search.snapshot).

A kept state holds the same IRI, label or word many times over as separate but equal strings (made
by separate SPARQL rows, splits and joins), and the same small tuples and sets of them: pickle keeps
each copy, and every start made them all again. At 100x the seed 40-80% of the strings of the kept
states were copies, and unpickling spent its time making objects: after sharing, the states held
57% fewer objects and read back 35% faster (bench/results/start20-restart-1000x-2026-12-05.md).

Contract: ``share_equal(state, skip)`` replaces, in place, every string, integer and bytes value and
every tuple and frozenset reached from ``state`` by the first equal one met (a tuple or frozenset
is equal when its items, made one object each first, are the same objects; a named tuple is made
again by its ``_make``; a tuple subclass without one is left as it is). It walks dicts (refilled in
their order: keys and values), lists, sets and the ``__dict__`` of other objects; it never enters the
objects of ``skip`` (live objects a snapshot keeps as references) nor classes, modules, functions,
arrays or anything without a ``__dict__``. The values stay equal, so every lookup, comparison and
order of the state is as before; only identities are shared. Not for a state another thread is
reading: its dicts and sets are refilled.
"""

from __future__ import annotations

import sys
from itertools import chain
from operator import is_
from collections.abc import Callable, Iterable
from types import FunctionType, ModuleType
from typing import Any

# What the walk never enters: code and types (their __dict__ is the class's or module's own).
OPAQUE = (type, ModuleType, FunctionType)
# The atoms a tuple or frozenset is keyed by its value for (_by_value): exactly these types, no two comparing equal.
_VALUED = frozenset({str, int, bytes})
# What a key by value opens with: no key by ids does (a frozenset of integers equal to another's items' ids was once
# taken for that other set).
_BY_VALUE = object()


class _Sharer:
    """The walk of one state: the first of each equal value met, and the containers walked. A container's items are
    walked by ``items``, a string's without a call (most of them are strings: a call each was a third of the walk)."""

    def __init__(self, skip: Iterable[object]):
        self.strings: dict[str, str] = {}  # each atom type its own table (1 and True are not one value)
        self.ints: dict[int, int] = {}
        self.bytestrings: dict[bytes, bytes] = {}
        # (_BY_VALUE, type, the container) when its items are of _VALUED types, else (type, its items' ids) -> the first met
        self.composites: dict[tuple, Any] = {}
        # id -> a container of ``composites`` met again: met once more, it is its own shared one without a walk of its
        # items (at 100x the seed a name index's 31,000 names hold ~500,000 reading units, a few thousand tuples)
        self.again: dict[int, Any] = {}
        self.walked: set[int] = {id(obj) for obj in skip}
        self.handlers: dict[type, Callable[[Any], Any]] = {
            str: self.string, int: self.integer, bytes: self.bytestring, tuple: self.tuple, frozenset: self.frozenset,
            dict: self.dict, list: self.list, set: self.set,
        }

    def value(self, obj: Any) -> Any:
        handler = self.handlers.get(type(obj))
        if handler is not None:
            return handler(obj)
        if isinstance(obj, tuple):
            return self.tuple(obj)
        if isinstance(obj, dict):
            return self.dict(obj)
        if hasattr(obj, "__dict__") and not isinstance(obj, OPAQUE) and id(obj) not in self.walked:
            self.walked.add(id(obj))
            self.dict(vars(obj))
        return obj

    def items(self, objs: Iterable[Any]) -> list:
        """``value`` of each of ``objs``, in their order."""
        strings, value = self.strings, self.value
        return [strings.setdefault(x, x) if type(x) is str else value(x) for x in objs]

    def string(self, obj: str) -> str:
        return self.strings.setdefault(obj, obj)

    def integer(self, obj: int) -> int:
        return self.ints.setdefault(obj, obj)

    def bytestring(self, obj: bytes) -> bytes:
        return self.bytestrings.setdefault(obj, obj)

    def tuple(self, obj: tuple) -> tuple:
        return obj if self.again.get(id(obj)) is obj else self.composite(type(obj), obj, self.items(obj))

    def frozenset(self, obj: frozenset) -> frozenset:
        return obj if self.again.get(id(obj)) is obj else self.composite(frozenset, obj, self.items(obj))

    def composite(self, kind: type, obj: Any, items: list) -> Any:
        """The first met container equal to ``obj`` (a tuple or frozenset of ``kind``) whose items are ``items``
        (shared already): ``obj`` itself when new and its items are those, else one made of them. Keyed by the
        container when its items are of ``_VALUED`` types (``_by_value``), else by its items' ids."""
        if _by_value(items):
            key: tuple = (_BY_VALUE, kind, obj)
        elif kind is frozenset:
            key = (frozenset, frozenset(map(id, items)))
        else:
            key = (kind, *map(id, items))
        found = self.composites.get(key)
        if found is None:
            # kept when its items are the shared ones already: a copy of each distinct frozenset was 47 of the walk's
            # 157 MB at 100x the seed (the answerer's tables: bench/results/parts27-*.md)
            found = obj if all(map(is_, items, obj)) else frozenset(items) if kind is frozenset else _made(kind, items, obj)
            self.composites[(_BY_VALUE, kind, found) if key[0] is _BY_VALUE else key] = found
        else:
            # its items are the shared ones, and ``composites`` keeps it (its id is no other's till the walk ends): the
            # walk of it again would give it back and change nothing
            self.again[id(found)] = found
        return found

    def dict(self, obj: dict) -> dict:
        if id(obj) not in self.walked:
            self.walked.add(id(obj))
            walked = self.items(chain.from_iterable(obj.items()))  # each key, then its value: the order of first meeting
            obj.clear()
            # put back pair by pair through the mapping's own item setting: a subclass's update may read pairs
            # otherwise (Counter.update counts them as elements, which made every document frequency 1), and
            # dict.update would bypass an OrderedDict's own order
            for k, v in zip(walked[::2], walked[1::2]):
                obj[k] = v
        return obj

    def list(self, obj: list) -> list:
        if id(obj) not in self.walked:
            self.walked.add(id(obj))
            obj[:] = self.items(obj)
        return obj

    def set(self, obj: set) -> set:
        if id(obj) not in self.walked:
            self.walked.add(id(obj))
            items = self.items(obj)
            obj.clear()
            set.update(obj, items)
        return obj


def _by_value(items: list) -> bool:
    """Whether ``items`` (shared already) are all strings, integers or bytes, exactly: equal containers of them
    hold the same objects (``strings``, ``ints`` and ``bytestrings`` keep one of each value, and no two of these
    types compare equal), so the container itself keys the walk's table, in place of a tuple or a frozenset
    of its items' ids, the ids' integers one object each (68 of the walk's 157 MB at 100x the seed)."""
    return _VALUED.issuperset(map(type, items))


def _made(kind: type[tuple], items: list, obj: tuple) -> tuple:
    """A ``kind`` of ``items`` (a named tuple by its ``_make``); ``obj`` itself for a tuple subclass made otherwise."""
    if kind is tuple:
        return tuple(items)
    make = getattr(kind, "_make", None)
    return make(items) if make is not None else obj


def share_equal(state: Any, skip: Iterable[object] = ()) -> Any:
    """``state`` with its equal immutable values made one object each, in place (see the module's
    contract); the state itself is returned (a tuple or frozenset state may be another, equal one)."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(2 * limit)  # two frames a level here, one in pickle: whatever pickle can nest is walked
    try:
        return _Sharer(skip).value(state)
    finally:
        sys.setrecursionlimit(limit)
