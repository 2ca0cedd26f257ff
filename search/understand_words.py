"""The reading's word tables: the fixed words a question is read by (question words, count, rank,
who, when, where and relation words, and the stop words that are no topic), besides the class words
and names the lexicon reads off the graph (search/understand_lexicon.py).

Only words here, no reading: search/understand.py parses with them, the lexicon counts them among
the words it knows (``Lexicon.vocabulary``), and the later stages (qa_form, qa_spans, qa_match …)
test a question for them.
"""

from __future__ import annotations

from search.other_words import ZH_OTHER, ZH_REST
from search.wording import DEMONSTRATIVES, FILLER_WORDS


# Words that open a list question and are followed by the answer type ("哪些高校", "which colleges").
WH_WORDS = ("哪些", "哪个", "哪家", "哪所", "哪位", "哪几家", "哪几个", "哪", "什么", "which", "what")
# A rank is a figure too: "排名" and "ranking" ask for one.
COUNT_WORDS = ("多少", "第几", "几", "排名", "名次", "how many", "how much", "number of", "count of", "what rank",
               "which place", "what place", "ranking", "ranked", "rank", "placing",
               # counting asked by a verb or a tally ("count the organisations on it", "the tally of its deals")
               "count the", "count up", "tally of", "tally for", "tally",
               # a number said of a group named before ("the research bodies: what's their number?")
               "their number", "their total", "what number")
# Of those, the words asking a rank: "where did Jinpu rank", "在那28家里排第几" ask a rank, not a place.
RANK_WORDS = ("第几", "排名", "名次", "what rank", "which place", "what place", "ranking", "ranked", "rank", "placing")
# Words saying the answer is one of a kind: "唯一的合作企业", "the only company that…".
ONLY_WORDS = ("唯一的一个", "唯一一个", "唯一一家", "唯一的", "唯一", "the only one", "the only", "only one", "only", "sole", "solely")
WHO_WORDS = ("是谁", "谁", "哪一位", "哪位", "叫什么名字", "叫什么", "who", "whom")
WHEN_WORDS = ("什么时候", "何时", "哪一年", "哪年", "几月", "哪个月", "哪一天", "什么时间", "when", "what year", "which year",
              "what date", "which month", "what month", "which day", "what day")
