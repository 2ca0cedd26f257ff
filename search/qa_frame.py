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
from search.auxiliaries import AUXILIARIES, BE, DO, MODALS
from search.qa_discourse import PREAMBLE_END, Discourse
from search.qa_frame_roles import AGENT_ENDING, EN_ACTIVITY, EN_ERRAND, EN_ROLE, EN_WHO, errand_words_off, role_named
from search.qa_headings import ASKING, ZH_ASKING
from search.qa_measures import measure_asked
from search.text import normalize
from search.wording import (ASKS, CONFIRM_ZH, EN_DEMONSTRATIVES, EN_PERSON_PRONOUNS, EN_THING_PRONOUNS,
                            ZH_PERSON_PRONOUNS, zh_pointing)

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
# The asker in the first person, and a self-introduction ("Civil servant here.", "A headhunter here:").
# ("im", "ive": typed without the apostrophe; "As a parent, …", "作为一名记者，…": the asker's role)
# The first person's words, one table for the frame, the background and the preamble (search.qa_told_apart.FIRST_PERSON).
EN_FIRST_PERSON = r"i|i'm|im|i've|ive|i'd|me|my|mine|we|we're|we've|our|ours|us"
ZH_FIRST_PERSON = "[我俺咱]"
EN_ASKER = re.compile(rf"\b(?:{EN_FIRST_PERSON})\b|\bhere\s*$"
                      rf"|^\s*as an?(?:\s+[a-z-]+){{0,2}}\s+[a-z-]+(?:{AGENT_ENDING})s?\s*$", re.IGNORECASE)
ZH_ASKER = re.compile(rf"{ZH_FIRST_PERSON}|本人|^\s*作为")
# The asker's kin or colleague opening a clause ("亲戚在那边上班", "孩子在那里读书"): the asker's frame too.
KIN = (r"(?:孩子|小孩|儿子|女儿|闺女|亲戚|朋友(?!圈)|同事|同学|家人|家里人|老公|老婆|爱人|爸爸|妈妈|老爸|老妈|"
       r"舅舅|表哥|表姐|表弟|表妹|侄子|外甥|邻居)")
ZH_KIN = re.compile(rf"^(?:家里|家中)?{KIN}")  # "家里表哥在…": the kin at home
# A hearsay or belief verb opening a first-person clause: what it reports is the question's, only the verb is the frame.
EN_HEARSAY = re.compile(r"^\s*(?:(?:but|and|though|yet)\s+)?(?:i|we)\s+(?:have\s+|had\s+)?(?:heard|read|saw|think|thought|believe|recall|remember|"
                        r"understand|gather|was told|were told|guess|suppose|suspect|assume|reckon|bet|imagine|feel|figure)(?:\s+that)?\s+(?=\S)", re.IGNORECASE)
# (told by kin or by someone: "同事说X…", "有人说X…")
ZH_HEARSAY = re.compile(r"^\s*(?:可是?|但是?|不过|而)?(?:(?:我们?|俺|咱们?)(?:听说|听人说|听别人说|记得|觉得|认为|以为|印象中|猜|估计|感觉|怀疑|相信)"
                        rf"|(?:我|我家)?(?:{KIN}|有人|别人)(?:说|讲|提到|告诉我))(?:了|过)?")
# A request opening a clause that asks ("想确认下…", "想问下…", "请问…", "我想核实一下…"): why the asker asks.
ZH_REQUEST = re.compile(r"^\s*(?:我们?|俺)?(?:(?:想|要|来)(?:确认|核实|核对|求证|问问|请教|打听|了解|知道|问)(?:一下|下)?"
                        r"|(?:确认|核实|核对|求证|请教|打听|问)(?:一下|下)|请问|问问)(?=\S)")
# An English request opening a clause ("I'd like to know about …", "I want to find out …"): what it asks of is kept.
EN_REQUEST = re.compile(r"^\s*(?:i|we)\s*(?:'d|would|want|wanna|need|wish)(?:\s+like)?(?:\s+to)?\s+(?:know|find out|learn|check|ask)"
                        r"(?:\s+(?:about|of|whether|if))?\s+(?=\S)", re.IGNORECASE)
