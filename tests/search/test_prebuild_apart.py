"""The build's index step run apart (search.prebuild.StepConfig: each part in a worker process of its
own) keeps what it keeps when run in the build's process, and its engine and answerer answer alike."""

import functools
import logging
import shutil
from pathlib import Path

import numpy
import pytest

from graph.store import current_store_dir, open_build
from search import SearchConfig, SearchEngine, persist, qa_prepared, qa_tables, snapshot
from search.lexical import Tokenizer
from search.prebuild import StepConfig, index_dir, prepare
from search.step_parts import Parts
from search.qa import QuestionAnswerer
from tests.shared import copy_of

# Every state a part keeps, read back by its key (the dense index and its vectors are left in place).
KEPT = (snapshot.CATALOGUE_FILE, snapshot.DICTIONARY_FILE, snapshot.TOKENS_FILE, snapshot.INDEXES_FILE,
        qa_prepared.FILE, qa_tables.FILE, "pinyin.json")
QUESTIONS = ("哪些高校参与了合作？", "参与方最多的项目是哪个？", "有多少家企业参与了合作项目？", "which companies took part in projects?")


def _state(build: Path, name: str, builders: tuple) -> object:
    kg = open_build(build)
    try:
        return snapshot.load(snapshot.path_in(kg, name), snapshot.key_of(kg, builders))
    finally:
        kg.close()


@pytest.fixture(scope="module")
def builds(tmp_path_factory, scale_two, use_embedder):
    """(the build made with its index step in one process, a copy whose step's parts were made again apart)."""
    one = current_store_dir(scale_two / "data")
    data = copy_of(scale_two / "data", tmp_path_factory.mktemp("apart") / "data")
    apart = current_store_dir(data)
    for name in KEPT:
        (index_dir(apart) / name).unlink()
    prepare(functools.partial(open_build, apart), SearchConfig(), use_embedder, StepConfig(apart_quads=0))
    return one, apart


def test_every_part_is_kept_again_and_the_dense_index_reused(builds):
    _, apart = builds
    assert all((index_dir(apart) / name).is_file() for name in KEPT)


@pytest.mark.parametrize("name, builders", [(snapshot.CATALOGUE_FILE, snapshot.CATALOGUE_BUILDERS),
                                            (snapshot.DICTIONARY_FILE, snapshot.DICTIONARY_BUILDERS),
                                            (snapshot.TOKENS_FILE, snapshot.TOKENS_BUILDERS),
                                            (qa_prepared.FILE, qa_prepared.BUILDERS)])
def test_a_part_made_apart_keeps_the_state_one_process_keeps(builds, name, builders):
    one, apart = builds
    kept = _state(one, name, builders)
    assert kept is not None and kept == _state(apart, name, builders)


@pytest.fixture(scope="module")
def engines(builds, use_embedder):
    opened = []
    for build in builds:
        kg = open_build(build)
        engine = SearchEngine.open(kg, SearchConfig(), index_dir(build), embedder=use_embedder)
        opened.append((kg, engine, QuestionAnswerer(kg, engine)))
    yield opened
    for kg, _, _ in opened:
        kg.close()


