"""The cue tables of the question's reading: the words and patterns that call for an operator.

Contract: tables only (word tuples, compiled patterns, the bound rows; the cues of a verdict asked are
search/qa_verdict_cues.py's, the attributes the graph does not hold search/qa_attribute_words.py's), no reading, and no
import of the reading (search/understand*.py take their superlative, amount and demonstrative words from here). The
logical form (search/qa_form.py) reads the cues off a parsed question once; the operators and the plan and sentence
stages read the form, and take a table from here only to read its rows.
"""

from __future__ import annotations

import re

from search.auxiliaries import AUXILIARIES, BE
from search.other_words import ZH_REST
from search.qa_values import EN_NUMBERS, EN_ORDINALS
from search.qa_verdict_cues import HEDGED_ASKED, VERDICT_ASKED
from search.wording import DEMONSTRATIVES, FILLER_WORDS, ZH_WITH

# The parse's own cues (search/understand.py): a superlative, a figure asked by its amount, a pointer back.
# "参与项目最多的高校": the answers taking part in the most cooperations.
MOST_WORDS = ("最多", "最活跃", "最积极", "排第一", "数第一", "the most", "most", "top",
              # how often a name turns up is how many cooperations it is in ("出现得最频繁", "turns up most often")
              "最频繁", "最常", "most often", "most frequently",
              # the one taking part most, said as the busiest ("哪所高校最忙", "the busiest partner", "most active")
              "最忙", "busiest", "most active", "most involved", "most prolific")
# (the bottom place is the fewest: "垫底的那一类", "排在最后")
FEWEST_WORDS = ("最少", "fewest", "the least", "least", "垫底", "倒数第一", "排在最后", "排最后")
# "参与项目第二多的院校", "the second most", "comes second by size": the answers at the n-th highest count, not the highest.
# ("项目数排第二的单位": a count ranked second is the second most too)
ORDINAL_MOST = re.compile(rf"(?:(?<=数)排名?第|(?<=数量)排名?第|第(?=[二两三四五六七八九十](?:多|大)))([二两三四五六七八九十])(?:多|大)?"
                          rf"|\b({'|'.join(EN_ORDINALS)})(?:[- ](?:most|largest|biggest|highest)|\s+(?:by|in)\s+(?:size|number|count|numbers))\b")
# Words that ask for an amount without a count word ("the budget of X", "X的经费"): a figure question.
AMOUNT_WORDS = ("budget", "cost", "costs", "funding", "investment", "invested", "invest", "money", "revenue", "revenues",
                "turnover", "profit", "profits", "income", "预算", "经费", "金额", "资金", "造价", "投资", "钱", "营收", "收入",
                "营业额", "利润", "产值", "注册资本",
                # money paid to people: a stipend or wage is a sum of money, never a count of those paid
                "补贴", "补助", "津贴", "工资", "薪资", "薪水", "奖学金", "学费", "stipend", "stipends", "allowance",
                "allowances", "subsidy", "subsidies", "salary", "salaries", "wage", "wages", "scholarship", "tuition")
# Words that ask for a size without a count word ("the size of its first cohort", "in person-times?", "首批规模",
# "培养人数"): a figure question too, as an amount is.
SIZE_WORDS = ("size of", "the size", "how big", "how large", "headcount", "head count", "person-times", "person times", "规模", "人数",
              "人次")
# A post taken up, asked when of a person ("哪年当上校长", "什么时候进的公司", "when did he join", "appointed"): the
# date of a post, which no date of an event the person took part in answers.
POST_BEGUN = re.compile(r"当上|当的|上任|任职|入职|就职|进的|进入|加入|调到|到的|担任|\b(?:join(?:ed)?|appointed|became|become|"
                        r"took\s+(?:office|up|over)|start(?:ed)?\s+(?:work|as|at))\b", re.IGNORECASE)
# The words a count is asked by, one table for every reading of a count: a Chinese count word, "how many" (and an
# amount: "how much"); qa_measures reads a measure's noun after them, COUNTED_NOUN the noun counted.
ZH_HOW_MANY, EN_HOW_MANY, EN_HOW_MUCH = r"(?:多少|几)", r"\bhow\s+many", r"\bhow\s+much\b"
# An amount asked, never a number of things: "how much did the college put in", "学校出了多少", "碧菲出资多少": when
# no figure answers it, counting the entities the question names would answer a count nobody asked for.
# (出 pays only after no verb it completes: "产出了多少", "提出了多少" ask no money)
AMOUNT_ASKED = re.compile(rf"{EN_HOW_MUCH}|(?<![产提推选评做给放])[出投花掏拨][资入费]?\s*了?\s*{ZH_HOW_MANY}\s*(?:钱|万|亿|元)?(?![个家所位项名类种条批台套次人号])")
# A how-word asking in a unit of money, whatever the verb or noun around it ("砸了几个亿", "涉及多少万元", "how many
# yuan", "in RMB"): a sum is asked, and no count of things answers it (a magnitude counts people only before 人, 名 …).
MONEY_UNIT_ASKED = re.compile(rf"{ZH_HOW_MANY}\s*个?\s*(?:[十百千万亿]*(?:元|块钱?)|[万亿](?!\s*[人名个家所位项次]))"
                              r"|\bhow\s+(?:many|much)\s+(?:yuan|rmb|renminbi|cny)\b|\bin\s+(?:yuan|rmb|renminbi|cny)\b",
                              re.IGNORECASE)