# "What did X sign?": with no class word, "what" asks for cooperations (and "who" for agents).
WHAT_WORDS = ("什么", "what")
WHERE_WORDS = ("在哪里", "在哪儿", "在哪", "哪里", "何地", "何处", "什么地方", "地点", "where", "venue")
MEASURE_WORDS = "家个所位项名类种条批"
# The Chinese other-words ("其他高校", "别的大学"): instances besides those named or asked (a regex alternation of them:
# search.understand_lexicon.PICKING, search.qa_other_kind.OTHER_BEFORE).
ZH_OTHER_WORDS = (*ZH_OTHER, ZH_REST)
# Verbs of cooperation: they say how answers relate to the entities and topic, not what the topic is.
RELATION_WORDS = (
    "合作关系", "合作研发", "合作", "参与", "参加", "共建", "合办", "共办", "联办", "合建", "共同投资", "投资建设", "投资建", "打造", "研发",
    "jointly", "together", "一起", "一同", "牵头", "联合", "携手", "牵手", "搭档", "开展", "签约", "签署", "签订", "合签", "共签", "联签", "签", "对接", "从事",
    "做", "搞", "联系", "来往", "关系", "出现",
    "拿下", "拿到", "签下来", "签下",  # "哪一家拿下的项目最多": the projects it won are those it takes part in
    "signed an agreement", "signed agreements", "sign an agreement", "signs an agreement", "signed a contract",
    "signed", "signs", "sign", "joint r&d", "r&d",
    "partnering", "partnered", "partners", "partner", "working", "worked", "works", "work", "collaborate", "collaborates",
    "collaborating", "cooperate", "cooperates", "cooperating", "participate", "participates", "participating",
    "involved", "involve", "involves", "take part", "takes part", "taking part", "took part", "part of", "part", "lead", "leads", "joined", "join",
    "teamed up", "team up", "teams up", "teaming up", "behind",
    "teamed with", "team with", "teams with", "teaming with",  # "team up" said without "up": the same verb
    # "which appears in the most projects", "whose name turns up in more deals": appearing in one is taking part
    "appears in", "appear in", "appeared in", "appearing in", "turns up in", "turn up in", "turned up in", "shows up in", "show up in",
    # ("in which project does X appear", "what is X doing in the consortium": the verb said after its place)
    "appears", "appear", "appeared", "appearing", "turns up", "turn up", "turned up", "shows up", "show up", "doing",
    # "which universities share a project with X": sharing one, not the shared practice base
    "share a project", "shares a project", "shared a project", "share projects", "shares projects", "shared projects",
    "share a cooperation", "develop", "develops", "developed", "developing", "co-develop", "co-developed", "共享一个项目", "共享项目", "同一个项目", "同一项目", "共同参与",
    "joins", "member of", "brought together", "brings together", "bring together",
    # "which deal gathered the biggest crowd of signing units": its parties drawn together
    "gathered", "gathers", "drew", "draws", "attracted", "attracts",
    # "in how many projects is X a party", "a signatory to": being one of its parties (never "the party", "party
    # chief": the Communist Party's posts)
    "a party to", "a party", "parties to", "one of the parties", "among the parties", "a signatory to", "a signatory",
    "signatory to", "among the signatories", "one of the signatories",
)
STOP_WORDS = (
    "有哪些", "都有", "请问", "方面", "领域", "相关", "有关", "之间", "一起", "进行", "涉及", "属于", "什么", "哪些",
    "的", "了", "在", "有", "与", "和", "跟", "同", "及", "吗", "呢", "是", "都", "等", "中", "上", "里", "对", "过",
    "the", "a", "an", "on", "in", "of", "for", "with", "to", "do", "does", "did", "is", "are", "was", "were", "have",
    "has", "had", "that", "there", "and", "or", "by", "about", "at", "any", "which", "what", "field", "area", "sector",
    "projects", "project", "its", "their", "it", "they", "them", "as",
    "co",  # "co-sign", "co-build": the prefix the normalisation cuts off says "together", as the relation does
    "列出", "列举", "列一下", "要论", "以外", "之外", "不算", "不计", "不包括", "还", "显示", "所有", "全部", "目前", "现在", "一共", "共有", "总共", "分别", "各自", "各", "各是", "各为", "双方", "各方", "主要", "具体", "哪里",
    "list", "show", "name", "tell", "me", "you", "know", "all", "give", "find", "please", "related", "relevant", "currently",
    "will", "be", "been", "being", "each", "every", "respectively", "up", "total", "altogether", "get", "can", "could", "be",
    "run", "runs", "running", "heads", "headed", "heading", "manage", "manages", "managed", "managing", "offer", "offers", "provide", "provides", "hold", "holds", "organise", "organize", "currently",
    "上级", "下属", "母公司", "子公司", "隶属", "旗下", "parent", "subsidiary", "subsidiaries",
    "名字", "姓名", "名称", "叫", "担任", "数量", "情况", "实施", "召开", "举行", "举办", "怎么样", "怎么", "怎样", "如何", "任何", "任一", "关于", "对于", "针对", "围绕", "方向", "板块", "业务", "行业", "赛道", "工作", "事业", "方面的",
    "name", "named", "called", "relate", "relates", "held", "hold", "took", "place",
    "cover", "covers", "covered", "concern", "concerns", "belong", "belongs", "fall", "falls", "into",
    # a relation denied ("跟氢能无关", "八竿子打不着", "has nothing to do with X", "no tie to X") says how the answers stand
    # to the topic, as 相关 and "related" do, not what the topic is
    "无关", "沾边", "相干", "八竿子打不着", "nothing", "unrelated", "link", "links", "connection", "connections",
    "how", "way", "ways", "from", "anything", "anywhere", "somewhere", "none", "not", "no", "never", "without", "neither", "nor", "don't", "doesn't", "didn't", "apart", "besides", "except", "other", "than", "also", "else",
    # the except words said with other verbs ("setting aside the R&D ones": qa_cues.EXCEPT_WORDS)
    "setting aside", "set aside", "leaving aside", "putting aside", "aside", "save for", "not including", "撇开", "抛开", "不含",
    "absent", "missing", "lack", "lacks", "lacking", "remaining",  # "X is absent from", "the remaining ones": the negation and the rest asked
    "setting", "leaving", "putting",  # "leaving out X": the except words' verbs alone
    "another", "too", "more",  # "shows up in one more agreement", "has other partners too": others asked, no topic
    "carry out", "carries out", "carried out", "implement", "implements", "implemented", "next",
    "involving", "involve", "involves", "involved",
    "包括", "包含", "include", "includes", "including",
    *DEMONSTRATIVES, *FILLER_WORDS,
    # "the only X": that one is asked as any X is; the answer says whether it is the only one (qa_only)
    *ONLY_WORDS,
    "among", "amongst",  # "among their partners": where, not what
    "both", "同时", "既", "又",  # "既…又…", "both A and B": the two named things are both wanted, the words ask nothing
    "biggest", "largest", "longest",  # "the biggest project by number of partners", "the longest list": a superlative (qa_form LARGEST_WORDS), no topic
    "s",  # what a possessive leaves once the name before it is blanked ("Yang Yuequan's")
    # the side a party stands on, and the whole name asked for, name no topic ("企业一方是谁", "大学那方",
    # "全称是啥", "full names")
    "一方", "那方", "这方", "那一方", "这一方", "全称", "全名", "full name", "full names", "side", "sides",
    # the name in one language or as registered ("中文全名叫什么", "英文名", "the full registered name", "its Chinese
    # name"): the entity's labels, which every answer naming it states
    "中文名", "英文名", "中文全名", "英文全名", "中文名称", "英文名称", "中文名字", "英文名字", "full registered name",
    "full official name", "registered name", "official name", "legal name", "chinese name", "english name",
    # counting aloud and holding in hand ask nothing of their own ("数一数，X挂在几个项目上", "X手里有几个项目")
    "数一数", "数数", "手里", "手上",
    "if",  # "if you rank the universities by projects, who takes silver": the condition's own word asks nothing
)
