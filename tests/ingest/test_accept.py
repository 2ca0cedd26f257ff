"""`chanjiao --data DIR ingest FILE --accept` end to end (issue #13) on a temporary data directory,
the published store queried through SPARQL. What an accept publishes is checked on the library
the command calls, in this process (tests.ingest.commands.ingest); the real CLI runs in a
subprocess where the command itself is what is checked (its exit code and message for a draft
that breaks the build, `ask --json`), and where separate processes are (two accepts at once,
a kill during an accept).

Expected names are read off the articles (tests/ingest/dev/, written for the ingest sets), not off
the drafts the pipeline wrote; spans are checked against the article as the reader returns it.
"""

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from graph.build import build
from graph.published import is_stale
from graph.config import BuildConfig
from graph.ingest.read import read_document
from graph.namespaces import DEFAULT_BASE_IRI, entity_iri
from graph.store import current_store_dir, open_graph
from search.prebuild import index_dir
from tests.ingest.commands import HYDROGEN, REPO, cli, ingest, popen
from tests.shared import copy_of, made_once

DEV = REPO / "tests" / "ingest" / "dev"
SEED = REPO / "tests" / "ingest_seed" / "jinpu-consortium-2024-05-17.txt"  # the curated seed article, again
DALIAN, PORT, WUHU = (DEV / f"{n}.txt" for n in ("dalian-hydrogen-college", "smart-port-community",
                                                    "wuhu-city-consortium"))
# A follow-up naming a university by a short form (大连交大) and a company the Dalian article introduced.
FOLLOWUP = "大连交大与大连海蓝氢动力科技有限公司签署合作协议，共建燃料电池联合实验室，开展氢能技术研发。"


def doc_iri(data: Path, path: Path) -> str:
    (folder,) = (data / "accepted").glob(f"{path.name.split('.')[0]}-*")
    return entity_iri(DEFAULT_BASE_IRI, "document", folder.name)


def the(kg, name: str) -> set[str]:
    rows = kg.select("SELECT DISTINCT ?x { ?x rdfs:label|skos:altLabel ?l FILTER(str(?l) = ?name) }", name=name)
    return {r["x"] for r in rows}


def citations(kg, subject: str) -> list[dict]:
    """Every statement about ``subject`` with the span (document, start, end, quote) it cites."""
    return kg.select("""SELECT ?p ?o ?doc ?start ?end ?quote { ?st rdf:subject ?s ; rdf:predicate ?p ;
                        rdf:object ?o ; cj:evidence ?ev . ?ev cj:sourceDocument ?doc ; cj:start ?start ;
                        cj:end ?end ; cj:quote ?quote }""", s=subject)


def cooperation(kg, label: str, doc: str | None = None) -> str:
    """The one cooperation labelled ``label`` (whose label ``doc`` states, if given)."""
    rows = kg.select("""SELECT DISTINCT ?c ?doc { ?c a cj:Cooperation ; rdfs:label ?l FILTER(str(?l) = ?label)
                        ?st rdf:subject ?c ; rdf:predicate rdfs:label ; cj:evidence/cj:sourceDocument ?doc }""",
                     label=label)
    (iri,) = {r["c"] for r in rows if doc in (None, r["doc"])}
    return iri


def participants(kg, iri: str) -> set[str]:
    return {r["l"] for r in kg.select("""SELECT ?l { ?c cj:participant ?o . ?o rdfs:label ?l
                                         FILTER(lang(?l) = 'zh') }""", c=iri)}


@pytest.fixture(scope="module")
def hydrogen(tmp_path_factory) -> Path:
    def write(folder: Path) -> None:
        folder.mkdir()
        (folder / "hydrogen.txt").write_text(HYDROGEN, encoding="utf-8")

    return made_once(tmp_path_factory, "accept-articles", write) / "hydrogen.txt"


