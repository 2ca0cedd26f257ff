"""The code that makes a kept artefact, as the digest that keys it (search.snapshot).

``digest(*roots)`` hashes the source of ``roots`` (functions, methods, classes) and of everything of
this project they reach by name, transitively: the functions and classes they call or annotate
with, the module-level constants and tables they read, the methods of a reached class that any
reached code names (``self.x()``, ``obj.x``), and every dunder method of a reached class (those run
without being named: ``__init__``, ``__post_init__``, ``__eq__``...). A class counts by its body
without its methods, plus those methods. Code that no builder reaches, such as the methods only a
question runs, is left out: changing it keeps the artefacts made before.

What the walk cannot see, and what a builder relying on it must name as a root or cover by its
format version: a method reached only through a class that no reached code names, a name built at
run time (``getattr(self, "_" + kind)``), and code outside this project (a library's new version).
A root defined inside a function (``<locals>``) is refused (NotProjectCode, a ValueError).

A digest is a function of the project's Python files alone: ``sources_digest`` hashes them all (a
few milliseconds, where the walk parses some seventy modules: 0.5-3 s of a start's CPU), so a
digest computed before for the same sources can be used again (search.snapshot.code_digests).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTSIDE = frozenset({".venv", "site-packages", "dist-packages"})
DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


class NotProjectCode(ValueError):
    """A unit that is no top-level function, method or class of this project's modules."""


@dataclass(frozen=True)
class Module:
    """One module's source lines, top-level definitions (name → node) and what its imports bind
    (name → (module, name); name None for ``import x``)."""

    lines: list[str]
    defined: dict[str, ast.AST]
    imported: dict[str, tuple[str, str | None]]


def digest(*roots: object) -> str:
    """The sha256 of the source of ``roots`` and of all the project code they reach (see the module)."""
    units = reached(tuple(_unit_of(root) for root in roots))
    out = hashlib.sha256()
    for unit in sorted(units):
        out.update("\0".join((*unit, _source(unit))).encode() + b"\0")
    return out.hexdigest()


def sources_digest(root: Path = ROOT) -> str:
    """The sha256 of the interpreter's version and of every Python file a digest may read: the top-level
    modules of ``root`` and every file under its top-level directories that hold Python files (hidden
    ones and OUTSIDE aside). Equal sources digests mean equal ``digest`` results."""
    out = hashlib.sha256(sys.version.encode() + b"\0")
    for path in sorted(_project_files(root)):
        out.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return out.hexdigest()


def _project_files(root: Path):
    yield from root.glob("*.py")
    for top in root.iterdir():
        if top.is_dir() and not top.name.startswith(".") and top.name not in OUTSIDE and any(top.glob("*.py")):
            yield from (p for p in top.rglob("*.py") if not OUTSIDE & set(p.relative_to(root).parts))


def label(*roots: object) -> str:
    """The roots' qualified names, one string: what a saved digest of ``roots`` is found by."""
    return " ".join(".".join(_unit_of(root)) for root in roots)


def _unit_of(obj: object) -> tuple[str, str]:
    """(module, qualified name) of a function, method or class of this project."""
    obj = getattr(obj, "__func__", obj)
    module, name = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    if not module or not name or "<locals>" in name or not _in_project(module):
        raise NotProjectCode(f"not a top-level function, method or class of this project: {obj!r}")
    return module, name


@functools.cache
def reached(roots: tuple[tuple[str, str], ...]) -> frozenset[tuple[str, str]]:
    """The units (module, qualified name) ``roots`` reach, themselves included."""
    seen: set[tuple[str, str]] = set()
    todo, attributes, classes = list(roots), set(), set()
    while todo:
        while todo:
            unit = todo.pop()
            if unit in seen or _node(unit) is None:
                continue
            seen.add(unit)
            node = _node(unit)
            if isinstance(node, ast.ClassDef):
                classes.add(unit)
                todo += [(unit[0], f"{unit[1]}.{n}") for n in _methods(node) if n.startswith("__")]
                todo += _bases(unit)
            names, attrs, dotted = _names(unit)
            attributes |= attrs
            todo += [found for name in names | attrs if (found := _resolve(unit, name, attribute=name not in names))]
            todo += [found for owner, name in dotted if (found := _in_imported(unit[0], owner, name))]
        todo = [(module, f"{cls}.{n}") for module, cls in classes for n in _methods(_node((module, cls)))
                if n in attributes and (module, f"{cls}.{n}") not in seen]
    return frozenset(seen)