# A Chinese count word with a measure word counting things ("几家", "多少个"): no sum of money is asked by it.
COUNTED_BY_WORD = re.compile(rf"{ZH_HOW_MANY}\s*[个家所位项名类种条批台套次人]")
# A count or an amount asked at all (search.qa_asked_of: an answer in the measure and noun asked).
HOW_MANY = re.compile(rf"{ZH_HOW_MANY}|{EN_HOW_MANY}\b|{EN_HOW_MUCH}", re.IGNORECASE)
# "每年培养多少名幼师？": a Chinese count word with the noun it counts closing the question.
COUNTED_NOUN = re.compile(rf"{ZH_HOW_MANY}\s*[个家所位项名类种条批台套次]?\s*([\u4e00-\u9fff]{{1,6}}?)[呢啊呀吧]?\s*[?？!！。.]*\s*$"
                          rf"|{EN_HOW_MANY}\s+([a-z][a-z-]*)")
# "政府部门有几个是联合体成员": a class word the count word follows, closing its clause, is what is counted.
COUNTED_BEFORE = re.compile(rf"\s*(?:有|共有|一共有)?{ZH_HOW_MANY}[家个所位项名类种条批]?(?=是|[,，?？。]|\s*$)")

# (the side ahead is the larger: "谁占上风", "谁领先", "哪边胜出", "who comes out ahead"; LARGER_ASKED's too)
ZH_AHEAD = ("占上风", "领先", "胜出", "占优")
MORE_WORDS = ("更多", "较多", "多", *ZH_AHEAD, "more", "bigger", "larger", "greater", "higher", "ahead")
FEWER_WORDS = ("更少", "较少", "少", "fewer", "less", "smaller", "lower")
# (a comparison said as a match: "A对上B", "比一比", "掰扯一下"; "A PK B" too)
ZH_MATCH_WORDS = ("比一比", "比比", "对上", "掰扯", "较量")
# "compare A and B", "A和B比较一下": the counts side by side, the larger named (said as a match too)
COMPARE_WORDS = ("比较", "对比", "相比", *ZH_MATCH_WORDS, "compare", "comparison", "versus", "vs", "pk")
# "A和B打了个平手", "did A sign as many as B": the two claimed even, a comparison whose verdict is a tie
SAME_WORDS = ("一样多", "同样多", "打平", "平手", "持平", "不相上下", "数量相同", "相同数量", "same number", "as many", "tied",
              "equally many",
              # the counts said equal after their noun ("项目数一样吗", "签约个数相同吗", "an equal number")
              "数一样", "数相同", "数量一样", "数目一样", "数目相同", "equal number", "same count")
# A superlative is no comparison of two ("A和B合作的项目中哪个参与方最多" ranks, it does not compare) ...
NOT_COMPARED = (*FEWEST_WORDS, "最多")
# ... unless the answer is picked from the organisations named, only blanks (their names) and
# conjunctions between them: "在A、B和C中，谁签的项目最少", "A和B谁参与的项目最多", "among A, B and C,
# which one has the fewest projects", "which of A and B signed the most": their counts compared.
AMONG_NAMED = re.compile(r"(?:^|在)[\s、,，和与及跟或]*(?:[这那]?[两三四五六七八九几][个家所位](?:学校|大学|高校|院校|企业|公司|单位)?)?"
                         r"(?:中|里|里面|之中|当中)?[,，]?\s*(?:谁|哪)"
                         r"|\b(?:among|between|which(?: one)? of|of)(?:[\s,]|\band\b|\bor\b){4,}(?:which|who|has|have|had|"
                         r"is|are|was|were|did|does|took|takes|signed|joined)\b")
# Words that look like cues and are none: "多少" asks for a figure (its 多 and 少 are no more or
# fewer: "A和B合作了多少个项目" compares nothing); "哪些不算K类", "既不算企业也不算高校" deny a kind (its 不算 is no "not
# counting").
# ("这么说对吗": a claim put to the test, nothing anyone said; "foreign-invested firms": a kind of firm, no amount asked;
# "同一类别里还和哪家…": the kind of one already said is where the rest is asked, no kind asked; "投了一个多亿的基地",
# "三十多家": 多 rounding a number up, no comparison)
NOT_CUES = re.compile(r"多少|(?<=[\d零〇一二两三四五六七八九十百千万亿])(?<!哪一)个?多(?=[万亿千百十元块个家所名位项人年]|的)|(?:同一|同|相同的?)(?:类别|类型|种类)(?=里|中|内|之中|当中)|([\u4e00-\u9fff])不\1|(?<=哪些|哪个|哪项|哪类)(?:不算|不计)|既不算|既不计|[这那照]么说|这样说|\b(?:one|any|some)\s+more\b"
                      r"|\b(?:foreign|overseas|state|private|privately|government|wholly|sino-foreign)[\s-]+(?:invested|funded|financed|owned)\b", re.IGNORECASE)
EXCEPT_WORDS = ("除了", "除", "以外", "之外", "不算", "不计", "不包括", "去掉", "刨去", "刨除", "刨掉", "剔掉", "剔除", "拿掉", "扣除", "扣掉", "besides", "except", "other than", "apart from",
                "not counting", "excluding", "leaving out", "leave out", "aside from",
                # said with other verbs ("setting aside the R&D ones", "撇开研发类的")
                "setting aside", "set aside", "leaving aside", "putting aside", "not including", "save for", "撇开", "抛开", "不含",
                # passed over ("skip DUT: which other universities appear?", "跳过大工") or ruled out ("排除掉有X参与的", "anyone but DUT")
                "skip", "skipping", "跳过", "排除掉", "排除", "anyone but", "anything but",
                # struck off a list ("drop the businesses. Who remains?")
                "drop", "remove", "cross off")
