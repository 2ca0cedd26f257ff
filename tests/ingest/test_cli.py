"""The ingest commands through the real CLI in a subprocess: JSON shape, drafts,
same-sha256 idempotence, --accept, bad input, and eval ingest on the seed gold. A step that only
sets up or repeats what the library does runs in this process (tests.ingest.commands.ingest)."""

import json
import shutil

import pytest
import yaml

from tests.ingest.commands import HYDROGEN as ARTICLE
from tests.ingest.commands import cli, ingest, popen


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, built_config):
    """A copy of the session's build: what these tests accept must not change what others read."""
    copy = tmp_path_factory.mktemp("ingest") / "data"
    shutil.copytree(built_config.data_dir, copy)
    return copy


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "hydrogen.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_output_shape_and_draft_folder(data_dir, article):
    run = cli("ingest", str(article), "--json", "--title", "氢能学院签约", "--published", "2024-11-18", data=data_dir)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)  # one JSON object, nothing else on stdout
    assert set(out) >= {"source", "published", "organisations", "people", "consortia", "cooperations", "figures"}
    assert set(out["source"]) == {"iri", "sha256", "title", "published"}
    assert out["source"]["title"] == "氢能学院签约" and out["source"]["published"] == "2024-11-18"
    assert out["published"] is False
    org = next(o for o in out["organisations"] if o["label"] == "大连职业技术学院")
    assert set(org) >= {"label", "type", "iri", "new", "aliases", "evidence"}
    assert org["new"] is False and org["type"] == "HigherVocationalCollege"
    assert ARTICLE[org["evidence"][0]["start"]:org["evidence"][0]["end"]] == "大连职业技术学院"
    assert {"value": 15000000, "unit": "元"}.items() <= out["figures"][0].items()
    pairs = [set(c["participants"]) for c in out["cooperations"]]
    assert {"大连职业技术学院", "国创氢能科技有限公司"} in pairs
    folder = next((data_dir / "drafts").glob("hydrogen-*"))
    assert {p.name for p in folder.iterdir()} == {"source.yaml", "text.txt", "facts.yaml", "entities.yaml"}
    source = yaml.safe_load((folder / "source.yaml").read_text(encoding="utf-8"))
    assert source["sha256"] == out["source"]["sha256"]
    text = (folder / "text.txt").read_text(encoding="utf-8")
    facts = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
    assert set(facts) <= {"consortia", "projects", "events", "mentions"}  # the loader's fact kinds
    figures = next(m["figures"] for m in facts["mentions"] if m["id"] == folder.name)  # the source's own statements
    assert {"value": 15000000, "unit_zh": "元"}.items() <= figures[0].items()
    for entry in facts["projects"] + facts["mentions"] + figures:
        assert 0 <= entry.get("confidence", 1) <= 1
        for quote in [entry["evidence"]] if isinstance(entry["evidence"], str) else entry["evidence"]:
            assert quote in text
    entities = yaml.safe_load((folder / "entities.yaml").read_text(encoding="utf-8"))
    for entry in entities["organisations"] + entities["people"] + facts["projects"]:
        assert entry["label_zh"] and entry["label_en"]  # the loader needs both


def test_the_same_text_ingested_again_changes_nothing(data_dir, article):
    _, first = ingest(article, data_dir)  # the library twice in this process, then the command
    folder = next((data_dir / "drafts").glob("hydrogen-*"))
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    _, second = ingest(article, data_dir)
    assert first == second
    summary = cli("ingest", str(article), data=data_dir)
    assert "unchanged" in summary.stdout and "draft (not published)" in summary.stdout
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_accept_publishes(data_dir, article):
    run = cli("ingest", str(article), "--accept", data=data_dir)
    assert run.returncode == 0, run.stderr
    assert "published (accepted)" in run.stdout
    assert list((data_dir / "accepted").glob("hydrogen-*")) and not list((data_dir / "drafts").glob("hydrogen-*"))
    draft, again = ingest(article, data_dir)
    assert draft.unchanged and again["published"] is True  # accepted once, the same text stays accepted


def test_bad_input_is_one_line_on_stderr(data_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = cli("ingest", str(empty), data=data_dir, check=False)
    assert run.returncode == 64 and run.stderr.strip().splitlines()[-1].startswith("chanjiao: error:")
    assert str(empty) in run.stderr and "Traceback" not in run.stderr
    nothing = tmp_path / "nothing.txt"
    nothing.write_text("今天天气很好，我们去公园散步吧。", encoding="utf-8")
    run = cli("ingest", str(nothing), data=data_dir, check=False)
    assert run.returncode == 64 and "no organisation" in run.stderr
    run = cli("ingest", str(nothing), "--published", "18/11/2024", data=data_dir, check=False)
    assert run.returncode == 64 and "YYYY-MM-DD" in run.stderr


def test_eval_ingest_prints_scores_per_kind(data_dir):
    run = cli("eval", "ingest", "tests/ingest_seed", data=data_dir)
    assert run.returncode == 0, run.stderr
    rows = {line.split()[0]: line.split()[1:] for line in run.stdout.splitlines()[2:] if line.strip()}
    for kind in ("organisations", "people", "positions", "consortia", "member_counts", "cooperation_pairs",
                 "figures"):
        assert kind in rows
    assert "type accuracy" in run.stdout


def test_two_ingests_at_once_both_draft_cleanly(data_dir, tmp_path):
    paths = []
    for i, college in enumerate(["大连交通大学", "大连海事大学"]):
        path = tmp_path / f"parallel{i}.txt"
        path.write_text(f"{college}与国创氢能科技有限公司签署合作协议，共建氢能实训基地，投入{i + 3}00万元。", encoding="utf-8")
        paths.append(path)
    procs = [popen("ingest", p, "--json", data=data_dir) for p in paths]
    outs = [json.loads(p.communicate(timeout=300)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    for out, path in zip(outs, paths):
        (folder,) = (data_dir / "drafts").glob(f"{path.stem}-*")
        source = yaml.safe_load((folder / "source.yaml").read_text(encoding="utf-8"))
        assert source["sha256"] == out["source"]["sha256"]
    assert not list((data_dir / "drafts").glob(".*.tmp"))  # no half-written draft left behind
