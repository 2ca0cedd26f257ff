"""The cue tables of a verdict asked: the words and patterns by which a question asks yes or no (a claim put for
confirmation, a verb asked both ways, an auxiliary opening it), whether one entity is of a class, and the "no" that
denies the verb asked by.

Contract: tables only, as search/qa_cues.py's (which takes HEDGED_ASKED and VERDICT_ASKED from here: they negate
nothing); the logical form (search/qa_form.py) and search/qa_yes_no.py read them.
"""

from __future__ import annotations

import re

from search.auxiliaries import AUXILIARIES, BE, DO, MODALS
from search.wording import CONFIRM_EN, CONFIRM_ZH

# The words asking for a verdict on a claim stated plainly (English): no negation, a yes/no.
# A claim put for confirmation asks for a verdict too: closing on a tag ("…，没错吧", "…对吧", "…是真的吗",
# "…, right?", "…, isn't it?") or opening on one ("is it true that …"). The tags claim nothing (the reading's
# topic leaves them out: search.qa_residue).
CONFIRMING = re.compile(f"{CONFIRM_ZH}|{CONFIRM_EN}", re.IGNORECASE)
VERDICT_ASKED = r"\byes\s+or\s+no\b|\btrue\s+or\s+false\b|\bor\s+not\s*[?.!]*\s*$|" + CONFIRM_EN
# "合作方应该是交大吧？", "是大工吧": a claim put for confirmation by 是…吧 closing the question (no which-word in it:
# "说说是哪家吧" asks which); only the copula is the cue, the claim after it is kept.
SUPPOSED_ASKED = r"是(?=(?:(?!哪|谁|什么|几|多少)[^，,。?？!！]){1,30}吧\s*[?？!！。.]*\s*$)"
HEDGED_ASKED = r"(?:该|应该|总|可)?不会(?=[^，,。?？!！]{0,40}?吧\s*[?？!！。.]*\s*$)"
# A Chinese "no" denies the verb the question asks by: a copula ("是…吗", "是不是") or "有" ("有没有").
NO_ECHOES = ((re.compile(r"是不是|是否|^[^，,。]*?是[^，,。]*?[吗嗎么]"), "不是"), (re.compile(r"有没有|有沒有|有无|有無|有[^，,。]*?[吗嗎]"), "没有"))
# "合作了没？", "合作过没有？": a colloquial yes/no closes on 没 (or 没有) after a verb particle.
# ("参加了数字人才那个项目没": the verb's 了 and the closing 没 may hold the object between them)
# A claim put for confirmation closes on a tag ("…，没错吧", "…对吧", "…是真的吗"); a verb asked both ways
# ("算不算", "对不对", "签没签") asks a verdict wherever it stands.
# "合作学校是大连交大不？", "这个项目有大工的不？": a closing 不 after a word asks a verdict too (not after a request:
# "名单能列一下不" asks for the list).
CLOSING_BU = r"(?<![,，。;；:：?？])(?<!一下)不"
YES_NO_ZH = re.compile(r"(吗|嗎|(?<![什怎这那多])么|嘛|[了过](?:[^，,。?？!！没哪谁几]{1,40}?)?没有?|" + CLOSING_BU +
                       r"|" + CONFIRM_ZH + r")\s*[?？!！。.]*\s*$|" + HEDGED_ASKED + "|" + SUPPOSED_ASKED +
                       r"|是否|是不是|有没有|有無|有无|(?P<both>[\u4e00-\u9fff])[不没](?P=both)")
# "大连理工大学是一所高职院校吗", "is DVTC a university?": the one entity named, said to be of a class. What
# may stand before its name, between it and the class word (a copula, a measure word or an article, then
# any qualifier: "是双高校", "a public university") and after the class word, by language.
# (an English one may open on another auxiliary and be said to count as or fall under the class: "would the X
# centre count as a talent project", "does X fall under the R&D category")
IS_A_BEFORE = {"zh": re.compile(r"^\s*(?:请问|那|那么)?\s*$"),
               "en": re.compile(rf"^\s*(?:(?:{BE})(?:n't)?|(?:{DO}|{MODALS})\s+(?:the\s+)?)\s*$")}
IS_A_BETWEEN = {"zh": re.compile(r"^\s*(?:是不是|是否(?:是|为|属于)?|算不算|算是|是|为|算|属于)\s*(?:一?[所家个座位])?\s*(?P<qualifier>.*?)\s*$"),
                # (an English qualifier is a few modifiers: "part of the digital talent project" is no kind)
                "en": re.compile(r"^\s*(?:(?:count|counts|fall|falls|belong|belongs|qualify|qualifies)\s+(?:as|under|in|to|among)\s+)?"
                                 r"(?:an?|the|one)?\s*(?P<qualifier>(?:(?!(?:of|in|on|at|to|for|with|from|by|part|member|one)\b)"
                                 r"[a-z][a-z-]*\s+){0,3})\s*$")}
# (the word for a kind may be part of the class word: "the tech innovation category of the signing")
IS_A_AFTER = re.compile(r"^\s*(?:类|类别|(?:(?:category|kind|type|class)\s*)?(?:\s+of\s+(?:the\s+)?[a-z]+)?)?"
                        r"\s*(?:吗|嗎|么|嘛|呢|不是|不)?\s*[?？!！。.]*\s*$")
# English: the auxiliary (a modal too: "would X fall under …") opens the question, or the clause after a
# colon or dash ("X and Y: have they …?"), or the sentence after a statement ("X ranked fifth. Was it first?").
# A claim put for a verdict ("yes or no: …", "true or false: …", "… or not?") asks one too, in any order.
# A clause after a yes/no cue's own asking a which-word ("电动车充电故障能不能快速查出来，有个项目搞这个：出题的车企是谁"):
# the cue is part of a description ("whether it can be found fast"), the question asks which, not yes or no.
WH_CLAUSE_AFTER_ZH = re.compile(r"[^?？。!！，,:：;；]*[，,:：;；][^?？!！]*?(?:谁|哪|什么|啥|多少|几[个家所位项])")
YES_NO_EN = re.compile(rf"(?:^|[:;—–]|\s-|[.!?]\s)\s*({AUXILIARIES}|{MODALS})\b|"
                       + VERDICT_ASKED, re.IGNORECASE)
# The clause after a comma opened by an auxiliary and a pronoun or a noun phrase ("the Opinions on …, was it a joint
# release of …", "the 120 million yuan behind the base, did the company and the college put it up together"): a verdict
# too, when no which-word asks before it ("which projects, if any, did DUT sign" asks which).
# An auxiliary opening a choice between two, compared ("did DUT or the vocational college sign onto more of the deals",
# "is A or B larger"): it asks which of them, no verdict ("… or not?" is a verdict).
ALTERNATIVE_EN = re.compile(rf"(?:^|[:;—–]|\s-|[.!?]\s)\s*(?:{AUXILIARIES}|{MODALS})\s+[^?,;:]{{2,60}}?\s+or\s+(?!not\b)[^?,;:]{{2,80}}?"
                            r"\b(?:more|fewer|less|larger|bigger|greater|higher|lower|smaller)\b", re.IGNORECASE)
YES_NO_CLAUSE_EN = re.compile(rf"[,，]\s*(?:{AUXILIARIES})\s+(?:it|they|he|she|this|that|these|those|the|its|their)\b",
                              re.IGNORECASE)
WH_BEFORE_EN = re.compile(r"\b(?:which|what|who|whom|whose|how|when|where|why)\b", re.IGNORECASE)
