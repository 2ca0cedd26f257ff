"""How often search.qa_subquestion fires on question sets, and how often the answer is then right.

A question fires when a relational description in it is resolved to one entity and put in its place (the
counter ``SubQuestions.fired`` grows while it is answered); the harness: bench/qa_fires.py.

    python bench/subquestion_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import main

if __name__ == "__main__":
    main(__doc__.splitlines()[0], lambda qa: lambda: qa.subquestions.fired)
