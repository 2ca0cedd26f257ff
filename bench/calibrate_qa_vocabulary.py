"""Whether the default embedder can read a common English word as the ontology term it means ("deal" as
agreement, "outfit" as organisation) without reading a word the graph has no facts on as one ("campus" as
university, "salary" as a monetary amount): the check behind keeping such words in the ontology's altLabels.

Reads bench/qa-vocabulary-calibration.jsonl ({"word", "expect": an English class label or altLabel of the
ontology, or null}; words the tests do not use), maps each word to its nearest English class label or altLabel
(cosine of the default embedder, zh and en in one space) and prints, over a grid of (min_cosine, margin over the
runner-up), the best count of words right: a null word is right when it maps to nothing. On the seed's ontology
no pair reaches the wrong-free line: the words meaning a term sit no nearer their term than words naming
something the graph does not hold (campus 0.75 university; deal 0.67 agreement), so a mapping by the embedder
would answer questions the graph cannot, and the ontology's altLabels carry these words instead.

It also fits the thresholds by which a span read as an unheld name is read as the project category it means
("育人项目" → 人才培养类项目: search.qa_vocabulary.TermWords.category) on bench/qa-category-calibration.jsonl ({"span",
"expect": the category's zh label or null}; spans of our own, half naming no category: 养老项目, 基建项目, "charity
project"): the most spans right with none of the null ones read as a category, then the highest threshold
(VocabularyConfig.category_min_cosine, category_margin).

    python bench/calibrate_qa_vocabulary.py [--data DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.calibrate_qa_link import engine_and_cases

GRID = [x / 100 for x in range(40, 91, 2)]
MARGINS = [x / 100 for x in range(0, 31, 2)]


def main(argv=None) -> None:
    engine, cases = engine_and_cases(__doc__.splitlines()[0], HERE / "qa-vocabulary-calibration.jsonl", argv)
    terms = sorted({w.lower() for names in engine.catalogue.classes.values()
                    for w in (names.en, *names.aliases) if w and w.isascii()})
    vectors = engine.embedder.encode(terms)
    scored = []
    for case in cases:
        cosines = vectors @ engine.embedder.encode([case["word"]])[0]
        top = np.argsort(-cosines)[:2]
        scored.append((case, terms[top[0]], float(cosines[top[0]]), float(cosines[top[0]] - cosines[top[1]])))
    best = max((sum(_right(s, lo, m) for s in scored), -sum(not _right(s, lo, m) and s[0]["expect"] is None for s in scored), lo, m)
                for lo in GRID for m in MARGINS)
    right, wrong_nulls, lo, m = best
    print(f"min_cosine={lo} margin={m}: {right}/{len(cases)} words right, {-wrong_nulls} words the graph holds nothing on read as a term")
    for case, term, cosine, margin in scored:
        print(f"  {case['word']:14s} -> {term} {cosine:.2f} (+{margin:.2f}); expected {case['expect']}")
    _categories(engine)


def _categories(engine) -> None:
    """The category thresholds' fit (see the module), with the real TermWords' scoring."""
    import json
    from dataclasses import replace

    from search.qa_vocabulary import TermWords, VocabularyConfig

    cases = [json.loads(line) for line in (HERE / "qa-category-calibration.jsonl").read_text(encoding="utf-8").splitlines() if line]
    words = TermWords(engine.embedder, engine.catalogue, lambda w: False)
    labels = {k: n.zh for k, n in engine.catalogue.classes.items()}
    best = None
    for lo, m in ((lo, m) for lo in GRID for m in MARGINS):
        words.config = replace(VocabularyConfig(), category_min_cosine=lo, category_margin=m)
        read = [labels.get(words.category(c["span"]) or "") or None for c in cases]
        right = sum(r == c["expect"] for r, c in zip(read, cases))
        false = sum(r is not None for r, c in zip(read, cases) if c["expect"] is None)
        key = (-false, right, lo, m)
        best = key if best is None or key > best else best
    false, right, lo, m = best
    print(f"category_min_cosine={lo} category_margin={m}: {right}/{len(cases)} spans right, {-false} spans naming no category read as one")


def _right(scored: tuple, min_cosine: float, margin: float) -> bool:
    case, term, cosine, over = scored
    return (term if cosine >= min_cosine and over >= margin else None) == case["expect"]


if __name__ == "__main__":
    main()
