"""The emitted-rows cache (graph.emit_cache): the rows it gives are what emitting everything gives,
and a change re-emits the entries it reaches, in its own source or in others, and no more."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graph import emit_cache, sources
from graph.assembly import input_roots
from graph.build import build
from graph.curated import KINDS, as_list
from graph.emit import emit
from graph.emit_cache import CACHE_DIR, emit_cached
from graph.namespaces import DEFAULT_BASE_IRI
from graph.triples import nt_rows
from tests.graph.test_incremental import (FOLLOWUP, ROBOTS, canonical, change_followup, edit, full_build_of,
                                          inputs)


def rows_of(config, cache: Path | None, reuse: bool = True):
    """(data rows, provenance rows, counts, the emission) of ``config``'s curated data."""
    curated = sources.load(Path(config.curated_dir), input_roots(config))
    made = emit(curated, DEFAULT_BASE_IRI) if cache is None else emit_cached(curated, DEFAULT_BASE_IRI, cache, reuse)
    return (set(nt_rows(made.data)), set(nt_rows(made.provenance)), (made.cited, made.uncited, made.derived), made)


def same_as_emitted_in_memory(config, cache: Path):
    data, provenance, counts, made = rows_of(config, cache)
    assert (data, provenance, counts) == rows_of(config, None)[:3]
    return made


def entries_linking_to(config, target: str) -> set[str]:
    curated = sources.load(Path(config.curated_dir), input_roots(config))
    return {e.id for e in curated.entries.values()
            if any(target in as_list(e.data.get(name)) for name in KINDS[e.kind].refs)}


def test_the_cache_gives_the_rows_of_a_full_emission_and_reuses_them_all_when_nothing_changed(tmp_path):
    config = inputs(tmp_path, FOLLOWUP, ROBOTS)
    first = same_as_emitted_in_memory(config, tmp_path / "cache")
    assert first.reused == 0 and first.emitted
    again = same_as_emitted_in_memory(config, tmp_path / "cache")
    assert again.emitted == [] and again.reused == len(first.emitted)
    assert not emit_cached(sources.load(Path(config.curated_dir), input_roots(config)), DEFAULT_BASE_IRI,
                           tmp_path / "cache", reuse=False).reused


def test_a_changed_source_re_emits_its_own_entries_only(tmp_path):
    config = inputs(tmp_path, FOLLOWUP, ROBOTS)
    curated = sources.load(Path(config.curated_dir), input_roots(config))
    of_source = {e.id: e.source for e in curated.entries.values()}
    rows_of(config, tmp_path / "cache")
    change_followup(config)
    made = same_as_emitted_in_memory(config, tmp_path / "cache")
    assert made.emitted and {of_source[i] for i in made.emitted} == {FOLLOWUP}
    assert made.reused > len(made.emitted)


def test_a_changed_shared_name_re_emits_the_entries_of_every_source_linking_to_it(tmp_path):
    """An alias is a name by which a quote names the entity: each entry linking to it chooses its
    quotes by those names, so a new alias in the registry re-emits them, whatever their source."""
    config = inputs(tmp_path, FOLLOWUP, ROBOTS)
    rows_of(config, tmp_path / "cache")
    edit(Path(config.curated_dir) / "registry" / "organisations.yaml", "  - 大工\n", "  - 大工\n  - 大连工学院\n")
    made = same_as_emitted_in_memory(config, tmp_path / "cache")
    linking = entries_linking_to(config, "dlut")
    curated = sources.load(Path(config.curated_dir), input_roots(config))
    assert linking <= set(made.emitted) and len({curated.entries[i].source for i in linking}) > 1
    assert made.reused and "hunnan-intelligent-equipment" not in made.emitted


def test_a_damaged_or_foreign_cache_is_emitted_again(tmp_path):
    config = inputs(tmp_path, FOLLOWUP)
    first = rows_of(config, tmp_path / "cache")[3]
    for path in (tmp_path / "cache").glob("*.data.nq"):
        path.write_bytes(path.read_bytes()[:-1])  # a truncated file: its unit's index no longer fits
    assert len(same_as_emitted_in_memory(config, tmp_path / "cache").emitted) == len(first.emitted)


def test_the_keys_depend_on_the_base_iri_and_the_cache_format(monkeypatch):
    before = emit_cache.salt(DEFAULT_BASE_IRI)
    assert before != emit_cache.salt("https://example.org/other/")
    monkeypatch.setattr(emit_cache, "FORMAT", "another")
    assert emit_cache.salt(DEFAULT_BASE_IRI) != before


@pytest.mark.parametrize("change", [change_followup])
def test_an_incremental_build_from_the_cache_is_a_forced_full_build(change, tmp_path, monkeypatch):
    """The build's cache (``{data_dir}/emitted``): after one source changed, the build re-emits that
    source's entries, updates the published store, and publishes what a forced full build does."""
    config = inputs(tmp_path / "incremental", FOLLOWUP, ROBOTS)
    build(config)
    change(config)
    made: list = []
    monkeypatch.setattr("graph.assembly.emit_cached", lambda *args: made.append(emit_cached(*args)) or made[-1])
    report = build(config)
    assert report.incremental and made and made[0].reused > len(made[0].emitted) > 0
    assert (Path(config.data_dir) / CACHE_DIR).is_dir()
    assert canonical(Path(config.data_dir)) == full_build_of(config, tmp_path / "full")


def test_two_builds_of_one_data_directory_at_once_take_turns(tmp_path):
    """They share the kept parsed files and emitted rows: the second waits for the first's lock,
    then finds its build and reuses it."""
    config = inputs(tmp_path, FOLLOWUP)
    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda _: build(config), range(2)))
    assert reports[0].store_dir == reports[1].store_dir
    assert sorted(report.rebuilt for report in reports) == [False, True]
