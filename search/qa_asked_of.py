"""An answer must be OF what the question asks: a how-many question is answered in the measure it asks and of
the kind it counts, never by a near fact the graph does give.

"How many internship places did X provide" asks positions: a count of X's projects is no answer. "一个班能容纳几个
孩子" asks persons per class: the school running the classes is none. "成员里有多少家医院" counts hospitals: the
total of members (97) counts no hospitals, and no kind of the graph's is one. The graph holding the near fact is
what makes such a question look answerable; the honest answer is empty and names what is not held.

Contract: ``AskedOf(facts, lexicon).unheld(u, answers)`` gives the word naming what the answers are not of — the
measure asked, the noun counted, or other documents than the one read — or None when they are of it (or the
question asks no how-many). A rank answers by its own rules (search.qa_compose) and is not checked here. It reads
the question's measure with search.qa_measures (one table of measures), each figure's measure off its unit, and
the counted noun against the figure's own label and category (search.qa_graph.within over the class words).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import takewhile
from dataclasses import dataclass

from graph.han import HAN
from search.qa_breaks import COLONS, COMMAS, SEMICOLONS
from search.qa_cues import AMOUNT_WORDS, COUNTED_BY_WORD, COUNTED_NOUN, HOW_MANY, PART_WORDS
from search.qa_graph import PERSON, within
from search.qa_measures import MEASURES, measure_asked
from search.qa_member_kinds import MEMBER_COUNT, MEMBER_UNIT_WORDS, MEMBERS_ASKED
from search.qa_sources import DOCUMENT_WORDS
from search.qa_match import han_pairs, latin_word, tokens
from search.text import normalize
from search.qa_fact_queries import APPROVALS
from search.qa_facts import FactFinder
from search.understand import Understanding
from search.understand_lexicon import Lexicon
from search.understand_words import STOP_WORDS
from search.wording import ZH_OTHERS

# Measures no count of the graph's entities is in: positions, person-times, classes and sums of money are
# figures, never a number of organisations, projects or persons the graph holds.
# The nouns naming the parts of a whole ("that bloc", "which group"): the members counted are a part's.
PART_NOUN = re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in PART_WORDS))
# A seat is a member's place in a body ("政府部门占了几个席位", "how many seats do the firms hold"): seats counted are
# members counted.
SEATS = re.compile(r"席位|\bseats?\b")
FIGURE_ONLY = frozenset({"positions", "person-times", "classes", "money"})
# The measures whose entity answers must be of a class: persons are counted by the persons the graph holds.
COUNTED_CLASS = {"persons": PERSON}
# How many is asked (not "which", nor a count of kinds): the words a count asks by.
# Other documents asked than the one the graph reads ("还写过哪些别的报道", "which other articles did she write"):
# answered by documents or by nothing, never by what the one document says.
OTHER_DOCUMENTS = re.compile(rf"(?:{ZH_OTHERS}|另外的|另[一几]?[篇份]|还有哪些)\s*(?:{DOCUMENT_WORDS.pattern})"
                             rf"|\b(?:other|another|further)\s+(?:[a-z]+\s+)?(?:{DOCUMENT_WORDS.pattern}|stor(?:y|ie)|piece)",
                             re.IGNORECASE)
# A stated ranking spoken of, and its first place asked in the asking clause (a clause with a which-word).
# (a place after the first stated by a verb of finishing says a ranking too: "the list Jinpu came fifth on")
RANKING = re.compile(r"排名|名次|评审|评比|榜单|\branking\b|\branked\b|\breview\b|\bplaced\b|\bstandings\b"
                     r"|\b(?:came|finished|ended\s+up|landed)\s+(?:in\s+)?(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh"
                     r"|eighth|ninth|tenth|\d+(?:nd|rd|th))\b")
# "ranking the schools by how often they show up", "按参与项目数排": a ranking the question makes by its own measure
RANKED_BY = re.compile(r"\brank(?:ing|ed)?\b[^,;?]{0,60}?\bby\b|按[^，,；;？?]{1,20}?排")
# ("near the top", "close to the top", "名列前茅" say roughly where, no first place asked)
TOP = re.compile(r"榜首|头名|第一名|第1名|冠军|排第一|排名第一|(?<!near the )(?<!close to the )\btop(?:ped|s)?\b|\bfirst\b|\bnumber one\b")
ASKING_WORD = re.compile(r"哪|谁|什么|\b(?:which|what|who)\b")
CLAUSES = re.compile(rf"[{SEMICOLONS}。{COMMAS}{COLONS}]")
# A Chinese count closing on a predicate, not a noun ("有多少家是成员", "多少所在大连").
PREDICATES = ("是", "为", "在", "有", "属")
# Words joining the kinds of one noun phrase ("city and district government bodies").
JOINING = frozenset({"and", "or"})
# An English plural's ending, read off to find the noun's class words.
_PLURAL = re.compile(r"(?:ies|es|s)$")
# A word's first letters after its stem (search.qa_match.tokens stems it) are what a noun and a label share.
STEM_LETTERS = 5


# The money words naming no kind of sum: a question using only these asks any sum.
ANY_SUM = frozenset({"money", "钱", "金额", "资金"})
# "哪几家", "哪几个": a which-word asking several, no count.
WHICH_OF_SEVERAL = re.compile(r"哪\s*几")


@dataclass(frozen=True)
class AskedOf:
    """Whether an answer is of the measure and the counted noun asked (see the module)."""

    facts: FactFinder
    lexicon: Lexicon

    def unheld(self, u: Understanding, answers: list[dict]) -> str | None:
        """The word naming what ``answers`` are not of, or None (see the module)."""
        if not answers:
            return None
        if OTHER_DOCUMENTS.search(u.question) and not any(a["id"] in self.facts.document_dates for a in answers):
            return "other documents"  # "郑鸿还写过哪些别的报道": its authors are no other article
        if self._rank_unheld(u, answers):
            return "rank"  # "Jinpu placed fifth; which consortium topped the ranking": Jinpu holds no first place
        if not HOW_MANY.search(u.question):
            return None
        asked = measures_asked(u.question)
        measures = self.facts._indexed("unit measure").measures
        if any(measures.get(a["id"]) == "rank" for a in answers):
            return None
        figures = [a["id"] for a in answers if a["id"] in self.facts.figures["zh"]]
        if asked and not figures:
            return self._entities_unfit(asked, answers)
        if asked and any(not self._figure_fits(q, asked) for q in figures):
            return measure_asked(u.question) or asked[0]
        # a figure in the measure asked counts what is asked; one of no measure, or of organisations, by its noun
        noun = _counted_noun(u.question)
        kind_counted = not asked or asked[0] == "organisations"  # (the field of a ranking is its own measure)
        unmeasured = [q for q in figures if measures.get(q) is None or (kind_counted and measures.get(q) == "organisations")]
        words = noun.split()  # (English: each word of the noun phrase, "member companies": companies is the kind)
        accounted = any(self._accounts(w, q) or self._own_category(u.question, w, q) for w in words for q in unmeasured)
        # "which bloc is biggest, and how many members does that bloc have": a part's member count counts its members
        # (its units too: "which slice is thinnest, and how many units are in it")
        accounted = accounted or (bool(PART_NOUN.search(u.question)) and bool(MEMBERS_ASKED.search(noun) or noun in MEMBER_UNIT_WORDS)
                                  and all(self._of_members(q) for q in unmeasured))
        accounted = accounted or (bool(SEATS.search(noun)) and all(self._of_members(q) for q in unmeasured))
        if words and unmeasured and not accounted:
            return noun
        if unmeasured and MEMBERS_ASKED.search(u.question) and not any(self._of_members(q) for q in figures):
            return "members"  # "how big is the membership, how many units": the 28 applicants are no members
        return None

    def counts(self, u: Understanding, figure: str, written: str = "") -> bool:
        """Whether ``figure`` is of what the question's how-many asks (search.qa_figure_reader): a measure is asked, or
        a noun is counted ("学生月薪多少" asks neither) and the figure is of no measure, which the question would have
        asked it in ("how many machine tools" is no sum of money); the noun counted, if any, is the figure's; and
        ``unheld`` finds the figure of it. ``written``: the question as written (a rewrite may have named another sum)."""
        question = WHICH_OF_SEVERAL.sub("哪", u.question)  # "来自哪几家企业" asks which, no how-many
        asked, measures, noun = measure_asked(question), self.facts._indexed("unit measure"), _counted_noun(question)
        if asked is None and (not noun or measures.measures.get(figure) is not None):
            return False
        if measures.measures.get(figure) == "money" and (COUNTED_BY_WORD.search(question) or self._other_sum(f"{question} {normalize(written)}", figure)):
            return False  # "有几家是外商投资的" counts firms: 投资 describes them, no sum is asked
        # (read off a sentence, the figure counts the noun in any measure: "多少名带徒师傅" is no 12 匠苗)
        counted = not noun or any(self._accounts(w, figure) or self._own_category(u.question, w, figure) for w in noun.split())
        return counted and (asked is None or figure in (measures.among(question) or ())) and self.unheld(u, [{"id": figure}]) is None

    def _other_sum(self, question: str, figure: str) -> bool:
        """Whether the question names a sum of money of a kind ("补助", "tuition") that the figure's words do not
        hold (the investment is no stipend); a sum named by no kind ("多少钱", "how much money") is any sum."""
        named = {w for w in AMOUNT_WORDS if w not in ANY_SUM and latin_word(w).search(question)}
        return not all(tokens(w) & self.facts.own_words.get(figure, set()) for w in named)

    def _rank_unheld(self, u: Understanding, answers: list[dict]) -> bool:
        """Whether the asking clause asks who is first in a stated ranking (a ranking word in the question, a top
        word in the clause) and no entity answered holds that rank: the graph states one place, not the first."""
        clause = next((c for c in reversed(CLAUSES.split(u.question)) if ASKING_WORD.search(c)), "")
        if not RANKING.search(u.question) or not TOP.search(clause) or RANKED_BY.search(u.question):
            return False  # (no which-word: a yes/no, "did Jinpu come first", is the verdict's to answer)
        ranks = self.facts.ranks()
        owners = {self.facts.quantity_owner[q][0]: self.facts.figures["zh"][q]["value"] for q in ranks}
        held = {self.facts.figures["zh"][a["id"]]["value"] for a in answers if a["id"] in ranks}
        held |= {owners[str(r["e"])] for a in answers for r in self.facts.kg.select(APPROVALS, x=a["id"]) if str(r["e"]) in owners}
        return 1 not in held and not any(a["id"] in self.facts.figures["zh"] and a["id"] not in ranks for a in answers)

    def _entities_unfit(self, asked: list[str], answers: list[dict]) -> str | None:
        """The measure asked, when the entities answered are counted in none of the measures the question asks
        (a count of projects is no positions; persons are counted by persons; "headcount of signatories — how
        many organisations" asks organisations too)."""
        types: list[frozenset[str]] = [getattr(self.facts.docs.get(a["id"]), "types", frozenset()) for a in answers]
        for name in asked:
            root = COUNTED_CLASS.get(name)
            if name not in FIGURE_ONLY and (not root or all(any(within({c}, root, self._ancestors) for c in t) for t in types)):
                return None
        return asked[0]

    def _figure_fits(self, quantity: str, asked: list[str]) -> bool:
        """Whether the figure is of a measure asked, or of no known measure (search.qa_measures)."""
        measures = self.facts._indexed("unit measure")
        return quantity not in measures.measures or any(quantity in measures.agreeing(a) for a in asked)

    def _accounts(self, noun: str, quantity: str) -> bool:
        """Whether the figure counts ``noun``: its own label holds the noun's words, or the noun's class words
        name the figure's category or a broader class (a narrower kind is a part of it the graph does not give)."""
        labels = [normalize(self.facts.label(quantity, lang)) for lang in ("zh", "en")]
        if (HAN.search(noun) and len(noun) == 1) or any(_names(noun, label) for label in labels):
            return True
        category = self.facts.category.get(quantity, "")
        classes = self.lexicon.class_words.get(noun) or self.lexicon.class_words.get(_PLURAL.sub("", noun)) or set()
        # a narrower kind too: whether a broader category answers it is the member count's to say (qa_member_kinds)
        return bool(category) and any(within({category}, c, self._ancestors) or within({c}, category, self._ancestors)
                                      for c in classes)

    def _of_members(self, quantity: str) -> bool:
        """Whether a figure counts members: a member count, or one its own label says is of members."""
        return self.facts.quantity_owner.get(quantity, ("", ""))[1] == MEMBER_COUNT or \
            any(MEMBERS_ASKED.search(normalize(self.facts.label(quantity, lang))) for lang in ("zh", "en"))

    def _own_category(self, question: str, noun: str, quantity: str) -> bool:
        """Whether the figure is a category's own, asked by the category's name: the question names the figure's
        label ("中高等院校有几家成员", "how many members are industry associations and other social organisations") and
        the noun counted names what the figure's relation counts (成员数量, member count)."""
        relation = self.facts.quantity_owner.get(quantity, ("", ""))[1]
        text = normalize(question)
        for lang in ("zh", "en"):
            label, counts = normalize(self.facts.label(quantity, lang)), normalize(self.facts.label(relation, lang))
            if label and label in text and _names(noun, counts):
                return True
        return False

    @property
    def _ancestors(self) -> Mapping[str, frozenset[str]]:
        return self.facts.catalogue.ancestors


# What the answer is not of, said in the question's language: the measure asked, or the noun counted as written.
MEASURE_NAMES = {"positions": ("岗位数", "positions"), "person-times": ("人次", "person-times"),
                 "classes": ("班级数", "classes"), "money": ("金额", "sums of money"), "persons": ("人数", "people"),
                 "projects": ("项目数", "projects"), "members": ("成员", "members"), "organisations": ("机构数", "organisations"), "field": ("参评总数", "the field"),
                 "other documents": ("其他报道", "other articles"),
                 "rank": ("该名次的持有者", "holders of that place")}


def refusal(word: str, lang: str) -> str:
    """The honest empty answer's sentence: the graph holds no figure of what is asked, only near facts."""
    zh, en = MEASURE_NAMES.get(word, (word, word))
    return (f"图谱中没有所问的{zh}（它给出的相近事实不是所问的），无法回答。" if lang == "zh"
            else f"The graph holds none of the {en} asked (the near facts it gives are not that), so this cannot be answered.")


def measures_asked(question: str) -> list[str]:
    """Every measure of search.qa_measures.MEASURES the normalised question uses words of, the one it asks first."""
    first = measure_asked(question)
    return [first, *(m.name for m in MEASURES if m.name != first and m.asked.search(question))] if first else []


def _counted_noun(question: str) -> str:
    """The noun a how-many closes on ("多少家医院") or asks of ("how many member companies": its words up to the
    first stop word but and/or, at most five), "" when none; not a predicate ("科研机构有多少家是成员": the kind stands before the count)."""
    m = COUNTED_NOUN.search(question)
    if m is None or (m.group(1) or "").startswith(PREDICATES):
        return ""
    if m.group(1):
        return m.group(1).rstrip("了啦")
    after = (w.strip("?,.;:!") for w in question[m.start(2):].split()[:5])
    phrase = takewhile(lambda w: w not in STOP_WORDS or w in JOINING, after)
    return " ".join(w for w in phrase if w not in JOINING)


def _names(noun: str, label: str) -> bool:
    """Whether a noun's words are in a label (Chinese: a two-character piece; English: a word's stem)."""
    if HAN.search(noun):
        return bool(_bigrams(noun) & _bigrams(label))
    return any(w[:STEM_LETTERS] in {t[:STEM_LETTERS] for t in tokens(label)} for w in tokens(noun))


def _bigrams(text: str) -> set[str]:
    return han_pairs(text) or {text}

