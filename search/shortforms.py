"""Short forms of Chinese organisation and project names, derived by a rule table.

People rarely type a registered name in full: they drop the place (大连理工大学 → 理工大学),
the legal form (大连锂工科技有限公司 → 大连锂工科技), a generic tail (锂工科技 → 锂工) or
abbreviate the kind of institution (大连交通大学 → 大连交大, 大交大, 交通大学, 交通大; 辽宁轻工职业学院 →
轻工学院). ``short_forms`` applies the tables below to a zh name and returns the forms that
differ from it; curated aliases stay in the graph and are matched as they are. The places a
name may start with are the graph's own (``Places.of`` its place names, with and without
their administrative suffix) and the country-level ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from collections.abc import Iterable

from graph.han import HAN
from search.text import normalize

# Country-level place words, in names whatever the graph: the country and its province-level
# divisions. The places of one graph (its cj:Place entities) come from the graph (Places.of).
COUNTRY_PLACES = (
    "中国", "中华人民共和国", "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省",
    "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
    "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古", "广西", "西藏",
    "宁夏", "新疆", "香港", "澳门",
)
# Administrative suffixes a place is also named without (大连市 → 大连, 金普新区 → 金普), longest first.
ADMIN_SUFFIXES = ("新区", "省", "市", "区", "县")
# Legal forms at the end of company names.
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "公司")
# Generic tails that describe what an organisation or project is rather than which one.
GENERIC_TAILS = ("科技", "技术", "集团", "项目", "制药", "生物", "电器设备", "智能装备", "教育科技", "管理咨询",
                 "城市服务", "数字技术", "智能技术研究院", "分离膜", "压缩机", "柴油机")
# Kinds of institution and their abbreviations: (ending, abbreviations built from
# (place, core)), where core is what lies between the place and the ending.
INSTITUTIONS = (
    ("职业技术学院", lambda p, c: [p + c + "职院", c + "职院"] if c else [p + "职院", p[:1] + "职院"]),
    ("职业学院", lambda p, c: [c + "学院", c + "职院", p + c, c + "职业学院"] if c else []),
    ("理工大学", lambda p, c: [p + c + "理工", p[:1] + c + "工", p[:1] + c + "理工"]),
    # people drop the city too (交通大学, 医科大), when the core keeps two characters at least
    ("大学", lambda p, c: [p + c, p + c[:1] + "大", p[:1] + c[:1] + "大", c[:1] + "大" if p else "",
                          *([c + "大学", c + "大"] if p and len(c) >= 2 else [])] if c else []),
    ("学院", lambda p, c: [p + c, c + "学院"] if c else []),
)
MIN_CHARS = 2
# Schools numbered within their place are called by the place, the ordinal and the kind's first character
# (金州区第一幼儿园 → 金州一幼, 金州区一幼; 第二中学 → 二中): the ordinal alone is no one school's name.
ORDINAL_SCHOOL = re.compile(r"^第([一二三四五六七八九十百]+)(幼儿园|高级中学|中学|小学)$")
ORDINAL_KINDS = {"幼儿园": "幼", "高级中学": "高", "中学": "中", "小学": "小"}
# A Latin name is also typed by its initials (DVTC) when it has this many words: two letters read as words.
INITIALS_MIN_WORDS = 3
# Words an initialism leaves out: joining words and legal forms ("Co., Ltd.").
INITIALS_SKIPPED = frozenset({"of", "the", "and", "for", "in", "on", "at", "co", "ltd", "inc", "llc", "plc", "limited"})
LATIN_NAME_WORD = re.compile(r"[a-z][a-z0-9]*")


@dataclass(frozen=True)
class Places:
    """The place names a name may start with (or hold in brackets), longest first so that
    大连市 is taken before 大连."""

    names: tuple[str, ...]

    @classmethod
    def of(cls, labels: Iterable[str] = ()) -> Places:
        """The country-level places and ``labels`` (a graph's place names), each also without
        its administrative suffix when at least MIN_CHARS characters remain."""
        found: set[str] = set()
        for label in (*COUNTRY_PLACES, *labels):
            name = normalize(label)
            if not HAN.search(name):
                continue
            found.add(name)
            suffix = next((s for s in ADMIN_SUFFIXES if name.endswith(s)), "")
            if suffix and len(name) - len(suffix) >= MIN_CHARS:
                found.add(name[: -len(suffix)])
        return cls(tuple(sorted(found, key=lambda n: (-len(n), n))))

    @cached_property
    def _bracketed(self) -> re.Pattern:
        alternatives = "|".join(map(re.escape, self.names))
        return re.compile(rf"[(（]({alternatives})[)）]")

    @cached_property
    def _set(self) -> frozenset[str]:
        return frozenset(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self._set

    def split(self, name: str) -> tuple[str, str]:
        """(place, rest) when ``name`` starts with a known place and more follows, else ('', name): the
        longest such place (``names``' order), found by a look-up per length, not a test per place."""
        for length in _lengths(self.names):
            if len(name) - length >= MIN_CHARS and name[:length] in self._set:
                return name[:length], name[length:]
        return "", name

    def unbracketed(self, name: str) -> str:
        """``name`` without a place in brackets (冰山松洋压缩机(大连)有限公司 → 冰山松洋压缩机有限公司)."""
        return self._bracketed.sub("", name)


COUNTRY = Places.of()


@lru_cache(maxsize=8)
def _lengths(names: tuple[str, ...]) -> tuple[int, ...]:
    """The lengths of ``names``, longest first (outside ``Places``: a kept index holds its places, and
    the state it keeps stays what it was)."""
    return tuple(sorted({len(n) for n in names}, reverse=True))


def _strip(name: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if name.endswith(ending) and len(name) - len(ending) >= MIN_CHARS:
            return name[: -len(ending)]
    return name


def initials(name: str) -> str:
    """The initials of a Latin name of INITIALS_MIN_WORDS words or more, its joining words and legal
    form left out ("Dalian Vocational & Technical College" → "dvtc"); "" for a shorter or a zh name."""
    words = [w for w in LATIN_NAME_WORD.findall(normalize(name)) if w not in INITIALS_SKIPPED]
    return "".join(w[0] for w in words) if len(words) >= INITIALS_MIN_WORDS and not HAN.search(name) else ""


def short_forms(name: str, places: Places = COUNTRY) -> tuple[str, ...]:
    """The derived short forms of a name (never the name itself), most specific first: a Latin
    name's initials, a zh name's by the tables above; ``places`` are the places a name may start
    with (Places.of a graph's place names)."""
    if not HAN.search(name):
        return tuple(f for f in [initials(name)] if f)
    base = _strip(places.unbracketed(name), LEGAL_SUFFIXES)
    place, core = places.split(base)
    institution = next((e for e, _ in INSTITUTIONS if base.endswith(e)), None)
    if (numbered := _numbered(base, places)):
        forms = [base, core, *numbered]
    elif institution is None:
        # A company or project is still itself without its place; a school is not (大学, 理工大学).
        forms = [base, core, _strip(base, GENERIC_TAILS), _strip(core, GENERIC_TAILS)]
    else:
        forms = [base, *dict(INSTITUTIONS)[institution](place, core[: -len(institution)])]
    return tuple(f for f in dict.fromkeys(forms) if len(f) >= MIN_CHARS and f != name and f not in places)


def _numbered(name: str, places: Places) -> list[str]:
    """A numbered school's short forms (ORDINAL_SCHOOL) after its innermost place, with and without the place's
    administrative suffix (大连市金州区第一幼儿园 → 金州区一幼, 金州一幼); [] for any other name or one with no place."""
    place, rest = places.split(name)
    inner = place
    while rest and (split := places.split(rest))[0]:
        inner, rest = split
    found = ORDINAL_SCHOOL.match(rest)
    if not inner or found is None:
        return []
    abbreviated = found.group(1) + ORDINAL_KINDS[found.group(2)]
    bare = next((inner[: -len(s)] for s in ADMIN_SUFFIXES if inner.endswith(s) and len(inner) - len(s) >= MIN_CHARS), inner)
    return list(dict.fromkeys([inner + abbreviated, bare + abbreviated]))
