"""Cantonese read as Mandarin: a question written in Cantonese forms ("我哋係做社工培訓嘅,想問…基地係民大同邊間企業
合建嘅?") is read as its Mandarin twin ("我们是做社工培训的,想问…基地是民大和哪家企业合建的?") at the answerer's one
normalisation, beside traditional→simplified (graph.han.fold), before the asker's frame or any reading sees it.

Contract: ``mandarin(text)`` takes the folded question (simplified script, search.text.fold) and gives it back with
Cantonese function words in their Mandarin forms when it carries a Cantonese marker (MARKERS: a word only Cantonese
writes, 嘅 哋 咗 冇 唔 边间 几多 …), else ``text`` itself: a Mandarin question is never touched, so its 系 (计算机系,
"department") and its 同 (同时, 合同, 同… "with") stay as written. In a Cantonese question 系 is the copula 是 except in
the Mandarin words holding it (关系, 联系, 体系, 系统) and after a field of study (计算机系), and 同 is 和 except in the
Mandarin words holding it (合同, 共同, 同时) unless a partner or a which-word follows it ("企业同学校": 和学校)."""

from __future__ import annotations

import re

from search.text import longest_first

# The words only Cantonese writes, as folded (嗰 → 𠮶, 邊間 → 边间, 幾多 → 几多): a question holding one is Cantonese.
# (係 alone is none: folded it is 系, the Mandarin "department", "system"; nor 点解, 入面: "重点解决", "进入面试".)
# 边 asks which before a measure word, with a numeral or not ("边间", "边两间", "边个"; 边度 where, 边啲 which ones: WORDS);
# 间 counting organisations is 家, as the reading knows it (also where no word follows: "合作大学系边间?").
# (Never 边 "side" after the Mandarin word it ends: "哪一边家数多", 这边, 旁边, 两边.)
_SIDE = r"(?<![一这那哪两旁左右身周东西南北上下里外前后半各双])"
WHICH = re.compile(_SIDE + r"边(?P<number>[一二两三四五六七八九十几]?)(?P<measure>[个间家所位项])")
MARKERS = re.compile(rf"[嘅哋𠮶咗冇唔乜咩佢喺啲㗎嘢咁]|{_SIDE}边(?:[一二两三四五六七八九十几]?[个间家所位项]|[度啲])|几多|同埋|系咪")

# Cantonese function words and their Mandarin, applied longest first ("边度" before 边 asking which, "系唔系" before "唔系",
# "我哋" before "哋", "多啲" and "边啲" before "啲"); 呢 points ("呢间大学": this) only before a measure word.
WORDS = {
    "边度": "哪里", "边啲": "哪些", "系唔系": "是不是", "系咪": "是不是", "唔系": "不是", "唔": "不", "嘅": "的", "乜嘢": "什么",
    "咩嘢": "什么", "咩": "什么", "乜": "什么", "喺": "在", "有冇": "有没有", "冇": "没有", "我哋": "我们", "你哋": "你们",
    "佢哋": "他们", "哋": "们", "佢": "他", "几多": "多少", "咗": "了", "𠮶度": "那里", "𠮶": "那", "入面": "里面",
    "同埋": "和", "多啲": "更多", "啲": "些", "今次": "这次", "一齐": "一起",
    "仲有": "还有", "畀": "给", "㗎": "的", "呢间": "这间", "呢个": "这个", "呢位": "这位", "呢度": "这里",
    "呢啲": "这些", "呢次": "这次", "呢家": "这家", "呢所": "这所", "呢项": "这项", "咁多": "这么多", "咁": "这么",
    "真系": "真是",
}
_WORD = re.compile("|".join(map(re.escape, longest_first(WORDS))))

# The Mandarin words holding 系 (relation, system, series) and the fields of study a department (系) is named by.
# (院系 and 直系 are left out: "产业学院系边几间单位", "一直系" read 是 after 学院 and 一直.)
SYSTEM_WORDS = ("关系", "联系", "体系", "系统", "系列", "维系", "干系", "系数", "系主任")
FIELDS = ("计算机", "软件", "中文", "外语", "英语", "数学", "物理", "化学", "生物", "机械", "电子", "电气", "土木", "建筑",
          "材料", "经济", "管理", "法律", "新闻", "艺术", "音乐", "美术", "体育", "医学", "护理", "自动化", "工程", "哲学",
          "历史", "社会学", "心理学", "会计", "金融", "环境", "能源", "交通", "信息")
_SYSTEM = re.compile("|".join(longest_first((*SYSTEM_WORDS, *(f + "系" for f in FIELDS)))) + "|(?P<copula>系)")

# The Mandarin words holding 同, kept unless a partner or a which-word follows the 同 ("同学校", "同哪家"): then 同 is 和.
SAME_WORDS = ("合同", "共同", "同时", "同意", "同样", "相同", "不同", "同类", "同期", "同比", "协同", "同步", "同行", "同等",
              "同一", "如同", "同盟", "同事", "同学", "同济", "同仁", "同业", "同志", "同乡", "同级", "同年", "连同", "会同",
              "陪同", "认同", "赞同", "等同", "同城")
PARTNER_AFTER = r"学校|学院|高校|大学|院校|企业|公司|单位|集团|机构|哪|谁|什么"
_WITH = re.compile(rf"(?P<with>同)(?={PARTNER_AFTER})|" + "|".join(longest_first(SAME_WORDS)) + "|(?P<plain>同)")


def mandarin(text: str) -> str:
    """The folded question ``text`` read as Mandarin when it carries a Cantonese marker, else ``text`` itself."""
    if not MARKERS.search(text):
        return text
    text = WHICH.sub(_which, _WORD.sub(lambda m: WORDS[m.group()], text))
    text = _SYSTEM.sub(lambda m: "是" if m["copula"] else m.group(), text)
    return _WITH.sub(lambda m: "和" if m["with"] or m["plain"] else m.group(), text)


def _which(m: re.Match) -> str:
    """"边两间" → "哪两家", "边个" → "哪个" (WHICH)."""
    return f"哪{m['number']}{'家' if m['measure'] == '间' else m['measure']}"
