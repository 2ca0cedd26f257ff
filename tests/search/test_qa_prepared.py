"""What a start reads kept in the build (question answering's facts, the search catalogue, the
tokens and the search engine's indexes besides the dense one): read back equal to what the graph
gives, and made again from the graph when the saved file is missing, stale, truncated or corrupted."""

from dataclasses import fields, replace

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph
from search import qa_prepared, qa_tables, snapshot
from search.documents import load_catalogue
from search.index import Indexes, make_indexes, passages, passages_hash
from search.lexical import Tokenizer, names_tokenizer
from search.shortforms import Places
from search.qa_counts import Aggregates
from search.qa_fact_queries import EVIDENCE
from search.qa_fact_indexes import INDEXED_ATTRIBUTE
from search.qa_graph import PARTICIPANT
from search.qa_name_forms import NameForms, NoEngine
from search.qa_own_words import OwnWords
from search.qa_prepared import LIVE, facts_and_graph, load, made, path_of


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A build of the real curated data of its own (the files here are rewritten), and its catalogue."""
    config = BuildConfig(data_dir=tmp_path_factory.mktemp("qa-prepared"))
    build(config)
    kg = open_graph(config.data_dir)
    yield kg, load_catalogue(kg)
    kg.close()


def state(facts, graph) -> tuple[dict, dict]:
    # what is kept: not the live objects, nor the indexes made from the facts at start (qa_facts.INDEXED)
    return {k: v for k, v in vars(facts).items() if k not in LIVE | {INDEXED_ATTRIBUTE}}, dict(vars(graph))


def test_prepared_facts_read_back_equal_to_the_graphs(built):
    kg, catalogue = built
    path = qa_prepared.prepare(kg)
    assert path is not None and path.is_file()
    loaded = load(path, kg, catalogue)
    assert loaded is not None
    fresh = made(kg, catalogue)
    assert state(*loaded) == state(*fresh)
    facts = loaded[0]
    assert facts.kg is kg and facts.catalogue is catalogue
    some = next(iter(catalogue.docs))
    assert facts.entity(some.iri, 1.0) == fresh[0].entity(some.iri, 1.0)


def test_the_state_read_without_the_catalogue_is_the_one_made_with_it(built):
    kg, catalogue = built
    facts, graph = state(*made(kg, catalogue))
    assert qa_prepared.read_state(kg) == {"facts": facts, "graph": graph}


@pytest.mark.parametrize("damage", ["truncated", "garbage", "stale", "missing"])
def test_a_damaged_or_stale_file_is_made_again_from_the_graph(built, damage):
    kg, catalogue = built
    path = qa_prepared.prepare(kg)
    blob = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "garbage":
        path.write_bytes(b"not a pickle at all")
    elif damage == "stale":
        snapshot.save(path, {**qa_prepared.key_of(kg), "graph_hash": "another graph"},
                      snapshot.load(path, qa_prepared.key_of(kg)))
    else:
        path.unlink()
    assert load(path, kg, catalogue) is None
    facts, graph = facts_and_graph(kg, catalogue)
    assert state(facts, graph) == state(*made(kg, catalogue))
    assert load(path, kg, catalogue) is not None  # and saved again for the next start


def test_a_graph_with_no_build_directory_is_read_off_the_graph(small_kg):
    catalogue = load_catalogue(small_kg)
    assert path_of(small_kg) is None
    facts, graph = facts_and_graph(small_kg, catalogue)
    assert facts.label("https://w3id.org/chanjiao/id/org/dlut") == "大连理工大学"
    assert graph.parties["https://w3id.org/chanjiao/id/project/pemfc"] == {
        "https://w3id.org/chanjiao/id/org/guochuang", "https://w3id.org/chanjiao/id/org/djtu"}


def test_participation_evidence_read_at_start_is_what_the_store_states_per_triple(built):
    kg, catalogue = built
    facts, graph = made(kg, catalogue)
    pairs = [(coop, party) for coop, parties in sorted(graph.parties.items()) for party in sorted(parties)]
    assert len(pairs) > 40
    cited = 0
    for coop, party in pairs:
        rows = kg.select(EVIDENCE, s=coop, p=PARTICIPANT, o=party)
        spans = facts.evidence(coop, PARTICIPANT, party)
        assert [(s["document"], s["start"], s["end"], s["text"]) for s in spans] == \
            [(r["doc"], r["start"], r["end"], r["quote"]) for r in rows]
        cited += bool(spans)
    assert cited > 20


def test_the_search_catalogue_is_kept_in_the_build_and_read_back_equal(built):
    kg, catalogue = built
    path = snapshot.path_in(kg, snapshot.CATALOGUE_FILE)
    path.unlink(missing_ok=True)
    assert snapshot.catalogue(kg) == catalogue  # composed by SPARQL, and kept
    assert path.is_file()
    assert snapshot.catalogue(kg) == catalogue  # read back
    path.write_bytes(path.read_bytes()[:100])
    assert snapshot.catalogue(kg) == catalogue  # a truncated file is made again


def _made(catalogue):
    """A tokenizer of ``catalogue``'s names and a maker of its indexes with it, counting its calls."""
    tokenizer, calls = Tokenizer(v for d in catalogue.docs for v in d.name_values), []

    def make():
        calls.append(1)
        return make_indexes(catalogue, tokenizer, {}, Places.of(catalogue.places))
    return tokenizer, make, calls


