"""Attributes the graph does not hold: a question asking a person's age or an organisation's phone
number is answered honestly empty, never with whatever else the graph knows about the entity.

The ontology records people's posts and organisations' parts in cooperations, nothing personal or
contact-like; the table lists how questions ask for such attributes and which entities they are
asked of. An attribute word only counts when the question names an entity of that kind.
"""

from __future__ import annotations

import re

from search.qa_graph import ORGANIZATION, PERSON
from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome

# (question words, the attribute in zh and en, the kinds of entity it is asked of)
UNHELD_ATTRIBUTES = (
    (("多大年纪", "多大岁数", "多大了", "今年多大", "多大", "年纪", "年龄", "几岁", "岁数", "出生", "生日",
      "how old", "age", "born", "birthday"), ("年龄", "age"), (PERSON,)),
    (("哪里人", "哪儿人", "籍贯", "老家", "家乡", "hometown", "home town", "come from", "comes from"),
     ("籍贯", "hometown"), (PERSON,)),
    (("工资", "薪水", "薪酬", "收入", "年薪", "salary", "income", "earn", "earns", "paid"), ("收入", "salary"), (PERSON,)),
    (("学历", "毕业于", "哪个学校毕业", "degree", "graduate", "graduated"), ("学历", "education"), (PERSON,)),
    (("电话", "手机", "联系方式", "邮箱", "phone", "telephone", "email", "e-mail", "contact"),
     ("联系方式", "contact details"), (PERSON, ORGANIZATION)),
)


def _asks(words: tuple[str, ...], text: str) -> bool:
    """Whether one of the words stands in the text (Latin words as whole words)."""
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w), text)
               for w in words)


class Attributes(OperatorBase):
    """The operator for attributes the graph does not hold."""

    def unheld_attribute(self, form: LogicalForm) -> Outcome | None:
        """An empty outcome saying the graph does not record the attribute asked of a named entity."""
        u = form.understanding
        for words, (zh, en), kinds in UNHELD_ATTRIBUTES:
            named = [m.doc.iri for m in u.mentions if any(k in m.doc.types for k in kinds)]
            if named and _asks(words, u.blanked):
                who = self._lang(u, "、", ", ").join(self.facts.label(i, u.lang) for i in dict.fromkeys(named))
                return Outcome([], [], self._lang(u, f"图谱没有记载{who}的{zh}，无法回答。",
                                                  f"The graph does not record the {en} of {who}, so this cannot be answered."),
                               settled=True)
        return None
