"""Consortia (with leads, level and member counts), cooperations (exact participants,
category, industries) and events (with dates and places).

Each works clause by clause over the text, using the organisation mentions already found
(so coreference like 该校 counts as the organisation it names).
"""

from __future__ import annotations

import re
from itertools import pairwise

from graph.ingest.proposals import propose_industry
from graph.ingest.lexicon import Lexicon
from graph.ingest.nlp import Token
from graph.ingest.orgs import (
    GENERIC,
    JOINERS,
    NAME_TAGS,
    SOFT_TAGS,
    Found,
    is_short_form,
    org_type,
)
from graph.ingest.result import (
    Consortium,
    Cooperation,
    Event,
    Figure,
    MemberCount,
    Span,
)

# Consortium name endings -> kind; the longest ending wins.
CONSORTIUM_KINDS = {
    "市域产教联合体": "CityRegionConsortium", "产教联合体": "CityRegionConsortium",
    "产教融合共同体": "IndustryCommunity", "共同体": "IndustryCommunity",
    "产教联盟": "Alliance", "产教融合联盟": "Alliance", "联盟": "Alliance",
    "职教集团": "Alliance", "职业教育集团": "Alliance",
}
_CONSORTIUM_ENDINGS = sorted(CONSORTIUM_KINDS, key=len, reverse=True)
CONSORTIUM_ENDING = re.compile("|".join(_CONSORTIUM_ENDINGS))
# Verbs that belong to consortium names (产教融合共同体), and the bracket tokens of names.
NAME_VERBS = {"产教", "融合", "联合", "协同", "共享"}
BRACKETS = {"(", ")"}
LEVELS = ("国家级", "省级", "市级", "区级")
# Member-count category words (the words right before or after the number) -> category.
MEMBER_CATEGORIES = {
    "院校": "EducationalInstitution", "学校": "EducationalInstitution", "高校": "EducationalInstitution",
    "职业院校": "EducationalInstitution", "本科": "EducationalInstitution", "中职": "EducationalInstitution",
    "高职": "EducationalInstitution", "企业": "Enterprise", "科研机构": "ResearchInstitution",
    "科研院所": "ResearchInstitution", "研究机构": "ResearchInstitution", "社会组织": "SocialOrganization",
    "协会": "SocialOrganization", "行业组织": "SocialOrganization", "政府部门": "GovernmentBody",
    "政府": "GovernmentBody", "部门": "GovernmentBody", "成员单位": "total", "成员": "total",
}
MEMBER_UNITS = ("家", "所", "个")
CLAUSES = re.compile(r"[^;。\n:!?]+")
SUBCLAUSE = re.compile(r",")
NEW_STATEMENT = ("以及", "并与")  # a piece starting so is a statement of its own
ELIDED_SUBJECT = re.compile(r"\s*(?:还|并|又|同时)?(?:与|同|和)")
RESPECTIVELY = re.compile(r"分别与|分别同")
COOP_VERBS = re.compile(r"签约(?!仪式|环节|企业|现场)|签署|签订|共建|合作|携手|结对|联合(?!体|国|会|印发|发布|发文)|共同(?!体|牵头)|结成")
# A clause about who leads or forms a consortium is not a cooperation of its own.
NOT_COOPERATION = re.compile(r"牵头|组建")
# A cooperation only planned (将与…合作, 拟共建) is not one yet.
PLANNED = re.compile(r"将|拟|计划|力争|希望|有望|准备|打算|愿意|愿与")
AGREEMENT = re.compile(r"《([^》]{2,40}(?:协议|合同|备忘录|协议书))》")
_COOP_OBJECT = r"(?:共建|合作研发|合作共建|建设|打造)([^,;。]{2,40}?%s)"
# A project name runs to 项目 when the clause has one, else to the first base/centre word.
COOP_LABELS = (re.compile(_COOP_OBJECT % "项目"), re.compile(_COOP_OBJECT % "(?:基地|中心|学院|平台|实验室)"))
OPEN_QUOTES, CLOSE_QUOTES = ("“", "\"", "「"), ("”", "\"", "」")
# Category by a heading word before the list (基地项目类6个) or by words of the label.
CATEGORY_HEADINGS = {"基地项目类": "TrainingBaseProject", "实训基地类": "TrainingBaseProject",
                     "科技创新类": "TechInnovationProject", "人才培养类": "TalentCultivationProject"}
