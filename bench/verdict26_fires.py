"""How often search.qa_correction states what the graph holds beside a "no", on question sets, and how often the answer
is then right.

A question fires when a yes/no claiming named organisations worked together (on a cooperation named or described,
or at all) is answered "no" with the parties or the partner the graph holds instead; the harness: bench/qa_fires.py.

    python bench/verdict26_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import calls_returning, main

if __name__ == "__main__":
    main(__doc__.splitlines()[0], lambda qa: calls_returning(qa.operators, "corrected"))
