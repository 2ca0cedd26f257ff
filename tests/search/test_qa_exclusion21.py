"""Round-21 exclusion and ordinal operators on the real graph, each worded apart from the development cases that
found them, in both languages, traditional script and colloquial forms, with cases whose right answer is empty:

- exclusion over the rest of the question (search.qa_excluded): what an except clause names is taken out of the
  answer set of the rest, read by its own operator (who is quoted) or plainly; a superlative ranks those left;
- an except clause closing on 不算 ("国创不算，…") and one describing what it sets aside ("做氢能的那家");
- the place after a named one in a ranking ("仅次于大工", "second only to DUT", "after DUT … the most");
- two class words offered as alternatives ("职业学院或职教中心", "colleges or education centres");
- "were party to" as taking part, parties counted by 方 ("有几方参与"), a name turning up most often as the most.
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC, JIAOTONG, DALIAN_U = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学"
GUOCHUANG, HEYE, BIFEI = "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"
LIGHT_INDUSTRY, PULANDIAN = "辽宁轻工职业学院", "普兰店区职教中心"


# Questions whose answers must hold every one of ``must`` and none of ``left_out``.
LEFT_OUT = [
    ("科技创新类项目里，除了大连理工大学，还有哪些大学参与了？", {JIAOTONG, DALIAN_U}, DUT),
    ("科技創新類項目中，大連交通大學以外還有哪些大學？", {DUT, DALIAN_U}, JIAOTONG),
    ("大连交大不算，科技创新类项目还有哪些高校参与？", {DUT, DALIAN_U}, JIAOTONG),
    ("Besides Dalian Jiaotong University, which universities were party to the sci-tech innovation deals?",
     {DUT, DALIAN_U}, JIAOTONG),
    ("大连交大的合作企业里，国创氢能不算，还有哪些？", {HEYE, BIFEI}, GUOCHUANG),
    ("Not counting Guochuang Hydrogen, which companies did Dalian Jiaotong University partner with?", {HEYE, BIFEI}, GUOCHUANG),
    ("撇開國創氫能，大連交大還跟哪些企業合作？", {HEYE, BIFEI}, GUOCHUANG),
    ("搞氢能那家国创不算的话，交大还和哪些企业合作？", {HEYE, BIFEI}, GUOCHUANG),  # described, not named
    ("Apart from Yang Yuequan, who else is quoted in the article?", {"董建军"}, "杨跃权"),
    ("除了董建军，文章還引用了誰的話？", {"杨跃权"}, "董建军"),
    ("报道里杨跃权以外，还引用了谁的话？", {"董建军"}, "杨跃权"),
    ("大连大学在压缩机中心之外还参与了哪些项目？", {"大连市数字人才产教融合实训中心合作项目"}, "辽宁省压缩机专业技术创新中心项目"),
    ("大連大學在壓縮機中心之外還參加了哪些項目？", {"现代中药与生物制药高层次应用型人才联合培养项目"}, "辽宁省压缩机专业技术创新中心项目"),
    ("Apart from DVTC, which vocational colleges or vocational education centres are in the base projects?",
     {LIGHT_INDUSTRY, PULANDIAN}, DVTC),
    # class words offered as alternatives ask for both
    ("基地类项目中有哪些高职院校或职教中心？", {DVTC, LIGHT_INDUSTRY, PULANDIAN}, DUT),
    ("哪些幼兒園或職教中心參與了項目？", {"大连市金州区第一幼儿园", PULANDIAN}, DVTC),
    ("Which companies or universities took part in the bipolar plate project?", {GUOCHUANG, JIAOTONG}, DUT),
]


@pytest.mark.parametrize("question, must, left_out", LEFT_OUT)
def test_what_an_except_clause_names_is_left_out_of_the_rest(qa, question, must, left_out):
    answer = qa.answer(question)
    assert must <= labels(answer) and left_out not in labels(answer), answer.answer_text


# Questions whose answers are exactly ``must``: a superlative of those left, the place after a named one, a
# runner-up, every speaker quoted.
EXACTLY = [
    ("不算大工，哪所学校参与的签约项目最多？", {DVTC}),
    ("Leaving DUT aside, which school signed the most projects?", {DVTC}),
    ("大工除外，哪个学校签的项目最多", {DVTC}),
    ("Besides DUT, which university signed the most projects?", {JIAOTONG, DALIAN_U}),  # a tie at three
    ("除了大连理工大学，哪所大学参与的项目最多？", {JIAOTONG, DALIAN_U}),
    ("哪所學校簽約項目僅次於大工？", {DVTC}),
    ("Which school is second only to DUT in signed projects?", {DVTC}),
    ("大工之后，签约项目最多的学校是哪所？", {DVTC}),
    ("After DVTC, which school has the most signed deals?", {JIAOTONG, DALIAN_U}),
    ("Who is the runner-up among schools by number of signed projects?", {DVTC}),
    ("签约项目最多的学校里，亚军是哪所？", {DVTC}),
    ("哪所大学是签约项目最多的亚军？", {JIAOTONG, DALIAN_U}),
    ("文章还引用了谁的话？", {"杨跃权", "董建军"}),
    ("Who is quoted in the article?", {"杨跃权", "董建军"}),
    # parties counted by 方, a name turning up most often
    ("乡村振兴产业学院那个项目有几方参与？", {"大连第一互感器集团", DVTC, PULANDIAN}),
    ("開源鴻蒙人才培養中心項目有多少方簽約？", {DUT, DVTC}),
    ("这回签约里，名字出现得最频繁的是哪一家大学？", {DUT}),
    ("Which university's name turns up most often among the signed deals?", {DUT}),
]


@pytest.mark.parametrize("question, must", EXACTLY)
def test_the_answers_are_exactly_those_asked(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text


@pytest.mark.parametrize("question", [
    "除了杨跃权和董建军，报道还引用了谁的话？",  # nobody else is quoted
    "除了大连交通大学，还有哪些大学参与了质子交换膜燃料电池双极板项目？",  # the one university there
    "除了国创氢能，大连交大还和哪些企业合作了氢能项目？",  # the one hydrogen company
    "除了大连理工大学以外，还有哪些大学参与了开源鸿蒙项目？",  # its other party is a vocational college
    "Who is quoted in the article about aerospace?",  # a topic the graph does not hold
    "哪些医院或幼儿园参与了项目？",  # no hospital is held
    "Which consortium was the runner-up in the national review?",  # a ranking the graph does not hold
    "这个问题有几方面？",  # 几方面 counts no parties
])
def test_nothing_left_or_held_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
