"""The index step's layout from what its processes' peaks are estimated to be (search.prebuild).

Run apart, the step's processes are the build's own, one worker per part (question answering's facts,
then its tables; the engine's other indexes), and the passages' embedding: a worker embedding them
beside the parts while the build's process waits for their vectors and makes the dense index
(``embed_beside``), or, when that does not fit, one worker making the dense index alone before the
parts (with its own embedding worker), the build's process then holding none of it. Each process's
peak grows with the graph about linearly (bench/results/peak23-*.md); ``Peaks`` holds a line per
process, fitted by bench/scale/peak_fit.py on builds at 100x and 300x the seed (not on the judged
1000x) and checked against 1000x. ``layout`` takes the fastest layout whose estimated tree peak fits
under a limit (the budget, the memory available), else the most frugal one.
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1 << 20


@dataclass(frozen=True)
class Line:
    """A process's peak RSS, ``fixed_mb`` plus ``mb_per_mquad`` for each million quads of the graph."""

    fixed_mb: float
    mb_per_mquad: float

    def bytes_at(self, quads: int) -> int:
        return int((self.fixed_mb + self.mb_per_mquad * quads / 1e6) * MIB)


@dataclass(frozen=True)
class Peaks:
    """Each process's peak in the index step, as lines in the graph's quads (bench/scale/peak_fit.py's
    fit, 100x and 300x): the build's process while it takes the vectors and makes the dense index
    beside the parts (``beside``) or while the parts run with the dense index made apart (``alone``:
    the interpreter and the build's imports), the embedding worker, and the three parts' workers. The
    dense index made apart is a worker holding what ``beside`` holds, beside its embedding worker.
    ``margin`` scales every estimate (a line fitted on two sizes, extrapolated)."""

    beside: Line = Line(310.0, 145.0)
    alone: Line = Line(200.0, 0.0)
    embedding: Line = Line(704.0, 84.0)
    facts: Line = Line(125.0, 173.0)
    tables: Line = Line(199.0, 192.0)
    indexes: Line = Line(233.0, 179.0)
    margin: float = 1.0

    def parts(self, quads: int, side_by_side: bool) -> int:
        """The parts' workers at once: the chain facts → tables beside the indexes, or the largest alone."""
        chain = max(self.facts.bytes_at(quads), self.tables.bytes_at(quads))
        indexes = self.indexes.bytes_at(quads)
        return chain + indexes if side_by_side else max(chain, indexes)

    def tree(self, quads: int, side_by_side: bool, embed_beside: bool, embeds: bool = True) -> int:
        """The estimated peak of the step's process tree in that layout (``embeds``: passages to embed)."""
        parts = self.parts(quads, side_by_side)
        if not embeds:
            peak = self.alone.bytes_at(quads) + parts
        elif embed_beside:
            peak = self.beside.bytes_at(quads) + self.embedding.bytes_at(quads) + parts
        else:
            dense = self.beside.bytes_at(quads) + self.embedding.bytes_at(quads)
            peak = self.alone.bytes_at(quads) + max(dense, parts)
        return int(peak * self.margin)


@dataclass(frozen=True)
class Layout:
    """How the step's processes run: the two chains side by side or not, the embedding beside the parts
    or the dense index made apart before them; ``peak_bytes`` the tree's estimated peak so."""

    side_by_side: bool
    embed_beside: bool
    peak_bytes: int


# Fastest first: the embedding beside the parts saves its whole wall, the chains side by side less.
LAYOUTS = ((True, True), (False, True), (True, False), (False, False))


def layout(peaks: Peaks, quads: int, limit: int, side_by_side: bool = True, embeds: bool = True) -> Layout:
    """The first of ``LAYOUTS`` (``side_by_side`` False: of those one after the other) whose estimated
    tree peak is within ``limit`` bytes; when none is, the most frugal (one after the other, apart)."""
    allowed = [(side, beside) for side, beside in LAYOUTS if side_by_side or not side]
    for side, beside in allowed:
        peak = peaks.tree(quads, side, beside, embeds)
        if peak <= limit:
            return Layout(side, beside, peak)
    return Layout(False, False, peaks.tree(quads, False, False, embeds))
