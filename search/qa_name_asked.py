"""The whole name asked of a name the question links: "名单里那个中科睿海,工商登记的全称是啥?", "名單上那個「超聚變」,
完整的公司名稱怎麼寫?", "'Bilinxing' appears in the list - what is that firm's complete registered name?", "DMTG,这是文中
哪家公司?全称是啥?", "which company is 'Bifei'?".

The reading links the short, partial or other-language name to one entity (search.understand, search.qa_renaming); what
is asked is that entity's own name. The plain plan reads the naming words (工商登记, 完整, registered) as what the
answers must cover and finds nothing, or lists every company. Here the answer is the entity, its full label in the
question's language (and in the other language too when that is asked: "英文名", "Chinese name"), cited by a span of
the source naming it.

It reads so only when the question asks nothing else (a rule on its shape, not on its words): it names exactly one
entity, an organisation or a cooperation, and asks its name (qa_cues.NAME_ASKED) or which one of its kind it is
(qa_cues.IDENTITY_ASKED); the class asked, if any, is one of the entity's own ("完整的公司名称" of a company, not "X那个
项目的全称": the project's name is the plain plan's); no relation, attribute or other operator is called for ("X合作的
大学全称", "X的法人代表全名", "the full name of X's partner"); and every clause asks at most one thing, the clause
asking being the one asking the name ("X的全称是啥,跟哪所大学合作" asks two things: the readings of two asks').
A name the graph does not hold is the scope's (search.qa_scope): refused before any operator.

Contract: ``NamesAsked.name_of(form)`` gives the Outcome (the entity, the evidence, the sentence) or None when the form
is not such a question. Queries nothing but the facts read at start.
"""

from __future__ import annotations

import re

from graph.han import HAN
from search.qa_breaks import CLAUSE_MARK
from search.qa_chain import ASKING
from search.qa_cues import IDENTITY_ASKED, NAME_ASKED
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION
from search.qa_outcome import OperatorBase, Outcome, derived, participation_item
from search.qa_spans import tagged_words
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import word_written

# The kinds whose name may be asked so: a person's full name is his name as the graph holds it, asked otherwise.
NAMED_KINDS = (ORGANIZATION, COOPERATION)
# The operators a name asked may stand beside, their cues words of a name's ask: a profile's ("是哪家公司", "是什么": what
# the one named is), a saying's (全称, 名称 hold 称; "提到的「X」"), an affiliation's ("哪家公司"), a place's ("在文章里").
BESIDE = frozenset({"profile", "said", "affiliation", "where"})
# The name in the other language asked, by the question's language: the answer gives it beside the name asked.
OTHER_LANGUAGE = {"zh": re.compile(r"英文(?:全)?名|\benglish\s+name", re.IGNORECASE),
                  "en": re.compile(r"\bchinese\s+(?:full\s+)?name|\bin\s+chinese\b|中文(?:全)?名", re.IGNORECASE)}
# The tagger's noun tags: a noun right before the name asked is what the name is of ("校长的全名").
NOUN_TAGS = frozenset({"n", "nz", "nw", "PER", "ORG", "LOC"})
# The possessive particles between a noun and the name asked (嘅, 之 as 的).
POSSESSIVES = frozenset({"的", "嘅", "之"})
# An English noun owning the name asked ("representative's full name"), or named after it ("full name of the …").
EN_OWNER = re.compile(r"\b([a-z]+)['’]s?\s+(?:[a-z]+\s+){0,1}$")
# (one space between the words: a name blanked after "of" is the one named, "the full name of       mentioned …")
EN_OF = re.compile(r"\s+of\s(?:the\s|a\s|an\s|that\s|this\s)?([a-z]+)")
# Words standing for the one named, owning its name ("its full name", "their official name").
PRONOUNS = frozenset({"its", "it", "their", "they", "this", "that", "his", "her"})
# Where a name was seen, no relation of it: "在这次签约名单里" (a relation word inside is the list's).
SEEN_IN = re.compile(r"在[^\s,，。;；?？!！]{1,12}?[里上中内]")
# How the one entity whose name is asked was found (NamesAsked._the_one_named).
ALONE, BY_CLAUSE, DESCRIBED = "alone", "by its clause", "described by its parties"
# The operator noted among the answer's operators.
APPLIED = "name"
# Where the graph states a name with no sentence citing it: the registry's label.
LABEL_DERIVATION = "rdfs:label of the entity in the graph (registry)"


