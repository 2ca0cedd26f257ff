"""The cue tables of order: which of two dated things came first or last (EARLIER_ASKED, LATER_ASKED), a claim that
one came before or after another (ORDER_CLAIMS, ORDER_RELATIONS), a rank's place claimed or counted ahead or behind
(RANK_*), and the words placing a date within its year or before its source (PERIOD_*, RECENT).

Contract: tables only, as search.qa_cues (whose order cues these were); read by search.qa_order, search.qa_rank,
search.qa_match, search.qa_yes_no and the logical form (search.qa_form).
"""

from __future__ import annotations

import re
from search.auxiliaries import AUXILIARIES

# "A和B哪个先", "哪件事在前", "which came first, A or B", "which happened earlier": the earlier of two dated
# things; LATER_ASKED the later one. Read off the normalised question; the cue itself is no side.
# A verb may stand between ("哪个签得早", "谁获批得更早"); in English a participle ("which was held first").
_ORDER_VERB = r"(?:[\u4e00-\u9fff]{1,2}得)?"
_FIRST_DONE = r"(?:held|signed|approved|issued|launched|founded|established|started|set up|published|created|built)"
EARLIER_ASKED = re.compile(rf"(?:哪个|哪一个|哪件事?|哪项|谁){_ORDER_VERB}(?:更|比较)?(?:先(?![进生])|早|在前|靠前)(?:一些|一点)?"
                           r"|先(?:有|发生)(?=[^?？]{1,40}还是先)"  # "先有A还是先有B"
                           r"|\bwhich\b[^,:;?]{0,20}?\b(?:came|come|comes|happened|was|were|took place)\s+(?:first|earlier)\b"
                           rf"|\bwhich\b[^,:;?]{{0,20}}?\b{_FIRST_DONE}\s+first\b"
                           r"|\bwhich\b[^,:;?]{0,20}?\bearlier\b|\bwhat came first\b")
LATER_ASKED = re.compile(rf"(?:哪个|哪一个|哪件事?|哪项|谁){_ORDER_VERB}(?:更|比较)?(?:后(?![来续])|晚|在后|靠后)(?:一些|一点)?"
                         r"|后(?:有|发生)(?=[^?？]{1,40}还是后)"
                         r"|\bwhich\b[^,:;?]{0,20}?\b(?:came|come|comes|happened|was|were|took place)\s+(?:last|later)\b"
                         r"|\bwhich\b[^,:;?]{0,20}?\blater\b")
# A claim that one dated thing came before or after another (or a date): "A是在B之后吧", "A早于B吗", "A比B晚吗",
# "was A before B?"; the groups a, rel, b; what each relation word claims is ORDER_RELATIONS'.
_ASK_END = r"(?:发生|进行|的|了)?(?:吧|吗|呢|么|是吧|对吧|对吗|对不对|是不是|没有?)?[,，?？。!！\s]*$"
_CLAIM_END = rf"(?:[\u4e00-\u9fff]{{1,4}}?(?:的|了)?(?:吧|吗|呢|(?<![什怎这那多])么|没有?)[,，?？。!！\s]*$|{_ASK_END})"  # "以前印发的吗"
ORDER_CLAIMS = (
    re.compile(rf"^(?P<a>.+?)(?:是不是|是否|是)?在(?P<b>.+?)(?P<rel>之前|以前|之后|以后){_CLAIM_END}"),
    re.compile(rf"^(?P<a>.+?)(?:是不是|是否|是)?(?P<rel>早于|先于|晚于|后于)(?P<b>.+?){_ASK_END}"),
    re.compile(rf"^(?P<a>.+?)(?:是不是|是否)?比(?P<b>.+?)(?:要|更|还)?(?P<rel>早|晚)(?:一些|一点|些|点)?{_ASK_END}"),  # "A比B早吗"
    re.compile(rf"^(?:{AUXILIARIES})\s+(?P<a>.+?)\s+(?P<rel>before|after|earlier than|later than|"
               r"prior to)\s+(?P<b>.+?)[?.!\s]*$"),
)
ORDER_RELATIONS = {"之前": "before", "以前": "before", "早于": "before", "先于": "before", "早": "before", "before": "before",
                   "earlier than": "before", "prior to": "before",
                   "之后": "after", "以后": "after", "晚于": "after", "后于": "after", "晚": "after", "after": "after", "later than": "after"}
# How many stand ahead of (or behind) a ranked thing: "排在金普前面的有几家", "how many ranked ahead of Jinpu".
RANK_AHEAD = re.compile(r"排(?:名)?在.{0,16}?(?:前面|前头|之前)|\b(?:rank(?:ed)?|placed|came|finished)\s+(?:ahead of|above|before)\b")
# A rank claimed or asked by its place ("是不是排第五", "排在第5"), not a superlative's level ("排第二多").
RANK_CLAIMED = re.compile(r"排(?:名|在)?第[一二两三四五六七八九十\d]+(?![多大少])")
RANK_HELD = re.compile(RANK_CLAIMED.pattern + r"|名列第|\b(?:ranked|placed|came|finished)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b")
RANK_BEHIND = re.compile(r"排(?:名)?在.{0,16}?(?:后面|后头|之后)|\b(?:rank(?:ed)?|placed|came|finished)\s+(?:behind|below|after)\b")
# An order asked for, naming no place in it: "排个队", "排名", "sorted by", "ranked by"; a bare 排 closing a measure
# before a comma ("按签约项目数排，…"). search.qa_rank_next reads a ranking asked with them.
ORDERED = re.compile(r"排(?:个|一下|一排)?队|排名|排序|排行|排列|排(?=\s*[,，;；])|\brank(?:ed|ing|s)?\b|\border(?:ed)?\b|\bsort(?:ed)?\b")
# Words a date stated only to its year may carry, placing it at one end of that year ("2023年年末").
PERIOD_END = ("年末", "年底", "年终", "end of")
PERIOD_START = ("年初", "开年", "beginning of", "start of", "early")
# A date worded only as "lately" by its source ("近日"): the weeks before the source's publication.
RECENT = ("近日", "日前", "近期", "最近", "recently", "lately")
# The months a part of a year claims ("2023年上半年", "in the second half of 2023"), longest words first;
# a claim is refuted when the date held lies in other months (qa_yes_no).
PERIOD_MONTHS = {"上半年": (1, 6), "下半年": (7, 12), "年初": (1, 3), "年中": (5, 8), "年末": (10, 12), "年底": (10, 12),
                 "first half": (1, 6), "second half": (7, 12), "beginning of": (1, 3), "start of": (1, 3),
                 "middle of": (5, 8), "mid": (5, 8), "end of": (10, 12), "early": (1, 3), "late": (10, 12)}
