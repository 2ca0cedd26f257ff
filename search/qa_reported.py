"""The plans of what a source reports: the document a question asks for by what it says, the key
industries, the publisher, a document's issuers, the article's authors, the speaker of a quotation,
and the organisations acting in an event.

Contract: ``reported(u, facts, said)`` returns the plan of one of those answers, or None when the
question asks for none of them (the plan stage, search/qa_compose.py, then plans the other kinds).
Like the other planners it runs only the small look-up queries that choose a plan.
"""

from __future__ import annotations

import re

from search.qa_facts import FactFinder
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON
from search.qa_match import QUANTITY_MIN, QUANTITY_STRONG, uses_any
from search.qa_plans import (AgentsPlan, AuthorsPlan, BylinePlan, DocumentsPlan, IssuersPlan, KeyIndustriesPlan, Plan, PublishersPlan,
                             QuotedPlan, SpeakersPlan, StatingPlan, values_of)
from search.qa_quoted_people import miscounted
from search.text import normalize
from search.understand import Understanding

# "那篇报道还引用了谁的话", "who is quoted in the story": a who-question whose only other words name the source or
# the quoting asks for every speaker it quotes (any other word describes the quotation: the best one's speakers).
QUOTING_WORDS = re.compile(r"文章|报道|稿子|稿件|这篇|那篇|原文|文中|引用|引述|援引|采访|受访|接受|的?话|\b(?:the|article|report|story|"
                           r"piece|quoted|quotes|interviewed|interview)\b")
# How to call the answers when the question's own class word does not name them.
AUTHORS, SPEAKERS = ("作者", "authors"), ("说这话的人", "speaker")
PUBLISHERS, KEY_INDUSTRIES = ("发布媒体", "outlet"), ("重点产业", "key industries")
# "文章的作者是谁", "who wrote the article": the bylined authors. "谁说…", "who said …": whoever
# said the quotation sharing most words with the question.
AUTHOR_WORDS = ("作者", "撰写", "写的", "署名", "wrote", "written", "writer", "writers", "author", "authors", "byline", "bylined")
# "全称写的啥", "上面写的是什么": what a text says, asked by 写的 — no author asked (unless another author word is used).
WRITTEN_WHAT = re.compile(r"写的(?:是|啥|什么|为|叫)")
# "the reporters' names", "署名的记者": the authors asked by their names beside the outlet (a reporter of the outlet's own
# staff is no post asked: PUBLISHER_WORDS stand beside).
BYLINE_NAMES = re.compile(r"署名|\breporters?['’]?s?['’]?\s+names?\b|\bnames\s+of\s+the\s+reporters\b")
# "报道的记者有哪几位", "the reporters behind this article": a reporter of the article is one of its authors
# (a reporter of an organisation, "大连新闻传媒集团的记者", is a post's holder).
# Read off the blanked question: what was reported may stand between ("报道推进会的记者有几位"), an
# organisation's name never counts (大连新闻传媒集团的记者).
ARTICLE_REPORTERS = re.compile(r"(?:报道|文章|新闻|稿件|这篇)[^,，;；?？]{0,20}?的?记者|记者.{0,4}(?:报道|写)"
                               r"|\b(?:reporters?|journalists?)\b.{0,30}\b(?:article|report|story|piece)\b")
# "哪家媒体发的", "which newspaper published it": the article's publisher.
PUBLISHER_WORDS = ("媒体", "报纸", "报社", "刊发", "刊登", "稿件来源", "来源", "出处", "哪家报", "outlet", "newspaper",
                   "publisher", "published by", "source", "media")
# "which paper carried the article", "in which paper did the report appear": a paper asked by a verb of carrying an
# article is its publisher ("what was that paper called" asks for a document).
PAPER_CARRIED = re.compile(r"\b(?:which|what)\s+(?:news)?paper\b(?=.{0,60}?\b(?:carr(?:y|ies|ied)|ran|runs?|print(?:s|ed)?"
                           r"|appear(?:s|ed)?|publish(?:es|ed)?|feature[sd]?)\b)"
                           r"|\b(?:appear(?:s|ed)?|printed|published|ran|run)\s+in\s+(?:which|what)\s+(?:news)?paper\b"
                           r"|\bthe\s+(?:news)?paper\s+that\s+(?:carried|ran|printed|published|ran)\b")
# "联合体的重点产业", "the consortium's key industries": what the consortium names as key, not every industry.
KEY_WORDS = ("重点产业", "重点行业", "主要产业", "主导产业", "key industries", "key industry", "main industries",
             "focus industries", "priority industries")
# "联合体重点瞄准的是哪几个产业", "which industries does it focus on": the key word apart from the industry word.
KEY_APART = re.compile(r"(?:重点|主要|主导|聚焦).{0,8}(?:产业|行业)|\b(?:key|focus|focuses|focused|priority|main)\b.{0,30}"
                       r"\bindustr(?:y|ies)\b|\bindustr(?:y|ies)\b.{0,30}\b(?:focus|focuses|focused|prioriti[sz]e)")
