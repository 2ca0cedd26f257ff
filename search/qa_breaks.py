"""Where a question's sentences and clauses end: the marks, one table for every reading that cuts a question
at them. The readings differ in which marks they cut at (a colon, a dash, a bare full stop or not), never in how
a mark is written; each builds its break from the marks here, and the breaks more than one reading cuts at are
compiled here.

Contract: constants only; imports nothing but re.
"""

from __future__ import annotations

import re

COMMAS = ",，"
SEMICOLONS = ";；"
COLONS = ":："
QUESTION_MARKS = "?？"
# The marks closing a sentence in either script (a bare "." closes one only where a break says so: "No.1", "3.5").
SENTENCE_MARKS = f"。!！{QUESTION_MARKS}"
# Every mark closing a clause: a sentence's, commas, semicolons and colons.
CLAUSE_MARKS = f"{COMMAS}{SEMICOLONS}{COLONS}{SENTENCE_MARKS}"
# An English full stop closing a sentence: after a word or a figure, before a space.
EN_FULL_STOP = r"(?<=[a-z0-9])\.\s+"
# A dash between spaces, or a Chinese double dash: a clause's end, as a comma is ("the college X runs - which …").
DASH = r"\s+[—–-]+\s+|——"

# Where one clause ends and the next begins, with the spaces after its mark; a colon ends none.
CLAUSE_END = re.compile(rf"[{COMMAS}{SEMICOLONS}{SENTENCE_MARKS}]\s*|{EN_FULL_STOP}")
# Any mark of a clause's end, a bare full stop too (where spaces after it are no matter: the clauses are stripped).
CLAUSE_MARK = re.compile(rf"[{CLAUSE_MARKS}.]")
