"""Scoring ingest extraction against gold files (``*.gold.yaml``, SOURCES-FORMAT.md).

Per kind, micro-averaged over the files: precision, recall and F1 of

- organisations: label match (label or alias of either side, normalised), one to one;
  plus type accuracy over the matched pairs;
- people: names; positions: (name, title, organisation) triples;
- consortia: label match; member_counts: (category, value) pairs;
- cooperation participant pairs: unordered pairs of the participants of each cooperation;
- figures: (value as a number, unit) as a multiset.

Organisation names in people, consortia and pairs are compared through the gold's own
label/alias table, so a short form the gold lists as an alias counts as the full name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

from graph.errors import BadInput
from graph.ingest.result import Extraction
from graph.han import normalize

KINDS = ("organisations", "people", "positions", "consortia", "member_counts", "cooperation_pairs", "figures")
GOLD_SUFFIX = ".gold.yaml"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    typed: Counts = field(default_factory=Counts)  # tp: matched with the right type; fn: wrong type
    misses: list[str] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        total = self.typed.tp + self.typed.fn
        return self.typed.tp / total if total else 0.0

    def add(self, other: Score) -> None:
        for k in KINDS:
            self.counts[k].add(other.counts[k])
        self.typed.add(other.typed)
        self.misses += other.misses


def _compare(kind: str, predicted: Counter, gold: Counter, score: Score) -> None:
    tp = sum((predicted & gold).values())
    score.counts[kind] = Counts(tp, sum(predicted.values()) - tp, sum(gold.values()) - tp)
    score.misses += [f"{kind}: missed {k}" for k in (gold - predicted).elements()]
    score.misses += [f"{kind}: extra {k}" for k in (predicted - gold).elements()]


class Names:
    """The gold's organisation names: any label or alias -> the normalised gold label."""

    def __init__(self, gold: dict):
        self.table: dict[str, str] = {}
        for entry in [*(gold.get("organisations") or []), *(gold.get("consortia") or [])]:
            label = normalize(entry["label"])
            for name in [entry["label"], *(entry.get("aliases") or [])]:
                self.table.setdefault(normalize(name), label)

    def canon(self, name: str | None, aliases: Sequence[str] = ()) -> str:
        for n in [name or "", *aliases]:
            if normalize(n) in self.table:
                return self.table[normalize(n)]
        return normalize(name or "")


def score_file(gold: dict, result: Extraction) -> Score:
    """Compare one file's extraction with its gold annotation."""
    names, score = Names(gold), Score()
    gold_orgs = {names.canon(o["label"]): o.get("type") for o in gold.get("organisations") or []}
    predicted = {names.canon(o.label, o.aliases): o.type for o in result.organisations}
    _compare("organisations", Counter(predicted.keys()), Counter(gold_orgs.keys()), score)
    for label in set(predicted) & set(gold_orgs):
        ok = predicted[label] == gold_orgs[label]
        score.typed.add(Counts(tp=int(ok), fn=int(not ok)))
        if not ok:
            score.misses.append(f"type: {label} is {gold_orgs[label]}, extracted {predicted[label]}")
    _compare("people", Counter({p.name for p in result.people}),
             Counter({p["name"] for p in gold.get("people") or []}), score)
    _compare("positions", Counter({(p.name, x.title, names.canon(x.organisation)) for p in result.people
                                   for x in p.positions}),
             Counter({(p["name"], x["title"], names.canon(x.get("organisation"))) for p in gold.get("people") or []
                      for x in p.get("positions") or []}), score)
    _compare("consortia", Counter({names.canon(c.label, c.aliases) for c in result.consortia}),
             Counter({names.canon(c["label"]) for c in gold.get("consortia") or []}), score)
    _compare("member_counts", Counter({(names.canon(c.label, c.aliases), m.category, m.value)
                                       for c in result.consortia for m in c.member_counts}),
             Counter({(names.canon(c["label"]), m["category"], m["value"]) for c in gold.get("consortia") or []
                      for m in c.get("member_counts") or []}), score)
    _compare("cooperation_pairs", _pairs([c.participants for c in result.cooperations], names),
             _pairs([c.get("participants") or [] for c in gold.get("cooperations") or []], names), score)
    _compare("figures", Counter((_number(f.value), f.unit) for f in result.figures),
             Counter((_number(f["value"]), f["unit"]) for f in gold.get("figures") or []), score)
    return score


def _pairs(groups: list[list[str]], names: Names) -> Counter:
    return Counter({tuple(sorted(p)) for g in groups for p in combinations(dict.fromkeys(map(names.canon, g)), 2)})


def _number(value) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else round(value, 6)


def gold_files(directory: Path) -> list[tuple[Path, dict]]:
    """(article path, gold) for every ``*.gold.yaml`` in ``directory``; BadInput if none."""
    directory = Path(directory)
    if not directory.is_dir():
        raise BadInput(f"{directory}: not a directory of gold files")
    out = []
    for path in sorted(directory.glob(f"*{GOLD_SUFFIX}")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        stem = path.name[: -len(GOLD_SUFFIX)]
        beside = [p for p in sorted(directory.glob(f"{stem}.*")) if not p.name.endswith(GOLD_SUFFIX)]
        article = directory / gold["file"] if gold.get("file") else (beside[0] if beside else None)
        if article is None or not article.is_file():
            raise BadInput(f"{path}: its article {article or stem + '.*'} is missing")
        out.append((article, gold))
    if not out:
        raise BadInput(f"{directory}: no *{GOLD_SUFFIX} files")
    return out


def evaluate(directory: Path, extract) -> tuple[Score, int]:
    """Score ``extract(article path) -> Extraction`` over every gold file of ``directory``."""
    total, files = Score(), gold_files(directory)
    for article, gold in files:
        total.add(score_file(gold, extract(article)))
    return total, len(files)


def report(score: Score, files: int, misses: bool = False) -> str:
    lines = [f"ingest evaluation over {files} file(s)", f"{'kind':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    for kind in KINDS:
        c = score.counts[kind]
        lines.append(f"{kind:<20}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>5}{c.fn:>5}")
    lines.append(f"organisation type accuracy (matched): {score.type_accuracy:.3f}")
    if misses:
        lines += ["", *score.misses]
    return "\n".join(lines)
