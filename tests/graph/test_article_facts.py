"""Facts stated by the article, asserted independently of the curated files.

Each expected value below was read off the article (Dalian Daily, 2024-05-17), not
copied from graph/data/; the graph is queried only through SPARQL.
"""

import pytest


def one(kg, label: str) -> str:
    rows = kg.select("SELECT DISTINCT ?x WHERE { ?x rdfs:label ?l . FILTER(str(?l) = ?name) }", name=label)
    assert len(rows) == 1, f"expected one entity labelled {label!r}, found {rows}"
    return rows[0]["x"]


def projects_of(kg, label: str) -> set[str]:
    rows = kg.select("""SELECT ?pl WHERE { ?p a cj:CooperationProject ; cj:participant ?o ; rdfs:label ?pl .
                        ?o rdfs:label ?ol . FILTER(str(?ol) = ?name && lang(?pl) = "zh") }""", name=label)
    return {r["pl"] for r in rows}


def test_sixteen_signed_projects_six_five_five(kg):
    rows = kg.select("""SELECT ?cat (COUNT(DISTINCT ?p) AS ?n) WHERE {
        GRAPH ?g { ?p a ?cat } ?cat rdfs:subClassOf cj:CooperationProject } GROUP BY ?cat""")
    by_category = {r["cat"].rsplit("#")[-1]: r["n"] for r in rows}
    assert by_category == {"TrainingBaseProject": 6, "TechInnovationProject": 5, "TalentCultivationProject": 5}
    assert kg.select("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a cj:CooperationProject }")[0]["n"] == 16


@pytest.mark.parametrize("college, count", [
    ("大连理工大学", 6), ("大连交通大学", 3), ("大连大学", 3), ("大连民族大学", 2),
    ("大连职业技术学院", 4), ("大连海事大学", 1), ("辽宁轻工职业学院", 1),
])
def test_project_counts_per_college(kg, college, count):
    assert len(projects_of(kg, college)) == count


def test_hydrogen_project_partners(kg):
    assert projects_of(kg, "国创氢能科技有限公司") == {"质子交换膜燃料电池金属石墨复合双极板开发项目"}
    assert "质子交换膜燃料电池金属石墨复合双极板开发项目" in projects_of(kg, "大连交通大学")


def test_digital_talent_centre_has_fifteen_parties(kg):
    project = one(kg, "大连市数字人才产教融合实训中心合作项目")
    n = kg.select("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?p cj:participant ?o }", p=project)[0]["n"]
    assert n == 15


def test_every_signed_project_was_signed_at_the_ceremony(kg):
    rows = kg.select("SELECT DISTINCT ?e { ?p a cj:CooperationProject ; cj:signedAt ?e }")
    assert len(rows) == 1


def test_members_by_category(kg):
    rows = kg.select("""SELECT ?cat ?v WHERE { ?c a cj:Consortium ; cj:memberCount ?q .
                        ?q cj:value ?v ; cj:memberCategory ?cat }""")
    counts = {r["cat"].rsplit("#")[-1]: r["v"] for r in rows}
    assert counts == {"Organization": 97, "EducationalInstitution": 17, "Enterprise": 57,
                      "ResearchInstitution": 4, "SocialOrganization": 6, "GovernmentBody": 13}
    assert 17 + 57 + 4 + 6 + 13 == 97


def test_approval_rank_and_batch(kg):
    rows = kg.select("SELECT ?rank ?of WHERE { ?a a cj:Approval ; cj:rank ?rank ; cj:outOf ?of ; cj:approves ?c }")
    assert rows == [{"rank": 5, "of": 28}]


def test_training_base_investment_and_outputs(kg):
    base = one(kg, "辽宁省装备制造产业产教融合实训基地")
    money = kg.select("SELECT ?v ?cur { ?b cj:investment ?m . ?m cj:value ?v ; cj:currency ?cur }", b=base)
    assert money == [{"v": 120000000, "cur": "CNY"}]
    outputs = sorted(r["v"] for r in kg.select("SELECT ?v { ?b cj:output ?q . ?q cj:value ?v }", b=base))
    assert outputs == [31, 2800, 26000]
    partners = {r["l"] for r in kg.select(
        "SELECT ?l { ?b cj:participant ?o . ?o rdfs:label ?l FILTER(lang(?l)='zh') }", b=base)}
    assert partners == {"通用技术集团大连机床有限责任公司", "大连职业技术学院"}


def test_people_and_positions(kg):
    rows = kg.select("""SELECT ?person ?title ?org WHERE { ?p cj:holds ?pos ; rdfs:label ?person .
        ?pos rdfs:label ?title ; cj:postIn ?o . ?o rdfs:label ?org .
        FILTER(lang(?person)='zh' && lang(?title)='zh' && lang(?org)='zh') }""")
    held = {(r["person"], r["title"], r["org"]) for r in rows}
    assert ("杨跃权", "校长", "大连职业技术学院") in held
    assert ("杨跃权", "党委书记", "大连职业技术学院") in held
    assert ("董建军", "副总经理", "通用技术集团大连机床有限责任公司") in held


