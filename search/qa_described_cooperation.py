"""A cooperation described in other words than its name: "the worktable that floats parts on ultrasound",
"电动车充电出故障能不能快速查出来的攻关项目", "a practice base for big ideology and politics courses".

The topic stage (search.qa_topic_resolver) accepts a cooperation only when its text holds, or a word read alone
names, every content word of the phrase (search.qa_accounted); a description in the asker's own words (floats,
ultrasound, 出故障, 查出来) holds few of the name's words and is refused although the shared zh-en embedding puts the
one cooperation it describes far ahead of everything else. Here that lead is the evidence: when nothing was
accepted, the nearest candidate is linked when it is a cooperation, its dense score reaches ``min_score`` and it
leads the runner-up (any candidate, industry or cooperation) by at least ``min_lead``. A description of
something the graph does not hold ("养老护理人才培养基地", "ultrasonic welding robot", "加氢站建设") either lies far
from every cooperation or near several, and stays unlinked. Both thresholds are fitted by
bench/calibrate_qa_described_cooperation.py on bench/qa-described-cooperation-calibration.jsonl (phrases no test
and no dev set uses).

The same lead reads a span the scope stage read as a name the graph does not hold ("思想政治课实践教学基地"): it
is renamed by the cooperation it describes (``renamed``). A topic whose words partly name industries is not read so:
an industry's words alone put its one cooperation ahead ("新能源汽车 无人驾驶" is no charging-fault project).

Contract: ``dominant(found, config)`` gives [(iri, score)] of the one cooperation so described, or [];
``renamed(text, spans, linked, label)`` the text with each span so described replaced by its cooperation's label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from search.qa_graph import COOPERATION, ORGANIZATION, within
from search.text import normalize
from search.understand_lexicon import Lexicon, class_word_spans


@dataclass(frozen=True)
class DescribedConfig:
    """How clearly the nearest cooperation must lead (see the module); fitted by
    bench/calibrate_qa_described_cooperation.py: 77/83 phrases right and all 42 empties but one kept empty (加氢站建设项目,
    which the topic stage's own rule links), also at every point 0.02 around; plateaus min_score 0.25-0.3, min_lead
    0.13-0.15, the most conservative kept. The empties nearest: 超声波清洗设备研制 leads by 0.167 at 0.241,
    养老护理人才培养基地 by 0.125 at 0.330."""

    min_score: float = 0.3
    min_lead: float = 0.15


class Scored(Protocol):
    """A topic candidate as this step reads it (search.qa_config.TopicCandidate)."""

    @property
    def id(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def root(self) -> str: ...


def dominant(found: Sequence[Scored], config: DescribedConfig) -> list[tuple[str, float]]:
    """The one cooperation ``found`` (topic candidates, any order) describes by meaning, as [(iri, score)];
    [] when the nearest is no cooperation or does not lead clearly enough."""
    ranked = sorted(found, key=lambda t: -t.score)
    if not ranked or ranked[0].root != COOPERATION or ranked[0].score < config.min_score:
        return []
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    return [(ranked[0].id, ranked[0].score)] if ranked[0].score - runner_up >= config.min_lead else []


def renamed(text: str, spans: Iterable[str], linked: Callable[[str], list[tuple[str, float]]],
            label: Callable[[str], str], organisation: Callable[[str], bool]) -> str | None:
    """``text`` (normalised) with each of ``spans`` (read as names the graph does not hold) that ``linked`` (the topic
    resolver's candidates read by ``dominant``) finds one cooperation for replaced by that cooperation's ``label``
    (normalised, in the question's language); None when no span is. A span ``organisation`` tells is an organisation's
    name ("辽宁工业职业学院", "Dalian Ocean University": names_organisation) is another organisation, never renamed."""
    new = text
    for span in map(normalize, spans):
        found = linked(span) if span in new and not organisation(span) else []
        if found:
            new = new.replace(span, normalize(label(found[0][0])))
    return new if new != text else None


def names_organisation(span: str, lexicon: Lexicon, ancestors: Mapping[str, Iterable[str]]) -> bool:
    """Whether a class word of ``span`` may name a kind of organisation (学院, university, 中心): an organisation's
    name the graph does not hold, which no description of a cooperation renames."""
    kinds = {c for _, word in class_word_spans(span, lexicon) for c in lexicon.class_words.get(word, ())}
    return any(within({c}, ORGANIZATION, ancestors) for c in kinds)
