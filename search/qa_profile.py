"""Describing operators: a short profile of one entity ("董建军是谁", "介绍一下国创氢能", "tell me
about X"), a person's organisation, and the kinds of a class ("签约项目分哪几类"). Every line is
cited: profile lines by their source spans, kinds by their derivation."""

from __future__ import annotations

import functools

import re

from search.qa_answer import evidence_item
from search.qa_breaks import CLAUSE_MARKS, SENTENCE_MARKS
from search.qa_match import QUANTITY_STRONG
from search.qa_plans import DATE, SPOKEN_BY, TEMPORAL
from search.qa_kind_list import listed_kinds
from search.qa_kind_total import kind_items
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON
from search.qa_cues import PROFILE_TRIGGERS
from search.qa_form import LogicalForm
from search.qa_profile_asks import ProfileAsks
from search.qa_outcome import OperatorBase, Outcome, participation_item, post_item, post_pairs
from search.documents import CJ
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.wording import EN_PERSON_PRONOUNS, ZH_PERSON_PRONOUNS

# The documents an entity published, issued or wrote, and how a profile words each role.
DOCUMENT_ROLES = """SELECT ?doc ?p WHERE { VALUES ?p { dcterms:publisher cj:issuedBy dcterms:creator } ?doc ?p ?x }"""
ROLE_WORDS = {"http://purl.org/dc/terms/publisher": ("发布", "published"), f"{CJ}issuedBy": ("印发", "issued"),
              "http://purl.org/dc/terms/creator": ("撰写", "wrote")}
# What an entity's profile says it is linked to: who runs or issued it, where it was held or lies.
# The links that name a party behind the entity ("which college runs it"), then the others a profile lists.
PARTY_PREDICATES = ("cj:provider", "cj:issuedBy", "cj:venue", "cj:organizer", "cj:approves")
LINKS = "SELECT ?p ?o WHERE {{ VALUES ?p {{ {} }} ?x ?p ?o }}"
PROFILE_LINKS = LINKS.format(" ".join((*PARTY_PREDICATES, "cj:locatedIn", "cj:keyIndustry")))
PARTY_LINKS = LINKS.format(" ".join(PARTY_PREDICATES))
# Posts asked beside the organisations ("在哪家公司、担任什么职务", "his school and his posts there").
POSTS_ASKED = re.compile(r"职务|职位|岗位|担任|什么职|\b(?:posts?|positions?|roles?|titles?|jobs?)\b")
# The people's names asked beside their organisations ("names and the organisations they represent", "分别是谁、在哪家单位"):
# the people are answers too.
NAMES_ASKED = re.compile(r"名字|姓名|叫(?:什么|啥)|是谁|\bnames?\b")
# A person who leads, heads or runs an organisation holds a post there: no cooperation of theirs ("which institution
# does Yang Yuequan lead", "他执掌哪所学校").
HEADS = re.compile(r"领导|执掌|掌管|主管|\b(?:lead|leads|led|head|heads|headed|run|runs|ran|manage|manages|managed)\b")
# A pronoun pointing back at the person named before it: the clauses before the pronoun's are the asker's lead-in
# ("X is quoted about the order-based training plan. Which college is he at?"; "X讲过订单培养那番话，他在哪个学校").
POINTED_BACK = re.compile(rf"[{ZH_PERSON_PRONOUNS}]|\b(?:{EN_PERSON_PRONOUNS})\b", re.IGNORECASE)
# Where a sentence ends ("Who is X? His name comes up in a piece about …": a question, then a statement).
SENTENCE_END = re.compile(rf"(?<=[{SENTENCE_MARKS}])|(?<=\.)(?=\s)")
CLAUSE_END = re.compile(rf"[{CLAUSE_MARKS}]|\.\s")
LEVEL = "SELECT ?v (LANG(?v) AS ?lang) WHERE { ?x cj:level ?v }"


