"""Organisations: candidates from the gazetteer, LAC and suffix rules; leaf types; and
in-document coreference (该校, short forms such as 复利氢能源公司, 简称 declarations).

``find_organisations(text, toks, lexicon)`` returns Organisation entries (label in
simplified script as the text writes it) with every span that names them, plus a map
from each span to its organisation, used by the relation stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.han import HAN
from graph.ingest.lexicon import SHORT_ALIAS, Lexicon
from graph.ingest.nlp import Token
from graph.ingest.result import Organisation, Span, SpanIndex
from graph.han import normalize

# Name endings -> leaf type; the longest matching ending wins (so 研究院有限公司 is an Enterprise).
SUFFIX_TYPES = {
    "职业技术大学": "HigherVocationalCollege", "职业技术学院": "HigherVocationalCollege",
    "职业学院": "HigherVocationalCollege", "高等专科学校": "HigherVocationalCollege",
    "专科学校": "HigherVocationalCollege", "职业大学": "HigherVocationalCollege",
    "大学": "University", "学院": "University",
    "中等职业学校": "SecondaryVocationalSchool", "职业学校": "SecondaryVocationalSchool",
    "职业高级中学": "SecondaryVocationalSchool", "职业中学": "SecondaryVocationalSchool",
    "技工学校": "SecondaryVocationalSchool", "职业技术学校": "SecondaryVocationalSchool",
    "职业中专": "SecondaryVocationalSchool", "中等专业学校": "SecondaryVocationalSchool",
    "技师学院": "HigherVocationalCollege",
    "职教中心": "VocationalEducationCentre", "职业教育中心": "VocationalEducationCentre",
    "幼儿园": "Kindergarten",
    "有限公司": "Enterprise", "有限责任公司": "Enterprise", "公司": "Enterprise", "集团": "Enterprise",
    "厂": "Enterprise", "银行": "Enterprise", "医院": "Enterprise",
    "研究院": "ResearchInstitution", "研究所": "ResearchInstitution", "科学院": "ResearchInstitution",
    "研究中心": "ResearchInstitution",
    "重点实验室": "KeyLaboratory", "实验室": "KeyLaboratory",
    "计算中心": "ComputingCentre", "算力中心": "ComputingCentre", "超算中心": "ComputingCentre",
    "协会": "IndustryAssociation", "商会": "IndustryAssociation", "学会": "IndustryAssociation",
    "联合会": "SocialOrganization", "促进会": "SocialOrganization", "基金会": "SocialOrganization",
    "局": "GovernmentBody", "厅": "GovernmentBody", "委员会": "GovernmentBody", "管委会": "GovernmentBody",
    "人民政府": "GovernmentBody", "政府": "GovernmentBody", "办公室": "GovernmentBody", "部": "GovernmentBody",
    "管理委员会": "GovernmentBody", "发改委": "GovernmentBody", "发展改革委": "GovernmentBody",
    "教委": "GovernmentBody", "工信委": "GovernmentBody", "经信委": "GovernmentBody", "卫健委": "GovernmentBody",
    "科委": "GovernmentBody", "国资委": "GovernmentBody",
    "新华社": "MediaOrganization", "通讯社": "MediaOrganization", "日报": "MediaOrganization", "晚报": "MediaOrganization", "报社": "MediaOrganization",
    "电视台": "MediaOrganization", "广播电视台": "MediaOrganization", "新闻传媒集团": "MediaOrganization",
    "融媒体中心": "MediaOrganization", "新闻网": "MediaOrganization",
}
# Leading parts that make a 委员会/办公厅 a party organ rather than a state body.
PARTY_PREFIXES = ("中共", "中国共产党")
PARTY_SUFFIXES = ("党委", "党组", "纪委", "党工委", "工委", "省委", "市委", "区委", "县委")
# Bodies of a party committee (省委组织部, 市委宣传部) are party organs too.
PARTY_INFIXES = ("省委", "市委", "区委", "县委", "党委", "党组", "工委")
# Endings that look like an organisation but name a project, a programme or a generic group.
NOT_ORG_ENDINGS = ("职教集团", "职业教育集团", "联合体", "共同体", "联盟", "产业学院", "分院", "二级学院", "高校", "布局", "格局", "大局", "全局", "结局", "开局", "变局",
                   "新局", "当局", "本部", "全部", "内部", "外部", "局部", "干部", "东部", "西部", "南部", "北部",
                   "中部", "头部", "底部", "顶部", "俱乐部", "总部")
GENERIC = re.compile(r"^(该|本|各|多|其|两|三|四|五|这|那|每|所|全省|全市|全区|全县|全体|有关|相关|其他|其它|所在|省内|区内|国内|省级|市级|区级|县级|"
                     r"地方|各级|上级|主管|中高等|高等|普通|一流)")
# What a registered name adds to a trade name (中国船舶集团 → 中国船舶集团有限公司).
LEGAL_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "(集团)有限公司", "集团股份有限公司")
BUILT_BY = {"共建", "合建", "打造", "建设", "新建", "筹建"}
# Words after a name that show it is part of a longer (project or base) name.
CONTINUES = ("项目", "基地", "建设项目")
# LAC tags a name may be built from, and the ones that can start it (proper nouns).
NAME_TAGS = {"ORG", "LOC", "nz", "n", "nw", "vn", "an", "j", "f", "s"}
SOFT_TAGS = {"v", "a"}  # allowed inside a name (一汽解放, 碧菲分离膜) only after a proper-noun start
ANCHOR_TAGS = {"ORG", "LOC", "nz"}
BRACKET_CHARS = set("()")
MIN_LABEL = 4
MIN_ORG_WORD = 3
# Types whose names may join two nouns with 与/和 (…管理与优化决策重点实验室, 发展和改革委员会).
JOINABLE = {"KeyLaboratory", "ResearchInstitution", "GovernmentBody"}
JOINERS = {"与", "和"}
# Verbs that never sit inside a name: the clause's own verbs (与X共建Y实验室).
VERB_STOPS = {"共建", "合作", "签约", "签署", "签订", "成立", "组建", "举行", "召开", "打造", "建设", "开展", "联合",
              "携手", "牵头", "出席", "参加", "表示", "介绍", "投资", "依托", "建立", "设立", "揭牌", "发布", "推动"}
_SUFFIXES = sorted(SUFFIX_TYPES, key=len, reverse=True)
SCHOOLS = ("University", "HigherVocationalCollege", "SecondaryVocationalSchool", "VocationalEducationCentre")
# Words for "our school" point to the publisher even before it is named (我校党委书记…).
FIRST_PERSON = ("我校", "本校", "我院")
# Short references and the types they can point back to.
ANAPHORA = {
    "该校": ("University", "HigherVocationalCollege", "SecondaryVocationalSchool", "VocationalEducationCentre"),
    "该院": ("University", "HigherVocationalCollege", "ResearchInstitution"),
    "该学院": ("University", "HigherVocationalCollege"), "该大学": ("University",),
    "该公司": ("Enterprise",), "该企业": ("Enterprise",), "该集团": ("Enterprise",),
    "我校": SCHOOLS, "本校": SCHOOLS, "我院": ("University", "HigherVocationalCollege"),
    "学校": ("University", "HigherVocationalCollege", "SecondaryVocationalSchool", "VocationalEducationCentre"),
    "校方": ("University", "HigherVocationalCollege", "SecondaryVocationalSchool", "VocationalEducationCentre"),
}
ABBREVIATION = re.compile(r"\((?:以下)?简称[\"“”'「]?([^\"“”'」)]{2,12})[\"“”'」]?\)")


@lru_cache(maxsize=65536)
def org_type(name: str) -> str | None:
    """The leaf type implied by the name's ending, or None if it has no organisation ending."""
    if name.endswith(NOT_ORG_ENDINGS):
        return None
    if name.startswith(PARTY_PREFIXES) or name.endswith(PARTY_SUFFIXES):
        return "PartyOrgan"
    by_ending = next((SUFFIX_TYPES[s] for s in _SUFFIXES if name.endswith(s) and len(name) > len(s)), None)
    if by_ending == "GovernmentBody" and any(p in name[:-1] for p in PARTY_INFIXES):
        return "PartyOrgan"
    return by_ending


