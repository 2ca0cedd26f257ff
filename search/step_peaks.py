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
    """Each process's peak in the index step, as lines in the graph's quads: the build's process while it
    takes the vectors and makes the dense index beside the parts (``beside``) or while the parts run with
    the dense index made apart (``alone``: the interpreter, the build's imports and what VoID's thread
    leaves, 88-245 MB at 100x: measured, not fitted), the embedding worker, and the three parts' workers.
    The dense index made apart is a worker holding what ``beside`` holds, beside its embedding worker (an
    upper bound: that worker exits before the index is made). Fitted by bench/scale/peak_fit.py on the
    builds at 100x (1.6 M quads, 2026-12-05 at 09b0741) and 300x (4.8 M, round 21's b0d5e5f), none at
    1000x; extrapolated to 1000x (15.9 M) each line is 2-36% above what round 22's build measured there
    (bench/results/peak23-*.md), so ``margin``, scaling every estimate, is 1."""

    beside: Line = Line(262.0, 155.0)
    alone: Line = Line(200.0, 0.0)
    embedding: Line = Line(704.0, 84.0)
    facts: Line = Line(127.0, 173.0)
    tables: Line = Line(203.0, 191.0)
    indexes: Line = Line(223.0, 181.0)
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
