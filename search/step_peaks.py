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
    leaves: measured, not fitted), the embedding worker, and the three parts' workers;
    ``holding``, the process holding the vectors while its embedding worker lives (the catalogue, the
    passages, the vectors come so far): the worker exits once its last batch is done, before the dense
    index is made, so the holder's peak (``beside``) and the worker's never meet. The dense index made apart
    is a worker holding what the build's process holds beside the parts, with its own embedding worker.
    Fitted by bench/scale/peak_fit.py on round 29's index steps at 100x (1.32 M quads, two runs) and 300x (3.93 M),
    none at 1000x, by the code that gives the vectors back once copied and streams the faiss index to its file (the
    holder making the dense index: 237 MB at 100x and 379 at 300x, 298 and 709 before: bench/results/parts29-*.md).
    Checked against round 28's 1000x (13.07 M quads: bench/results/lead28-scale-1000x-*.md): the tables' line 1% under
    what it measured (2,082 MB, 2,098), the indexes' 3% over (2,174, 2,111), the facts' 5% over (1,670, 1,587), the
    embedding's 8% under (930, 1,009); and against round 29's index step at 1000x in this layout (parts29): the holder
    while the embedding worker lives 2% under (763, 777), making the dense index 18% under (871, 1,058), the embedding 9%
    under (930, 1,017), the parts as above. Its tree peaked at 3,224 MB; these lines say 3,867, the measured peaks
    summed as here 3,902. ``margin``, scaling every estimate, is 1. ``alone`` is what round 25's 1000x build's process held
    beside the parts (369 MB), not fitted (bench/results/parts26-*.md)."""

    beside: Line = Line(165.0, 54.0)
    alone: Line = Line(369.0, 0.0)
    embedding: Line = Line(669.0, 20.0)
    facts: Line = Line(113.0, 119.0)
    tables: Line = Line(220.0, 143.0)
    indexes: Line = Line(252.0, 147.0)
    holding: Line = Line(149.0, 47.0)
    margin: float = 1.0
    # The early catalogue's worker (search.prebuild.EarlyCatalogue), in the quads of inference's scratch store:
    # the store in memory (~517 MB a million quads: 3.1 GB for 6 M, graph.incremental.MAX_IN_MEMORY's note) and
    # the catalogue composed from it. Set before measuring, not fitted; checked (bench/results/early30-*.md):
    # 100x 275,538 quads measured 228 MB (line 288), 1000x 2,719,546 quads measured 1,505 MB (line 1,510).
    early_catalogue: Line = Line(150.0, 500.0)
    # The graph part's process once SHACL is done and its scratch store freed, when the early catalogue's worker
    # starts (graph.handover): over what it holds then (a load running behind), the loads left run two at once
    # (graph.streaming.LoadsBehind.help), each of a part of at most PART_BYTES, then the compaction. Set before
    # measuring from round 34's 1000x timeline (832 MB once the scratch store was freed, 1,418 at most after:
    # +586), with room; checked in bench/results/scale35a-*.md. And the build's process beside it (81-83 MB while
    # the graph part runs apart).
    loading: Line = Line(800.0, 0.0)
    parent: Line = Line(83.0, 0.0)
    # The indexes part with its name index made in a forked child (search.aside): its two processes' RSS summed,
    # the pages they share counted twice (the child's RSS holds what the part held at the fork: the catalogue, the
    # tokenizer). Set from one 100x measurement, not fitted: the pair peaked at 611 MB where the part alone peaked
    # at 447 (bench/results/scale36a-*.md): ``indexes`` scaled by 611 / 447. Checked at 1000x (13.07 M quads):
    # 2,611 MB measured (make_indexes forked, no save), 2,972 estimated.
    indexes_forked: Line = Line(345.0, 201.0)

    def early(self, scratch_quads: int, held: int) -> int:
        """The estimated tree peak while the early catalogue's worker runs beside the loads and the compaction:
        the graph part's process (holding ``held`` bytes once its scratch store is freed, and the loads left),
        the build's process and the worker."""
        graph = held + self.loading.bytes_at(0) + self.parent.bytes_at(0)
        return int((graph + self.early_catalogue.bytes_at(scratch_quads)) * self.margin)

    def parts(self, quads: int, side_by_side: bool) -> int:
        """The parts' workers at once: the chain facts → tables beside the indexes, or the largest alone."""
        chain = max(self.facts.bytes_at(quads), self.tables.bytes_at(quads))
        indexes = self.indexes.bytes_at(quads)
        return chain + indexes if side_by_side else max(chain, indexes)

    def dense(self, quads: int, encoders: int = 1) -> int:
        """The process making the dense index and its embedding: the holder beside ``encoders`` encoders (its
        worker's, and its own when it shares the embedding: whose freed temporaries it may keep after), or
        the holder making the index once the worker is gone."""
        holder, embedding = self.holding.bytes_at(quads), self.embedding.bytes_at(quads)
        return max(holder + encoders * embedding, self.beside.bytes_at(quads) + (encoders - 1) * embedding)

    def tree(self, quads: int, side_by_side: bool, embed_beside: bool, embeds: bool = True) -> int:
        """The estimated peak of the step's process tree in that layout (``embeds``: passages to embed)."""
        parts = self.parts(quads, side_by_side)
        if not embeds:
            peak = self.alone.bytes_at(quads) + parts
        elif embed_beside:
            peak = self.dense(quads) + parts
        else:
            peak = self.alone.bytes_at(quads) + max(self.dense(quads), parts)
        return int(peak * self.margin)

    def shared(self, quads: int, embed_beside: bool) -> int:
        """The estimated peak of the step's tree while the process holding the vectors embeds a share of
        the passages itself, beside its embedding worker, once nothing else runs (the parts ended, or the
        dense index made apart)."""
        return int((self.dense(quads, 2) + (0 if embed_beside else self.alone.bytes_at(quads))) * self.margin)


@dataclass(frozen=True)
class Layout:
    """How the step's processes run: the two chains side by side or not, the embedding beside the parts
    or the dense index made apart before them; ``peak_bytes`` the tree's estimated peak so. ``share``:
    whether the process holding the vectors embeds the batches its worker has not started once nothing
    else runs (both cores embedding), its estimated tree then within the limit too."""

    side_by_side: bool
    embed_beside: bool
    peak_bytes: int
    share: bool = False


# Fastest first: the embedding beside the parts saves its whole wall, the chains side by side less.
LAYOUTS = ((True, True), (False, True), (True, False), (False, False))


def layout(peaks: Peaks, quads: int, limit: int, side_by_side: bool = True, embeds: bool = True) -> Layout:
    """The first of ``LAYOUTS`` (``side_by_side`` False: of those one after the other) whose estimated
    tree peak is within ``limit`` bytes; when none is, the most frugal (one after the other, apart); it
    shares the embedding when ``Peaks.shared`` is within ``limit`` too."""
    allowed = [(side, beside) for side, beside in LAYOUTS if side_by_side or not side]
    side, beside = next(((s, b) for s, b in allowed if peaks.tree(quads, s, b, embeds) <= limit), (False, False))
    return Layout(side, beside, peaks.tree(quads, side, beside, embeds), peaks.shared(quads, beside) <= limit)
