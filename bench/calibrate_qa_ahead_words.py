"""Fit the cut-off of the ahead rule (search.qa_leftover_model.AheadRule): another reading's leftover word the graph
holds nowhere, standing only in clauses asking nothing before the question's last asking clause, is pardoned when its
cosine to the question is below ``near_below``.

The tries are those of bench/calibrate_qa_leftover_words.py (each other reading that found answers of the kind asked,
its leftover words with the rules' reasons and the features, the model off), collected on the TUNE half of the
stranger-written dev sets only (/tmp/lead36/tune.txt: the odd rounds; the CHECK half is never read here). A try is
taken when every word is pardoned by a rule or by the ahead rule at the cut-off; against the rules alone a question
FIXES, BREAKS, goes WRONG or, empty, is ANSWERED as in that script. The cut-off kept is the LOWEST of those answering no
empty question and changing most for the better (fixed less twice the broken and the wrong): a lower cut-off keeps a
margin from a word near the whole question, the topic it is about ("航空航天方面，哪些高校有合作？").

    python bench/calibrate_qa_ahead_words.py [--data DIR] [--sets SET ...] [--dump FILE | --load FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from calibrate_qa_leftover_words import Try, collected
from search.qa_leftover_model import AheadRule

TUNE = Path("/tmp/lead36/tune.txt")
CUTS = [x / 100 for x in range(0, 101, 2)]


def tune_sets() -> list[str]:
    """The TUNE half's dev sets (the odd rounds), as paths."""
    return [str(HERE.parent / "tests" / "search" / f"qa-dev-{s}.jsonl") for s in TUNE.read_text().split()]


def tally(tries: list[Try], rule: AheadRule) -> dict[str, list[str]]:
    """The questions another reading's tries change against the rules alone with ``rule`` on."""
    out: dict[str, set[str]] = {k: set() for k in ("fixed", "broken", "wrong", "empty answered")}
    for t in tries:
        now = all(w["rule"] for w in t.words)
        taken = all(w["rule"] or rule.pardons(w) for w in t.words)
        if taken == now:
            continue
        kind = ("empty answered" if t.empty else "fixed" if t.other_ok and not t.ok_now
                else "broken" if t.ok_now and not t.other_ok else "wrong" if not t.other_ok else "")
        if kind:
            out[kind].add(t.q)
    return {k: sorted(v) for k, v in out.items()}


def fitted(tries: list[Try]) -> float:
    """The lowest cut-off answering no empty question with the best gain (see the module)."""
    def gain(at: float) -> float:
        got = tally(tries, AheadRule(at))
        return float("-inf") if got["empty answered"] else len(got["fixed"]) - 2 * len(got["broken"]) - 2 * len(got["wrong"])
    best = max(gain(at) for at in CUTS)
    return min(at for at in CUTS if gain(at) == best)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--sets", nargs="*", default=None, help="default: the TUNE half (/tmp/lead36/tune.txt)")
    parser.add_argument("--dump", default=None)
    parser.add_argument("--load", default=None)
    args = parser.parse_args(argv)
    if args.load:
        tries = [Try(**{**r, "words": tuple(r["words"])}) for r in map(json.loads, Path(args.load).read_text().splitlines())]
    else:
        import cli
        from search.qa import QuestionAnswerer

        kg, engine = cli._engine(argparse.Namespace(data=args.data))
        tries = collected(QuestionAnswerer(kg, engine), engine, args.sets or tune_sets())
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(asdict(t), ensure_ascii=False) + "\n" for t in tries))
    other = [t for t in tries if not t.unheld]  # a name the graph lacks is the model's alone
    at = fitted(other)
    print(f"{len(other)} tries of another reading, {len({t.q for t in other})} questions; near_below {at}")
    for k, qs in tally(other, AheadRule(at)).items():
        print(f"  {k}: {len(qs)}" + "".join(f"\n    {q}" for q in qs))
    print(f"AHEAD_RULE = AheadRule(near_below={at})")


if __name__ == "__main__":
    main()
