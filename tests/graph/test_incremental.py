"""Incremental builds (graph.incremental): the published store updated by the difference is the
store a full build of the same inputs makes, for a changed, a removed and an added source."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.errors import GraphValidationError
from graph import incremental
from graph.build_rows import ENTAILED_DIR, INDEX_FILE, QUADS_FILE, READ_ROWS, QuadIndex, entailed_delta, kept_apart
from graph.incremental import focus
from graph.inference import infer
from graph.namespaces import DEFAULT_BASE_IRI, graph_iri
from graph.store import STORE_SUBDIR, current_store_dir, open_build
from tests.graph.conftest import TEST_SOURCES
from tests.rdf_sets import parsed_set

REPO = Path(__file__).resolve().parents[2]
FOLLOWUP, ROBOTS = "jinpu-followup-2024-11-08", "hunnan-robot-alliance-2025-03-20"


def canonical(data_dir: Path) -> list[str]:
    """The published store's quads, blank nodes canonically relabelled, sorted."""
    return canonical_of_build(current_store_dir(data_dir))


def canonical_of_build(store_dir: Path | str) -> list[str]:
    kg = open_build(Path(store_dir))
    try:
        return parsed_set(kg.quads("nquads"), ox.RdfFormat.N_QUADS)
    finally:
        kg.close()


def config_of(root: Path) -> BuildConfig:
    """The seed's registry and source (a copy under ``root``) and the test sources accepted."""
    return BuildConfig(data_dir=root / "data", curated_dir=root / "curated")


def inputs(root: Path, *sources: str) -> BuildConfig:
    shutil.copytree(REPO / "graph" / "data", root / "curated")
    for name in sources:
        shutil.copytree(TEST_SOURCES / name, root / "data" / "accepted" / name)
    return config_of(root)


def full_build_of(config: BuildConfig, root: Path) -> list[str]:
    """The canonical quads of a forced full build of ``config``'s inputs, made under ``root``."""
    shutil.copytree(config.curated_dir, root / "curated")
    shutil.copytree(Path(config.data_dir) / "accepted", root / "data" / "accepted")
    report = build(config_of(root), force=True)
    assert not report.incremental
    return canonical(root / "data")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def change_followup(config: BuildConfig) -> None:
    facts = Path(config.data_dir) / "accepted" / FOLLOWUP / "facts.yaml"
    edit(facts, "label_en: first-phase investment", "label_en: investment of the first phase")
    edit(facts, "value: 200\n", "value: 240\n")


def remove_robots(config: BuildConfig) -> None:
    shutil.rmtree(Path(config.data_dir) / "accepted" / ROBOTS)


def add_robots(config: BuildConfig) -> None:
    shutil.copytree(TEST_SOURCES / ROBOTS, Path(config.data_dir) / "accepted" / ROBOTS)


def rename_in_registry(config: BuildConfig) -> None:
    """A registry entity every source may cite: its English label changes."""
    registry = Path(config.curated_dir) / "registry" / "organisations.yaml"
    edit(registry, "label_en: Dalian University of Technology", "label_en: Dalian Univ. of Technology")


CHANGES: dict[str, tuple[tuple[str, ...], Callable[[BuildConfig], None]]] = {
    "a changed source": ((FOLLOWUP, ROBOTS), change_followup),
    "a removed source": ((FOLLOWUP, ROBOTS), remove_robots),
    "an added source": ((FOLLOWUP,), add_robots),
    "a changed registry entry": ((FOLLOWUP, ROBOTS), rename_in_registry),
}


@pytest.mark.parametrize("case", sorted(CHANGES))
def test_an_incremental_build_is_the_full_build(case, tmp_path):
    sources, change = CHANGES[case]
    config = inputs(tmp_path / "incremental", *sources)
    first = build(config)
    assert not first.incremental and (Path(first.store_dir) / INDEX_FILE).is_file()
    change(config)
    report = build(config)
    assert report.incremental and report.rebuilt and current_store_dir(Path(config.data_dir)) == report.store_dir
    assert canonical(Path(config.data_dir)) == full_build_of(config, tmp_path / "full")
    assert canonical(Path(config.data_dir)) != canonical_of_build(first.store_dir)


