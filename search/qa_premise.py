"""False premises of yes/no questions: a "yes" must rest on a fact that bears out every part of the claim, not on
a near fact. Two parts a near fact leaves out:

- a thing the claim names beside what the verdict checks: "Did the Ministry of Education issue the December 2022
  Opinions?" — the date is borne out, but the graph links the ministry to nothing of the Opinions (the two general
  offices issued them): no;
- a field the claim puts the shared cooperation in: "Dongfeng Nissan's tie-up with DUT is a hydrogen fuel-cell
  thing?" — the two share a cooperation, of another field (charging fault detection): no.

Contract: ``Premises(kg, graph)``; ``unlinked(named, held)`` the named organisations that are none of the things
``held`` and linked directly to none of them; ``of_fields(shared, fields)`` the shared cooperations that are of every
field named (an industry or any narrower one, search.qa_graph's ``of_topic``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A direct link between two things, either way round (a document's issuer, a cooperation's party, a post's holder).
LINKED = "ASK { { ?a ?p ?b } UNION { ?b ?p ?a } }"


@dataclass(frozen=True)
class Premises:
    """The parts of a claim a near fact leaves out (see the module); ``kg`` the graph queried, ``graph`` its tables."""

    kg: Any
    graph: Any

    def unlinked(self, named: list[str], held: list[str]) -> list[str]:
        """The named organisations that are not among ``held`` and linked directly to none of them."""
        return [o for o in named if o not in held and not any(self.kg.ask(LINKED, a=o, b=h) for h in held)]

    def of_fields(self, shared: dict[str, set[str]], fields: list[str]) -> dict[str, set[str]]:
        """The cooperations of ``shared`` that are of every field of ``fields`` (with the narrower ones)."""
        return {c: parties for c, parties in shared.items() if all(c in self.graph.of_topic.get(f, ()) for f in fields)}