# What is left once some are excepted ("刨掉X，剩下哪些", "which projects remain"): the except reading's own words.
REMAINDER_WORDS = frozenset(("剩下", "剩余", ZH_REST, "还剩", "remain", "remains", "remaining", "left", "rest"))
NOT_WORDS = ("没有", "没", "未", "不", "无", "缺", "without", "no", "not", "none", "n't", "neither", "nor", "never", "absent", "missing", "lacking", "lacks", "lack",
             # staying out of a thing is not taking part in it
             "stay out of", "stayed out of", "stays out of", "sat out", "sit out", "sits out",
             # a relation denied ("has nothing to do with hydrogen", "unrelated to X")
             "nothing to do with", "unrelated",
             # left out of a thing is not in it ("which university is left out of the digital talent centre")
             "left out of", "leaves out", "excluded from",
             # nowhere else is in no other ("which ones show up nowhere else")
             "nowhere")
# A partner denied right before its name ("没跟交大搭伙的公司", "不和X合作的", "companies that never worked with X"): what
# the name's partners would be is the negation's set to take away, no description of its partners to follow.
# (a verb asked both ways denies nothing: "有没有和X一起签", "是不是跟X合作的")
NEGATED_WITH = re.compile(rf"(?:(?<!有)没有?|(?<![是能会要])不|未|从未|并未|从没|从来没有?)\s*(?:{ZH_WITH})\s*$"
                          r"|\b(?:not|never|n't)\s+(?:[a-z]+\s+){0,2}?with\s+(?:the\s+)?$", re.IGNORECASE)
# Words a negation character opens without negating anything ("无人机", "未来", "无锡"), and a verb asked
# both ways ("多不多", "对不对", "能不能": a question, not a negation): no negation.
# ("yes or no: …", "… or not?" ask for a verdict: the "no" and "not" in them negate nothing)
# ("他该不会就是X吧", "不会是X吧": a guess put for confirmation, search.qa_verdict_cues.HEDGED_ASKED, denies nothing)
NOT_NEGATING = re.compile(r"无人机|无人驾驶|无人车|无人船|无线|无锡|无机|无损|无菌|无纺|未来|不锈钢|不动产|没药|(\w)[不没]\1|"
                          + HEDGED_ASKED + "|" + VERDICT_ASKED)
# "哪些不是人才培养类", "which are not training projects": the negation denies a kind, not a taking part.
# ("are neither companies nor universities": each kind denied)
DENIED_KIND = re.compile(r"(?:不|没有?)(?:是|属于|算)|\b(?:are|is)\s+(?:not|neither)\b|\b(?:aren't|isn't)\b")
# (a participle opens one only before the name it links to, blanked: "the university working with X", not
# "which university is X working with in the consortium")
# ("…at the signing, which appears in the most": a which after a comma opens the asking clause, no relative)
RELATIVE = re.compile(r"(?<![,:;]\s)[^,:;]\b(that|who|whom|which)\b|\b(?:partnering|(?:working|cooperating|collaborating) with)(?=(?:\s+with)?(?:\s+the)?\s{2,})")
# A participle opening a reduced relative clause after a noun, the word alone (-ed or -ing; the prepositions so ending are
# none), and before a preposition or an article: "the university paired with X", "the college helping the carmaker with
# …" (search.qa_descriptions reads the clause; one tying a partner, "paired with", qa_kind_refs leaves to it).
EN_PARTICIPLE_WORD = r"(?!(?:during|including|regarding|concerning|according|excluding|following)\b)[a-z]{2,}(?:ed|ing)"
EN_PARTICIPLE = rf"{EN_PARTICIPLE_WORD}\s+(?:with|by|to|for|on|in|at|from|alongside|the|a|an)\b"
# "X's partner university", "X's university partner", "the partner of X": X's partners named by the noun
# (of the class word beside it, or of any class), the first hop of an English question.
PARTNER_NOUN = re.compile(r"(?:'s|\bs)\s+(?:[a-z]+\s+)?partners?(?:\s+[a-z]+)?\b|(?:\b[a-z]+\s+)?partners?\s+(?:[a-z]+\s+)?of\b")
# "和X合作的大学": a class of X's partners, the first hop.
PARTNERED = re.compile(r"(合作|共建|携手|搭档)的")
# A question word that a class word follows: 哪, 哪些, 哪两家, 哪几所, which, what.
# "企业是谁": a class word the question asks about by what follows it.
# ("项目是哪家企业" asks for 企业: the question word must close the clause)
# A distributive word closing the question asks by itself ("企业和高校分别是？", "企业和学校各是哪个").
# "幼儿园叫什么", "学校又是哪家": a name asked for, or a second ask opened by 又/则.
ASKED_AFTER = re.compile(r"\s*(?:(?:(?:又|则|呢)?(?:分别|各自?)?(?:是|为)|分别|各自)(?:谁|什么|哪[一个家所位些]*)"
                         r"|(?:分别|各自?)(?:是|为)?|都?有?哪些|(?:又|则)?(?:叫|名叫|叫做)(?:什么|啥)(?:名字)?"
                         r"|(?:又|都|各自)?(?:是|为|分别是|分别为|各是|各为|叫|名叫|全名是|全称是|全名叫|名称是)(?:谁|什么|啥|哪[一个家所位些]*)(?:名字)?)\s*(?=[\s,，、;；?？。!！]|$)")