@functools.cache
def _module(name: str) -> Module | None:
    """The parsed module ``name`` when it is this project's, else None."""
    if not _in_project(name):
        return None
    module = sys.modules.get(name) or importlib.import_module(name)
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    defined: dict[str, ast.AST] = {}
    imported: dict[str, tuple[str, str | None]] = {}
    for node in ast.parse(source).body:  # before any thread that parses: search.snapshot.code_digests
        if isinstance(node, DEFINITIONS):
            defined[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for n in ast.walk(target):
                    if isinstance(n, ast.Name):
                        defined.setdefault(n.id, node)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            imported.update({a.asname or a.name: (node.module, a.name) for a in node.names})
        elif isinstance(node, ast.Import):
            imported.update({a.asname or a.name: (a.name, None) for a in node.names if a.asname or "." not in a.name})
    return Module(ast._splitlines_no_ff(source), defined, imported)  # type: ignore[attr-defined]  # the lines ast's segments count


def _in_project(module: str) -> bool:
    found = sys.modules.get(module)
    file = getattr(found, "__file__", None) if found else None
    if file is None:
        try:
            file = getattr(importlib.import_module(module), "__file__", None)
        except ImportError:
            return False
    path = Path(file or "/").resolve()
    return path.is_relative_to(ROOT) and not OUTSIDE & set(path.parts)


def _node(unit: tuple[str, str]) -> ast.AST | None:
    """The definition of ``unit``: a top-level name, or a method (``Class.method``)."""
    module = _module(unit[0])
    if module is None:
        return None
    head, _, method = unit[1].partition(".")
    node = module.defined.get(head)
    if method:
        return _methods(node).get(method) if isinstance(node, ast.ClassDef) else None
    return node


def _methods(node: ast.AST | None) -> dict[str, ast.AST]:
    return {n.name: n for n in getattr(node, "body", ()) if isinstance(n, DEFINITIONS[:2])}


def _bases(unit: tuple[str, str]) -> list[tuple[str, str]]:
    """The project classes ``unit`` (a class) derives from."""
    cls = getattr(sys.modules[unit[0]], unit[1], None)
    return [(base.__module__, base.__qualname__) for base in getattr(cls, "__mro__", ())[1:]
            if "<locals>" not in base.__qualname__ and _in_project(base.__module__)]


def _names(unit: tuple[str, str]) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """The plain names, the attribute names and the (name, attribute) pairs (``text.normalize``) the
    source of ``unit`` uses."""
    names: set[str] = set()
    attributes: set[str] = set()
    dotted: set[tuple[str, str]] = set()
    for part in _parts(unit):
        for n in ast.walk(part):
            if isinstance(n, ast.Name):
                names.add(n.id)
            elif isinstance(n, ast.Attribute):
                attributes.add(n.attr)
                if isinstance(n.value, ast.Name):
                    dotted.add((n.value.id, n.attr))
    return names, attributes, dotted


def _parts(unit: tuple[str, str]) -> list[ast.AST]:
    """The nodes whose source is ``unit``'s: a class without its methods (its bases, decorators, body)."""
    node = _node(unit)
    if not isinstance(node, ast.ClassDef):
        return [node] if node is not None else []
    return [*node.bases, *node.keywords, *node.decorator_list, *(n for n in node.body if not isinstance(n, DEFINITIONS[:2]))]


@functools.cache
def _source(unit: tuple[str, str]) -> str:
    """The source of ``unit``'s parts, then its decorators; NotProjectCode when its module is not this project's
    (``reached`` gives none such)."""
    module = _module(unit[0])
    if module is None:
        raise NotProjectCode(f"not in this project's modules: {'.'.join(unit)}")
    return "\n".join(_segment(module.lines, part) for part in _parts(unit)) + "\n".join(
        ast.unparse(d) for d in getattr(_node(unit), "decorator_list", ()))


def _segment(lines: list[str], node: ast.AST) -> str:
    """ast.get_source_segment(source, node) from the module's lines split once (it splits the whole
    text at every call: seconds for a start's keys)."""
    first, last = getattr(node, "lineno", None), getattr(node, "end_lineno", None)
    start, end = getattr(node, "col_offset", None), getattr(node, "end_col_offset", None)
    if first is None or last is None or start is None or end is None:
        return ""
    if first == last:
        return lines[first - 1].encode()[start:end].decode()
    return "".join([lines[first - 1].encode()[start:].decode(), *lines[first:last - 1], lines[last - 1].encode()[:end].decode()])


def _resolve(unit: tuple[str, str], name: str, attribute: bool = False) -> tuple[str, str] | None:
    """Where ``name``, as ``unit`` uses it, is defined in this project: a method of the unit's class,
    or (a plain name, not an ``attribute``) a name its module defines or imports."""
    module_name, qualified = unit
    module = _module(module_name)
    if module is None:
        return None
    cls = qualified.partition(".")[0]
    if isinstance(module.defined.get(cls), ast.ClassDef) and name in _methods(module.defined[cls]):
        return module_name, f"{cls}.{name}"
    if attribute:
        return None
    if name in module.defined:
        return module_name, name
    return _defined(*module.imported[name]) if name in module.imported else None


def _in_imported(module_name: str, owner: str, name: str) -> tuple[str, str] | None:
    """The definition of ``owner.name`` when ``owner`` is a project module that ``module_name`` imports."""
    module = _module(module_name)
    source, imported = module.imported.get(owner, ("", "")) if module else ("", "")
    if imported is None:  # import x / import x.y as z
        return _defined(source, name)
    return _defined(f"{source}.{imported}", name) if source and f"{source}.{imported}" in sys.modules else None


def _defined(module_name: str, name: str | None = None) -> tuple[str, str] | None:
    """The definition ``name`` of ``module_name`` (followed through its imports); None for a module or
    a name defined outside the project."""
    for _ in range(8):  # re-exports are short chains
        module = _module(module_name)
        if module is None or name is None:
            return None
        if name in module.defined:
            return module_name, name
        if name not in module.imported:
            return None
        module_name, name = module.imported[name]
    return None
