"""How people word questions, and the standard wording the reading knows: colloquial and contracted
words replaced (啥时候 → 什么时候), words wrapped around a question that ask nothing (我想了解一下…,
"Quick question: …"), and Latin hyphens read as spaces. Applied once, to the normalised question,
before the parse (search/understand.py) reads it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from graph.han import HAN as CJK, HAN_CHARS
from search.auxiliaries import AUXILIARIES, BE, DO, HAVE
from search.other_words import ZH_OTHER
from search.qa_more_than_all import as_superlative

# Words wrapped around the question that ask nothing ("我想了解一下…", "Quick question: …", "…, roughly?"):
# the reading drops them like stop words, so they are never a topic nor a name.
FILLER_WORDS = (
    "我想了解一下", "想了解一下", "我想了解", "想了解", "了解一下", "我想知道", "想知道", "我想问一下", "我想问", "想问一下",
    "想问", "问一下", "请教一下", "请教", "打听一下", "麻烦", "告诉我", "能不能", "能否", "可不可以", "帮我", "顺便",
    "大概", "大约", "究竟", "到底", "下一步", "接下来", "今后", "重点",
    # degree and evaluation words say how much or how the asker feels, never what ("签了好多", "一口气列了十几家")
    "好多", "挺多", "特别", "非常", "十分", "相当", "有点", "有些", "一口气", "居然", "竟然", "好像", "似乎",
    # 这么, 那么 say a degree ("有那么多合作企业吗", "这么重要") or open a clause (那么, "then"); they ask nothing
    "这么多", "那么多", "这么", "那么",
    # intentions and "this time" qualify what is asked, they name nothing ("打算实施的计划", "这次签约的企业")
    "打算", "这次", "此次", "本次", "那次", "这回", "那回", "这一回",
    # how often: a habit qualifies what is asked, it names nothing ("平时跟谁合作")
    "平时", "平常", "通常",
    # "在金普这边": this side of the place named, which says where, no topic
    "这边", "那边",
    # asking to be told: the request, not what it is about ("给我介绍一下X参与的项目")
    "给我", "介绍一下", "介绍下", "介绍", "讲讲", "说说", "聊聊", "谈谈", "讲一下", "说一下",
    "quick question", "just a question", "i'd like to know", "i would like to know", "i want to know", "i'd like",
    "i was wondering", "i wonder", "wondering", "just curious", "out of curiosity", "by any chance", "roughly",
    "approximately", "a bit", "a little", "briefly", "can you", "could you", "would you", "do you know", "kindly",
    "actually", "exactly", "focus on", "focuses on", "focusing on",
    # spoken openers and hesitations ("so what projects…", "um, how much…"); "so far" as a whole
    "so far", "so", "um", "uh", "hmm", "okay",
)

# Colloquial and contracted wordings and the standard words the rest of the reading knows;
# applied once, to the normalised question, before anything else reads it.
COLLOQUIAL = (
    ("啥时候", "什么时候"), ("啥时", "什么时候"), ("几时", "什么时候"), ("哪天", "什么时候"), ("多会儿", "什么时候"), ("叫啥", "叫什么"),
    ("干啥", "做什么"), ("干嘛", "做什么"), ("啥", "什么"), ("咋样", "怎么样"), ("咋", "怎么"), ("哪儿", "哪里"),
    ("多少钱", "多少投资金额"), ("花了", "投资"), ("投了多少", "投资了多少"), ("砸了多少", "投资了多少"), ("木有", "没有"), ("没得", "没有"), ("谁家", "哪家"), ("俺", "我"),
    ("何许人也", "是什么人"), ("何许人", "是什么人"), ("who's", "who is"), ("what's", "what is"), ("where's", "where is"), ("when's", "when is"), ("how's", "how is"),
    ("whats", "what is"), ("whos", "who is"), ("排老几", "排第几"), ("老几", "第几"),
    # an order asked as seats or places in it ("按签约次数排个座次"): a ranking
    ("排个座次", "排名"), ("排座次", "排名"), ("排个名次", "排名"), ("排名次", "排名"),
    # the head of an organisation, said colloquially ("职院的一把手", "集团的掌门人")
    ("一把手", "负责人"), ("掌门人", "负责人"),
    # a person's post asked as a job ("what job does X hold"); "jobs" a base offers are no posts
    ("刊登", "发布"), ("登的", "发布的"),  # "这篇稿子啥时候登的": an article is published
    ("what job", "what position"), ("which job", "which position"), ("what role", "what position"),
    ("job title", "position"), ("'s job", "'s position"), ("'s role", "'s position"), ("'s title", "'s position"),
    # "the largest number of projects" ranks like "the most projects", it asks for no figure
    ("the largest number of", "the most"), ("the greatest number of", "the most"), ("the highest number of", "the most"),
    ("the biggest number of", "the most"),
    # "top 3 universities by number of projects": ranked by a count, none asked for
    ("by number of", "with the most"), ("by the number of", "with the most"), ("按项目数", "项目最多"),
    # what people call the article and its publication
    ("story", "article"), ("news piece", "article"), ("come out", "published"), ("came out", "published"),
    ("稿子", "文章"), ("发表", "发布"), ("时候发的", "时候发布的"), ("时候出的", "时候发布的"), ("who reported", "who wrote"),
    ("this report", "this article"), ("the report", "the article"), ("that report", "that article"), ("this piece", "this article"),
    ("the piece", "the article"),
    # "were party to the deals": took part in them (a party to an agreement is no political party); "sci-tech": 科技
    ("were party to", "took part in"), ("was party to", "took part in"), ("were parties to", "took part in"),
    ("was a party to", "took part in"), ("is party to", "takes part in"), ("are party to", "take part in"),
    ("is a party to", "takes part in"), ("are parties to", "take part in"), ("sci-tech", "science and technology"),
    # a signed project called a deal ("R&D deals"); no class word of its own, so "deans" is never respelled to it
    ("deals", "projects"), ("deal", "project"),
    # "跟人工智能沾边的项目": related to, said plainly
    ("沾边", "相关"), ("挂钩", "相关"), ("沾点边", "相关"), ("沾上边", "相关"),
    # "一块搞项目": together
    ("一块儿", "一起"), ("一块", "一起"),
    # "跟X搭伙的学校": working together, said colloquially
    ("搭伙", "合作"),
    # kinds of enterprise by their short words ("国企和民企各几家"): the kind, with its class word
    ("国企", "国有企业"), ("民企", "民营企业"), ("外企", "外资企业"), ("央企", "中央企业"), ("私企", "私营企业"),
    # an abbreviated name word ("dalian univ of technology")
    ("univ", "university"),
    # what someone thinks of a thing is what they said of it ("董建军咋评价联合体")
    ("评价", "说"), ("怎么看待", "怎么说"),
    # money said plainly: "how much money went into X" asks for the investment in X
    ("how much money", "how much investment"), ("money went into", "investment in"), ("went into", "in"),
    ("money was put into", "investment in"), ("put into", "invested in"), ("spent on", "invested in"),
    # titles people shorten
    ("deputy gm", "deputy general manager"), ("gm", "general manager"),
    # a company named by its industry in one word ("哪家车企", "which carmaker"): the industry and the class word,
    # each read as such (the industry narrows the companies)
    ("车企", "汽车企业"), ("车厂", "汽车企业"), ("药企", "医药企业"), ("药厂", "医药企业"),
    ("carmakers", "automobile companies"), ("carmaker", "automobile company"), ("automakers", "automobile companies"),
    ("automaker", "automobile company"), ("drugmakers", "pharmaceutical companies"), ("drugmaker", "pharmaceutical company"),
    # a lathe is a machine tool: "the lathe maker", "车床厂" is the machine-tool company, as "机床厂" is
    ("lathes", "machine tools"), ("lathe", "machine tool"), ("车床", "机床"),
)
# 间 counting or pointing at organisations, as Cantonese and Taiwanese say it ("哪间学校", "两间院校", "另一间"): 家,
# the measure word the reading knows (never 之间, 时间, 中间, 期间: no numeral or pointer before them).
ORGANISATION_MEASURE = re.compile(r"(?<=[哪那这该每各另几两一二三四五六七八九十\d])间(?=[\u4e00-\u9fff])")
# "这个报道", "这篇报道", "这篇稿子": the article, named as a news report or a manuscript (the verb "谁报道的" stays a verb).
REPORT_NOUN = re.compile(r"(?<=[这那该此本篇则个])(?:报道|稿子|稿件)")
# "这篇文章是大连日报发的", "the article ran in the Dalian Daily", "was the article carried by …": the article published
# (研发的, 开发的 develop; a run of words after the article reads no publisher).
ARTICLE_ISSUED = re.compile(r"(?<=文章)((?:是|由)[^，,。？?]{1,24}?)(?<![研开])发(?=的)")
ARTICLE_RAN = re.compile(r"(?<=\barticle)\s+(?:was\s+)?(?:run|ran|carried|printed|appeared|appear)\s+(?=in\b|by\b)")
# The pronouns pointing back at one person said before ("which college is he at?", "他在哪个学校"): one table for every
# reading that points back at a person.
EN_PERSON_PRONOUNS = "he|him|his|she|her"
ZH_PERSON_PRONOUNS = "他她"
# "杨跃权他们学校", "董建军他公司", "他们厂": a person's own organisation, said with a pronoun — the one they work at.
PRONOUN_ORGANISATION = re.compile(rf"[{ZH_PERSON_PRONOUNS}]们?的?(?=学校|大学|学院|公司|企业|单位|集团|机构|工厂|厂)")
# "由哪几部分组成", "包括哪些部分": the parts of a whole asked as its classes.
PARTS_ASKED = re.compile(r"(?:由|包括|包含)?哪(?:几|些)(?:个|种)?部分(?:组成|构成)?")
# A post asked in short ("在X任什么职", "担任何职", "还兼什么职"): asked as its class word names it (not 任何职业, 担任什么职务).
POST_IN_SHORT = re.compile(r"(?:身?兼任?|担?任)(?:什么|何)职(?![务位业称工员])")
# "一所大学都没参与": "a single X … not" is "no X at all", not a name beginning with 一.
NOT_A_SINGLE = re.compile(r"一[所家个位项](?=[^，,？?。]{1,10}都(?:没|不|未))")

# "chose a partner other than X", "the academic side is anyone but X": a party of a role denied, not a name set aside from
# the answers (those are of another kind): the negation "a partner that is not X" (search.qa_operators reads).
ROLE_DENIED = re.compile(r"\b(?P<role>(?:a|an|any|another|its|their)\s+(?:[a-z-]+\s+)?(?:partners?|side|counterpart|university|college|"
                         r"school|campus|company|firm|enterprise))\s+(?:other than|anyone but|anybody but)\s+"
                         rf"|\b(?P<copula>{BE})\s+(?:anyone|anybody|anything|someone|somebody)\s+(?:but|other than)\s+"
                         # "worked with anyone but X", "teamed up with somebody other than X": a partner that is not X
                         r"|\b(?P<with>with)\s+(?:anyone|anybody|someone|somebody)\s+(?:but|other than|except(?:\s+for)?|besides|apart from)\s+")
# Their Chinese twins: "合作高校是大工以外的企业有哪些" (the role is not X), "跟交大以外的学校合作的公司" (not partnered
# with X). A kind said of the others keeps the phrase as it is ("合作方是大工以外的幼儿园的企业", "跟大工以外的幼儿园合作的":
# the kind is no part of "not X"); only the asked head and the words for any partner may follow.
_ANY_PARTNER_ZH = "学校|高校|大学|院校|企业|公司|单位|伙伴|方"
# The Chinese words joining one party or side to another ("跟企业合作", "大工和民大"): with, and.
ZH_WITH = "跟|和|与|同"
ZH_ROLE_DENIED = (
    (re.compile(rf"(?P<role>合作(?:{_ANY_PARTNER_ZH})|搭档|伙伴)(?:是|为)(?:除了?)?(?P<x>[^，,。?？是的]{{1,24}}?)"
                r"(?:以外|之外)的(?=[^，,。?？的]{0,6}(?:有哪|是哪|是谁|都有|有谁|[?？]|$))"),
     r"\g<role>不是\g<x>的"),
    (re.compile(rf"(?P<with>{ZH_WITH})(?:除了?)?(?P<x>[^，,。?？的]{{1,24}}?)(?:以外|之外)的(?:{_ANY_PARTNER_ZH})?"
                r"(?P<verb>合作|搭档|搭伙|签约|联手|共建|牵手)"),
     r"没\g<with>\g<x>\g<verb>"),
)

# "成员数？", "企业数": a number asked by a noun ending in 数 alone (not 多数, 次数, 参数, 数字…): how many of it.
COUNT_NOUN = re.compile(r"(?<=[\u4e00-\u9fff])(?<![多少次倍函分指参系])数(?=[\s?？。!！]*$)")

# "what number of classes", "what count of research results": how many of them.
WHAT_NUMBER_OF = re.compile(r"\bwhat\s+(?:count|number|total\s+number)\s+of\b")

# "有几方参与", "多少方签了字": parties counted by the measure word 方 (not 几方面, 多方式 …).
PARTIES_COUNTED = re.compile(r"(?<=几|少)方(?![面式法向案针位])")


# "…，能列一下吗", "…, can you list them?": a polite request closing a question asks no yes/no of its own.
CLOSING_REQUEST = re.compile(r"[,，]\s*(?:你)?(?:能|可以|能不能|可不可以|可否|麻烦)(?:帮我|给我)?"
                             r"(?:列|说|讲|告诉|介绍)[^,，。?？]{0,6}?(?:吗|嘛|么)?\s*[?？]?\s*$"
                             r"|,\s*(?:can|could) you (?:list|name|tell me)(?: them| those)?\s*\??\s*$")


# The Chinese words asking for others than those said (search.other_words), one alternation for every reading that
# asks so (search.understand_words.ZH_OTHER_WORDS, the parse's, also holds 其余).
ZH_OTHERS = "|".join(ZH_OTHER)
# The English demonstratives and article before a kind pointed at ("that firm", "the university").
EN_DEMONSTRATIVES = "the|that|this"
# The English pronouns pointing back at a thing or things said before ("which projects is it in?", "their partners").
EN_THING_PRONOUNS = "it|its|they|them|their"
# The Chinese demonstratives pointing at one said before (这, 那 and the formal 该): one table for every reading's pointer.
ZH_DEMONSTRATIVES = "这那该"
# Demonstratives with their measure word pointing back ("中药那个项目", "杨跃权那个学校"): no slip of 哪个, no topic, no part
# of a name.
DEMONSTRATIVES = tuple(f"{d}{m}" for d in ZH_DEMONSTRATIVES.replace("该", "") for m in "个家所位些项")


def zh_pointing(measures: str, *, formal: bool = True, one: bool = True, bare: bool = True) -> str:
    """The pattern (a regex string) of a Chinese demonstrative (ZH_DEMONSTRATIVES; 该 only when ``formal``), 一 when
    ``one`` allows it, and one of the measure words ``measures`` (optional when ``bare``): "这家", "那一所", "该"; a
    reading's pointer is this before its own kind words ("这家公司", "那所民族类大学", "这类")."""
    demonstratives = ZH_DEMONSTRATIVES if formal else ZH_DEMONSTRATIVES.replace("该", "")
    return f"[{demonstratives}]{'一?' if one else ''}[{measures}]{'?' if bare else ''}"


