"""The graph part in a worker process that exits (graph.apart): the same build, its stages and log
lines here, its errors raised here with their fields."""

import logging
import os
import pickle
from dataclasses import replace

import pyoxigraph as ox
import pytest

from graph import apart
from graph.build import build, curated_bytes
from graph.config import BuildConfig
from graph.errors import CuratedDataError, GraphValidationError
from graph.store import open_graph
from tests.graph.test_build import BREAKAGES, broken_copy  # noqa: F401 (a fixture)
from tests.rdf_sets import parsed_set

log = logging.getLogger(__name__)


def _logged_pid(message: str) -> int:
    log.warning(message)
    return os.getpid()


def test_a_call_apart_runs_in_another_process_and_its_records_are_logged_here(caplog):
    caplog.set_level(logging.INFO)
    pid = apart.call(_logged_pid, "从工作进程来的 line")
    assert pid != os.getpid()
    assert [r.getMessage() for r in caplog.records if r.name == __name__] == ["从工作进程来的 line"]


def test_the_errors_a_build_raises_keep_their_fields_across_processes():
    error = pickle.loads(pickle.dumps(CuratedDataError("sources/x/facts.yaml", "proj-1", "refers to 'nobody'")))
    assert (error.file, error.entry, error.detail) == ("sources/x/facts.yaml", "proj-1", "refers to 'nobody'")
    assert str(error) == "sources/x/facts.yaml: entry 'proj-1': refers to 'nobody'"
    report = pickle.loads(pickle.dumps(GraphValidationError("1 violation(s):\n  <urn:p>: 缺少参与方")))
    assert report.report == "1 violation(s):\n  <urn:p>: 缺少参与方" and str(report).count("1 violation(s)") == 1


def test_a_build_whose_inputs_reach_the_threshold_is_made_apart_and_is_the_same(built_config, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    assert curated_bytes(built_config) > 0
    config = replace(built_config, data_dir=tmp_path, apart_bytes=0)
    report = build(config, force=True)
    names = [stage.name for stage in report.stages]
    assert names[:2] == ["load curated", "emit"] and "store load+check" in names and names[-1] == "VoID and routing"
    assert any(r.name == "graph.timing" and "store load+check" in r.getMessage() for r in caplog.records)
    made, here = open_graph(tmp_path), open_graph(built_config.data_dir)
    assert made.content_hash == here.content_hash and made.triple_count() == here.triple_count() == report.triples
    assert parsed_set(made.quads("nquads"), ox.RdfFormat.N_QUADS) == parsed_set(here.quads("nquads"), ox.RdfFormat.N_QUADS)


def test_bad_curated_data_made_apart_names_its_file_and_entry(broken_copy, tmp_path):  # noqa: F811
    breakage, message = BREAKAGES["dangling reference"]
    breakage(broken_copy)
    config = BuildConfig(data_dir=tmp_path / "data", curated_dir=broken_copy, apart_bytes=0)
    with pytest.raises(CuratedDataError, match=message) as info:
        build(config)
    assert info.value.file.endswith(".yaml") and info.value.entry