# "哪家城市服务企业", "which machine-tool company": a few words of modifier between a question word and its
# class word (no particle, copula or verb of taking part: "哪家参与了大学的项目" asks no 大学).
ASKED_MODIFIER = re.compile(r"\s*(?:(?:(?![的和与跟及是了在有参合])[\u4e00-\u9fff]){1,4}"
                            rf"|(?:(?!(?:{AUXILIARIES}|of|the|to|in|on)\b)[a-z]+(?:-[a-z]+)*\s+){{1,2}})$")
# "企业方和学校方分别是谁", "计算中心那方和大学那方各是谁": the side a class word stands for, said after it.
ASKED_SIDE = re.compile(r"[那这一]?方(?!面|向|案|法|式)")
# "企业方和学校方分别是谁", "两家企业一所大学都叫啥": a class word joined to an asked one (by a conjunction, or by
# the count of the next one) shares its question word.
# ("两家企业和合作学校分别是谁": the next one may be said as the partner of the kind, or described by a short clause of
# its part: "牵头的厂子和挂钩的高校各是谁", "出钱的企业和出人的学校")
_COUNTED = r"[一两二三四五六七八九十几]+[家所个位名项]"
ASKED_WITH = re.compile(rf"\s*(?:{ASKED_SIDE.pattern})?\s*(?:(?:和|与|跟|及|、)\s*(?:{_COUNTED})?|{_COUNTED})\s*"
                        r"(?:合作|签约|共建|(?:(?![的和是了])[\u4e00-\u9fff]){1,4}的)?\s*$")
# "出企业的是谁，出大学的又是谁", "the firm on one side, the college on the other": class words each closed by
# a side (the particle 的 before an ASKED_AFTER, or "on one side"); two or more such ask for each of them.
SIDE_OF_TWO = re.compile(r"的(?=" + ASKED_AFTER.pattern + r")|\s+on\s+(?:one|the\s+one|the\s+other|either|this|that)(?:\s+(?:side|end|hand))?\b")
# "Who is on each side of the deal, company and university?": a closing list of class words, each asked.
ASKED_LIST_BEFORE = re.compile(r"[,:;—–]\s*(?:the\s+|both\s+)?$")
# (joined by "and" or commas: "government offices or associations" offers a choice, it asks for no two kinds)
ASKED_LIST_JOIN = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")
ASKED_LIST_END = re.compile(r"\s*[?.!]*\s*")
ASKING_WHO = re.compile(r"\b(?:who|which|what|name)\b")
# ("which of the companies": the partitive is the question word's, so the class word follows it right after; "list every
# firm whose …", "name all the universities" ask for the class word after the quantifier)
ASKING = re.compile(rf"哪(?:[一两二三四五六七八九十几]?[家所个位些项名类])?|什么|\b(?:which|what)\b(?:\s+(?:(?:{BE})\s+the|of\s+the)\b)?"
                    rf"|\bwho\s+(?:{BE})\s+the\b|\b(?:name|list|give)\s+(?:me\s+)?(?:the|every|each|all(?:\s+the)?)\b")
# "which company and (which) university", "who are the company and the university", "name the enterprise
# group and both schools" (one word may close the first): an English class word joined by "and" to an asked
# one is asked too (a Chinese one is not: "哪些企业和高校合作" asks for companies).
ASKED_AND = re.compile(r"\s*(?:[a-z]+\s*)?,?\s*and\s+(?:the\s+|which\s+|what\s+|both\s+|all\s+|the\s+two\s+)?$")
# The clause of an except word: what follows 除了/besides up to a comma or 还, or what precedes 以外/之外.
# (the words before their clause are EXCEPT_WORDS' but the two after it, longest first: 除了 before 除)
EXCEPT_AFTER = ("以外", "之外")
EXCEPT_BEFORE = "|".join(re.escape(w) + ("(?: for)?" if w == "except" else "")
                         for w in sorted((w for w in EXCEPT_WORDS if w not in EXCEPT_AFTER), key=len, reverse=True))
EXCEPT_CLAUSE = re.compile(rf"(?:{EXCEPT_BEFORE})([^,，;；?？还]+)|([^,，;；?？除了]+)(?:{'|'.join(EXCEPT_AFTER)})")
# "还和哪些企业", "what other projects": the answers are others than those the question reaches first.
ALSO_WORDS = ("还", "另外", "此外", "也", "also", "other", "else")
# The Chinese also-word a second hop follows ("X的攻关搭档，还和哪家企业…"; 也 left out: as often "也是", "也参与" of one hop),
# and the partner noun standing for the first hop's organisations of any kind before it ("搭档", "合作伙伴", "合作方").
ZH_ALSO_HOP = re.compile(r"还|另外|此外")
# Where an also-word stands in either language (ALSO_WORDS' that say "besides those reached first" at one place; "other",
# "else" qualify the answers instead): a first hop's class word stands before it ("和X合作的学校还和哪些企业…").
ALSO_AT = re.compile(r"还|另外|此外|也|\balso\b")
# The partner words a kind word may be followed by ("高校合作方"), one table for every description reader
# (search.qa_descriptions, search.qa_chain, search.qa_except) and for the partner noun of a first hop.
ZH_PARTNER_WORDS = "(?:合作方|合作伙伴|伙伴|搭档)"
ZH_PARTNER_NOUN = re.compile(rf"{ZH_PARTNER_WORDS}|合作单位|合作对象")
# "董建军说了什么", "谁说…", "who said …": what someone said is asked about.
SAID_WORDS = ("表示", "说", "讲", "提到", "谈到", "指出", "认为", "称", "said", "says", "say", "stated", "told", "claimed",
              "claims", "noted", "remarked", "stressed", "mentioned", "explained", "according to",
              # "这番话出自哪位受访者之口", "whose words are these", "who is quoted saying": the words named as words
              "这番话", "这句话", "这段话", "这些话", "原话", "之口", "quoted", "quote", "whose words",
              # "报道还引用了谁的话": words quoted are words said
              "引用", "引述", "援引")