# "人才培养那一类", "基地这类项目": a kind pointed at is the kind ("人才培养类").
KIND_POINTED = re.compile(rf"(?<=[\u4e00-\u9fff]){zh_pointing('类', formal=False, bare=False)}")
# "人才培养那一档", "这三档里哪一档最多", "which tier": a tier (档) after a pointing, asking or counting word is a
# category (类), not a file (档案), a grade (档次) or a slot (档期, 档口).
TIER_WORD = re.compile(r"(?<=[那这哪几两三四五六一每各])档(?![案次期口位子])")
# "最小的那一块", "哪一块最大", "政府这一块": a block asked, or pointed at with 一 after what describes it, is a part
# (类), never 一块 (together, COLLOQUIAL) nor money; "研发攻关这块", "浑南那块" say an area and stay. A column of a
# table pointed at or asked ("社会组织那一栏", "哪栏多") is a part too: the figures of one category stand in it.
BLOCK_WORD = re.compile(r"(?:(?<=的那)|(?<=哪))(一?)块(?![儿钱])|(?<=[这那])(一)块(?![儿钱])|(?<=[这那哪])(一?)栏(?![目杆])")
# "民大PK海大", "大工vs职院": a match between two Chinese names written with Latin letters glued to them (no word
# boundary parts them from the names): read as 对上, so the second name is read on its own.
GLUED_MATCH = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:pk|vs\.?)\s*(?=[\u4e00-\u9fff])")
TIER_EN = re.compile(r"\btier\b")
TIERS_EN = re.compile(r"\btiers\b")


