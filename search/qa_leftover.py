"""The closed-world check of leftover words: which words a reading left unplaced name nothing the question asks about.

A reading that finds nothing is read again without its residual topic (search.qa_readings), and that other reading
was kept only when its answer accounts for every residual word; a word it did not account for was taken as a topic
the graph does not hold, and the answer was a refusal ("the graph holds nothing on electric for Dalian Sanyou
Electrical Equipment", "… no firm partnering with Dalian Minzu University on student journalist"). A leftover word
asks about nothing, and so stands in no answer's way, when it is
- ``name``: a word of the name of an entity the question links, as the graph names it ("Sanyou Electric" is Dalian
  Sanyou Electrical Equipment; a Han word inside its Chinese name);
- ``frame``: a word of the asker's self-introduction that the frame reading kept because it names something
  ("Student journalist at dalian minzu daxue here.", "As a recruiter, …", "我是…的老师，"): who asks is no topic;
  so is a word only of a statement before the asking sentences that names nothing linked, when no asking sentence
  points back ("… trying to decide which campus to visit first. Which university …?": the asker's purpose);
- ``relation``: a word of the relation the reading reads, as the ontology names it: the labels of cj:participant,
  cj:participatesIn, cj:signedAt and cj:cooperationMode ("signatures", "signatories" of "signed at"; 合签, each
  character of it in 合作方式 and 签约于): who takes part in what is what the reading answers;
- ``function``: an English function word of the grammar, no noun: a preposition or pronoun the index's stop words
  lack ("between", "inside", "our"), a conjunction ("if"), an adverb of place ("everywhere") or a copula ("seems", "sits in the same project").
  (Chinese function words are the parser's own already; jieba's part-of-speech tags were tried and left out: its
  dictionary tags 本科 a pronoun. Adverbs in -ly were tried and left out: "DUT obviously has R&D deals; which other
  universities also got one?" then answered the statement's projects, on each of the dev questions it decided.)
- ``heading``: a word only of a heading naming the asker by their role before a colon, when the rest links a name
  ("Trade journalist on the auto beat: the FAW diesel plant signed with which college?", "做机器人的工程师问一句:河野智能
  跟哪所大学合作了?"): who asks is no scope of the answer; a heading naming a field, "航天方面：", "Semiconductor:", or a
  word the rest asks again, "机器人工程师问一句:哪些高校在机器人领域有合作?", still asks about it;
- ``asker``: a word the asker says of themselves, opening their own clause: their kin and the verbs they do ("我纠结
  报交大还是民大，想看看…": 纠结, 报, 看看; "我家亲戚在…": 家, 亲戚): search.qa_verbs.asker_word;
- ``verb``, ``deixis``, ``operator``: a verb of taking part in a cooperation as askers write it ("inked", "paired",
  搞, 露脸), a word pointing at the source or its one signing ("the article", "that day", 这回) or naming the
  operator the reading applied ("count"): search.qa_verbs.
Every other leftover word — an attribute ("monthly pay", 董事长, 建筑面积), a relation the reading did not read
("who chaired", 出席), a name-shaped span — still empties the answer: the graph holds nothing on it.

The other reading's answers must be of the kind the question asks for, when it asks for one ("which other universities
also got one", answered with projects, is no answer, whatever its leftover words).

Contract: ``Leftovers(labels, classes, ancestors).harmless(word, question, linked, operators, named)`` gives the reason
(``name``, ``frame``, ``heading``, ``asker``, ``relation``, ``function``, ``verb``, ``deixis``, ``operator``, ``stance``) ``word`` (a content word of the
residue, search.qa_coverage.content_words) asks about nothing in ``question`` (the question as read) whose linked
entities are the IRIs ``linked`` (named there as ``named``), read by a reading that applied ``operators``, or None;
``asking_nothing(words, u, found)`` gives each of ``words`` that does so, with its reason, for the parse ``u``
answered by ``found`` (an answer: its answers and its understanding's operators), nothing when its answers are not
of the kind ``u`` asks for; given a calibrated model, it decides the words no rule pardons (reason ``model``:
search.qa_leftover_model). Queries nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from graph.han import HAN as CJK, HAN_CHARS
from search.documents import CJ
from search.lexical import s_stem
from search.qa_breaks import CLAUSE_MARK, SENTENCE_MARKS
from search.qa_coverage import Answered
from search.qa_frame import AGENT_ENDING, frame_clauses
from search.qa_told_apart import POINTS_BACK, PREAMBLE, SENTENCE
from search.qa_verbs import asker_word, frame_word
from search.understand import Understanding
from search.wording import ASKS

# English prepositions and pronouns the search index's stop words do not hold (a closed class of the grammar).
EN_FUNCTION_WORDS = frozenset((
    "above", "across", "after", "against", "along", "amid", "among", "amongst", "around", "before", "behind", "below",
    "beneath", "beside", "besides", "between", "beyond", "despite", "down", "during", "inside", "into", "near", "off",
    "onto", "opposite", "outside", "over", "past", "per", "since", "through", "throughout", "till", "toward", "towards",
    "under", "underneath", "unlike", "until", "upon", "via", "within", "without",
    "this", "these", "those", "he", "him", "his", "she", "her", "hers", "we", "us", "our", "ours", "you", "your", "yours",
    "me", "my", "mine", "itself", "themselves",
    "if", "whether", "though", "although", "because", "unless", "whereas", "while",
    "here", "there", "everywhere", "anywhere", "somewhere", "elsewhere",
    "seem", "seems", "seemed", "become", "becomes", "remain", "remains", "sit", "sits", "sitting"))
# A self-introduction clause: "X here", "As a/an X", "I'm a X", "我是X", "作为X" (the asker's role, search.qa_frame).
SELF_INTRO = re.compile(r"^(?:as an?|i'?m an?|i am an?)\s.*|.*\bhere$|^(?:我是|作为|本人是).*", re.IGNORECASE)
# A heading naming the asker by their role (``heading``): in English a head noun of an agent's ending after one to
# three words, only a prepositional or a gerund's phrase after it ("HR manager at a logistics startup", "Museum curator
# planning an exhibit"; "Semiconductor" names no role, "Budget officer question" is headed by "question"); in Chinese a
# word for a person closing it, or before a verb of asking and a few characters ("考公的同学想看看", "研究员想核对场景").
EN_ROLE_HEADING = re.compile(rf"^(?:[\w'’&-]+\s+){{1,3}}?[a-z-]+(?:{AGENT_ENDING}|man|woman)"
                             r"(?:\s+(?:on|from|at|in|for|with|of)\s.*|\s+[a-z]+ing\b.*)?$")
ZH_ROLE_HEADING = re.compile(r"(?:[者员师]|学生|研究生|同学|家长|校长|院长|领导|同志|老板)"
                             rf"(?:(?:想|要)?(?:问|看看|了解|知道|核对|核实|确认|打听|请教)[{HAN_CHARS}]{{0,4}})?$")
# The calibrated decision over the leftover words no rule pardons (``ruled``: those a rule does, with why): each
# pardoned with its reason (search.qa_leftover_model.LeftoverModel.decided).
Pardon = Callable[[list[str], dict[str, str], Understanding, Answered], dict[str, str]]
NAMED = "\u2060"  # a linked name's mark in a question cut into sentences (a word joiner: no stop, no word)
SENTENCE_END = re.compile(rf"(?<=[{SENTENCE_MARKS}.])\s*")
# The relation the reading reads when no other is asked: who takes part in which cooperation, signed at which event.
RELATION = tuple(f"{CJ}{p}" for p in ("participant", "participatesIn", "signedAt", "cooperationMode"))
# A Latin leftover word is a word of the relation when it begins with the root of one of its labels' words ("sign"
# of "signed", "cooperat" of "cooperation": its inflection off), a root of this many letters at least ("mode", "at"
# are too short to tell; "part" is no root of "participates").
RELATION_ROOT = 4
INFLECTION = re.compile(r"(?:ed|es|s|ion|ing)$")
# A Latin word of a name matches a leftover word by their shared beginning of this many letters at least
# ("electric" in "Electrical"); shorter words only whole.
NAME_PREFIX = 5


class Leftovers:
    """Tells the leftover words that ask about nothing (see the module)."""

    def __init__(self, labels: Callable[[str], Iterable[str]], classes: Mapping[str, Iterable[str]] | None = None,
                 ancestors: Mapping[str, Iterable[str]] | None = None, model: Pardon | None = None):
        """``labels``: an IRI's names (zh, en); ``classes``: an entity's classes, ``ancestors``: a class's broader
        classes (search.qa_graph.Participation.classes, the catalogue's), to tell an answer's kind; ``model``: the
        calibrated decision over the words no rule pardons (search.qa_leftover_model), or None."""
        self.labels, self.classes, self.ancestors, self.model = labels, classes or {}, ancestors or {}, model
        names = [n.lower() for iri in RELATION for n in labels(iri)]
        self.relation_chars = {c for n in names for c in n if CJK.match(c)}
        roots = {INFLECTION.sub("", w) for n in names for w in re.findall(r"[a-z]+", n) if len(w) > RELATION_ROOT}
        self.relation_roots = {r for r in roots if len(r) >= RELATION_ROOT}

    def harmless(self, word: str, question: str, linked: Iterable[str], operators: Iterable[str] = (),
                 named: Sequence[str] = ()) -> str | None:
        """Why ``word`` asks about nothing in ``question`` with the linked IRIs ``linked``, named there as ``named``,
        read by a reading that applied ``operators``, or None."""
        if _in_name(word, [n for iri in linked for n in self.labels(iri)]):
            return "name"
        if _in_self_introduction(word, question) or _in_background(word, question, named):
            return "frame"
        if asker_word(word, question):
            return "asker"
        if linked and _in_role_heading(word, question, named):
            return "heading"
        if linked and _in_askers_clause(word, question):
            return "context"
        if self._of_relation(word):
            return "relation"
        return "function" if _function_word(word) else frame_word(word, operators)

    def asking_nothing(self, words: Iterable[str], u: Understanding, found: Answered) -> dict[str, str]:
        """Each of ``words`` that asks about nothing in the question parsed as ``u`` and answered by ``found``, with
        why; none when its answers are not each of a kind ``u`` asks for."""
        if not self.of_asked_kind(u, found):
            return {}
        linked, operators = [m.doc.iri for m in u.mentions], found.understanding.get("operators", ())
        named = [m.text.lower() for m in u.mentions]
        words = list(words)
        kept = {w: why for w in words if (why := self.harmless(w, u.question, linked, operators, named))}
        return self.model(words, kept, u, found) if self.model else kept

    def of_asked_kind(self, u: Understanding, found: Answered) -> bool:
        """Whether the answers of ``found`` are each of a kind the question parsed as ``u`` asks for, if it asks one."""
        # the kinds the answering reading asked for, as it restated them ("signings" counted are signed projects:
        # search.qa_tally), else the parse's; a comparison's answer is one of the things it names ("哪家签约多")
        kinds = frozenset(found.understanding.get("answer_classes") or u.answer_classes)
        linked = [m.doc.iri for m in u.mentions]
        picked = "compare" in found.understanding.get("operators", ()) and all(a["id"] in linked for a in found.answers)
        return not kinds or picked or all(self._of_kind(a["id"], kinds) for a in found.answers)

    def _of_kind(self, iri: str, kinds: frozenset[str]) -> bool:
        """Whether the entity ``iri`` is of one of ``kinds`` or narrower."""
        return any(k in kinds or kinds & set(self.ancestors.get(k, ())) for k in self.classes.get(iri, ()))

    def _of_relation(self, word: str) -> bool:
        """Whether ``word`` is a word of the relation read (RELATION): a Han word each of whose characters its labels
        hold, a Latin word beginning as one of their words."""
        if CJK.search(word):
            return len(word) > 1 and all(c in self.relation_chars for c in word)
        return any(s_stem(word).startswith(root) for root in self.relation_roots)


def _in_name(word: str, names: list[str]) -> bool:
    """Whether ``word`` is a word of one of ``names``: a Han word inside the name, a Latin one as a word's beginning."""
    if CJK.search(word):
        return len(word) > 1 and any(word in name for name in names)
    stem = s_stem(word)
    words = {w for name in names for w in re.findall(r"[a-z]+", name.lower())}
    return any(w in (word, stem) or (len(stem) >= NAME_PREFIX and w.startswith(stem)) for w in words)


def _in_self_introduction(word: str, question: str) -> bool:
    """Whether ``word`` stands in a self-introducing clause of ``question``, or in a sentence a self-introduction opens
    that does not end the question ("Recruiter here, trying to decide which campus to visit first. Which …?": the
    asker's purpose, not what is asked)."""
    sentences = [s.strip() for s in SENTENCE_END.split(question.lower()) if s.strip()]
    framing = [c for c in (c.strip() for c in CLAUSE_MARK.split(question.lower())) if c and SELF_INTRO.match(c)]
    framing += [s for s in sentences[:-1] if SELF_INTRO.match(CLAUSE_MARK.split(s)[0].strip())]
    return _in_words(word, framing)


def _in_role_heading(word: str, question: str, named: Sequence[str]) -> bool:
    """Whether ``word`` stands only in a heading of ``question`` naming the asker by their role before a colon
    (EN_ROLE_HEADING, ZH_ROLE_HEADING), which asks nothing and names none of the linked names ``named``."""
    m = PREAMBLE.match(question.lower())
    if m is None or ASKS.search(m["pre"]) or any(name in m["pre"] for name in named):
        return False
    role = (ZH_ROLE_HEADING.search if CJK.search(m["pre"]) else EN_ROLE_HEADING.match)(m["pre"].strip())
    return bool(role) and _in_words(word, [m["pre"]]) and not _in_words(word, [m["rest"]])


def _in_background(word: str, question: str, named: Sequence[str]) -> bool:
    """Whether ``word`` stands only in a statement before the asking sentences of ``question`` that names nothing
    linked (``named``), while no asking sentence points back to it ("… trying to decide which campus to visit first.
    Which university …?": the asker's purpose; "I'm into aerospace. Which universities work on it?" points back)."""
    text = question.lower()
    for name in named:  # a name is marked before the sentences are cut: its own stops ("co., ltd.") end none
        text = text.replace(name, NAMED)
    sentences = [s.strip() for s in SENTENCE.findall(text) if s.strip()]
    asking = [s for s in sentences if s.endswith(("?", "？"))]
    if not asking or any(POINTS_BACK.search(s) for s in asking):
        return False
    told = [s for s in sentences[: sentences.index(asking[0])] if NAMED not in s]
    return _in_words(word, told) and not _in_words(word, [s for s in sentences if s not in told])


def _in_askers_clause(word: str, question: str) -> bool:
    """Whether ``word`` stands only in the asker's own clauses of ``question`` (search.qa_frame.frame_clauses), a
    linked name there or not: what the asker or their kin is or does beside what is asked ("my nephew got an offer
    from X; …", "我表哥在X做装配，厂里…")."""
    framing, rest = frame_clauses(question)
    return _in_words(word, framing) and not _in_words(word, rest)


def _in_words(word: str, texts: Iterable[str]) -> bool:
    """Whether ``word`` is a word of one of ``texts``: a Han word inside one, a Latin one as a word or its stem."""
    if CJK.search(word):
        return any(word in t for t in texts)
    return any(word in {*words, *map(s_stem, words)} for words in (re.findall(r"[a-z]+", t) for t in texts))


def _function_word(word: str) -> bool:
    """Whether ``word`` is an English function word (EN_FUNCTION_WORDS)."""
    return word in EN_FUNCTION_WORDS
