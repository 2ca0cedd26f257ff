"""Fit how names written in other forms are read as the graph's (search.qa_name_forms.NameFormsConfig): how near in
meaning an English kind word after a pinyin name must be to the entity's name ("Yinuo Biotech"), which slipped
character of a person's name counts as typed alike, whether the rest of the question must fit the person, and how much
of two English words derived from one word must open alike ("the rural revitalisation industry college").

Reads bench/qa-name-forms-calibration.jsonl ({"question", "span", "expect": the graph's name or null}; wordings the
tests do not use: the graph's names in other forms, and names the graph does not hold near them — another kind of
company on the same pinyin, another carmaker, a person one character off whom the question does not fit, or whose
character reads otherwise, a school's name lacking the word it is told apart by). Each setting reads spans of its own
form only, so each is fitted alone, the others at their defaults: the value reading the most spans rightly with no span
the graph does not hold linked, preferring the stricter among equals. Prints the fitted config.

    python bench/calibrate_name_forms.py [--data DIR]
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from calibrate_qa_link import engine_and_cases
from search.qa_name_forms import DISTINCT_K, PERSON_SLIPS, NameForms, NameFormsConfig
from search.text import normalize

# Each setting's values, stricter first.
GRID = {
    "kind_similarity": [x / 50 for x in range(30, 4, -1)],  # 0.60 … 0.10
    "person_slip": list(PERSON_SLIPS),
    "person_fit": [True, False],
    "derived_share": [x / 20 for x in range(20, 9, -1)],  # 1.00 … 0.50
}


def main(argv=None) -> None:
    engine, cases = engine_and_cases(__doc__.splitlines()[0], HERE / "qa-name-forms-calibration.jsonl", argv)
    forms = NameForms.of(engine.catalogue, lambda word: engine.match_names(word, k=DISTINCT_K, whole=False), engine.embedder.encode)
    fitted = NameFormsConfig()
    for setting, values in GRID.items():
        scored = [(value, _score(forms, replace(fitted, **{setting: value}), cases)) for value in values]
        value, (right, wrong, _) = max(scored, key=lambda vs: (vs[1][1] == 0, vs[1][0]))  # the first (strictest) of equals
        print(f"  {setting}: " + ", ".join(f"{v}: {r} right, {w} wrong" for v, (r, w, _) in scored))
        fitted = replace(fitted, **{setting: value})
    right, wrong, got = _score(forms, fitted, cases)
    print(f"fitted {fitted}: right {right}/{len(cases)}, linked wrongly {wrong}")
    for g, c in zip(got, cases):
        if g != c["expect"]:
            print("  wrong:", c["span"], "expected", c["expect"], "got", g)


def _score(forms: NameForms, config: NameFormsConfig, cases: list[dict]) -> tuple[int, int, list[str | None]]:
    """(spans read rightly, spans linked to a name they are not, what each was read as) under ``config``."""
    got = [forms.configured(config).name_of(normalize(c["span"]), normalize(c["question"])) for c in cases]
    right = sum(g == c["expect"] for g, c in zip(got, cases))
    return right, sum(g is not None and g != c["expect"] for g, c in zip(got, cases)), got


if __name__ == "__main__":
    main()