def test_both_engines_find_and_complete_alike(engines):
    (_, one, _), (_, apart, _) = engines
    docs = one.catalogue.docs
    for doc in docs[:: max(1, len(docs) // 40)]:
        for mode in ("hybrid", "lexical"):
            assert [r.id for r in one.search(doc.label, 5, mode=mode)] == [r.id for r in apart.search(doc.label, 5, mode=mode)]
        prefix = doc.label[:2]
        assert [s.id for s in one.autocomplete(prefix)] == [s.id for s in apart.autocomplete(prefix)]


def test_both_answerers_answer_alike(engines):
    (_, _, one), (_, _, apart) = engines
    for question in QUESTIONS:
        assert one.answer(question).to_dict() == apart.answer(question).to_dict(), question


def test_the_term_postings_hold_every_label_word_a_plain_loop_over_the_graph_finds(engines, builds):
    """Independent of make_indexes: every entity's labels, read by one SPARQL query, tokenised, and
    each term's holders in the kept postings looked up."""
    kg, engine, _ = engines[1]
    position = {d.iri: i for i, d in enumerate(engine.catalogue.docs)}
    indexes = _state(builds[1], snapshot.INDEXES_FILE, snapshot.INDEX_BUILDERS)
    tokenizer = Tokenizer((), dictionary=_state(builds[1], snapshot.DICTIONARY_FILE, snapshot.DICTIONARY_BUILDERS))
    checked = 0
    for row in kg.select("SELECT ?e ?l WHERE { ?e a cj:Organization ; rdfs:label ?l }"):
        for term in tokenizer.tokens(row["l"]):
            holders = indexes.doc_postings.holders(term)
            assert holders is not None and position[row["e"]] in holders.tolist(), (row["l"], term)
            checked += 1
    assert checked > 100


def _fails(kg) -> None:
    raise LookupError(f"no such part of {kg.content_hash}")


def test_a_part_failing_in_its_worker_fails_the_step(builds):
    _, apart = builds
    kg = open_build(apart)
    try:
        with pytest.raises(LookupError, match="no such part"):
            Parts(functools.partial(open_build, apart), kg)(_fails)
    finally:
        kg.close()


def _logs(kg) -> None:
    logging.getLogger("search.aside").info("decided in the worker of %s", kg.content_hash)


def test_what_a_part_logs_in_its_worker_reaches_the_builds_log(builds, caplog):
    """A part's decisions (search.aside.Room: the name index forked or not) are in the build's log."""
    _, apart = builds
    kg = open_build(apart)
    caplog.set_level(logging.INFO)
    try:
        Parts(functools.partial(open_build, apart), kg)(_logs)
    finally:
        kg.close()
    assert f"decided in the worker of {kg.content_hash}" in caplog.text


def test_a_build_copied_keeps_its_parts(tmp_path, builds):
    """A second step over a build holding every part makes none again (no worker started: a lambda opener)."""
    _, apart = builds
    copy = shutil.copytree(apart, tmp_path / apart.name)
    before = {p.name: p.stat().st_mtime_ns for p in index_dir(copy).iterdir()}
    prepare(lambda: open_build(copy), SearchConfig(), step=StepConfig(apart_quads=0))
    assert {p.name: p.stat().st_mtime_ns for p in index_dir(copy).iterdir()} == before


# The builds the estimates were fitted on and the judged one, in quads (search.step_peaks.Peaks).
X100, X300, X1000 = 1_321_870, 3_932_111, 13_070_952
BUDGET, PLENTY = 4 << 30, 20 << 30


def _layout(quads: int, available: int = PLENTY, **config) -> tuple[bool, bool]:
    plan = StepConfig(**config).layout_for(quads, available)
    return plan.side_by_side, plan.embed_beside


def test_the_fastest_layout_whose_estimated_peak_fits_the_budget_is_taken():
    assert _layout(X100) == (True, True)  # ~1.8 GB estimated: both chains and the embedding beside
    # ~2.7 GB: the holder's peak (making the dense index) and its embedding worker's never meet
    assert _layout(X300) == (True, True)
    # ~2.1-2.2 GB a part, one at a time, beside the embedding (~0.9 GB) and the holder of its vectors (~0.8 GB)
    assert _layout(X1000) == (False, True)
    assert StepConfig().layout_for(X1000, PLENTY).peak_bytes < BUDGET  # ~3.9 GB so


def test_the_memory_available_and_the_switch_bound_the_layout_too():
    assert _layout(X100, available=1 << 30) == (False, False)
    assert _layout(X1000, available=30 << 30, peak_budget_bytes=None) == (True, True)
    assert _layout(X100, side_by_side=False) == (False, True)
    assert _layout(1, side_by_side=False)[0] is False


def test_without_passages_to_embed_only_the_parts_count():
    plan = StepConfig().layout_for(X1000, PLENTY, embeds=False)
    assert not plan.side_by_side and plan.peak_bytes < BUDGET


DENSE = ("index-", "ids-", "manifest.json", "passage-keys.json")  # the dense index's files (search.persist)


def test_the_dense_index_made_apart_is_the_one_made_beside(tmp_path, scale_two, use_embedder, caplog):
    one = current_store_dir(scale_two / "data")
    data = copy_of(scale_two / "data", tmp_path / "data")
    build = current_store_dir(data)
    for kept in index_dir(build).iterdir():
        if kept.name.startswith(DENSE):
            kept.unlink()
    caplog.set_level(logging.INFO, logger="search.prebuild")
    caplog.set_level(logging.INFO, logger="search.step_parts")
    prepare(functools.partial(open_build, build), SearchConfig(), use_embedder, StepConfig(apart_quads=0, peak_budget_bytes=1))
    assert "dense index apart" in caplog.text and "index part dense_apart" in caplog.text
    assert sorted(p.name for p in index_dir(build).iterdir()) == sorted(p.name for p in index_dir(one).iterdir())
    for name in (p.name for p in index_dir(one).iterdir() if p.name.startswith(DENSE) and p.name != persist.MANIFEST_FILE):
        assert (index_dir(build) / name).read_bytes() == (index_dir(one) / name).read_bytes(), name
    assert persist.read_manifest(index_dir(build)).fingerprint == persist.read_manifest(index_dir(one)).fingerprint
    assert numpy.array_equal(persist.load_vectors(index_dir(build))[1], persist.load_vectors(index_dir(one))[1])
