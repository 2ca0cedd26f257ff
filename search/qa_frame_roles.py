"""The shapes of an English frame told before a colon or a spaced dash without a first person (search.qa_frame reads
them): what the asker is doing ("Doing due diligence for a fund:", "Fact-checking a wire rewrite:"), who asks by a
role and where they come from ("Pharma recruiter from Frankfurt:"), who asks by a role alone ("Retired machinist
chatting with his grandson:", "Pension fund analyst:", "Speech-writer's checklist:") and what the asker prepares, a
word of an errand closing it ("Board memo item:", "Investor memo draft:", "Script line for a documentary voice-over:").

Contract: the patterns match a preamble's words (the text before the colon), case as written; which of them holds
what the question is about is search.qa_frame's to tell (a kind, a field, a name of the graph's or one it lacks).
"""

from __future__ import annotations

import re

from search.scope_words import EN_FUNCTION

# The endings of an agent noun, which names a role ("manager", "curator", "journalist", "consultant", "trainee",
# "analyst").
AGENT_ENDING = "er|or|ist|yst|ian|ant|ent|ee"
# The endings that name a person alone, without a gerund or an errand after them: -ant, -ent and -ee name things as
# often ("talent", "plant", "agreement", "department").
PERSON_ENDING = "er|or|ist|yst|ian|man|woman"
# What an asker puts, closing a preamble that names nothing else ("Journalist question:", "Fact-check request:"): the
# words search.qa_frame's preamble introducing the asker closes with.
ASKING_WORDS = "question|query|check|request|note|draft"
# What an asker prepares or puts, closing a preamble ("Investor memo draft", "Bank analyst's question", "Board memo
# item").
ERRAND_WORDS = (f"{ASKING_WORDS}|memo|checklist|item|brief|briefing|tally|audit|entry|"
                "digest|summary|debate|card|line|slide|deck|post|caption|footnote")
ERRAND = re.compile(rf"\b(?:{ERRAND_WORDS})s?\b", re.IGNORECASE)
# A gerund's phrase after who asks, with what it does ("arguing with a neighbour", "double-checking a timeline"); a
# gerund alone is the verb of asking, "Parent asking:", search.qa_frame's EN_SAYS reads those it knows.
GERUND_PHRASE = r"\s+(?:[a-z]+-)*[a-z]+ing\s+\S.*"
# What the asker is doing, a gerund's clause before a colon or a spaced dash ("Doing due diligence for a fund:",
# "Fact-checking a wire rewrite:"); a comma closes scope as often ("Looking only at the R&D agreements, …"), so it is
# not one.
EN_ACTIVITY = re.compile(r"^\s*(?:[a-z]+-)*[a-z]+ing\b", re.IGNORECASE)
# Who asks named by a role and where they come from, or what the asker prepares and for whom, before a colon or a spaced
# dash ("Pharma recruiter from Frankfurt:", "Education researcher in Seoul -", "Policy timeline for a Bonn think-tank:"):
# a capitalised place or name after the role is the asker's, not the question's (a role: an agent noun's ending).
EN_ROLE = re.compile(rf"^\s*(?:[Aa]n?\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:[A-Za-z-]+(?:{AGENT_ENDING}|eur)s?|official|officials|staff|team|"
                     r"delegation)\s+(?:from|in|at|based\s+in)\s+(?:an?\s+|the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*$"
                     r"|^\s*(?:[\w'’-]+\s+){0,3}?for\s+(?:an?|my|our)\s+(?:[A-Z][\w'’-]*\s+)+[a-z-]+\s*$")
# A word before the role's or the errand's noun: no function word ("hospitals among the members" is a noun and what
# follows it, no role; "Companies vs. hospitals": a sentence's period splits it there).
MODIFIER = r"(?!(?:" + "|".join(re.escape(w) for w in sorted(EN_FUNCTION, key=len, reverse=True)) + r")\b)[\w'’&-]+"
# Who asks by a role alone: a noun of a person closing a few words ("Pension fund analyst", "Retired HVAC engineer"), or
# any agent noun with an errand or a gerund's phrase after it ("Grant consultant double-checking a timeline", "A
# recruiter's question"). (``head``: the noun of a person closing the words, one word before it at least, "The
# members:" names no one; ``agent``: the agent noun before its errand or gerund, which names no kind of the graph's,
# "Compressor maker's question:" asks about one; three letters before their endings at least: "list" is no agent of "l".)
EN_WHO = re.compile(rf"^\s*(?:(?:an?|the)\s+)?(?:(?:{MODIFIER}\s+){{1,3}}?(?P<head>[A-Za-z-]{{3,}}(?:{PERSON_ENDING})s?)"
                    rf"|(?:{MODIFIER}\s+){{0,3}}?(?P<agent>[A-Za-z-]{{3,}}(?:{AGENT_ENDING})s?)"
                    rf"(?:(?:['’]s)?\s+(?:{ERRAND_WORDS})s?|{GERUND_PHRASE}))\s*$", re.IGNORECASE)
# What the asker prepares: a few words closed by an errand's word, and whom it is for ("Board memo item", "Birthday
# card for the college president"); its other words say what it is about, unless they hold nothing.
EN_ERRAND = re.compile(rf"^\s*(?:(?:an?|the)\s+)?(?:{MODIFIER}\s+){{0,3}}?(?:{ERRAND_WORDS})s?"
                       r"(?:\s+for\s+(?:an?|the)\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,3})?\s*$", re.IGNORECASE)


def errand_words_off(text: str) -> str:
    """``text`` without its words of an errand ("Investor memo" → "Investor"): what the errand is about."""
    return ERRAND.sub(" ", text).strip()


def role_named(m: re.Match, text: str) -> str:
    """What of ``text`` must name no kind of the graph's for an ``EN_WHO`` match to be who asks: the whole of a role
    alone ("HR manager", "Consortium members" name a field and a kind), the agent noun before an errand or a gerund
    ("Thesis writer mapping university ties")."""
    return text if m["head"] else m["agent"]
