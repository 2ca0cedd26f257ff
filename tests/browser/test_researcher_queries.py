"""Every query preloaded in the SPARQL editor runs on the real graph and answers what its title asks."""

from __future__ import annotations

import pytest

from web.ui import researcher_queries

QUERIES = {q.slug: q for q in researcher_queries()}

# For some queries, a value each answer set must contain (column, value).
EXPECTED = {
    "00-the-consortium": ("members", 97),
    "01-members-by-category": ("value", 97),
    "03-projects-per-college": ("collegeLabel", "大连理工大学"),
    "05-industries-without-college-partner": ("industryLabel", "互感器"),
    "06-projects-per-category": ("projects", 6),
    "07-programmes-and-targets": ("programmeLabel", "兴辽未来工匠培育计划"),
    "08-provenance-of-a-fact": ("partnerLabel", "国创氢能科技有限公司"),
    "09-people-and-positions": ("positionLabel", "副总经理"),
    "11-hydrogen-cooperation": ("cooperationLabel", "质子交换膜燃料电池金属石墨复合双极板开发项目"),
    "12-training-base-outputs": ("asWritten", "2800余个"),
    "14-key-industries-and-goals": ("keyIndustries", "新能源、装备制造"),
}


def test_there_are_a_dozen_with_titles_in_both_languages():
    assert len(QUERIES) >= 12
    for q in QUERIES.values():
        assert q.title_zh and q.title_en and q.title_zh != q.title_en, q.slug


@pytest.mark.parametrize("slug", sorted(QUERIES))
def test_query_runs_on_the_real_graph(kg, slug):
    rows = kg.select(QUERIES[slug].text)
    assert rows, f"{slug} returned no rows"
    if slug in EXPECTED:
        column, value = EXPECTED[slug]
        assert value in [row.get(column) for row in rows], f"{slug}: {value!r} not in column {column}"


def test_projects_per_college_is_ranked(kg):
    rows = kg.select(QUERIES["03-projects-per-college"].text)
    counts = [row["projects"] for row in rows]
    assert counts == sorted(counts, reverse=True) and rows[0]["collegeLabel"] == "大连理工大学"
