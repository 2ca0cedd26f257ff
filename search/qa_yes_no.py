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
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, PROGRAMME
from search.qa_claims import StatedClaims, figure_verdict
from search.qa_coverage import without_hedges
from search.qa_membership import Membership
from search.qa_kind_claim import KindClaims
from search.qa_correction import Corrections
from search.qa_premise import Premises
from search.qa_match import tokens
from search.qa_outcome import (OperatorBase, Outcome, derived, figure_item, participation_item, shared_items,
                               verdict_listing)
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS
from search.qa_cues import IS_A_AFTER, IS_A_BEFORE, IS_A_BETWEEN, NO_ECHOES, YES_NO_EN, YES_NO_ZH
from search.qa_order_cues import PERIOD_END, PERIOD_MONTHS, PERIOD_START
from search.qa_match import uses
from search.qa_form import LogicalForm
from search.qa_values import asking_sentence, claimed_dates, numbers_in, ordinals_in, top_ranks_in, without_dates
from search.text import normalize
from search.understand import Understanding

# The words a Chinese yes/no question asks by, which claim nothing.
CLAIM_FILLERS = ("是不是", "是否", "有没有", "是", "的", "了", "吗", "呢")
# A claim of issuing ("jointly issued by A and B", "a joint release of A and B", "A和B联合印发的吗"): a document's issuers.
ISSUING = re.compile(r"\b(?:issu(?:e|es|ed|ing)|release[ds]?|published|put\s+out)\b|印发|发布|发文|出台|下发|(?:联合|一起|共同|一块)发")
# The documents every named organisation issued (?o bound to each in turn).
ISSUED = "SELECT ?doc WHERE { ?doc cj:issuedBy ?o }"
ISSUED_BY = f"{CJ}issuedBy"
# How well a figure must match a yes/no question's words to be the figure it makes a claim about.
FIGURE_MIN = 2.0
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


def claim_holds(held: int, claimed: set[int], bound) -> bool:
    """Whether a held number bears out the claimed ones: by the question's ``bound`` (the form's: "超过50家"
    holds for 51), else as the exact number."""
    return any(bound(held, n) for n in claimed) if bound else held in claimed


def _other_part(claim: str, held: str) -> bool:
    """Whether the part of a year a claim states ("上半年", "early") misses the one the held date's words
    place it in ("2023年年末": December); False when either states no part."""
    parts = [months for word, months in PERIOD_MONTHS.items() if uses(claim, word)]
    month = 12 if any(w in held for w in PERIOD_END) else 1 if any(w in held for w in PERIOD_START) else None
    return bool(parts) and month is not None and not any(low <= month <= high for low, high in parts)


