"""The floor a link of the topic alone must reach to pin down the cooperation a yes/no claim is of
(search.qa_party_claims: ``PartyClaims.topic_floor``, read by ``PartyClaims.topic_links``), fitted on question sets.

A claim naming no cooperation ("did the ministry ask provinces to start creating consortia?", "X算不算数字人才那个
大合作的一方") is judged on one only through its topic's links (the form's constraints, each with a confidence). Pass 1
answers every question with the floor open (0) and keeps those whose reading asked for such links, with the best
confidence among them; pass 2 answers those again at each candidate floor (each confidence seen) and judges them as the
evaluation does (search.qa_eval.judge; an empty case is right when its answer stays empty). The floor printed is the
middle of the run of candidates with the most right (from the confidence below the first of them to the last).

    python bench/calibrate_party_claim_topic.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import opened

from search.qa_eval import judge, load_qa_cases
from search.qa_party_claims import PartyClaims


def recording() -> list[float]:
    """``PartyClaims.topic_links`` wrapped to record the best confidence of each call pinning down (not narrowing)."""
    seen: list[float] = []
    inner = PartyClaims.topic_links

    def links(self, form, narrowing=False):
        if not narrowing and form.constraints:
            seen.append(max(c for _, c in form.constraints))
        return inner(self, form, narrowing)

    PartyClaims.topic_links = links
    return seen


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    seen = recording()
    PartyClaims.topic_floor = 0.0
    fired = []
    for path in args.sets:
        for case in load_qa_cases(path):
            before = len(seen)
            qa.answer(case.q)
            if len(seen) > before:
                fired.append((max(seen[before:]), case))
    candidates = sorted({round(c, 3) for c, _ in fired} | {0.0})
    scores = []
    for floor in candidates:
        PartyClaims.topic_floor = floor
        right = [not judge(case, qa.answer(case.q).to_dict()) for _, case in fired]
        scores.append(sum(right))
        print(f"floor {floor:.3f}: right {sum(right)}/{len(fired)}")
        if args.show or floor == 0.0:
            for (c, case), ok in zip(fired, right):
                print(f"    {c:.3f} {'right' if ok else 'WRONG'}{' (empty)' if case.expect_empty else ''}: {case.q}")
    best = scores.index(max(scores))
    top = best
    while top + 1 < len(scores) and scores[top + 1] == scores[best]:
        top += 1  # the plateau of the most right
    below = candidates[best - 1] if best else 0.0
    print(f"fired {len(fired)}; most right {scores[best]} for floors above {below:.3f} up to {candidates[top]:.3f}; "
          f"set the middle, {round((below + candidates[top]) / 2, 3)}")


if __name__ == "__main__":
    main()