@dataclass
class Found:
    """Organisations of one text and which organisation each mention span names."""

    organisations: list[Organisation]
    mentions: dict[Span, Organisation]

    def __post_init__(self):
        self.index = SpanIndex(self.mentions.items())

    def at(self, start: int, end: int) -> list[tuple[Span, Organisation]]:
        """The mentions inside [start, end), in text order."""
        return self.index.within(start, end)


def find_organisations(text: str, toks: list[Token], lexicon: Lexicon) -> Found:
    spans = _gazetteer(text, lexicon) + _suffix_names(text, toks)
    spans = _non_overlapping(spans)
    by_label: dict[str, Organisation] = {}
    mentions: dict[Span, Organisation] = {}
    for start, end, label, type_, confidence in spans:
        org = by_label.get(label)
        if org is None:
            org = by_label[label] = Organisation(label, type_, confidence=confidence)
        org.evidence.append(Span(start, end))
        mentions[Span(start, end)] = org
        if text[start:end] != label and text[start:end] not in org.aliases:
            org.aliases.append(text[start:end])  # the short form this text uses (大连机床, 大工)
    _merge_short_forms(list(by_label.values()), mentions, text)
    _lac_abbreviations(toks, mentions)
    _abbreviations(text, mentions)
    _anaphora(text, mentions)
    orgs = list({id(o): o for o in mentions.values()}.values())
    for org in orgs:
        org.evidence.sort()
    return Found(orgs, mentions)


