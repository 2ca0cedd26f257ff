"""The evidence reader: a question answered off the one sentence of a source that states its answer.

Many facts are stated in passing ("2023年4月,教育部要求各省启动产教联合体创建工作", "以综合排名第5名的成绩")
and a question about them may use no construction the structured reading knows ("which central body told
every province to get going on these consortia"). The reader does not depend on the construction:

1. sentences (search.qa_sentences: the cited spans, their words in both languages, what their facts cite)
   are ranked by how much of the question they cover: the IDF-weighted share of its content words
   they hold, a linked name counted as covered by a sentence citing its entity, plus the dense
   similarity of the question and the sentence (one space for both languages) for the best few;
2. the answer is what the best sentence's facts cite of the kind the question asks (``Asked``): a
   person (谁, who, name him; holding the post named, if any) or an organisation of what a which-word
   names (哪个部门, which body: a word of the candidate's class or post), minus whatever the
   question itself names, and nothing when the sentence leaves a name the question links unaccounted for
   or cites more of the kind than ``max_items``. Counts, dates and places are left to the structured
   reading: a figure must agree with the measure and the bearer asked, which a bag of words does not tell;
3. it is accepted only when the sentence's score reaches ``ReaderConfig.min_score`` (fitted by
   bench/calibrate_qa_reader.py), the sentence holds the topic word written right after a linked name
   ("河野机器人" is no robot of Heye's) and exactly the kind asked is found: a which-word naming nothing the
   sentence cites ("which hospital") reads nothing.

The answerer asks the reader only when its structured reading found nothing and settled no refusal
(search.qa.QuestionAnswerer._answered).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from graph.han import HAN as CJK
from graph.han import HAN_CHARS
from graph.han import HAN_RUN as CJK_RUN
from graph.namespaces import span_path, sparql_prologue
from search.qa_answer import evidence_item
from search.documents import CJ
from search.qa_cues import SAID_WORDS
from search.qa_facts import TITLE, FactFinder
from search.qa_graph import ORGANIZATION, PERSON
from search.qa_match import tokens
from search.qa_reader_asks import Asked, asked_of, question_words, ZH_FUNCTION
from search.qa_post_owner import unowned_title
from search.qa_readings import doubtful
from search.qa_sentences import Sentence, Sentences
from search.qa_text import VERDICTS
from search.qa_values import MONTHS
from search.text import normalize
from search.understand import Understanding
from search.vector_cache import VectorCache

# The asking and pronoun characters: a word holding one is the question's asking or pointing, never a name
# ("跟哪所", "谁更大", "他们" 学校).
ASKING = re.compile(r"[哪谁啥几他她它我你咱]|什么")
# A demonstrative or quantifier: the word after it begins with a measure word ("那份文件", "每家企业").
POINTING = "[那这哪每各该此本一]"
# The kinds of thing the reader answers with: no measure, unit or vocabulary term a sentence cites ("成员单位" is no 单位).
READ_KINDS = frozenset({PERSON, ORGANIZATION, f"{CJ}PolicyDocument"})
# The word right after a name: two Han characters, or a Latin word after an optional possessive.
TAIL = re.compile(rf"(?:['’]s)?\s*(?P<tail>[{HAN_CHARS}]{{2}}|[a-z][a-z-]+)")
NONE = np.zeros(0, dtype=np.int32)  # no sentences
FIGURE = "figure"  # the Reading.by and Reading.kind of a figure read (search.qa_figure_reader)
# A month, written whole or short ("Dec 2022", "May 2024"): a date, never a name the graph should hold.
MONTH_TOKENS = frozenset(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
# A Han word opening on a verb of saying is what was said, never a name ("说社招技工…": 说社招, "说要去海外": 说要去).
SAYING = tuple(w for w in SAID_WORDS if CJK.search(w))


@dataclass(frozen=True)
class ReaderConfig:
    """The reader's weights: the dense similarity's share beside coverage, how many sentences are compared
    densely, the kinship of a noun asked to a kind, and the score a sentence must reach to answer. ``dense_weight``,
    ``unknown_share``, ``kin_similarity`` and ``min_score`` fitted by bench/calibrate_qa_reader.py on
    bench/qa-reader-calibration.jsonl (126 dev questions the reader is asked about: 45 answerable, 81 not; no test
    uses them), honesty first (no floor reading a question that expects nothing): 82/126 (81 with no reader) at
    dense weight 3.0, kinship 0.65, floors 1.55-1.6; the middle (the lower) kept (round 20: 1.75)."""

    min_score: float = 1.55
    dense_weight: float = 3.0
    dense_top: int = 12
    max_items: int = 4  # a sentence citing more of the kind asked does not single the answer out
    unknown_share: float = 1.0  # what a question word no sentence holds weighs, as a share of the rarest word's weight
    frequent_share: float = 0.25  # a word held by more of the sentences than this share adds no candidates
    kin_similarity: float = 0.65  # a noun asked and a name of a kind this near in meaning (cosine) agree
    kept_vectors: int = 4096  # the sentence vectors kept (least recently used dropped): at 1000x some 10^5 sentences
    kept_kinds: int = 1024  # the (noun asked, names of a kind) agreements kept: a kind per class set, a post's titles
    # the entity reading (search.qa_entity_reader): the share of the question its best candidate's sentences must
    # cover together, and its score's lead over the next candidate's, as a share of its own; fitted by
    # bench/calibrate_qa_entity_reader.py (30 cases: 19/30 right, no empty one read, at lead 0.45 and coverage 0.1-0.2)
    entity_min_coverage: float = 0.15
    entity_min_lead: float = 0.45
    # the figure reading (search.qa_figure_reader): its best figure's sentence score, and its lead over the best figure
    # of another value, as a share of its own; fitted by bench/calibrate_qa_figure_reader.py (52 written cases, 32
    # expecting nothing: 46/52 right, none expecting nothing read, at lead 0.9 and floors 0.0-0.8; the middle kept)
    figure_min_score: float = 0.4
    figure_min_lead: float = 0.9



@dataclass(frozen=True)
class Reading:
    """The answer read off one sentence: its items (IRIs), the sentence and its score."""

    items: tuple[str, ...]
    sentence: Sentence
    score: float
    coverage: float
    dense: float
    kind: str
    by: str = "sentence"  # "sentence": read off one sentence; "entity": off all the sentences of one entity
    lead: float = 1.0  # an entity reading's lead over the next candidate, as a share of its score


@dataclass
class Reader:
    """Reads answers off ``sentences`` with the graph's ``facts``; ``vector`` embeds texts (the engine's
    embedder: rows L2-normalised), ``query`` one question (the engine's cached query vector); ``weights``: a text's
    words, each with its weight and whether any document of the graph holds it (SearchEngine.word_weights)."""

    sentences: Sentences
    facts: FactFinder
    vector: Callable[[list[str]], np.ndarray]
    query: Callable[[str], np.ndarray]
    weights: Callable[[str], Mapping[str, tuple[float, bool]]]
    config: ReaderConfig = field(default_factory=ReaderConfig)

    def __post_init__(self) -> None:
        self._vectors = VectorCache(self.config.kept_vectors)
        # (a pure function of its arguments, bounded; lru_cache is safe to share between the server's threads)
        self._kind_agrees = lru_cache(maxsize=self.config.kept_kinds)(self._noun_agrees)
        self._titles: dict[str, list[str]] = defaultdict(list)  # person -> the titles of their posts (read once)
        for person, _, _, title in self.facts.positions:
            self._titles[person].append(title)

    def read(self, u: Understanding, written: str = "") -> Reading | None:
        """The reading of the parse ``u`` of the question ``written`` whose sentence scores best and holds the kind
        asked; None when nothing is asked that the reader reads, the question holds a name the graph does not
        (``unheld_names``), no sentence holds it, or the best score is below ``min_score``."""
        asked = asked_of(u)
        if asked is None or self.unheld_names(u, written or u.question):
            return None
        ranked = self.ranked(u)
        for i, coverage, dense in ranked:
            items = self.candidates(i, asked, u, written)
            if len(items) > self.config.max_items:
                return None
            if items:
                score = coverage + self.config.dense_weight * dense
                if score < self.config.min_score or not self._tails_held(i, u):
                    return None
                return Reading(items, self.sentences.sentences[i], score, coverage, dense, asked.kind)
        return None

    def unheld_names(self, u: Understanding, written: str) -> list[str]:
        """The name-shaped words of the question no document of the graph holds: a sentence read for it answers
        another thing ("Tsinghua", "一汽大众" beside 一汽解放, "船舶制造" beside 装备制造). Name-shaped: a Latin word
        written with a capital (not a sentence's first word: "Name him") or a digit ("Fudan", "5G"); a Han word of
        three characters or more beginning and ending with characters the graph holds nowhere ("比亚迪", "广州市")."""
        text = normalize(written)  # as written: a rewrite may have put a name of the graph's in ("一汽大众": 一汽解放)
        unheld = [w for w, (_, held) in self.weights(text).items() if not held and len(w) > 1 and w not in ZH_FUNCTION
                  and not ASKING.search(w) and w not in MONTH_TOKENS]
        # (a word right after a demonstrative or quantifier begins with its measure word, no name: "那份文件" 份文件)
        return [w for w in unheld if (_written_as_name(w, written) if not CJK.search(w)
                                      else self._name_shaped(w) and not re.search(f"{POINTING}{re.escape(w)}", text))]

    def _name_shaped(self, word: str) -> bool:
        """Whether the unheld Han ``word`` is shaped like a name: three characters or more, both its first two and its
        last two held nowhere ("比亚迪", "广州市"; "中央部门" is two held words, "份文件" a segmentation's slip)."""
        return len(word) > 2 and not word.startswith(SAYING) and all(self._held_nowhere(end) for end in (word[:2], word[-2:]))

    def _held_nowhere(self, text: str) -> bool:
        """Whether ``text`` has words (a stop word has none) and no document holds any of them."""
        weights = self.weights(text)
        return bool(weights) and not any(held for _, held in weights.values())

    def _tails_held(self, i: int, u: Understanding) -> bool:
        """Whether sentence ``i`` holds every topic word written right after a linked name, which narrows it
        ("河野机器人": Heye's robots, "德泰物流", "Heye's robot division"): the structured reading found nothing
        of that narrowed name, and a sentence about the name alone does not say it."""
        topic, context = tokens(u.topic), self.sentences.context.get(self.sentences.sentences[i].document, frozenset())
        for m in (m for m in u.mentions if m.doc.iri not in context):  # "the Dalian Daily piece" is the document
            after = TAIL.match(u.question, u.start(m) + len(m.text)) if m.text in u.question else None
            word = next(iter(tokens(after.group("tail"))), "") if after else ""
            if word and word in topic and not self.sentences.holds(i, word):
                return False
        # a topic word read whole, whose beginning the sentence holds and whose end it does not ("德泰物流" unlinked)
        runs = [run for run in CJK_RUN.findall(u.topic) if len(run) >= 4]
        return not any(self.sentences.holds(i, run[:2]) and not self.sentences.holds(i, run[-2:]) for run in runs)

    def ranked(self, u: Understanding) -> list[tuple[int, float, float]]:
        """(sentence, coverage, dense similarity) of the best ``dense_top`` sentences by coverage, best score first."""
        words = question_words(u)
        weights = {w: self.sentences.weight(w, self.config.unknown_share) for w in words}
        # a linked name weighs as a rare word, covered by a sentence citing its entity or holding its words
        entity = {(m.doc.iri, frozenset(tokens(m.text))): self.sentences.rarity(m.doc.iri) for m in u.mentions}
        total = sum(weights.values()) + sum(entity.values())
        if not total:
            return []
        covered: Counter[int] = Counter()
        frequent = self.config.frequent_share * len(self.sentences.sentences)
        for w, weight in weights.items():
            held = self.sentences.holding.get(w, NONE)
            covered.update(dict.fromkeys(held.tolist(), weight) if len(held) <= frequent else {})
        for (x, _), weight in entity.items():
            covered.update(dict.fromkeys(self.sentences.citing.get(x, NONE).tolist(), weight))
        top = [i for i, _ in covered.most_common(self.config.dense_top)]
        coverage = {i: self._coverage(i, weights, entity) / total for i in top}
        dense = self._dense(u.question, top)
        return sorted(((i, coverage[i], d) for i, d in zip(top, dense)),
                      key=lambda t: -(t[1] + self.config.dense_weight * t[2]))

    def _coverage(self, i: int, weights: dict[str, float], entity: dict[tuple[str, frozenset[str]], float]) -> float:
        s, holds = self.sentences.sentences[i], self.sentences.holds
        return sum(w for word, w in weights.items() if holds(i, word)) + \
            sum(w for (x, said), w in entity.items() if x in s.cited or all(holds(i, word) for word in said))

    def _dense(self, question: str, top: list[int]) -> list[float]:
        """The cosine of the question and each sentence; a sentence's vector is made once and kept (a bounded cache)."""
        if not top:
            return []
        vectors = self._vectors.many(top, lambda new: self.vector([self.sentences.sentences[i].text for i in new]))
        q = self.query(question)
        return [float(v @ q) for v in vectors]

    def candidates(self, i: int, asked: Asked, u: Understanding, written: str = "") -> tuple[str, ...]:
        """What sentence ``i`` cites of the kind asked, the question's own entities left out.
        Nothing when the sentence leaves an entity the question names unaccounted for (neither cited, nor written,
        nor its document or the document's publisher or author):
        "大连理工大学的校长是谁" is not read off a sentence about another college's president."""
        s, named = self.sentences.sentences[i], {m.doc.iri for m in u.mentions}
        if self.unaccounted(i, u):
            return ()
        # (the question as read and as written: a rewrite may have replaced the name it wrote)
        cited = sorted(x for x in s.cited if x not in named and not self._written(x, f"{u.question} {normalize(written)}"))
        ancestors = self.facts.catalogue.ancestors
        kinds = {x: self._classes(x, ancestors) for x in cited}
        if asked.kind == "person":
            return self._people(cited, kinds, u)
        return tuple(x for x in cited if kinds[x] & READ_KINDS and self._agrees(asked, x, kinds[x]))

    def unaccounted(self, i: int, u: Understanding) -> set[str]:
        """The entities the question names that sentence ``i`` does not account for: neither cited, nor its document's
        (the document or its publisher or author), nor their words held."""
        s = self.sentences.sentences[i]
        context = s.cited | self.sentences.context.get(s.document, frozenset())
        return {m.doc.iri for m in u.mentions
                if m.doc.iri not in context and not all(self.sentences.holds(i, w) for w in tokens(m.text))}

    def _agrees(self, asked: Asked, x: str, classes: set[str]) -> bool:
        """Whether the noun asked names the kind of ``x``: by its words (Asked.agrees), by its head word in the English
        name of ``x`` ("which ministry": the Ministry of Education), or by meaning, a name of its kind lying within
        ``kin_similarity`` of the noun in its own language ("department": a government body)."""
        return asked.head(self.facts.label(x, "en")) or self._kind_agrees(asked, tuple(self._names(x, classes)))

    def _noun_agrees(self, asked: Asked, names: tuple[str, ...]) -> bool:
        """Whether the noun asked names the kind ``names`` name, by its words or by meaning (``_agrees``); kept per
        (noun, names) in ``_kind_agrees`` (a sentence cites many of one kind: each was weighed again, ~100 ms a read)."""
        if asked.agrees(list(names)):
            return True
        # (in the noun's own language: across languages the embedding's kinship is loose, "专业" lies near "vocational college")
        want, chinese = self.query(asked.noun), bool(CJK.search(asked.noun))
        return any(float(want @ self.query(n)) >= self.config.kin_similarity for n in names if bool(CJK.search(n)) == chinese)

    def _written(self, x: str, question: str) -> bool:
        """Whether ``question`` writes ``x``: its Chinese name, its first four characters ("冰山松洋" for 冰山松洋压缩机
        (大连)有限公司) or its English name: what the question names is never its answer."""
        zh, en = self.facts.label(x, "zh"), self.facts.label(x, "en").lower()
        return zh in question or (len(zh) > 4 and zh[:4] in question) or (bool(en) and en in question)

    def _people(self, cited: list[str], kinds: dict[str, set[str]], u: Understanding) -> tuple[str, ...]:
        """The people cited; holding the post the question names when it names one (no president for "vice
        president", no general manager for a deputy one: FactFinder.unheld_title)."""
        people = [x for x in cited if PERSON in kinds[x]]
        if not TITLE.search(u.question):
            return tuple(people)
        if self.facts.unheld_title(u) is not None or unowned_title(u, self.facts) is not None:
            return ()
        holding = {person for person, _, _ in self.facts.matching_positions(u)}
        return tuple(x for x in people if x in holding)

    def classes(self, x: str) -> set[str]:
        """The classes of ``x``: its own types and their ancestors."""
        return self._classes(x, self.facts.catalogue.ancestors)

    def _classes(self, x: str, ancestors: Mapping[str, Iterable[str]]) -> set[str]:
        """The classes of ``x``: its own types and their ancestors (``ancestors``: the catalogue's)."""
        own = set(self.facts.typed.get(x, ()))
        return own.union(*(ancestors.get(c, ()) for c in own))

    def _names(self, x: str, classes: set[str]) -> list[str]:
        """The names of the kind of ``x``: its classes' names and the titles of its posts (never its own name:
        "which Dalian hospital" is no Dalian university)."""
        names: list[str] = []
        for c in classes:
            n = self.facts.catalogue.classes.get(c)
            names += [w.lower() for w in (n.values if n else ())]
        return names + self._titles.get(x, [])


def _written_as_name(word: str, question: str) -> bool:
    """Whether the Latin ``word`` is written in ``question`` with a capital or a digit ("Tsinghua", "5G")."""
    found = re.search(rf"(?<![.?!:;]\s)(?<!^)\b{re.escape(word)}", question.strip(), re.IGNORECASE)  # a sentence's first word may be capitalised
    return found is not None and any(c.isupper() or c.isdigit() for c in found.group())


def evidence_of(x: str, s: Sentence, facts: FactFinder, base_iri: str) -> dict:
    """The evidence of the answer ``x``: read off the sentence ``s`` of its document (the answers' evidence shape)."""
    return evidence_item([facts.label(x), "陈述于 stated in", facts.label(s.document)],
                         [{"document": s.document, "start": s.start, "end": s.end, "text": s.text,
                           "url": span_path(base_iri, s.document, s.start, s.end)}])


def statements_of(s: Sentence) -> str:
    """A query for the facts the sentence states (a researcher reruns it)."""
    return ("SELECT ?s ?p ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cj:evidence ?ev .\n"
            f"  ?ev cj:sourceDocument <{s.document}> ; cj:start {s.start} ; cj:end {s.end} . }}")


def worded(reading: Reading, facts: FactFinder, lang: str) -> str:
    """The answer's sentence: what was read, said to be read off a source sentence (the evidence gives it)."""
    if reading.by == FIGURE:  # a figure, told with what it is of (search.qa_figure_reader)
        said = [f"{facts.label(facts.quantity_owner[x][0], lang)}: {facts.figure_text(x, lang)}" for x in reading.items]
    else:
        said = [facts.label(x, lang) for x in reading.items]
    if lang == "zh":
        return f"据来源中陈述此事的句子：{'、'.join(said)}。"
    return f"Read off the source sentence stating it: {', '.join(said)}."


def read_in(reader: Reader, found, u: Understanding, base_iri: str, also: Iterable[Callable[..., Reading | None]] = ()):
    """``found`` (a search.qa.Answer), or, when it found nothing and refused nothing (no name the graph does
    not hold, no verdict, nothing settled, no figure derived) and negates nothing, the same answer read off the sentence stating it;
    failing that, off the first of the readings ``also`` (each called with the reader, ``u`` and the question) that reads one."""
    summary = found.understanding
    if not doubtful(found) or any(v.match(found.answer_text.lower()) for v in VERDICTS.values()):
        return found
    if "negation" in summary.get("operators", ()):
        return found  # a sentence states who takes part, never who does not: read off it, a negation answers its positive set
    reading = reader.read(u, found.question)
    for read in also:
        reading = reading or read(reader, u, found.question)
    if reading is None:
        return found
    items = [reader.facts.entity(x, reading.score) for x in reading.items]
    return replace(found, answers=items, answer_text=worded(reading, reader.facts, u.lang),
                   evidence=[evidence_of(x, reading.sentence, reader.facts, base_iri) for x in reading.items], related=[],
                   sparql=sparql_prologue() + statements_of(reading.sentence),
                   understanding={**summary, "reader": {"sentence": reading.sentence.text, "score": round(reading.score, 4),
                                                        "coverage": round(reading.coverage, 4), "dense": round(reading.dense, 4),
                                                        "kind": reading.kind, "by": reading.by,
                                                        "lead": round(reading.lead, 4)}})
