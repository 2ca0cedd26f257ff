"""Provenance questions: which document (and which newspaper) states a fact, a document's title
and column, and the authors of a byline who work for a named organisation.

- "“成员单位增至97家”的说法来自哪篇报道", "According to which newspaper were 16 projects signed?",
  "Where does the graph say that Jinpu ranked fifth?": the fact is found by the words the question
  quotes (a span of a source that holds them), else by answering the rest of the question the
  ordinary way and reading the documents of its evidence spans. The answers are those documents
  (their publisher first when a newspaper is asked), each cited by the span stating the fact.
  A fact no span states is answered with nothing, settled: the graph holds no source for it.
- "What is the title of the source article?", "文章刊登在哪个栏目": the document's title (both
  languages) or column (schema:articleSection), cited by the span of the page that shows it.
- "Who is the byline author from Dalian News Media Group?": the document's creators holding a post
  at the organisation named.
"""

from __future__ import annotations

import re

from search.qa_answer import evidence_item
from search.qa_form import LogicalForm
from search.qa_graph import ORGANIZATION
from search.qa_outcome import OperatorBase, Outcome, post_item
from search.qa_match import tokens
from search.qa_plans import CREATOR, PUBLISHER, TITLE
from search.text import normalize
from search.understand import Understanding, understand

SOURCE_ASKED = re.compile(
    # ("来自哪几家企业", "来自哪所学校": which organisations people come from, no source)
    r"(?:来自|出自|出于|源自|来源于|见于|摘自)哪(?!一?位|个人|[几些]|[家所个]?(?:企业|公司|工厂|厂|学校|高校|院校|大学|学院|单位|机构|组织))|哪(?:一)?[篇份家个](?:报道|文章|报纸|媒体|文件|文档|来源|稿件|报刊)(?:说|称|提到|写|报道)|"
    r"(?:根据|依据|据)哪|哪里(?:说|提到|写)|从哪(?:里|儿)?(?:来|看到|得知|知道)|来源是|出处"
    r"|\baccording to (?:which|what)\b|\bwhere does (?:the graph|it|the article) (?:say|state|mention)"
    r"|\bwhich (?:newspaper|report|article|document|source|paper|outlet) (?:says|said|states|stated|mentions)\b"
    r"|\b(?:source|provenance) (?:of|for) (?:the |this |that )?(?:claim|fact|statement|figure|number)\b")
NEWSPAPER_ASKED = re.compile(r"报纸|报社|报刊|媒体|\bnewspaper|\bpaper\b|\boutlet\b|\bpublisher")
SECTION = "https://schema.org/articleSection"
# The parts of a document a question may ask for: (its words, the property, the part's name in zh and en).
DOCUMENT_PARTS = ((re.compile(r"标题|题目|\btitle\b|\bheadline\b"), TITLE, "标题", "title"),
                  (re.compile(r"栏目|版块|频道|\bcolumn\b|\bsection\b"), SECTION, "栏目", "column"))
DOCUMENT_WORDS = re.compile(r"文章|报道|报导|稿件|新闻|来源|原文|\barticle\b|\breport\b|\bsource\b|\bstory\b|\bdocument\b")
AUTHOR_ASKED = re.compile(r"作者|署名|记者|\bauthors?\b|\bbyline\b|\breporters?\b|\bwriters?\b")
# The share of a quoted claim's words a span must hold to state it ("成员单位增至97家" in "成员单位已增至97家").
QUOTE_COVERED = 0.75
# The words a quoted claim is set off by, and what is ignored when it is compared to a span.
QUOTED = re.compile(r"[“\"「『‘']([^”\"」』’']{2,})[”\"」』’']")
UNSPOKEN = re.compile(r"[\s,，、。.;；:：!！?？\"“”'‘’()（）]+")


