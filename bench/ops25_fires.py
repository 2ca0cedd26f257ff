"""How often round 25's readings of the parts of a whole fire on question sets, and how often the answer is then right.

The readings, each recorded while the question is answered (its step wrapped, nothing else changed):
- ``ranked part``: a place asked of the parts with no premise, said as the ordinal superlative
  (search.qa_rank_premise.ranked_part);
- ``block``: a block pointed at or asked read as a part (search.wording.BLOCK_WORD);
- ``part word``: a part noun added this round used ("的类", "bloc", "segment", "板块": search.qa_cues.PART_WORDS);
- ``part qualified``: the parts ranked of a kind the graph does not sort members by, refused (search.qa_member_kinds);
- ``co-issued``: a joint issuing claimed, borne out by a document's issuers (search.qa_yes_no.YesNo._co_issued);
- ``clause verdict``: a clause opened by an auxiliary after a comma read as asking a verdict (search.qa_verdict_cues.YES_NO_CLAUSE_EN),
  where the auxiliary opening the question did not;
- ``tag``: a claim's clause read before a tag alone asking whether it is so (search.qa_claims.asking_clause);
- ``members headcount``: a headcount asked of a kind in the membership counting its members (search.qa_attributes);
- ``versus``: two names set against each other by "versus"/"vs" (search.scope_words.EN_FUNCTION), and ``asked side``: a
  comparison's split leaving its asking clause as a side (search.qa_figure_compare._sides) — both read off the question.

Only the questions holding a word one of them reads (TRIGGER: a place, a block, a part noun, a qualifier's class word
beside a part word) are answered: no other can fire. Each is judged as the evaluation judges it
(search.qa_eval.judge); the firing ones are printed with right/WRONG and whether an empty case stayed empty.

    python bench/ops25_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from qa_fires import opened

import search.qa_attributes as attributes
import search.qa_claims as claims
import search.qa_form as forms
import search.qa_member_kinds as member_kinds
import search.qa_yes_no as yes_no
import search.qa_rewrites as rewrites
import search.wording as wording
from search.qa_cues import PART_WORDS
from search.qa_verdict_cues import YES_NO_EN
from search.qa_eval import judge, load_qa_cases
from search.understand_lexicon import word_regex
from search.text import normalize
from search.wording import TAG_ALONE

NEW_PART = re.compile(r"的类|板块|\b(?:blocs?|segments?)\b")
# Every question a reading could fire on holds one of these or a part noun (a superset; the rest are not answered).
TRIGGER = re.compile(r"[那这哪]一?[块類类]|的类|排|第|老二|亚军|其次|次之|板块|\b(?:second|third|fourth|fifth|runners?[- ]?up|rank|ranks"
                     r"|ranked|place|places|placed|comes?|came|versus|vs|issu\w*|release\w*|published|put\s+out)\b|[,，]\s*[a-z]"
                     rf"|印发|发布|发文|出台|下发|发的|这回事|吹牛|head\s*count|{'|'.join(word_regex(w).pattern for w in PART_WORDS)}", re.IGNORECASE)
VERSUS = re.compile(r"\b(?:versus|vs)\b", re.IGNORECASE)
ASKED_SIDE_TAIL = re.compile(r"[:：][^:：]*\b(?:which|who)\b[^,，]*[,，]\s*and\b", re.IGNORECASE)


def hooked(fired: set[str]) -> None:
    """Wrap each reading's step so that a firing is recorded in ``fired`` (cleared per question by the caller)."""
    ranked = rewrites.ranked_part

    def ranked_part(text, u):
        out = ranked(text, u)
        if out != text:
            fired.add("ranked part")
        return out

    rewrites.ranked_part = ranked_part
    block = wording.BLOCK_WORD

    class Block:
        def sub(self, repl, text):
            out = block.sub(repl, text)
            if out != text:
                fired.add("block")
            return out

    wording.BLOCK_WORD = Block()  # type: ignore[assignment]
    kinds = member_kinds.MemberKinds._qualified

    def qualified(self, u, found):
        out = kinds(self, u, found)
        if out is not None and any(w in u.question for w in ("类", "块", "bloc", "group", "kind", "type", "categor", "segment")):
            fired.add("part qualified")
        return out

    member_kinds.MemberKinds._qualified = qualified
    issued = yes_no.YesNo._co_issued

    def co_issued(self, u, orgs):
        out = issued(self, u, orgs)
        if out is not None:
            fired.add("co-issued")
        return out

    yes_no.YesNo._co_issued = co_issued
    asks = forms._asks_yes_no

    def asks_yes_no(u):
        out = asks(u)
        if out and u.lang != "zh" and not YES_NO_EN.search(u.question):
            fired.add("clause verdict")
        return out

    forms._asks_yes_no = asks_yes_no
    clause = claims.asking_clause

    def asking_clause(u, asked):
        out = clause(u, asked)
        if any(TAG_ALONE.match(f"{c.strip()}?") for c in re.split(r"[，,;；。!！?？]", u.question) if c.strip() and asked(c)):
            fired.add("tag")
        return out

    claims.asking_clause = asking_clause
    counted = attributes._members_counted

    def members_counted(question):
        out = counted(question)
        if out:
            fired.add("members headcount")
        return out

    attributes._members_counted = members_counted


def main(argv: list[str] | None = None) -> int:
    args, qa = opened(__doc__.splitlines()[0], argv)
    fired: set[str] = set()
    hooked(fired)
    totals: dict[str, list[int]] = {}  # reading -> fired, right
    for path in args.sets:
        for case in load_qa_cases(path):
            if not TRIGGER.search(case.q):
                continue
            fired.clear()
            answer = qa.answer(case.q)
            if NEW_PART.search(wording.standard_wording(normalize(case.q))):
                fired.add("part word")
            fired |= {name for name, p in (("versus", VERSUS), ("asked side", ASKED_SIDE_TAIL)) if p.search(case.q)}
            ok = not judge(case, answer.to_dict())
            for reading in fired:
                counts = totals.setdefault(reading, [0, 0])
                counts[0] += 1
                counts[1] += ok
            if fired:
                print(f"  {'right' if ok else 'WRONG'}{' (empty case)' if case.expect_empty else ''} [{', '.join(sorted(fired))}] "
                      f"{Path(path).stem}: {case.q}")
    for reading, (n, right) in sorted(totals.items()):
        print(f"{reading}: fired on {n}, right {right}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