def _gazetteer(text: str, lexicon: Lexicon) -> list[tuple]:
    hits = lexicon.find(text, kinds=("organisation",))
    def full(s: int, t: int, e) -> bool:
        return t - s > SHORT_ALIAS or normalize(text[s:t]) == normalize(e.label)

    first_full: dict[str, int] = {}
    for s, t, e in hits:
        if full(s, t, e):
            first_full.setdefault(e.iri, s)
    # A short alias (大工) counts only after the document has named the entity in full.
    return [(s, t, e.label, e.type, 0.95) for s, t, e in hits if full(s, t, e) or first_full.get(e.iri, len(text)) < s]


def _suffix_names(text: str, toks: list[Token]) -> list[tuple]:
    out = []
    for j, tok in enumerate(toks):
        if not HAN.search(tok.text):
            continue
        type_ = org_type(tok.text)
        if type_ is None and j and toks[j - 1].end == tok.start:
            type_ = org_type(toks[j - 1].text + tok.text)  # an ending cut in two: 职教/中心
        if type_ is None:
            continue
        start = _left_edge(toks, j, joins=type_ in JOINABLE)
        if start is None:
            continue
        name = text[start:tok.end]
        whole_org = tok.tag == "ORG" and start == tok.start  # LAC's own ORG word: 教育部 is short but sure
        if text[max(0, start - 2):start] in BUILT_BY:
            continue  # 共建…联合实验室: what a cooperation builds is its project, not a party to it
        if not _plausible(name, text, tok.end, tok.tag in ANCHOR_TAGS or (tok.tag != "n" and start < tok.start),
                          MIN_ORG_WORD if whole_org else MIN_LABEL):
            continue
        out.append((start, tok.end, name, org_type(name) or type_, 0.8 if tok.tag == "ORG" else 0.65))
    return out


def _left_edge(toks: list[Token], j: int, joins: bool = False) -> int | None:
    """Where the name ending at token j starts: back over name tokens, through v/a only
    when a proper noun lies further left (and through 与/和 between common nouns when
    ``joins``); None when it would start inside a bracket."""
    k, anchor, depth = j, None, 0
    while k >= 0:
        tok = toks[k]
        depth += tok.text.count(")") - tok.text.count("(")
        in_name = tok.tag in NAME_TAGS or tok.tag in SOFT_TAGS or (tok.text in BRACKET_CHARS) or depth > 0
        if k < j and tok.text in VERB_STOPS:
            break  # a clause verb ends this name on the left (与X共建Y实验室)
        if joins and tok.text in JOINERS and k > 0 and toks[k - 1].tag not in ANCHOR_TAGS | {"PER"} \
                and org_type(toks[k - 1].text) is None:
            in_name = True
        if not in_name or (k < j and toks[k + 1].start != tok.end) or "\n" in tok.text:
            break
        if tok.tag in ANCHOR_TAGS:
            anchor = k
        k -= 1
    first = k + 1
    if anchor is None:  # no proper noun: the name is what follows the last verb/adjective
        soft = [i for i in range(first, j + 1) if toks[i].tag in SOFT_TAGS]
        first = soft[-1] + 1 if soft else first
    else:
        first = anchor if any(toks[i].tag in SOFT_TAGS for i in range(first, anchor)) else first
    while first <= j and (toks[first].text in BRACKET_CHARS or toks[first].text in JOINERS):
        first += 1
    return toks[first].start if first <= j else None


def _plausible(name: str, text: str, end: int, anchored: bool, min_len: int = MIN_LABEL) -> bool:
    if len(name) < min_len or GENERIC.match(name) or name.count("(") != name.count(")"):
        return False
    if _in_generic_list(text, end - len(name)):
        return False
    if text.startswith(CONTINUES, end):
        return False
    return anchored or len(name) >= 6


