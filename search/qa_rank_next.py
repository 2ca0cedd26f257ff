"""Who comes next in a ranking by cooperations: "按参与项目的个数给院校排个队，大连理工大学后面紧跟着的是哪所",
"ranked by projects, which university comes right after Dalian University of Technology".

The organisations of the kind the question names are ranked by how many cooperations (of the kind it names, if
any) each takes part in, as rank_among ranks them (search/qa_rank.py); the answer is those holding the next
count below the named organisation's (after, behind) or above it (before, ahead), each count derived."""

from __future__ import annotations

import re

from search.qa_cues import ASKING_WHO, HOW_MANY
from search.qa_form import LogicalForm
from search.qa_order_cues import ORDERED
from search.qa_outcome import Outcome, derived
from search.qa_rank import Ranks
from search.qa_rank_premise import SENTENCE, cooperation_named
from search.understand_lexicon import Lexicon

# A ranking asked for by its order ("排个队", "排名", "ranked by"), and the side of the named one asked.
# A place after the named one said with its ranking ("排在大工后面", "仅次于大工", "second only to DUT"), or a
# superlative asked after it ("after DUT, which school is in the most deals": the runner-up) ranks too.
RANKING_ASKED = re.compile(ORDERED.pattern + r"|排在|仅次于|次于|\bsecond (?:only )?to\b|\brunner[- ]?up\b")
NEXT_BEHIND = re.compile(r"后面|之后|后头|其后|下一[个位所家名]|紧跟|紧随|仅次于|次于|\b(?:after|behind|below|second (?:only )?to)\b")
NEXT_AHEAD = re.compile(r"前面|之前|前头|其前|上一[个位所家名]|\b(?:ahead of|above|before)\b")
# Who or which asked (a Chinese question word too).
WHO_ASKED = re.compile(rf"{ASKING_WHO.pattern}|谁|哪")


def asked_after_order(q: str, lexicon: Lexicon) -> bool:
    """Whether an order is asked by cooperations and the last sentence asks who, no count: "Rank the partner
    institutions by number of signed projects. Who is runner-up behind X?" (the order's count word reads as a count
    asked; "by number of research grants" ranks by what the graph does not hold, no class word of cooperations)."""
    last = SENTENCE.findall(q)[-1:]
    return bool(last and WHO_ASKED.search(last[0]) and not HOW_MANY.search(last[0]) and ORDERED.search(q)) \
        and cooperation_named(q, lexicon)


class RankNext(Ranks):
    """The next-in-ranking operator."""

    def rank_next(self, form: LogicalForm) -> Outcome | None:
        """The organisations of the named kind next below (or above) the one named by cooperations taken
        part in; None unless one organisation and one kind are named, a ranking is asked and one side of it."""
        u = form.understanding
        q, orgs = u.question, self._orgs(u)
        kinds = list({k: (w, k) for w, k in reversed(self._organisation_kinds(u))}.values())  # one kind said twice is one
        behind, ahead = NEXT_BEHIND.search(q), NEXT_AHEAD.search(q)
        # "按项目数排名，…前面的是哪所大学": a count word ranks by, the question word asks who
        asked = u.intent in ("list", "who") or bool(form.asked) or asked_after_order(q, self.lexicon)
        if not asked or len(orgs) != 1 or len(kinds) != 1 or bool(behind) == bool(ahead) \
                or not (RANKING_ASKED.search(q) or "superlative" in form.operators):
            return None
        (word, kind), counted = kinds[0], self._counted(u)
        held = self.aggregates.cooperations.of(self.graph, kind, counted)
        mine = len(self.graph.cooperations(orgs[0], counted))
        side = [n for n in held if (n < mine if behind else n > mine)]
        if not mine or not side:
            return None
        n = max(side) if behind else min(side)
        nexts = sorted(held[n], key=self.facts.label)
        name, names = self.facts.label(orgs[0], u.lang), self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in nexts)
        zh = f"按参与的合作项目数，{name}参与{mine}个；{'其后' if behind else '其前'}紧挨着的{word}是{names}（{n}个）。"
        en = f"By cooperations taken part in, {name} has {mine}; the {word} right {'after' if behind else 'before'} it: {names} ({n})."
        evidence = [derived(self.facts, o, f"takes part in {k} cooperations") for o, k in ((orgs[0], mine), *((o, n) for o in nexts))]
        return Outcome(self._entities(nexts), evidence, self._lang(u, zh, en), settled=True)