@pytest.fixture(scope="module")
def published(tmp_path_factory, hydrogen):
    """A fresh data directory into which the three dev articles, the small one and the seed were
    accepted one after another, with the JSON outputs of `ingest --accept --json`; made once per
    run and only read (see ``own_copy``)."""
    def accept_all(data: Path) -> None:
        outs = [ingest(path, data, accept=True)[1] for path in (DALIAN, PORT, WUHU, hydrogen, SEED)]
        data.with_suffix(".json").write_text(json.dumps(outs), encoding="utf-8")

    data = made_once(tmp_path_factory, "accept", accept_all)
    return data, json.loads(data.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.fixture
def own_copy(published, tmp_path):
    """``published`` copied for a test that writes into it (the tests can run in any order, on any
    worker: tests/shared.py runs them as separate units)."""
    data, outs = published
    return copy_of(data, tmp_path / "data"), outs


def test_each_article_is_published_without_errors(published):
    data, outs = published
    assert all(out["published"] for out in outs)
    assert len(list((data / "accepted").iterdir())) == 5 and not list((data / "drafts").iterdir())


@pytest.mark.parametrize("path, label, expected", [
    (DALIAN, "氢能技术产业学院", {"大连职业技术学院", "国创氢能科技有限公司", "大连海蓝氢动力科技有限公司"}),
    (PORT, "自动化码头运维产业学院", {"青岛港湾职业技术学院", "山东港口青岛港集团有限公司"}),
    (WUHU, "工业机器人应用实训基地", {"芜湖职业技术学院", "埃夫特智能装备股份有限公司"}),
])
def test_new_cooperations_and_organisations_cite_their_own_article(published, path, label, expected):
    data, _ = published
    kg, doc, text = open_graph(data), doc_iri(data, path), read_document(path).text
    project = cooperation(kg, label, doc)
    assert participants(kg, project) == expected
    rows = citations(kg, project)
    assert {r["doc"] for r in rows} == {doc}  # every statement about it cites this article
    assert {r["p"].rsplit("#", 1)[-1] for r in rows} >= {"participant", "label", "industry"}
    for name in expected:  # one IRI each, and the article is among what names it
        (org,) = the(kg, name)
        assert doc in {r["doc"] for r in citations(kg, org)}
    for r in rows:
        assert text[r["start"]:r["end"]] == r["quote"]


def test_the_small_article_links_known_organisations(published, hydrogen):
    data, outs = published
    kg = open_graph(data)
    doc = doc_iri(data, hydrogen)
    rows = [r for r in kg.select("""SELECT ?c ?doc { ?st rdf:subject ?c ; rdf:predicate cj:participant ;
                                    cj:evidence ?ev . ?ev cj:sourceDocument ?doc }""") if r["doc"] == doc]
    (project,) = {r["c"] for r in rows}
    assert participants(kg, project) == {"大连职业技术学院", "国创氢能科技有限公司"}
    assert all(not o["new"] for o in outs[3]["organisations"])


def test_the_seed_article_again_links_every_organisation_it_names(published):
    data, outs = published
    kg = open_graph(data)
    orgs = outs[4]["organisations"]
    assert orgs and not [o["label"] for o in orgs if o["new"]]  # the registry holds them all
    for org in orgs:  # known or new, one IRI per name
        assert len(the(kg, org["label"])) == 1, org["label"]


def test_consortia_get_what_their_kind_needs(published):
    data, _ = published
    kg = open_graph(data)
    (port,) = the(kg, "全国智慧港口行业产教融合共同体")
    industry = kg.select("SELECT ?l { ?c cj:keyIndustry/skos:prefLabel ?l FILTER(lang(?l) = 'zh') }", c=port)
    assert [r["l"] for r in industry] == ["智慧港口"]  # proposed: the scheme had no such concept
    (wuhu,) = the(kg, "芜湖经济技术开发区市域产教联合体")
    place = kg.select("SELECT ?l ?t { ?c cj:locatedIn ?p . ?p rdfs:label ?l ; a ?t FILTER(lang(?l) = 'zh') }", c=wuhu)
    assert {(r["l"], r["t"].rsplit("#", 1)[-1]) for r in place} >= {("芜湖经济技术开发区", "NewArea")}


def test_a_proposed_industry_sits_under_its_nearest_broader_concept(published):
    data, _ = published
    kg = open_graph(data)
    rows = kg.select("""SELECT ?b { ?i skos:prefLabel "机械设计制造"@zh ; skos:broader/skos:prefLabel ?b
                        FILTER(lang(?b) = 'zh') }""")
    assert [r["b"] for r in rows] == ["装备制造"]


def test_which_colleges_cooperate_in_hydrogen(own_copy, built_config):
    data, _ = own_copy  # asking writes the search index beside the build
    # The vectors of the seed's passages, as an earlier `ask` on this build would have left them (an
    # accept does not make the index): only the accepted articles' passages are embedded
    # (search.vectors reuses a vector by its passage's text).
    shutil.copytree(index_dir(current_store_dir(built_config.data_dir)), index_dir(current_store_dir(data)))
    run = cli("ask", "哪些高校在氢能领域有合作？", "--json", data=data)
    answer = json.loads(run.stdout)
    seed = entity_iri(DEFAULT_BASE_IRI, "document", "dalian-daily-2024-05-17-jinpu-consortium")
    docs = {}
    for item in answer["evidence"]:
        if item["source"]:
            docs.setdefault(item["path"][0], set()).add(item["source"]["document"])
    assert doc_iri(data, DALIAN) in docs["大连职业技术学院"]
    assert seed in docs["大连交通大学"]
    texts = {doc_iri(data, DALIAN): read_document(DALIAN).text}
    for item in (i for i in answer["evidence"] if i["source"] and i["source"]["document"] in texts):
        src = item["source"]
        assert texts[src["document"]][src["start"]:src["end"]] == src["text"]


def test_a_known_organisation_by_a_short_form_is_linked_not_duplicated(own_copy, tmp_path):
    data, _ = own_copy
    path = tmp_path / "followup.txt"
    path.write_text(FOLLOWUP, encoding="utf-8")
    _, out = ingest(path, data, accept=True)
    linked = {o["label"]: o for o in out["organisations"]}
    assert not linked["大连交通大学"]["new"] and not linked["大连海蓝氢动力科技有限公司"]["new"]
    kg = open_graph(data)
    assert len(the(kg, "大连交通大学") | the(kg, "大连交大")) == 1
    assert len(the(kg, "大连海蓝氢动力科技有限公司")) == 1  # introduced by the Dalian article, linked here
    (project,) = the(kg, "燃料电池联合实验室")
    assert participants(kg, project) == {"大连交通大学", "大连海蓝氢动力科技有限公司"}


def test_accepting_again_changes_nothing_and_survives_a_forced_build(own_copy):
    data, _ = own_copy
    current = (data / "CURRENT").read_text()
    before = {p: p.stat().st_mtime_ns for p in (data / "accepted").rglob("*")}
    draft, _ = ingest(DALIAN, data, accept=True)
    assert draft.unchanged and draft.published
    assert (data / "CURRENT").read_text() == current
    assert {p: p.stat().st_mtime_ns for p in (data / "accepted").rglob("*")} == before
    build(BuildConfig(data_dir=data), force=True)
    kg = open_graph(data)
    assert participants(kg, cooperation(kg, "自动化码头运维产业学院"))
    # nothing was written into the repository's curated data
    status = subprocess.run(["git", "status", "--porcelain", "--", "graph/data"], cwd=REPO, capture_output=True,
                            text=True, check=True)
    assert status.stdout == "" and not (REPO / "graph" / "data" / "accepted").exists()


def test_a_draft_that_breaks_the_build_is_not_published(own_copy, tmp_path):
    data, _ = own_copy
    path = tmp_path / "broken.txt"
    path.write_text("大连理工大学与国创氢能科技有限公司签署协议，共建氢能实训基地。", encoding="utf-8")
    ingest(path, data)
    (draft,) = (data / "drafts").glob("broken-*")
    facts = yaml.safe_load((draft / "facts.yaml").read_text(encoding="utf-8"))
    facts["projects"][0]["participants"].append("no-such-organisation")  # a reviewer's typo
    (draft / "facts.yaml").write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    current, accepted = (data / "CURRENT").read_text(), sorted(p.name for p in (data / "accepted").iterdir())
    run = cli("ingest", path, "--accept", data=data, check=False)
    assert run.returncode == 65 and "no-such-organisation" in run.stderr and "Traceback" not in run.stderr
    assert (draft / "facts.yaml").is_file() and not (data / ".accepting").exists()
    assert (data / "CURRENT").read_text() == current
    assert sorted(p.name for p in (data / "accepted").iterdir()) == accepted
    shutil.rmtree(draft)


def test_two_accepts_at_once_both_publish(own_copy, tmp_path):
    data, _ = own_copy
    paths = []
    for i, college in enumerate(["大连海事大学", "大连大学"]):
        path = tmp_path / f"parallel{i}.txt"
        path.write_text(f"{college}与国创氢能科技有限公司签署合作协议，共建氢能实训基地。", encoding="utf-8")
        paths.append(path)
    procs = [popen("ingest", p, "--accept", data=data) for p in paths]
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-3000:]
    kg = open_graph(data)
    for college, path in zip(["大连海事大学", "大连大学"], paths):
        assert participants(kg, cooperation(kg, "氢能实训基地", doc_iri(data, path))) == {college, "国创氢能科技有限公司"}
    assert not is_stale(BuildConfig(data_dir=data))  # the published store is the build of every accepted source


def test_a_kill_during_accept_leaves_the_old_store_served(own_copy, tmp_path):
    data, _ = own_copy
    path = tmp_path / "killed.txt"
    path.write_text("大连民族大学与国创氢能科技有限公司签署合作协议，共建氢能创新实验室。", encoding="utf-8")
    ingest(path, data)  # drafted first, so that the kill lands in the build
    store = current_store_dir(data)
    proc = popen("ingest", path, "--accept", data=data)
    staged = data / ".accepting"
    for _ in range(6000):  # until the accept has started building (or ended)
        if staged.exists() or proc.poll() is not None:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the accept ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert current_store_dir(data) == store and (store / "manifest.json").is_file()
    assert list((data / "drafts").glob("killed-*")) and not list((data / "accepted").glob("killed-*"))
    kg = open_graph(data)
    assert not the(kg, "氢能创新实验室")
    ingest(path, data, accept=True)  # accepting again after the kill works
    assert the(open_graph(data), "氢能创新实验室")
