"""The scale benchmark's --reuse: a build already published in the work directory is served as it is."""

import json
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from tests.bench_scripts import load_script

REPO = Path(__file__).resolve().parents[2]


run = load_script("scale_run", REPO / "bench" / "scale" / "run.py")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, int]:
    work = tmp_path_factory.mktemp("scale-work")
    curated = run.generate(1, work / "curated-1x")
    report = build(BuildConfig(data_dir=work / "data-1x", curated_dir=curated))
    return work / "data-1x", report.triples


def test_only_a_published_build_is_reused(built, tmp_path):
    data, _ = built
    assert run.published(data)
    assert not run.published(tmp_path / "data-1x")  # nothing there yet: it is built


def test_a_reused_build_keeps_the_build_figures_saved_for_it(built, tmp_path):
    data, triples = built
    results = tmp_path / "scale.json"
    saved = dict(scale=1, store="embedded", build_wall_s=12.5, build_cpu_s=9.25, build_peak_rss_mb=300, ready_s=4.0)
    other = saved | dict(scale=10, build_wall_s=99.0)
    results.write_text(json.dumps({"runs": [other, saved]}))
    row = run.reused_build("embedded", 1, data, results)
    assert row == dict(build_wall_s=12.5, build_cpu_s=9.25, build_peak_rss_mb=300, triples=triples, build="reused")


def test_a_reused_build_never_measured_has_its_triples_only(built, tmp_path):
    data, triples = built
    assert run.reused_build("embedded", 1, data, tmp_path / "missing.json") == dict(triples=triples, build="reused")


def test_the_build_stages_are_read_from_the_builds_timings():
    """A remote build's row gives its publishing stage, read from the stages `cli.py build --timings` prints."""
    from graph.timing import Stage

    output = "built: 10 triples\n" + "".join(f"stage: {s}\n" for s in (Stage("emit", 1.5, 1.2, 90), Stage("publish", 30.5, 12.0, 400)))
    assert run.build_stages(output) == {"emit": (1.5, 1.2), "publish": (30.5, 12.0)}
