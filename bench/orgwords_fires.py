"""How often round 30's orgwords30 readings fire on question sets, and how often the answer is then right.

A question fires when the wording the reading parses (search.wording.standard_wording, called by search.qa) holds
- a word of a kind of organisation that the ontology at REV (default main) did not hold: a kind word strangers use
  ("outfits", "entities", "bodies", 主体, 共建单位, 校方, 科研单位, …: ontology/chanjiao.ttl) or a kind with 方 after it
  (企业方, 高校方: search.understand_lexicon's sides); or
- a Cantonese word or 间 as a measure word the text was read through (a marker of search.cantonese.MARKERS, which that module reads at the normalisation now, and search.wording.ORGANISATION_MEASURE);
or when 家 after a which- or count-word is read as asking for organisations (search.understand.ORGANISATION_WORD
answered for a text that does not write it).
The harness: bench/qa_fires.py.

    python bench/orgwords_fires.py [--rev REV] [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import rdflib
from qa_fires import main

from search import qa as qa_module
from search import understand
from search.qa_graph import ORGANIZATION, of_kinds
from search.understand_lexicon import _forms, class_word_spans
from search.cantonese import MARKERS
from search.wording import ORGANISATION_MEASURE

ROOT = Path(__file__).resolve().parent.parent
LABELS = (rdflib.RDFS.label, rdflib.SKOS.altLabel)


def held_words(rev: str) -> set[str]:
    """The forms of every label and alt label of the ontology at git revision ``rev``."""
    ttl = subprocess.run(["git", "show", f"{rev}:ontology/chanjiao.ttl"], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout
    graph = rdflib.Graph().parse(data=ttl, format="turtle")
    return {form for p in LABELS for _, _, label in graph.triples((None, p, None)) for form in _forms(str(label))}


def counter(rev: str) -> Callable:
    """A ``counted`` for qa_fires.main: the answerer's standard_wording wrapped to count the texts holding a
    Cantonese word, 间 as a measure word or a kind word of an organisation the ontology at ``rev`` lacked, and the
    answer word's reading to count 家 read as organisations."""
    held = held_words(rev)

    def counted(qa) -> Callable[[], int]:
        fired = [0]
        worded = qa_module.standard_wording
        lexicon, ancestors = qa.lexicon, qa.lexicon.catalogue.ancestors

        def organisation(word: str) -> bool:
            return of_kinds(lexicon.class_words[word], frozenset({ORGANIZATION}), ancestors)

        def counting(text: str) -> str:
            read = worded(text)
            cantonese = MARKERS.search(text) is not None or ORGANISATION_MEASURE.search(text) is not None
            fired[0] += cantonese or any(w not in held and organisation(w) for _, w in class_word_spans(read, lexicon))
            return read

        answer_word = understand._answer_word

        def counting_word(text: str, *args, **kwargs) -> str | None:
            word = answer_word(text, *args, **kwargs)
            fired[0] += word == understand.ORGANISATION_WORD and word not in text
            return word

        qa_module.standard_wording, understand._answer_word = counting, counting_word
        return lambda: fired[0]

    return counted


if __name__ == "__main__":
    argv, rev = sys.argv[1:], "main"
    if argv[:1] == ["--rev"]:
        rev, argv = argv[1], argv[2:]
    main(__doc__.splitlines()[0], counter(rev), argv)
