"""Name matching without an encoder: pinyin readings, short forms, and the name index."""

import numpy as np
import pytest

from search import pinyin
from search.lexical import Tokenizer
from search.names import EXACT, EXACT_SHORT, INNER, PREFIX, TYPO, NameIndex, _Entries
from search.shortforms import COUNTRY, Places, short_forms

NAMES = [
    (("大连理工大学", "Dalian University of Technology"), ("大工", "DUT")),
    (("大连锂工科技有限公司", "Dalian Ligong Technology Co., Ltd."), ()),
    (("大连交通大学", "Dalian Jiaotong University"), ()),
    (("辽宁轻工职业学院", "Liaoning Light Industry Vocational College"), ("辽宁轻工",)),
    (("数控机床", "CNC machine tools"), ("机床",)),
    (("冰山松洋压缩机(大连)有限公司", "Bingshan Songyang Compressor (Dalian) Co., Ltd."), ("冰山松洋",)),
]
# 大连理工大学 has more graph links than 大连锂工科技: it wins the homophone tie.
PRIORS = np.array([3.0, 1.0, 2.0, 1.0, 1.0, 1.0])
DLUT, LIGONG, DJTU, QINGGONG, CNC, BINGSHAN = range(6)
# The places of the graph these names come from (its cj:Place labels).
PLACES = Places.of(["大连市"])


@pytest.fixture(scope="module")
def index():
    tokenizer = Tokenizer(n for labels, aliases in NAMES for n in (*labels, *aliases))
    return NameIndex(NAMES, PRIORS, tokenizer.segment, places=PLACES)


def docs(matches):
    return [m.doc for m in matches]


def test_readings_and_initials():
    units = pinyin.units("大连理工大学")
    assert pinyin.full(units) == "dalianligongdaxue" and pinyin.initials(units) == "dllgdx"
    assert pinyin.typed("Dà Lián lǐ'gōng") == "dalianligong"
    assert pinyin.initial_forms("dalianligong") == ["dllg"] and pinyin.initial_forms("dl理工") == ["dllg"]


@pytest.mark.parametrize("typed, consumed, initials", [
    ("dalianligong", 4, 0), ("dllg", 4, 4), ("dl理工", 4, 2), ("dalianlig", 4, 1), ("zhanglg", None, None),
])
def test_match_reads_syllables_initials_and_characters(typed, consumed, initials):
    found = pinyin.match(typed, pinyin.units("大连理工大学"), 0, prefix=True)
    assert (found == (consumed, initials)) if consumed else found is None


@pytest.mark.parametrize("name, expected", [
    ("大连理工大学", {"大工", "大连理工"}),
    ("大连交通大学", {"大交大", "大连交大", "大连交通"}),
    ("辽宁轻工职业学院", {"轻工学院", "辽宁轻工"}),
    ("大连锂工科技有限公司", {"大连锂工科技", "锂工科技", "锂工"}),
    ("碧菲分离膜(大连)有限公司", {"碧菲分离膜", "碧菲"}),
])
def test_short_forms_by_rule(name, expected):
    assert expected <= set(short_forms(name, PLACES))


def test_no_short_form_is_a_bare_kind_or_place():
    for name in ("大连大学", "大连理工大学", "大连职业技术学院"):
        assert not {"大学", "理工大学", "职业技术学院", "大连"} & set(short_forms(name, PLACES))


def test_places_come_from_the_graph_with_and_without_their_suffix():
    places = Places.of(["瓦房店市", "金普新区", "Wafangdian"])
    assert {"瓦房店市", "瓦房店", "金普新区", "金普", "辽宁省", "辽宁", "中国"} <= set(places.names)
    assert "瓦房店" not in COUNTRY and "wafangdian" not in places
    name = "瓦房店轴承集团有限责任公司"
    assert {"瓦房店轴承集团", "轴承集团", "瓦房店轴承", "轴承"} <= set(short_forms(name, places))
    assert "轴承集团" not in short_forms(name)  # not a place of this graph: the name keeps it
    assert short_forms("冰山松洋压缩机(瓦房店)有限公司", places)[0] == "冰山松洋压缩机"


def test_tone_numbers_are_dropped_only_after_a_syllable():
    assert pinyin.typed("da4lian2 li3gong1") == "dalianligong" and pinyin.typed("lü4") == "lv"
    assert [pinyin.typed(t) for t in ("mp3", "a380", "5G通信", "python3")] == ["mp3", "a380", "5g通信", "python3"]


