"""Search over the real graph: facts from the article, the evaluation sets (latency is measured
by bench/search_bench.py, not asserted here)."""

import pytest

from search.evaluate import class_table, evaluate_classes, evaluate_search, format_report, load_cases, run_eval
from search.relevance import PERSON
from tests.search.conftest import DEV_SET, EXTRA_SET, HERE

NAMES_SET = HERE / "dev-names.jsonl"


def labels(results):
    return [r.label for r in results]


def test_documents_are_entities_not_quantities(real_engine):
    iris = [d.iri for d in real_engine.catalogue.docs]
    assert not [i for i in iris if "/quantity/" in i or "/evidence/" in i or "/place/" in i]
    assert "大连金普新区(大连经济技术开发区)市域产教联合体" in {d.label for d in real_engine.catalogue.docs}


def test_sixteen_signed_projects_in_three_categories(real_engine):
    """会上,包括实训基地、科技创新和人才培养三类共16个产教联合体项目完成签约 (6 + 5 + 5)."""
    assert len(real_engine.search("项目", type="产教联合体签约项目", k=100)) == 16
    counts = [len(real_engine.search("项目", type=t, k=100)) for t in ("实训基地类项目", "科技创新类项目", "人才培养类项目")]
    assert counts == [6, 5, 5]


def test_universities_behind_the_openharmony_centre(real_engine):
    """大连职业技术学院与大连理工大学,共建开源鸿蒙人才培养中心项目."""
    assert set(labels(real_engine.search("开源鸿蒙", type="高校", k=2))) == {"大连理工大学", "大连职业技术学院"}


def test_the_fuel_cell_company(real_engine):
    """国创氢能科技有限公司与大连交通大学,合作研发质子交换膜燃料电池金属石墨复合双极板开发项目."""
    assert labels(real_engine.search("燃料电池", type="company", k=1)) == ["国创氢能科技有限公司"]
    assert labels(real_engine.search("燃料电池", type="高校", k=1)) == ["大连交通大学"]


def test_new_energy_covers_its_narrower_industries(real_engine):
    """面向装备制造、新能源等重点产业: fuel cells and NEV charging sit under new energy."""
    found = labels(real_engine.search("项目", industry="新能源", k=50))
    assert "质子交换膜燃料电池金属石墨复合双极板开发项目" in found
    assert "新能源汽车充电系统故障快速检测技术攻关项目" in found
    assert "开源鸿蒙人才培养中心项目" not in found


def test_a_person_by_role(real_engine):
    """大连职业技术学院党委书记、校长杨跃权."""
    assert "杨跃权" in labels(real_engine.search("大连职业技术学院党委书记", k=3))


def test_snippet_explains_an_alias_match(real_engine):
    top = real_engine.search("大工")[0]
    assert top.label == "大连理工大学" and top.snippet == "别名: 大工"


@pytest.mark.skipif(not DEV_SET.is_file(), reason="the shared dev set is not beside the repository")
def test_dev_set_targets(real_engine):
    report = evaluate_search(real_engine, load_cases(DEV_SET))
    metrics = {m.mode: m.metrics() for m in report.modes}
    hybrid = metrics["hybrid"]
    assert hybrid["hit@1"] >= 0.90 and hybrid["MRR"] >= 0.93, format_report(report, misses=True)
    for single in ("dense", "lexical"):
        assert hybrid["hit@1"] > metrics[single]["hit@1"] and hybrid["MRR"] > metrics[single]["MRR"]


def test_own_cases_other_phrasings_english_traditional_full_width(real_engine):
    report = evaluate_search(real_engine, load_cases(EXTRA_SET), modes=("hybrid",))
    metrics = report.modes[0].metrics()
    assert metrics["hit@1"] >= 0.90 and metrics["MRR"] >= 0.93, format_report(report, misses=True)


def test_run_eval_prints_a_table(real_engine):
    table = run_eval(EXTRA_SET, real_engine)
    assert "hit@1" in table and "nDCG@10" in table and "hybrid" in table


@pytest.mark.parametrize("typed, expected", [
    ("qingneng", "氢能"), ("dagong", "大连理工大学"), ("dllg", "大连理工大学"), ("dalianligong", "大连理工大学"),
    ("shukong", "数控机床"), ("轻工学院", "辽宁轻工职业学院"), ("大交大", "大连交通大学"),
    ("Light Industry", "辽宁轻工职业学院"),
])
def test_what_the_user_test_typed_now_completes(real_engine, typed, expected):
    assert real_engine.autocomplete(typed, k=3)[0].label == expected


def test_homophones_the_better_linked_and_whole_name_first(real_engine):
    assert labels(real_engine.autocomplete("dalian ligong", k=2)) == ["大连理工大学", "大连锂工科技有限公司"]
    assert labels(real_engine.search("dalian ligong", k=1)) == ["大连理工大学"]
    assert labels(real_engine.search("dalian ligong keji", k=1)) == ["大连锂工科技有限公司"]


@pytest.mark.parametrize("topic", ["机器人", "芯片", "区块链", "semiconductors"])
def test_unknown_topics_are_empty_and_offer_the_nearest(real_engine, topic):
    response = real_engine.find(topic)
    assert response.results == () and response.total == 0
    assert set(response.nearest) == {"industries", "entities"}
    assert all(r.type_iri.endswith("#Industry") for r in response.nearest["industries"])
    assert not any(r.type_iri.endswith(("#Industry", "#Person")) for r in response.nearest["entities"])


@pytest.mark.parametrize("topic", ["氢能", "燃料电池", "数控机床", "学前教育", "人工智能", "新能源汽车"])
def test_topics_bring_no_people(real_engine, topic):
    docs = {d.iri: d for d in real_engine.catalogue.docs}
    results = real_engine.search(topic, k=50)
    assert results and not [r.label for r in results if PERSON in docs[r.id].types]


def test_people_by_name_and_pinyin(real_engine):
    assert labels(real_engine.search("杨跃权", k=1)) == ["杨跃权"]
    assert labels(real_engine.search("yang yuequan", k=1)) == ["杨跃权"]


def test_own_name_cases_per_class(real_engine):
    outcomes = evaluate_classes(real_engine, load_cases(NAMES_SET))
    table = class_table(outcomes, misses=True)
    for what in ("search", "autocomplete"):
        named = [o.hit for o in outcomes if o.what == what and o.case.expect is not None]
        assert sum(named) / len(named) >= 0.95, table
    assert all(o.hit for o in outcomes if o.case.expect is None), table
