"""A project's parties by kind: "车铣镗那个课题，企业方和高校方分别是谁", "on the EV charging fault detection
project, who is the carmaker and who is the university partner", "托育幼教一体的基地，出面的是哪个园、哪个学校".

The question is about one cooperation, named or described by its own words, and asks for its parties of
one or more kinds. The cooperation is the one named, or the one whose text (name and description) holds
clearly more of the question's words than any other (search's lexical coverage; floor and ratio fitted by
bench/calibrate_qa_project_parties.py), among the named organisations' shared cooperations when the
question names some. Each kind asked resolves to a class of the graph's (with its narrower classes: 学校
holds the kindergarten and the vocational centre); a narrowing word before the class word ("城市服务企业",
"light-industry college") narrows nothing the graph's parties could not tell apart, so the class decides. An
asked slot no class word fills ("the carmaker", "哪个园", "the campus") is filled by the parties no resolved
kind took: the question asks for one more kind than the class words say, and the cooperation's other parties
are of it. A resolved kind that no party fits leaves the question to the other readings (honest empties
stay theirs), and so does a question asking anything else of the parties (their other partners, a count,
a date, a comparison)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from search.qa_facts import FactFinder
from search.qa_form import LogicalForm
from search.qa_memo import once
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, PROJECT, Participation, within
from search.qa_outcome import Outcome, participation_items
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.wording import ZH_OTHERS, zh_pointing

# The operators a parties-by-kind question may carry (cues a party question sets off: "谁" a profile, "企业" an
# affiliation, "partners"); anything else asks more than the parties (a count, a date, the most, a negation, a
# yes/no, a leader) and is another reading's. No person is named (checked apart), so no profile or affiliation is asked.
ALLOWED = frozenset({"two types", "profile", "hops", "partners", "affiliation", "categories", "parts"})
# The cooperation's category asked besides its parties ("在三类项目里归哪一类"): said after them.
CATEGORY_ASKED = frozenset({"categories", "parts"})
# More than the parties is asked: another party than one named or described ("还和哪些企业", "which other
# universities": the parties' other cooperations, the hop reading's), or a measure of the cooperation ("what sum
# went into it", "投了多少钱": a figure).
ASKS_MORE = re.compile(rf"还[和跟与有]|{ZH_OTHERS}|除了|之外|以外|同一|\b(?:other|others|else|besides|apart|except|also|too|same)\b"
                       r"|多少|(?<!哪)几[个家所位项]?|\b(?:how\s+(?:much|many)|sum|amount|total)\b")
# The cooperation asked for by what was signed or built: "what did X sign", "X signed what", "签了个什么".
SIGNED_WHAT = re.compile(r"\bwhat\s+(?:did|does|has|have)\b[^?]*\b(?:sign|build|set\s+up|launch|join|start|co-build|put\s+together)\b"
                         r"|\b(?:signed|built|joined|launched)\s+what\b|[签搞建做]了?个?(?:什么|啥)")
# The asked slots: a question word, or in English a coordination of two definite kinds ("the firm and the campus").
ZH_SLOT = re.compile(r"哪[一两几]?[个家所位些边方]|谁|什么|啥")
EN_SLOT = re.compile(r"\b(?:which|who|whom)\b")
EN_PAIR = re.compile(r"\bthe\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:and|plus|as well as)\s+(?:the|its|their)\s+[a-z-]+")
# A kind word pointing back at the organisation just named ("X这家药企", "X那家城市服务集团", "X, the firm").
APPOSITION = re.compile(rf"\s{{2,}}[,，]?\s*{zh_pointing('所家个位')}[^,，。?？!！、]{{0,8}}$")
# Words that count as many parties at once: the kinds asked are then "every party" ("the two partners", "双方").
ALL_PARTIES = re.compile(r"双方|各方|签约方|合作方|\b(?:partners|parties|both\s+sides|each\s+side)\b")


@dataclass(frozen=True)
class PartiesConfig:
    """How clearly a cooperation's own words must win (bench/calibrate_qa_project_parties.py)."""

    # fitted on bench/qa-parties-calibration.jsonl by bench/calibrate_qa_project_parties.py: 497/563 right at floors
    # 0.0-0.3 (the middle taken) and ratios 1.75-4.75; at 1.5 a question expecting nothing is answered, so the ratio
    # is the plateau's one a step above that edge
    min_coverage: float = 0.15  # the fraction of the question's words the cooperation's text holds
    min_ratio: float = 2.0  # that many times the next cooperation's share


