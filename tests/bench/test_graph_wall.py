"""bench/scale/graph_wall.py: the graph part's two lanes replayed from a build log, and critical_path.py using it."""

from pathlib import Path

from tests.bench_scripts import load_script

REPO = Path(__file__).resolve().parents[2]
graph_wall = load_script("scale_graph_wall", REPO / "bench" / "scale" / "graph_wall.py")

# A graph part as graph.timing and graph.streaming log it: 10 s of emit with the stated rows' load (8 s of
# CPU) queued at its start, inference 4 s with one rule's rows queued at its end (6 s to load), validate 2 s.
LOG = """\
2026-12-06 10:00:10,000 stage: load curated   10.0 s wall   10.0 s CPU  peak 100 MB  thread 10.0 s CPU
2026-12-06 10:00:10,000 queued a stream behind
2026-12-06 10:00:20,000 stage: emit   10.0 s wall   18.0 s CPU  peak 100 MB  thread 10.0 s CPU
2026-12-06 10:00:21,000 stage: rows   1.0 s wall   1.0 s CPU  peak 100 MB  thread 1.0 s CPU
2026-12-06 10:00:21,000 loaded a stream behind: 11.0 s, 11.0 s after the first, 8.0 s CPU
2026-12-06 10:00:25,000 queued entailed-0-rule-provenance.nt behind
2026-12-06 10:00:25,000 stage: inference   4.0 s wall   4.0 s CPU  peak 100 MB  thread 4.0 s CPU
2026-12-06 10:00:31,000 loaded entailed-0-rule-provenance.nt behind: 6.0 s, 21.0 s after the first, 6.0 s CPU
2026-12-06 10:00:27,000 stage: validate   2.0 s wall   5.0 s CPU  peak 100 MB  thread 2.0 s CPU
2026-12-06 10:00:31,000 stage: entailed, checked and loaded   10.0 s wall   13.0 s CPU  peak 100 MB  thread 6.0 s CPU
2026-12-06 10:00:33,000 stage: compaction   2.0 s wall   2.0 s CPU  peak 100 MB  thread 0.0 s CPU
2026-12-06 10:00:34,000 stage: store load+check   13.0 s wall   17.0 s CPU  peak 100 MB  thread 8.0 s CPU
"""


def test_the_lanes_overlap_as_logged_and_the_older_layout_waits_for_rows_and_inference():
    main, loads = graph_wall.read(LOG)
    assert [step.cpu for step in main[:3]] == [10.0, 10.0, 1.0]  # beside a load: the stage's own thread
    assert [load.cpu for load in loads] == [8.0, 6.0]
    streamed, times = graph_wall.replay(main, loads, "logged", queued=True)
    # main lane: 10 + 10 + 1 + 0 (scratch) + 4 + 2 = 27; loads: the stream 10 -> 21 (ends after rows),
    # the rule's rows from inference's end (25) -> 31; then compaction 2 and the rest 1
    assert {name: end for name, _, end in times}["load a stream"] == 21.0
    assert streamed == 34.0
    # round 27's layout: the stated rows from the end of rows (21 -> 29), the rule's after them (29 -> 35)
    assert graph_wall.replay(main, loads, "before", queued=True)[0] == 38.0
    assert graph_wall.wall(LOG, "logged") == streamed


def test_critical_path_counts_the_graph_part_s_replayed_wall_when_asked():
    critical = load_script("scale_critical_path", REPO / "bench" / "scale" / "critical_path.py")
    parts = "".join(f"index part {name}: 1.0 s wall, 1.0 s CPU, peak 1 MB\n"
                    for name in ("catalogue", "facts", "tables", "indexes"))
    log = LOG + parts + "stage: search index  5.0 s wall  5.0 s CPU\n"
    summed = next(t for t in critical.tasks(log, 0.0) if t.name == "graph part")
    lanes = [t for t in critical.tasks(log, 0.0, graph_lanes="logged") if t.name.startswith("graph")]
    assert summed.cpu == 10.0 + 18.0 + 1.0 + 17.0
    # split at inference's end (25 s on the replay), each half on the cores its lanes used: 34 s in all
    assert [t.name for t in lanes] == ["graph to inference", "graph after inference"]
    assert sum(t.cpu / t.cores for t in lanes) == 34.0 and lanes[0].cpu / lanes[0].cores == 25.0


def test_the_early_catalogue_runs_niced_beside_the_graph_part_after_inference():
    critical = load_script("scale_critical_path", REPO / "bench" / "scale" / "critical_path.py")
    parts = "".join(f"index part {name}: 1.0 s wall, {cpu} s CPU, peak 1 MB\n"
                    for name, cpu in (("facts", 1.0), ("tables", 1.0), ("indexes", 1.0)))
    early = "index part catalogue: 4.0 s wall, 4.0 s CPU, peak 1 MB (worker process 1, early: after inference)\n"
    log = LOG + early + parts + "stage: search index  5.0 s wall  5.0 s CPU\n"
    graph = critical.tasks(log, 0.0, graph_lanes="logged")
    catalogue = next(t for t in graph if t.name == "catalogue")
    assert catalogue.needs == ("graph to inference",) and catalogue.low
    after = critical.tasks(log, 0.0, critical.Layout(early=False), graph_lanes="logged")
    # after inference the lanes leave most of a core (11 s of CPU over 9 s): the catalogue fits there, 4 s sooner
    assert (critical.fluid_wall(graph, 2), critical.fluid_wall(after, 2)) == (36.5, 40.5)


def test_the_help_layout_gives_a_load_left_after_shacl_to_the_main_lane():
    main, loads = graph_wall.read(LOG)
    other = graph_wall.Span("entailed-0-other-provenance.nt", loads[1].start, loads[1].end, 6.0)
    # stream: the two rule files one after the other on the loads lane, 25 -> 31 -> 37, then 2 + 1
    assert graph_wall.replay(main, [*loads, other], "stream", queued=True)[0] == 40.0
    # help: the second taken by the main lane once validate ends (27 -> 33), beside the first (25 -> 31)
    helped, times = graph_wall.replay(main, [*loads, other], "help", queued=True)
    assert helped == 36.0
    assert ("load entailed-0-other-provenance.nt (main lane)", 27.0, 33.0) in times
