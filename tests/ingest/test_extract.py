"""Extraction on short paragraphs (no gazetteer: the rules and LAC alone), linking to the
real built graph, and the scoring of the ingest evaluation."""

import pytest

from graph.ingest.evaluate import score_file
from graph.ingest.extract import DefaultExtractor
from graph.ingest.lexicon import Lexicon
from graph.ingest.link import link
from graph.ingest.read import read_document
from graph.ingest.result import Cooperation, Extraction, Figure, Organisation
from graph.store import open_graph

BASE = "https://w3id.org/chanjiao/"
PARAGRAPH = (
    "11月3日，常州工业职业技术学院与中康养（安徽）健康产业发展有限公司签署《校企合作协议》，共建康养产业学院。"
    "中康养（安徽）健康产业发展有限公司党委书记冯印涛、总经理张帅兵出席签约仪式。"
    "复利氢能源科技有限公司副总经理李刚表示，复利氢能源公司与该校合作开发了氢能课程，首期投入500万元。"
    "由常州工业职业技术学院牵头，联合江苏省机械行业协会等单位组建的全国智能制造行业产教融合共同体成立，"
    "首批成员单位120家，其中院校40所、企业70家。该共同体入选第二批国家级共同体，在全部85个申报项目中排名第3名。"
)


def extract(tmp_path, text, lexicon=None, name="a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    lexicon = lexicon or Lexicon([])
    return link(DefaultExtractor(lexicon).extract(read_document(path)), lexicon, BASE)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("x"), PARAGRAPH)


def by_label(result):
    return {o.label: o for o in result.organisations}


def test_organisations_with_leaf_types_and_bracketed_names(result):
    orgs = by_label(result)
    assert orgs["中康养(安徽)健康产业发展有限公司"].type == "Enterprise"
    assert orgs["常州工业职业技术学院"].type == "HigherVocationalCollege"
    assert orgs["江苏省机械行业协会"].type == "IndustryAssociation"
    assert all(o.new for o in orgs.values())


def test_a_short_form_is_an_alias_of_the_full_name_not_a_second_organisation(result):
    orgs = by_label(result)
    assert "复利氢能源公司" not in orgs
    assert "复利氢能源公司" in orgs["复利氢能源科技有限公司"].aliases


def test_people_with_positions_and_their_organisation(result):
    people = {p.name: [(x.title, x.organisation) for x in p.positions] for p in result.people}
    company = "中康养(安徽)健康产业发展有限公司"
    assert people["冯印涛"] == [("党委书记", company)]
    assert people["张帅兵"] == [("总经理", company)]  # 、 joins him to the same company
    assert people["李刚"] == [("副总经理", "复利氢能源科技有限公司")]


def test_cooperations_have_exact_participants_with_references_resolved(result):
    pairs = {frozenset(c.participants) for c in result.cooperations}
    assert frozenset({"常州工业职业技术学院", "中康养(安徽)健康产业发展有限公司"}) in pairs
    # 复利氢能源公司 is the short form, 该校 the college named before it
    assert frozenset({"复利氢能源科技有限公司", "常州工业职业技术学院"}) in pairs
    agreement = next(c for c in result.cooperations if c.label == "校企合作协议")
    assert len(agreement.participants) == 2


def test_consortium_with_lead_level_and_member_counts(result):
    (c,) = result.consortia
    assert c.label == "全国智能制造行业产教融合共同体" and c.kind == "IndustryCommunity"
    assert c.leads == ["常州工业职业技术学院"]
    assert c.level == "国家级"
    assert {(m.category, m.value) for m in c.member_counts} == {
        ("total", 120), ("EducationalInstitution", 40), ("Enterprise", 70)}


def test_figures_money_counts_and_ranks_out_of_n(result):
    figures = {(f.value, f.unit): f for f in result.figures}
    assert (5_000_000, "元") in figures
    assert figures[(3, "名")].rank_of == 85
    assert (120, "家") in figures


def test_evidence_spans_point_into_the_stored_text(tmp_path, result):
    text = read_document(_write(tmp_path, PARAGRAPH)).text
    for org in result.organisations:
        assert text[org.evidence[0].start:org.evidence[0].end] in [org.label, *org.aliases]


def _write(tmp_path, text):
    path = tmp_path / "b.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lexicon(built_config):
    return Lexicon.from_graph(open_graph(built_config.data_dir))


