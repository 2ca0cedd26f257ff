"""Short forms of Chinese organisation and project names, derived by a rule table.

People rarely type a registered name in full: they drop the place (大连理工大学 → 理工大学),
the legal form (大连锂工科技有限公司 → 大连锂工科技), a generic tail (锂工科技 → 锂工) or
abbreviate the kind of institution (大连交通大学 → 大连交大, 大交大; 辽宁轻工职业学院 →
轻工学院). ``short_forms`` applies the tables below to a zh name and returns the forms that
differ from it; curated aliases stay in the graph and are matched as they are.
"""

from __future__ import annotations

import re

from graph.han import HAN

# Places a name may start with, longest first so that 大连市 is taken before 大连.
PLACES = tuple(sorted((
    "中国", "中华人民共和国", "辽宁省", "辽宁", "大连市", "大连", "金普新区", "金州区", "金州", "普兰店区", "普兰店",
    "沈阳", "北京", "上海", "天津", "青岛", "山东", "吉林", "黑龙江", "河北", "江苏", "浙江", "广东",
), key=len, reverse=True))
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
    ("大学", lambda p, c: [p + c, p + c[:1] + "大", p[:1] + c[:1] + "大", c[:1] + "大" if p else ""] if c else []),
    ("学院", lambda p, c: [p + c, c + "学院"] if c else []),
)
_BRACKETED_PLACE = re.compile(r"[(（](%s)[)）]" % "|".join(PLACES))
MIN_CHARS = 2


def split_place(name: str) -> tuple[str, str]:
    """(place, rest) when ``name`` starts with a known place and more follows, else ('', name)."""
    for place in PLACES:
        if name.startswith(place) and len(name) - len(place) >= MIN_CHARS:
            return place, name[len(place):]
    return "", name


def _strip(name: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if name.endswith(ending) and len(name) - len(ending) >= MIN_CHARS:
            return name[: -len(ending)]
    return name


def short_forms(name: str) -> tuple[str, ...]:
    """The derived short forms of a zh name (never the name itself), most specific first."""
    if not HAN.search(name):
        return ()
    base = _strip(_BRACKETED_PLACE.sub("", name), LEGAL_SUFFIXES)
    place, core = split_place(base)
    institution = next((e for e, _ in INSTITUTIONS if base.endswith(e)), None)
    if institution is None:
        # A company or project is still itself without its place; a school is not (大学, 理工大学).
        forms = [base, core, _strip(base, GENERIC_TAILS), _strip(core, GENERIC_TAILS)]
    else:
        forms = [base, *dict(INSTITUTIONS)[institution](place, core[: -len(institution)])]
    return tuple(f for f in dict.fromkeys(forms) if len(f) >= MIN_CHARS and f != name and f not in PLACES)
