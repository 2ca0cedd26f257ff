"""The asker's frame: who is asking, where they read it and why they ask, told in the question's own clauses
("I'm a reporter from Shenyang.", "My colleague in Osaka is curious:", "A headhunter here.", "Our team was impressed by
the line -", "我是跑教育口的记者，", "我在台灣看到這篇報導，", "想确认下…"). The frame asks nothing and names nothing the
question is about, so it is read off the question once, before normalisation, and every later stage — the wording,
the parse, the scope of unheld names — reads the question without it: its words are neither topics nor names the
graph does not hold ("the graph holds nothing about Shenyang").

A frame clause is a declarative clause (no question word, no question mark, no request to list or tell) told in the
first person ("I", "my", "our", 我, 俺, 咱), or a self-introduction ("A headhunter here."), or one whose subject is
the asker's kin or colleague (孩子, 亲戚, 同事 …). A clause telling who asks and why in the third person is a frame too, when it holds nothing of the graph's (no name
or place it holds, no class word, no industry, no digit: ``words``): who asks with the verb of asking closing it or
opening it ("A Korean researcher asks:", "区编办同志问:", "A rector in Harbin wants a league table of …": the verb
ends the frame, what follows is asked), what they mean to do ("鸿蒙开发者社群想合办活动,"), or what the asker is doing
before a colon ("Doing due diligence for a fund:", "checking a dateline detail:"). A place there is the asker's, not
the question's scope; "A Harbin college asks which firms it partners with", "苏州联合体的秘书问：联合体有多少成员？" name
a kind of the graph's in the frame and keep it. A clause opening with a hearsay or belief verb ("I heard that X
…", "我记得X…") is no frame: only the verb is, what it reports is kept. A request opening a clause ("想确认下",
"想问下", "请问") is the asker's too, and is dropped from the clause.

The frame is kept, read as the question's as before, when
- a frame clause links a name or a place the graph holds ("我家孩子在大连交大读书，…", "My cousin teaches at the
  Pulandian vocational centre. Which projects did the school sign?": what it names may be what is asked), or
- the rest points back to the asker or to the frame: a first-person word ("which schools in my city", "我们公司"),
  or a pronoun or a definite kind ("他们公司", "the company") with nothing before it in the rest that it could
  point to ("我舅在X上班，他们公司…"); "what is X building with its partner" points to X.
So "I live in Shenyang; which schools in my city joined?" is still refused as outside the graph. A kind pointing back
to a frame that names one organisation of the graph's ("我舅在大连锂工科枝上班，他们公司跟哪个学校签了合作？", "I work at
X. Which university does the company partner with?") is put as that organisation, and the frame read off.

Besides, with a ``Discourse`` (search.qa_discourse), the clauses around the question that say nothing the graph could
hold — apologies, hedges, the asker's errand without a first person, thanks after the question ("Sorry if this is
basic,", "下周去开发区跑新闻，先摸个底：", "谢谢，挺急的") — are read off before its first clause of content and after its
last asking clause, unless the rest holds nothing of its own; and a clause reporting what someone else said ("导师说…",
"My nephew claims …") has its sayer read off, what was said kept as the claim asked about.

The asker's words told in whole sentences beside the asking one, and in a preamble before a colon, are read off the
normalised question later, after the frame (search.qa_told_apart).

Contract: ``Frames(linked, named, discourse, words).read(question)`` gives ``Framed(asked, frame)``: ``asked`` the question without its frame
(``question`` itself when there is none or it is kept), ``frame`` the clauses and requests read off, as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from graph.han import HAN, HAN_CHARS, HAN_RUN
from search.qa_discourse import PREAMBLE_END, Discourse
from search.qa_frame_roles import AGENT_ENDING, EN_ACTIVITY, EN_ERRAND, EN_ROLE, EN_WHO, errand_words_off, role_named
from search.qa_frame_cues import (EN_ASKER, ZH_ASKER, ZH_KIN, EN_HEARSAY, ZH_HEARSAY, ZH_REQUEST, EN_REQUEST, EN_SAYS, WANTED_DONE, EN_BUSY, EN_NOT_WHO, ZH_SAYS, ZH_INTENT, ASKED_KIND, EN_MINE, ZH_MINE, ZH_ORGANISATION_KINDS, EN_ORGANISATION_KINDS, EN_POINTER, ZH_POINTER, ZH_NOUN_POINTER, EN_NOUN_POINTER, ZH_ASKED_ONLY, ZH_KIND_POINTER, EN_KIND_POINTER, EN_ANTECEDENT, EN_WHICH_PHRASE, EN_CLAUSE_CUT, ZH_ANTECEDENT)
from search.qa_headings import ASKING, ZH_ASKING
from search.qa_measures import measure_asked
from search.text import normalize
from search.wording import (ASKS, CONFIRM_ZH)

# A clause and the mark ending it: a sentence's end (a period only before a space or the end: "No.1", "Co.,"
# end nothing), a colon, a semicolon, a Chinese comma, an English comma before a space, a spaced dash.
CLAUSE = re.compile(rf"(?P<body>.*?)(?P<end>[.!?](?=\s|$|[{HAN_CHARS}])[.!?]*\s*|[。！？]+\s*|[:：;；，]\s*"
                    rf"|,(?:\s+|(?=[{HAN_CHARS}]))|\s+[-–—]+\s+|$)", re.DOTALL)
# What makes a clause ask (it is then never a frame), besides the question words of search.wording.ASKS and
# search.qa_headings (ASKING opening an English clause, ZH_ASKING, whose 么 is never 这么's): a question mark, a colloquial or another asking word
# (an imperative asking the answers sorted: "split the partners into firms and the academic side").
# ("Yes or no:", "True or false -", "…？是不是", "对不对": a verdict asked for, a verb asked both ways)
SORTING_ASKED = re.compile(r"^\s*(?:split|sort|separate|break\s+down|identify|spell\s+out)\b", re.IGNORECASE)
ASKS_TOO = re.compile(rf"[?？]|[咋啥]|怎样|如何|列出|告诉|^\s*(?:count|compare)\b|{SORTING_ASKED.pattern}|\b(?:yes\s+or\s+no|true\s+or\s+false)\b"
                      rf"|([{HAN_CHARS}])[不没]\1|{CONFIRM_ZH}", re.IGNORECASE)


@dataclass(frozen=True)
class Framed:
    """A question read apart from its frame: ``asked`` what it asks, ``frame`` what was read off, as written."""

    asked: str
    frame: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Clause:
    body: str
    end: str


class Frames:
    """The asker's frame of questions (see the module)."""

    def __init__(self, linked: Callable[[str], bool], named: Callable[[str], str | None] = lambda text: None,
                 discourse: Discourse | None = None, kinds: Callable[[str], frozenset[str]] = lambda text: frozenset(),
                 unheld: Callable[[str], bool] = lambda text: False):
        """``linked``: whether a text links a name or a place the graph holds; ``named``: the one organisation a text
        names, as the graph names it, or None; ``discourse``: the reader of clauses that say nothing the graph could
        hold (search.qa_discourse), none read when None; ``kinds``: the classes a text's class words name and the
        industries it links (a third person's frame naming a kind the rest names is pointed back to); ``unheld``:
        whether a text holds a span shaped like a name the graph does not hold (a role or an errand naming one is kept:
        "Tencent memo:")."""
        self.linked, self.named, self.discourse, self.kinds, self.unheld = linked, named, discourse, kinds, unheld

    def _content(self, text: str) -> bool:
        """Whether ``text`` holds what a question may ask about (search.qa_discourse's content; nothing without it)."""
        return self.discourse is not None and self.discourse.content(text)

    def read(self, question: str, asides: bool = True) -> Framed:
        """``question`` read apart from its frame (see the module); ``asides``: its discourse clauses read off too."""
        found = [_Clause(m["body"], m["end"]) for m in CLAUSE.finditer(question) if m["body"].strip() or m["end"].strip()]
        described = [c for i, c in enumerate(found) if self._described(c, found[i + 1:])]
        clauses = [part for c in found for part in ([c] if c in described else self._told(c))]
        aside = self._asides(clauses) if asides else []
        whole = [c for c in clauses if c not in aside and (_frame(c.body) or self._third(c) or c in described) and self._reported(c.body) is None]
        cuts = {id(c): cut.group() for c in clauses if c not in whole and c not in aside and (cut := self._opening(c.body)) is not None}
        rest = [_Clause(c.body[len(cuts.get(id(c), "")):], c.end) for c in clauses if c not in whole and c not in aside]
        if not (whole or cuts or aside) or not any(clause_asks(c.body + c.end) for c in rest):
            return Framed(question)
        asked = "".join(c.body + c.end for c in rest).strip()
        if aside and ((self.discourse is not None and not self.discourse.content(asked)) or _pointer(asked)
                      or described_back([c.body for c in aside], asked)):
            # the rest holds nothing of its own or points back ("接受采访的那位副总，他们公司…"): what it asks is in them
            return self.read(question, asides=False)
        asked = asked[:1].upper() + asked[1:] if aside and clauses[0] in aside else asked  # it opens the question now
        said = tuple(c.body.strip() for c in aside)
        if whole and (referred := self._referred(whole, asked)) is not None:
            return Framed(referred, said + tuple(c.body.strip() for c in whole) + tuple(cut.strip() for cut in cuts.values()))
        # (a place a described asker's clause names is theirs: "A robotics startup in Shenzhen wants a partner in Dalian:")
        if whole and (any(self.linked(c.body) for c in whole if c not in described) or _points_back(asked) or self._kind_back(whole, asked)
                      or self._bare(asked)):
            # the frame may hold what is asked ("亲戚在普兰店那个职教中心教书，学校签了啥"), or the question points back
            # into it, or asks nothing of its own: it is read as before
            whole, asked = [], "".join(c.body[len(cuts.get(id(c), "")):] + c.end for c in clauses if c not in aside).strip()
        elif described := [c for c in whole if described_back([c.body], asked)]:
            # a frame clause describing what the rest points at is kept, the asker's others read off ("我在中职教机电，|
            # 打算带一个班去装备制造实训基地参观，那家基地…")
            whole = [c for c in whole if c not in described]
            asked = "".join(c.body[len(cuts.get(id(c), "")):] + c.end for c in clauses if c not in aside and c not in whole).strip()
        frame = [*said, *(c.body.strip() for c in whole), *(cut.strip() for cut in cuts.values())]
        return Framed(asked, tuple(frame)) if frame else Framed(question)

    def _bare(self, asked: str) -> bool:
        """Whether the rest holds nothing a question may ask about ("我只关心人才培养那一类，签下来的有几项？", "I'm only
        interested in the training-base category. How many were signed?"): what it counts or asks is named in the frame
        (held or not: "我只关心养老护理那一类" is no count of every project), as the discourse clauses' rule in ``read``; a
        rest naming the measure it asks asks of its own ("…实习，听说岗位不少，具体提供了多少个": search.qa_measures)."""
        return self.discourse is not None and not self._content(asked) and measure_asked(normalize(asked)) is None

    def _told(self, c: _Clause) -> list[_Clause]:
        """A clause opening with a third person asking split after the verb, when what follows goes on and the
        clause is no frame whole ("A rector in Harbin wants | a league table of …") or, in English, names a kind ("A
        Finnish delegation wants | to visit the college that runs …"); else the clause."""
        m = (ZH_SAYS if HAN.search(c.body) else EN_SAYS).match(c.body)
        # (what an English third person wants done to a kind is asked: "A delegation wants to visit | the college that …")
        goes_on = m is not None and not HAN.search(c.body) and bool(self.kinds(c.body[m.end():]))
        if _frame(c.body) or _opening(c.body) or (self._third(c) and not goes_on):
            return [c]
        if m is None or not c.body[m.end():].strip() or not self._third(_Clause(m.group(), "")):
            return [c]
        wanted = WANTED_DONE.match(c.body, m.end()) if goes_on else None
        end = wanted.end() if wanted else m.end()
        return [_Clause(c.body[:end], ""), _Clause(c.body[end:], c.end)]

    def _third(self, c: _Clause) -> bool:
        """Whether a clause is the asker's frame told in the third person (see the module): who asks and the verb
        of asking, what they mean to do, or what the asker is doing before a colon; holding nothing of the graph's."""
        text = c.body.strip()
        shape = _third_shape(text, c.end)
        if shape is None:
            return False  # (the shape first: the parse behind linked and kinds only for a clause shaped so)
        says, _, role, who, errand = shape
        if self.linked(text):
            return False
        if says or role:
            return True  # (a role's field is the asker's: "Education researcher in Seoul:")
        if who:  # (no kind, "Compressor maker's question:", nor a name the graph lacks: "Tencent recruiter's memo:")
            return not self.kinds(role_named(who, text)) and not self.unheld(text)
        # (a gerund or an errand names no kind or field it narrows to: "Hydrogen project memo:" asks about one)
        about = errand_words_off(text) if errand else text
        return not self.kinds(about) and not (errand and (self.unheld(about) or self._content(about)))

    def _kind_back(self, whole: list[_Clause], asked: str) -> bool:
        """Whether the rest names a kind a third person's frame names ("The Suzhou consortium's secretary asks: how many
        members does the consortium have?"): who asks may be what is asked about."""
        named = self.kinds(asked).difference(*(self.kinds(m.group()) for m in ASKED_KIND.finditer(asked)))
        # (of a described asker, the kinds of who asks: "深圳一家机器人公司想在大连找合作伙伴" is a firm, no partnership asked)
        return bool(named) and any(self.kinds(asker_who(c.body, c.end) or c.body) & named for c in whole if not _frame(c.body))

    def _described(self, c: _Clause, later: list[_Clause]) -> bool:
        """Whether a clause is the asker's told in the third person by its shape (``told_by_asker``: "A robotics startup in
        Shenzhen wants an AI partner in Dalian:"), naming no organisation of the graph's, before a clause that asks: read
        off whole, what it names the asker's (a place, a field), unless the rest points back into it."""
        return told_by_asker(c.body, c.end) and any(clause_asks(x.body + x.end) for x in later) and self.named(c.body) is None

    def _asides(self, clauses: list[_Clause]) -> list[_Clause]:
        """The discourse clauses (search.qa_discourse) before the first clause of content or asking, the asker's
        first-person ones passed over, and after the last asking clause."""
        if self.discourse is None:
            return []
        found = []
        for c in clauses:
            if clause_asks(c.body + c.end) or _opening(c.body) or not (_frame(c.body) or self.discourse.clause(c.body, c.end)):
                break
            found += [] if _frame(c.body) else [c]
        for c in reversed(clauses):
            if clause_asks(c.body + c.end) or not self.discourse.clause(c.body, c.end):
                break
            found.append(c)
        return found

    def _opening(self, body: str) -> re.Match | None:
        """The hearsay verb or the request opening a clause (``_opening``), or the report of what someone else said
        (``_reported``)."""
        return _opening(body) or self._reported(body)

    def _reported(self, body: str) -> re.Match | None:
        """The opening of a clause reporting what someone else, who names nothing, said ("导师说…", "My nephew claims
        …": search.qa_discourse): what they said is the question's, a claim to check."""
        return None if self.discourse is None or clause_asks(body) else self.discourse.hearsay(body)


    def _referred(self, whole: list[_Clause], asked: str) -> str | None:
        """The rest with the kind it points back to the frame with ("他们公司", "我们学校", "the company") put as the
        one organisation the frame names ("我舅在大连锂工科技上班，他们公司…"), or None."""
        zh = bool(HAN.search(asked))
        m = (ZH_KIND_POINTER if zh else EN_KIND_POINTER).search(asked)
        if m is None or (ZH_ANTECEDENT if zh else EN_ANTECEDENT).search(asked[:m.start()]):
            return None
        names = {n for c in whole if (n := self.named(c.body)) is not None}
        return asked[:m.start()] + names.pop() + asked[m.end():] if len(names) == 1 else None