CATEGORY_WORDS = (("实训", "TrainingBaseProject"), ("实践基地", "TrainingBaseProject"),
                  ("基地", "TrainingBaseProject"), ("研发", "TechInnovationProject"),
                  ("攻关", "TechInnovationProject"), ("技术创新", "TechInnovationProject"),
                  ("实验室", "TechInnovationProject"), ("研究", "TechInnovationProject"),
                  ("人才培养", "TalentCultivationProject"), ("培训", "TalentCultivationProject"),
                  ("培养", "TalentCultivationProject"), ("订单", "TalentCultivationProject"),
                  ("产业学院", "TalentCultivationProject"), ("课程", "TalentCultivationProject"),
                  ("专业", "TalentCultivationProject"), ("人才", "TalentCultivationProject"))
LEAD = re.compile(r"牵头")
SENTENCE_END = re.compile(r"[。\n]")
LEAD_UNITS = re.compile(r"(?:单位|院校|企业)?(?:为|是|:)")
EVENT = re.compile(r"(?:召开|举行|举办|开幕|启动|出席|参加)(?:了)?([^,。;]{2,30}?(?:推进会|大会|会议|论坛|仪式|峰会|座谈会|"
                   r"发布会|年会))")
# A consortium named by its kind alone (该共同体, 联合体): the nearest full name it follows.
CONSORTIUM_SHORT = re.compile(r"(?:该|本)?(?:联合体|共同体|联盟)")


def find_consortia(text: str, toks: list[Token], found: Found, lexicon: Lexicon,
                   figures: list[Figure]) -> list[Consortium]:
    by_label: dict[str, Consortium] = {}
    for start, end, label, kind, known in _consortium_mentions(text, toks, found, lexicon):
        c = by_label.get(label) or by_label.setdefault(label, Consortium(label, kind, confidence=0.9 if known else 0.6))
        c.evidence.append(Span(start, end))
        written = text[start:end]
        if written != label and written not in c.aliases:
            c.aliases.append(written)
        level = next((lv for lv in LEVELS if lv in text[max(0, start - 12):end]), None)
        c.level = c.level or level
    consortia = _merge_variants(list(by_label.values()))
    if consortia:
        _levels_by_reference(text, consortia)
        _leads(text, found, consortia)
        _member_counts(text, figures, consortia)
    return consortia


def _consortium_mentions(text, toks, found, lexicon):
    out, taken = [], set()
    for s, t, e in lexicon.find(text, kinds=("consortium",)):
        out.append((s, t, e.label, e.type if e.type != "Consortium" else _kind(e.label), True))
        taken.update(range(s, t))
    org_ends = {s.end for s in found.mentions}
    ends = {t.end: j for j, t in enumerate(toks)}
    for m in CONSORTIUM_ENDING.finditer(text):
        if m.end() not in ends or m.start() in taken:
            continue  # the ending is inside a longer word
        j = ends[m.end()]
        first = _consortium_start(toks, j, m.start(), org_ends)
        name = text[toks[first].start:m.end()]
        if len(name) > len(m.group(0)) + 1 and not GENERIC.match(name) \
                and not taken.intersection(range(toks[first].start, m.end())):
            out.append((toks[first].start, m.end(), name, CONSORTIUM_KINDS[m.group(0)], False))
    return sorted(out)


def _consortium_start(toks: list[Token], j: int, ending_start: int, org_ends: set[int]) -> int:
    """The first token of a consortium name ending at token j: back over name words (not
    past an organisation's name, which would be who holds or leads it), then after the
    last verb that is not part of the name itself (产教/融合)."""
    k = j
    while k > 0 and toks[k].start > ending_start:
        k -= 1
    while k > 0 and (toks[k - 1].tag in NAME_TAGS | SOFT_TAGS or toks[k - 1].text in BRACKETS
                     or _joins(toks, k - 1)) \
            and toks[k - 1].end == toks[k].start and toks[k].start not in org_ends:
        k -= 1
    while k < j and toks[k].text in JOINERS:
        k += 1
    verbs = [i for i in range(k, j + 1) if toks[i].tag in SOFT_TAGS and toks[i].text not in NAME_VERBS
             and toks[i].start < ending_start]
    k = verbs[-1] + 1 if verbs else k
    while k < j and toks[k].text in BRACKETS:
        k += 1
    return k


def _levels_by_reference(text: str, consortia: list[Consortium]) -> None:
    """该共同体入选…国家级共同体: a level written beside a short reference is the consortium's."""
    named = {i for c in consortia for s in c.evidence for i in range(s.start, s.end)}
    for m in CONSORTIUM_SHORT.finditer(text):
        if m.start() in named:
            continue
        target = _nearest(consortia, m.start())
        if target.level is None:
            target.level = next((lv for lv in LEVELS if lv in text[max(0, m.start() - 6):m.start()]), None)