# "what did X sign with a university", "X和一所大学签了什么": what is signed or built is a project, the class
# after "with a" is the partner's kind, not the answer's.
WHAT_SIGNED = re.compile(rf"^what (?=(?:{DO}|{HAVE}) [^?]{{2,60}}? (?:sign|signed|build|built|develop|developed|"
                         r"launch|launched|set up|start|started|co-?build|co-?built)(?: jointly)? with (?:a|an|one)\b)")
SIGNED_WHAT = re.compile(r"(?<=[签建约署订]了)什么(?=[?？。]?$)")
# A dash with spaces around it ("the college X runs - which kindergarten …") breaks a clause, as a comma does.
SPACED_DASH = re.compile(r"\s+[-–—]+\s+")
# A hyphen or dash joining Latin words ("technology-innovation projects", "Industry–Education"): read as a space.
LATIN_HYPHEN = re.compile(r"(?<=[a-z])[-‐–](?=[a-z])")
LATIN_FILLER = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(
    re.escape(w) for w in sorted(FILLER_WORDS, key=len, reverse=True) if not CJK.search(w)) + r")(?![a-z])")


def without_fillers(question: str) -> str:
    """The question as written, without its English filler words ("Quick question: Which …"): a capital
    they carry opens the sentence, it marks no name."""
    return LATIN_FILLER.sub(" ", question)


