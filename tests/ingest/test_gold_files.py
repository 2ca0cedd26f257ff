"""Checks the hand annotations of the ingest evaluation sets, not the extractor.

Every gold file must parse, name an article file beside it, use only the leaf types and
consortium kinds of the shared format, and every name it gives (organisation labels and
aliases, leads, participants, people, figure surface forms) must occur in the article's
own text. Traditional-script articles are also compared after OpenCC conversion (the text
t2s, the name s2t), so simplified gold labels are found in them; GB18030 files are decoded as GB18030.
"""

from pathlib import Path

import opencc
import pytest
import yaml

from graph.han import HAN

HERE = Path(__file__).resolve().parent
GOLD_FILES = sorted(HERE.glob("*/*.gold.yaml"))

ORG_TYPES = {
    "University", "HigherVocationalCollege", "SecondaryVocationalSchool",
    "VocationalEducationCentre", "Kindergarten", "Enterprise", "ResearchInstitution",
    "KeyLaboratory", "ComputingCentre", "SocialOrganization", "IndustryAssociation",
    "GovernmentBody", "PartyOrgan", "MediaOrganization",
}
CONSORTIUM_KINDS = {"CityRegionConsortium", "IndustryCommunity", "Alliance"}
MEMBER_CATEGORIES = {
    "total", "EducationalInstitution", "Enterprise", "ResearchInstitution",
    "SocialOrganization", "GovernmentBody",
}
# Han characters per article: the brief's bounds (dev 600-1200, test 600-1500); HTML pages
# carry navigation and footer text around the article, so only the lower bound applies there.
LENGTH_BOUNDS = {"dev": (600, 1200), "test": (600, 1500)}
TO_SIMPLIFIED = opencc.OpenCC("t2s")
TO_TRADITIONAL = opencc.OpenCC("s2t")


def article_text(path: Path) -> str:
    """The article's text as a reader sees it, whatever its container or encoding."""
    if path.name.endswith(".gb18030.txt"):
        return path.read_bytes().decode("gb18030")
    if path.name.endswith(".big5.txt"):
        return path.read_bytes().decode("big5")
    if path.suffix == ".docx":
        import docx  # python-docx, in the test extra

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def load(gold_path: Path) -> tuple[dict, str]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    article = gold_path.parent / gold["file"]
    assert article.is_file(), f"{gold_path.name}: article {gold['file']} is missing"
    return gold, article_text(article)


def occurs(name: str, text: str) -> bool:
    """The name is in the text, or in its simplified form, or written in traditional script.

    Both directions are needed because t2s is lossy for some names (昇腾 comes back as 升腾).
    """
    return (
        name in text
        or name in TO_SIMPLIFIED.convert(text)
        or TO_TRADITIONAL.convert(name) in text
    )


# The least number of annotated articles in each set.
SET_SIZES = {"dev": 3, "test": 7}


@pytest.mark.parametrize("name", sorted(SET_SIZES))
def test_set_is_complete(name):
    assert sum(p.parent.name == name for p in GOLD_FILES) >= SET_SIZES[name]


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file(gold_path):
    gold, text = load(gold_path)
    assert gold["file"].startswith(gold_path.name.removesuffix(".gold.yaml"))
    low, high = LENGTH_BOUNDS[gold_path.parent.name]
    han = len(HAN.findall(text))
    assert han >= low and (gold["file"].endswith(".html") or han <= high), han
    labels = check_organisations(gold["organisations"], text)
    consortia = gold.get("consortia") or []
    check_people(gold.get("people") or [], set(labels) | {c["label"] for c in consortia}, text)
    check_consortia(consortia, set(labels), text)
    check_cooperations(gold.get("cooperations") or [], set(labels), text)
    for figure in gold.get("figures") or []:
        assert isinstance(figure["value"], (int, float)) and figure["unit"], figure
        assert occurs(figure["text"], text), f"figure text {figure['text']!r} not in the article"


def check_organisations(orgs: list[dict], text: str) -> list[str]:
    """Each organisation listed once, of a known type, its names in the article; returns their labels."""
    labels = [o["label"] for o in orgs]
    assert len(labels) == len(set(labels)), "an organisation is listed twice"
    for org in orgs:
        assert org["type"] in ORG_TYPES, org
        for name in [org["label"], *org.get("aliases", [])]:
            assert occurs(name, text), f"organisation name {name!r} not in the article"
    return labels


def check_people(people: list[dict], holders: set[str], text: str) -> None:
    """Each person named in the article, with positions whose titles are too, held in ``holders``."""
    for person in people:
        assert occurs(person["name"], text), person["name"]
        assert person["positions"], person["name"]
        for position in person["positions"]:
            assert position["title"] and occurs(position["title"], text), position
            assert position["organisation"] in holders, position


def check_consortia(consortia: list[dict], labels: set[str], text: str) -> None:
    """Each consortium of a known kind, named in the article, led by listed organisations, with member
    counts of known categories that add up to at most their total."""
    for consortium in consortia:
        assert consortium["kind"] in CONSORTIUM_KINDS, consortium["label"]
        for name in [consortium["label"], *consortium.get("aliases", [])]:
            assert occurs(name, text), name
        assert consortium["leads"], consortium["label"]
        assert set(consortium["leads"]) <= labels, consortium["leads"]
        if consortium.get("level"):
            assert occurs(consortium["level"], text), consortium["level"]
        counts = {c["category"]: c["value"] for c in consortium.get("member_counts") or []}
        assert set(counts) <= MEMBER_CATEGORIES, counts
        if "total" in counts:
            assert sum(v for k, v in counts.items() if k != "total") <= counts["total"]


def check_cooperations(cooperations: list[dict], labels: set[str], text: str) -> None:
    """Each cooperation between at least two listed organisations, its label (if any) in the article."""
    for cooperation in cooperations:
        parties = cooperation["participants"]
        assert len(parties) >= 2 and set(parties) <= labels, cooperation
        if cooperation.get("label"):
            assert occurs(cooperation["label"], text), cooperation["label"]
