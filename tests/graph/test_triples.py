"""graph.triples: N-Triples rows as rdflib writes them, with the IRIs' forms remembered."""

import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral

from graph.triples import IRIS_WRITTEN, nt_row, nt_term


def test_an_iri_is_written_the_same_each_time_as_rdflib_writes_it():
    iri = URIRef("https://w3id.org/chanjiao/id/org/baidu")
    assert [nt_term(iri) for _ in range(3)] == [iri.n3()] * 3
    assert nt_row((iri, URIRef("http://example.org/p"), iri)) == f"{iri.n3()} <http://example.org/p> {iri.n3()} .\n"


def test_an_iri_n_triples_forbids_is_refused_every_time():
    for _ in range(2):  # a refusal is not remembered as a form
        with pytest.raises(Exception, match="does not look like a valid URI"):
            nt_term(URIRef("http://example.org/a b"))


def test_equal_literals_are_each_written_as_they_are():
    # rdflib calls these equal (a language tag's case), yet each is written with its own tag
    upper, lower = Literal("北京", lang="ZH"), Literal("北京", lang="zh")
    assert upper == lower
    assert (nt_term(upper), nt_term(lower)) == (_quoteLiteral(upper), _quoteLiteral(lower)) == ('"北京"@ZH', '"北京"@zh')


def test_more_iris_than_are_remembered_are_each_written_as_rdflib_writes_them():
    iris = [URIRef(f"https://w3id.org/chanjiao/id/org/机构{n}") for n in range(IRIS_WRITTEN + 10)]
    assert [nt_term(iri) for iri in iris + iris[:3]] == [iri.n3() for iri in iris + iris[:3]]