def _in_generic_list(text: str, start: int) -> bool:
    """各市教育局、发展改革委: every item of a list opened by a generic word is generic."""
    if text[start - 1:start] != "、":
        return False
    clause = max(text.rfind(ch, 0, start) for ch in ",。;:\n") + 1
    return bool(GENERIC.match(text[clause:start])) and start - clause < 40


def _non_overlapping(spans: list[tuple]) -> list[tuple]:
    """Gazetteer hits first, then longer names; drop anything overlapping a kept span."""
    kept: list[tuple] = []
    taken: set[int] = set()
    for s in sorted(spans, key=lambda x: (-x[4] if x[4] >= 0.95 else 0, -(x[1] - x[0]), x[0])):
        if not taken.intersection(range(s[0], s[1])):
            kept.append(s)
            taken.update(range(s[0], s[1]))
    return sorted(kept)


def _merge_short_forms(orgs: list[Organisation], mentions: dict[Span, Organisation], text: str) -> None:
    """A new name that is a shortened form of a longer one named earlier (复利氢能源公司 for
    复利氢能源科技有限公司) becomes an alias of it; two full university names are never merged."""
    for short in orgs:
        if short.confidence >= 0.95:
            continue
        for full in orgs:
            if full is short or len(full.label) < len(short.label) + 2:
                continue
            legal = full.label.startswith(short.label) and full.label[len(short.label):] in LEGAL_FORMS
            if not legal and (full.evidence[0].start > short.evidence[0].start
                              or not is_short_form(short.label, full.label)):
                continue
            if short.label.endswith(("大学", "学院")) and full.label.endswith(("大学", "学院")):
                continue
            full.aliases.append(short.label)
            full.evidence.extend(short.evidence)
            for span in short.evidence:
                mentions[span] = full
            break


def is_short_form(short: str, full: str, head: int = 2) -> bool:
    """Whether ``short`` starts like ``full`` (first ``head`` characters) and its characters
    occur in ``full`` in order."""
    if short[:head] != full[:head]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _lac_abbreviations(toks: list[Token], mentions: dict[Span, Organisation]) -> None:
    """A LAC ORG word with no organisation ending whose characters run, in order, through
    the name of an organisation named before it (青港院 for 青岛港湾职业技术学院) names it."""
    index = SpanIndex(mentions.items())
    for tok in toks:
        if tok.tag != "ORG" or org_type(tok.text) or not 2 <= len(tok.text) <= 5:
            continue
        if any(s.start <= tok.start < s.end for s in mentions):
            continue
        hit = index.before(tok.start, lambda o, w=tok.text: o.label[0] == w[0] and is_short_form(w, o.label, head=1))
        if hit:
            org = hit[1]
            if tok.text not in org.aliases:
                org.aliases.append(tok.text)
            mentions[Span(tok.start, tok.end)] = org


def _abbreviations(text: str, mentions: dict[Span, Organisation]) -> None:
    """``X(简称Y)`` / ``X(以下简称"Y")``: Y becomes an alias of X and each later Y a mention."""
    index = SpanIndex(mentions.items())
    for m in ABBREVIATION.finditer(text):
        before = index.before(m.start())
        if not before or before[0].end != m.start():
            continue
        org, short = before[1], m.group(1)
        if short not in org.aliases:
            org.aliases.append(short)
        for hit in re.finditer(re.escape(short), text[m.end():]):
            span = Span(m.end() + hit.start(), m.end() + hit.end())
            if not any(s.start <= span.start < s.end for s in mentions):
                mentions[span] = org
                org.evidence.append(span)


def _anaphora(text: str, mentions: dict[Span, Organisation]) -> None:
    """该校/该公司… names the nearest organisation of a fitting type named before it."""
    index = SpanIndex(mentions.items())
    for word, types in ANAPHORA.items():
        for hit in re.finditer(word, text):
            if hit.start() and HAN.match(text[hit.start() - 1]) and not word.startswith("该"):
                continue  # 职业学校, 各学校: part of a longer word, not a reference
            earlier = index.before(hit.start(), lambda o, types=types: o.type in types)
            target = earlier[1] if earlier else (_most_named(mentions, types) if word in FIRST_PERSON else None)
            if target is not None:
                mentions[Span(hit.start(), hit.end())] = target


def _most_named(mentions: dict[Span, Organisation], types: tuple[str, ...]) -> Organisation | None:
    """The organisation of one of ``types`` the text names most often (the publisher of 我校)."""
    counts: dict[int, tuple[int, Organisation]] = {}
    for org in mentions.values():
        if org.type in types:
            counts[id(org)] = (counts.get(id(org), (0, org))[0] + 1, org)
    return max(counts.values(), key=lambda x: x[0])[1] if counts else None