# "签约项目分哪几类", "what kinds of projects": the classes of the answers, not the answers.
CATEGORY_WORDS = ("哪几类", "几类", "哪些类", "哪一类", "哪类", "什么类", "类型", "类别", "种类", "kinds", "types", "categories",
                  "category", "kind of", "type of")
# Words asking for the kind of what is asked ("what kind", "哪一类"): the category words and the English singulars said
# alone (search.qa_coverage, search.qa_readings: the answer's class or category, no constraint).
KIND_ASKED = (*CATEGORY_WORDS, "kind", "type", "sort")
# "杨跃权是哪个单位的", "where does X work", "whom does each represent": the organisations of a person's posts.
AFFILIATION_WORDS = ("单位", "工作", "任职", "就职", "供职", "哪家", "在哪", "哪儿的", "哪里的", "哪的", "organisation", "organization", "work",
                     "works", "employer", "employs", "employ", "employed", "affiliated", "from", "represent", "represents")
# "who leads X", "who is running X": the people at the head of what is named (their posts), not its partners,
# though "lead" is also a verb of taking part ("who leads projects with X"); read off the question with its
# names blanked, so nothing but the name (and "the") may follow the verb.
LEADER_ASKED = re.compile(r"\bwho(?:\s+is|'s)?\s+(?:leads?|leading|led|heads?|heading|headed|runs?|running|manages?|managing"
                          r"|(?:the\s+)?(?:head|boss|chief)\s+of)"
                          r"(?:\s+the)?\s*[?.!]*\s*$")
LEADERS = ("负责人", "leader")  # what the answers of LEADER_ASKED are called
# The level a question asks for → the place class; the word must follow a question word.
LEVELS = {"省份": "Province", "省": "Province", "province": "Province", "城市": "City", "市": "City", "city": "City",
          "区": "District", "district": "District"}
LEVEL_ASKED = re.compile(r"(?:哪个|哪一个|哪座|哪|什么)(省份|省|城市|市|区)|\b(?:which|what)\s+(province|city|district)\b")
# After 哪, what asks which ones of a kind, or when ("是在哪年"), not where: "在哪些领域", "在哪个合作项目里出现" (a place's kind after it,
# "在哪个城市", still asks where).
WHICH_OF_KIND = r"(?:些|[一几]?[家个所位项名类种条批](?!地方|城市|区|县|省|市|国家|位置|地))"
WHERE_ASKED = re.compile(rf"在哪(?!{WHICH_OF_KIND}|一?[年天日])|位于|属于哪(?!些|[个一]?(?:类|种|行业|领域|产业|方面))|落户|地处|\bwhere\b|\blocated\b")  # "在哪些领域", "属于哪个行业" ask which ones
# Two venue cues, for two jobs. VENUE_CUE: the question is about where an event was held, its venue
# (the "venue" operator: the date/place plan), not where an organisation it concerns lies.
# VENUE_CLASS_ASKED (the parse's where-intent): "At which company was the meeting held?" asks a place
# through the class of the venue; VENUE_CUE's words alone ("会议", "meeting") ask for no place.
# The place may follow the verb ("was held at which firm", "took place on the grounds of which company") or be
# named as the host ("东道主是哪家企业", "which firm was the host").
# The venue asked as the grounds an organisation lent ("on whose company premises was it held", "借的是哪家工厂的地方",
# "在谁家厂区开的"); EN_GROUNDS, ZH_GROUNDS: the words for the grounds a venue stands on.
EN_GROUNDS, ZH_GROUNDS = "grounds|premises|site|campus|plant|facilities|offices", "地方|场地|厂区|厂房|园区|地盘"
VENUE_LENT = re.compile(rf"\bwhose\b[^,;.?]*?\b(?:{EN_GROUNDS}|facility|factory)\b"
                        rf"|借(?:用)?[了的]?(?:是)?(?:哪|谁)[^，,。？?]*?(?:{ZH_GROUNDS}|会场)"
                        rf"|在(?:谁|哪)[^，,。？?]{{0,6}}?(?:{ZH_GROUNDS})[上里]?(?:开|召开|举行|举办|办)")
