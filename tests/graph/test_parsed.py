"""Parsed curated YAML kept between builds (graph.parsed): read back equal, or parsed again."""

import datetime as dt

from graph.parsed import ParsedYaml
from graph.sources import parse_yaml

TEXT = "events:\n  - id: a\n    date: 2024-05-17\n    at: 2024-05-17 10:30:00\n    value: 1.0\n    flag: yes\n"


def test_a_kept_document_is_read_back_equal_with_its_dates(tmp_path):
    first = ParsedYaml(tmp_path, parse_yaml)(TEXT)
    assert len(list(tmp_path.glob("*.json"))) == 1
    again = ParsedYaml(tmp_path, lambda text: 1 / 0)(TEXT)  # read back, not parsed
    assert again == first == parse_yaml(TEXT)
    event = again["events"][0]
    assert type(event["date"]) is dt.date and type(event["at"]) is dt.datetime and event["flag"] is True


def test_what_json_cannot_carry_exactly_is_parsed_every_time(tmp_path):
    text = "ids:\n  2024: a\n  '$date': b\n"  # a number as a key
    assert ParsedYaml(tmp_path, parse_yaml)(text) == {"ids": {2024: "a", "$date": "b"}}
    assert not list(tmp_path.glob("*.json"))
    tagged = "x: {$date: '2024-01-01'}\n"  # a mapping that reads as a tagged date
    assert ParsedYaml(tmp_path, parse_yaml)(tagged) == {"x": {"$date": "2024-01-01"}}
    assert not list(tmp_path.glob("*.json"))


def test_a_damaged_kept_document_is_parsed_again_and_unused_ones_are_pruned(tmp_path):
    ParsedYaml(tmp_path, parse_yaml)(TEXT)
    ParsedYaml(tmp_path, parse_yaml)("other: 1\n")
    kept = sorted(tmp_path.glob("*.json"))
    for path in kept:
        path.write_text("{not json", encoding="utf-8")
    parsed = ParsedYaml(tmp_path, parse_yaml)
    assert parsed(TEXT) == parse_yaml(TEXT)
    parsed.prune()
    assert len(list(tmp_path.glob("*.json"))) == 1