# "I'd like to know which schools …", "tell me who …", "does the report say who …": a question embedded after a
# preamble is that question
# (its which-word opens it, so it is read as asking, not as opening a relative clause).
EMBEDDING = re.compile(r"^.*?\b(?:i'd like to know|i would like to know|i want to know|i wonder|i was wondering|"
                       r"do you know|can you tell me|could you tell me|please tell me|tell me|"
                       rf"(?:{DO}) (?:the |this |that )?(?:report|article|story|piece|source|news|text|graph)s? "
                       r"(?:say|mention|tell|state|record|show|give|name|list)(?: us)?)[,:]?\s+"
                       r"(?=(?:which|what|who|whom|when|where|how)\b)")


# A tag pointing back at the claim said before it and asking whether it holds ("…，这句话能不能说", "…，这种说法准确吗",
# "…，这话靠谱不", "…，能这么说吗", "…，这种说法没毛病吧"): the pointer, then the asking; the claim is the question, the tag no topic of it.
CLAIM_POINTER_ZH = r"[这那此](?:句|番|种|个|一)?(?:话|说法|提法|表述)"
CLAIM_HOLDS_ZH = (r"(?:对不对|对[吗嗎么嘛]|靠谱[吗嗎么不]?|靠不靠谱|准确[吗嗎么不]?|准不准确?|属实[吗嗎]?|站得住(?:脚)?[吗嗎]?"
                  r"|成立[吗嗎]?|没错[吧吗嗎]?|没毛病[吧吗嗎]?|有毛病[吗嗎]|有没有错|有错[吗嗎]|没问题[吧吗嗎]|有没有问题|有问题[吗嗎]|能不能说|可不可以说"
                  r"|能说[吗嗎]?|可以说[吗嗎]?|说得通[吗嗎]?|行不行|行[吗嗎])")
