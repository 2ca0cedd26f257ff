"""A question that names an organisation in one clause and asks about it in another by pointing back
("我家孩子想读大连职院，这学校参加了几个项目？", "My son may apply to DUT. How many projects has this university
signed?"), or by the asker's own after a clause in the first person naming it ("我是大连职院的老师，…我们学校参与了
几个"): the clause setting the scene says nothing about what is asked, so the question is read as the asking clause
with the organisation's name where it points back."""

from __future__ import annotations

import re

from search.qa_breaks import CLAUSE_END
from search.qa_graph import ORGANIZATION
from search.understand import Understanding
from search.wording import EN_DEMONSTRATIVES, zh_pointing

# Words pointing back at an organisation named before ("这学校", "该校", "this university", "that very/same university").
POINTING_BACK = re.compile(rf"{zh_pointing('所家个', one=False)}(?:学校|大学|学院|院校|公司|企业|单位|机构|集团)|该校|该公司"
                           rf"|\b(?:{EN_DEMONSTRATIVES}) (?:(?:very|same|selfsame) )?(?:school|university|college|company|firm|enterprise|organi[sz]ation|"
                           r"institution)\b")

# The asker's own organisation ("我们学校", "我校", "our college"), pointing back at the one an earlier clause in the
# first person names ("我是大连职院的老师，…我们学校参与了几个", "I teach at DUT. How many projects is our university in?").
MINE_BACK = re.compile(r"(?:我们|咱们?|俺们?)(?:学校|大学|学院|院校|公司|企业|单位|集团)|我(?:校|司|院)"
                       r"|\bour (?:school|university|college|company|firm|institution)\b")
ASKER_OF = re.compile(r"我是|我在|本人是|本人在|\bI'?m\b|\bI am\b|\bI (?:work|teach|study)\b")


def pointed_back(text: str, u: Understanding) -> str:
    """``text`` (the normalised question) as its last clause pointing back at the one organisation an earlier
    clause names, the name put in; ``text`` unchanged when it is not such a question."""
    names = {m.text: m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
    if len(set(names.values())) != 1:
        return text
    cuts = [m.end() for m in CLAUSE_END.finditer(text) if m.end() < len(text)]
    for cut in reversed(cuts):
        head, rest = text[:cut], text[cut:]
        point = POINTING_BACK.search(rest) or (MINE_BACK.search(rest) if ASKER_OF.search(head) else None)
        if point and any(n in head for n in names) and not any(n in rest for n in names):
            name = max((n for n in names if n in head), key=len)
            return rest[:point.start()] + name + rest[point.end():]
    return text
