"""The entity reading: a person, a body or a document asked for by what the graph says of it, over all its sentences.

The evidence reader (search.qa_reader) reads one sentence. A stranger often describes what is asked by two things
the source says in two places: "that deputy GM who said firms saved on training" (his post is one sentence, his
words another), "the school leader who said pupils are trained 'to order'" (a quote, and a post). Each sentence
alone covers part of the description; the entity they both cite covers all of it. So the candidates are the
people, bodies and documents of the kind asked that the best sentences cite (search.qa_reader.Reader.candidates: of
the kind, the question's own names left out and accounted for), and each is scored by the sentences citing it together:

  score = coverage of the question's content words and linked names by the union of its sentences
          + dense_weight x the best dense similarity of the question and one of its sentences;

the best is taken when its sentences together cover ``ReaderConfig.entity_min_coverage`` of the question (a
description the graph says nothing of is not read: "the principal who said they would open a campus abroad") and its
score leads the next candidate's by ``ReaderConfig.entity_min_lead`` of itself (a description two candidates fit
equally singles nothing out); both fitted by bench/calibrate_qa_entity_reader.py, honesty first. Asked only after the one-sentence reading found nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from search.documents import CJ
from search.qa_graph import PERSON
from search.qa_match import tokens
from search.qa_reader import Reader, Reading
from search.qa_reader_asks import Asked, asked_of, question_words
from search.understand import Understanding

# The kinds read by description: people, bodies and documents, which the graph describes by their posts, words and
# acts. A party of cooperations is described by its cooperations, which the structured reading reads with every check
# of place, unit and kind ("一汽解放在金州的工厂" is no unit the graph holds: nothing, never its one partner school).
DESCRIBED = frozenset({PERSON, f"{CJ}GovernmentBody", f"{CJ}PolicyDocument"})


def read_entity(reader: Reader, u: Understanding, written: str = "") -> Reading | None:
    """The one entity of the kind ``u`` asks for whose sentences together cover the question best, or None (nothing
    asked that the reader reads, a name the graph does not hold, no candidate, below the floor or no clear lead)."""
    asked = asked_of(u)
    if asked is None or reader.unheld_names(u, written or u.question):
        return None
    scored = sorted(_scored(reader, u, asked, written), key=lambda r: -r.score)
    if not scored:
        return None
    best, config = scored[0], reader.config
    runner_up = max(scored[1].score, 0.0) if len(scored) > 1 else 0.0
    lead = (best.score - runner_up) / best.score if best.score > 0 else 0.0
    if best.coverage < config.entity_min_coverage or lead < config.entity_min_lead:
        return None
    return replace(best, lead=lead)


def _scored(reader: Reader, u: Understanding, asked: Asked, written: str) -> list[Reading]:
    """A reading per candidate: the candidate, its sentence nearest the question, its union score."""
    ranked = reader.ranked(u)
    near = {i: dense for i, _, dense in ranked}
    held: dict[str, list[int]] = defaultdict(list)  # candidate -> the ranked sentences citing it as the kind asked
    for i, _, _ in ranked:
        for x in reader.candidates(i, asked, u, written):
            if DESCRIBED & reader.classes(x):
                held[x].append(i)
    words = question_words(u)
    weights = {w: reader.sentences.weight(w, reader.config.unknown_share) for w in words}
    names = {m.doc.iri: (frozenset(tokens(m.text)), reader.sentences.rarity(m.doc.iri)) for m in u.mentions}
    total = sum(weights.values()) + sum(w for _, w in names.values())
    if not total:
        return []
    out = []
    for x, at in held.items():
        coverage = _union_coverage(reader, at, weights, names) / total
        nearest = max(at, key=near.__getitem__)
        out.append(Reading((x,), reader.sentences.sentences[nearest], coverage + reader.config.dense_weight * near[nearest],
                           coverage, near[nearest], asked.kind, "entity"))
    return out


def _union_coverage(reader: Reader, at: list[int], weights: dict[str, float],
                    names: dict[str, tuple[frozenset[str], float]]) -> float:
    """The weight of the question's words and linked names that any sentence of ``at`` holds or cites."""
    holds, sentences = reader.sentences.holds, reader.sentences.sentences
    words = sum(w for word, w in weights.items() if any(holds(i, word) for i in at))
    named = sum(w for x, (said, w) in names.items()
                if any(x in sentences[i].cited or all(holds(i, t) for t in said) for i in at))
    return words + named