def _joins(toks: list[Token], i: int) -> bool:
    """与/和 between two common nouns of one name (软件和人工智能产教联盟), not between two names."""
    return toks[i].text in JOINERS and i > 0 and toks[i - 1].tag in {"n", "nz", "vn", "ORG"} \
        and org_type(toks[i - 1].text) is None


def _merge_variants(consortia: list[Consortium]) -> list[Consortium]:
    """A shortened name (芜湖经开区… for 芜湖经济技术开发区…) becomes an alias of the full one."""
    kept: list[Consortium] = []
    for c in sorted(consortia, key=lambda c: -len(c.label)):
        full = next((k for k in kept if k.kind == c.kind and is_short_form(c.label, k.label)), None)
        if full is None:
            kept.append(c)
            continue
        full.aliases += [a for a in [c.label, *c.aliases] if a not in full.aliases and a != full.label]
        full.evidence = sorted(full.evidence + c.evidence)
        full.level = full.level or c.level
    return sorted(kept, key=lambda c: c.evidence[0])


def _kind(name: str) -> str | None:
    return next((CONSORTIUM_KINDS[e] for e in _CONSORTIUM_ENDINGS if name.endswith(e)), None)


def _nearest(consortia: list[Consortium], at: int, text: str | None = None) -> Consortium:
    """The consortium named nearest to ``at``, preferring one named in the same sentence."""
    def distance(c):
        gap = min(abs(s.start - at) for s in c.evidence)
        if text is None:
            return gap
        lo, hi = sorted((at, min(c.evidence, key=lambda s: abs(s.start - at)).start))
        return gap + (len(text) if SENTENCE_END.search(text, lo, hi) else 0)
    return min(consortia, key=distance)


def _leads(text: str, found: Found, consortia: list[Consortium]) -> None:
    """由X(、Y)牵头 / X牵头组建: the organisations of the clause before 牵头 lead the nearest consortium."""
    for m in LEAD.finditer(text):
        start = max(text.rfind(ch, 0, m.start()) for ch in ",。;\n") + 1
        you = text.rfind("由", start, m.start())
        orgs = [o.label for s, o in found.at(you if you >= 0 else start, m.start())]
        if after := LEAD_UNITS.match(text, m.end()):  # 牵头单位为X、Y / 牵头单位:X
            end = min((i for i in (text.find(ch, after.end()) for ch in "。;\n)") if i >= 0), default=len(text))
            orgs = [o.label for s, o in found.at(after.end(), end)]
        target = _nearest(consortia, m.start(), text)
        for label in orgs:
            if label not in target.leads:
                target.leads.append(label)


def _member_counts(text: str, figures: list[Figure], consortia: list[Consortium]) -> None:
    """Counts in a 成员(单位) sentence: the total and, after 其中, one per category."""
    for f in figures:
        if f.unit not in MEMBER_UNITS or f.text.startswith("第"):
            continue
        span = f.evidence[0]
        sentence_start = max(text.rfind("。", 0, span.start), text.rfind("\n", 0, span.start)) + 1
        if "成员" not in text[sentence_start:span.start]:
            continue
        before = re.split(r"[,、;]|以及|和|其中(?:包括)?", text[sentence_start:span.start])[-1]
        category = next((MEMBER_CATEGORIES[w] for w in sorted(MEMBER_CATEGORIES, key=len, reverse=True)
                         if w in before), None)
        if category is None:
            continue
        target = _nearest(consortia, span.start, text)
        same = next((mc for mc in target.member_counts if mc.category == category), None)
        if same is None:
            target.member_counts.append(MemberCount(category, int(f.value), f.unit, f.text, [span]))
        elif category != "total" and sentence_start <= same.evidence[-1].start:
            # 本科高校3所、职业院校15所: two counts of one category in one sentence add up
            same.value += int(f.value)
            same.text += "+" + f.text
            same.evidence.append(span)