CLAIM_TAG_ZH = (rf"{CLAIM_POINTER_ZH}(?:说得|讲得|写得)?{CLAIM_HOLDS_ZH}"
                r"|(?:能|可以)(?:这么|这样)(?:说|讲|写)(?:[吗嗎么]|不)?|(?:能不能|可不可以)(?:这么|这样)(?:说|讲|写)")
# A request to check a claim, closing the question ("帮我核实一下", "请查证", "麻烦核对下"; "Please verify.", "Can you
# fact-check that?"): the claim before it is put for a verdict, the request no topic of it.
VERIFY_ZH = r"(?:帮我|帮忙|请|麻烦(?:你|您)?|给我)?(?:核实|核对|查证|求证|证实)(?:一下|下)?(?:吧|呢)?"
VERIFY_EN = (r"(?:^|[.!;:—–]\s*)(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:verify|fact-check|fact\s+check)"
             r"(?:\s+(?:this|that|it|the\s+claim))?(?:\s+for\s+me)?(?:,?\s+please)?\s*[?？.!]*\s*$")
# The tags that put a claim for confirmation ("…，对不对", "…, right?", "…. True?"), Chinese and English.
CONFIRM_ZH = (rf"{CLAIM_TAG_ZH}|(?:没错|没说错|没记错|不错|对|是|的)吧|(?:是真的|对|没错)(?:吗|嗎)|对不对|是不是真的|真的假的|是真是假|是否属实"
              # "他是在吹牛还是真有这回事", "真有这回事吗": whether the claim said is so
              r"|(?:[他她]?是在?吹牛(?:呢)?还是)?真(?:的)?有这回事(?:儿)?(?:吗|嗎)?|有这回事(?:吗|嗎)"
              # a request to check the claim said before it ("…，帮我核实一下", "…，请查证"): whether it holds
              rf"|{VERIFY_ZH}")
