"""A policy document named by what it says rather than by its title, and its title or its issuers asked.

"那份2022年底的职业教育改革意见，发文单位是哪两个", "支持省级政府依托园区打造联合体的那份意见，标题全称是什么，落款是哪两个
办公厅", "the late-2022 paper asking provinces to build consortia around industrial parks: what was it called".

Contract: ``DescribedDocuments.read(u, unknown)`` gives None when the question points at no document by a document
word (意见, 文件, "opinions", "paper") while asking its title or its issuing bodies, or when its words (the asking
words left out) share fewer than ``min_words`` with any issued document's (its title, other names, what it says,
its description, its issuers' names): the other readings answer it. Else a ``DocumentRead``: the document and
whether its issuers are asked; or, when the question contradicts the best document — a year not its own, a
《title》 not its own, a name the graph does not hold (``unknown``: the scope step's name-shaped spans) that is no
word of the document's — a ``DocumentUnfit`` naming the contradiction: nothing is answered, never the document
nearest in words. The question's own other names (an organisation, a cooperation, a person not issuing it) leave
it to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from search.qa_breaks import CLAUSE_MARKS
from search.qa_facts import FactFinder
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION
from search.qa_match import tokens, without_question_words, word_score
from search.qa_plans import CJ, ISSUED_BY, Plan
from search.qa_reported import ISSUE_ASKED, issuers_plan, stating_plan
from search.qa_values import MONTHS
from search.text import normalize
from search.understand import Understanding
from search.understand_words import WH_WORDS

# A word for a document the question points at ("那份意见", "the opinions", "that policy paper").
DOCUMENT_WORD = re.compile(r"意见|文件|政策|文档|\b(?:opinions?|paper|document|policy|guidelines?)\b")
# The title asked: "标题", "全称", "叫什么(名字)", "what is it called", "the exact title".
TITLE_ASKED = re.compile(r"标题|全称|名称|题目|叫(?:什么|啥|甚么)|什么名字|\b(?:title|called|full name)\b")
# The issuing bodies asked besides search.qa_reported.ISSUE_ASKED ("谁发的"): "落款", "发文单位", "哪两个办公厅",
# "which offices issued", "who signed off on it".
ISSUERS_ASKED = re.compile(r"落款|发文(?:单位|机关|部门)?|哪[两几一]?[个家]?(?:办公厅|部门|机关|单位|机构)"
                           r"|\b(?:which|what)\s+(?:\w+\s+){0,2}(?:offices?|bodies|body|departments?|authorit(?:y|ies)"
                           r"|agenc(?:y|ies)|organi[sz]ations?)\b|\bwho\s+(?:\w+\s+)?(?:issued|published|put out|released"
                           r"|signed)\b|\bissuers?\b|\bissuing\b")
# A title quoted in title marks: one of the document's own names, or another document.
QUOTED_TITLE = re.compile(r"《([^》]+)》")
# A clause asking (a which-word, 谁, 几) that asks neither the title nor the issuers asks something else: "and which ministry
# then told the provinces …" is another reading's (search.qa_two_asks).
CLAUSES = re.compile(rf"[{CLAUSE_MARKS}]|\band\b")
ASKING = re.compile(rf"{'|'.join(WH_WORDS)}|谁|啥|几|多少|\b(?:who|whom|when|where|how)\b")
# A year written in the question, four digits or two before 年 ("22年底").
YEAR = re.compile(r"(?<!\d)(?:(?P<full>(?:19|20)\d\d)|(?P<short>\d\d)(?=年))(?!\d)")
# The share of a quoted title's or an unheld name's words the document's words must hold for it to be the document's.
OWN_SHARE = 0.5
TEXT_OF = f"SELECT ?text WHERE {{ ?doc <{CJ}text> ?text }}"
ISSUED = f"SELECT DISTINCT ?doc WHERE {{ ?doc <{ISSUED_BY}> ?body }}"


@dataclass(frozen=True)
class DocumentRead:
    """The document a question describes, and whether its issuers are asked (else its title)."""

    document: str
    issuers_asked: bool

    def plan(self) -> Plan:
        """The plan answering it: the issuers, the title stated; else the document."""
        return (issuers_plan if self.issuers_asked else stating_plan)(self.document)


@dataclass(frozen=True)
class DocumentUnfit:
    """What in a question describing a document contradicts the one its words fit best."""

    phrase: str


class DescribedDocuments:
    """The issued documents of one graph's facts, read off a question describing one (see the module's contract)."""

    def __init__(self, facts: FactFinder, min_words: float):
        self.facts, self.min_words = facts, min_words

    @cached_property
    def documents(self) -> dict[str, set[str]]:
        """Each issued document → its words: those it is dated and matched by, and what it says."""
        issued = {r["doc"] for r in self.facts.kg.select(ISSUED)}
        return {d: set(self.facts.dated_words.get(d, ())) | {t for r in self.facts.kg.select(TEXT_OF, doc=d)
                                                              for t in tokens(normalize(r["text"]))} for d in issued}

    def read(self, u: Understanding, unknown: Sequence[str]) -> DocumentRead | DocumentUnfit | None:
        """The document ``u`` describes, what contradicts it, or None (the module's contract)."""
        issuers_asked = bool(ISSUERS_ASKED.search(u.question) or ISSUE_ASKED.search(u.question))
        best = self.best(u) if (issuers_asked or TITLE_ASKED.search(u.question)) and not _asks_else(u.question) else None
        if best is None or best[1] < self.min_words or not self._alone(u, best[0]):
            return None
        unfit = self._contradiction(u.question, best[0], unknown)
        return DocumentUnfit(unfit) if unfit else DocumentRead(best[0], issuers_asked)

    def best(self, u: Understanding) -> tuple[str, float] | None:
        """The issued document sharing most words with the question pointing at a document by a document word, its
        asking words left out, and how many it shares; None without a document word or an issued document."""
        if not self.documents or not (DOCUMENT_WORD.search(u.question) or QUOTED_TITLE.search(u.question)):
            return None
        described = tokens(without_question_words(ISSUERS_ASKED.sub(" ", TITLE_ASKED.sub(" ", u.question))))
        return max(((d, word_score(described, words)) for d, words in self.documents.items()), key=lambda item: (item[1], item[0]))

    def _alone(self, u: Understanding, document: str) -> bool:
        """Whether the question names nothing besides ``document``'s issuers and industries: an organisation, a
        cooperation or anything else it names is what it asks about."""
        issuers = self.facts.dated_links.get(document, set())
        return all(m.doc.iri in issuers or (m.doc.types & {INDUSTRY} and not m.doc.types & {ORGANIZATION, COOPERATION})
                   for m in u.mentions)

    def _contradiction(self, question: str, document: str, unknown: Sequence[str]) -> str | None:
        """The year, quoted title or unheld name of ``question`` that is not ``document``'s, if any."""
        dated = self.facts.date_text(document, "en")
        for m in YEAR.finditer(question):
            year = m["full"] or f"20{m['short']}"
            if not dated.startswith(year):
                return m.group()
        words = self.documents[document]
        for span in [*QUOTED_TITLE.findall(question), *(n for n in unknown if not _month(n))]:
            own = tokens(normalize(span))
            if own and len(own & words) < OWN_SHARE * len(own):
                return span
        return None


def _asks_else(question: str) -> bool:
    """Whether a clause of ``question`` asks something besides the title or the issuers."""
    return any(ASKING.search(clause) and not (TITLE_ASKED.search(clause) or ISSUERS_ASKED.search(clause) or ISSUE_ASKED.search(clause))
               for clause in CLAUSES.split(question))


def _month(span: str) -> bool:
    """Whether ``span`` is a month's name or its short form ("Dec"): a date, no name."""
    word = span.lower().rstrip(".")
    return len(word) >= 3 and any(month.startswith(word) for month in MONTHS)