def test_an_incremental_build_on_a_scratch_store_on_disk_is_the_full_build(tmp_path, monkeypatch):
    """Beyond MAX_IN_MEMORY rows inference apart runs on disk: the same store, no scratch left."""
    monkeypatch.setattr(incremental, "MAX_IN_MEMORY", 0)
    config = inputs(tmp_path / "incremental", FOLLOWUP, ROBOTS)
    build(config)
    change_followup(config)
    report = build(config)
    assert report.incremental
    assert canonical(Path(config.data_dir)) == full_build_of(config, tmp_path / "full")
    assert not {incremental.SCRATCH_SUBDIR, READ_ROWS} & {p.name for p in Path(report.store_dir).iterdir()}


def test_inference_apart_writes_the_rows_inference_wrote_on_the_full_store(tmp_path):
    """On the rows the rules read alone, inference writes the same rows as on the store of a full
    build, and the bound it gives is the quads that build's inference added (none were stated)."""
    built = Path(build(inputs(tmp_path / "full", FOLLOWUP, ROBOTS)).store_dir)
    apart = tmp_path / "apart"
    apart.mkdir()
    shutil.copy(built / QUADS_FILE, apart / QUADS_FILE)
    provenance = f" <{graph_iri(DEFAULT_BASE_IRI, 'provenance')}> .\n"
    (apart / READ_ROWS).write_text("".join(row for row in (built / QUADS_FILE).read_text(encoding="utf-8")
                                                        .splitlines(keepends=True) if not row.endswith(provenance)),
                                               encoding="utf-8")  # what the build writes beside QUADS_FILE
    steps = incremental.Steps(lambda store, keep, _location, alone, _written: infer(store, DEFAULT_BASE_IRI, keep=keep, apart=alone),
                              lambda *_: None)
    added, kept = incremental._entailed_apart(apart, DEFAULT_BASE_IRI, steps), kept_apart(apart)
    written = {build_dir: {p.name: sorted(set(p.read_text(encoding="utf-8").splitlines()))
                           for p in (build_dir / ENTAILED_DIR).glob("*.nt")} for build_dir in (built, apart)}
    assert written[apart] == written[built] and set(written[built]) == {"inferred.nt", "provenance.nt"}
    index = QuadIndex.read(built)
    assert added + sum(len(rows.digests) for rows in kept.values()) == index.stored - len(index.digests)
    assert sorted(p.name for p in apart.iterdir()) == [ENTAILED_DIR, QUADS_FILE]


def test_a_full_build_is_its_rows_and_what_inference_writes_on_a_store_of_every_row(tmp_path):
    """A full build runs inference and SHACL apart, without the provenance rows: on a store of all
    its rows (provenance too) inference writes the same rows, and that store ends up holding
    exactly the quads of the build's own store."""
    built = Path(build(inputs(tmp_path / "full", FOLLOWUP, ROBOTS)).store_dir)
    whole, keep = ox.Store(), tmp_path / "whole"
    keep.mkdir()
    whole.bulk_load(path=str(built / QUADS_FILE), format=ox.RdfFormat.N_QUADS)
    infer(whole, DEFAULT_BASE_IRI, keep=keep)
    written = {d: {p.name: set(p.read_text(encoding="utf-8").splitlines()) for p in d.glob("*.nt")}
               for d in (built / ENTAILED_DIR, keep)}
    assert written[keep] == written[built / ENTAILED_DIR] and set(written[keep]) == {"inferred.nt", "provenance.nt"}
    published = ox.Store.read_only(str(built / STORE_SUBDIR))
    assert {str(q) for q in whole} == {str(q) for q in published}
    assert QuadIndex.read(built).stored == len(whole)


