"""Numbers and dates as values, read out of answer text in either language.

One reader for what a figure or a date *is*, whatever its written form: ``1.2亿元``,
``120,000,000`` and ``120 million`` are all 120000000; ``2800余`` is 2800; ``2022年12月``,
``2022-12`` and ``December 2022`` are all the ISO date ``2022-12``. Used to judge answers
(search/qa_eval.py) and to read Chinese numerals in questions.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from graph.han import HAN
from search.qa_breaks import SENTENCE_MARKS

# Multipliers written after a number, Chinese and English.
SCALES = {"万亿": 10**12, "万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100,
          "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Money's unit written in English after a sum ("120 million yuan", "5 million RMB"), one table for every reading of it.
EN_CURRENCY = ("yuan", "rmb", "cny", "renminbi")
# Whole numbers are delimited: "6" is not read inside "16" or "2025".
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d])\s*(万|亿|千|百|thousand|million|billion)?",
                    re.IGNORECASE)
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+")
CN_SCALE = re.compile(r"[万亿]")
# An amount chained by its scales, largest first, each part a numeral in digits or Chinese (a decimal said 点 too)
# before 亿 or 万, the last part maybe bare: 一亿两千万, 1亿2000万, 两万六千, 一点二亿, 3000多万; a bare one-digit tail is a
# tenth of the scale before it, as said aloud: 两万六 (26000), 一亿二 (120000000); a counter or 多 may stand before the
# scale: 一个多亿, 两个亿.
_CN_PART = rf"(?:\d+(?:\.\d+)?|{CN_NUMERAL.pattern}(?:点[{''.join(CN_DIGITS)}]+)?)"
_CN_SCALES = "万亿|亿|万"  # (the longer first)
CN_AMOUNT = re.compile(rf"(?<![\d.,])((?:{_CN_PART}个?[多余]?(?:{_CN_SCALES}))+)({_CN_PART}(?![\d.]))?")
CN_AMOUNT_PART = re.compile(rf"({_CN_PART})个?[多余]?({_CN_SCALES})")
EN_NUMBERS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                          "seventeen", "eighteen", "nineteen", "twenty"))}
EN_NUMBER = re.compile(rf"\b({'|'.join(EN_NUMBERS)})\b", re.IGNORECASE)
MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"), start=1)}
MONTH_WORDS = "|".join(MONTHS)
DATE_PATTERNS = (
    re.compile(r"(?<!\d)(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?"),
    re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)"),
    re.compile(rf"\b({MONTH_WORDS})\s+(?:(\d{{1,2}}),?\s+)?(\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b(\d{{1,2}})\s+({MONTH_WORDS})\s+(\d{{4}})\b", re.IGNORECASE),
)
EN_ORDINALS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                           "ninth", "tenth"), start=1)}
# The words saying a place in an order before a kind word ("the very first group", "the second college"): no name's words
# (search.qa_overlap, search.qa_part_names: "first group" is no "Dalian First Instrument Transformer Group").
PLACE_WORDS = frozenset((*EN_ORDINALS, "very", "last", "next"))


def placed_in_order(phrase: str) -> bool:
    """True when every word of ``phrase`` before its last says a place in an order ("first group", "very first
    group"; a single word too): such a phrase names nothing (PLACE_WORDS)."""
    return set(phrase.split()[:-1]) <= PLACE_WORDS


# The counters of a series (第一批, 第二届, 第三期): an ordinal before one numbers a batch, not a rank.
SERIES_COUNTERS = "[批届期轮]"
# A rank: 第一/第5名 in Chinese (not 第一批); in English an ordinal after a rank word ("ranked fifth") or before
# "place" ("first place"), or the first place said by a verb ("came top", "topped the list"), so that "the first
# batch" claims no rank.
ORDINAL = re.compile(rf"第(?![零〇一二两三四五六七八九十百\d]*{SERIES_COUNTERS})([零〇一二两三四五六七八九十百]+|\d+)"
                     rf"|\b(?:rank|ranked|ranking|placed|came|come|comes|finished|finish|finishing)\s+"
                     rf"(?:the\s+|no\.\s*|number\s+)?({'|'.join(EN_ORDINALS)}|\d+(?:st|nd|rd|th)?)\b"
                     rf"|\b({'|'.join(EN_ORDINALS)}|\d+(?:st|nd|rd|th))\s+place\b"
                     rf"|\b(?:rank|ranked|placed|came|come|comes|finished|finish)\s+(?:at\s+(?:the\s+)?)?(top)\b|(榜首|头名|首位)"
                     # "did Jinpu top the national expert ranking": the verb of the first place, before a ranking
                     rf"|\b(top)(?:s|ped)?\s+the\s+(?:[a-z-]+\s+){{0,3}}(?:rankings?|list|league\s+table|table)\b",
                     re.IGNORECASE)
# The words of the first place that are no ordinals ("came top", "排名榜首").
FIRST_PLACE = frozenset({"top", "榜首", "头名", "首位"})
# A place within the first N claimed ("排进前三", "前5名", "top three", "the top 5", "among the first five places"): a bound
# on a rank, not a rank nor a count; 前 before a counter of a series, a time or a thing counted (前三批, 前两年, 前三个项目)
# bounds no rank. (search.qa_compose.TOP_N reads "前三名", "the top three" in a which-question as a superlative asking
# for N answers; this is one thing's place claimed, read by a yes/no.)
WITHIN_TOP = re.compile(rf"前\s*([一二两三四五六七八九十]+|\d+)(?!\s*[批届期轮年天月周日次个家所项条])"
                   rf"|\btop[\s-]+({'|'.join(EN_NUMBERS)}|\d+)\b"
                   rf"|\bfirst\s+({'|'.join(EN_NUMBERS)}|\d+)\s+(?:places?|spots?|positions?)\b", re.IGNORECASE)
WHOLE_NUMBER = re.compile(r"^\d+$")


# Large sums as English says them ("120 million"), the largest scale first.
EN_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"))


def en_amount(value: int) -> str:
    """A whole sum with separators, and as English says it when large ("120,000,000 (120 million)")."""
    for scale, word in EN_SCALES:
        if value >= scale and (value * 100) % scale == 0:
            return f"{value:,} ({value / scale:g} {word})"
    return f"{value:,}"


def ordinal_en(n: int) -> str:
    """The English ordinal word of ``n`` ("second"), or "no. n" past the tenth."""
    return next((w for w, i in EN_ORDINALS.items() if i == n), f"no. {n}")


def cn_numeral(text: str) -> int | None:
    """A Chinese numeral up to the thousands (十六 → 16, 两千八百 → 2800); None if it is none."""
    if not text or not CN_NUMERAL.fullmatch(text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch] if digit is None else digit * 10 + CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


# "one" (一) is a number only after a bound word ("more than one project", "不止一个"): else it is a
# pronoun or an article ("which one", "一个项目").
ONE_BOUNDED = re.compile(r"(?:\b(?:than|least|most|exactly)|不止|超过|多于|少于|不到|至少|至多)\s*$", re.IGNORECASE)


def number_value(written: str) -> int | None:
    """The value of one number written in digits, Chinese numerals or English words ("16", "十六", "sixteen"); None
    if it is none."""
    if written.isdigit():
        return int(written)
    return cn_numeral(written) if HAN.search(written) else EN_NUMBERS.get(written.lower())


def _part_value(written: str) -> Decimal | None:
    """One part of an amount before its scale: digits, or a Chinese numeral with its decimals said 点 ("一点二")."""
    if written[0].isdigit():
        return Decimal(written)
    whole, _, tenths = written.partition("点")
    value = cn_numeral(whole)
    if value is None:
        return None
    return Decimal(value) + (Decimal("0." + "".join(str(CN_DIGITS[c]) for c in tenths)) if tenths else 0)


def amount_value(m: re.Match) -> int | None:
    """The whole value of an amount ``CN_AMOUNT`` matched; None when its scales do not fall (一万两亿) or it is no whole."""
    total, last = Decimal(0), None
    for part in CN_AMOUNT_PART.finditer(m.group(1)):
        value, scale = _part_value(part.group(1)), SCALES[part.group(2)]
        if value is None or (last is not None and scale >= last):
            return None
        total, last = total + value * scale, scale
    tail = _part_value(m.group(2)) if m.group(2) else Decimal(0)
    if tail is None or last is None:
        return None
    # a bare one-digit tail is a tenth of the scale before it (两万六); a longer one is a number of its own (两万六千)
    tail = tail * last / 10 if m.group(2) and len(m.group(2)) == 1 else tail
    total += tail if tail < last else 0  # (a tail not below the scale is no part of the amount)
    return int(total) if total == total.to_integral_value() else None


def amounts_in(text: str) -> list[tuple[str, int]]:
    """The amounts the text writes in digits or chained by their scales (written as in the text, whole value):
    "1.2亿" (120000000), "一亿两千万", "120 million", "2,800"; the parts of an amount are none of their own."""
    found: list[tuple[str, int]] = []
    for m in CN_AMOUNT.finditer(text):
        amount = amount_value(m)
        if amount is not None:
            found.append((m.group(), amount))
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    for m in NUMBER.finditer(text):
        try:
            value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        except InvalidOperation:
            continue
        value *= SCALES.get((m.group(3) or "").lower(), 1)
        if value == value.to_integral_value():
            found.append((m.group(), int(value)))
    return found


def numbers_in(text: str) -> set[int]:
    """Every whole number the text states, scaled (1.2亿 → 120000000), Chinese numerals and amounts chained by their
    scales included (一亿两千万, 一点二亿 → 120000000: the amount, none of its parts)."""
    amounts = amounts_in(text)
    found = {value for _, value in amounts}
    for written, _ in amounts:  # (an amount's words are no numbers of their own: "一亿两千万" is not 一 nor 两千万)
        text = text.replace(written, " " * len(written), 1)
    found |= {EN_NUMBERS[m.group(1).lower()] for m in EN_NUMBER.finditer(text)
              if m.group(1).lower() != "one" or ONE_BOUNDED.search(text[:m.start()])}
    for m in CN_NUMERAL.finditer(text):
        numeral = cn_numeral(m.group())
        scale = CN_SCALE.match(text, m.end())  # "一亿元", "两千万": a numeral before a scale is scaled by it
        if numeral is not None and (scale or len(m.group()) > 1 or numeral > 1 or ONE_BOUNDED.search(text[:m.start()])):
            found.add(numeral * (SCALES[scale.group()] if scale else 1))
    return found


# Where a sentence ends: a question may open on a statement before it asks ("Jinpu ranked fifth among 28. Was it
# ranked first?", "金普在28家里排第五。它排第一吗？").
SENTENCE_END = re.compile(rf"[{SENTENCE_MARKS}]\s*|(?<=[a-z0-9)])\.\s+")


def asking_sentence(text: str) -> str:
    """The last sentence of ``text``, the one that asks, when sentences before it set the scene; ``text`` when
    it is one sentence. (The statement's figures are what the asker knows, the claim tested is the asking one's.)"""
    cuts = [m.end() for m in SENTENCE_END.finditer(text) if text[m.end():].strip(" ?？!！。.")]
    return text[cuts[-1]:] if cuts else text


def ordinals_in(text: str) -> set[int]:
    """Every rank the text claims (第一, 第5名, "ranked fifth", "5th place")."""
    found = set()
    for m in ORDINAL.finditer(text):
        word = next(g for g in m.groups() if g).lower()
        digits = re.match(r"\d+", word)
        value = int(digits.group()) if digits else 1 if word in FIRST_PLACE else EN_ORDINALS.get(word, cn_numeral(word))
        if value is not None:
            found.add(value)
    return found


def top_ranks_in(text: str) -> set[int]:
    """Every N of a place within the first N the text claims (WITHIN_TOP: "排进前三" → 3, "the top 5" → 5)."""
    found = set()
    for m in WITHIN_TOP.finditer(text):
        word = next(g for g in m.groups() if g).lower()
        value = int(word) if word.isdigit() else EN_NUMBERS.get(word, cn_numeral(word))
        if value:
            found.add(value)
    return found


def dates_in(text: str) -> set[str]:
    """Every date the text states, as ISO 8601 at the precision written (2023, 2022-12, 2024-05-17)."""
    found = set()
    for pattern in DATE_PATTERNS[:2]:
        for m in pattern.finditer(text):
            found.add(_iso(m.group(1), m.group(2), m.group(3)))
    for m in DATE_PATTERNS[2].finditer(text):
        found.add(_iso(m.group(3), str(MONTHS[m.group(1).lower()]), m.group(2)))
    for m in DATE_PATTERNS[3].finditer(text):
        found.add(_iso(m.group(3), str(MONTHS[m.group(2).lower()]), m.group(1)))
    return found


def _iso(year: str, month: str | None, day: str | None) -> str:
    return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if month and day else "")