# a tag standing after the claim's sentence, alone: "… besides Jinpu. True?", "…. Is that so?"
CONFIRM_TAG_EN = r"(?:true|right|correct|accurate|really|is\s+that\s+so)"
# (a tag pointing back at the claim, "Can I say that?", "Is that statement correct?", "is the blog right?")
CLAIM_TAG_EN = (r"\b(?:can|could|may)\s+(?:i|we|one)\s+(?:say|put\s+it|write)\s+(?:that|so|this|it\s+(?:that|this)\s+way)\b"
                r"|\b(?:is|was)\s+(?:that|this|the|their|his|her)\s+(?:claim|statement|sentence|line|blog|post|rumou?r|story"
                r"|description|caption|assertion|remark|tip|note)\s+(?:true|correct|right|accurate|fair)\b"
                r"|\b(?:is|was|would)\s+(?:that|this)\s+(?:be\s+)?(?:accurate|fair)\b|\bdoes\s+(?:that|this)\s+hold(?:\s+up)?\b")
CONFIRM_EN = (rf"{CLAIM_TAG_EN}|{VERIFY_EN}|\b(?:is\s+it|is\s+that|am\s+i)\s+(?:true|correct|right)\b"
              rf"|[,，]\s*(?:right|correct|true|yes|(?:{AUXILIARIES})n't\s+(?:it|they|he|she|that))\s*[?？]+\s*$"
              rf"|[.!;:—–]\s*{CONFIRM_TAG_EN}\s*[?？]+\s*$")
# An asking sentence that is a confirmation tag and nothing else: it asks about the claim before it.
TAG_ALONE = re.compile(rf"^\s*(?:{CONFIRM_ZH}|(?:是|对|真的)(?:吗|嗎)|{CONFIRM_TAG_EN}|{CLAIM_TAG_EN}|(?:is\s+it|is\s+that|am\s+i)\s+(?:true|correct|right))\s*[?？]+\s*$",
                       re.IGNORECASE)
