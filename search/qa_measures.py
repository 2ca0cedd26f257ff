"""What a figure measures, and what measure a question asks a figure in: a figure answers a how-many or
how-much question only in the measure asked. "How many students are enrolled" asks persons, "投资规模多大" money
(not an area), "how many internship slots" positions (not person-times of training), "跟多少家企业签" organisations
(not order classes), "out of how many was it ranked" the field of the ranking (not the rank).

Contract: ``measure_asked(question)`` reads the normalised question against MEASURES in order, from its first clause
asking a figure on (``asking_clauses``; the whole question when that names none), and gives the first measure whose
question words it uses, or None (no measure of the table asked: nothing is checked). PER_UNIT: a figure asked per one
of what figures count ("每个班多少人"), which no figure of the graph is.
``FigureMeasures`` reads each figure's measure off its unit words (the Chinese unit unless it is a bare measure word
such as 个, the English unit noun), its currency and whether it is an ordinal; None when the table names none.
``FigureMeasures.among(question)``: the figures a question's measure admits: a figure of no known measure is not
refused unless the question names the unit of a measure the graph marks (a sum of money has its currency: "几个亿");
one of another measure is, unless the asked measure accepts it (persons are answered by person-times).
``measured_head(question, word)``: whether ``word`` is the head a how-word asks the measure of ("how large was the
audience", "观众有多少"; search.qa_readings refuses one held nowhere). ``names_one_of``: the bearer asked — a plan's figure answers a question about its provider only when the question
names the plan among the provider's others (search.qa_compose).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from graph.han import HAN
from search.auxiliaries import AUXILIARIES, BE, MODALS
from search.qa_breaks import CLAUSE_MARKS, DASH
from search.qa_cues import (AMOUNT_ASKED, AMOUNT_WORDS, BRIDGE_ASKED, COUNTED_BY_WORD, EN_HOW_MANY, HOW_MANY, MONEY_UNIT_ASKED,
                            ZH_HOW_MANY)
from search.qa_match import asks_rank, latin_word, tokens
from search.qa_values import ordinals_in
from search.text import normalize
from search.understand import Understanding

# Written into a figure's unit text: a sum of money, a rank (FIGURE_MARKS).
MONEY_MARK, RANK_MARK = "¤", "№"
# A count of anything written with a bare measure word says nothing of what it counts: its noun is read instead.
BARE_MEASURE_WORDS = frozenset({"个", "项", "次", "种", "类", "批", "条"})
# (a Latin word whole: "investor" names no investment)
_AMOUNT = "|".join(re.escape(w) if HAN.search(w) else latin_word(w).pattern for w in sorted(AMOUNT_WORDS, key=len, reverse=True))
_HOW_MANY = rf"{ZH_HOW_MANY}\s*"
_EN_HOW_MANY = rf"{EN_HOW_MANY}\s+(?:[a-z-]+\s+){{0,2}}?"


# The nouns a size or a tally is asked with: they name the measure, not a topic ("biggest coalition", "signing tally", "the larger figure").
MEASURE_NOUNS = frozenset({"coalition", "coalitions", "crowd", "crowds", "headcount", "roster", "lineup", "line-up", "size", "tally", "tallies", "count", "counts",
                           "number", "numbers", "figure", "figures", "target", "targets", "total", "totals", "score", "volume", "volumes", "amount", "amounts", "quantity", "deals", "deal", "signings", "partners",
                           "participants", "parties", "signatories", "members", "organisations", "organizations",
                           "阵容", "规模", "个数", "数目", "次数", "总数", "数量", "参与方", "多少"})
# The thing a measure is asked of, the head a how-word asks for: "how large was the audience", "how big is its
# workforce", "观众有多少", "占地面积多大" (``measured_head``: the word of the question standing there). In English the
# head may follow up to two words narrowing it ("how many hydrogen refuelling stations does X run"), and a what-word
# asks the value of a head after up to three, its owner's name before them ("what was its actual point total", "what's
# the capex figure", "what was the firm's own share in yuan"); either way the head then closes its noun phrase, a word naming the measure
# itself aside ("point total", "capex figure": MEASURE_NOUNS): a word narrowing the head is
# no head ("the combined investment", "the yearly headcount target"), nor is a verb after it ("how many applicants
# succeeded in total"), nor what the value is of ("the value of the contract": a narrowing word is no closed word).
# The head pattern's words, a table of the classes it names (each a regex alternation, as search.auxiliaries'):
# - closed: the words that are no head and narrow none, and so close a noun phrase: prepositions, conjunctions and
#   relatives, and the auxiliaries and modals;
# - determiner: one that may open the phrase asked of;
# - how: the adjectives of a how-word asking a measure ("how large", "how many");
# - copula: what a what-word asks a value by ("what was", "what will be"; "what's" besides).
HEAD_WORDS: dict[str, str] = {
    "closed": ("of|for|in|on|at|to|by|with|from|about|as|than|behind|between|among|under|over|into|per|across|after"
               "|before|during|through|since|until|within|without|and|or|so|if|when|where|that|which|who|whose|whom"
               f"|{AUXILIARIES}|{MODALS}"),
    "determiner": "the|its|their|his|her|this|that|our|my|your",
    "how": "large|big|many|much|long|old|high|wide|tall|heavy|far",
    "copula": rf"{BE}|will\s+be|would\s+be",
}
_CLOSED = rf"(?:{HEAD_WORDS['closed']})\b"
_DETERMINER = rf"(?:(?:{HEAD_WORDS['determiner']})\s+)?"
_NARROWING = rf"(?:(?!{_CLOSED})[\w'’-]+\s+)"
# The owner of what a what-word asks, named before it ("what was gt dalian machine tool co., ltd.'s own share").
_GENITIVE = rf"(?:(?:(?!{_CLOSED})[^\s?;:]+\s+){{0,8}}?[^\s?;:]+['’]s\s+)?"
_MEASURE_WORD = "|".join(sorted((w for w in MEASURE_NOUNS if w.isascii()), key=len, reverse=True))
_PHRASE_END = rf"(?:\s+(?P<measure>{_MEASURE_WORD}))?(?=\s*(?:[^\w\s'’-]|$)|\s+{_CLOSED})"
EN_MEASURED = rf"\bhow\s+(?:{HEAD_WORDS['how']})\s+(?:(?:{AUXILIARIES}|{MODALS})\s+)?{_DETERMINER}"
_EN_NARROWED = (rf"{EN_MEASURED}{_NARROWING}?(?P<near>(?!{_CLOSED})[\w'’-]+)\s+"
                rf"|\bwhat(?:['’]s|\s+(?:{HEAD_WORDS['copula']}))\s+{_DETERMINER}{_GENITIVE}{_NARROWING}{{0,3}}")
ZH_MEASURED = r"\s*(?:的)?(?:有|是|为|达|一共|总共|大概|大约|共)*(?:多少|多大|多高|多长|多重|几)"
# A Chinese head pointed at as a part, between it and the how-word ("医院那一块有多少家", a block read as 那一类 by
# search.wording.BLOCK_WORD, its pointer then dropped: 医院类): the head is still what the count asks of.
ZH_PART_POINTED = r"(?:[这那]?一?类)?"


def measured_head(question: str, word: str, held_nowhere: Collection[str] = ()) -> bool:
    """Whether ``word`` (a content word, an English one stemmed) is the head a how-word or a what-word of the
    normalised ``question`` asks the measure or the value of (EN_MEASURED before it, ZH_MEASURED after it): never a
    word in front of a word naming the measure that together make one ("head count" is a headcount); after a how-word
    and words narrowing it, only when the word before it is ``held_nowhere`` too (stemmed words: a word the graph holds
    narrowing the head names the graph's thing in the asker's noun, "craftsman seedlings", "internship spots"; "hydrogen
    refuelling stations" name none); never a word of a period ("yearly") nor one asking a connection ("relationship")."""
    if PER_PERIOD.fullmatch(word) or BRIDGE_ASKED.fullmatch(word):
        return False  # "what's the annual target": a period says how often; "what's the relationship": the bridge's ask
    return any(not (m.group("measure") and f"{m.group('head')}{m.group('measure')}".lower() in MEASURE_NOUNS)
               and not (m.group("near") and not any(m.group("near").lower().startswith(w) for w in held_nowhere))
               for m in _measured_pattern(word).finditer(question))


@functools.lru_cache(maxsize=4096)
def _measured_pattern(word: str) -> re.Pattern:
    """measured_head's pattern for ``word``, compiled once: the patterns made of a question's own words fill the
    re module's cache (512), which then compiled this one again each time (~2 ms)."""
    if HAN.search(word):
        return re.compile(rf"(?P<head>{re.escape(word)}){ZH_PART_POINTED}{ZH_MEASURED}(?P<measure>)(?P<near>)")
    # (after a narrowing word, a past form is the verb of a clause, not a head: "how many applicants succeeded")
    return re.compile(rf"(?:{EN_MEASURED}|(?P<narrowed>{_EN_NARROWED}))(?P<head>{re.escape(word)}[a-z]*\b)"
                      rf"(?(narrowed)(?<!ed){_PHRASE_END})", re.IGNORECASE)


@dataclass(frozen=True)
class Measure:
    """One measure: the question words asking a figure in it, the unit words of a figure in it, and the other
    measures whose figures answer it too. ``field``: the figure counts a field its owner is ranked in."""

    name: str
    asked: re.Pattern
    unit: re.Pattern
    accepts: frozenset[str] = frozenset()
    field: bool = False
    cue: bool = False  # read before the others, in order; of the others, the one whose words end first is asked
    marked: bool = False  # the graph marks each figure in it (a sum of money its currency): no unmarked figure answers


def _p(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


ORGANISATION_UNITS = (r"[家所]|member|enterprise|compan|firm|institution|organi[sz]ation|department|applicant|unit"
                      r"|school|college|universit|bod(?:y|ies)")
# The measures, in the order a question is read against them: the field before the rank and the organisations it
# counts, money and positions before persons ("多少个实习岗位" counts no one), classes before persons ("几个班").
MEASURES: tuple[Measure, ...] = (
    # (the field said as a pool too: "how large was the pool", "out of how big a pool", "参评的一共多少家")
    Measure("field", _p(r"\b(?:out\s+of|among|from)\s+how\s+many\b|\bhow\s+(?:big|large)\s+(?:(?:was|is)\s+the|an?)\s+(?:field|pool)\b"
                        r"|参评\S{0,6}?(?:多少|几)\s*[家个所]"
                        r"|在\s*(?:多少|几)\s*[家个所]\S{0,10}?[中里内]|(?:多少|几)\s*[家个所]\S{0,6}?[中里内]\S{0,4}排"
                        r"|共\s*(?:多少|几)\s*[家个所]\S{0,4}(?:参评|申报|获批)"),
            _p(ORGANISATION_UNITS), field=True, cue=True),
    # (person-times named is the unit asked, even after "how much": "how much training, in person-times")
    Measure("person-times", _p(r"人次|\bperson[- ]times?\b"), _p(r"人次|person[- ]time"), cue=True),
    # (a share of a whole: no figure of the graph's is one; "几成" is tenths, not a count)
    # ("占比最大的一类", "比例最高": the parts ranked by share, the largest count the largest share)
    Measure("share", _p(r"几成|百分之几|多大比例|(?:比例|占比)(?!\s*(?:最|更|较))|\b(?:what|which)\s+(?:share|proportion|percentage|fraction)\b"
                        r"|\bwhat\s+per\s?cent\b"), _p(r"%|percent"), cue=True),
    Measure("money", _p(rf"{_AMOUNT}|{AMOUNT_ASKED.pattern}|{MONEY_UNIT_ASKED.pattern}|\byuan\b"), _p(MONEY_MARK), cue=True,
            marked=True),
    Measure("positions", _p(r"岗位|实习岗|实习位|\b(?:placements?|slots?|positions?|openings?|vacanc(?:y|ies))\b"
                            r"|\b(?:internship|training|job|work|apprenticeship)\s+(?:places?|spots?)\b"),
            _p(r"岗位|position|placement|slot|opening")),
    # (名额: places for people, the people admitted or the positions offered; "实习岗位" is no intake of students)
    Measure("places", _p(r"名额"), _p(r"名额"), accepts=frozenset({"persons", "positions"})),
    Measure("classes", _p(rf"{_HOW_MANY}个?\s*\S{{0,2}}班(?!子)|班级|\bclass(?:es)?\b(?!\s+of\b)"), _p(r"班|\bclass")),
    # (people named by where they are, "多少在园幼儿", "几个在校生", are people too)
    Measure("persons", _p(rf"{_HOW_MANY}[个名位]?\s*(?:在[园校读职岗])?(?:人(?![次才])|学生|学员|员工|职工|工人|毕业生|工程师|老师|教师|新生|孩子|娃|小孩"
                          r"|幼儿|儿童|小朋友|(?<=在[校读])生)"
                          rf"|(?<!哪){_HOW_MANY}[名位](?![额置次])"  # 名 and 位 count people whatever the noun ("多少名匠苗")
                          rf"|招\S?多少|{_EN_HOW_MANY}(?:people|persons|students|pupils|trainees|graduates"
                          r"|apprentices|employees|staff|workers|engineers|teachers|learners|interns|kids|children)\b"
                          r"|\bintake\b|\bheadcount\b"),  # the words the count asks by, not of the scene ("招生宣传")
            _p(r"^人$|^人\s|people|person(?!-time)|student|trainee|engineer|graduate|apprentice"),
            accepts=frozenset({"person-times"})),
    Measure("projects", _p(rf"{_HOW_MANY}[个项]?\s*(?:(?!人(?!才))[^\s家所名位]){{0,8}}?项目|{_EN_HOW_MANY}(?:projects|deals|agreements|contracts"
                           r"|signings)\b"),
            _p(r"项目|project|deal|agreement")),
    Measure("organisations", _p(rf"{_HOW_MANY}[家所]|{_EN_HOW_MANY}(?:companies|enterprises|firms|schools|colleges"
                                r"|universities|members|organi[sz]ations|institutions|departments|bodies|units)\b"),
            _p(ORGANISATION_UNITS)),
)
BY_NAME = {m.name: m for m in MEASURES}
# A count asked with the measure word of items or copies and no noun after it ("以大连大学名义参加的签约，一共几项", "签了
# 几份"): things, never organisations (家, 所) nor people (名, 位).
ITEMS_COUNTED = _p(rf"{_HOW_MANY}[项份](?=\s*(?:[^\w\s]|$|啊|呀|呢|吧|来着|了))")


def counts_items(question: str) -> bool:
    """Whether the normalised question counts with the measure word of items or copies, closing its noun phrase."""
    return ITEMS_COUNTED.search(question) is not None
# A count per period ("一年招多少人", "how many a year"): a figure's, never a count of the entities the graph holds.
PER_PERIOD = _p(r"一年|每年|每一年|年均|\b(?:per|a|each|every)\s+year\b|\byearly\b|\bannual(?:ly)?\b")


# A figure asked per one of what a figure counts ("每人次收费多少钱", "每个班多少人", "how many students will each of the
# classes hold"): that unit is no measure asked, and no figure the graph holds is per one of them (search.qa_figure_plan).
PER_UNIT = _p(r"(?:平均)?每(?:一)?[个位名]?\s*(?:人次|人|班|岗位?|学生|学员)|\b(?:each|every|per)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:person[- ]times?|persons?|class(?:es)?|students?|trainees?|positions?|places?|head)\b")


# A figure the question states ("the 120-million-yuan base", "培训2.6万人次的基地") describes what it asks about:
# its unit is not the measure asked.
_STATED = _p(r"\d[\d.,]*\s*-?\s*(?:(?:hundred|thousand|million|billion|[万亿千百])\s*-?\s*)?余?\s*(?:yuan|元|person[- ]times?|人次)")


# A clause asking a figure: a how-word, or a what-word asking a number ("what count of", "what sum").
ASKING_CLAUSE = _p(rf"{HOW_MANY.pattern}|多大|\bwhat\s+(?:number|count|sum|total|amount|size)\b")


def measure_asked(question: str) -> str | None:
    """The measure of MEASURES the normalised question asks a figure in, or None: the measure the words from the first
    clause asking a figure (ASKING_CLAUSE) on name, else the whole question's — words describing what is asked about
    in a clause before it name no measure ("机床厂和职院一起投钱弄的基地，放出来的实习位子有多少" asks positions, not
    money); a figure the question states, and the unit a figure is asked per ("每人次收费多少", PER_UNIT), are no
    measure asked."""
    question = PER_UNIT.sub(" ", _STATED.sub(" ", question))
    asking = asking_clauses(question)
    # (an asking clause counting by a measure word asks no sum, whatever words of money describe what it counts:
    # "一起投钱建的基地，研究成果出了多少项")
    counted = any(COUNTED_BY_WORD.search(c) for c in asking)
    asked = question[question.index(asking[0]):] if asking else ""  # the first asking clause and what qualifies it after
    return _measure_named(asked) or _measure_named(question, skip={"money"} if counted else set())


def asking_clauses(question: str) -> list[str]:
    """The clauses of the normalised question asking a figure (ASKING_CLAUSE), in order."""
    return [c for c in re.split(rf"[{CLAUSE_MARKS}]|{DASH}", question) if ASKING_CLAUSE.search(c)]


def _measure_named(question: str, skip: Collection[str] = ()) -> str | None:
    """The first cue measure ``question`` uses words of, else the measure whose words end first ("how many
    companies sign projects" counts companies), or None; never one of ``skip``."""
    named = [m for m in MEASURES if m.name not in skip]
    cued = next((m.name for m in named if m.cue and m.asked.search(question)), None)
    ends = [(found.end(), i) for i, m in enumerate(MEASURES) if m in named and not m.cue and (found := m.asked.search(question))]
    return cued or (MEASURES[min(ends)[1]].name if ends else None)


def singles_out(asked: str | None) -> bool:
    """Whether a measure asked names its figure by itself (the field a rank was given in), whatever else is asked."""
    return asked is not None and BY_NAME[asked].field


def field_only(u: Understanding) -> bool:
    """Whether the question asks the field of a ranking and not the rank: it asks no rank, or states the rank it asks
    the field of ("came fifth — out of how many"); "what ranking, and out of how many" asks both (the rank, told with
    its field)."""
    return singles_out(measure_asked(u.question)) and (not asks_rank(u) or bool(ordinals_in(u.blanked)))


def unit_text(zh: dict, en: dict) -> str:
    """A figure's unit words as measures read them: its Chinese unit unless a bare measure word, its English unit,
    and the marks of a sum of money and of a rank; its Chinese label when it has no English unit."""
    unit_zh = str(zh.get("unit") or "")
    words = [unit_zh if unit_zh not in BARE_MEASURE_WORDS else "", str(en.get("unit") or "")]
    words += [MONEY_MARK] if zh.get("currency") else []
    words += [RANK_MARK] if str(zh.get("written") or "").startswith("第") else []
    return " ".join(w for w in words if w).strip()


class FigureMeasures:
    """Each figure's measure, read off its unit words (the first of MEASURES but the field; a rank when written as
    an ordinal; None when the table names none), and the figures a question's measure admits."""

    def __init__(self, figures_zh: dict[str, dict], figures_en: dict[str, dict], owners: dict[str, tuple[str, str]]):
        self.owners = {q: owner for q, (owner, _) in owners.items()}
        self.measures = {q: _measure(unit_text(row, figures_en.get(q, {}))) for q, row in figures_zh.items()}

    def among(self, question: str) -> set[str] | None:
        """The figures in the measure the normalised question asks, or None when it asks none."""
        asked = measure_asked(question)
        return self.agreeing(asked, unit_said=bool(MONEY_UNIT_ASKED.search(question))) if asked else None

    def marked_asked(self, question: str, quantity: str) -> bool:
        """Whether the normalised question asks a measure the graph marks its figures in (a sum of money) and
        ``quantity`` is in it: the question asks what the figure measures, whatever words it shares ("砸了几个亿")."""
        asked = measure_asked(question)
        return asked is not None and BY_NAME[asked].marked and self.measures.get(quantity) == asked

    def agreeing(self, asked: str, unit_said: bool = False) -> set[str]:
        """The figures that may answer a question asking ``asked``: those of no known measure too, unless ``unit_said``
        (the question names the unit of a measure the graph marks its figures in: "几个亿"); for the field of a
        ranking, the organisations counted by an owner holding a rank."""
        wanted = BY_NAME[asked]
        if wanted.field:
            ranked = {self.owners[q] for q, m in self.measures.items() if m == "rank" and q in self.owners}
            # (a figure of no owner is beside no rank: None is no owner shared)
            return {q for q, m in self.measures.items() if m == "organisations" and self.owners.get(q) in ranked}
        # (asked by its unit, a measure the graph marks its figures in, money by a currency, admits no figure of no
        # known measure: the 31 research results counted by 个 are no sum, "砸了几个亿"; a word of money elsewhere may
        # describe what is counted, "出了多少研究成果", "for a paper on funding: … how many research results")
        return {q for q, m in self.measures.items()
                if (m is None and not (wanted.marked and unit_said)) or m == asked or m in wanted.accepts}


def _measure(text: str) -> str | None:
    if RANK_MARK in text:
        return "rank"
    return next((m.name for m in MEASURES if not m.field and text and m.unit.search(text)), None)


def names_one_of(text: str, names: tuple[str, ...], others: list[str]) -> bool:
    """Whether ``text`` (normalised) holds a word of one of ``names`` that none of ``others`` holds: it names that
    thing among the others (a plan among its provider's plans: 贯通 names 中高职贯通培养计划, 培养 none of them)."""
    own = {t for n in names for t in tokens(normalize(n))} - {t for n in others for t in tokens(normalize(n))}
    return bool(tokens(text) & own)