HELD_VERBS = r"held|hosted|convened|staged|take place|took place|taken place|takes place|taking place"
# The host named as a noun before a kind ("name the host firm", "the host company"): the venue's organisation.
HOST_NOUN = r"\bhost (?:firm|company|factory|plant|enterprise|organi[sz]ation|institution|school|college|university)s?\b"
VENUE_CLASS_ASKED = re.compile(rf"\b(?:at|in) (?:which|what)\b.*\b(?:{HELD_VERBS})\b|\bwhich \w+ (?:hosted|held)\b|(?:在|借|于|借用)了?哪[^，,。？?]*?(?:召开|举行|举办|开的)"
                               # "推进会开在哪家公司": the place after the verb of holding
                               r"|(?:召开|举行|举办|开|办)在了?哪|" + HOST_NOUN +
                               rf"|\b(?:{HELD_VERBS}) (?:at|in|on|inside|within) (?:the (?:{EN_GROUNDS}) of )?"
                               r"(?:which|what)\b|\b(?:which|what) \w+ (?:was|is|were|acted as|served as) (?:the )?host\b"
                               r"|东道主[^，,。？?]*?(?:是|为)?哪|哪[^，,。？?]*?(?:是|当|做|作)了?东道主"
                               r"|(?:会场|会址|会议|推进会|仪式)[^，,。？?]*?(?:设|放|定)在哪"  # "会场设在哪家厂子里"
                               # "the meeting venue was which factory", "which firm owns the venue"
                               r"|\bvenue\b[^,;.?]*?\b(?:was|is|belongs? to|belonged to)\s+(?:which|what)\b"
                               r"|\b(?:which|what) \w+ (?:owns|owned|runs|ran) the (?:\w+ )?venue\b"
                               rf"|{VENUE_LENT.pattern}")
VENUE_CUE = re.compile(r"会场|会议|推进会|仪式|召开|举行|举办|开的|东道主|\bvenues?\b|\bmeetings?\b|\bheld\b|\bceremony\b|\btook place\b|"
                       + HOST_NOUN)
# Where a cooperation was signed is the signing's venue; where it is built or lies is not ("建在哪"):
# a where-question is answered with a venue only when it asks about the event or the signing.
SIGNING_ASKED = re.compile(r"签|\bsign(?:ed|ing|s)?\b")
# "签约项目达到16个的联合体位于哪个省": where a thing lies, asked in so many words, whatever else the question says.
LIES_ASKED = re.compile(r"位于|坐落|地处|落户|\blocated\b|\bsituated\b|\blies\b")
VENUE_ASKED = re.compile(f"{VENUE_CUE.pattern}|{SIGNING_ASKED.pattern}|活动|\\bevents?\\b|\\bhost(?:ed|s)?\\b")

# Words asking which of two figures is the larger or the smaller.
# (Chinese ones are LARGER_ASKED: "哪个大" must close the question, 哪个大学 asks no comparison.)
LARGER_WORDS = ("which is larger", "which is bigger", "which is greater", "which is higher", "which is more",
                "larger", "bigger", "greater", "more", "outnumber", "outnumbers")
SMALLER_WORDS = ("which is smaller", "which is fewer", "smaller",
                 "fewer", "less")
# Which of two sides, asked as a side ("科创类和基地类哪边签得多"): words the reading knows (no slip of 那边).
SIDE_ASKING = ("哪边", "哪一边", "哪方", "哪一方")
# "企业多还是政府部门多", "科技创新类和基地项目类哪个项目多", "哪边签得多": a larger/smaller asked around the nouns.
# (the verb and its object may stand between: "哪边落笔签下的项目更多"; the side ahead is the larger: "哪边占上风", "谁领先")
# (最多 is a superlative, no side of two: "哪个项目的参与单位最多")
_WHICH_SIDE = rf"(?:哪个|哪一个|哪项|哪一项|哪类|哪一类|哪种|哪一种|{'|'.join(SIDE_ASKING)}|谁)[^,，?？]{{0,8}}?(?<!最)更?"
LARGER_ASKED = re.compile(rf"{_WHICH_SIDE}(?:多|大|高|{'|'.join(ZH_AHEAD)})(?=[?？,，。!！呢吗些]|$)|多还是|大还是")
SMALLER_ASKED = re.compile(rf"{_WHICH_SIDE}(?:少|小|低)(?=[?？,，。!！呢吗些]|$)|少还是|小还是")
# "成员单位里哪类最多", "the smallest group among the member units": the parts of a total, ranked.
PART_WORDS = ("哪类", "哪一类", "哪种", "哪一种", "什么类", "group", "groups", "category", "categories", "kind", "type",
              # a part a superlative or a place names ("最小的那一块", "排老二的那一类": 的类 once pointing is read off,
              # search.wording), or called a block or a portion ("which bloc is biggest", "the largest block")
              "的类", "板块", "bloc", "blocs", "block", "blocks", "segment", "segments", "portion", "portions",
              # or a pile the members are sorted into ("分成五堆，最大那一堆", "the biggest pile")
              "那一堆", "哪一堆", "那堆", "哪堆", "pile", "piles", "bucket", "buckets",
              # a slice of a chart or a batch of people ("which slice is thinnest", "人头最多那一拨")
              "slice", "slices", "那一拨", "哪一拨", "那拨", "哪拨")
# "成员单位都分哪几类", "what kinds of members are there": every part, none ranked.
ALL_PARTS_WORDS = ("哪几类", "几类", "哪些类", "分哪", "哪几种", "哪些种类", "what kinds", "which kinds", "what categories",
                   "which categories", "what types")
# (a list or a lineup is largest by its length: "签约名单最长", "阵容最庞大", "the longest list of signatories")
# ("阵容最庞大": the lineup, its parties, is what is largest; no topic of its own)
LARGEST_WORDS = (*MOST_WORDS, "阵容最庞大", "阵容最大", "most crowded", "最热闹", "最大", "最长", "最庞大", "largest", "biggest", "highest", "greatest", "longest",
                 # the largest said as ruling the rest ("which kind dominates", "哪类占大头")
                 "dominates", "dominate", "dominant", "占大头", "占多数")
