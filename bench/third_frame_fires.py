"""How often the asker's frame told in the third person or as what the asker is doing decides how a question is read,
and how often the answer is then right.

A question fires when search.qa_frame.Frames reads off a different frame than it would without that reading (who asks
and the verb of asking: "A Korean researcher asks:", "区编办同志问:", "A rector in Harbin wants …"; what they mean to do:
"鸿蒙开发者社群想合办活动,"; what the asker is doing before a colon: "Doing due diligence for a fund:"); the harness:
bench/qa_fires.py.

    python bench/third_frame_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

from search.qa import QuestionAnswerer


def counted(qa: QuestionAnswerer) -> Callable[[], int]:
    """The frames' reading wrapped to count each question whose frame the third person's reading changes."""
    fired = [0]
    frames = qa.frames
    read, third = frames.read, frames._third

    def reading(question: str, asides: bool = True):
        found = read(question, asides)
        frames._third = lambda clause: False  # the frame as it is read without the third person's reading
        try:
            fired[0] += read(question, asides) != found
        finally:
            frames._third = third
        return found

    frames.read = reading
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
