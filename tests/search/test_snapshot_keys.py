"""A kept state's key covers the code that builds it, not the code that answers with it.

Each case copies the project's packages into a temporary directory, edits one place there and
computes every snapshot's code digest (search.snapshot.code_digest, the real key) in a process of
its own, compared with the untouched copy's."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from search import builder_code, snapshot
from search.documents import load_catalogue
from search.qa_facts import FactFinder
from search.qa_prepared import made

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("graph", "ontology", "search")
KEYS = """
import json
from search import qa_prepared, qa_tables, snapshot
kept = {"catalogue": snapshot.CATALOGUE_BUILDERS, "passages": snapshot.PASSAGES_BUILDERS,
        "dictionary": snapshot.DICTIONARY_BUILDERS, "tokens": snapshot.TOKENS_BUILDERS,
        "indexes": snapshot.INDEX_BUILDERS, "facts": qa_prepared.BUILDERS, "tables": qa_tables.BUILDERS}
print(json.dumps({name: snapshot.code_digest(builders) for name, builders in kept.items()}))
"""
ALL = {"catalogue", "passages", "dictionary", "tokens", "indexes", "facts", "tables"}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the project's packages, and the keys its code gives."""
    root = tmp_path_factory.mktemp("keys")
    for package in PACKAGES:
        shutil.copytree(REPO / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    return root, _keys(root)


def _keys(root: Path) -> dict[str, str]:
    done = subprocess.run([sys.executable, "-c", KEYS], cwd=root, capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": str(root)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def _changed(project, module: str, before: str, after: str) -> set[str]:
    """The kept states whose key changes when ``before`` in ``module`` (a path) is edited to ``after``."""
    root, keys = project
    path = root / module
    text = path.read_text(encoding="utf-8")
    assert text.count(before) == 1, f"{before!r} is not once in {module}"
    path.write_text(text.replace(before, after), encoding="utf-8")
    try:
        edited = _keys(root)
    finally:
        path.write_text(text, encoding="utf-8")
    return {name for name in keys if edited[name] != keys[name]}


@pytest.mark.parametrize("module, before, after", [
    # the sentence an answer is written in
    ("search/qa_text.py", "from __future__ import annotations\n",
     "from __future__ import annotations\n\n\ndef never_built_with():\n    return 1\n"),
    # a method of the facts that only a question runs
    ("search/qa_facts.py", "    def entity(self, iri: str, score: float) -> dict:\n",
     "    def entity(self, iri: str, score: float) -> dict:\n        # answered otherwise\n"),
    # how a question is read against the lexicon, not how the lexicon is made
    ("search/understand_lexicon.py", "    def find_names(self, text: str)", "    def find_names(self,  text: str)"),
])
def test_a_change_to_code_a_question_runs_keeps_every_key(project, module, before, after):
    assert _changed(project, module, before, after) == set()


@pytest.mark.parametrize("module, before, after, stale", [
    # how the catalogue is composed: everything made from it
    ("search/documents.py", "def load_catalogue(kg: KnowledgeGraph) -> Catalogue:\n",
     "def load_catalogue(kg: KnowledgeGraph) -> Catalogue:\n    # composed otherwise\n", ALL),
    # how the lexicon's names are made: the answerer's tables alone
    ("search/understand_lexicon.py", "def _forms(name: str) -> set[str]:\n",
     "def _forms(name: str) -> set[str]:\n    # formed otherwise\n", {"tables"}),
    # a constant a builder reads: the longest word the speller respells
    ("search/qa_spell.py", "SHORTEST, LONGEST = 2, 4", "SHORTEST, LONGEST = 2, 5", {"tables"}),
    # a query the facts are read with
    ("search/qa_fact_tables.py", "    def _load_places(self, kg: KnowledgeGraph) -> None:\n",
     "    def _load_places(self, kg: KnowledgeGraph) -> None:\n        # read otherwise\n", {"facts", "tables"}),
])
def test_a_change_to_code_that_builds_a_state_changes_its_key(project, module, before, after, stale):
    assert _changed(project, module, before, after) == stale


def test_the_walk_reaches_what_builds_and_not_what_answers():
    reached = builder_code.reached((builder_code._unit_of(made),))
    assert ("search.qa_fact_tables", "FactTables._load_places") in reached
    assert ("search.qa_facts", "FactFinder.entity") not in reached
    assert ("search.documents", "Catalogue") in reached  # annotated with: its fields and dunders count
    assert builder_code.digest(load_catalogue) != builder_code.digest(FactFinder)



# The search engine's kept states (made by the build's catalogue and indexes parts, each minutes at 1000x the seed).
ENGINE = {"catalogue": snapshot.CATALOGUE_BUILDERS, "passages": snapshot.PASSAGES_BUILDERS,
          "dictionary": snapshot.DICTIONARY_BUILDERS, "tokens": snapshot.TOKENS_BUILDERS, "indexes": snapshot.INDEX_BUILDERS}


@pytest.mark.parametrize("state", sorted(ENGINE))
def test_the_search_engines_keys_reach_no_question_answering_code(state):
    # a change to question answering alone keeps the search engine's states: a server on newer Ask code than its build's
    # then remakes none of them at its first start (at 1000x the seed, remaking them took 218.9 s)
    reached = builder_code.reached(tuple(builder_code._unit_of(root) for root in ENGINE[state]))
    assert not [unit for unit in reached if unit[0].startswith(("search.qa", "search.understand"))]


def test_a_root_the_walk_cannot_name_is_refused():
    def local():
        return None
    with pytest.raises(ValueError):
        builder_code.digest(local)
    with pytest.raises(ValueError):
        builder_code.digest(len)


def test_the_digest_is_the_same_in_every_process(project):
    root, keys = project
    assert _keys(root) == keys
    assert snapshot.code_digest(snapshot.CATALOGUE_BUILDERS) == snapshot.code_digest(snapshot.CATALOGUE_BUILDERS)


CACHED = """
import json, sys, types
from search import builder_code, qa_tables, snapshot
walks = []
walk = builder_code.digest
builder_code.digest = lambda *roots: walks.append(roots) or walk(*roots)
snapshot.code_digests(types.SimpleNamespace(home=sys.argv[1]))
print(json.dumps({"walks": len(walks), "tables": snapshot.code_digest(qa_tables.BUILDERS)}))
"""


def _cached(root: Path, home: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CACHED, str(home)], cwd=root, capture_output=True, text=True,
                          check=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": str(root)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_digests_kept_in_the_build_are_used_while_the_sources_are_unchanged(project, tmp_path):
    root, keys = project
    first = _cached(root, tmp_path)
    assert first == {"walks": 7, "tables": keys["tables"]}
    assert (tmp_path / snapshot.SEARCH_INDEX_DIR / snapshot.CODE_FILE).exists()
    assert _cached(root, tmp_path) == {"walks": 0, "tables": keys["tables"]}  # read back: no walk


@pytest.mark.parametrize("module, before, after, same", [
    ("search/qa_spell.py", "SHORTEST, LONGEST = 2, 4", "SHORTEST, LONGEST = 2, 5", False),  # builds the tables
    ("search/qa_text.py", "from __future__ import annotations\n",
     "from __future__ import annotations\n\n\ndef never_built_with():\n    return 1\n", True),  # answers only
])
def test_a_changed_source_walks_the_code_again(project, tmp_path, module, before, after, same):
    root, keys = project
    _cached(root, tmp_path)
    path = root / module
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(before, after), encoding="utf-8")
    try:
        again = _cached(root, tmp_path)
    finally:
        path.write_text(text, encoding="utf-8")
    assert again["walks"] == 7
    assert (again["tables"] == keys["tables"]) is same


def test_unreadable_kept_digests_are_computed_again(project, tmp_path):
    root, keys = project
    kept = tmp_path / snapshot.SEARCH_INDEX_DIR / snapshot.CODE_FILE
    kept.parent.mkdir(parents=True)
    kept.write_text("{not json", encoding="utf-8")
    assert _cached(root, tmp_path) == {"walks": 7, "tables": keys["tables"]}