def test_an_organisation_in_the_graph_is_linked_never_duplicated(tmp_path, lexicon):
    text = ("大连理工大学与大连机床签署协议。大工还将与通用技术集团大连机床有限责任公司共建实验室,"
            "大連理工大學表示将加大投入。")
    result = extract(tmp_path, text, lexicon)
    known = lexicon.lookup("大连理工大学", "organisation")
    dlut = [o for o in result.organisations if o.iri == known.iri]
    assert len(dlut) == 1 and dlut[0].new is False and dlut[0].label == "大连理工大学"
    assert len(dlut[0].evidence) >= 3  # full name, 大工 and the traditional-script form
    machine_tool = [o for o in result.organisations if "大连机床" in [o.label, *o.aliases]]
    assert len(machine_tool) == 1 and not machine_tool[0].new


def test_traditional_script_links_and_keeps_the_written_form_as_alias(tmp_path, lexicon):
    text = "大連職業技術學院與大連交通大學簽訂協議，共建軌道交通實訓基地。"
    path = tmp_path / "t.big5.txt"
    path.write_bytes(text.encode("big5"))
    result = link(DefaultExtractor(lexicon).extract(read_document(path)), lexicon, BASE)
    orgs = by_label(result)
    assert not orgs["大连职业技术学院"].new
    assert "大連職業技術學院" in orgs["大连职业技术学院"].aliases
    assert {frozenset(c.participants) for c in result.cooperations} == {frozenset({"大连职业技术学院", "大连交通大学"})}


GOLD = {
    "organisations": [{"label": "甲大学", "type": "University", "aliases": ["甲大"]},
                      {"label": "乙有限公司", "type": "Enterprise"}, {"label": "丙协会", "type": "IndustryAssociation"}],
    "cooperations": [{"label": None, "participants": ["甲大学", "乙有限公司", "丙协会"]}],
    "figures": [{"value": 5000000, "unit": "元", "text": "500万元"}, {"value": 12, "unit": "个", "text": "12个"}],
}


def test_scoring_labels_aliases_types_unordered_pairs_and_whole_numbers():
    result = Extraction(
        organisations=[Organisation("甲大", "University"), Organisation("乙有限公司", "University"),
                       Organisation("丁公司", "Enterprise")],
        cooperations=[Cooperation(None, ["乙有限公司", "甲大"])],
        figures=[Figure(5000000.0, "元", "500万元"), Figure(12, "人", "12人")],
    )
    score = score_file(GOLD, result)
    orgs, pairs, figures = (score.counts[k] for k in ("organisations", "cooperation_pairs", "figures"))
    assert (orgs.tp, orgs.fp, orgs.fn) == (2, 1, 1)
    assert score.type_accuracy == 0.5
    assert (pairs.tp, pairs.fp, pairs.fn) == (1, 0, 2)  # (甲,乙) found in the other order
    assert (figures.tp, figures.fp, figures.fn) == (1, 1, 1)  # 5000000.0 == 5000000; 12 人 is not 12 个
    assert pairs.precision == 1.0 and pairs.recall == pytest.approx(1 / 3)
    assert pairs.f1 == pytest.approx(0.5)


def test_scoring_an_empty_extraction_is_zero_not_an_error():
    score = score_file(GOLD, Extraction())
    assert score.counts["organisations"].f1 == 0.0 and score.counts["organisations"].fn == 3


def test_the_publication_date_a_page_header_gives():
    from graph.ingest.extract import published_in_text

    assert published_in_text("稿件来源:大连日报  发布时间:2024-05-17   本文被阅次数:") == "2024-05-17"
    assert published_in_text("发布日期：2023年12月5日\n正文") == "2023-12-05"
    assert published_in_text("没有日期的正文。") is None


def test_a_planned_cooperation_is_not_one_and_our_school_is_the_publisher(tmp_path):
    text = ("常州工业职业技术学院新闻网讯 我校党委书记程晓东会见了来访客人。"
            "常州工业职业技术学院与江苏恒立液压股份有限公司将合作建设液压实训中心。")
    result = extract(tmp_path, text)
    assert result.cooperations == []
    (person,) = [p for p in result.people if p.name == "程晓东"]
    assert [(x.title, x.organisation) for x in person.positions] == [("党委书记", "常州工业职业技术学院")]