class NamesAsked(OperatorBase):
    """The name-asked operator over the graph's organisations and cooperations."""

    def name_of(self, form: LogicalForm) -> Outcome | None:
        """The one entity the question names, its full name stated (see the module); None when not so asked."""
        u = form.understanding
        if not (NAME_ASKED.search(u.blanked) or IDENTITY_ASKED.search(u.blanked)) or not _asks_only_the_name(u.blanked):
            return None
        iri, how = self._the_one_named(u)
        classes = self.graph.classes.get(iri, frozenset()) if iri is not None else frozenset()
        asked = u.answer_classes if not _in_the_ask(u.answer_word, u.blanked) else frozenset()
        if iri is None or not any(kind in classes for kind in NAMED_KINDS) or (asked and not asked & classes):
            return None
        # picked by its clause, the other clauses' cues ask nothing (_asks_only_the_name): the asking clauses' words count
        said = " ".join(_asking_clauses(u.blanked)) if how == BY_CLAUSE else u.blanked
        if (how != DESCRIBED and self._related(form.relations, said)) or form.attributes \
                or (how != BY_CLAUSE and not form.operators <= BESIDE) or self._of_another(u, classes):
            return None
        written = next(m.text for m in u.mentions if m.doc.iri == iri)
        return Outcome(self._entities([iri]), [self._named_in(iri)], self._name_sentence(u.lang, written, iri, u.question), applied=APPLIED)

    def _the_one_named(self, u: Understanding) -> tuple[str | None, str]:
        """The one entity the question names (ALONE); else the one its asking clause names (BY_CLAUSE: "'Minda' is on the
        list next to Detai. Which institution is 'Minda'?"); else the one cooperation it names with parties of it only,
        which describe it with the relation they stand in (DESCRIBED: "大工跟大连职院一起弄的那个开源鸿蒙人才培养中心");
        else (None, "")."""
        named = list(dict.fromkeys(m.doc.iri for m in u.mentions))
        if len(named) == 1:
            return named[0], ALONE
        in_clause = list(dict.fromkeys(m.doc.iri for m in u.mentions if _in_asking_clause(u, m.text)))
        if len(in_clause) == 1:
            return in_clause[0], BY_CLAUSE
        named = in_clause or named
        coops = [x for x in named if COOPERATION in self.graph.classes.get(x, frozenset())]
        if len(coops) == 1 and set(named) - set(coops) <= self.graph.parties.get(coops[0], set()):
            return coops[0], DESCRIBED
        return None, ""

    def _related(self, relations: tuple[str, ...], text: str) -> bool:
        """Whether a relation word stands in ``text`` outside the place the name was seen ("在这次签约名单里": no relation)."""
        seen_out = SEEN_IN.sub(" ", text)
        return any(word_written(w, seen_out) for w in relations)

    def _of_another(self, u: Understanding, classes: frozenset[str]) -> bool:
        """Whether the name asked is said of a noun other than the one named: the noun right before the ask ("大连大学
        校长的全名", "X的法人代表全名": the tagger's noun, 的 between; not a word of the entity's own kind, "哪家公司的全称",
        nor a verb or place word, "工商登记的全称", "名单里的"), or a possessor or "of" phrase of an English ask ("X's
        legal representative's full name", "the full name of the legal representative of X")."""
        ask = NAME_ASKED.search(u.blanked)
        if ask is None:
            return False
        own = lambda word: bool(set(self.lexicon.class_words.get(word, ())) & classes) or word in PRONOUNS  # noqa: E731
        if u.lang == "zh":
            before = [w for w in tagged_words(u.question[:ask.start()]) if w[0] not in POSSESSIVES and w[1] != "w"]
            word, tag, at = before[-1] if before else ("", "", 0)
            return tag in NOUN_TAGS and u.blanked[at:at + len(word)].strip() == word and not own(word)
        owner = EN_OWNER.search(u.blanked[:ask.start()])
        of = EN_OF.match(u.blanked, ask.end())
        return any(m is not None and not own(m.group(1)) for m in (owner, of))

    def _name_sentence(self, lang: str, written: str, iri: str, question: str) -> str:
        """The name stated: "X的全称：<label>。", "Full name: <label>."; the other language's name too when asked."""
        zh, en = self.facts.label(iri, "zh"), self.facts.label(iri, "en")
        other = (en if lang == "zh" else zh) if OTHER_LANGUAGE[lang].search(question) else ""
        if lang == "zh":
            said = f"{written}的全称" if HAN.search(written) and normalize(written) != normalize(zh) else "全称"
            return f"{said}：{zh}" + (f"（英文名：{other}）" if other and other != zh else "") + "。"
        said = f"Full name: {en}" + (f" (Chinese name: {other})" if other and other != en else "")
        return said if said.endswith(".") else f"{said}."  # ("… Co., Ltd." ends its sentence)

    def _named_in(self, iri: str) -> dict:
        """The evidence of the name: the span stating the entity's first participation (it names the entity in
        full), or its cooperation's first party's; else the registry's label it is."""
        own = sorted(self.graph.cooperations(iri).items())
        if own:
            coop, party = own[0]
            return participation_item(self.facts, party, coop)
        parties = sorted(self.graph.parties.get(iri, ()))
        return participation_item(self.facts, parties[0], iri) if parties else derived(self.facts, iri, LABEL_DERIVATION)


def _asks_only_the_name(text: str) -> bool:
    """Whether every clause of ``text`` (the question, names blanked) asks at most one thing, and any clause asking
    asks the name: "名单里那个 ,全称是啥" does, "全称是啥,跟哪所大学合作" and "its full name and who is its partner"
    do not."""
    for clause in CLAUSE_MARK.split(text):
        asking = len(ASKING.findall(clause))
        if asking > 1 or (asking and not (NAME_ASKED.search(clause) or IDENTITY_ASKED.search(clause))):
            return False
    return True


def _asking_clauses(text: str) -> list[str]:
    """The clauses of ``text`` asking a name."""
    return [c for c in CLAUSE_MARK.split(text) if NAME_ASKED.search(c) or IDENTITY_ASKED.search(c)]


def _in_asking_clause(u: Understanding, text: str) -> bool:
    """Whether ``text`` (a mention as written) stands in a clause of the question asking the name."""
    return any(text in clause for clause in _asking_clauses(u.question))


def _in_the_ask(word: str, text: str) -> bool:
    """Whether the class word read as asked stands inside the name's ask ("its complete official name": no official
    asked)."""
    return bool(word) and any(word in m.group() for m in NAME_ASKED.finditer(text))