def test_four_programmes_and_their_targets(kg):
    rows = kg.select("""SELECT ?prog ?v ?period WHERE { ?prog a cj:TrainingProgramme ; cj:provider ?o ; cj:target ?t .
        ?o rdfs:label "大连职业技术学院"@zh . ?t cj:value ?v . OPTIONAL { ?t cj:period ?period } }""")
    assert len({r["prog"] for r in rows}) == 4
    targets = sorted((r["v"], (r["period"] or "").rsplit("#")[-1]) for r in rows)
    assert (40, "FirstBatch") in targets and (12, "FirstBatch") in targets
    assert (1000, "PerYear") in targets and (40, "PerYear") in targets


def test_places_nest(kg):
    jinpu = one(kg, "金普新区")
    within = {r["l"] for r in kg.select(
        "SELECT ?l { ?a cj:within+ ?p . ?p rdfs:label ?l FILTER(lang(?l)='zh') }", a=jinpu)}
    assert {"大连市", "辽宁省"} <= within


@pytest.mark.parametrize("narrow, broad", [("氢能", "新能源"), ("新能源汽车", "新能源"), ("数控机床", "装备制造")])
def test_industry_hierarchy(kg, narrow, broad):
    assert kg.ask(f"""ASK {{ ?n skos:prefLabel "{narrow}"@zh ; skos:broaderTransitive ?b .
                      ?b skos:prefLabel "{broad}"@zh }}""")


def test_query_for_colleges_finds_every_subclass(kg):
    rows = kg.select("""SELECT DISTINCT ?l { ?o a cj:EducationalInstitution ; rdfs:label ?l FILTER(lang(?l)='zh') }""")
    labels = {r["l"] for r in rows}
    assert {"大连理工大学", "大连职业技术学院", "普兰店区职教中心", "大连市金州区第一幼儿园"} <= labels


def test_policy_document(kg):
    rows = kg.select("""SELECT ?date ?issuer { ?d a cj:PolicyDocument ; cj:date ?date ; cj:issuedBy ?o .
                        ?o rdfs:label ?issuer FILTER(lang(?issuer)='zh') }""")
    assert {r["issuer"] for r in rows} == {"中共中央办公厅", "国务院办公厅"}
    assert {r["date"] for r in rows} == {"2022-12"}


def test_aliases_resolve(kg):
    for alias, name in [("大工", "大连理工大学"), ("大连机床", "通用技术集团大连机床有限责任公司")]:
        rows = kg.select("""SELECT ?l { ?o skos:altLabel ?a ; rdfs:label ?l . FILTER(str(?a) = ?alias && lang(?l)='zh') }""",
                         alias=alias)
        assert [r["l"] for r in rows] == [name]
    assert kg.ask('ASK { ?o skos:altLabel "碧菲分离膜（大连）有限公司"@zh ; rdfs:label "碧菲分离膜(大连)有限公司"@zh }')


def test_every_participation_is_traceable_to_the_article(kg, article):
    rows = kg.select("""SELECT ?ol ?start ?end WHERE {
        ?st rdf:subject ?p ; rdf:predicate cj:participant ; rdf:object ?o ; cj:evidence ?ev .
        ?ev cj:start ?start ; cj:end ?end . ?o rdfs:label ?ol FILTER(lang(?ol)='zh') }""")
    assert len(rows) >= 40
    for row in rows:
        assert row["ol"] in article[row["start"]:row["end"]], row


def test_the_source_is_the_article_as_given(kg, article):
    """The stored text's hash is the shared article's; the article is a dated source document."""
    import hashlib

    rows = kg.select("SELECT ?d ?sha ?issued { ?d a cj:SourceDocument ; cj:sha256 ?sha ; dcterms:issued ?issued }")
    assert [(r["sha"], str(r["issued"])) for r in rows] == [(hashlib.sha256(article.encode()).hexdigest(), "2024-05-17")]
    spans = kg.select("SELECT ?start ?end ?quote { ?ev cj:sourceDocument ?d ; cj:start ?start ; cj:end ?end ; cj:quote ?quote }",
                      d=rows[0]["d"])
    assert len(spans) > 100
    assert all(article[r["start"]:r["end"]] == r["quote"] for r in spans)


def test_member_count_is_dated_by_the_article(kg):
    rows = kg.select("""SELECT ?date { ?c a cj:CityRegionConsortium ; cj:memberCount ?q .
                        ?q cj:value 97 ; cj:asOf ?date }""")
    assert [str(r["date"]) for r in rows] == ["2024-05-17"]