class Describers(OperatorBase):
    """Profiles, affiliations and kinds."""

    def affiliation(self, form: LogicalForm) -> Outcome | None:
        """"杨跃权是哪个学校的", "董建军和杨跃权分别在哪个单位工作": each person's organisations (of the class asked,
        if any) with the posts held there, each post cited; the posts are answers too when asked (POSTS_ASKED)."""
        u = form.understanding
        people = list(dict.fromkeys(m.doc.iri for m in u.mentions if PERSON in m.doc.types))
        # an industry named beside the person says what kind of organisation is asked for ("which media group")
        others = [m for m in u.mentions if PERSON not in m.doc.types and INDUSTRY not in m.doc.types
                  and u.start(m) >= _lead_in_end(u.question)]
        # "杨跃权是哪个学校的": an organisation asked of a person, by no verb of cooperation (or one of heading it), is theirs
        asks_org = bool(u.answer_classes) and self._is(u.answer_classes, ORGANIZATION) and (not u.relation or bool(HEADS.search(u.question)))
        # a count, or a when ("董建军哪年进的机床公司": the date of a post, which no organisation answers)
        if not people or others or not ("affiliation" in form.operators or asks_org) or u.intent in ("count", "when"):
            return None
        held = {person: self._posts_held(person, u.answer_classes) for person in people}
        if not any(held.values()):  # no post held (there): no employer to give (a person takes part in no cooperation)
            text = self._lang(u, "；", "; ").join(self._works_at(p, post_pairs(self.facts, p), u.lang) for p in people)
            if any(post_pairs(self.facts, p) for p in people):  # "which hospital does X work for": posts elsewhere only
                text += self._lang(u, f"；图谱中没有其任职的{u.answer_word}", f"; the graph holds no {u.answer_word} of theirs")
            return Outcome([], [], text[:1].upper() + text[1:] + self._lang(u, "，无法回答。", ", so this cannot be answered."), settled=True)
        evidence = [item for person in people for item in self._post_items(person, held[person])]
        orgs = list(dict.fromkeys(org for person in people for _, org in held[person]))
        posts = list(dict.fromkeys(pos for person in people for pos, _ in held[person]))
        text = self._lang(u, "；", "; ").join(self._works_at(person, held[person], u.lang) for person in people)
        # posts asked beside the organisations ("what position, at which company"), or "who does X work for": the person first
        asked = people + posts if POSTS_ASKED.search(u.question) else people if u.intent == "who" or NAMES_ASKED.search(u.question) else []
        return Outcome(self._entities(asked[:len(people)] + orgs + asked[len(people):]), evidence, text + self._lang(u, "。", "."))

    def _posts_held(self, person: str, asked: frozenset[str]) -> list[tuple[str, str]]:
        """The person's (post, organisation) pairs, at organisations of the class asked when one is (none there: "which
        hospital does X work for" is no question of X's company; none fired so on ~2,400 dev questions)."""
        posts = post_pairs(self.facts, person)
        return [p for p in posts if self.graph.classes.get(p[1], frozenset()) & asked] if asked else posts

    def _post_items(self, person: str, posts: list[tuple[str, str]]) -> list[dict]:
        return [post_item(self.facts, person, pos, org) for pos, org in posts]

    def _works_at(self, person: str, posts: list[tuple[str, str]], lang: str) -> str:
        """"杨跃权任职于大连职业技术学院（校长、党委书记）", or that the graph holds no post of theirs."""
        f = self.facts
        orgs = list(dict.fromkeys(org for _, org in posts))
        if not posts:
            return f"图谱没有记载{f.label(person)}的任职" if lang == "zh" else f"the graph holds no post of {f.label(person, 'en')}"
        if lang == "zh":
            return f"{f.label(person)}任职于" + "、".join(f.label(o) for o in orgs) + "（" + "、".join(f.label(p) for p, _ in posts) + "）"
        return (f"{f.label(person, 'en')} works at " + ", ".join(f.label(o, 'en') for o in orgs) + " ("
                + ", ".join(f.label(p, 'en') for p, _ in posts) + ")")

    def categories(self, form: LogicalForm) -> Outcome | None:
        """"签约项目分哪几类": the kinds of a class, each with its count; "碧菲那个项目是哪一类", "大连理工大学的
        项目分哪几类": the kinds of the cooperations named (or of the named organisations' own)."""
        u = form.understanding
        if "categories" not in form.operators or "yes/no" in form.operators:
            return None  # "does X fall under the R&D category?": a kind claimed, for a verdict (search.qa_yes_no)
        listed = listed_kinds(u, self.lexicon)  # "实训基地、科技创新、人才培养这三类里": among those kinds
        named = [c for c in self._classes(u) if self._is(c, COOPERATION)] if not listed else []
        own = self._own_cooperations(form, topic=not listed)
        if not named and not own and not listed:
            return None
        # a class word inside what the question names ("the training centre project") is no kind asked for
        kinds = (self._kinds(set(named[0]), own) if named else {}) or (self._kinds({COOPERATION}, own) if own or listed else {})
        kinds = {k: m for k, m in kinds.items() if k in listed} if listed else kinds
        if not kinds:
            return None
        # among the kinds listed, "哪一类多" asks the larger as "哪一类最多" does
        ranked = {"superlative", "largest", "smallest", *(("larger", "smaller") if listed else ())} & form.operators
        pick = max if u.most or {"largest", "larger"} & ranked else min
        if ranked:  # "哪类项目最多", "the biggest category": only the largest (or smallest) kinds
            extreme = pick(len(m) for m in kinds.values())
            kinds = {k: m for k, m in kinds.items() if len(m) == extreme}
        names = self.facts.catalogue.classes
        order = sorted(kinds, key=lambda k: -len(kinds[k]))
        answers, evidence = kind_items(names, kinds, order)
        if len(own) == 1 and not ranked:  # one cooperation's own kind
            coop, kind = next(iter(own)), " / ".join(self._lang(u, names[k].zh or "", names[k].en or "") for k in order)
            return Outcome(answers, evidence, self._lang(u, f"{self.facts.label(coop)}属于{kind}。",
                                                         f"{self.facts.label(coop, 'en')} is of the kind {kind}."))
        words = {k: self._source_word(k, names[k].zh or "") for k in order}
        parts = self._lang(u, "、", ", ").join(
            self._lang(u, f"{names[k].zh}（{len(kinds[k])}个{f'，原文：{words[k]}' if words[k] else ''}）",
                       f"{names[k].en} ({len(kinds[k])}{f'; the source: {words[k]}' if words[k] else ''})") for k in order)
        if ranked:
            most = pick is max
            return Outcome(answers, evidence, self._lang(u, f"{'最多' if most else '最少'}的一类：{parts}。",
                                                         f"The {'largest' if most else 'smallest'} kind: {parts}."))
        return Outcome(answers, evidence, self._lang(u, f"共{len(order)}类：{parts}。", f"{len(order)} kinds: {parts}."))

    def _kinds(self, base: set[str], own: set[str]) -> dict[str, set[str]]:
        """The narrowest classes under ``base`` with instances (of ``own``, when it holds any), each with them."""
        anc = self.facts.catalogue.ancestors
        kinds = {}
        for iri in self.facts.catalogue.classes:
            members = self.graph.instances.get(iri, set())  # looked up: each class's scan was 70 ms at 100x
            members = members & own if own else members
            if iri not in base and anc.get(iri, frozenset()) & base and members:
                kinds[iri] = members
        return {k: m for k, m in kinds.items() if not any(k in anc.get(other, ()) for other in kinds)}

    def _own_cooperations(self, form: LogicalForm, topic: bool = True) -> set[str]:
        """The cooperations the question names or (when ``topic``) its topic links to, and those its organisations
        take part in; empty when it names none."""
        u = form.understanding
        own = set(self._coops(u))
        own |= {c for c, _ in form.constraints if COOPERATION in self.graph.classes.get(c, ())} if u.topic and topic else set()
        for org in self._orgs(u):
            own |= set(self.graph.cooperations(org))
        return own

    # -- profiles ----------------------------------------------------------------------------------
    def profile(self, form: LogicalForm) -> Outcome | None:
        """"董建军是谁", "介绍一下国创氢能", "tell me about X": a short profile, each line cited."""
        u = form.understanding
        docs = list(dict.fromkeys(m.doc.iri for m in u.mentions))
        place = "" if docs else self._placed_one(u)
        if place:
            docs = [place[0]]
        if not place and (document := self._document_asked(form)):
            return self.profile_of(document, u)
        if len(docs) != 1:
            return None
        rest = _asking_part(form.unprofiled.replace(place[1], " ") if place else form.unprofiled)
        if "profile" not in form.operators:
            return None
        # "what is it, and which college runs it": a kind asked beside the profile that its links answer
        if self._profile_asks.beyond(self._own_kind_out(rest, docs[0])) and not self._links_kind(docs[0], u):
            return None
        return self.profile_of(docs[0], u)

    def _links_kind(self, iri: str, u: Understanding) -> bool:
        """Whether the entity is linked by a party behind it (PARTY_LINKS: its provider, issuer …) to one of the
        class asked. Its industries and places are no party: a class word read inside a title (《…产业发展…》的作者)
        must not turn a question for something else into a profile."""
        return bool(u.answer_classes) and any(self.graph.classes.get(row["o"], frozenset()) & u.answer_classes
                                              for row in self.facts.kg.select(PARTY_LINKS, x=iri))

    def _document_asked(self, form: LogicalForm) -> str | None:
        """"介绍一下关于深化…的意见", "an overview of the Opinions on …": a profile request naming no
        entity but industries, whose words cover a document's title and text strongly: that document."""
        u = form.understanding
        if u.intent != "list" or any(INDUSTRY not in m.doc.types for m in u.mentions) or \
                form.words.isdisjoint(PROFILE_TRIGGERS):
            return None
        documents = self.facts.document_iris
        best = self.facts.best_dated(u, documents) if documents else None
        return best[0] if best and best[1] >= QUANTITY_STRONG else None

    @functools.cached_property
    def _profile_asks(self) -> ProfileAsks:
        """What a profile request asks beyond the profile, read with the graph's vocabulary and place names."""
        return ProfileAsks(self.lexicon, self.facts.place_named)

    @functools.cached_property
    def _located_at(self) -> dict[str, set[str]]:
        """Each place → what is located in it: the facts' ``located`` turned round once, so a question
        naming a place looks at that place's things, not at every located thing (4k at 100x the seed)."""
        at: dict[str, set[str]] = {}
        for x, places in self.facts.located.items():
            for place in places:
                at.setdefault(place, set()).add(x)
        return at

    def _placed_one(self, u: Understanding) -> tuple[str, str] | None:
        """"介绍一下金普新区的产教联合体": (the entity, the place's name as the question writes it) when
        exactly one entity of the class asked for is located in a place the question names."""
        if not u.answer_classes:
            return None
        # each place by the longest of its names the question uses (金普新区, not 金普)
        named = {place: name for name, place in sorted(self.facts.place_named.items(), key=lambda item: len(item[0]))
                 if name in u.question}
        found = {(x, name) for place, name in named.items() for x in self._located_at.get(place, ())
                 if self.graph.classes.get(x, frozenset()) & u.answer_classes}
        if len({x for x, _ in found}) != 1:
            return None
        return max(found, key=lambda f: len(f[1]))  # the place's longest name the question uses (金普新区, not 金普)

    def _own_kind_out(self, rest: str, iri: str) -> str:
        """``rest`` without the words naming the entity's own kind ("the Xingliao craftsmen *plan*"):
        they restate the name, they ask for nothing else."""
        own = self.graph.classes.get(iri, frozenset())
        anc = self.facts.catalogue.ancestors
        kinds = own | {a for c in own for a in anc.get(c, ())}
        for _, word in reversed(class_word_spans(rest, self.lexicon)):
            if self.lexicon.class_words[word] <= kinds:
                rest = rest.replace(word, " ")
        return rest

    def _links_of(self, iri: str, lang: str, answers: list[dict], evidence: list[dict]) -> list[str]:
        """Profile lines of what the entity is linked to (its provider, issuers, venue, place …), each cited."""
        f, lines = self.facts, []
        for row in sorted(f.kg.select(PROFILE_LINKS, x=iri), key=lambda r: (r["p"], r["o"])):
            if row["o"] not in f.labels:
                continue
            lines.append(f"{f.label(row['p'], lang)}: {f.label(row['o'], lang)}")
            answers.append(f.entity(row["o"], 1.0))
            source = f.evidence(iri, row["p"], row["o"])
            evidence.append(evidence_item([f.label(iri), f.label(row["p"]), f.label(row["o"])], source, "the graph's link, stated by no span"))
        return lines

    def _date_of(self, iri: str, u: Understanding, evidence: list[dict]) -> list[str]:
        """The profile line of when the entity happened or was issued, cited; none when undated."""
        when = self.facts.date_text(iri, u.lang)
        if not when:
            return []
        source = self.facts.evidence(iri, DATE) or self.facts.evidence(iri, TEMPORAL)
        evidence.append(evidence_item([self.facts.label(iri), "日期 date", when], source, "the document's own metadata"))
        return [self._lang(u, "日期: ", "date: ") + when]

    def _level_of(self, iri: str, u: Understanding, evidence: list[dict]) -> list[str]:
        """The profile line of the entity's level ("国家级"), cited; none when it has none."""
        levels = [str(r["v"]) for r in self.facts.kg.select(LEVEL, x=iri) if (r["lang"] or "zh") == u.lang]
        if not levels:
            return []
        source = self.facts.evidence(iri, f"{CJ}level")
        evidence.append(evidence_item([self.facts.label(iri), "级别 level", levels[0]], source, "cj:level in the graph"))
        return [self._lang(u, "级别: ", "level: ") + levels[0]]

    def _documents_of(self, iri: str, lang: str, answers: list[dict], evidence: list[dict]) -> list[str]:
        """Profile lines of the documents an entity published, issued or wrote, each cited."""
        lines = []
        for row in self.facts.kg.select(DOCUMENT_ROLES, x=iri):
            zh, en = ROLE_WORDS[row["p"]]
            lines.append(f"{zh}《{self.facts.label(row['doc'])}》" if lang == "zh"
                         else f"{en} “{self.facts.label(row['doc'], 'en')}”")
            answers.append(self.facts.entity(row["doc"], 1.0))
            source = self.facts.evidence(row["doc"], row["p"], iri)
            evidence.append(evidence_item([self.facts.label(row["doc"]), f"{zh} {en}", self.facts.label(iri)], source,
                                          "the document's own metadata"))
        return lines

    def said_by(self, form: LogicalForm) -> Outcome | None:
        """"董建军说了什么", "what did Yang Yuequan say": the quotations of the one person named."""
        u = form.understanding
        people = [m.doc.iri for m in u.mentions if PERSON in m.doc.types]
        if len(people) != 1 or u.intent == "who" or "said" not in form.operators:
            return None
        if "affiliation" in form.operators or (u.answer_classes and self._is(u.answer_classes, ORGANIZATION)):
            return None  # "董建军说…，他在哪个公司": where he works is asked, his words are the asker's lead-in
        quotes = sorted(q for q, speakers in self.facts.quote_speakers.items() if people[0] in speakers)
        if not quotes:
            return None
        f, person = self.facts, people[0]
        evidence = [evidence_item([f.label(person), "说 said", f.label(q)], f.evidence(q, SPOKEN_BY, person)) for q in quotes]
        said = self._lang(u, "；", "; ").join(self._lang(u, f"“{f.label(q)}”", f"“{f.label(q, 'en')}”") for q in quotes)
        return Outcome(self._entities(quotes), evidence,
                       self._lang(u, f"{f.label(person)}说：{said}", f"{f.label(person, 'en')} said: {said}"))

    def _partners_in_one(self, iri: str, mine: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """(partner, cooperation) for an organisation in a single cooperation: its co-parties are what
        defines it ("国创氢能" is the company working with 大连交通大学); none for one in several."""
        if len(mine) != 1:
            return []
        coop = mine[0][0]
        own = self.graph.members(iri)
        return [(p, coop) for p in sorted(self.graph.parties.get(coop, ())) if p not in own]

    def profile_of(self, iri: str, u: Understanding) -> Outcome:
        """The entity's profile: its posts, cooperations, partners or parties, figures, links, documents
        and date, each line cited; the answers are the entity and what the lines name."""
        f, lang = self.facts, u.lang
        answers = [f.entity(iri, 1.0)]
        evidence: list[dict] = []
        lines = self._posts_of(iri, lang, answers, evidence)
        partners = self._taking_part(iri, answers, evidence)
        lines += self._figures_of(iri, lang, evidence)
        lines += self._links_of(iri, lang, answers, evidence) + self._documents_of(iri, lang, answers, evidence)
        lines += self._date_of(iri, u, evidence) + self._level_of(iri, u, evidence)
        text = self._profile_text(iri, u, lines, answers, partners)
        unique = list({a["id"]: a for a in answers}.values())
        return Outcome(unique, evidence, text)

    def _posts_of(self, iri: str, lang: str, answers: list[dict], evidence: list[dict]) -> list[str]:
        """Profile lines of the posts a person holds or an organisation's people hold, each cited."""
        f, lines = self.facts, []
        for person, pos, org in sorted({p[:3] for p in f.positions}):
            if iri in (person, org):
                other = org if iri == person else person
                lines.append(f"{f.label(person, lang)}: {f.label(pos, lang)}, {f.label(org, lang)}")
                answers += [f.entity(pos, 1.0), f.entity(other, 1.0)]  # a person's organisation, an organisation's person
                evidence.append(post_item(f, person, pos))
        return lines

    def _taking_part(self, iri: str, answers: list[dict], evidence: list[dict]) -> list[tuple[str, str]]:
        """The entity's cooperations, its partners in one and, for a cooperation, its parties: each an
        answer with its participation cited; gives the partners (partner, the cooperation shared)."""
        f = self.facts
        mine = sorted(self.graph.cooperations(iri).items())
        for coop, party in mine:
            answers.append(f.entity(coop, 1.0))
            evidence.append(participation_item(f, party, coop))
        partners = self._partners_in_one(iri, mine)
        for partner, coop in partners:
            answers.append(f.entity(partner, 1.0))
            evidence.append(participation_item(f, partner, coop))
        for party in sorted(self.graph.parties.get(iri, ())):
            answers.append(f.entity(party, 1.0))
            evidence.append(participation_item(f, party, iri))
        return partners

    def _figures_of(self, iri: str, lang: str, evidence: list[dict]) -> list[str]:
        """Profile lines of the entity's figures, each cited."""
        f, lines = self.facts, []
        for q, (owner, predicate) in sorted(f.quantity_owner.items()):  # rows come in no fixed order
            if owner == iri:
                lines.append(f"{f.label(q, lang)}: {f.figure_text(q, lang)}")
                source = f.evidence(owner, predicate, q)
                evidence.append(evidence_item([f.label(owner), f.label(predicate), f.label(q)], source))
        return lines

    def _profile_text(self, iri: str, u: Understanding, lines: list[str], answers: list[dict],
                      partners: list[tuple[str, str]]) -> str:
        """The profile's sentence: the entity and its kind, then its lines, cooperations, parties, partners."""
        f, lang = self.facts, u.lang
        doc = f.docs.get(iri)
        kind = f.catalogue.type_label(doc, lang) if doc else ""
        coops = [a["label" if lang == "zh" else "label_en"] for a in answers[1:] if COOPERATION in
                 self.graph.classes.get(a["id"], ())]
        head = f.label(iri, lang) + (self._lang(u, f"（{kind}）", f" ({kind})") if kind else "")
        parties = [f.label(p, lang) for p in sorted(self.graph.parties.get(iri, ()))]
        body = lines + ([self._lang(u, "参与：", "takes part in: ") + self._lang(u, "、", ", ").join(coops)]
                        if coops and PERSON not in self.graph.classes.get(iri, ()) else [])
        body += [self._lang(u, "参与方：", "parties: ") + self._lang(u, "、", ", ").join(parties)] if parties else []
        body += [self._lang(u, "合作方：", "partners: ") + self._lang(u, "、", ", ").join(
            f.label(p, lang) for p, _ in partners)] if partners else []
        text = head + (self._lang(u, "：", ": ") + self._lang(u, "；", "; ").join(body) if body else "")
        return text + ("" if text.endswith(".") else self._lang(u, "。", "."))  # a name may end in one ("Co., Ltd.")


def _lead_in_end(question: str) -> int:
    """Where the clause pointing back at a person by a pronoun begins (0 when none does): what the clauses before it
    name is the asker's lead-in, no constraint on what is asked."""
    pointer = POINTED_BACK.search(question)
    if pointer is None:
        return 0
    ends = [m.end() for m in CLAUSE_END.finditer(question, 0, pointer.start())]
    return ends[-1] if ends else 0


def _asking_part(text: str) -> str:
    """``text`` without its statements when it asks in sentences of its own: "Who is X? His name comes up in a piece
    about a consortium" asks for X's profile, the statement says where the asker met the name (no consortium asked)."""
    sentences = [part for part in SENTENCE_END.split(text) if part.strip(" .。")]
    asking = [part for part in sentences if part.rstrip().endswith(("?", "？"))]
    return " ".join(asking) if asking and len(asking) < len(sentences) else text
