"""The answerer's tables of names and words, made at build time and kept in the build.

The lexicon (search.understand_lexicon.Lexicon: every name's forms), the speller (search.qa_spell), the
scope (search.qa_scope: the names the graph holds, in Chinese and English tables), the names in
part (search.qa_part_names), the places' forms, the topic words and the English words of names weighed for
linking by overlap (search.qa_overlap: at 1000x the seed some seconds of every start) are made from the search
catalogue and question answering's facts alone, the same at every start of a build: at 1000x the
seed making them was half a restart's work. The counts some operators compare every instance of a
class by (search.qa_counts), the words of every entity's own values (search.qa_own_words) and the
names kind references are narrowed by (search.qa_kind_names) and the sentences the facts cite (search.qa_sentences) are made here too, from the participation
graph and the store: a question reads them, never counts. So are the names in the forms askers write them
(search.qa_name_forms: 7-8 s of every start at 1000x), given search's matcher and embedder at start.
``prepare`` (search.prebuild, at build time) keeps them as a snapshot (search.snapshot) in ``{build}/search-index/``; ``tables`` (the answerer, at
start) reads them back, or makes them (and keeps them) when none are kept or the kept ones are
stale or damaged. They hold the catalogue and its documents as references (snapshot.live_catalogue),
so what is read back points at the catalogue the engine serves. The snapshot is keyed by the
graph's content hash and by ``BUILDERS`` and what they reach (search.builder_code), which include
the code the catalogue and the facts are made by: a change to code only a question runs keeps it.

The scope's check of pinyin against search's names is the engine's, given after reading back
(``with_engine``), never kept.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.han import remembering
from graph.store import KnowledgeGraph
from search import qa_counts, qa_kind_names, qa_own_words, qa_prepared, qa_reach, qa_sentences, snapshot
from search.documents import Catalogue
from search.pinyin_names import initial_names
from search.qa_accounted import TopicWords
from search.qa_counts import Aggregates
from search.qa_cues import COMPARE_WORDS
from search.qa_facts import FactFinder
from search.qa_graph import Participation
from search.qa_kind_names import KindNames
from search.qa_name_forms import NameForms
from search.qa_overlap import OverlapNames, described_words, overlap_docs
from search.qa_own_words import OwnWords
from search.qa_part_names import PartNames
from search.qa_reach import Reach
from search.qa_scope import Scope
from search.qa_sentences import Sentences
from search.qa_spell import Speller
from search.understand_lexicon import Lexicon

FILE = "qa-tables.pickle"


@dataclass
class Tables:
    """What the answerer reads questions with, made from the catalogue and the facts."""

    lexicon: Lexicon
    speller: Speller
    scope: Scope
    part_names: PartNames
    place_forms: list[re.Pattern]  # a place's name as the topic holds it, longest first, then in code-point order (the same in every build)
    topic_words: TopicWords
    aggregates: Aggregates  # the counts operators compare every instance of a class by (search.qa_counts)
    own_words: OwnWords  # the words of each entity's own values and descriptions (search.qa_own_words)
    reach: Reach  # per class, what its instances reach: parties, partners, kinds, places (search.qa_reach)
    kind_names: KindNames  # the organisations' and cooperations' names a kind reference is narrowed by (qa_kind_names)
    overlap: OverlapNames  # the names' English words by rarity, linked with the default shares (OverlapNames.configured)
    sentences: Sentences  # the cited sentences and what each cites, the evidence reader's (search.qa_sentences)
    name_forms: NameForms  # the names in the forms askers write them, without search's matcher (NameForms.with_engine)

    def with_engine(self, spelled_name: Callable[[str], bool]) -> Tables:
        """These tables, the scope checking pinyin with ``spelled_name`` (search's name matcher)."""
        self.scope.spelled_name = spelled_name
        return self


def made(kg: KnowledgeGraph, catalogue: Catalogue, facts: FactFinder, graph: Participation) -> Tables:
    """The tables of ``kg`` from its ``catalogue``, ``facts`` and participation ``graph`` (the scope
    without its check of pinyin: ``with_engine``)."""
    return _completed(kg, catalogue, _with_facts(catalogue, facts, graph))


@dataclass(frozen=True)
class _FromFacts:
    """The tables made from the facts and the participation graph, and what the others take of the facts."""

    lexicon: Lexicon
    scope: Scope
    part_names: PartNames
    place_forms: list[re.Pattern]
    aggregates: Aggregates
    reach: Reach
    kind_names: KindNames
    labels_en: dict[str, str]  # an entity's English label, for the sentences' words


def _with_facts(catalogue: Catalogue, facts: FactFinder, graph: Participation) -> _FromFacts:
    lexicon = Lexicon(catalogue)
    held = (*(n for names in facts.labels.values() for n in names.values()), *initial_names(catalogue))
    # (the words of a comparison are the reading's too: "民大PK海大" names no "PK")
    scope = Scope(catalogue, held, facts.held_dates, frozenset((*lexicon.vocabulary, *COMPARE_WORDS)), None,
                  frozenset(facts.place_named))
    # a place's name as the topic holds it: without the reading's own words ("jinpu new area" → "jinpu new")
    forms = {p for place in facts.place_names
             for p in (place, " ".join(w for w in place.split() if w not in lexicon.vocabulary)) if p}
    place_forms = [re.compile(rf"(?<![a-z]){re.escape(p)}(?![a-z])") for p in sorted(forms, key=lambda p: (-len(p), p))]
    class_sets = {frozenset(c) for c in lexicon.class_words.values()}
    names = qa_kind_names.made(facts, graph)
    return _FromFacts(lexicon, scope, PartNames(catalogue, names, facts.place_names), place_forms,
                      qa_counts.made(graph, class_sets, catalogue.ancestors),
                      qa_reach.made(graph, facts.located, lambda x: (facts.label(x), x)), names,
                      {x: labels["en"] for x, labels in facts.labels.items() if "en" in labels})


def _completed(kg: KnowledgeGraph, catalogue: Catalogue, part: _FromFacts) -> Tables:
    """The tables from ``part`` and those made without the facts."""
    return Tables(part.lexicon, Speller(part.lexicon), part.scope, part.part_names, part.place_forms,
                  TopicWords(part.lexicon.vocabulary), part.aggregates, qa_own_words.made(kg), part.reach,
                  part.kind_names, OverlapNames(overlap_docs(catalogue), described=described_words(catalogue)),
                  qa_sentences.made(kg, part.labels_en), NameForms.made(catalogue))


# The code that makes the tables and what they are made from (the catalogue, the facts).
BUILDERS = (made, Tables, *qa_prepared.BUILDERS)


def path_of(kg: KnowledgeGraph) -> Path | None:
    """Where the tables of ``kg``'s build are kept; None for a graph with no build directory."""
    return snapshot.path_in(kg, FILE)


def tables(kg: KnowledgeGraph, catalogue: Catalogue, facts: FactFinder, graph: Participation) -> Tables:
    """The tables of ``kg`` (``catalogue``, ``facts`` and ``graph`` its own): read back from its build when
    kept there, else made (and kept, when the build directory can be written, for the next start)."""
    kept = snapshot.kept(path_of(kg), snapshot.key_of(kg, BUILDERS), lambda: made(kg, catalogue, facts, graph),
                         snapshot.live_catalogue(catalogue))
    return kept if isinstance(kept, Tables) else made(kg, catalogue, facts, graph)


def prepare(kg: KnowledgeGraph, catalogue: Catalogue) -> Path | None:
    """Make and keep the tables of ``kg``'s build unless current ones are there (the facts read back
    from the build: search.qa_prepared.prepare first); return their path."""
    path = path_of(kg)
    if path is not None and snapshot.payload(path, snapshot.key_of(kg, BUILDERS)) is None:
        snapshot.save(path, snapshot.key_of(kg, BUILDERS), _made_from_kept(kg, catalogue),
                      snapshot.live_catalogue(catalogue))
    return path


def _made_from_kept(kg: KnowledgeGraph, catalogue: Catalogue) -> Tables:
    """The tables of ``kg`` made from its facts read back, which are given back once the tables made from them
    are: held through the others (the sentences, the speller, the own words...) and the save, they added to
    the tables part's peak (bench/results/parts27-*.md, parts28-*.md). The tables normalise the same names one
    after the other: each name's form is remembered while they are made (graph.han.remembering), and forgotten
    before the save."""
    with remembering():
        facts, graph = qa_prepared.facts_and_graph(kg, catalogue)
        part = _with_facts(catalogue, facts, graph)
        del facts, graph
        gc.collect()  # the facts' cycles
        return _completed(kg, catalogue, part)
