"""Yes/no questions: "大连理工大学参与了开源鸿蒙项目吗", "was Jinpu ranked fifth?".

A yes/no question is checked against the graph: a shared cooperation of the named organisations,
a claimed figure or count against the one the graph holds, or a claim the article states outright;
otherwise the plain question it rephrases is answered and its answers support a "yes". The answer
text opens with the verdict (是/否, Yes/No), and every evidence item carries its source span.
"""

from __future__ import annotations

import re
from dataclasses import replace

from search.qa_answer import evidence_item
from search.documents import CJ
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, PROJECT, of_kinds, within
from search.qa_claims import StatedClaims
from search.qa_coverage import without_hedges
from search.qa_membership import Membership
from search.qa_number_claims import NumberClaims
from search.qa_org_kind_claim import OrgKindClaims
from search.qa_correction import Corrections
from search.qa_premise import Premises
from search.qa_match import tokens
from search.qa_outcome import OperatorBase, Outcome, derived, shared_items, verdict_listing
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS
from search.qa_verdict_cues import IS_A_AFTER, IS_A_BEFORE, IS_A_BETWEEN, NO_ECHOES, YES_NO_EN, YES_NO_ZH
from search.qa_form import LogicalForm
from search.text import normalize
from search.understand import Understanding

# The words a Chinese yes/no question asks by, which claim nothing.
CLAIM_FILLERS = ("是不是", "是否", "有没有", "是", "的", "了", "吗", "呢")
# A claim of issuing ("jointly issued by A and B", "a joint release of A and B", "A和B联合印发的吗"): a document's issuers.
ISSUING = re.compile(r"\b(?:issu(?:e|es|ed|ing)|release[ds]?|published|put\s+out)\b|印发|发布|发文|出台|下发|(?:联合|一起|共同|一块)发")
# The documents every named organisation issued (?o bound to each in turn).
ISSUED = "SELECT ?doc WHERE { ?doc cj:issuedBy ?o }"
ISSUED_BY = f"{CJ}issuedBy"
# The values an entity holds itself (its level, …), with the name of each property.
OWN_VALUES = """SELECT * WHERE { ?x ?p ?v . FILTER(isLiteral(?v) && STRSTARTS(STR(?p), STR(cj:)))
  ?p rdfs:label ?name }"""


def zh_claim(question: str) -> str:
    """What a Chinese yes/no question claims: the question without its asking words."""
    claim = YES_NO_ZH.sub(" ", question)
    for word in CLAIM_FILLERS:
        claim = claim.replace(word, " ")
    return claim


def echoed_no(question: str, text: str) -> str:
    """A Chinese "否。" verdict with the question's own verb denied after it, as Chinese answers
    ("是…吗" → "否，不是。", "有没有…" → "否，没有。"; NO_ECHOES)."""
    if not text.startswith("否。"):
        return text
    echo = next((said for asked, said in NO_ECHOES if asked.search(question)), None)
    return f"否，{echo}。{text[2:]}" if echo else text


def _asks_verdict(clause: str) -> bool:
    """Whether a clause of a question asks yes or no (either language's cue)."""
    return bool(YES_NO_ZH.search(clause) or YES_NO_EN.search(clause))