@pytest.mark.parametrize("query", ["dalian ligong", "dalianligong", "dllg", "大连ligong", "da lian li gong",
                                   "dà lián lǐ gōng", "da4lian2 li3gong1", "dàlián lǐgōng", "da4lian2 lig"])
def test_homophones_rank_by_whole_name_then_links(index, query):
    found = index.lookup(query, 5)
    assert docs(found)[:2] == [DLUT, LIGONG], found
    assert found[0].tier in (EXACT, EXACT_SHORT) and found[0].via == "pinyin"


def test_typed_characters_must_match_exactly(index):
    assert docs(index.lookup("dl理工", 5)) == [DLUT] and docs(index.lookup("dl锂工", 5)) == [LIGONG]
    assert docs(index.lookup("dl交大", 5)) == [DJTU] and docs(index.lookup("da4lian2理工", 5)) == [DLUT]


def test_pinyin_prefix_inner_word_and_short_form(index):
    assert index.lookup("shukong", 3)[0].doc == CNC and index.lookup("shukong", 3)[0].tier == PREFIX
    assert index.lookup("dagong", 3)[0].doc == DLUT  # the alias 大工
    inner = index.lookup("songyang", 3)[0]
    assert inner.doc == BINGSHAN and inner.tier == INNER and inner.typed == "松洋"
    short = index.lookup("轻工学院", 3)[0]
    assert short.doc == QINGGONG and short.tier == EXACT_SHORT
    assert index.lookup("大交大", 3)[0].doc == DJTU
    assert index.lookup("Jiaotong Univ", 3)[0].doc == DJTU  # a word inside an English name


@pytest.mark.parametrize("typo, meant", [
    ("大连交通大雪", "大连交通大学"), ("大连理宫大学", "大连理工大学"), ("dalianjiaotogn", "大连交通"),
    ("冰山松羊", "冰山松洋"), ("Dalian Jiaotong Universty", "Dalian Jiaotong University"),
])
def test_one_typo_is_corrected(index, typo, meant):
    found = index.lookup(typo, 3)[0]
    assert found.tier == TYPO and found.text == meant


def test_no_typo_correction_when_the_name_was_found(index):
    assert all(m.tier != TYPO for m in index.lookup("大连交通", 5))
    assert index.lookup("大连交通大学", 5, typos=True)[0].tier == EXACT


def test_filters_and_nonsense(index):
    allowed = np.zeros(len(NAMES), dtype=bool)
    allowed[LIGONG] = True
    assert docs(index.lookup("dllg", 5, allowed)) == [LIGONG]
    assert index.lookup("zxqwvbnm", 5) == [] and index.lookup("😀", 5) == []


def test_readings_are_reused(index):
    tokenizer = Tokenizer([])
    again = NameIndex(NAMES, PRIORS, tokenizer.segment, readings={**index.readings, "大工": "xx yy"})
    dagong = next(n for n in again.names if n.key == "大工")
    assert dagong.units == (("大", "xx"), ("工", "yy"))  # read from the given readings, not recomputed


def _crowded_index():
    """300 firms whose names hold 人工智能 inside, linked from 1 to 300 times, and one whose name it is."""
    cities, marks = ("大连", "沈阳", "鞍山", "营口", "丹东", "锦州"), ("华信", "东软", "星海", "金石", "海创", "北斗", "远航",
                                                            "蓝天", "启明", "卓越")
    firms = [f"{c}{m}{n}号人工智能有限公司" for c in cities for m in marks for n in "一二三四五"]
    names = [((name,), ()) for name in firms] + [(("人工智能",), ("AI",))]
    priors = np.array([1.0 + (i * 37) % 300 for i in range(len(firms))] + [2.0])
    tokenizer = Tokenizer(n for labels, aliases in names for n in (*labels, *aliases))
    return NameIndex(names, priors, tokenizer.segment)


def test_a_word_inside_many_names_reads_a_bounded_number_of_them(monkeypatch):
    """A query that is an inner word of hundreds of names finds what reading all of them finds, but
    offers only a bounded number: the entries of each key are kept in the order their matches rank."""
    crowded = _crowded_index()
    offered = []
    original = NameIndex._offer
    monkeypatch.setattr(NameIndex, "_offer", lambda self, look, name, *a, **kw: (offered.append(name.doc),
                                                                                  original(self, look, name, *a, **kw)))
    for query, k in (("人工智能", 10), ("人工智能有限公司", 8), ("人工", 5)):
        offered.clear()
        found = crowded.lookup(query, k)
        assert len(offered) <= 4 * max(50, 2 * k), (query, len(offered))
        monkeypatch.setattr("search.names.MIN_PRESELECTED", 10**6)  # every entry read: the reference
        assert found == crowded.lookup(query, k), query
        monkeypatch.setattr("search.names.MIN_PRESELECTED", 50)
    assert crowded.lookup("人工智能", 3)[0].tier == EXACT  # the name itself before the names it is inside
    assert [m.prior for m in crowded.lookup("人工智能", 4)[1:]] == [300.0, 299.0, 298.0]


