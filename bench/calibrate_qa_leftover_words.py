"""Fit the one decision for the words the closed-world gate leaves unaccounted (search.qa_leftover_model): is a
leftover word context, errand or description the question is not about (to be pardoned), or a name or topic it asks
about (refuse)?

When a first reading finds nothing, the question is read again without its residual topic, and that other reading's
answer is kept only when every word it leaves unaccounted asks about nothing (search.qa_readings.Readings.settled,
search.qa_leftover.Leftovers.asking_nothing). This bench hooks that check, with the model off (the rules alone), on
question sets and records, for each other reading that found answers of the kind asked, every word it left
unaccounted, with the reason a rule of qa_leftover pardons it (or none) and the model's features
(search.qa_leftover_model.LeftoverModel.features); so too for a question refused for names the graph lacks, read
without them (search.qa_readings.Readings.unheld: "Our delegation from Hanoi …"). The model decides the words no rule
pardons. A word is labelled by its
question's truth: pardon when the question is answerable and the other reading's answer right, refuse when the
question is empty or that answer wrong. A logistic regression (numpy, L2, negatives weighed ``--refuse-weight``; a
try that must be refused needs only one refused word, so after a first fit only its lowest word is kept as a
negative, ``--rounds`` times) is fitted on the FIT sets (split by set: the a-sets and novel15/17) and checked on the
CHECK sets (the b-sets, novel16/18 and the regression sets). Each path has its threshold (another reading's leftover
words; the words of names the graph lacks): the one of the fit half's tries of that path answering no empty question
and changing most for the better (the fixed less twice the broken and the wrong; the highest of ties).

Against the rules alone (and the names the graph lacks refusing) a question FIXES when it is answerable, answered
wrong now and the other reading's answer right and taken; BREAKS when answered right now and the other reading's
answer, wrong, is taken; goes WRONG when a wrong answer (a refusal, mostly) becomes another wrong answer; an EMPTY
question is ANSWERED when the other reading is taken and was not. Prints both halves
and the table to paste into search.qa_leftover_model.LEFTOVER_MODEL.

    python bench/calibrate_qa_leftover_words.py [--data DIR] [--dump FILE | --load FILE] [--fit SET ...] [--check SET ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa_eval import judge, load_qa_cases
from search.qa_leftover_model import FEATURES, LeftoverModel, ModelWeights

SEARCH = HERE.parent / "tests" / "search"
# the held-out twin is never read; the round's fresh dev set is kept out of the fit for an honest before/after figure
HELD_OUT = ("novel32b", "novel32a")
SETS = sorted(str(p) for p in SEARCH.glob("qa-dev-novel*.jsonl") if not any(h in p.name for h in HELD_OUT))
FIT = [s for s in SETS if re.search(r"novel(?:\d+a|15|17)\.jsonl$", s)]
CHECK = [s for s in SETS if s not in FIT] + [str(SEARCH / f) for f in (
    "qa-dev-compositional.jsonl", "qa-dev-honest18.jsonl", "qa-extra-cases.jsonl")]
L2 = 0.05
STEPS = 3000
RATE = 0.2


@dataclass(frozen=True)
class Try:
    """One other reading that found answers: the case's set and question, whether it is empty, whether it is answered
    right before the model, whether the other reading's answer is right, whether it reads the question without names
    the graph lacks (refused before), and each leftover word with its rule's reason and its features."""

    set: str
    q: str
    empty: bool
    ok_now: bool
    other_ok: bool
    unheld: bool
    words: tuple[dict, ...]


def collected(qa, engine, sets: Iterable[str]) -> list[Try]:
    """The tries of every case of ``sets``, answered by ``qa`` with the leftover check hooked and the model off."""
    log: list[tuple] = []
    inner = qa.readings.harmless
    leftovers = inner.__self__
    leftovers.model = None  # the rules alone: what the model decides is what is fitted
    model = LeftoverModel(engine.word_weights, engine.query_vector)

    def hooked(words, u, found):
        kept = inner(words, u, found)
        log.append((list(words), kept, u, found))
        return kept

    qa.readings.harmless = hooked
    tries = []
    for path in sets:
        for case in load_qa_cases(path):
            log.clear()
            ok_now = not judge(case, qa.answer(case.q).to_dict())
            for words, kept, u, found in list(log):
                unheld = bool(found.understanding.get("unheld_names"))  # refused before (search.qa_readings.unheld)
                if found.answers and words and leftovers.of_asked_kind(u, found):
                    tries.append(Try(Path(path).stem, case.q, case.expect_empty, case.expect_empty if unheld else ok_now,
                                     not judge(case, found.to_dict()), unheld,
                                     tuple({"word": w, "rule": kept.get(w), **model.features(w, u, found)}
                                           for w in words)))
    qa.readings.harmless = inner
    return tries


