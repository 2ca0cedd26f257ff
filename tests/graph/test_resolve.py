"""Entity resolution: name normalisation, merges, and the near-misses reported to a curator."""

from rapidfuzz import fuzz

from graph import resolve
from graph.curated import Entry
from graph.resolve import CROSS_SOURCE_KINDS, NEAR_MISS, NOTES_PER_NAME, Resolver, names_of, normalise


def org(id_, label, type_="University", aliases=()):
    return Entry("organisations", "x/entities.yaml",
                 {"id": id_, "type": type_, "label_zh": label, "label_en": id_, "aliases": list(aliases)}, "x")


def known():
    entries = [org("dlut", "大连理工大学", aliases=["大工"]), org("djtu", "大连交通大学"),
               org("bifi", "碧菲分离膜(大连)有限公司", "Enterprise")]
    return {e.id: e for e in entries}


def test_normalise_script_brackets_width_and_space():
    assert normalise("大連理工大學") == normalise("大连理工大学")
    assert normalise("碧菲分离膜（大连）有限公司") == normalise("碧菲分离膜(大连)有限公司")
    assert normalise("Ｄａｌｉａｎ  University") == normalise("dalian university")


def test_same_name_same_type_merges():
    resolver = Resolver(known())
    mention = resolver.introduce(org("new-bifi", "碧菲分离膜（大连）有限公司", "Enterprise"))
    assert mention is not None and mention.id == "bifi" and "碧菲分离膜（大连）有限公司" in mention.data["aliases"]
    assert resolver.merged == {"new-bifi": "bifi"}
    assert resolver.introduce(org("dut2", "大工")).id == "dlut"


def test_same_name_other_type_is_reported_not_merged():
    resolver = Resolver(known())
    assert resolver.introduce(org("djtu-co", "大連交通大學", "Enterprise")) is None
    assert not resolver.merged
    assert any(n.startswith("same name, different type: djtu-co") for n in resolver.notes)


def test_similar_names_are_reported():
    resolver = Resolver(known())
    assert resolver.introduce(org("djtu-2", "大连交通大学院")) is None
    assert any(n.startswith("similar names:") and "djtu" in n for n in resolver.notes), resolver.notes
    assert Resolver(known()).introduce(org("other", "沈阳化工大学")) is None


def _fact(id_, source, label_zh, label_en):
    return Entry("projects", f"sources/{source}/facts.yaml",
                 {"id": id_, "label_zh": label_zh, "label_en": label_en}, source)


def _across_every_pair(entries):
    """across_sources' contract, pair by pair: each name's NOTES_PER_NAME most similar later names
    of the same kind from another source (then the first)."""
    names = [(normalise(n), e) for e in entries if e.kind in CROSS_SOURCE_KINDS for n in names_of(e.data)]
    found = []
    for i, (name, entry) in enumerate(names):
        later = [(-fuzz.ratio(name, other), j) for j, (other, o) in enumerate(names) if j > i and o.kind == entry.kind
                 and o.source != entry.source and fuzz.ratio(name, other) >= NEAR_MISS]
        found += [(i, score, j) for score, j in sorted(later)[:NOTES_PER_NAME]]
    return [f"{'same name' if s == -100 else f'similar names (ratio {-s:.0f})'} in two sources: "
            f"{names[i][1].id} ({names[i][1].file}) and {names[j][1].id} ({names[j][1].file})"
            for i, s, j in sorted(found)]


def test_across_sources_notes_what_comparing_every_pair_notes(monkeypatch):
    monkeypatch.setattr(resolve, "CHUNK", 7)  # many batches, names of one length in several
    cities, fields = ["鞍山", "大连", "苏州", "齐齐哈尔"], ["生物制药", "新能源", "人工智能科技"]
    entries = [_fact(f"p-{n}", f"s{n % 5}", f"{city}{field}产教融合实训基地项目(第{n % 2}号)",
                     f"{city} {field} training base project no. {n % 4}" if n % 3 else f"{city}{field}实训基地")
               for n, (city, field) in enumerate((c, f) for c in cities for f in fields for _ in range(3))]
    notes = resolve.across_sources(entries)
    assert notes and any("similar names" in n for n in notes) and any(n.startswith("same name") for n in notes)
    assert notes == list(dict.fromkeys(_across_every_pair(entries)))
