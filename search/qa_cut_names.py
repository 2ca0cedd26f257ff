"""Chinese names cut by a linked part: a name the question writes whole, of which the reading linked a part.

The reading links what it can of a name it does not hold, and the rest is blanked away with the part: 辽宁省教育厅
is read as 教育 (an industry) and 教育部办公厅 as 教育部 (another body), and the question is answered with their facts.
Such a name is the graph's nothing (search.qa_scope names it) when

- no name of the graph's holds it (the characters in order), and it ends in a kind of organisation: the tagger reads
  it as an organisation's name, or its last character is one the graph's organisations' names end in (部, 厅, 学 …:
  read off the graph by qa_scope; the choice fitted by bench/calibrate_qa_cut_names.py on TUNE);
- it is no slip of the name linked: the rest is not the linked name's own head or tail typed again with slips
  (a renaming writes "大连机床有限责仁公司" as 通用技术集团大连机床有限责任公司 + 仁公司, and "大连锂工科枝有限公司" as
  大连 + 大连锂工科技有限公司 + 科枝有限公司): at most the slip share of the linked name's characters differ
  (QAConfig.slip_max_share, fitted by bench/calibrate_qa_slips.py);
- the rest has characters of its own besides the name's kind (辽宁省 of 辽宁省…厅, 办公 of 办公厅), at least
  ``NAME_OWN_CHARS``: a kind alone after a linked word describes ("新能源汽车公司": a kind of company), names nothing.

Contract: ``cut_names`` takes the question as read (``whole``) and the same text with the names linked blanked out
(spaces), and gives the cut names that are unheld, in question order; nothing when the blanking moved the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rapidfuzz.distance import OSA

from search.qa_spans import ZH_SUFFIXES_LONGEST

# A name typed with input-method slips (大连锂公科技) is the name when at most this share of its characters differs:
# fitted by bench/calibrate_qa_slips.py on bench/qa-slip-calibration.jsonl (QAConfig.slip_max_share's default).
SLIP_MAX_SHARE = 0.25
# How many characters of its own a cut name's rest has at least, besides its kind, to name another organisation
# than the part linked: fitted by bench/calibrate_qa_cut_names.py on the TUNE questions.
NAME_OWN_CHARS = 2


def cut_names(whole: str, blanked: str, names: Iterable[str], held: Callable[[str], bool], kind: Callable[[str], bool],
              slip_share: float) -> list[str]:
    """Those of ``names`` (the tagger's names of ``whole``) cut by a linked part that are unheld (the module's
    rules): ``held`` tells a name some name of the graph's holds, ``kind`` one ending in a kind of organisation,
    ``slip_share`` how much of the linked name a slip of it may differ in."""
    return [name for name, seen in candidates(whole, blanked, names, held, slip_share)
            if kind(name) and len(own_characters(name, seen)) >= NAME_OWN_CHARS]


def candidates(whole: str, blanked: str, names: Iterable[str], held: Callable[[str], bool],
               slip_share: float) -> list[tuple[str, str]]:
    """Each of ``names`` cut by a linked part, no name of the graph's holds and no slip of the part linked, with what
    of it the reading left (``seen``: the linked part blanked); nothing when the blanking moved the text."""
    if whole == blanked or len(whole) != len(blanked):
        return []  # nothing linked, or the blanking moved the text: no offsets to compare
    found = []
    for name in names:
        at = whole.find(name)
        seen = blanked[at:at + len(name)] if at >= 0 else name
        if seen != name and seen.strip() and seen[-1] == name[-1] and not held(name) and not _slipped(name, seen, slip_share):
            found.append((name, seen))
    return found


def _parts(name: str, seen: str) -> tuple[str, str, str]:
    """A cut name as (its rest before the linked part, the linked stretch, its rest after)."""
    start, end = seen.index(" "), seen.rindex(" ") + 1
    return name[:start], name[start:end], name[end:]


def _slipped(name: str, seen: str, share: float) -> bool:
    """Whether the rest of a cut name is its linked name's own head and tail typed again, with at most ``share`` of
    the linked name's characters differing: the leftover of a name renamed in place, no other name."""
    before, linked, after = _parts(name, seen)
    differ = OSA.distance(before, linked[:len(before)]) + OSA.distance(after, linked[len(linked) - len(after):])
    return len(before) + len(after) <= len(linked) and differ <= share * len(linked)


def own_characters(name: str, seen: str) -> str:
    """The characters of a cut name's rest besides its kind (the longest name suffix it ends in, else its last
    character): what tells it from the part linked."""
    before, _, after = _parts(name, seen)
    kind = next((s for s in ZH_SUFFIXES_LONGEST if after.endswith(s)), after[-1:])
    return before + after[:len(after) - len(kind)]

