"""Entity resolution: name normalisation, merges, and the near-misses reported to a curator."""

from graph.curated import Entry
from graph.resolve import Resolver, normalise


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