def test_equal_units_are_one_object(index):
    """Every name's pinyin units are shared: 大连 of 大连理工大学 and of 大连交通大学 are the same
    objects, not one per character (bench/results/build17-*.md)."""
    units = [u for name in index.names for u in name.units]
    assert len({id(u) for u in units}) == len(set(units)) < len(units)
    assert sorted(set(units)) == sorted({u for name in index.names for u in name.units})


def test_a_place_is_split_off_longest_first_as_a_scan_of_the_places_would():
    """Places.split looks a name's prefixes up by length; a scan of every place in ``names``' order
    (longest first), the first one with two characters after it, is what it stands for."""
    places = Places.of(["大连市", "金州区", "瓦房店市", "大连金州"])

    def scanned(name: str) -> tuple[str, str]:
        found = next((p for p in places.names if name.startswith(p) and len(name) - len(p) >= 2), "")
        return found, name[len(found):]

    for name in ("大连市金州区第一幼儿园", "大连金州新区", "大连市", "大连市大", "瓦房店轴承", "辽宁省大连", "轴承", ""):
        assert places.split(name) == scanned(name)


def test_initials_and_syllables_from_each_word_start(index):
    """Each initials and spelled entry is the pinyin of the name's units from its unit on."""
    for keyed, reading in ((index._initials, pinyin.initials), (index._spelled, pinyin.full)):
        for key, (n, unit) in zip(keyed.keys, keyed.refs.tolist()):
            assert key == reading(index.names[n].units[unit:])
    assert [k[::-1] for k in index._spelled_reversed.keys] == sorted(
        (pinyin.full(name.units) for name in index.names), key=lambda k: k[::-1])


@pytest.mark.parametrize("name, places, expected", [
    ("大连市金州区第一幼儿园", ["大连市", "金州区"], {"金州一幼", "金州区一幼"}),
    ("瓦房店市第三高级中学", ["瓦房店市"], {"瓦房店三高", "瓦房店市三高"}),
    ("金普新区第十二中学", ["金普新区"], {"金普十二中"}),
    ("旅顺口区第二小学", ["旅顺口区"], {"旅顺口二小"}),
])
def test_a_numbered_school_is_called_by_its_place_and_ordinal(name, places, expected):
    assert expected <= set(short_forms(name, Places.of(places)))


@pytest.mark.parametrize("name", ["第一幼儿园", "大连第一互感器集团", "金州区第一幼儿园培训中心"])
def test_no_ordinal_short_form_without_a_place_or_for_another_kind(name):
    forms = set(short_forms(name, Places.of(["大连市", "金州区"])))
    assert not {f for f in forms if f.endswith(("一幼", "一中", "一小"))}


def test_sorted_entries_are_the_tuples_sorted_with_one_string_per_key():
    entries = [("有限公司", 2, 4), ("科技有限公司", 2, 2), ("有限公司", 0, 6), ("b", 1, 0), ("有限公司", 0, 2), ("a", 3, 1)]
    collected = _Entries()
    for key, n, start in sorted(entries, key=lambda e: e[1:]):  # names in order, each name's starts in order
        collected.add(key, n, start)
    keyed = collected.sorted()
    assert list(zip(keyed.keys, *keyed.refs.T.tolist())) == sorted(entries)
    assert keyed.refs.dtype == np.int32 and len({id(k) for k in keyed.keys}) == 4


def test_a_names_units_are_pypinyins_reading_its_words_remembered():
    from pypinyin import Style, lazy_pinyin

    names = ["大连理工大学", "重庆长安汽车股份有限公司", "长安大学", "中国银行大连分行", "5g网络实验室", "行长", "曾经的曾"]
    for name in names * 2:  # the second time from the words remembered
        expected = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chunk: list(chunk))
        assert [s for _, s in pinyin.units.__wrapped__(name)] == [r.lower() if r.isascii() else c
                                                                  for c, r in zip(name, expected)]