# "意见是哪些部门印发的", "who issued the Opinions": the issuers of the document best matched.
ISSUE_WORDS = ("印发", "发布", "出台", "颁布", "下发", "issued", "issue", "issues", "published jointly", "published", "publish",
               "publishes", "put out", "released", "release")
# "《意见》是哪个部门发的", "谁发的": a document's issuer asked by 发 after the agent asked (研发的, 开发的 are no issuing).
# ("由哪两个办公厅一起发的": the agent asked may be any body, and an adverb of doing together stand before 发)
ISSUE_ASKED = re.compile(r"(?:谁|部门|单位|机构|办公厅|哪家|哪个|哪[两几]个)\s*(?:联合|一起|共同|一块儿?|合)?\s*发(?:的|出|了)")
ISSUERS = ("印发部门", "issuers")
# "哪份文件提出…", "what document did … issue": a document is asked for, the one whose words fit best.
ASKS_DOCUMENT = re.compile(r"哪[一]?[份个部项篇]?(?:文件|文档|政策)|什么(?:文件|文档|政策)"
                           r"|\b(?:which|what)\s+(?:\w+\s+)?(?:document|policy|paper|guideline)s?\b")
DOCUMENTS = ("文件", "document")
# "金普新区(的相关)领导", "jinpu officials": a speaker asked for by the place of their post.
SPEAKER_PLACED = re.compile(r"(?:的)?(?:哪[位个])?(?:相关)?(?:领导|负责人|官员|干部)|(?:\s+[a-z]+)?\s+(?:officials?|leaders?|leadership)\b")
# A plan's query that has no rows: the speaker the question describes is no one the graph quotes.
EMPTY = "SELECT ?answer ?quote WHERE { FILTER(false) }"
# "哪个部门", "which body": an organisation asked for by a word no class is labelled with.
AGENT_ASKED = re.compile(r"哪[个家]?(?:部门|机构|机关|单位)|\b(?:which|what) (?:body|department|ministry|agency|authority)\b")


def _stating(u: Understanding, facts: FactFinder) -> Plan | None:
    """The document a question asks for by what it says, who issued it or when; None when none fits."""
    best = facts.best_dated(u, facts.document_iris) if facts.document_iris else None
    if best is None or not best[0] or best[1] < QUANTITY_MIN:
        return None
    return stating_plan(best[0])


def stating_plan(document: str) -> StatingPlan:
    """The plan answering with ``document`` itself, stated by its title."""
    return StatingPlan(f"SELECT ?answer WHERE {{\n{values_of('answer', [document])}}}", noun=DOCUMENTS)


def issuers_plan(document: str) -> IssuersPlan:
    """The plan answering with the bodies that issued ``document``, its title stated."""
    return IssuersPlan(f"SELECT ?answer ?doc WHERE {{\n{values_of('doc', [document])}?doc cj:issuedBy ?answer .\n}}",
                       via="doc", noun=ISSUERS)


def reported(u: Understanding, facts: FactFinder, said: bool) -> Plan | None:
    """Who wrote the article, or who said what the question quotes; None for other questions.
    ``said``: the question asks about what was said (the form's "said" operator)."""
    if ASKS_DOCUMENT.search(u.question) and not PAPER_CARRIED.search(u.question) and (stating := _stating(u, facts)):
        return stating
    if uses_any(u, KEY_WORDS) or KEY_APART.search(u.question):
        return KeyIndustriesPlan("SELECT ?answer ?owner WHERE {\n?owner cj:keyIndustry ?answer .\n}",
                    via="owner", noun=KEY_INDUSTRIES)
    # "the reporter from Dalian News Media Group" asks for a post's holder, not for a publisher
    # (the article's own reporters, "文章署名的记者", are no post's holders)
    reporters = bool(ARTICLE_REPORTERS.search(u.blanked) or BYLINE_NAMES.search(u.question))
    if (uses_any(u, PUBLISHER_WORDS) or PAPER_CARRIED.search(u.question)) and not said and (reporters or not facts.matching_positions(u)):
        if reporters or _authors_asked(u):
            return _byline(u, facts)  # "byline names and the newspaper": both asked
        return PublishersPlan("SELECT ?answer ?doc WHERE {\n?doc a cj:NewsArticle ; dcterms:publisher ?answer .\n}",
                    via="doc", noun=PUBLISHERS)
    issued = uses_any(u, ISSUE_WORDS) or ISSUE_ASKED.search(u.question)
    if issued and (document := facts.best_dated(u)) and document[1] >= QUANTITY_MIN:
        if facts.kg.select((by_issuers := issuers_plan(document[0])).sparql):
            return by_issuers
        # "who published the article": an article's issuer is its publisher
        sparql = f"SELECT ?answer ?doc WHERE {{\n{values_of('doc', [document[0]])}?doc a cj:NewsArticle ; dcterms:publisher ?answer .\n}}"
        if facts.kg.select(sparql):
            return PublishersPlan(sparql, via="doc", noun=PUBLISHERS)
    if _authors_asked(u) or ARTICLE_REPORTERS.search(u.blanked):
        return _authors(u, facts)
    asks_person = u.intent == "who" or PERSON in u.answer_classes
    if asks_person and said and not u.mentions and not QUOTING_WORDS.sub("", u.topic).strip():
        if miscounted(u.question, u.lang, len(facts.speakers())):
            return SpeakersPlan(EMPTY, via="quote", noun=SPEAKERS)  # "引用了哪三个人的话" of two quoted
        return QuotedPlan("SELECT ?answer ?quote WHERE {\n?quote cj:spokenBy ?answer .\n}", via="quote", noun=SPEAKERS)
    quotation = facts.best_quotation(u) if u.intent == "who" and said else None
    if quotation is None or quotation[1] < QUANTITY_MIN:
        return _agents(u, facts)
    if not _speakers_fit(u, facts, quotation[0]):
        return SpeakersPlan(EMPTY, via="quote", noun=SPEAKERS)  # the speaker described is not the quotation's
    sparql = f"SELECT ?answer ?quote WHERE {{\n{values_of('quote', [quotation[0]])}?quote cj:spokenBy ?answer .\n}}"
    return SpeakersPlan(sparql, via="quote", subject=quotation[0], noun=SPEAKERS)


