"""Tokenisation: graph names stay whole, text is normalised, parts of names still match."""

import pytest

from search.lexical import Tokenizer, s_stem
from search.text import normalize


@pytest.fixture(scope="module")
def tokenizer():
    return Tokenizer(["大连理工大学", "质子交换膜", "大连德泰城市服务集团有限公司", "Dalian University"])


def test_user_dictionary_keeps_names_whole(tokenizer):
    assert "大连理工大学" in tokenizer.tokens("大连理工大学与大连交通大学")
    assert "质子交换膜" in tokenizer.tokens("质子交换膜燃料电池")


def test_parts_of_long_names_and_unknown_words_match(tokenizer):
    name = tokenizer.tokens("大连德泰城市服务集团有限公司")
    assert "德泰" in name and set(tokenizer.tokens("德泰")) <= set(name)
    assert "燃料电池" in tokenizer.tokens("质子交换膜燃料电池金属石墨复合双极板开发项目")


def test_traditional_full_width_and_case_are_normalised(tokenizer):
    assert tokenizer.tokens("大連理工大學") == tokenizer.tokens("大连理工大学")
    assert tokenizer.tokens("ＤＭＴＧ　Fuel Cells") == ["dmtg", "fuel", "cell"]
    assert normalize("（大连）") == "(大连)"


def test_private_tokenizer_leaves_the_global_jieba_alone(tokenizer):
    import jieba

    assert "大连德泰城市服务集团有限公司" not in jieba.lcut("大连德泰城市服务集团有限公司", HMM=False)


def test_tokenizers_share_the_base_dictionary_but_not_their_names(tokenizer):
    other = Tokenizer(["国创氢能科技有限公司"])
    assert "国创氢能科技有限公司" in other.tokens("国创氢能科技有限公司")
    assert "国创氢能科技有限公司" not in tokenizer.tokens("国创氢能科技有限公司")
    assert "大连德泰城市服务集团有限公司" not in other.tokens("大连德泰城市服务集团有限公司")


def test_emoji_and_stopwords_yield_no_terms(tokenizer):
    assert tokenizer.tokens("😀 the 的") == []


@pytest.mark.parametrize("word, stem", [("cells", "cell"), ("batteries", "battery"), ("class", "class"),
                                        ("plates", "plate"), ("bus", "bus")])
def test_s_stemmer(word, stem):
    assert s_stem(word) == stem


def test_a_text_is_cut_as_jieba_cuts_it_its_blocks_remembered(tokenizer):
    texts = ["大连理工大学与质子交换膜企业合作，共建 AI 实验室（2024）", "质子交换膜企业合作；大连理工大学", "  x-ray 3.5% 대학 校企合作",
             "", "，。", "大连德泰城市服务集团有限公司大连理工大学"]
    for text in texts * 2:  # the second time from the blocks remembered
        assert list(tokenizer._cut(text)) == list(tokenizer._jieba.cut(text, HMM=False))


def test_a_name_is_segmented_as_jieba_tokenizes_it_in_search_mode(tokenizer):
    texts = ["大连理工大学", "大连理工大学与质子交换膜企业合作，共建 AI 实验室（2024）", "大连德泰城市服务集团有限公司",
             "中华人民共和国教育部", "x-ray 校企合作", "", "大连", "大连理工大学大连理工大学"]
    for text in texts * 2:  # the second time from the blocks remembered
        assert list(tokenizer.segment(text)) == list(tokenizer._jieba.tokenize(text, mode="search", HMM=False)), text