class Sources(OperatorBase):
    """Provenance, titles, columns and bylines of the graph's source documents."""

    def source_of(self, form: LogicalForm) -> Outcome | None:
        """The documents stating the fact the question describes or quotes (see the module's docstring)."""
        u = form.understanding
        cue = SOURCE_ASKED.search(u.question)
        if cue is None:
            return None
        spans = self._quoted_spans(u) if QUOTED.search(u.question) else self._answered_spans(u, cue)
        if spans is None:
            return None  # nothing but the cue ("这条消息出自哪家报纸"): the publisher plan's
        if not spans:
            return Outcome([], [], self._lang(u, "图谱中没有陈述这一说法的来源。", "No source in the graph states that."),
                           settled=True)
        docs = list(dict.fromkeys(s["document"] for s in spans))
        publishers = [p for d in docs for p in self._objects(d, PUBLISHER)]
        # the document and who published it; the publisher first when a newspaper is asked
        answers = publishers + docs if NEWSPAPER_ASKED.search(u.question) else docs + publishers
        evidence: list[dict] = [evidence_item([self.facts.label(s["document"]), "陈述 states"], [s]) for s in spans[:3]]
        evidence += [evidence_item([self.facts.label(d), "发布 published by", self.facts.label(p)], self.facts.evidence(d, PUBLISHER, p))
                     for d in docs for p in self._objects(d, PUBLISHER)]
        said = spans[0]["text"]
        text = self._lang(u, f"{self._cited(docs, u)}中写道：“{said}”。", f"Stated in {self._cited(docs, u)}: “{said}”.")
        return Outcome(self._entities(dict.fromkeys(answers)), evidence, text)

    def document_part(self, form: LogicalForm) -> Outcome | None:
        """A document's title or column ("What is the title of the source article?", "文章刊登在哪个栏目")."""
        u = form.understanding
        part = next((p for p in DOCUMENT_PARTS if p[0].search(u.question)), None)
        if part is None or not DOCUMENT_WORDS.search(u.question) or u.mentions:
            return None
        docs = self._documents(u)  # after the cheap tests: it scores every dated document (41 ms at 1000x)
        if not docs:
            return None
        _, asked, zh, en = part
        parts = {d: self._values(d, asked) for d in docs}
        named = self._lang(u, "；", "; ").join("、".join(v) if u.lang == "zh" else " / ".join(reversed(v))
                                               for v in parts.values() if v)
        if not named:
            return None
        evidence = [evidence_item([self.facts.label(d), f"{zh} {en}", *parts[d]],
                                  self.facts.evidence(d, asked) or [s for s in (self._shown(d, parts[d]),) if s], "the document's metadata")
                    for d in docs]
        word = self._lang(u, zh, en)
        return Outcome(self._entities(docs), evidence, self._lang(u, f"{word}：{named}。", f"The {word}: {named}."))

    def byline_from(self, form: LogicalForm) -> Outcome | None:
        """"Who is the byline author from Dalian News Media Group?": the creators holding a post at the named organisation."""
        u = form.understanding
        orgs = [m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types]
        if len(orgs) != 1 or not AUTHOR_ASKED.search(u.question) or u.intent not in ("who", "list"):
            return None
        authors = {a: d for d in self._documents(u) for a in self._objects(d, CREATOR)}
        posts = list({person: (person, pos) for person, pos, org, _ in self.facts.positions
                      if org == orgs[0] and person in authors}.values())
        if not posts:
            return None
        evidence = [item for p, pos in posts for item in (
            post_item(self.facts, p, pos),
            evidence_item([self.facts.label(authors[p]), "作者 creator", self.facts.label(p)], self.facts.evidence(authors[p], CREATOR, p)))]
        names = self._lang(u, "、", ", ").join(self.facts.label(p, u.lang) for p, _ in posts)
        org = self.facts.label(orgs[0], u.lang)
        return Outcome(self._entities(dict.fromkeys(p for p, _ in posts)), evidence,
                       self._lang(u, f"署名作者中来自{org}的是：{names}。", f"The byline author from {org}: {names}."))

    # -- helpers -----------------------------------------------------------------------------------
    def _documents(self, u: Understanding) -> list[str]:
        """The source documents the question is about: the one the graph holds, or the best dated one."""
        docs = sorted(self.facts.document_dates)
        if len(docs) <= 1:
            return docs
        best = self.facts.best_dated(u, frozenset(docs))
        return [best[0]] if best else []

    def _quoted_spans(self, u: Understanding) -> list[dict]:
        """The source spans holding the words the question quotes."""
        quoted = [tokens(normalize(q)) for q in QUOTED.findall(u.question)]
        held = list(zip(self.facts.quotes, self.facts.quote_tokens))
        found = [(len(q & words) / len(q), s) for s, words in held for q in quoted if q]
        return [s for share, s in sorted(found, key=lambda f: -f[0]) if share >= QUOTE_COVERED]

    def _answered_spans(self, u: Understanding, cue: re.Match) -> list[dict] | None:
        """The source spans of the evidence of the rest of the question answered the ordinary way;
        None when nothing is left of it but the cue and document words, or the rest finds no answer
        (the question is left to the plans: "这条消息出自哪家报纸" asks for the publisher)."""
        rest = (u.question[:cue.start()] + " " + u.question[cue.end():]).strip()
        rest = re.sub(r"^\s*that\b", " ", NEWSPAPER_ASKED.sub(" ", DOCUMENT_WORDS.sub(" ", rest)))
        if len(UNSPOKEN.sub("", re.sub(r"\b(?:the|a|an|is|was|were|that|which|what|graph|say|says)\b", "", rest))) < 3:
            return None
        reading = understand(" ".join(rest.split()), self.lexicon)
        outcome = self.apply(self.form_of(reading))  # the rest read as a question of its own, operators first
        evidence = outcome.evidence if outcome is not None else self.plain(reading).evidence
        return [e["source"] for e in evidence if e.get("source")] or None

    def apply(self, form: LogicalForm) -> Outcome | None:
        """The operators' answer to a form (given by the class that gathers the operators)."""
        raise NotImplementedError

    def _objects(self, doc: str, prop: str) -> list[str]:
        return [r["o"] for r in self.facts.kg.select(f"SELECT ?o WHERE {{ ?d <{prop}> ?o }} ORDER BY ?o", d=doc)]

    def _values(self, doc: str, prop: str) -> list[str]:
        """The zh and en values of a literal property of a document, zh first."""
        rows = self.facts.kg.select(f"SELECT ?o (LANG(?o) AS ?l) WHERE {{ ?d <{prop}> ?o }}", d=doc)
        return [str(r["o"]) for r in sorted(rows, key=lambda r: r["l"] != "zh")]

    def _shown(self, doc: str, values: list[str]) -> dict | None:
        """A span of the document's own evidence showing one of ``values`` (its page's header)."""
        return next((s for s in self.facts.quotes if s["document"] == doc and any(v in s["text"] for v in values)), None)

    def _cited(self, docs: list[str], u: Understanding) -> str:
        """Each document by its title, publisher and date."""
        parts = []
        for d in docs:
            publisher = "、".join(self.facts.label(p, u.lang) for p in self._objects(d, PUBLISHER))
            date = self.facts.document_dates.get(d, ("", ""))[0]
            title = self.facts.label(d, u.lang)
            parts.append(self._lang(u, f"《{title}》（{publisher}，{date}）", f"“{title}” ({self.facts.label(d)}; {publisher}, {date})"))
        return self._lang(u, "、", "; ").join(parts)