# A year written alone ("approved in 2023"): a date only where a date is expected (a yes/no claim).
BARE_YEAR = re.compile(r"(?<!\d)(?<!\d[.,-])((?:19|20)\d{2})(?!\d|[.,-]\d|\s*(?:年|万|亿|千|百))")


def claimed_dates(text: str) -> set[str]:
    """The dates a claim states: those of dates_in, and years written alone."""
    return dates_in(text) | set(BARE_YEAR.findall(text))


def without_dates(text: str) -> str:
    """``text`` with every date it states, and every year written alone, blanked out."""
    for pattern in (*DATE_PATTERNS, BARE_YEAR):
        text = pattern.sub(" ", text)
    return text


def states_date(text: str, iso: str) -> bool:
    """Whether the text gives the date ``iso`` at least at its precision (2022-12 is in 2022年12月)."""
    return any(d == iso or d.startswith(iso + "-") for d in dates_in(text))


def states_number(text: str, value: int) -> bool:
    return value in numbers_in(text)


# Measures a question may ask a figure in besides a count of people or things ("培养周期是几年", "how long",
# "多少平方米", "how many machines"): each measure → the unit words a figure answering it is written in.
SIZE = "size"
MEASURES = {"duration": ("年", "个月", "月", "天", "日", "周", "小时", "year", "years", "month", "months", "day", "days",
                         "week", "weeks", "hour", "hours"),
            "age": ("岁", "years old"), "area": ("平方米", "平米", "亩", "公顷", "square", "hectare", "acre"),
            "weight": ("吨", "公斤", "ton", "tons", "tonne", "tonnes", "kg"), "length": ("公里", "千米", "米", "km", "kilomet", "met"),
            "machines": ("台", "套", "machine", "machines", "unit of equipment")}