# "i.e.", "e.g.", "viz.": a restatement or an example of what went before, no sentence of its own (its
# periods end nothing, its "i" is no speaker).
RESTATING = re.compile(r"(?<![a-z])(?:i\.e\.|e\.g\.|viz\.)(?:,)?\s*")
# The question words of either language.
ASKS = re.compile(r"\b(?:which|what|who|whom|whose|when|where|how|why|whether)\b|哪|什么|谁|几|多少|吗|呢")


# "报道里有没有说X是谁", "文章提到X是谁了吗": the same embedding in Chinese, where the asking word stands inside
# the clause; the report is asked to tell what the clause asks, so the clause is the question.
ZH_EMBEDDING = re.compile(r"^(?:报道|文章|新闻|原文|稿子|报上)(?:里|中|上)?(?:有没有|是否|有无)?(?:说|提到|提及|讲|写|交代)"
                          r"(?:了|过)?(?P<clause>[^?]*(?:谁|哪|什么|多少|几)[^?]*?)(?:了吗|吗|没有)?(?P<end>\?*)$")


def _standardised(text: str, colloquial: str, standard: str) -> str:
    """``text`` with ``colloquial`` replaced by ``standard`` except where it is part of ``standard`` already
    ("医药企业" holds 药企: replacing inside it made "医医药企业业"); English words only as whole words."""
    word = (lambda w: rf"\b{re.escape(w)}\b") if colloquial.isascii() else re.escape  # 𠮶 lies outside CJK's range
    return re.sub(f"{word(standard)}|{word(colloquial)}", lambda m: standard if m.group(0) == colloquial else m.group(0), text)


def standard_wording(text: str) -> str:
    """The normalised question ``text`` with colloquial words replaced by standard ones (啥时候 → 什么时候); the
    asker's background and preamble are search.qa_frame's (told_apart), read off before."""
    text = as_superlative(ZH_EMBEDDING.sub(r"\g<clause>\g<end>", RESTATING.sub("", text)))  # "more than any other": the most
    text = GLUED_MATCH.sub("对上", BLOCK_WORD.sub(lambda m: f"{m[1] or m[2] or m[3] or ''}类", text))
    for colloquial, standard in COLLOQUIAL:  # Cantonese was read at the normalisation (search.cantonese)
        if colloquial in text:
            text = _standardised(text, colloquial, standard)
    text = ORGANISATION_MEASURE.sub("家", text) if "间" in text else text
    text = KIND_POINTED.sub("类", TIERS_EN.sub("categories", TIER_EN.sub("category", TIER_WORD.sub("类", CLOSING_REQUEST.sub("", text)))))
    text = POST_IN_SHORT.sub("担任什么职务", text)
    text = PARTS_ASKED.sub("分哪几类", PRONOUN_ORGANISATION.sub("所在的", REPORT_NOUN.sub("文章", text)))
    text = ARTICLE_RAN.sub(" published ", ARTICLE_ISSUED.sub(r"\1发布", text))
    text = SIGNED_WHAT.sub("什么项目", WHAT_SIGNED.sub("which projects ", SPACED_DASH.sub(", ", text)))
    text = except_reworded(text)
    text = ROLE_DENIED.sub(_role_denied, PARTIES_COUNTED.sub("个参与方", text))
    for pattern, standard in ZH_ROLE_DENIED:
        text = pattern.sub(standard, text)
    text = WHAT_NUMBER_OF.sub("how many", text)
    return LATIN_HYPHEN.sub(" ", COUNT_NOUN.sub("有多少", NOT_A_SINGLE.sub("", EMBEDDING.sub("", text))))


def _role_denied(m: re.Match) -> str:
    """A role denied as a negation reads it (ROLE_DENIED): "a partner that is not", "is not"."""
    if m["role"]:
        return f"{m['role']} that is not "
    return "with a partner that is not " if m["with"] else f"{m['copula']} not "


