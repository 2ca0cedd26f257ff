"""Entity linking in question answering uses search's name matcher: pinyin, tones, short
forms and typos of whole names, never a word inside one or an ambiguous typo."""

import pytest

from search.qa import QAConfig
from search.qa_link import link, named

CONFIG = QAConfig()


@pytest.mark.parametrize("phrase, label", [
    ("dalian ligong", "大连理工大学"), ("da4lian2 jiao1tong1", "大连交通大学"), ("dlhs大学", "大连海事大学"),
    ("大交大", "大连交通大学"), ("大连理工大雪", "大连理工大学"), ("yang yuequan", "杨跃权"),
])
def test_names_as_search_matches_them(real_engine, phrase, label):
    assert named(real_engine, phrase)[0] == label
    assert link(real_engine, phrase, CONFIG.link_min_score, CONFIG.link_min_ratio) == label


@pytest.mark.parametrize("phrase", ["大雪", "大连交大学", "氢能", "Tsinghua University"])
def test_no_name_for_an_inner_word_an_ambiguous_typo_or_a_topic(real_engine, phrase):
    assert named(real_engine, phrase) is None


def test_english_label_for_english_answers(real_engine):
    assert link(real_engine, "dagong", CONFIG.link_min_score, CONFIG.link_min_ratio, "en") == \
        "Dalian University of Technology"