def _speakers_fit(u: Understanding, facts: FactFinder, quotation: str) -> bool:
    """Whether the speakers of ``quotation`` hold a post where the question places the speaker it asks for
    ("推进会上讲话的金普新区领导", "which jinpu official spoke"): at an organisation whose name holds the place's."""
    placed = [name for name in facts.place_named if len(name) >= 2 and re.search(
        rf"{re.escape(name)}\s*{SPEAKER_PLACED.pattern}", u.question)]
    if not placed:
        return True
    speakers = facts.quote_speakers.get(quotation, set())
    held = [normalize(facts.label(org, lang)) for person, _, org, _ in facts.positions if person in speakers
            for lang in ("zh", "en")]
    return any(name in org for name in placed for org in held)


def _agents(u: Understanding, facts: FactFinder) -> Plan | None:
    """"哪个部门要求各省启动…", "which body asked the provinces to …": the organisations acting in the
    event the question's words describe best. Only for a question asking for an agent (who, an
    organisation of any kind, a body) that names no organisation or cooperation itself: those ask
    for partners; and a narrower class ("which universities signed …") asks for its own members."""
    asks_agent = u.intent == "who" or u.answer_classes == {ORGANIZATION} or AGENT_ASKED.search(u.question)
    if not asks_agent or any(m.doc.types & {ORGANIZATION, COOPERATION} for m in u.mentions):
        return None
    event = facts.best_dated(u, facts.acted) if facts.acted else None
    # as many words shared with the event as a strongly matched figure: "who" questions usually ask for partners
    # or people and share a place name or a title with some event ("Who governs Jinpu New Area?" shares 4 with the signing)
    if event is None or event[1] < QUANTITY_STRONG:
        return None
    sparql = f"SELECT ?answer ?event WHERE {{\n{values_of('event', [event[0]])}?event prov:wasAssociatedWith ?answer .\n}}"
    return AgentsPlan(sparql, via="event")


def _byline(u: Understanding, facts: FactFinder) -> Plan:
    """The authors and the outlet of the one document the question names (or the one written); the documents to choose
    from when several are written and none is named."""
    named = facts.documents_named(u, list(facts.written))
    if len(named) > 1:
        return _authors(u, facts)
    return BylinePlan(f"SELECT ?answer ?doc WHERE {{\n{values_of('doc', named)}{{ ?doc dcterms:creator ?answer }} UNION "
                      "{ ?doc a cj:NewsArticle ; dcterms:publisher ?answer }\n}", via="doc")


def _authors(u: Understanding, facts: FactFinder) -> Plan:
    """The authors of the document the question names; with several documents and none named,
    the documents to choose from (never the authors of several mixed under one title)."""
    named = facts.documents_named(u, list(facts.written))
    if len(named) > 1:
        return DocumentsPlan(f"SELECT ?answer ?doc WHERE {{\n{values_of('answer', named)}BIND(?answer AS ?doc)\n}}",
                             via="doc")
    return AuthorsPlan(f"SELECT ?answer ?doc WHERE {{\n{values_of('doc', named)}?doc dcterms:creator ?answer .\n}}",
                       via="doc", noun=AUTHORS)


def _authors_asked(u: Understanding) -> bool:
    """Whether the question asks for authors by an author word (not by 写的 asking what is written: WRITTEN_WHAT)."""
    if not uses_any(u, AUTHOR_WORDS):
        return False
    return not WRITTEN_WHAT.search(u.question) or uses_any(u, [w for w in AUTHOR_WORDS if w != "写的"])
