"""The attributes the graph holds of nobody (a person's age, an organisation's phone number, a patent): the words
asking for each, what it is called, and the kinds of entity it is asked of (search.qa_attributes answers them
honestly empty).

Contract: tables only, as search/qa_cues.py's: the logical form (search/qa_form.py) reads the words off the blanked
question (``ATTRIBUTE_WORDS``, less what ``NOT_ATTRIBUTES`` blanks) and keeps the rows of ``UNHELD_ATTRIBUTES``
whose words it uses.
"""

from __future__ import annotations

import re

from search.qa_graph import CONSORTIUM, ORGANIZATION, PERSON

# (question words, the attribute in zh and en, the kinds of entity it is asked of)
Attribute = tuple[tuple[str, ...], tuple[str, str], tuple[str, ...]]
UNHELD_ATTRIBUTES: tuple[Attribute, ...] = (
    (("多大年纪", "多大岁数", "多大了", "今年多大", "多大", "年纪", "年龄", "几岁", "岁数", "出生", "生日",
      "how old", "age", "born", "birthday"), ("年龄", "age"), (PERSON,)),
    (("哪里人", "哪儿人", "籍贯", "老家", "家乡", "hometown", "home town", "come from", "comes from"),
     ("籍贯", "hometown"), (PERSON,)),
    (("收入", "income", "earn", "earns", "paid"), ("收入", "salary"), (PERSON,)),
    # pay asked of anyone (a trainee, an intern, "he" the asker's relative): the graph holds no pay of anyone or for
    # anything, and a base's investment or a plan's figure is no pay ("实习一个月能拿多少钱", "what monthly pay")
    (("工资", "月薪", "年薪", "薪水", "薪资", "薪酬", "补贴", "津贴", "salary", "salaries", "wage", "wages",
      "monthly pay", "pay per month", "stipend", "allowance"), ("薪酬待遇", "pay"), ()),
    (("学历", "毕业于", "哪个学校毕业", "degree", "graduate", "graduated"), ("学历", "education"), (PERSON,)),
    (("电话", "手机", "热线", "联系方式", "邮箱", "phone", "telephone", "hotline", "email", "e-mail", "contact"),
     ("联系方式", "contact details"), (PERSON, ORGANIZATION, CONSORTIUM)),  # (a consortium is no organisation's kind)
    # an organisation's own particulars: the ontology records its parts in cooperations, none of these
    (("成立于", "哪年成立", "哪一年成立", "成立时间", "什么时候成立", "何时成立", "建校", "创办", "创建于", "创立", "founded",
      "established", "founding"), ("成立时间", "founding date"), (ORGANIZATION,)),
    (("在校生", "在校学生", "学生人数", "学生总数", "员工人数", "职工人数", "员工总数", "多少员工", "多少名员工", "多少职工",
      "student body", "enrolment", "enrollment", "employees", "staff", "workforce", "headcount"),
     ("人数规模", "headcount"), (ORGANIZATION,)),
    (("注册资本", "注册资金", "营收", "营业额", "利润", "市值", "registered capital", "revenue", "turnover", "profit"),
     ("注册资本与经营数据", "capital and finances"), (ORGANIZATION,)),
    # a place finer than the graph's (a street, a road and number): its places are cities and districts
    (("网址", "官网", "网站", "官方网站", "地址", "门牌", "哪条街", "哪条路", "什么街", "什么路", "街道", "website", "homepage", "url",
      "address", "street", "road and number", "street number", "house number"), ("网址与地址", "website and address"),
     (ORGANIZATION, CONSORTIUM)),
    # who leads a consortium or a project: the ontology records parties, no lead among them, of anything
    # (no kinds: unheld whatever is named, and when nothing is, "联合体的牵头单位" read by its place)
    (("牵头单位", "牵头方", "牵头学校", "牵头企业", "牵头院校", "lead unit", "lead organisation", "lead organization",
      "leading organisation", "leading organization"), ("牵头单位", "lead organisation"), ()),
    # outputs and durations the sources do not itemise: research results are counted, no patent or paper is
    (("专利", "论文", "获奖", "奖项", "patent", "patents", "papers", "publications", "awards"),
     ("专利、论文与奖项", "patents, papers and awards"), ()),
    (("培养周期", "学制", "学习年限", "培养年限", "多长时间", "多久", "duration", "how long"), ("时长", "duration"), ()),
)
ATTRIBUTE_WORDS = frozenset(w for words, _, _ in UNHELD_ATTRIBUTES for w in words)
# An attribute's word that names someone instead ("the staff reporter", "a staff writer"), or a founding verb done with
# others or to a thing ("co-founded", "founded an industrial college with X": a cooperation built, no founding date
# asked): no attribute asked.
NOT_ATTRIBUTES = re.compile(r"\bstaff\s+(?:reporters?|writers?|journalists?|photographers?|correspondents?)\b"
                            r"|\b(?:co\s*-?\s*)?(?:founded|established)\s+(?:a|an|the|its|their)\b|\bco\s*-?\s*(?:founded|established)\b")