# A third person asking, and the verb of asking ending the asker's words ("A Korean researcher asks", "A rector in Harbin
# wants", "台北一位教授想知道", "区编办同志问"): who asks opens the clause, a few words naming no question word or relative
# pronoun ("Which firm wants …" asks, "The school that wants …" describes); a bare 问 or 打听 closes the clause ("顾问",
# "访问" are no asking before a name).
ASKING_VERB_EN = r"(?:asks?|is asking|wants?|would like|needs?|wonders?|is wondering|is curious|inquires?)"
EN_SAYS = re.compile(rf"^\s*(?P<who>(?:[\w'’&.-]+\s+){{0,6}}?[\w'’&.-]+)\s+{ASKING_VERB_EN}"
                     r"(?:\s+to\s+(?:know|find\s+out|learn|check|see))?(?:\s+(?:about|whether|if))?(?=\s|$)", re.IGNORECASE)
# What the third person wants done to the kind named after it ("wants to visit | the college that …"): theirs too.
WANTED_DONE = re.compile(r"\s+to\s+[a-z]+(?=\s+(?:the|a|an|some|one)\b)", re.IGNORECASE)
# Who asks and what they are doing, before a colon ("A Lithuanian policy intern is building a bar chart of the signing:"):
# the asker's errand, as a gerund opening the clause is (search.qa_frame_roles.EN_ACTIVITY).
EN_BUSY = re.compile(r"^\s*(?P<who>(?:[\w'’&.-]+\s+){0,6}?[\w'’&.-]+)\s+(?:is|are|was|were)\s+(?:[a-z]+-)*[a-z]+ing\b", re.IGNORECASE)
EN_NOT_WHO = re.compile(rf"\b(?:which|what|who|whom|whose|how|when|where|why|that|{BE}|{DO}|can|could|would|will|i|we|you|it|they)\b",
                        re.IGNORECASE)
# (asked once, colloquially: "工程师问一句", "老师问个问题")
ASKED_ONCE = "一句|一声|个问题"
ZH_SAYS = re.compile(rf"^\s*(?P<who>\S{{2,12}}?)(?:想知道|想了解|想打听|想问问?|想请教|好奇|(?:问|打听|请教|咨询|提问)(?:一下|下|{ASKED_ONCE})?\s*$)")
# What the asker means to do, told as a whole clause ("鸿蒙开发者社群想合办活动,", "A developer group wants to host a
# meetup,"): in Chinese a verb of intent, in English the same verbs as of asking (EN_SAYS).
# (想 and 打算 only: 计划, 准备, 希望 are nouns as often, "四个计划里")
ZH_INTENT = re.compile(r"(?:想|打算)(?!是|有|到|起|必)[\u4e00-\u9fff]")
# A kind the rest asks for, not one it points back with ("广州一家猎头公司想挖人，董建军在哪家公司任职？", "A Shenzhen firm asks:
# which firms …"): a question word and the words of the kind after it ("which of the consortium's …" points back).
ASKED_KIND = re.compile(r"\b(?:which|what)(?:\s+(?!of\b)[\w-]+){1,3}|哪[一几两]?[家所个位项类间名些][\u4e00-\u9fff]{0,3}", re.IGNORECASE)
# Words pointing back to the asker from the rest ("my city", "our group", "我们公司", "我家孩子的学校").
EN_MINE = re.compile(r"\b(?:my|our|ours|we|us)\b", re.IGNORECASE)
ZH_MINE = re.compile(r"我们|咱们?|俺们?|我(?:的|家|市|省|区|县|校|司|厂|单位|公司|学校|们)")
# The kinds of organisation a pointer names ("他们公司", "the company"); a place may be pointed back to too.
ZH_ORGANISATION_KINDS = "学校|公司|企业|单位|大学|学院|厂|集团"
EN_ORGANISATION_KINDS = "company|firm|school|university|college|group|employer|plant|factory"
# A pronoun or a definite kind in the rest, which may point back into the frame ("他们公司", "the company"); a kind its
# own clause restricts ("the college that runs the Rockwell centre") is picked out by it and points nowhere.
# (a place too: "越南代表团想去宁波看看，那边的联合体…", "…; how many members does that consortium have?")
EN_POINTER = re.compile(rf"\b(?:{EN_PERSON_PRONOUNS}|{EN_THING_PRONOUNS}|(?<=which )ones?|(?<=what )ones?|both of them|the two of them|"
                        rf"over there|out there|(?:{EN_DEMONSTRATIVES}|same)\s+(?:{EN_ORGANISATION_KINDS}|city|province|district|"
                        r"area|region|consortium|lab|institute)\b(?!\s+(?:that|which|who|whose|where|led|run|running|behind)\b))\b",
                        re.IGNORECASE)