class YesNo(StatedClaims, Membership, KindClaims, Corrections, OperatorBase):
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
        orgs, coops = self._orgs(u), self._coops(u)
        if u.intent == "when" and (len(orgs) >= 2 or (orgs and coops)) and (undated := self._undated(u)) is not None:
            return undated  # "has a completion date been announced for the centre X builds": a date, no participation
        if (party := self.party_claim(form)) is not None:  # one organisation a party to one cooperation (qa_party_claims)
            return party
        if "venue" in form.operators and len(orgs) == 1 and not coops and (held := self._held_at(u, orgs[0])):
            return held
        if (typed := self._class_claim(u)) is not None:
            return typed
        if len(orgs) == 1 and not coops and u.topic:
            coops = [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())]
        if len(orgs) >= 2 and not coops and (issued := self._co_issued(u, orgs)) is not None:
            return issued
        if len(orgs) >= 2 or (orgs and coops):
            shared = self._of_fields(u, near := self._shared(orgs, coops))
            if near and not shared:
                return self._other_field(u, near)  # a false premise: what they share is of another field (qa_premise)
            if not near and self._stated(u) is None and (corrected := self.corrected(
                    form, orgs, coops, self._no_link(u, [self.facts.label(i, u.lang) for i in orgs + coops]))):
                return corrected  # a false premise: no, with what the graph holds instead (qa_correction)
            answers, evidence = self._entities(shared), shared_items(self.facts, shared)
        elif (dated := self._date_claim(u)) is not None:
            return self._with_figure_claim(dated, form)
        elif (figure := self._figure_claim(form)) is not None:
            return figure
        elif (quote := self._stated(u)) is not None:
            answers, evidence = [], [evidence_item([quote["text"]], [quote])]
        elif (valued := self._value_claim(u)) is not None:
            return valued
        else:
            base = self.plain(replace(u, question=YES_NO_ZH.sub("", u.question)))
            if u.intent == "when" and not base.answers:
                return self._undated(u, base)
            answers, evidence = self._claimed(u, base.answers, base.sparql), base.evidence
            if base.answers and not answers:  # the post is held, by someone the question does not name
                return Outcome([], evidence, self._lang(u, f"否。依据：{base.answers[0]['label']}。",
                                                        f"No. Held by: {base.answers[0]['label_en']}."))
        return self._verdict(form, orgs + coops, answers, evidence)

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

    def _other_field(self, u: Understanding, shared: dict[str, set[str]]) -> Outcome:
        """"东风日产和大工合作的是氢燃料电池项目吗": the named share cooperations, none of the field the claim puts
        them in: no, with what they share."""
        listed = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in shared)
        return Outcome([], shared_items(self.facts, shared), self._lang(
            u, f"否。它们共同参与的是{listed}，不属于所说的领域。", f"No. What they share is {listed}, of another field."))

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

    def _date_claim(self, u: Understanding) -> Outcome | None:
        """"金普新区是2023年获批的吗", "was the Opinions issued in 2021?": the claimed date against the
        date the graph holds for what the question asks about (its when-question, answered plainly);
        None when the question claims no date or the graph dates nothing it names."""
        claimed = claimed_dates(u.question)
        if not claimed:
            return None
        asked = replace(u, intent="when", question=without_dates(u.question), topic=" ".join(without_dates(u.topic).split()))
        held = self.plain(asked)
        dates = claimed_dates(held.answer_text) if held.answers else set()
        # a date held less precisely than the claim ("2023" for "2023年12月") neither bears it out nor refutes it
        if not dates or any(c.startswith(d + "-") for c in claimed for d in dates):
            return None
        verdict = any(d == c or d.startswith(c + "-") for c in claimed for d in dates) and \
            not _other_part(u.question, " ".join([held.answer_text, *(self.facts.date_text(a["id"], "zh") for a in held.answers)]))
        if verdict and (unlinked := Premises(self.facts.kg, self.graph).unlinked(self._orgs(u), [a["id"] for a in held.answers])):
            # a false premise: the date is borne out, but what the claim names beside it has no part in it (qa_premise)
            names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in unlinked)
            return Outcome([], held.evidence, self._lang(u, f"否。{held.answer_text.rstrip('。')}；图谱中{names}与此无关。",
                                                         f"No. {held.answer_text} The graph links {names} to none of it."))
        return Outcome(held.answers if verdict else [], held.evidence,
                       self._lang(u, f"{'是' if verdict else '否'}。{held.answer_text}",
                                  f"{'Yes' if verdict else 'No'}. {held.answer_text}"))

    def _with_figure_claim(self, dated: Outcome, form: LogicalForm) -> Outcome:
        """"did Jinpu come top when it was approved at the end of 2023": a question claiming a date and a
        figure or rank holds only when both do; a date borne out bears out no rank."""
        u = form.understanding
        if not dated.text.startswith(("是", "Yes")):
            return dated
        undated = replace(u, question=without_dates(u.question), blanked=without_dates(u.blanked))
        figure = self._figure_claim(replace(form, understanding=undated))
        if figure is None or not figure.text.startswith(("是", "Yes")):
            return figure or dated
        held = figure.text.split("。" if u.lang == "zh" else ". ", 1)[-1]  # the figure's words after its verdict
        return Outcome(dated.answers, dated.evidence + figure.evidence, f"{dated.text}{'' if u.lang == 'zh' else ' '}{held}")

    def _figure_claim(self, form: LogicalForm) -> Outcome | None:
        """"联合体成员单位有97家吗": the claimed number against the figure the graph holds."""
        u = form.understanding
        if (top := self._top_claim(u)) is not None:
            return top
        # a statement before the asking sentence states what the asker knows: the claim is the asking one's
        ranks = ordinals_in(asking_sentence(u.blanked)) or ordinals_in(u.blanked)
        claimed = (numbers_in(asking_sentence(u.question)) | ordinals_in(asking_sentence(u.blanked))
                   or numbers_in(u.question) | ordinals_in(u.blanked))
        # a rank claimed ("名列榜首", "came top") is checked against a rank, whatever words it shares with others
        best = (ranks and self.facts.best_rank(u)) or (self.facts.best_quantity(u) if claimed else None)
        orgs = self._orgs(u)
        if claimed and orgs and (best is None or self.facts.quantity_owner[best[0]][0] not in orgs):
            return self._count_claim(form, orgs[0], claimed)
        if best is None or best[1] < FIGURE_MIN:
            return None
        q = best[0]
        if (other := self._figure_of_other(form, q)) is not None:
            return other
        return Outcome([], [figure_item(self.facts, q)],
                       figure_verdict(self.facts, u, q, claim_holds(int(self.facts.figures["zh"][q]["value"]), claimed, form.bound)))

    def _top_claim(self, u: Understanding) -> Outcome | None:
        """"金普在那28家里排进前三了吗", "did Jinpu make the top five": a place within the first N (qa_values.WITHIN_TOP; the field, "28",
        is no claim) against the rank the graph holds (held ≤ N); no verdict, said so (settled), when the rank best
        matching is none of what the claim names (a count or another's rank bears out no place). None: no such claim."""
        tops = top_ranks_in(asking_sentence(u.blanked)) or top_ranks_in(u.blanked)
        if not tops:
            return None
        best, orgs = self.facts.best_rank(u), self._orgs(u)
        if best is None or best[1] < FIGURE_MIN or (orgs and self.facts.quantity_owner[best[0]][0] not in orgs):
            names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in orgs) or self._lang(u, "所说对象", "what is named")
            return Outcome([], [], self._lang(u, f"图谱没有记载{names}的排名，无法判断是否。",
                                              f"The graph holds no ranking of {names}, so it cannot say yes or no."), settled=True)
        held = int(self.facts.figures["zh"][best[0]]["value"])
        return Outcome([], [figure_item(self.facts, best[0])],
                       figure_verdict(self.facts, u, best[0], claim_holds(held, tops, lambda rank, n: rank <= n)))

    def _figure_of_other(self, form: LogicalForm, q: str) -> Outcome | None:
        """"数字人才实训中心投资了1.2亿吗": the figure matched is another cooperation's or plan's than the one the claim
        names (the 1.2亿元 is the training base's), so the graph holds no such figure of it: no verdict, the held one cited.
        None when the claim names no cooperation, or the figure is its own or a whole's it counts in (a consortium's)."""
        u, owner = form.understanding, self.facts.quantity_owner[q][0]
        # (named, or linked by the topic: "开源鸿蒙中心")
        coops = self._coops(u) or [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())] \
            or self._of_industries(u)
        kinds = self.graph.classes.get(owner, frozenset())
        if not coops or owner in coops or not (self._is(kinds, COOPERATION) or self._is(kinds, PROGRAMME)):
            return None
        names = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in coops)
        held = f"{self.facts.label(owner, u.lang)}{self._lang(u, '：', ': ')}{self.facts.figure_text(q, u.lang)}"
        return Outcome([], [figure_item(self.facts, q)], self._lang(
            u, f"图谱没有记载{names}的这一数字（图谱记载的是{held}），无法判断是否。",
            f"The graph holds no such figure of {names} (it records {held}), so it cannot say yes or no."), settled=True)

    def _of_industries(self, u: Understanding) -> list[str]:
        """The cooperations of the industries the claim names ("开源鸿蒙中心" read as the OpenHarmony industry and
        中心): a figure of none of them is no figure of what is named."""
        named = [m.doc.iri for m in u.mentions if m.doc.iri in self.graph.of_topic]
        return sorted({c for i in named for c in self.graph.of_topic[i] if COOPERATION in self.graph.classes.get(c, ())})

    def _count_claim(self, form: LogicalForm, org: str, claimed: set[int]) -> Outcome:
        """"大连理工大学参与了6个项目吗": the organisation's cooperations, counted."""
        u = form.understanding
        coops = self.graph.cooperations(org, self._counted(u))
        evidence = [participation_item(self.facts, party, coop) for coop, party in sorted(coops.items())]
        verdict = claim_holds(len(coops), claimed, form.bound)
        text = self._lang(u, f"{'是' if verdict else '否'}。图谱中{self.facts.label(org)}参与{len(coops)}个。",
                          f"{'Yes' if verdict else 'No'}. {self.facts.label(org, 'en')} takes part in {len(coops)}.")
        return Outcome(self._entities(coops) if verdict else [], evidence, text)

    def _stated(self, u: Understanding) -> dict | None:
        """A source span stating the whole claim of a Chinese yes/no question, or None."""
        if u.lang != "zh":
            return None
        return self.facts.stating_quote(zh_claim(u.question))