def test_inference_apart_needs_a_directory_to_keep_the_unread_rows():
    with pytest.raises(ValueError, match="keep"):
        infer(ox.Store(), DEFAULT_BASE_IRI, apart=True)


def test_force_builds_in_full(tmp_path):
    config = inputs(tmp_path, FOLLOWUP)
    build(config)
    change_followup(config)
    assert not build(config, force=True).incremental


def test_an_incremental_build_checks_the_shapes_where_it_changed(tmp_path, caplog):
    """A project left with one participant breaks a shape no curated check knows: the update is
    validated at the nodes it touched, refused, and the published build stays."""
    config = inputs(tmp_path, FOLLOWUP, ROBOTS)
    published = build(config).store_dir
    edit(Path(config.data_dir) / "accepted" / ROBOTS / "facts.yaml",
         "participants: [dlut-hant, hunnan-intelligent-equipment]", "participants: [dlut-hant]")
    with pytest.raises(GraphValidationError, match="participant"):
        build(config)
    assert "building in full" not in caplog.text  # found by the update's focused check
    assert current_store_dir(Path(config.data_dir)) == published


@pytest.mark.parametrize("kept", [INDEX_FILE, ENTAILED_DIR])
def test_a_published_build_without_its_index_or_entailed_rows_is_rebuilt_in_full(kept, tmp_path):
    """A build made before builds kept their rows and entailments (or whose index is gone) is no base."""
    config = inputs(tmp_path / "incremental", FOLLOWUP, ROBOTS)
    gone = Path(build(config).store_dir) / kept
    if gone.is_dir():
        shutil.rmtree(gone)
    else:
        gone.unlink()
    change_followup(config)
    report = build(config)
    assert report.rebuilt and not report.incremental
    assert canonical(Path(config.data_dir)) == full_build_of(config, tmp_path / "full")


def test_the_focus_holds_the_changed_nodes_and_those_linking_to_them():
    """A changed type of a value can break sh:class at the node that links to it."""
    store, graph = ox.Store(), ox.NamedNode("urn:g")
    project, org, other = (ox.NamedNode(f"urn:{name}") for name in ("project", "org", "other"))
    participant, kind = ox.NamedNode("urn:participant"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    store.add(ox.Quad(project, participant, org, graph))
    store.add(ox.Quad(other, participant, project, graph))
    changed = {ox.Quad(org, kind, ox.NamedNode("urn:Place"), graph)}
    assert focus(store, changed) == {"urn:org", "urn:Place", "urn:project"}
    assert focus(store, changed | {ox.Quad(ox.BlankNode("b"), kind, org, graph)}) is None


def test_the_entailed_delta_is_what_one_inference_wrote_and_the_other_did_not(tmp_path):
    """Rows written twice or in another order are no change; a row only one build has is, in
    either direction and in every graph inference writes."""
    rows = {name: f"<urn:{name}> <urn:p> <urn:o> .\n" for name in ("kept", "gone", "new", "proof")}
    for build_dir, files in (("old", {"inferred": ["kept", "gone", "kept"]}),
                             ("new", {"inferred": ["new", "kept"], "provenance": ["proof"]})):
        (tmp_path / build_dir / ENTAILED_DIR).mkdir(parents=True)
        for graph, names in files.items():
            (tmp_path / build_dir / ENTAILED_DIR / f"{graph}.nt").write_text("".join(rows[n] for n in names))
    delta = {(quad.subject.value, quad.graph_name.value, add)
             for batches, add in entailed_delta(tmp_path / "old", tmp_path / "new", "https://example.org/")
             for quads in batches for quad in quads}
    assert delta == {("urn:gone", "https://example.org/graph/inferred", False),
                     ("urn:new", "https://example.org/graph/inferred", True),
                     ("urn:proof", "https://example.org/graph/provenance", True)}