def _unkept(kg):
    for name in (snapshot.TOKENS_FILE, snapshot.INDEXES_FILE):
        snapshot.path_in(kg, name).unlink(missing_ok=True)


def test_the_tokens_of_the_documents_are_kept_and_are_the_tokenizers_own(built):
    kg, catalogue = built
    texts = {v for d in catalogue.docs for _, v in d.fields}
    _unkept(kg)
    first, make, _ = _made(catalogue)
    snapshot.indexes(kg, first, make)
    second, make, calls = _made(catalogue)
    snapshot.indexes(kg, second, make)
    assert calls == []  # read back
    kept = second.memo()
    assert texts <= set(kept)
    fresh, _, _ = _made(catalogue)
    assert all(list(kept[t]) == fresh.tokens(t) for t in texts)


def _answers(indexes: Indexes, catalogue, tokenizer) -> tuple:
    """What the indexes answer for every document's name and a few terms."""
    names = [d.label for d in catalogue.docs if d.label][:40]
    terms = [*(tokenizer.tokens(n) for n in names), ["大连"], ["科技"], ["hydrogen"], ["燃料电池"]]
    lexical = [tuple(a.tolist() for a in indexes.lexical.matches(t)) for t in terms]
    found = [[(m.doc, m.tier) for m in indexes.name_index.lookup(n, 5)] for n in [*names, "dalian", "dlgl"]]
    holders = [(p.holders(t[0]) if t else None) for t in terms for p in (indexes.doc_postings, indexes.own_postings)]
    weights = [indexes.idf.of(frozenset(t)) for t in terms]
    return lexical, found, [None if h is None else h.tolist() for h in holders], weights, indexes.names


def test_the_engines_indexes_are_kept_and_answer_as_made(built):
    kg, catalogue = built
    _unkept(kg)
    tokenizer, make, calls = _made(catalogue)
    made = snapshot.indexes(kg, tokenizer, make)
    assert calls == [1] and snapshot.has_indexes(kg)
    again, make, calls = _made(catalogue)
    kept = snapshot.indexes(kg, again, make)
    assert calls == []
    assert _answers(kept, catalogue, again) == _answers(made, catalogue, tokenizer)
    assert kept.name_index.readings == made.name_index.readings