def find_cooperations(text: str, found: Found, lexicon: Lexicon) -> list[Cooperation]:
    out: list[Cooperation] = []
    for clause in CLAUSES.finditer(text):
        subject = None  # 我校与A签订…,与B签署…: the second statement keeps the first one's subject
        for start, end in _groups(text, clause.start(), clause.end(), found):
            verb = COOP_VERBS.search(text, start, end)
            if verb is None or NOT_COOPERATION.search(text, start, end) \
                    or PLANNED.search(text[max(start, verb.start() - 6):verb.start()]):
                continue
            mentions = [(s, o.label) for s, o in found.at(start, end) if not _holds_position(text, s.end)]
            before = list(dict.fromkeys(label for s, label in mentions if s.end <= verb.start()))
            # X签署了与Y的协议: when the verb comes early, everyone the clause names takes part
            participants = before if len(before) >= 2 else list(dict.fromkeys(label for s, label in mentions))
            if len(participants) == 1 and subject and ELIDED_SUBJECT.match(text, start):
                participants = [subject, *participants]
            if len(participants) < 2:
                continue
            subject = participants[0]
            label = _coop_label(text, verb.start(), end)
            category, industries = _category(text, start, end, label), _industries(text[start:end], lexicon)
            # X分别与Y、Z签约: one cooperation per partner, not one of all three
            groups = [[participants[0], p] for p in participants[1:]] if RESPECTIVELY.search(text, start, end) \
                else [participants]
            proposed = None if industries else propose_industry(text, start, end, lexicon)
            out += [Cooperation(label, g, category, industries, [Span(start, end)], confidence=0.75 if label else 0.6,
                                proposed_industry=proposed) for g in groups]
    return out


def _groups(text: str, start: int, end: int, found: Found) -> list[tuple[int, int]]:
    """Comma-separated pieces of a clause grouped into statements: a piece naming
    organisations starts a new statement once the current one already has a verb and two
    organisations (A与B签约,C与D签约); other pieces extend it (A与B合作,共建C项目)."""
    cuts = [start] + [m.end() for m in SUBCLAUSE.finditer(text, start, end)] + [end]
    groups: list[list[int]] = []
    for a, b in pairwise(cuts):
        if b <= a:
            continue
        names = found.at(a, b)
        if groups and not (names and _complete(text, groups[-1], found)) and not text.startswith(NEW_STATEMENT, a):
            groups[-1][1] = b
        else:
            groups.append([a, b])
    return [(a, b) for a, b in groups]


def _complete(text: str, group: list[int], found: Found) -> bool:
    return COOP_VERBS.search(text, *group) is not None and len({o.label for s, o in found.at(*group)}) >= 2


def _holds_position(text: str, end: int) -> bool:
    """An organisation followed by a title (大连日报记者, …教育局副局长) is where a person works."""
    from graph.ingest.people import TITLE_AT

    return bool(TITLE_AT.match(text, end))


def _coop_label(text: str, start: int, end: int) -> str | None:
    for pattern in (AGREEMENT, *COOP_LABELS):
        if m := pattern.search(text, start, end):
            return _unquoted(m.group(1))
    return None


def _unquoted(label: str) -> str:
    """Without quotation marks that only wrap the whole name (“氢能技术产业学院”); inner ones stay
    (“中高职一体化”新能源汽车订单班)."""
    inner = label[1:-1] if label[:1] in OPEN_QUOTES and label[-1:] in CLOSE_QUOTES else label
    if inner[:1] in OPEN_QUOTES and not any(q in inner for q in CLOSE_QUOTES):
        inner = inner[1:]
    if not any(q in inner for q in OPEN_QUOTES):
        inner = inner.strip("".join(CLOSE_QUOTES))
    return inner if inner.count("“") == inner.count("”") else label


def _category(text: str, start: int, end: int, label: str | None) -> str | None:
    heads = [(text.rfind(h, 0, start), c) for h, c in CATEGORY_HEADINGS.items()]
    pos, category = max(heads)
    if pos >= 0 and "。" not in text[pos:start]:
        return category
    # the label's words decide; else the words of the whole statement
    return next((c for words in (label or "", text[start:end]) for w, c in CATEGORY_WORDS if w in words), None)


def _industries(clause: str, lexicon: Lexicon) -> list[str]:
    return list(dict.fromkeys(e.label for s, t, e in lexicon.find(clause, kinds=("industry",))))


def find_events(text: str, found: Found, dates: list[tuple[int, str]]) -> list[Event]:
    """Meetings and ceremonies: the name after 召开/举行, the date and venue of its sentence."""
    events = []
    for m in EVENT.finditer(text):
        label = m.group(1)
        sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        date = next((d for at, d in reversed(dates) if sentence_start <= at < m.start()), None)
        venue = next((o.label for s, o in found.at(sentence_start, m.start()) if text[s.start - 1:s.start] == "在"),
                     None)
        events.append(Event(label.strip(), date, venue, [Span(m.start(), m.end())]))
    return events
