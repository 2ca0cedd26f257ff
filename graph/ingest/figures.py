"""Figures: money (jionlp), counts with units, person-times and ranks (第5名, out of N).

Values are whole or decimal numbers in the base unit (元, 人, 人次, 家 …); cn2an parses the
numeral, 万/亿 scale it, 余/多/以上 set the bound.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.ingest.nlp import Token, jio, number
from graph.ingest.result import Figure, Span

UNITS = ("人次", "家", "所", "个", "人", "名", "项", "台", "套", "门", "篇", "场", "期", "批", "次", "位",
         "平方米", "亩", "吨", "件", "张", "本", "条", "支", "座", "间", "类", "种", "户", "辆", "册", "部", "节")
# Counters a rank takes (第5名, 第4个, 第3位); 第二批, 第一届 are ordinals, not quantities.
RANK_UNITS = ("名", "个", "位")
SCALES = {"万": 10_000, "亿": 100_000_000}
BOUNDS = {"余": "more-than", "多": "more-than", "以上": "at-least", "逾": "more-than", "超过": "more-than"}
# Arabic numbers, and Chinese ones except a bare 一 (一批, 一线, 一流 are words, not counts).
_NUM = r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]*[十百千][零一二两三四五六七八九十百千]*|[两二三四五六七八九]"
PERCENT = re.compile(r"(\d+(?:\.\d+)?)%")
COUNT = re.compile(rf"(第)?({_NUM})(万|亿)?(余|多)?({'|'.join(sorted(UNITS, key=len, reverse=True))})(以上)?")
# "在全部28家……中……第5名": the field a rank is out of, looked for before the rank.
OUT_OF = re.compile(r"(?:全部|共|总计|在)(\d+)(?:家|个|所|名|支)")
NOUN_TAGS = {"n", "vn", "nz", "an"}
HEAD_TAGS = {"n", "nz"}
NOT_AFTER = re.compile(r"^[年月日号时分秒岁]")  # 2024年 is a date, not a count
NOT_BEFORE_CHINESE = set("第十百千万亿之")


def find_figures(text: str, toks: Sequence[Token] = ()) -> list[Figure]:
    """Every figure once: a count repeated with the same value, unit and counted noun
    (12个合作项目 … 12个项目) is one fact."""
    figures = _money(text)
    starts = {t.start: i for i, t in enumerate(toks)}
    seen: set[tuple] = set()
    taken = {i for f in figures for s in f.evidence for i in range(s.start, s.end)}
    for m in COUNT.finditer(text):
        if taken.intersection(range(m.start(), m.end())) or NOT_AFTER.match(text[m.end():m.end() + 1]):
            continue
        if m.start() and text[m.start() - 1].isdigit():
            continue
        value = number(m.group(2))
        if value is None or (m.group(1) and m.group(5) not in RANK_UNITS):
            continue
        if not m.group(2)[0].isdigit() and m.start() and text[m.start() - 1] in NOT_BEFORE_CHINESE:
            continue  # 十三五, 第三类: part of a word or an ordinal
        value *= SCALES.get(m.group(3) or "", 1)
        bound = BOUNDS.get(m.group(6) or m.group(4) or "", "exact")
        head = _counted_noun(toks, starts.get(m.end()))
        if head and (value, m.group(5), head) in seen:
            continue
        seen.add((value, m.group(5), head))
        figure = Figure(_whole(value), m.group(5), m.group(0), bound, evidence=[Span(m.start(), m.end())])
        if m.group(1):  # a rank: 第5名
            figure.rank_of = _out_of(text, m.start())
        figures.append(figure)
    for m in PERCENT.finditer(text):
        figures.append(Figure(_whole(float(m.group(1))), "%", m.group(0), evidence=[Span(m.start(), m.end())]))
    return sorted(figures, key=lambda f: f.evidence[0])


def _counted_noun(toks, i: int | None) -> str | None:
    """The head (last noun) of the noun phrase right after a count, if one follows."""
    head = None
    while i is not None and i < len(toks) and toks[i].tag in NOUN_TAGS:
        head = toks[i].text if toks[i].tag in HEAD_TAGS else head
        i = i + 1 if i + 1 < len(toks) and toks[i + 1].start == toks[i].end else None
    return head


def _money(text: str) -> list[Figure]:
    out = []
    for item in jio().ner.extract_money(text, with_parsing=True):
        detail = item.get("detail") or {}
        num = detail.get("num")
        if num is None:  # a sum jionlp could not parse
            continue
        try:
            value = float(num)
        except (TypeError, ValueError):
            continue
        start, end = item["offset"]
        bound = "exact" if detail.get("definition") == "accurate" else "more-than"
        unit = "元" if detail.get("case") in ("元", None) else detail["case"]
        out.append(Figure(_whole(value), unit, item["text"], bound, evidence=[Span(start, end)], confidence=0.85))
    return out


def _out_of(text: str, at: int) -> int | None:
    sentence_start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    matches = list(OUT_OF.finditer(text, sentence_start, at))
    return int(matches[-1].group(1)) if matches else None


def _whole(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