def test_stale_or_damaged_indexes_are_made_again(built):
    kg, catalogue = built
    path = snapshot.path_in(kg, snapshot.INDEXES_FILE)
    tokenizer, make, _ = _made(catalogue)
    state = snapshot.indexes(kg, tokenizer, make)
    damages = {
        "another graph": lambda: snapshot.save(path, {**snapshot.key_of(kg, snapshot.INDEX_BUILDERS), "graph_hash": "x"}, state),
        "other code": lambda: snapshot.save(path, {**snapshot.key_of(kg, snapshot.INDEX_BUILDERS), "code": "x"}, state),
        "truncated": lambda: path.write_bytes(path.read_bytes()[:1000]),
        "corrupted": lambda: path.write_bytes(path.read_bytes().replace(b"\x94", b"\x95", 3)),
        "not indexes": lambda: snapshot.save(path, snapshot.key_of(kg, snapshot.INDEX_BUILDERS), {"lexical": 1}),
    }
    for what, damage in damages.items():
        damage()
        tokenizer, make, calls = _made(catalogue)
        assert _answers(snapshot.indexes(kg, tokenizer, make), catalogue, tokenizer)[1:3] == \
            _answers(state, catalogue, tokenizer)[1:3], what
        assert calls == [1], what
        assert snapshot.has_indexes(kg), what  # saved again


def test_the_passages_hash_is_kept_and_equals_the_composed_ones(built):
    kg, catalogue = built
    path = snapshot.path_in(kg, snapshot.PASSAGES_FILE)
    path.unlink(missing_ok=True)
    composed = passages_hash(*passages(catalogue.docs))
    assert snapshot.passages_digest(kg, catalogue.docs) == composed  # composed, and kept
    assert path.is_file()
    assert snapshot.passages_digest(kg, ()) == composed  # read back: nothing composed
    path.write_bytes(path.read_bytes()[:50])
    assert snapshot.passages_digest(kg, catalogue.docs) == composed  # a truncated file is made again


def test_the_jieba_dictionary_is_kept_and_cuts_as_made(built):
    kg, catalogue = built
    path = snapshot.path_in(kg, snapshot.DICTIONARY_FILE)
    path.unlink(missing_ok=True)
    fresh = names_tokenizer(catalogue)
    texts = [*[v for d in catalogue.docs for _, v in d.fields][:300], "大连职业技术学院和国创氢能签约了吗"]
    for damage in ("missing", "read back", "truncated"):
        if damage == "truncated":
            path.write_bytes(path.read_bytes()[:200])
        tokenizer = snapshot.tokenizer(kg, catalogue)
        assert [tokenizer.tokens(t) for t in texts] == [fresh.tokens(t) for t in texts], damage
        assert tokenizer.dictionary() == fresh.dictionary(), damage
        assert path.is_file()


def _tables_read(tables, catalogue) -> tuple:
    """What the answerer's tables hold and give for a few questions."""
    questions = ["大连职院和国创氢能签约了吗", "Which companies work with Dalian Jiaotong University?", "dalian zhiyuan 在哪",
                 "大连交大有几个项目", "哪些企业参与了燃料电池项目"]
    lexicon, scope, speller, parts = tables.lexicon, tables.scope, tables.speller, tables.part_names
    held = (lexicon.names, lexicon.vocabulary, lexicon.class_words, speller.by_sound, speller.english_known,
            scope.zh_names, scope.en_names, scope.years, scope.zh_cuts, parts.openings, parts.others,
            {k: [(w, catalogue.docs.index(d)) for w, d in v] for k, v in parts.english.items()},
            [p.pattern for p in tables.place_forms], tables.topic_words.vocabulary, tables.aggregates, tables.own_words)
    read = [(lexicon.find_names(q.lower()), speller.respell(q.lower()), scope.unknown_names(q)) for q in questions]
    return held, read


OVERLAP_PHRASES = ("compressor tech innovation centre", "ai computing centre", "yuanda pharma company",
                   "dalian university of foreign languages", "levitating worktable for precision parts")


def _overlap_read(overlap, share=float) -> tuple:
    """What the overlap names hold and how they link some phrases (search.qa_overlap), each share passed through
    ``share``: pytest.approx on one side, as the shares sum a set's words in its order, which a set read back need
    not keep (nor two processes: hash seeds), and rounding alone still differs when a sum sits on a boundary."""
    held = ([d.iri for d in overlap.docs], overlap.names, overlap.by_word, overlap.weight, overlap.acronyms, overlap.config)
    return held, [(d.iri if (d := overlap.link(p)) else None,
                   [(r[0].iri, share(r[1]), share(r[2])) for r in overlap.ranked(p)]) for p in OVERLAP_PHRASES]


