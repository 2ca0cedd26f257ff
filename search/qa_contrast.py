"""A side denied and another set against it: "哪一个不是研发攻关、而是基地", "哪个计划不是招在校生，而是面向企业员工的",
"which deal is not an R&D project but a base": what is asked is the side set against (而是基地, "but a base"), which
the denied side never is. Read as the question stating that side alone ("哪一个是基地", "which deal is a base"): the
denied words are neither the topic nor what a negation takes out (read whole, the negation took out the side asked,
and the denied side's words read as an attribute asked refused it: "在校生" is a headcount's word).

Contract: ``contrasted(text)`` is ``text`` with each denied side and its contrast word left out (the copula kept), or
``text`` itself when it sets no side against a denied one. A rewrite of search.qa_rewrites.
"""

from __future__ import annotations

import re

# 不是X而是Y (却是, 反而是; a pause between), never inside 是不是: "是Y". The denied side stays within its clause.
ZH_CONTRAST = re.compile(r"(?<!是)不是(?P<denied>[^，,。？?！!；;]{1,24}?)[、，,]?\s*(?:而是|却是|反而是)")
# "not X but Y", "not X, but rather Y": "Y". X is a few words (an article, a kind).
EN_CONTRAST = re.compile(r"\bnot\s+(?P<denied>(?:[\w&'-]+\s+){0,4}?[\w&'-]+)\s*,?\s+but\s+(?:rather\s+)?", re.IGNORECASE)


def contrasted(text: str) -> str:
    """``text`` with each denied side set against another left out (the module)."""
    return EN_CONTRAST.sub("", ZH_CONTRAST.sub("是", text))