SMALLEST_WORDS = (*FEWEST_WORDS, "最小", "smallest", "lowest",
                  # a size said as thinness or scarcity ("the thinnest slice", "最稀少的一类")
                  "tiniest", "thinnest", "slimmest", "最稀少", "最稀")
# "Who has more partners": partners, not cooperations, are counted.
PARTNER_WORDS = ("partners", "合作方", "合作伙伴", "合作单位")
# "企业比院校多多少家", "how many more enterprises than government departments", "A和B相差多少": the
# difference of two figures, not either of them. Each pattern gives the two sides as groups a and b.
DIFFERENCE_ASKED = (
    re.compile(r"^(?P<a>.+?)比(?P<b>.+?)(?:多|少)(?:[^\s,，?？的]{0,2}?)(?:了|出)?(?:多少|几)"),  # "多签了几个"
    re.compile(r"\bhow (?:many|much) (?:more|fewer|less)\b(?P<a>.+?)\bthan\b(?P<b>.+)"),
    re.compile(r"\bby how (?:many|much) (?:do |does |did )?(?P<a>.+?) (?:outnumber|exceed)s? (?P<b>.+)"),
    re.compile(r"^(?:how many )?(?P<a>.+?) (?:outnumber|exceed)s? (?P<b>.+?) by how (?:many|much)"),
    re.compile(r"^(?:.*\bdifference between\b)?(?P<a>.+?)(?:和|与|跟|\band\b)(?P<b>.+?)(?:相差|差|差距|\bdiffer\b)"),
    # "A的个数减去B的个数等于几", "A's count minus B's": a subtraction asked
    re.compile(r"^(?P<a>.+?)(?:减去|减掉)(?P<b>.+?)(?:等于|得|是)"),
    re.compile(r"^(?P<a>.+?)\b(?:minus|take away)\b(?P<b>.+)"),
    re.compile(r"\bsubtract\b(?P<b>.+?)\bfrom\b(?P<a>.+)"),
)
# Words a profile request may consist of besides the entity's name.
PROFILE_WORDS = ("谁是", "是什么人", "是什么单位", "是什么机构", "是家什么公司", "是家什么企业", "是什么公司", "是什么企业", "是什么来头", "什么来头",
                 "来头", "跟我", "和我", "what do you know about", "do you know about", "you know about",
                 "give me an overview of", "an overview of", "overview of", "overview", "give me the lowdown on",
                 "the lowdown on", "lowdown on", "lowdown", "the rundown on", "rundown on", "rundown", "who is that", "what is that", "简单", "简要", "详细", "是谁", "是什么", "是干啥的", "是干什么的", "是做什么的", "干啥的", "介绍一下", "介绍下", "介绍", "简介",
                 "基本情况", "情况", "给我", "说一下", "讲一下", "说下", "讲下", "聊聊", "谈谈", "一下", "请", "讲讲", "说说", "tell me about", "who is", "what is",
                 "introduce", "describe", "profile of", "something", "anything", "more", "about", "please", "the", "tell me",
                 *FILLER_WORDS, *DEMONSTRATIVES)
# The words that make a question about one entity a profile request.
PROFILE_TRIGGERS = ("是谁", "谁是", "是什么", "干啥", "干什么", "做什么", "介绍", "简介", "基本情况", "讲讲", "说说", "说一下", "了解",
                    "讲一下", "说下", "讲下", "聊聊", "谈谈", "干嘛", "干吗",
                    # the part one plays ("在签约里扮演什么角色", "its role in the consortium"): its profile says it
                    "角色", "扮演", "role", "roles",
                    "来头", "是家什么", "know about", "overview", "lowdown", "rundown", "who is that", "what is that",
                    "tell me about", "tell me", "who is", "what is", "introduce", "describe", "profile")
# "锂工科技是个什么单位", "青软创新是哪家公司啊": asking what kind of thing the one named entity is (not
# "杨跃权是哪个单位的", which asks for a person's organisation).
# "what does zheng hong do (for a living)": what the one named entity is and does (a person's posts).
PROFILE_FORM = re.compile(r"是(?:一?[个家所位])?(?:什么|啥)(?:样的)?(?:单位|公司|企业|机构|学校|组织|人)?"
                          r"|是哪[个家所](?:单位|公司|企业|机构|学校)(?!的)"
                          r"|\bwhat\s+(?:(?:kind|sort)\s+of\s+)?(?:work\s+|job\s+)?(?:does|do|did)\s+(?:\S+\s+)?do"
                          r"(?:\s+for\s+(?:a\s+)?(?:living|work|job))?\b"
                          # "what sort of outfit is it", "what kind of company is <the name>": the kind of the one named
                          r"|\bwhat\s+(?:sort|kind|type)\s+of\s+[a-z]+\s+(?:is|was)(?:\s+(?:it|this|that|he|she)\b|\s{2,})")

# A number read as a bound ("超过50家", "more than 50"): how a held value must compare to it; the negated
# forms ("不超过") come before the bare ones they contain. A claim with no bound word is an exact one.
BOUNDS = (
    (re.compile(r"不超过|不多于|以下|至多|\bat most\b|\bno more than\b"), lambda held, n: held <= n),
    (re.compile(r"不少于|不低于|以上|至少|\bat least\b|\bno fewer than\b|\bno less than\b"), lambda held, n: held >= n),
    (re.compile(r"超过|超出|多于|高于|大于|不止|\bmore than\b|\bover\b|\babove\b|\bexceeds?\b"), lambda held, n: held > n),
    (re.compile(r"不到|少于|低于|小于|不足|\bless than\b|\bfewer than\b|\bunder\b|\bbelow\b"), lambda held, n: held < n),
)
# A bound's words before its number ("more than 100", "at least ninety", "不少于3个"): the bound's, never a comparison or a
# superlative asked (the cue words "more", "least", "most" inside them are read off the question without them).
BOUND_SAID = re.compile(rf"(?:{'|'.join(pattern.pattern for pattern, _ in BOUNDS)})"
                        rf"(?=\s*(?:\d|[零〇一二两三四五六七八九十百千]|(?:{'|'.join(EN_NUMBERS)})\b))")