# A pronoun pointing back at a thing, not at a person ("which projects is it in?", 它): what the asker's clause says of
# that thing may be what is asked.
# (search.qa_told_apart.POINTS_BACK: these but "its", and the pronouns of people and of several)
EN_THING_POINTER = "it|this one|that one"
THING_POINTER = re.compile(rf"\b(?:{EN_THING_POINTER}|its)\b|它")
# A clause naming who asks by their role, closed by a verb of asking before a colon ("大工电气专业的研究生问：", "A parent
# asks:"): the asker's, as a clause in the first person is.
ASKER_SAYS = re.compile(r"(?:问|想问|想知道|请教|提问)\s*[:：]\s*$|\basks?\s*:\s*$", re.IGNORECASE)


def frame_clauses(question: str) -> tuple[list[str], list[str]]:
    """The bodies of ``question``'s clauses that are the asker's frame (``_frame``: declarative, in the first person, a
    self-introduction or of kin; or told in the third person, ``told_by_asker``), and those of its other clauses; no
    frame when no other clause asks, or one points back at a thing (THING_POINTER). Unlike ``Frames.read``, a frame linking a name is one too: what the asker or their kin
    is or does there is context ("my nephew got an offer from X; how many deals is his school in?")."""
    framing, rest = _framing(question)
    clauses = [m["body"] + m["end"] for m in CLAUSE.finditer(question) if m["body"].strip()]
    if not any(clause_asks(c) for c in rest) or any(THING_POINTER.search(c) for c in rest) or described_back(framing, "".join(rest)):
        return [], clauses
    return framing, rest


