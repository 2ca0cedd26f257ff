"""The build's index step run apart (search.prebuild.StepConfig: each part in a worker process of its
own) keeps what it keeps when run in the build's process, and its engine and answerer answer alike."""

import functools
import shutil
from pathlib import Path

import pytest

from graph.store import current_store_dir, open_build
from search import SearchConfig, SearchEngine, qa_prepared, qa_tables, snapshot
from search.lexical import Tokenizer
from search.prebuild import StepConfig, _Parts, index_dir, prepare
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
            _Parts(functools.partial(open_build, apart), kg)(_fails)
    finally:
        kg.close()


def test_a_build_copied_keeps_its_parts(tmp_path, builds):
    """A second step over a build holding every part makes none again (no worker started: a lambda opener)."""
    _, apart = builds
    copy = shutil.copytree(apart, tmp_path / apart.name)
    before = {p.name: p.stat().st_mtime_ns for p in index_dir(copy).iterdir()}
    prepare(lambda: open_build(copy), SearchConfig(), step=StepConfig(apart_quads=0))
    assert {p.name: p.stat().st_mtime_ns for p in index_dir(copy).iterdir()} == before


def test_the_parts_run_side_by_side_only_when_both_peaks_fit_the_budget_and_the_memory():
    step = StepConfig(side_bytes_per_quad=1_000, peak_budget_bytes=4_000_000_000)
    assert step.side_by_side_for(1_600_000, 20_000_000_000)  # 100x the seed: 1.6 GB together
    assert not step.side_by_side_for(16_000_000, 20_000_000_000)  # 1000x: 16 GB, over the 4 GB budget
    assert not step.side_by_side_for(1_600_000, 1_000_000_000)  # not in the memory available
    assert StepConfig(peak_budget_bytes=None).side_by_side_for(16_000_000, 20_000_000_000)
    assert not StepConfig(side_by_side=False).side_by_side_for(1, 20_000_000_000)
