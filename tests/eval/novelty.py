"""How close each question of a set is to questions written before it.

A frozen test set only measures the product if its questions are not (near) copies of the
development questions the code was tuned on. Strangers who read the same article tend to
ask the same questions, so every frozen set is checked with this script, which never prints
another set's questions: only, per line of the checked file, the highest similarity found and
the file it was found in.

    python tests/eval/novelty.py tests/eval/qa-test-r15.jsonl
    python tests/eval/novelty.py FILE --tuning-only --novel-out /tmp/novel.jsonl

Similarity is difflib's ratio on the normalised question (NFKC, lower case, no spaces or
punctuation). ``--novel-out`` writes the lines below the threshold, to evaluate them alone.
Exit status 1 when any line reaches the threshold, so a writer can loop until it is clean.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Every question set written before (tuning sets and the other frozen sets).
TUNING_GLOBS = ("tests/search/*.jsonl", "../shared/eval/qa-dev.jsonl")
FROZEN_GLOBS = ("tests/eval/qa-test*.jsonl",)
DEFAULT_THRESHOLD = 0.7


@dataclass(frozen=True)
class Nearest:
    """The closest earlier question to one line: its similarity and the file it is in."""

    line: int
    score: float
    source: str


def normalise(question: str) -> str:
    """The question as compared: NFKC, lower case, letters and digits only."""
    text = unicodedata.normalize("NFKC", question).lower()
    return "".join(ch for ch in text if ch.isalnum())


def questions(path: Path) -> list[str]:
    """The ``q`` of every non-blank line of a JSON-lines set."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def pool(exclude: Path, patterns: tuple[str, ...]) -> list[tuple[str, str]]:
    """(normalised question, file) for every question in ``patterns``, leaving out ``exclude``. A pattern
    matching no file is said on stderr: from a checkout whose ``../shared`` is missing (a git worktree
    elsewhere) the shared development set would otherwise be skipped without a word."""
    out = []
    for pattern in patterns:
        names = sorted(glob.glob(str(ROOT / pattern)))
        if not names:
            print(f"novelty: no file matches {ROOT / pattern}; its questions are not compared", file=sys.stderr)
        for name in names:
            path = Path(name).resolve()
            if path != exclude.resolve():
                rel = os.path.relpath(path, ROOT)
                out.extend((normalise(q), rel) for q in questions(path))
    return out


def nearest(checked: list[str], earlier: list[tuple[str, str]]) -> list[Nearest]:
    """For each checked question, the most similar earlier question's score and file."""
    result = []
    for number, question in enumerate(checked, start=1):
        matcher = SequenceMatcher(None, b=normalise(question), autojunk=False)
        best = Nearest(number, 0.0, "")
        for text, source in earlier:
            matcher.set_seq1(text)
            if matcher.real_quick_ratio() > best.score and matcher.quick_ratio() > best.score:
                score = matcher.ratio()
                if score > best.score:
                    best = Nearest(number, score, source)
        result.append(best)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--tuning-only", action="store_true",
                        help="compare with the development sets only, not the other frozen sets")
    parser.add_argument("--novel-out", type=Path, help="write the lines below the threshold here")
    args = parser.parse_args(argv)
    patterns = TUNING_GLOBS if args.tuning_only else TUNING_GLOBS + FROZEN_GLOBS
    found = nearest(questions(args.file), pool(args.file, patterns))
    near = [n for n in found if n.score >= args.threshold]
    for n in near:
        print(f"line {n.line}: {n.score:.2f} like a question in {n.source}")
    print(f"{len(found)} questions, {len(near)} at or above {args.threshold}, "
          f"{len(found) - len(near)} novel")
    if args.novel_out:
        lines = [ln for ln in args.file.read_text(encoding="utf-8").splitlines() if ln.strip()]
        keep = [lines[n.line - 1] for n in found if n.score < args.threshold]
        args.novel_out.write_text("".join(f"{ln}\n" for ln in keep), encoding="utf-8")
    return 1 if near else 0


if __name__ == "__main__":
    sys.exit(main())