def _framing(question: str) -> tuple[list[str], list[str]]:
    """``question``'s clauses (body and end) shaped as the asker's frame — in the first person, a self-introduction, of
    kin, a role closed by a verb of asking, told in the third person — and its others."""
    clauses = [(m["body"], m["end"]) for m in CLAUSE.finditer(question) if m["body"].strip()]
    shaped = [_frame(b + e) or bool(ASKER_SAYS.search(b + e)) or told_by_asker(b, e) for b, e in clauses]
    return [b + e for (b, e), f in zip(clauses, shaped) if f], [b + e for (b, e), f in zip(clauses, shaped) if not f]


def refers_back(question: str, name: str, kinds: Callable[[str], frozenset[str]] = lambda text: frozenset(),
                named: Iterable[str] = ()) -> bool:
    """Whether what ``question`` asks refers back to ``name``, standing in a clause of its asker's frame
    (``frame_clauses``): by a first-person word ("I'm from Shenzhen Polytechnic. Which firms does our school work
    with?") or, in Chinese, asking with no word of its own (``_points_back``); by a pronoun or a definite kind with
    nothing before it (``_pointer``) or a demonstrative at a noun of the frame (``described_back``), unless the frame's
    clause links a name it may point at ("My lab partners with the Jiaotong university that … with a PEM firm; which
    maker does that same university host…": the university, not PEM); by a word of the name said again; or by a class
    the frame's clause names named again and not asked for ("苏州联合体的秘书问：联合体有多少家成员单位？"; ``kinds``: the
    classes a text names; the names the question links, ``named``, set aside: "the Liaoning Key Laboratory of …" names no
    kind back). False when ``name`` stands in no frame clause: a name in what is asked is asked about, never the
    frame's to pardon."""
    framing, rest = _framing(question)
    holding = [c for c in framing if _holds(c, name)]
    if not holding:
        return False
    asked, told = "".join(rest), " ".join(holding)
    plain = asked.lower()
    for linked in named:
        plain = plain.replace(linked.lower(), " ")
    again = kinds(plain).difference(*(kinds(m.group()) for m in ASKED_KIND.finditer(plain)))
    # (a pointer may point at a name the frame's clause links, not at the one it lacks)
    pointing = (_pointer(asked) or described_back(holding, asked)) and not any(_said_again(n, told, KIND_WORDS) for n in named)
    # (the kinds of who asks, told in the third person: the asker's own clause names what they do, "My lab partners
    # with the Jiaotong university …", no kind they are)
    asker = " ".join(_who(c) for c in holding if not _frame(c))
    return _mine_or_bare(asked) or pointing or _said_again(name, asked) or bool(asker and again & kinds(asker))


