"""How often search.qa_profile_cover fires on question sets, and how often the answer is then right.

A question fires when the profile of the one entity a profile request names replaces the answer (the counter
``ProfileCover.fired`` grows); the harness: bench/qa_fires.py.

    python bench/profile_cover_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import main

if __name__ == "__main__":
    main(__doc__.splitlines()[0], lambda qa: lambda: qa.profiles.fired)
