"""Classes a researcher names in Chinese: 高校 is a labelled class holding universities and higher
vocational colleges (through rdfs:subClassOf, materialised in the inferred graph)."""


def test_gaoxiao_is_a_labelled_class_with_both_kinds_of_college(kg):
    classes = kg.select('SELECT ?c { ?c a owl:Class ; rdfs:label "高校"@zh }')
    assert [str(r["c"]) for r in classes] == ["https://schema.org/CollegeOrUniversity"]
    members = {str(r["l"]) for r in kg.select(
        'SELECT ?l { ?o a schema:CollegeOrUniversity ; rdfs:label ?l FILTER(lang(?l) = "zh") }')}
    assert {"大连理工大学", "大连职业技术学院"} <= members
    assert not members & {"国创氢能科技有限公司"}