ZH_POINTER = re.compile(rf"[{ZH_PERSON_PRONOUNS}它][们俩]?|俩人|两人|二人|那边|那里|那儿|当地|{zh_pointing('所家个', one=False)}(?:{ZH_ORGANISATION_KINDS}|城市|地方|联合体)")
# A demonstrative and the noun it points at ("那家基地", "这个中心", "that base", "this centre"): when the noun stands in a frame
# clause, the rest points back into it (``described_back``). (Two Han characters: the tagger's nouns are mostly so long,
# and a longer run would take the verb after it.)
ZH_NOUN_POINTER = re.compile(rf"{zh_pointing('个家所项座处', formal=False)}(?P<noun>[{HAN_CHARS}]{{2}})")
EN_NOUN_POINTER = re.compile(r"\b(?:that|this|those|these|the same)\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)
# The words of a Chinese question that only ask ("是哪些", "有几个呢"): a rest holding nothing else is about the frame.
ZH_ASKED_ONLY = re.compile(r"哪[些个家所位几里]?|什么|多少|几[个家所位项]?|谁|是|有|吗|呢|啊|呀|吧|么|的|都|还|又|到底|究竟|具体")
# A kind pointing back to the frame's one organisation ("他们公司", "我们学校", "their company", "the firm").
# ("母校": the asker's own school, "alma mater")
ZH_KIND_POINTER = re.compile(rf"(?:他们|她们|我们|咱们|俺们|他|她|咱|俺|这|那|该)的?(?:所|家|个)?(?:{ZH_ORGANISATION_KINDS})|母校")
EN_KIND_POINTER = re.compile(rf"\b(?:their|his|her|our|my|the|that|this)\s+(?:{EN_ORGANISATION_KINDS})\b|\b(?:my|our|the)\s+alma\s+mater\b", re.IGNORECASE)
# What a pointer may point to in the rest before it: a capitalised word not opening a clause or a definite noun ("the
# joint program for … graduates — which school signed it?"), or a Han run.
# (a which-word is no name: "Out of the deals, What's their number?", the rest joined where a frame clause was read off)
EN_ANTECEDENT = re.compile(r"(?<=[a-z0-9,'’)] )(?!(?:What|Which|Who|Whom|Whose|How|When|Where|Why)\b)[A-Z]|\b(?i:the|this|that)\s+(?!ones?\b)[A-Za-z]")
# A which-phrase before its verb ("which Dalian firms did …"): what its clause asks for, no antecedent of a pronoun after
# it there ("…: which Dalian firms did they sign with?": "they" are not the firms asked for).
EN_WHICH_PHRASE = re.compile(rf"\b(?:which|what|whose)\s+[^,;:?!.]*?(?=\s(?:{AUXILIARIES}|{MODALS})\b)", re.IGNORECASE)
EN_CLAUSE_CUT = re.compile(r".*[,;:?!.]", re.DOTALL)
ZH_ANTECEDENT = re.compile(f"[{HAN_CHARS}]{{2,}}")


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
