"""The words and patterns by which search.qa_frame tells the asker's frame from what is asked: the first person and
the asker's kin, hearsay and requests opening a clause, a third person asking, what the asker means to do, words
pointing back to the asker or into the frame, and what a pointer may point to. Tables only; the reading is
search.qa_frame's (and search.qa_party's, search.qa_told_apart's, which share them)."""

from __future__ import annotations

import re

from graph.han import HAN_CHARS
from search.auxiliaries import AUXILIARIES, BE, DO, MODALS
from search.qa_frame_roles import AGENT_ENDING
from search.wording import EN_DEMONSTRATIVES, EN_PERSON_PRONOUNS, EN_THING_PRONOUNS, ZH_PERSON_PRONOUNS, zh_pointing

# The asker in the first person, and a self-introduction ("Civil servant here.", "A headhunter here:").
# ("im", "ive": typed without the apostrophe; "As a parent, …", "作为一名记者，…": the asker's role)
# The first person's words, one table for the frame, the background and the preamble (search.qa_told_apart.FIRST_PERSON).
EN_FIRST_PERSON = r"i|i'm|im|i've|ive|i'd|me|my|mine|we|we're|we've|our|ours|us"
ZH_FIRST_PERSON = "[我俺咱]"
# The first person of a clause in either language ("I'm a teacher from Chiang Mai.", "我没听明白").
FIRST_PERSON = re.compile(rf"\b(?:{EN_FIRST_PERSON})\b|{ZH_FIRST_PERSON}", re.IGNORECASE)
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