def test_the_answerers_tables_are_kept_and_read_as_made(built, caplog):
    kg, catalogue = built
    facts, graph = facts_and_graph(kg, catalogue)
    fresh = qa_tables.made(kg, catalogue, facts, graph)
    path = qa_tables.path_of(kg)
    path.unlink(missing_ok=True)
    assert qa_tables.prepare(kg, catalogue) == path and path.is_file()
    kept = qa_tables.tables(kg, catalogue, facts, graph)
    assert kept.lexicon.catalogue is catalogue and kept.part_names.catalogue is catalogue  # not copies
    assert all(d is catalogue.docs[catalogue.docs.index(d)] for d in kept.part_names.cooperations)
    assert kept.speller.lexicon is kept.lexicon
    assert _tables_read(kept, catalogue) == _tables_read(fresh, catalogue)
    # the overlap names point at the catalogue's documents and weigh and link as made
    assert all(d is catalogue.docs[catalogue.docs.index(d)] for d in kept.overlap.docs)
    assert _overlap_read(kept.overlap) == _overlap_read(fresh.overlap, lambda x: pytest.approx(x, abs=1e-9))
    # stale tables whose counts and words are wrong: made again, never read back
    wrong = replace(fresh, aggregates=Aggregates(*(replace(getattr(fresh.aggregates, f.name), held={})
                                                   for f in fields(Aggregates))), own_words=OwnWords({}, {}))
    damages = {"truncated": lambda: path.write_bytes(path.read_bytes()[:500]),
               "stale": lambda: snapshot.save(path, {**snapshot.key_of(kg, qa_tables.BUILDERS), "code": "x"}, wrong,
                                              snapshot.live_catalogue(catalogue)),
               "corrupted": lambda: path.write_bytes(path.read_bytes().replace(b"\x94", b"\x95", 3))}
    for what, damage in damages.items():
        damage()
        caplog.clear()
        with caplog.at_level("INFO", logger="search.snapshot"):
            again = qa_tables.tables(kg, catalogue, facts, graph)
        assert any("made again" in r.getMessage() for r in caplog.records), what  # said, never raised
        assert _tables_read(again, catalogue) == _tables_read(fresh, catalogue), what
        assert snapshot.payload(path, snapshot.key_of(kg, qa_tables.BUILDERS)) is not None, what  # kept again


def _forms_read(forms: NameForms) -> tuple:
    """What kept name forms hold, their documents by IRI."""
    return (forms.kind_words, forms.foreign, forms.people, forms.places, forms.by_opening, forms.config,
            [(d.iri, held, own) for d, held, own in forms.english])


def test_the_name_forms_are_kept_with_the_tables_and_read_as_made(built):
    kg, catalogue = built
    facts, graph = facts_and_graph(kg, catalogue)
    qa_tables.prepare(kg, catalogue)
    kept = qa_tables.tables(kg, catalogue, facts, graph).name_forms
    assert {id(d) for d, _, _ in kept.english} <= {id(d) for d in catalogue.docs}  # the catalogue's, not copies
    assert _forms_read(kept) == _forms_read(NameForms.made(catalogue))
    with pytest.raises(NoEngine):  # search's matcher is given at start, never kept
        kept.match("yinuo")
    assert kept.with_engine(lambda word: [], lambda texts: texts).match("yinuo") == []


def test_the_spellers_english_words_are_every_texts_whatever_the_batch(built, monkeypatch):
    """Speller.english_known, found in batches of texts joined, holds the English words of each text read alone."""
    from search import qa_spell
    from search.understand_lexicon import Lexicon

    _, catalogue = built
    lexicon = Lexicon(catalogue)
    texts = [*lexicon.vocabulary, *lexicon.names, *(v for d in catalogue.docs for _, v in d.fields)]
    alone = {w for t in texts for w in qa_spell.EN_LETTERS.findall(t.lower())}
    for at_once in (1, 7, 4096):
        monkeypatch.setattr(qa_spell, "TEXTS_AT_ONCE", at_once)
        assert qa_spell.Speller(lexicon).english_known == alone, at_once