# What connects named things asked (search.qa_bridge): "之间有什么联系", "咋扯上关系", "能通过哪所学校联系起来", "连到一块",
# "what ties A to B", "how are they connected", "the go-between". (Read off the question as read, simplified script: 聯繫
# is 联系.)
BRIDGE_ASKED = re.compile(r"联系|关联|关系|纽带|桥梁|牵线|搭桥|搭上线|连起来|连到一[块起]|连在一[块起]|连一块|串起来|串联|中间人|"
                          r"\b(?:connect(?:s|ed|ing|ions?)?|links?|linked|linking|ties|tied?|bridg(?:e|es|ed|ing)|go[- ]betweens?|"
                          r"intermediar(?:y|ies)|middlem[ae]n|related|relations?|relationships?)\b", re.IGNORECASE)
# A partner of each of the named organisations asked: "共同的合作伙伴", "和A、B都合作过的学校", "in common", "works with both"
# (said of people, "both" asks for both of them: "give me both names").
BOTH_ASKED = re.compile(r"交集|都(?:有过?|曾经?|一起)?(?:合作|签|共建|联手|牵手|搭档|对接)|共同的?(?:合作)?(?:方|伙伴|单位|对象|搭档)|"
                        r"\b(?:in common|(?:common|shared|mutual) partners?|both)\b", re.IGNORECASE)

# Every word an operator's cue tests (search/qa_form.py OPERATORS), read off the question at once (the attributes', off
# the blanked question: search/qa_attribute_words.py).
# "一共几家", "连企业带学校", "how many in total": a count of all, the things the question names among them.
# (and the ones named said to be counted too: "高校企业都算上", "the group included", "counting the company itself")
IN_ALL_ASKED = re.compile(r"一共|总共|共计|合计|总计|加起来|在内|连[^，,。？?]{1,8}带|都算上|都算进|\bin (?:total|all)\b|\baltogether\b"
                          r"|\ball told\b|\binclud(?:e|ed|es|ing)\b|\bcounting\b[^,.;?]{0,40}?\b(?:itself|themselves|too|as well)\b")
CUE_WORDS = frozenset((*MORE_WORDS, *FEWER_WORDS, *COMPARE_WORDS, *SAME_WORDS, *NOT_COMPARED, *FEWEST_WORDS, *EXCEPT_WORDS,
                       *ALSO_WORDS, *SAID_WORDS, *PARTNER_WORDS, *AMOUNT_WORDS, *AFFILIATION_WORDS, *CATEGORY_WORDS,
                       *PROFILE_TRIGGERS, *LARGER_WORDS, *SMALLER_WORDS, *LARGEST_WORDS, *SMALLEST_WORDS, *PART_WORDS,
                       *ALL_PARTS_WORDS))

# A place's other names asked ("金普新区又叫什么", "which new area is the Development Zone", "also known as"), or whether
# two names are one place ("是一个地方吗", "the same place as"): search.qa_place_names.
OTHER_NAME_ASKED = re.compile(r"又[叫称名]|也[叫称]|还叫|别[称名]|另一?个?(?:名字|名称|叫法)|[其别][他它的]名字|就是哪个|同一个?地方|一个地方|"
                              r"\b(?:also|otherwise) (?:called|known|named)\b|\bknown as\b|\b(?:an)?other names?\b|"
                              r"\bsame (?:place|area)\b|\ba\.?k\.?a\b", re.IGNORECASE)
# The whole name of the one thing named asked ("X的全称", "完整的公司名称怎么写", "中文名", "its full registered name",
# "X's official name"), or which one of its kind a name is ("这是哪家公司", "which company is 'Bifei'"):
# search.qa_name_asked. (The name of a thing the name is said of, "X那个项目的全称", is the plain plan's; 全名单 is a list.)
NAME_ASKED = re.compile(r"全称|全名(?!单)|(?:完整|正式|规范|标准|官方|注册|登记)的?(?:[\u4e00-\u9fff]{1,2})?(?:名称|名字|叫法)|[中英]文(?:全)?名|"
                        r"\b(?:full|complete|official|registered|legal|proper|formal)\s+(?:(?:official|registered|legal|company|corporate|firm)\s+)?names?\b|"
                        r"\b(?:chinese|english)\s+names?\b|\bname\s+in\s+full\b|\bspelled\s+out\b", re.IGNORECASE)
# Which one of its kind a name is: "X是文中哪家公司", "which company is X" (not "X是哪个单位的": a person's organisation).
IDENTITY_ASKED = re.compile(r"是[\u4e00-\u9fff]{0,4}?哪[一]?[家所个位项](?:公司|企业|单位|机构|学校|院校|大学|学院|项目|基地|中心)(?![\u4e00-\u9fff])|"
                            r"\bwhich\s+(?:[a-z-]+\s+)?(?:company|firm|enterprise|institution|organi[sz]ation|university|"
                            r"college|school|project|centre|center|base)\s+(?:is|was)\b", re.IGNORECASE)