def _who(clause: str) -> str:
    """Who asks in a frame clause as written with its closing mark (``asker_who``), else the clause."""
    body = clause.rstrip()
    return asker_who(body[:-1], body[-1:]) or asker_who(body) or clause


def _holds(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name``, in any case."""
    return name.lower() in text.lower()


# A word of a name said again points back at it: a Latin word of this many letters at least, or two Han characters.
SAID_AGAIN_LETTERS = 4


# The words of a kind of organisation: no word of one name in particular (a linked name's "university" in a frame saying
# "a university" names nothing of it).
KIND_WORDS = frozenset((*EN_ORGANISATION_KINDS.split("|"), *ZH_ORGANISATION_KINDS.split("|"), "大学", "学院", "公司", "企业", "集团", "有限"))


def _said_again(name: str, text: str, generic: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` says a word of ``name`` again: a Latin word of it (SAID_AGAIN_LETTERS letters at least) or two
    Han characters of it in a row ("苏州联合体" in "联合体有多少…": a generic word said again refuses, as before), none
    of ``generic``."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if any(len(w) >= SAID_AGAIN_LETTERS and w in words and w not in generic for w in re.findall(r"[a-z]+", name.lower())):
        return True
    pairs = (name[i:i + 2] for i in range(len(name) - 1) if HAN.match(name[i]) and HAN.match(name[i + 1]))
    return any(pair in text and pair not in generic for pair in pairs)


def described_back(frame: list[str], rest: str) -> bool:
    """Whether ``rest`` points with a demonstrative at a noun standing in one of the ``frame`` clauses ("我在中职教机电，打算带
    一个班去装备制造实训基地参观，那家基地…", "… to the equipment manufacturing training base; which firm built that base?"):
    what the frame says of it describes what is asked."""
    if HAN.search(rest):
        return any(m["noun"] in f for m in ZH_NOUN_POINTER.finditer(rest) for f in frame)
    words = {w for f in frame for w in re.findall(r"[a-z]+", f.lower())}
    return any(m["noun"].lower() in words for m in EN_NOUN_POINTER.finditer(rest))


def _opening(body: str) -> re.Match | None:
    """The hearsay verb or the request opening a clause ("I heard that …", "我记得…", "想确认下…"), if any and the
    clause goes on after it."""
    return (ZH_HEARSAY.match(body) or ZH_REQUEST.match(body)) if HAN.search(body) else EN_HEARSAY.match(body) or EN_REQUEST.match(body)


def _frame(body: str) -> bool:
    """Whether a clause is the asker's frame: declarative, and in the first person, a self-introduction or of kin."""
    if clause_asks(body):
        return False
    if HAN.search(body):
        text = body.strip()
        return not ZH_HEARSAY.match(text) and not ZH_REQUEST.match(text) and bool(ZH_ASKER.search(text) or ZH_KIN.match(text))
    return not EN_HEARSAY.match(body) and not EN_REQUEST.match(body) and bool(EN_ASKER.search(body.strip()))


def clause_asks(body: str) -> bool:
    """Whether a clause asks (a question word or mark, a verb opening a question, a request)."""
    text = body.strip().lower()
    return bool(ASKS.search(text) or ASKING.match(text) or ZH_ASKING.search(text) or ASKS_TOO.search(text))


def _third_shape(text: str, end: str) -> tuple[re.Match | None, ...] | None:
    """The shapes of a clause (``text``, stripped, closed by ``end``) telling the asker's frame in the third person, as
    (says, doing, role, who, errand): who asks and the verb of asking or intent, or before a colon what the asker is
    doing (a gerund opening it, or who does it and the gerund: "A policy intern is building a bar chart of …:"), their
    role, who they are by a role, their errand (search.qa_frame_roles); None when it has none of them, or the clause
    asks, opens with a hearsay verb or a request, holds a digit or the first person (the first person's frame is
    ``_frame``'s)."""
    if not text or clause_asks(text) or _opening(text) or any(ch.isdigit() for ch in text) \
            or (ZH_MINE if HAN.search(text) else EN_MINE).search(text):
        return None
    says = (ZH_SAYS.match(text) or ZH_INTENT.search(text)) if HAN.search(text) else EN_SAYS.match(text)
    says = says if says and not EN_NOT_WHO.search(says.groupdict().get("who") or "") else None
    colon = not HAN.search(text) and PREAMBLE_END.match(end)
    doing = colon and (EN_ACTIVITY.match(text) or EN_BUSY.match(text))
    shape = (says, doing or None, *((colon and p.match(text)) or None for p in (EN_ROLE, EN_WHO, EN_ERRAND)))
    return shape if any(shape) else None


# Who asks described, not named, before the verb of asking or intent: an indefinite or a role ("A robotics startup in
# Shenzhen", "A Lithuanian policy intern", "深圳一家机器人公司", "区编办同志", "日本考察团"); a name asking or meaning to do
# ("Shenzhen Polytechnic wants …", "深圳职业技术大学打算…") may be what the rest asks about.
EN_DESCRIBED = re.compile(rf"^\s*(?:an?|one|some|another|several|two|three)\s|\b[a-z-]{{3,}}(?:{AGENT_ENDING})s?\s*$", re.IGNORECASE)
ZH_DESCRIBED = re.compile(r"[一有某几两][家所个位名批群支间]|有人|[者员师生长友志行团商户民人群社会组]$")


def told_by_asker(body: str, end: str = "") -> bool:
    """Whether a clause (``body`` closed by ``end``) is the asker's frame told in the third person by its shape alone,
    whatever it names (``Frames._third`` asks besides that it hold nothing of the graph's): who asks described, not
    named (EN_DESCRIBED, ZH_DESCRIBED), with the verb of asking or intent ("深圳一家机器人公司想在大连找合作伙伴，", "A
    robotics startup in Shenzhen wants an AI partner in Dalian:") or doing something ("A policy intern is building a bar
    chart of …:"); in English before a colon or a spaced dash only ("A Finnish delegation wants to visit the college
    that …. Which college is that?" asks about what they want). A role, an errand or a gerund before a colon is
    ``Frames._third``'s alone: "Hydrogen project memo:" narrows what is asked."""
    return asker_who(body, end) is not None


def asker_who(body: str, end: str = "") -> str | None:
    """Who asks in a clause told by the asker in the third person (``told_by_asker``), as written: the words before the
    verb ("A robotics startup in Shenzhen"); None when the clause is no such frame."""
    text = body.strip()
    shape = _third_shape(text, end)
    zh = bool(HAN.search(text))
    if shape is None or not (zh or PREAMBLE_END.match(end)):
        return None
    said = shape[0] if shape[0] is not None else shape[1] if shape[1] is not None and shape[1].re is EN_BUSY else None
    if said is None:
        return None
    who = (text[:said.start()] if said.re is ZH_INTENT else said.groupdict().get("who") or "").strip()
    return who if (ZH_DESCRIBED if zh else EN_DESCRIBED).search(who) else None


def _points_back(rest: str) -> bool:
    """Whether the rest of the question points back to the asker or, with nothing before the pointer to point
    to, to the frame ("…, which ones?"), or in Chinese asks with no word of its own ("…，是哪些？")."""
    return _mine_or_bare(rest) or _pointer(rest)


def _mine_or_bare(rest: str) -> bool:
    """Whether the rest of the question points back to the asker ("my city", "我们学校"), or in Chinese asks with no word
    of its own ("…，是哪些？")."""
    if HAN.search(rest) and len(ZH_ASKED_ONLY.sub("", "".join(HAN_RUN.findall(rest)))) < 2:
        return True
    return bool((ZH_MINE if HAN.search(rest) else EN_MINE).search(rest))


def _pointer(rest: str) -> bool:
    """Whether the rest of the question holds a pronoun or a definite kind with nothing before it to point to."""
    zh = bool(HAN.search(rest))
    return any(not (ZH_ANTECEDENT if zh else EN_ANTECEDENT).search(rest[:m.start()] if zh else _before(rest[:m.start()]))
               for m in (ZH_POINTER if zh else EN_POINTER).finditer(rest))


def _before(text: str) -> str:
    """The English ``text`` before a pointer, a which-phrase of the pointer's own clause set aside (``EN_WHICH_PHRASE``)."""
    opened = m.end() if (m := EN_CLAUSE_CUT.match(text)) else 0
    return text[:opened] + EN_WHICH_PHRASE.sub(" ", text[opened:])
