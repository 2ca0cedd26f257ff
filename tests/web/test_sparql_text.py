"""SPARQL text for people: prefixed names in a shown query, syntax errors with line, column and token."""

from graph.namespaces import PREFIXES
from web.sparql_text import compact_query, explain_syntax_error, line_column

CJ = PREFIXES["cj"]


def test_full_iris_become_prefixed_names_and_unused_prefix_lines_go():
    query = (f"PREFIX owl: <{PREFIXES['owl']}>\nPREFIX cj: <{CJ}>\n"
             f"SELECT ?x WHERE {{ ?x a <{CJ}University> ; <{PREFIXES['rdfs']}label> ?l ; <urn:x:y> ?z }}")
    shown = compact_query(query, PREFIXES)
    assert shown.splitlines()[:2] == [f"PREFIX cj: <{CJ}>", f"PREFIX rdfs: <{PREFIXES['rdfs']}>"]
    assert "?x a cj:University ; rdfs:label ?l ; <urn:x:y> ?z" in shown and "owl" not in shown


def test_an_iri_whose_rest_is_no_local_name_stays_whole():
    iri = f"<{CJ}a/b>"
    assert compact_query(f"SELECT * {{ ?s ?p {iri} }}", PREFIXES).endswith(f"SELECT * {{ ?s ?p {iri} }}")


def test_a_mistyped_keyword_is_named_with_its_correction():
    message = explain_syntax_error("PREFIX cj: <x:>\n  SELEC ?x { ?x ?p ?o }", "error at 2:12: expected CONSTRUCT")
    assert message == ("SPARQL syntax error at line 2, column 3: found 'SELEC', which is not a SPARQL keyword "
                       "(did you mean SELECT?)")


def test_a_bare_word_gets_the_prefixed_name_hint():
    message = explain_syntax_error("SELECT ?x {\n ?x foo ?o }", "error at 2:9: expected OPTIONAL")
    assert "line 2, column 5: found 'foo'" in message and "cj:University" in message


def test_otherwise_the_parser_position_and_the_token_found():
    query = "SELECT ?x { ?x ?p ?o . FILTER(?x = ) }"
    message = explain_syntax_error(query, "error at 1:37: expected one of ABS, AVG")
    assert message == "SPARQL syntax error at line 1, column 37: found '}'; the parser expected one of ABS, AVG"
    assert explain_syntax_error("ASK {", "error at 1:6: expected x").startswith(
        "SPARQL syntax error at line 1, column 6: the query ends after '{'")


def test_messages_without_a_position_are_kept():
    assert explain_syntax_error("x", "the query has more than 20000 tokens") == "the query has more than 20000 tokens"
    assert line_column("ab\ncd", 4) == (2, 2)
