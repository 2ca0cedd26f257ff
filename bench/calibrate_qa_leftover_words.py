"""Try to fit one decision for the words the closed-world gate leaves unaccounted (search.qa_leftover): is a leftover word
context, filler or description the question is not about (to be pardoned), or a name or topic it asks about (refuse)?

When a first reading finds nothing, the question is read again without its residual topic, and that other reading's
answer is kept only when every word it leaves unaccounted asks about nothing (search.qa_readings.Readings.settled,
search.qa_leftover.Leftovers.asking_nothing). This bench hooks that check on question sets and records, for each other
reading that found answers, the words no rule of qa_leftover pardons, each with the features the code already has:
- ``weight``: its IDF in the search index, and ``held``: whether any document holds it (SearchEngine.word_weights);
- ``kin``: its highest cosine to the other reading's answers' names and types (Readings.kinship);
- ``near``: its cosine to the whole question;
- ``verb``: the Chinese tagger tags it a verb (v, vd, vn) (search.qa_spans.tagged_words; None in English);
- ``asked``: a which-word asks for it (a content word of the parse's ``asked``);
- ``aside``: it stands in a clause that does not ask (search.qa_frame's clauses).
A try fires under a rule when the rule pardons every such word; it then FIXES the question when the case is answerable,
answered wrong now and the other reading's answer is right, and BREAKS it when the case is answered right now and the
other reading's answer is wrong (an empty case answered, or an answer replaced by a wrong one).

Sweeps one feature's threshold (either side) and pairs of kin and weight, fitting on the calibration sets and checking
on the others, and prints the rules fixing most while breaking none; by default the calibration sets are novel15 to
novel24b and the check sets novel25a to novel28a (never novel28b), compositional, honest18 and the extra cases.

    python bench/calibrate_qa_leftover_words.py [--data DIR] [--fit SET ...] [--check SET ...] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from graph.han import HAN
from search.qa_coverage import content_words
from search.qa_eval import judge, load_qa_cases
from search.qa_frame import CLAUSE, _asks
from search.qa_spans import tagged_words

SETS = sorted(str(p) for p in (HERE.parent / "tests" / "search").glob("qa-dev-novel*.jsonl") if "28b" not in p.name)
FIT = [s for s in SETS if re.search(r"novel(1\d|2[0-4])", s)]
CHECK = [s for s in SETS if s not in FIT] + [str(HERE.parent / "tests" / "search" / f) for f in (
    "qa-dev-compositional.jsonl", "qa-dev-honest18.jsonl", "qa-extra-cases.jsonl")]
VERB_TAGS = frozenset(("v", "vd", "vn"))
FEATURES = ("weight", "kin", "near")
GRID = {"weight": [x / 4 for x in range(24)], "kin": [x / 50 for x in range(-5, 40)], "near": [x / 50 for x in range(-5, 40)]}


@dataclass(frozen=True)
class Try:
    """One other reading that found answers: the case's set and question, whether it is answered right now, whether
    the other reading's answer is right, and each leftover word no rule pardons with its features."""

    set: str
    q: str
    empty: bool
    ok_now: bool
    other_ok: bool
    words: tuple[dict, ...]


def collected(qa, engine, sets: Iterable[str]) -> list[Try]:
    """The tries of every case of ``sets``, answered by ``qa`` with the leftover check hooked."""
    log: list[tuple] = []
    inner = qa.readings.harmless

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
                left = [w for w in words if w not in kept]
                if found.answers and left:
                    tries.append(Try(Path(path).stem, case.q, case.expect_empty, ok_now, not judge(case, found.to_dict()),
                                     tuple(_features(w, u, found, qa, engine) for w in left)))
    qa.readings.harmless = inner
    return tries


def _features(word: str, u, found, qa, engine) -> dict:
    """The features of one leftover word (see the module)."""
    weight, held = engine.word_weights(word).get(word, (0.0, False))
    a, b = engine.query_vector(word), engine.query_vector(u.question)
    near = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) or 1.0))
    clause = next((m["body"] + m["end"] for m in CLAUSE.finditer(u.question) if word in m["body"].lower()), "")
    tags = [t for w, t, _ in tagged_words(u.question) if word in w] if HAN.search(word) else []
    return {"word": word, "weight": round(weight, 3), "held": held, "kin": round(qa.readings.kinship(word, found), 3),
            "near": round(near, 3), "verb": bool(set(tags) & VERB_TAGS) if tags else None,
            "asked": word in (content_words(u.asked, engine.word_weights) if u.asked else {}),
            "aside": bool(clause) and not _asks(clause)}


def tally(tries: list[Try], pardons: Callable[[dict], bool]) -> tuple[int, int, list[str]]:
    """The questions a rule fixes and breaks (see the module), and the broken ones."""
    fixed, broken = set(), set()
    for t in tries:
        if not all(pardons(w) for w in t.words):
            continue
        if t.other_ok and not t.ok_now and not t.empty:
            fixed.add(t.q)
        elif t.ok_now and not t.other_ok:
            broken.add(t.q)
    return len(fixed), len(broken), sorted(broken)


def rules() -> Iterable[tuple[str, Callable[[dict], bool]]]:
    """Every rule swept: one feature's threshold either side, the flags, and pairs of kin and weight."""
    for f in FEATURES:
        for x in GRID[f]:
            yield f"{f} >= {x}", lambda w, f=f, x=x: w[f] >= x
            yield f"{f} < {x}", lambda w, f=f, x=x: w[f] < x
    for flag in ("held", "verb", "aside"):
        yield f"{flag}", lambda w, flag=flag: bool(w[flag]) and not w["asked"]
        yield f"not {flag}", lambda w, flag=flag: not w[flag] and not w["asked"]
    for k in GRID["kin"]:
        for x in GRID["weight"]:
            yield f"kin >= {k} and weight < {x}", lambda w, k=k, x=x: w["kin"] >= k and w["weight"] < x and not w["asked"]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--fit", nargs="*", default=FIT)
    parser.add_argument("--check", nargs="*", default=CHECK)
    parser.add_argument("--dump", default=None, help="write every try, its words and features, as JSON lines")
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    fit, check = collected(qa, engine, args.fit), collected(qa, engine, args.check)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for t in fit + check:
                out.write(json.dumps(t.__dict__, ensure_ascii=False) + "\n")
    for name, tries in (("fit", fit), ("check", check)):
        fixable = {t.q for t in tries if t.other_ok and not t.ok_now and not t.empty}
        print(f"{name}: {len(tries)} tries of {len({t.q for t in tries})} questions; fixable {len(fixable)}, "
              f"at risk {len({t.q for t in tries if t.ok_now and not t.other_ok})}")
    scored = [(tally(fit, pardons), name, pardons) for name, pardons in rules()]
    safe = sorted((s for s in scored if s[0][1] == 0 and s[0][0] > 0), key=lambda s: -s[0][0])
    print("rules breaking nothing on the fit sets, most fixed first (fit fixed; check fixed/broken):")
    for (fixed, _, _), name, pardons in safe[:15]:
        c_fixed, c_broken, c_which = tally(check, pardons)
        print(f"  {name}: fit {fixed} fixed; check {c_fixed} fixed, {c_broken} broken {c_which[:3]}")
    if not safe:
        print("  none")


if __name__ == "__main__":
    main()