class YesNo(StatedClaims, Membership, OrgKindClaims, Corrections, NumberClaims, OperatorBase):
    """The yes/no operator."""

    def _held_at(self, u: Understanding, org: str) -> Outcome | None:
        """"推进会是在X召开的吗", "was the meeting held at X": the venue question answered without X,
        the verdict whether X is the venue; None when the graph gives no venue."""
        asked = replace(u, intent="where", mentions=tuple(m for m in u.mentions if m.doc.iri != org))
        base = self.plain(replace(asked, question=YES_NO_ZH.sub("", u.question)))
        if not base.answers:
            return None
        verdict = org in {a["id"] for a in base.answers}
        return Outcome(base.answers, base.evidence, self._lang(u, "是。" if verdict else "否。", "Yes. " if verdict else "No. ")
                       + base.answer_text)

    def yes_no(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if "yes/no" not in form.operators or "same" in form.operators:
            return None  # (two claimed even: the comparison's verdict, search.qa_operators.compare)
        if u.topic and not without_hedges(u.topic):  # "听说海大也沾了边? …参没参与…": a hedge alone claims nothing
            form = replace(form, understanding=(u := replace(u, topic="")))
        if (member := self.membership(form)) is not None:  # a membership the graph may not record (qa_membership)
            return member
        if (stated := self.stated_claim(form, _asks_verdict)) is not None:  # a batch, a sum, a list (qa_claims)
            return stated
        if (kind := self.kind_claim(form)) is not None:  # one cooperation of a kind, a held fact for each (qa_kind_claim)
            return kind
        if (of_kind := self.org_kind_claim(form)) is not None:  # one organisation in a cooperation of a kind (qa_org_kind_claim)
            return of_kind
        orgs, coops = self._orgs(u), self._coops(u)
        if u.intent == "when" and (len(orgs) >= 2 or (orgs and coops)) and (undated := self._undated(u)) is not None:
            return undated  # "has a completion date been announced for the centre X builds": a date, no participation
        if (party := self.party_claim(form)) is not None:  # one organisation a party to one cooperation (qa_party_claims)
            return party
        if "venue" in form.operators and len(orgs) == 1 and not coops and (held := self._held_at(u, orgs[0])):
            return held
        if (typed := self._class_claim(u)) is not None:
            return typed
        if len(orgs) == 1 and not coops and u.topic and self.graph.cooperations(orgs[0]):
            # (a body party to no cooperation, a ministry, is claimed to have done something else: no topic's cooperation)
            coops = [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())]
        if len(orgs) >= 2 and not coops and (issued := self._co_issued(u, orgs)) is not None:
            return issued
        if len(orgs) >= 2 or (orgs and coops):
            return self._shared_claim(form, orgs, coops)
        if (dated := self._date_claim(u)) is not None:
            return self._with_figure_claim(dated, form)
        if (figure := self._figure_claim(form)) is not None:
            return figure
        if (quote := self._stated(u)) is not None:
            return self._verdict(form, orgs + coops, [], [evidence_item([quote["text"]], [quote])])
        if (valued := self._value_claim(u)) is not None:
            return valued
        return self._rephrased_claim(form, orgs + coops)

    def _shared_claim(self, form: LogicalForm, orgs: list[str], coops: list[str]) -> Outcome:
        """The verdict on organisations named together (two or more, or one with cooperations): yes with the
        cooperations they share of the fields the claim names; no with what they share when it is of another field,
        or with what the graph holds instead when they share nothing (a false premise); else ``_verdict``'s."""
        u = form.understanding
        shared = self._of_fields(u, near := self._shared(orgs, coops))
        if near and not shared:
            return self._other_field(u, near)  # a false premise: what they share is of another field (qa_premise)
        if shared and not (shared := self._of_kind(u, near := shared)):
            return self._other_field(u, near, "类别", "kind")  # "…合作的是研发项目吗": what they share is of another kind
        if not near and self._stated(u) is None and (corrected := self.corrected(
                form, orgs, coops, self._no_link(u, [self.facts.label(i, u.lang) for i in orgs + coops]))):
            return corrected  # a false premise: no, with what the graph holds instead (qa_correction)
        return self._verdict(form, orgs + coops, self._entities(shared), shared_items(self.facts, shared))

    def _rephrased_claim(self, form: LogicalForm, named: list[str]) -> Outcome | None:
        """The verdict by the plain question the claim rephrases (its asking words taken out): its answers, those the
        claim names when it names people or organisations (``_claimed``), bear it out; a when-question answered by no
        date is the honest empty answer (``_undated``); ``named``: the organisations and cooperations named."""
        u = form.understanding
        base = self.plain(replace(u, question=YES_NO_ZH.sub("", u.question)))
        if u.intent == "when" and not base.answers:
            return self._undated(u, base)
        answers = self._claimed(u, base.answers, base.sparql)
        if base.answers and not answers:  # the post is held, by someone the question does not name
            return Outcome([], base.evidence, self._lang(u, f"否。依据：{base.answers[0]['label']}。",
                                                         f"No. Held by: {base.answers[0]['label_en']}."))
        return self._verdict(form, named, answers, base.evidence)

    def _undated(self, u: Understanding, base=None) -> Outcome | None:
        """The honest empty answer of a verdict asking whether a date is held ("has an opening date been announced?
        when?"): none held is no "yes", whatever it cites; None when the plain reading (``base``, read when not given)
        answers a date."""
        base = base or self.plain(replace(u, question=YES_NO_ZH.sub("", u.question)))
        return None if base.answers else Outcome([], base.evidence, base.answer_text, settled=True)

    def _co_issued(self, u: Understanding, orgs: list[str]) -> Outcome | None:
        """"Was the Opinions jointly issued by A and B?": yes, with the documents every named organisation issued, each
        issuing cited; None when no issuing is claimed or they issued nothing together (the shared cooperations decide)."""
        if not ISSUING.search(u.question):
            return None
        docs = set.intersection(*({str(r["doc"]) for r in self.facts.kg.select(ISSUED, o=o)} for o in orgs))
        if not docs:
            return None
        evidence = []
        for doc in sorted(docs):
            for o in orgs:
                source = self.facts.evidence(doc, ISSUED_BY, o)
                evidence.append(evidence_item([self.facts.label(doc), "印发 issued by", self.facts.label(o)], source))
        named = self._lang(u, "、", "; ").join(self.facts.label(d, u.lang) for d in sorted(docs))
        return Outcome(self._entities(sorted(docs)), evidence,
                       self._lang(u, f"是。共同印发：{named}。", f"Yes. Issued by them together: {named}."), settled=True)

    def _verdict(self, form: LogicalForm, named: list[str], answers: list[dict], evidence: list[dict]) -> Outcome:
        """The verdict on what ``yes_no`` found for the claim (``named``: the organisations and cooperations it names):
        yes with the answers or the source's words stating it, else no, or no verdict when the graph cannot hold one."""
        u = form.understanding
        if not answers and not evidence and (quote := self._stated(u)) is not None:
            evidence = [evidence_item([quote["text"]], [quote])]  # a claim the article states outright
        if not answers and evidence:
            return Outcome([], evidence, self._lang(u, f"是。原文：“{evidence[0]['source']['text']}”",
                                                    f"Yes. The source says: “{evidence[0]['source']['text']}”"))
        if answers:
            listed = verdict_listing(answers, u.lang)
            return Outcome(answers, evidence, self._lang(u, f"是。依据：{listed}。", f"Yes. Supported by: {listed}."))
        # (a person's posts are all held, and so are a consortium's own values: "no" stands for them)
        if len(u.mentions) == 1 and u.topic and not form.constraints and self.graph.cooperations_of.get(u.mentions[0].doc.iri):
            return self._unrecorded(u, self.facts.label(u.mentions[0].doc.iri, u.lang))
        denial = self._no_link(u, [self.facts.label(i, u.lang) for i in named])
        # "杨跃权是大连理工大学的校长吗": no, with the posts the one person named holds (qa_correction)
        return self.posts_instead(u, denial) or Outcome(answers, evidence, denial)

    def _of_fields(self, u: Understanding, shared: dict[str, set[str]]) -> dict[str, set[str]]:
        """The shared cooperations of every field (industry) the claim names, all of them when it names none (qa_premise)."""
        fields = [m.doc.iri for m in u.mentions if INDUSTRY in m.doc.types]
        return Premises(self.facts.kg, self.graph).of_fields(shared, fields) if fields else shared

    def _of_kind(self, u: Understanding, shared: dict[str, set[str]]) -> dict[str, set[str]]:
        """The shared cooperations of the kind of cooperation the claim asks ("合作的是研发项目吗": a technological
        innovation project), all of them when it asks none narrower than a cooperation project."""
        kinds, ancestors = u.answer_classes - {COOPERATION, PROJECT}, self.facts.catalogue.ancestors
        if not kinds or not within(kinds, COOPERATION, ancestors):
            return shared
        return {c: v for c, v in shared.items() if of_kinds(self.graph.classes.get(c, ()), kinds, ancestors)}

    def _other_field(self, u: Understanding, shared: dict[str, set[str]], said: str = "领域", said_en: str = "field") -> Outcome:
        """"东风日产和大工合作的是氢燃料电池项目吗": the named share cooperations, none of the field (or kind: ``said``)
        the claim puts them in: no, with what they share."""
        listed = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in shared)
        return Outcome([], shared_items(self.facts, shared), self._lang(
            u, f"否。它们共同参与的是{listed}，不属于所说的{said}。", f"No. What they share is {listed}, of another {said_en}."))

    def _unrecorded(self, u: Understanding, name: str) -> Outcome:
        """"大连交通大学是联合体的理事长单位吗": what is claimed of the one entity named is in words the graph
        links to nothing, so it holds neither the claim nor its contrary: no verdict, said so (settled)."""
        topic = " ".join(dict.fromkeys(u.topic.split()))
        return Outcome([], [], self._lang(u, f"图谱没有记载{name}与“{topic}”有关的信息，无法判断是否。",
                                          f"The graph does not record anything on “{topic}” for {name}, so it cannot say yes or no."),
                       settled=True)

    def _no_link(self, u: Understanding, names: list[str]) -> str:
        """"否。图谱中没有A与B之间的这种联系。", "No. The graph holds no such link between A and B.": the
        verdict with what the graph lacks, the named entities' link, else the question's topic."""
        topic = " ".join(dict.fromkeys(u.topic.split()))
        if len(names) > 1:
            return self._lang(u, f"否。图谱中没有{'与'.join(names)}之间的这种联系。",
                              f"No. The graph holds no such link between {', '.join(names[:-1])} and {names[-1]}.")
        if names:
            return self._lang(u, f"否。图谱中没有{names[0]}的这种联系。", f"No. The graph holds no such link for {names[0]}.")
        return self._lang(u, f"否。图谱中没有关于{topic}的信息。" if topic else "否。图谱中没有这种联系。",
                          f"No. The graph holds nothing on {topic}." if topic else "No. The graph holds no such link.")

    def _value_claim(self, u: Understanding) -> Outcome | None:
        """"is the Jinpu consortium national level": the one entity named holds a value of its own that is
        the claim (its words, with the property's name, are the claim's words, and all of the value's are
        claimed); None otherwise, and the other readings decide."""
        claim = tokens(u.topic)
        # the one entity named, else the one of the kind the question names ("这个联合体是国家级的吗")
        named = [m.doc.iri for m in u.mentions] or sorted(self.graph.of_class(u.answer_classes))
        if len(named) != 1 or not claim:
            return None
        entity = named[0]
        for row in self.facts.kg.select(OWN_VALUES, x=entity):
            value = tokens(normalize(str(row["v"])))
            if value and value <= claim <= value | tokens(normalize(str(row["name"]))):
                source = self.facts.evidence(entity, row["p"])
                path = [self.facts.label(entity, u.lang), str(row["name"]), str(row["v"])]
                return Outcome([], [evidence_item(path, source)],
                               self._lang(u, f"是。{path[0]}的{path[1]}为{path[2]}。", f"Yes. {path[0]}: {path[1]} {path[2]}."))
        return None

    def _class_claim(self, u: Understanding) -> Outcome | None:
        """"大连理工大学是高职院校吗", "is DVTC a university?": the one entity named is said to be of the class
        asked, and its own types decide (never a partner of that class, which bears out nothing). A
        qualifier the class word does not name ("是双高校", "a public university") is a claim the graph
        holds nothing on: no verdict and no answers. None when the question is not of that shape."""
        if len(u.mentions) != 1 or not u.answer_classes:
            return None
        mention, lang = u.mentions[0], u.lang
        at = u.start(mention)
        end = at + len(mention.text)
        word_at = next((s for s, w in class_word_spans(u.blanked, self.lexicon) if s >= end and w == u.answer_word), -1)
        between = IS_A_BETWEEN[lang].match(u.blanked[end:word_at]) if at >= 0 and word_at >= 0 else None
        if between is None or not IS_A_BEFORE[lang].match(u.blanked[:at]) \
                or not IS_A_AFTER.match(u.blanked[word_at + len(u.answer_word):]) or self._relating(between["qualifier"]):
            return None
        name, asked = self.facts.label(mention.doc.iri, lang), between["qualifier"].strip() + (" " if lang == "en" else "") + u.answer_word
        if between["qualifier"].strip():
            return Outcome([], [], self._lang(u, f"图谱没有记载{name}是否为{asked}，无法回答。",
                                              f"The graph does not say whether {name} is a {asked.strip()}, so this cannot be answered."),
                           settled=True)
        kind = self.facts.catalogue.type_label(mention.doc, lang)
        evidence = [derived(self.facts, mention.doc.iri, f"its type in the graph: {kind}")]
        if mention.doc.types & u.answer_classes:
            return Outcome(self._entities([mention.doc.iri]), evidence,
                           self._lang(u, f"是。{name}是{kind}。", f"Yes. {name} is a {kind} ({u.answer_word})."))
        return Outcome([], evidence, self._lang(u, f"否，不是。图谱中{name}是{kind}。", f"No. In the graph {name} is a {kind}."))

    def _relating(self, qualifier: str) -> bool:
        """Whether the words before a class word relate the entity to another thing instead of naming a kind
        ("是数字人才实训中心的参与方", "是签约单位": of a cooperation, a signatory), so no kind is claimed."""
        return "的" in qualifier or any(w in qualifier for w in RELATION_WORDS if len(w) > 1)

    def _claimed(self, u: Understanding, answers: list[dict], query: str) -> list[dict]:
        """"董建军是不是职院的校长": when the question names people and the rephrased question's answers
        are people, only the named ones bear the claim out (another holder of the post is a "no"). "Was the
        article published by X": when it names organisations that the answers (all organisations) are not and
        the rephrasing's ``query`` does not ask about, the answers are another's (the publisher is Y): none
        bears the claim out."""
        named = {m.doc.iri for m in u.mentions if PERSON in m.doc.types}
        people = [a for a in answers if PERSON in self.graph.classes.get(a["id"], ())]
        orgs = self._orgs(u)
        if orgs and answers and all(ORGANIZATION in self.graph.classes.get(a["id"], ()) for a in answers):
            return answers if any(o in query or o in {a["id"] for a in answers} for o in orgs) else []
        if not named or not people:
            return answers
        return [a for a in answers if a["id"] in named or a not in people]

    def _stated(self, u: Understanding) -> dict | None:
        """A source span stating the whole claim of a Chinese yes/no question, or None."""
        if u.lang != "zh":
            return None
        return self.facts.stating_quote(zh_claim(u.question))
