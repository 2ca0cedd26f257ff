"""The packages' import graph: no cycles among module-level imports, and the library layers point
one way (graph/ and ontology/ import nothing from search/ or web/; search/ nothing from web/; only
graph/ imports pyoxigraph, behind the store interface).

Read from the source with ast (nothing is imported). A module-level import is one that runs when
the module is imported: at the top level or inside an if/try/with there, but not in a function
body, nor under ``if TYPE_CHECKING:``. An import inside a function is how a module defers a
heavy or optional dependency; it cannot form an import-time cycle, so only the layering rule
counts it.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("graph", "search", "ontology", "web")
# Each package and the packages it must never import, at module level or inside a function.
FORBIDDEN = {"graph": ("search", "web"), "ontology": ("graph", "search", "web"), "search": ("web",)}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for package in PACKAGES for p in sorted((REPO / package).rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _statements(body: list[ast.stmt], module_level: bool):
    """The statements of ``body``, descending into blocks; into functions only when not ``module_level``."""
    for node in body:
        yield node
        if module_level and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        typing_only = isinstance(node, ast.If) and _is_type_checking(node)
        for field in ("orelse",) if typing_only else ("body", "orelse", "finalbody"):
            yield from _statements(getattr(node, field, None) or [], module_level)
        for handler in getattr(node, "handlers", None) or []:
            yield from _statements(handler.body, module_level)


def imported(name: str, module_level: bool) -> set[str]:
    """The project modules that module ``name`` imports (a package's submodule when ``from pkg
    import sub`` names one, else the package itself)."""
    return {m for m in imported_names(name, MODULES[name], module_level) if m in MODULES}


@cache
def parsed(path: Path) -> ast.Module:
    """The module at ``path``, parsed once for every test here (each reads every module)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def imported_names(name: str, path: Path, module_level: bool) -> set[str]:
    """Every module name that the module ``name`` at ``path`` imports, the project's or not."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _statements(parsed(path).body, module_level):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component of more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the graph is a few hundred modules deep at most
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_package_is_read():
    assert {"graph.store", "graph.runner", "search.engine", "web.app", "ontology"} <= set(MODULES)


def test_module_level_imports_have_no_cycles():
    graph = {name: imported(name, module_level=True) for name in MODULES}
    assert cycles(graph) == []


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_point_one_way(package):
    wrong = {f"{name} imports {target}"
             for name in MODULES if name.split(".")[0] == package
             for target in imported(name, module_level=False) if target.split(".")[0] in FORBIDDEN[package]}
    assert sorted(wrong) == []


def test_only_graph_imports_pyoxigraph():
    outside = {**{n: p for n, p in MODULES.items() if n.split(".")[0] != "graph"},
               "cli": REPO / "cli.py", "server": REPO / "server.py"}
    wrong = sorted(n for n, p in outside.items()
                   if any(m.split(".")[0] == "pyoxigraph" for m in imported_names(n, p, module_level=False)))
    assert wrong == []


def test_the_checker_sees_a_cycle_and_a_deferred_import():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    source = "import os\nif TYPE_CHECKING:\n    import x\ndef f():\n    import y\ntry:\n    import z\nexcept E:\n    import w\n"
    top = {type(n).__name__ + ":" + n.names[0].name for n in _statements(ast.parse(source).body, True)
           if isinstance(n, ast.Import)}
    assert top == {"Import:os", "Import:z", "Import:w"}
    everywhere = {n.names[0].name for n in _statements(ast.parse(source).body, False) if isinstance(n, ast.Import)}
    assert everywhere == {"os", "y", "z", "w"}