MEASURES[SIZE] = MEASURES["area"]
ASKED_MEASURE = (
    # (a measure word may stand between, "几个小时", "多少个钟头"; "几月" alone asks which month)
    ("duration", re.compile(r"(?<![近这那前后哪每])(?:几|多少)\s*(?:个\s*(?:月|小时|钟头|星期|礼拜)|年|天|周|小时|钟头|星期|礼拜)"
                            r"|多久|多长时间|多长的?(?:周期|时间)"
                            r"|\bhow\s+long\b|\bhow\s+many\s+(?:years|months|days|weeks|hours)\b", re.IGNORECASE)),
    ("age", re.compile(r"(?:几|多少)\s*岁|多大年纪|\bhow\s+old\b", re.IGNORECASE)),
    ("area", re.compile(r"(?:几|多少)\s*(?:个\s*)?(?:平方|平米|亩|公顷)|多大面积|占地多|\bsquare\s+met", re.IGNORECASE)),
    # a size asked with no unit: an area of a site, the count of what a figure counts ("how big was the first cohort")
    (SIZE, re.compile(r"\bhow\s+(?:big|large)\b|多大(?!年纪|岁数|了)", re.IGNORECASE)),
    ("weight", re.compile(r"(?:几|多少)\s*(?:吨|公斤)|多重|\bhow\s+heavy\b|\bhow\s+many\s+(?:tons|tonnes)\b", re.IGNORECASE)),
    ("length", re.compile(r"(?:几|多少)\s*(?:公里|千米|米)(?!\S*[线])|多远|多长(?!时间|的?周期)|\bhow\s+far\b", re.IGNORECASE)),
    ("machines", re.compile(r"(?:几|多少)\s*[台套]|\bhow\s+many\s+machines\b", re.IGNORECASE)),
)


def asked_measure(question: str) -> str | None:
    """The measure a question asks a figure in when it is no count ("几年": duration), or None."""
    return next((measure for measure, pattern in ASKED_MEASURE if pattern.search(question)), None)


def measured_in(units: tuple[str, ...], measure: str) -> bool:
    """Whether a figure written in ``units`` (its zh and en unit words) is in the ``measure`` asked."""
    words = MEASURES[measure]
    return any(w in (unit or "").lower() for unit in units for w in words)
