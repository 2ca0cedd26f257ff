"""Descriptions: an entity referred to by its kind and a clause about it instead of by its name.

"杨跃权当校长的那所学校", "跟X一起建Y的那所高校", "那位说“……”的企业高管", "the university that built the
training base with X". The clause is read by three tests, in order, each answering from the graph's
facts, never from a scan of a class's instances (the tables: search.qa_graph.Participation,
FactFinder's positions and its quotation index):

- said: the clause quotes or paraphrases what someone said (“…”, 说…): the speakers of the quotations
  whose words cover the claim's (QUOTE_COVERAGE), or, for an organisation's kind, their organisations;
- post: the clause names a person and a post ("杨跃权当校长的"): the organisations of that post;
- participation: the clause names partners, a cooperation or a topic ("跟X一起建Y的"): the parties of
  the kind in the cooperations every named partner takes part in, narrowed to the cooperations the
  clause's other words resolve to (the answerer's topic resolution).

``named`` puts the one entity that fits in the description's place (the question is then read on about
it, as search.qa_kind_refs does for a kind pointed at); ``ambiguous`` gives the entities when several
fit; ``unfit`` the description when a clause the tests read fits nothing: the question is answered
with nothing, never with a nearby entity. A clause no test reads is left to the other readings
(an event held: search.qa_refs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from search.auxiliaries import BE, DO, HAVE
from search.qa_breaks import CLAUSE_MARKS
from search.qa_facts import TITLE, FactFinder
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, Participation
from search.qa_cues import ASKED_AFTER, EN_PARTICIPLE, ZH_PARTNER_WORDS
from search.qa_kind_refs import KIND_ASKED_AFTER, KindReference
from search.qa_match import tokens
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import RELATION_WORDS
from search.wording import ZH_OTHERS, zh_pointing

# Where a described clause ends: a space or a clause mark (search.qa_breaks).
BREAKS = rf"\s{CLAUSE_MARKS}"
# What a clause may hold: quoted text whole (a quote may hold 的 and commas), else no break and no quote mark.
CLAUSE = rf"(?:“[^”]*”|「[^」]*」|\"[^\"]*\"|[^{BREAKS}“「\"])"
# The pointers a Chinese description opens on.
ZH_LEADS = "那位|那个|那家|那所|这位|这家|这所"
# "(那位)CLAUSE的(那所)KIND": a clause before 的, pointed at before it or after 的 (an unpointed "和X合作的企业" is
# the plain reading's); the words between the pointer and the kind word narrow it ("那所民族类大学").
# (An organisation's pointer may follow a few words placing it, in a clause saying someone of it spoke: "出自报道里那家副总
# 出来讲话的企业"; else "压缩机那个创新中心的高校" is the centre's, "金州区那家幼儿园所合作的学校" the kindergarten's.)
ZH_DESCRIBED = re.compile(rf"(?:^|(?<=[{BREAKS}]))(?:(?P<lead>{ZH_LEADS})|(?P<before>[^{BREAKS}“「\"的]{{1,6}}?)(?P<inner>那家|那所|那个|这家|这所))?"
                          rf"(?P<clause>{CLAUSE}{{2,60}}?)的\s*"
                          rf"(?P<pointer>{zh_pointing('所家个位项', formal=False, bare=False)})?(?P<narrow>[^{BREAKS}的]{{0,4}})$")
# A person described, the kind a title or any short word after 的, pointed at before the clause or after 的 ("那位说
# “…”的企业高管，是…", "说招工难题解决了的那个副总，他们厂…").
ZH_PERSON = re.compile(rf"(?:^|(?<=[{BREAKS}]))(?P<lead>那位|这位)?(?P<clause>{CLAUSE}{{2,80}}?)的(?P<after>那位|这位|那个|这个)?"
                       rf"(?P<kind>[^{BREAKS}的]{{1,8}}?)(?=[{BREAKS}]|是|在|叫|担任|现任|目前|他|她)")
# "the (narrowing words) KIND that/which/who CLAUSE": the clause runs to a break.
EN_OPENER = re.compile(r"\bthe\s+(?P<narrow>(?:(?!(?:the|of|a|an|and|with|in|on)\s)[a-z][a-z-]*\s+){0,3}?)$")
# ("the university that built X with Y also set up Z": "also" opens the main clause's verb, no part of the relative one)
EN_CLAUSE = re.compile(rf"^\s+(?:(?:that|which|who|whose)\s+|(?={EN_PARTICIPLE}))(?P<clause>(?:(?!\s+also\s)[^,;:?!.]){{4,}})")
# What the clause says was said: the quoted words, or the words after a verb of saying.
QUOTED = re.compile(r"“(?P<a>[^”]+)”|「(?P<b>[^」]+)」|\"(?P<c>[^\"]+)\"|(?:说|表示|称|讲|提到|\bsaid\b|\bsays\b)\s*(?P<d>.{4,})")
# The partner words a kind word may be followed by ("高校合作方", "college partner"; qa_cues.ZH_PARTNER_WORDS).
PARTNER_TAIL = {"en": re.compile(r"^\s+partners?\b"), "zh": re.compile(rf"^{ZH_PARTNER_WORDS}")}
# "X's (partner) KIND (partner)", "X的KIND合作方": before the kind word (after the name) and after it.
POSSESSED = {"en": (re.compile(r"['’]s\s+(?P<partner>partner\s+)?$"), PARTNER_TAIL["en"]),
             "zh": (re.compile(r"的\s*(?P<partner>合作)?$"), PARTNER_TAIL["zh"])}
# "which is", "who's", "name": the phrase after it is what is asked, itself.
EN_ASKED_BEFORE = re.compile(rf"(?:^|[,;:?!.]\s*)(?:(?:which|what|who)(?:['’]s|\s+(?:{BE}))|name)\s+(?:the\s+)?$")
# Words asking for others than the first hop's ("还", "又", "另外", "other", "else", "one more"), and an except clause already said.
OTHERS = re.compile(rf"还|又|{ZH_OTHERS}|\b(?:other|else|besides|also|another|(?:one|any|some)\s+more)\b")
# The Chinese words opening an except clause (search.qa_subquestion reads the clause they open).
ZH_EXCEPT = "(?:除了|除去|除)"
EXCEPTING = re.compile(rf"{ZH_EXCEPT}|\b(?:besides|apart from|except|other than|aside from)\b")
# The share of a claim's words (Han bigrams, stemmed Latin words) a quotation must hold to be what it paraphrases:
# fitted by bench/calibrate_qa_quotes.py on bench/qa-quote-calibration.jsonl (14 claims, 8 said, 6 not; no test
# uses them): 0.45 and 0.5 get all 14 right, 0.4 and 0.55 13; the higher, more conservative, is kept.
QUOTE_COVERAGE = 0.5
# A clause saying that someone was quoted, with no words of theirs: "whose party secretary is quoted", "那位接受采访的".
QUOTED_ONLY = re.compile(r"引用|引述|采访|讲话|发言|\b(?:quoted|quotes|cited|interviewed|spoke|speaks)\b")
# A clause placing the described one under a named group ("belongs to FAW Jiefang", "属于一汽解放的", "一汽解放旗下的"):
# it is one of the group's units, not a partner of the group.
BELONGING = re.compile(r"属于|隶属|旗下|下属|\b(?:belongs?|belonging|belonged) to\b|\bowned by\b|\bsubsidiary of\b")
# Words of a clause that tie the described one to the rest, not what it names (besides RELATION_WORDS).
TIES = re.compile(r"一起|一块儿?|共同|同|跟|和|与|及|在|里|中|当|做|任|担任|作为|建|办|搞|属于|隶属|旗下|下属|[\s,、]+"
                  rf"|\b(?:{BE}|be|been|being|{DO}|{HAVE}|with|and|the|a|an|that|which|who|on|in|for"
                  r"|(?:belongs?|belonging|belonged) to|owned by|subsidiary of)\b")


@dataclass(frozen=True)
class Description(KindReference):
    """A description in the question: a kind reference (span, kind word, the entities that fit it) with a clause."""

    phrase: str = ""
    through: tuple[str, ...] = ()  # the cooperations the clause names (the first hop's own)


class Descriptions:
    """Descriptions read with one graph's classes, facts and topic resolution (``resolve``: a topic phrase →
    the industries and cooperations it names, search.qa.QuestionAnswerer.resolve_topic)."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder, graph: Participation,
                 resolve: Callable[[str], list[tuple[str, float]]]):
        self.lexicon, self.facts, self.graph, self.resolve = lexicon, facts, graph, resolve
        self._last: tuple[str, Description | None] | None = None

    def named(self, text: str, u: Understanding) -> str:
        """``text`` with a description that fits one entity replaced by its name; ``text`` unchanged otherwise."""
        found = self.described(u) if text == u.question else None
        if found is None or len(found.fits) != 1:
            return text
        named = text[:found.start] + normalize(self.facts.label(found.fits[0], u.lang)) + text[found.end:]
        # "…的那所高校还参与了哪些项目", "what other projects does the university that built X take part in": the
        # cooperations the clause names are the first hop's, left out of the second (an except clause: qa_operators)
        if found.through and OTHERS.search(text[found.end:] + " " + text[:found.start]) and not EXCEPTING.search(text):
            names = ("、" if u.lang == "zh" else ", ").join(normalize(self.facts.label(c, u.lang)) for c in found.through)
            named = (f"除了{names}," if u.lang == "zh" else f"besides the {names}, ") + named
        return named

    def ambiguous(self, u: Understanding) -> tuple[str, list[str]] | None:
        """The kind word and the entities a pointed-at description fits, when several do; else None."""
        found = self.described(u)
        if found is None or not found.pointed or len(found.fits) < 2:
            return None
        return found.word, sorted(found.fits, key=self.facts.label)

    def unfit(self, u: Understanding) -> Description | None:
        """The description when it fits nothing the graph holds; else None."""
        found = self.described(u)
        return found if found is not None and not found.fits else None

    def described(self, u: Understanding) -> Description | None:
        """The first description of the question the tests read (the module), or None; read once per question."""
        if self._last is None or self._last[0] != u.question:
            self._last = (u.question, self._person(u) or self._organisation(u))
        return self._last[1]

    def _person(self, u: Understanding) -> Description | None:
        """"那位说“…”的企业高管": the speakers of what the clause says."""
        m = next((m for m in ZH_PERSON.finditer(u.question) if m["lead"] or (m["after"] and self._personal(m["kind"]))), None) \
            if u.lang == "zh" else None
        if m is None or (said := self._said(m["clause"])) is None:
            return None
        # a title the kind word names is held by the speaker ("说…的那个校长" is no deputy general manager's)
        title = TITLE.search(m["kind"])
        said = {p for p in said if title is None or any(p == person and title.group() in held for person, _, _, held in self.facts.positions)}
        return Description(m.start(), m.end(), m["kind"], tuple(sorted(said)), True, phrase=m.group())

    def _personal(self, kind: str) -> bool:
        """Whether a kind word pointed at after the clause ("说…的那个副总") names a person: a title, or a class word of
        people ("说…的那个人"); "报道说…的那个基地" describes no speaker."""
        return bool(TITLE.search(kind)) or any(PERSON in self.lexicon.class_words[w] for w in self.lexicon.class_words_in(kind))

    def _organisation(self, u: Understanding) -> Description | None:
        for at, word in class_word_spans(u.blanked, self.lexicon):
            kinds = frozenset(self.lexicon.class_words[word])
            if ORGANIZATION in kinds or not self.facts.of_class(kinds, ORGANIZATION):
                continue  # a generic word ("单位", "partners") names no kind to narrow
            partnered = self._possessed(u, at, word, kinds)
            if partnered is not None:
                return partnered
            span = self._zh(u, at, word) if u.lang == "zh" else self._en(u, at, word)
            if span is None:
                continue
            start, end, clause, narrow, pointed = span
            found = self._fitting(u, clause, kinds)
            if found is not None:
                fits = tuple(sorted(x for x in found[0] if self.named_by(x, narrow)))
                if not fits and (named := self._cooperation_named(found[1], narrow + word)) is not None:
                    # "服务乡村的那个产业学院": the one cooperation the clause names, called by words of its name
                    return Description(start, end, word, (named,), pointed, phrase=u.question[start:end])
                through = tuple(sorted(c for c in found[1] if self.graph.parties.get(c, set()) & set(fits)))
                return Description(start, end, word, fits, pointed, phrase=u.question[start:end], through=through)
        return None

    def _cooperation_named(self, cooperations: set[str], words: str) -> str | None:
        """The one of ``cooperations`` (the clause's) whose name holds the kind word with its narrowing words ("产业学院":
        辽宁省乡村振兴产业学院项目), a kind of organisation standing in a project's name; None for none or several."""
        if len(words) < 3:  # a kind word alone ("学院") names no cooperation
            return None
        held = [c for c in cooperations if self.named_by(c, words)]
        return held[0] if len(held) == 1 else None

    def _possessed(self, u: Understanding, at: int, word: str, kinds: frozenset[str]) -> Description | None:
        """"X's university partner", "X的大学合作方": the partners of ``kinds`` of the one organisation named
        before, through the cooperations they share with it."""
        before, after = u.question[:at], u.question[at + len(word):]
        # "X的合作学校是哪所" asks for the kind itself; "besides P, … X's partner school …" is the hop operator's
        if KIND_ASKED_AFTER.match(after) or ASKED_AFTER.match(after) or EXCEPTING.search(u.question):
            return None
        for m in u.mentions:
            if ORGANIZATION not in m.doc.types:
                continue
            tie = POSSESSED[u.lang][0].search(before)
            tail = POSSESSED[u.lang][1].match(after)
            if tie is None or not before[:tie.start()].endswith(m.text) or not (tie["partner"] or tail):
                continue
            partners = self.graph.partners(m.doc.iri, kinds)
            # "which is X's partner school" asks for the kind itself, as "X的合作学校是哪所" (none fitting: nothing is)
            if partners and EN_ASKED_BEFORE.search(before[:tie.start() - len(m.text)]):
                continue
            start, end = tie.start() - len(m.text), at + len(word) + (tail.end() if tail else 0)
            through = tuple(sorted({c for cs in partners.values() for c in cs}))
            return Description(start, end, word, tuple(sorted(partners)), False, phrase=u.question[start:end], through=through)
        return None

    def _zh(self, u: Understanding, at: int, word: str) -> tuple[int, int, str, str, bool] | None:
        m = ZH_DESCRIBED.search(u.question[:at])
        spoke = m is not None and m["inner"] and (QUOTED.search(m["clause"]) or QUOTED_ONLY.search(m["clause"]))
        if m is None or not (m["lead"] or spoke or m["pointer"]):
            return None
        return m.start(), at + len(word), (m["before"] or "") + m["clause"], m["narrow"].strip(), True

    def _en(self, u: Understanding, at: int, word: str) -> tuple[int, int, str, str, bool] | None:
        opener = EN_OPENER.search(u.question[:at])
        # the clause is found with the linked names masked: a name's own marks ("Bingshan Songyang Compressor (Dalian)
        # Co., Ltd.", put in by the kind stage) end no clause; its words are the question's
        after = at + len(word)
        m = EN_CLAUSE.match(_names_masked(u)[after:]) if opener else None
        if opener is None or m is None:
            return None
        return opener.start(), after + m.end(), u.question[after + m.start("clause"):after + m.end()], opener["narrow"].strip(), False

    def _fitting(self, u: Understanding, clause: str, kinds: frozenset[str]) -> tuple[set[str], set[str]] | None:
        """The entities of ``kinds`` the clause fits, by the first test that reads it, and the cooperations it
        names (none but the participation test's); None when no test reads it."""
        said = self._said(clause)
        if said is not None:
            return {org for person, _, org, _ in self.facts.positions if person in said
                    and self.graph.classes.get(org, frozenset()) & kinds}, set()
        named = [m for m in u.mentions if m.text in clause]
        people = [m.doc.iri for m in named if PERSON in m.doc.types]
        title = TITLE.search(clause)
        if not people and title and QUOTED_ONLY.search(clause):  # "the college whose party secretary is quoted"
            people = sorted(self.facts.speakers())
        if people and title:
            return {org for person, _, org, held in self.facts.positions if person in people and title.group() in held
                    and self.graph.classes.get(org, frozenset()) & kinds}, set()
        return self._partaking(named, clause, kinds)

    def _said(self, clause: str) -> set[str] | None:
        """The speakers of the quotations the clause's claim paraphrases; None when it quotes nothing."""
        m = QUOTED.search(clause)
        return speakers_of(self.facts, next(g for g in m.groups() if g), QUOTE_COVERAGE) if m else None

    def _partaking(self, named, clause: str, kinds: frozenset[str]) -> tuple[set[str], set[str]] | None:
        """The parties of ``kinds`` in the cooperations the clause names: those of every named organisation,
        narrowed to those its other words resolve to; None when it names none and its words resolve to none."""
        orgs = [m.doc.iri for m in named if ORGANIZATION in m.doc.types]
        coops = {m.doc.iri for m in named if COOPERATION in m.doc.types}
        rest = clause
        for m in named:
            rest = rest.replace(m.text, " ")
        for w in sorted(RELATION_WORDS, key=len, reverse=True):
            rest = rest.replace(w, " ") if not w.isascii() else re.sub(rf"\b{re.escape(w)}\b", " ", rest)
        for w in self.lexicon.class_words_in(rest):  # "项目", "基地": a kind of what is named says nothing more
            rest = rest.replace(w, " ")
        # the rest of a name written in part ("bingshan songyang" linked by "bingshan") names nothing more
        names = " ".join(normalize(n) for m in named for n in m.doc.name_values)
        rest = " ".join(w for w in TIES.sub(" ", rest).split() if w not in names)
        resolved = self._cooperations_of(rest) if len(rest) >= 2 else None
        # "the diesel-engine maker that belongs to FAW Jiefang", "属于一汽解放的那家柴油机厂": one of the named group's units
        units = {x for org in orgs for x in self.graph.units.get(org, ())} if BELONGING.search(clause) else set()
        if not coops and not resolved and not units:
            return None  # partners alone ("和X合作的那所大学", "the college that partners with X"): search.qa_refs' and the hops'

        found = set(coops) if coops else None
        for org in orgs:
            own = set(self.graph.cooperations(org))
            found = own if found is None else found & own
        if resolved is not None:
            found = resolved if found is None else found & resolved
        mine = {x for org in orgs for x in self.graph.members(org)}
        fits = {p for c in found or () for p in self.graph.parties.get(c, ())
                if (p in units if units else p not in mine) and self.graph.classes.get(p, frozenset()) & kinds}
        return fits, set(found or ())

    def _cooperations_of(self, phrase: str) -> set[str] | None:
        """The cooperations a phrase resolves to, or those of the industries it resolves to; None for none."""
        found: set[str] = set()
        for iri, _ in self.resolve(phrase):
            classes = self.graph.classes.get(iri, frozenset())
            if COOPERATION in classes or self.facts.of_class(classes, COOPERATION):
                found.add(iri)
            elif INDUSTRY in classes:
                found |= {c for c in self.graph.of_topic.get(iri, ()) if c in self.graph.parties}
        return found or None

    def named_by(self, entity: str, narrow: str) -> bool:
        """Whether the narrowing words are each part of one of the entity's names (or its industries')."""
        if not narrow:
            return True
        doc = self.facts.docs.get(entity)
        names = [normalize(n) for n in (doc.name_values if doc else [self.facts.label(entity), self.facts.label(entity, "en")])]
        names += [normalize(self.facts.label(i, lang)) for i in self.graph.industries.get(entity, ()) for lang in ("zh", "en")]
        parts = [narrow] if not narrow.isascii() else narrow.split()
        return all(any(p.rstrip("类") in n for n in names) for p in parts)


def _names_masked(u: Understanding) -> str:
    """The question with each character of a linked name but a space (blanked in ``u.blanked``) put as "_"."""
    if len(u.blanked) != len(u.question):
        return u.question
    return "".join("_" if b == " " and q != " " else q for q, b in zip(u.question, u.blanked))


def speakers_of(facts: FactFinder, claim: str, coverage: float) -> set[str] | None:
    """The speakers of the quotations holding the most of ``claim``'s words, when that is at least ``coverage``
    of them (empty otherwise); None for a claim of fewer than 3 words. Only the quotations sharing a word
    with the claim are scored (the quotation index, search.qa_fact_indexes)."""
    words = tokens(normalize(claim))
    if len(words) < 3:
        return None
    index = facts._indexed("quotations")
    cover = {q: len(words & index.words[q]) / len(words) for q in index.touching(words)}
    best = max(cover.values(), default=0.0)
    if best < coverage:
        return set()
    return {s for q, c in cover.items() if c == best for s in facts.quote_speakers.get(q, ())}
