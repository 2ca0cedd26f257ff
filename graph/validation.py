"""SHACL validation of a build's data, naming the curated file and entry each violation comes from.

The shapes (ontology/shapes.ttl) are checked by pyshacl over the whole data graph (with its
entailments). Each violation is reported as "file: entry 'id': <node> path: message" (the
``where`` callable maps a focus node to its file and entry), followed by pyshacl's own report.

Not split by focus node: pyshacl's ``focus_nodes`` mode counts a qualified value shape's
matches wrongly (every industry of the 1x data then violates "exactly one skos:prefLabel@zh"),
so a partial validation is not the whole graph's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph
from rdflib.namespace import SH

from graph.errors import GraphValidationError
from ontology import SHAPES_FILE


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path (if any) and the shape's message."""

    focus: str
    path: str
    message: str


def validate(data: Graph, ontology: Graph, where: Callable[[str], str | None] = lambda iri: None) -> None:
    """SHACL-validate ``data`` (with entailments); raise GraphValidationError naming, for each
    violation, the file and entry ``where`` gives for its focus node (None: not from a file)."""
    import pyshacl  # imported here: it is only needed at build time

    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                               advanced=True, allow_warnings=True)
    if not conforms:
        raise GraphValidationError(describe(violations(results), where) + "\n" + text)


def violations(results: Graph) -> list[Violation]:
    """The sh:Violation results of a pyshacl report graph."""
    return [Violation(str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultPath) or ""),
                      str(results.value(r, SH.resultMessage) or ""))
            for r in results.subjects(SH.focusNode, None) if results.value(r, SH.resultSeverity) == SH.Violation]


def describe(found: list[Violation], where: Callable[[str], str | None]) -> str:
    """One line per violation: where it comes from, the node, the path and the message."""
    lines = [f"{len(found)} violation(s):"]
    for v in sorted(found, key=lambda v: (v.focus, v.path, v.message)):
        origin = where(v.focus) or "(not from a curated file)"
        path = f" {v.path}" if v.path else ""
        lines.append(f"  {origin}: <{v.focus}>{path}: {v.message}")
    return "\n".join(lines)
