"""Which leftover words the answerable refusals of a question set rest on, beside those the empty cases are held by, and
how well each candidate signal tells them apart (round 38: "the graph holds nothing about 转发、头名、核实").

Every case answered with nothing is taken: an answerable one refused, an empty one held. The words its refusal rests on
are the ones its understanding lists as held nowhere or unaccounted (``unheld``, ``unaccounted``) or outside the graph
(``outside_graph``), and the stage that refused is its mark (``settled``: an attribute, measure or relation found
unheld; ``outside_graph``: a name-shaped span the graph lacks; ``yes/no``; else ``topic``, a plan emptied by its topic).
Each word is described by the signals a pardon could rest on: the Chinese tagger's tag group (LAC: verb, noun, name,
modifier), whether the graph's text holds it, where it stands (search.qa_leftover_model.position: only in clauses not
asking, in the asker's own, before the last sentence, ahead of the ask), its cosine to the question and its highest
cosine to the graph's class and property labels (the attribute vocabulary; default embedder).

A candidate pardon frees a question when it pardons every word the question's refusal rests on: the upper bound of the
refusals it could turn into answers, beside the empty cases it would open (each must stay empty). Printed per stage and
per candidate; ``--show`` lists the words.

    python bench/leftover_family38.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from qa_fires import opened

from search.qa_eval import judge, load_qa_cases
from search.qa_leftover_model import position, shape
from search.qa_readings import cosine
from search.text import normalize
from search.understand import understand

LABELS = """SELECT DISTINCT ?l WHERE { ?p a ?k ; <http://www.w3.org/2000/01/rdf-schema#label> ?l .
  VALUES ?k { <http://www.w3.org/2002/07/owl#DatatypeProperty> <http://www.w3.org/2002/07/owl#ObjectProperty>
              <http://www.w3.org/2002/07/owl#Class> } }"""
# candidate pardons over one word's signals (each a question of the brief: measure, don't guess)
CANDIDATES: dict[str, Callable[[dict], bool]] = {
    "verb tag": lambda f: bool(f["verb"]),
    "held nowhere": lambda f: not f["held"],
    "aside (not in an asking clause)": lambda f: bool(f["aside"]),
    "held nowhere and aside": lambda f: not f["held"] and bool(f["aside"]),
    "verb, held nowhere": lambda f: bool(f["verb"]) and not f["held"],
    "verb, held nowhere, aside": lambda f: bool(f["verb"]) and not f["held"] and bool(f["aside"]),
    "far from the attribute vocabulary (< 0.3)": lambda f: f["attr"] < 0.3,
    "held nowhere, far from the attributes (< 0.3)": lambda f: not f["held"] and f["attr"] < 0.3,
    "aside or frame or before": lambda f: bool(f["aside"] or f["frame"] or f["before"]),
}


def stage(u: dict) -> str:
    """The stage whose mark the empty answer's understanding carries."""
    if u.get("outside_graph"):
        return "scope"
    if u.get("settled"):
        return "settled"
    return "yes/no" if "yes/no" in u.get("operators", ()) else "topic"


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    engine = qa.engine
    labels = sorted({str(r["l"]) for r in qa.kg.stream(LABELS)})
    vectors = [engine.query_vector(label) for label in labels]
    rows, stages = [], Counter()
    for path in args.sets:
        for case in load_qa_cases(path):
            answer = qa.answer(case.q).to_dict()
            if answer["answers"] or (not judge(case, answer)) != case.expect_empty:
                continue
            u = answer["understanding"]
            words = dict.fromkeys(w.lower() for k in ("outside_graph", "unaccounted", "unheld") for w in u.get(k) or ())
            if not words:
                stages[("empty" if case.expect_empty else "refused", "no word")] += 1
                continue
            stages[("empty" if case.expect_empty else "refused", stage(u))] += 1
            parsed, q = understand(normalize(case.q), qa.lexicon), case.q.lower()
            feats = []
            for w in words:
                weights = engine.word_weights(w)
                vec = engine.query_vector(w)
                feats.append({"word": w, "held": bool(weights) and all(h for _, h in weights.values()),
                              "near": cosine(vec, engine.query_vector(parsed.question)),
                              "attr": max((cosine(vec, v) for v in vectors), default=0.0),
                              **shape(w, case.q), **position(w, q)})
            rows.append((case.expect_empty, stage(u), case.q, feats))
    print("cases answered with nothing, by stage:", dict(sorted(stages.items())))
    for name, pardon in CANDIDATES.items():
        freed = Counter((empty, st) for empty, st, _, feats in rows if all(pardon(f) for f in feats))
        refused = sum(n for (e, _), n in freed.items() if not e)
        opened_ = sum(n for (e, _), n in freed.items() if e)
        print(f"{name}: frees {refused} refusals, opens {opened_} empties  "
              + " ".join(f"{'E' if e else 'R'}:{st}={n}" for (e, st), n in sorted(freed.items())))
    if args.show:
        for empty, st, q, feats in rows:
            print(f"{'EMPTY' if empty else 'REFUSED'} [{st}] {q}")
            for f in feats:
                print("    " + " ".join(f"{k}={round(v, 2) if isinstance(v, float) else v}" for k, v in f.items()))


if __name__ == "__main__":
    main()