# A name set aside by a verb after it ("把大工剔掉以后", "大工除外", "setting DUT aside", "DUT aside,", "leaving
# X out"): written as the except clause search.qa_cues.EXCEPT_CLAUSE reads ("除了大工以外", "setting aside DUT").
_SET_ASIDE_ZH = r"剔掉|剔除|剔出去|去掉|排除在外|排除|拿掉|拿开|除去|刨掉|刨去|扣掉|扣除|撇开|抛开|撇掉|不算进去|不算在内"
EXCEPT_REWORDED = (
    # "X跟Y搞完P之后，还…": what is done and over is set aside from the "still/also" after it ("除了跟Y搞的P以外，还…")
    (re.compile(rf"(?P<with>(?:{ZH_WITH})[^,，;；?？。]{{1,12}}?)?(?:一起|一块儿?)?(?P<verb>搞|做|签|建|办|弄)完了?"
                r"(?P<what>[^,，;；?？。]{2,24}?)(?:之后|以后|后)(?=[,，\s]*[^,，;；?？。]{0,8}?[还又])"),
     lambda m: f"除了{m['with'] + m['verb'] + '的' if m['with'] else ''}{m['what']}以外"),
    (re.compile(rf"把([^,，;；?？。把]{{1,24}}?)(?:{_SET_ASIDE_ZH})(?:以后|之后|后)?"), r"除了\1以外"),
    # ("国创不算，…", "X不计，…": a clause closing on 不算 sets its name aside; "哪些不算K类" denies a kind)
    (re.compile(r"(?:^|(?<=[,，;；。]))\s*([^,，;；?？。]{1,24}?)(?:除外|(?:不算|不计|不包括|不含)(?:的话|在内)?(?=\s*[,，;；]))"), r"除了\1以外"),
    (re.compile(r"\b(?:(?:setting|leaving|putting|set|leave|put)\s+([^,;?]{2,60}?)\s+(?:aside|to one side)"
                r"|(?:leaving|leave)\s+([^,;?]{2,60}?)\s+out)\b"), lambda m: f"setting aside {m[1] or m[2]}"),
    (re.compile(r"^\s*(?:with\s+)?([^,;?]{2,60}?)\s+(?:aside|excluded|left out|set aside|put aside)\s*,"), r"setting aside \1,"),
)


def except_reworded(text: str) -> str:
    """``text`` with each name set aside by a verb after it written as an except clause."""
    for pattern, standard in EXCEPT_REWORDED:
        text = pattern.sub(standard, text)
    return text


# "talent cultivation and tech innovation projects", "人才培养和科技创新类项目": two kinds sharing one head noun.
SHARED_HEAD = re.compile(r"\b(?P<a>(?:[a-z]+ ){1,3})and (?P<b>(?:[a-z]+ ){1,3})(?P<head>projects?)\b"
                         rf"|(?P<za>[{HAN_CHARS}]{{2,6}})(?:和|与|及|、)(?P<zb>[{HAN_CHARS}]{{2,6}}?)(?P<zhead>类项目|项目|类)")


def shared_heads(text: str, class_words: Mapping[str, object]) -> str:
    """``text`` with a head noun two kinds share written out for each ("talent cultivation projects and
    tech innovation projects"), when the first part with the head is one of ``class_words`` too (the
    reading's, search.understand_lexicon.Lexicon) and so is the second."""
    def spelled(m: re.Match) -> str:
        en = bool(m["head"])
        a, b, head = (m["a"].strip(), m["b"], m["head"]) if en else (m["za"], m["zb"], m["zhead"])
        sep = " " if en else ""
        words = a.split() if en else list(a)
        tails = [sep.join(words[i:]) for i in range(len(words))]  # longest first
        kind = next((t for t in tails if t + sep + head in class_words), None)
        if kind is None or (b + head).strip() not in class_words:
            return m.group()
        return m.group()[:m.group().index(kind) + len(kind)] + sep + head + m.group()[len(m["a"] or m["za"]) - (1 if en else 0):]
    return SHARED_HEAD.sub(spelled, text)