def matrix(tries: list[Try], negatives: ModelWeights | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Every word no rule pardons, its features and label (1: pardon); of a try to refuse only its lowest word under
    ``negatives``."""
    rows = []
    for t in tries:
        pardon, left = t.other_ok and not t.empty, [w for w in t.words if not w["rule"]]
        words = left if pardon or negatives is None or not left else [min(left, key=negatives.probability)]
        rows += [([w[f] for f in FEATURES], float(pardon)) for w in words]
    x, y = zip(*rows)
    return np.array(x, dtype=float), np.array(y)


def fitted(tries: list[Try], refuse_weight: float, rounds: int) -> ModelWeights:
    """A logistic regression on the words of ``tries`` (standardised, L2), its weights back on the raw features."""
    model = None
    for _ in range(rounds):
        x, y = matrix(tries, model)
        mu, sd = x.mean(axis=0), x.std(axis=0)
        sd[sd == 0] = 1.0
        z = (x - mu) / sd
        sample = np.where(y > 0, 1.0, refuse_weight)
        w, b = np.zeros(z.shape[1]), 0.0
        for _ in range(STEPS):
            p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
            g = sample * (p - y)
            w -= RATE * (z.T @ g / sample.sum() + L2 * w)
            b -= RATE * g.sum() / sample.sum()
        raw = w / sd
        model = ModelWeights(bias=round(float(b - raw @ mu), 3), weights={f: round(float(v), 3) for f, v in zip(FEATURES, raw)})
    assert model is not None
    return model


def tally(tries: list[Try], model: ModelWeights, at: float) -> dict[str, list[str]]:
    """The questions changed against the rules alone at the threshold ``at`` (see the module)."""
    out: dict[str, set[str]] = {k: set() for k in ("fixed", "broken", "wrong", "empty answered")}
    for t in tries:
        now = all(w["rule"] for w in t.words) and not t.unheld
        taken = all(w["rule"] or model.probability(w) >= at for w in t.words)  # (one path's tries at a time)
        if taken == now:
            continue
        if t.empty:
            out["empty answered"].add(t.q)
        elif taken and t.other_ok and not t.ok_now:
            out["fixed"].add(t.q)
        elif taken and t.ok_now and not t.other_ok:
            out["broken"].add(t.q)
        elif taken and not t.ok_now and not t.other_ok:
            out["wrong"].add(t.q)
    return {k: sorted(v) for k, v in out.items()}


def threshold(tries: list[Try], model: ModelWeights) -> float:
    """The threshold of ``tries`` answering no empty question and changing most for the better (see the module)."""
    def gain(at: float) -> float:
        got = {k: len(v) for k, v in tally(tries, model, at).items()}
        if got["empty answered"]:
            return float("-inf")
        return got["fixed"] - 2 * got["broken"] - 2 * got["wrong"]
    return max((x / 100 for x in range(1, 101)), key=lambda at: (gain(at), at))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--fit", nargs="*", default=FIT)
    parser.add_argument("--check", nargs="*", default=CHECK)
    parser.add_argument("--dump", default=None, help="write every try, its words and features, as JSON lines")
    parser.add_argument("--load", default=None, help="fit on the tries a --dump wrote, answering nothing")
    parser.add_argument("--refuse-weight", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if args.load:
        lines = Path(args.load).read_text(encoding="utf-8").splitlines()
        tries = [Try(**{**r, "words": tuple(r["words"])}) for r in map(json.loads, lines)]
    else:
        import cli
        from search.qa import QuestionAnswerer

        kg, engine = cli._engine(argparse.Namespace(data=args.data))
        tries = collected(QuestionAnswerer(kg, engine), engine, [*args.fit, *args.check])
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(asdict(t), ensure_ascii=False) + "\n" for t in tries)
    fit_sets = {Path(s).stem for s in args.fit}
    fit, check = [t for t in tries if t.set in fit_sets], [t for t in tries if t.set not in fit_sets]
    model = fitted(fit, args.refuse_weight, args.rounds)
    at = {path: threshold([t for t in fit if t.unheld == path], model) for path in (False, True)}
    model = ModelWeights(model.bias, model.weights, at[False], at[True])
    for name, half in (("fit", fit), ("check", check)):
        fixable = {t.q for t in half if t.other_ok and not t.ok_now and not t.empty}
        print(f"{name}: {len(half)} tries of {len({t.q for t in half})} questions in {len({t.set for t in half})} sets; "
              f"fixable {len(fixable)}, empties {len({t.q for t in half if t.empty})}")
        for path, at in ((False, model.pardon_at), (True, model.unheld_at)):
            print(f"  {'names the graph lacks' if path else 'other readings'}, pardoned at {at}:")
            for k, qs in tally([t for t in half if t.unheld == path], model, at).items():
                print(f"    {k}: {len(qs)}" + "".join(f"\n      {q}" for q in qs[:8]))
    print(f"LEFTOVER_MODEL = ModelWeights(bias={model.bias}, weights={model.weights}, pardon_at={model.pardon_at}, "
          f"unheld_at={model.unheld_at})")


if __name__ == "__main__":
    main()
