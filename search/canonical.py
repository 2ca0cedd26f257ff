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
    """The walk of one state: the first of each equal value met, and the containers walked."""

    def __init__(self, skip: Iterable[object]):
        self.atoms: dict[Any, Any] = {}  # (type, value) -> the first met: 1 and True are not one value
        self.strings: dict[str, str] = {}  # the commonest atom, without a tuple per lookup
        # (_BY_VALUE, type, the container) when its items are of _VALUED types, else (type, its items' ids) -> the first met
        self.composites: dict[tuple, Any] = {}
        self.walked: set[int] = {id(obj) for obj in skip}
        self.handlers: dict[type, Callable[[Any], Any]] = {
            str: self.string, int: self.atom, bytes: self.atom, tuple: self.tuple, frozenset: self.frozenset,
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

    def string(self, obj: str) -> str:
        return self.strings.setdefault(obj, obj)

    def atom(self, obj: Any) -> Any:
        return self.atoms.setdefault((type(obj), obj), obj)

    def tuple(self, obj: tuple) -> tuple:
        items = [self.value(item) for item in obj]
        kind = type(obj)
        return self.composite(kind, obj, items, lambda: _made(kind, items, obj),
                              lambda: (kind, *map(id, items)))

    def frozenset(self, obj: frozenset) -> frozenset:
        items = [self.value(item) for item in obj]
        return self.composite(frozenset, obj, items, lambda: frozenset(items),
                              lambda: (frozenset, frozenset(map(id, items))))

    def composite(self, kind: type, obj: Any, items: list, make: Callable[[], Any], by_ids: Callable[[], Any]) -> Any:
        """The first met container equal to ``obj`` (a tuple or frozenset of ``kind``) whose items are ``items``
        (shared already): ``obj`` itself when new and its items are those, else ``make()``. Keyed by the container
        when its items are of ``_VALUED`` types (``_by_value``), else by ``by_ids()``."""
        by_value = _by_value(items)
        key = (_BY_VALUE, kind, obj) if by_value else by_ids()
        found = self.composites.get(key)
        if found is None:
            # kept when its items are the shared ones already: a copy of each distinct frozenset was 47 of the walk's
            # 157 MB at 100x the seed (the answerer's tables: bench/results/parts27-*.md)
            found = obj if all(a is b for a, b in zip(items, obj)) else make()
            self.composites[(_BY_VALUE, kind, found) if by_value else key] = found
        return found

    def dict(self, obj: dict) -> dict:
        if id(obj) not in self.walked:
            self.walked.add(id(obj))
            items = [(self.value(k), self.value(v)) for k, v in obj.items()]
            obj.clear()
            # put back pair by pair through the mapping's own item setting: a subclass's update may read pairs
            # otherwise (Counter.update counts them as elements, which made every document frequency 1), and
            # dict.update would bypass an OrderedDict's own order
            for k, v in items:
                obj[k] = v
        return obj

    def list(self, obj: list) -> list:
        if id(obj) not in self.walked:
            self.walked.add(id(obj))
            obj[:] = [self.value(item) for item in obj]
        return obj

    def set(self, obj: set) -> set:
        if id(obj) not in self.walked:
            self.walked.add(id(obj))
            items = [self.value(item) for item in obj]
            obj.clear()
            set.update(obj, items)
        return obj


def _by_value(items: list) -> bool:
    """Whether ``items`` (shared already) are all strings, integers or bytes, exactly: equal containers of them
    hold the same objects (``atoms`` and ``strings`` keep one of each type and value, and no two of these
    types compare equal), so the container itself keys the walk's table, in place of a tuple or a frozenset
    of its items' ids, the ids' integers one object each (68 of the walk's 157 MB at 100x the seed)."""
    return all(type(item) in _VALUED for item in items)


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