class Coverage(Protocol):
    """Search's lexical coverage by catalogue row (search.engine.SearchEngine)."""

    def coverage_rows(self, query: str) -> np.ndarray: ...

    def doc_rows(self, iris: Iterable[str]) -> np.ndarray: ...

    def iri_at(self, row: int) -> str: ...


class ProjectParties:
    """The parties-by-kind reading over one graph (``coverage``: search's lexical coverage, by catalogue row)."""

    def __init__(self, facts: FactFinder, lexicon: Lexicon, graph: Participation, coverage: Coverage,
                 config: PartiesConfig = PartiesConfig()):
        self.facts, self.lexicon, self.graph, self.coverage, self.config = facts, lexicon, graph, coverage, config
        self._generic = frozenset({COOPERATION, PROJECT})  # "项目", "合作" name no kind of cooperation
        self._every = (-1, coverage.doc_rows(()))  # (how many cooperations, their rows): those ranked when no organisation is named

    def answer(self, form: LogicalForm) -> Outcome | None:
        """The parties of the one cooperation the question is about, of the kinds it asks; None when the
        question is no such question or the graph cannot tell which cooperation."""
        u = form.understanding
        if form.operators - ALLOWED or u.intent not in ("who", "list") or ASKS_MORE.search(u.question):
            return None
        if any(PERSON in m.doc.types or not m.doc.types & {ORGANIZATION, COOPERATION, INDUSTRY} for m in u.mentions):
            return None  # a person or place named asks something else of the parties (an industry describes the cooperation)
        coop = self.cooperation(u)
        orgs = list(dict.fromkeys(m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types))
        if coop is None or any(coop not in self.graph.cooperations(o) for o in orgs):
            return None
        parties = sorted(self.graph.parties[coop])
        if self._other_kind(u, coop):
            return None  # "在科技创新类里又跟哪几家企业合作": a kind of cooperation the one found is not
        if not self._asks_cooperation(u):
            named_coop = any(m.doc.iri == coop for m in u.mentions)
            if not self._described(u, coop) or (orgs and not named_coop):
                return None  # "the university that signed with X: which companies does it work with": a hop's; "X跟哪个学校合作": the partner reading's
            category = bool(form.operators & CATEGORY_ASKED)
            chosen = self._of_kinds(form, parties, asked=int(category))
            if not chosen:
                return self._lacking(form, coop, parties)
            found = self._outcome(u, coop, chosen)
            return replace(found, text=found.text + self._category(u, coop)) if found and category else found
        # "what did X sign, and with which college": the cooperation and its other parties of the kind asked, the one
        # cooperation named or the one X signed (a description read among several is no answer to what X signed)
        if not any(m.doc.iri == coop for m in u.mentions) and len(self._shared(u)) != 1:
            return None
        named = {party for o in orgs for party in (o, self.graph.cooperations(o)[coop])}
        chosen = self._of_kinds(form, [p for p in parties if p not in named], asked=1)
        return self._outcome(u, coop, chosen, with_cooperation=True) if chosen and orgs else None

    def _described(self, u: Understanding, coop: str) -> bool:
        """Whether the question names the cooperation or describes it by its own words (not only by a party named)."""
        if any(m.doc.iri == coop for m in u.mentions):
            return True
        own = self._own_words(u)
        rows = self.coverage.doc_rows([coop])
        return bool(own.strip()) and bool(len(rows)) and self._coverage(own)[rows[0]] >= self.config.min_coverage

    def _other_kind(self, u: Understanding, coop: str) -> bool:
        """Whether the question names a kind of cooperation that ``coop`` is not of (a word of its own name, "实训基地"
        of a training base project, says what it is, whatever class the word names)."""
        ancestors = self.facts.catalogue.ancestors
        title = " ".join(normalize(self.facts.label(coop, lang)) for lang in ("zh", "en"))
        named = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(u.blanked, self.lexicon) if w not in title]
        kinds = [k for k in named if within(k, COOPERATION, ancestors) and not k & self._generic]
        return any(k.isdisjoint(self.graph.classes.get(coop, frozenset())) for k in kinds)

    def _asks_cooperation(self, u: Understanding) -> bool:
        """Whether the cooperation itself is asked for ("what did X sign", "签了什么", "签的是哪个项目"); "what is the
        partner university of X" asks for the partner, not what X signed."""
        return bool(SIGNED_WHAT.search(u.question)) or self.facts.of_class(u.answer_classes, COOPERATION)

    def cooperation(self, u: Understanding) -> str | None:
        """The one cooperation named, or described best by the question's own words, clearly (``ranked``); None
        when unclear."""
        named = list(dict.fromkeys(m.doc.iri for m in u.mentions if COOPERATION in m.doc.types))
        if named:
            return named[0] if len(named) == 1 else None
        among = self._shared(u)
        if len(among) == 1 and any(ORGANIZATION in m.doc.types for m in u.mentions):
            return next(iter(among))  # the one cooperation the named organisations share
        scores = self.ranked(u)
        if not scores or scores[0][1] < self.config.min_coverage:
            return None
        runner_up = scores[1][1] if len(scores) > 1 else 0.0
        return scores[0][0] if scores[0][1] >= self.config.min_ratio * runner_up else None

    def ranked(self, u: Understanding, best: int = 2) -> list[tuple[str, float]]:
        """The ``best`` cooperations whose text holds most words of the question's own (organisations' names and
        class words blanked), among the named organisations' shared cooperations, with the share held, best
        first (ties by IRI): all that telling the one described from the next needs."""
        own = self._own_words(u)
        if not own.strip():
            return []  # nothing but names and class words ("大连理工"): no cooperation is described
        named = any(ORGANIZATION in m.doc.types for m in u.mentions)
        rows = self.coverage.doc_rows(sorted(self._shared(u))) if named else self._every_rows()  # in IRI order
        scores = self._coverage(own)[rows]
        out: list[tuple[str, float]] = []
        for level in np.unique(scores[scores > 0])[::-1].tolist():  # the highest shares first, as few as needed
            out += [(self.coverage.iri_at(r), level) for r in rows[scores == level][:best - len(out)].tolist()]
            if len(out) == best:
                break
        return out

    @once  # ranked and _described read the same words' coverage: once an answer (search.qa_memo)
    def _coverage(self, own: str) -> np.ndarray:
        return self.coverage.coverage_rows(own)

    def _every_rows(self) -> np.ndarray:
        """Every cooperation's catalogue row, by IRI (made again only when the cooperations changed in number)."""
        if self._every[0] != len(self.graph.parties):
            self._every = (len(self.graph.parties), self.coverage.doc_rows(sorted(self.graph.parties)))
        return self._every[1]

    def _shared(self, u: Understanding) -> AbstractSet[str]:
        """The cooperations every organisation the question names takes part in (all when it names none)."""
        orgs = [m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types]
        if not orgs:
            return self.graph.parties.keys()
        return self.graph.shared_by(orgs).keys() & self.graph.parties.keys()

    def _own_words(self, u: Understanding) -> str:
        """The question without the organisations it names and without its class words: what describes the cooperation."""
        text = u.question
        for m in u.mentions:
            text = text if INDUSTRY in m.doc.types else text.replace(m.text, " ")
        for at, word in sorted(class_word_spans(text, self.lexicon), reverse=True):
            if not self.facts.of_class(self.lexicon.class_words[word], COOPERATION):
                text = text[:at] + " " + text[at + len(word):]
        return text

    def _of_kinds(self, form: LogicalForm, parties: list[str], asked: int = 0) -> list[str]:
        """The parties of the kinds asked, and those no kind took when a slot is left for them; [] when a
        kind fits no party or nothing is asked of the parties. ``asked``: the slots asked besides the parties'."""
        u = form.understanding
        kinds = self._kinds(u, form.asked)
        everyone = bool(ALL_PARTIES.search(u.question))
        if not kinds:
            return parties if everyone else []
        fitting = [[p for p in parties if self.graph.classes.get(p, frozenset()) & kind] for kind in kinds]
        if not all(fitting):
            return []
        taken = {p for fit in fitting for p in fit}
        slots = _slots(u) - asked
        if everyone or slots > len(kinds):
            return parties
        return [p for p in parties if p in taken] if len(kinds) + asked >= 2 or slots >= 2 else []

    def _lacking(self, form: LogicalForm, coop: str, parties: list[str]) -> Outcome | None:
        """Two or more kinds asked of the one cooperation, some of which no party is of ("托幼一体化那个基地，车企和学院各是
        谁", "who is the carmaker and who is the college"): the parties of the kinds that fit, the kinds none fits said to
        be none of its parties (never another cooperation's party of the kind); None when fewer are asked or none lacks."""
        u = form.understanding
        kinds = self._kind_words(u, form.asked)
        of = [[p for p in parties if self.graph.classes.get(p, frozenset()) & kind] for _, kind in kinds]
        lacking = [word for (word, _), fit in zip(kinds, of) if not fit]
        if len(kinds) < 2 or not lacking:
            return None
        title = self.facts.label(coop, u.lang)
        none = (f"图谱中没有找到涉及{title}的{'、'.join(lacking)}。" if u.lang == "zh"
                else f"The graph holds no {', '.join(lacking)} on {title}. ")
        chosen = [p for fit in of for p in fit]
        found = self._outcome(u, coop, chosen) if chosen else Outcome([], [], "")
        return replace(found, text=none + found.text)

    def _kinds(self, u: Understanding, asked: tuple[str, ...]) -> list[frozenset[str]]:
        """The organisation kinds the question names, each once, in order (``_kind_words``)."""
        return [classes for _, classes in self._kind_words(u, asked)]

    def _kind_words(self, u: Understanding, asked: tuple[str, ...]) -> list[tuple[str, frozenset[str]]]:
        """The organisation kinds the question names, each once, in order, with the word naming each (an organisation's
        own name names no kind); only those a question word asks for when the form read some (``asked``: "which firm did
        Yang's college sign … with" asks for no college)."""
        text = u.question
        for m in u.mentions:
            text = text.replace(m.text, " " * len(m.text))
        kinds: list[tuple[str, frozenset[str]]] = []
        for at, word in class_word_spans(text, self.lexicon):
            if (asked and word not in asked) or (u.mentions and APPOSITION.search(text[:at])):
                continue  # "医诺生物这家药企": the kind of the organisation named, not asked
            classes = frozenset(self.lexicon.class_words[word])
            if self.facts.of_class(classes, ORGANIZATION) and ORGANIZATION not in classes \
                    and all(classes != k for _, k in kinds):
                kinds.append((word, classes))
        return kinds

    def _category(self, u: Understanding, coop: str) -> str:
        """The sentence naming the kinds of cooperation ``coop`` is of ("属于人才培养类项目。")."""
        kinds = sorted(self.graph.classes.get(coop, frozenset()) - self._generic)
        named = [self.facts.catalogue.classes[k] for k in kinds if k in self.facts.catalogue.classes]
        if u.lang == "zh":
            return f"属于{'、'.join(k.zh for k in named)}。" if named else ""
        return f" It is one of the {', '.join(k.en or '' for k in named)}." if named else ""

    def _outcome(self, u: Understanding, coop: str, chosen: list[str], with_cooperation: bool = False) -> Outcome:
        """The parties chosen, each citing its participation, in a sentence naming the cooperation (an answer
        too when ``with_cooperation``)."""
        names = ("、" if u.lang == "zh" else ", ").join(self.facts.label(p, u.lang) for p in chosen)
        title = self.facts.label(coop, u.lang)
        text = f"{title}的参与方：{names}。" if u.lang == "zh" else f"Parties to {title}: {names}."
        evidence = participation_items(self.facts, [[(p, coop)] for p in chosen])
        answers = ([coop] if with_cooperation else []) + chosen
        return Outcome([self.facts.entity(x, 1.0) for x in answers], evidence, text)


def _slots(u: Understanding) -> int:
    """How many things the question asks for by its question words (English: or a pair of definite kinds)."""
    if u.lang == "zh":
        return len(ZH_SLOT.findall(u.question))
    return max(len(EN_SLOT.findall(u.question)), 2 if EN_PAIR.search(u.question) else 0)
