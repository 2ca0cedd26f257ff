"""How often round 29's readings of a comparison and of an exclusion fire on question sets, and how often the answer is
then right.

A question fires on a reading when the reading's own pattern finds its wording in the question as the parse reads it
(normalised, search.wording.standard_wording applied): a short form glossed by a bracketed linked name (search.qa_asides.glossed); a comparison said as a match
or its side ahead the larger (round 29's words of search.qa_cues.COMPARE_WORDS and MORE_WORDS, search.wording.GLUED_MATCH);
a which-side word with a verb between it and its "more" (search.qa_cues.LARGER_ASKED past round 28's four characters);
a kind said with "-type"/"-style" after "&" or as people/personnel training; "campus"; an except clause naming an
organisation's partners (search.qa_except.PARTNERS_AFTER, PARTNERS_BEFORE) or a kind of organisation beside one
organisation named (search.qa_except.ExceptSets.partners_but_kind); a compared one's own class word
(search.qa_comparative.kind_words); "nowhere" or an other-word before the negation word in its clause
(search.qa_negated_within); a presence seen (身影, 亮相, 露脸: search.qa_tally.APPEARING); two figures' sides across 对比/对上
(search.qa_figure_compare.ALTERNATIVES). Only questions some reading fires on are answered; each is judged as the
evaluation judges it (search.qa_eval.judge; an empty case is right when the answer stays empty).

    python bench/compare29_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from qa_fires import firing_tallies, opened

from search.qa_accounted import TopicWords
from search.qa_asides import glossed
from search.qa_comparative import kind_words
from search.qa_cues import LARGER_ASKED, SIDE_ASKING, ZH_AHEAD, ZH_MATCH_WORDS
from search.qa_descriptions import OTHERS
from search.qa_except import PARTNERS_AFTER, PARTNERS_BEFORE
from search.qa_form import CLAUSE_BREAK, except_spans, excepted_words
from search.qa_tally import PRESENCE_SEEN
from search.qa_graph import ORGANIZATION
from search.text import normalize
from search.understand import understand
from search.wording import GLUED_MATCH, standard_wording

MATCH_WORDS = re.compile("|".join((*ZH_MATCH_WORDS, *ZH_AHEAD)) + r"|\bpk\b|\bahead\b")
# round 28's which-side pattern (at most four characters between the side asked and its "more")
WHICH_SIDE_28 = re.compile(rf"(?:哪个|哪一个|哪项|哪一项|哪类|哪一类|哪种|哪一种|{'|'.join(SIDE_ASKING)}|谁)[^,，?？]{{0,4}}?更?(?:多|大|高)"
                           r"(?=[?？,，。!！呢吗些]|$)|多还是|大还是")
KIND_SAID = re.compile(r"&[a-z]+[ -](?:type|style)\b|\b(?:people|personnel)[ -]training\b|\b[a-z]+[ -]style\b")
CAMPUS = re.compile(r"\bcampus(?:es)?\b")
PRESENCE = re.compile("|".join(PRESENCE_SEEN))
FIGURE_MATCH = re.compile(r"(?:对比|对上)")
NOWHERE = re.compile(r"\bnowhere\b|别处")


def readings(qa, question: str) -> list[str]:
    """The round-29 readings whose patterns find their wording in ``question``."""
    text = normalize(question)
    u = understand(standard_wording(text), qa.lexicon)  # (the except clauses a verb after a name sets: "把X剔掉")
    fired = []
    if glossed(u.question, u) != u.question:
        fired.append("glossed")
    if MATCH_WORDS.search(text) or GLUED_MATCH.search(text):
        fired.append("match words")
    if LARGER_ASKED.search(u.question) and not WHICH_SIDE_28.search(u.question):
        fired.append("which side, verb between")
    if KIND_SAID.search(text):
        fired.append("kind -type/-style/people")
    if CAMPUS.search(text):
        fired.append("campus")
    spans = except_spans(u.blanked)
    at = {m.doc.iri: (u.start(m), u.start(m) + len(m.text)) for m in u.mentions if ORGANIZATION in m.doc.types}
    if any(s <= a and b <= e and (PARTNERS_AFTER.match(u.blanked, b) or PARTNERS_BEFORE.search(u.blanked, s, a))
           for a, b in at.values() for s, e in spans):
        fired.append("partners set aside")
    kinds = [w for w in excepted_words(u, qa.lexicon) if ORGANIZATION not in qa.lexicon.class_words[w]
             and qa.facts.of_class(frozenset(qa.lexicon.class_words[w]), ORGANIZATION)]
    if kinds and len(at) == 1:
        fired.append("kind set aside among partners")
    words = TopicWords(qa.lexicon.vocabulary).of(u.topic)
    if len(at) >= 2 and kind_words(words, u, qa.facts.catalogue.classes):
        fired.append("own class word")
    negated = re.search(r"没|不|\bno\b|\bnot\b|\bnowhere\b", u.blanked)
    clause = u.blanked[max((m.end() for m in CLAUSE_BREAK.finditer(u.blanked, 0, negated.start())), default=0):negated.start()] \
        if negated else ""
    if NOWHERE.search(text) or (negated and OTHERS.search(clause)):
        fired.append("nowhere else")
    if PRESENCE.search(text):
        fired.append("presence")
    if FIGURE_MATCH.search(text) and not at:
        fired.append("figures across 对比")
    return fired


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    total_fires, total_right, empties = Counter(), Counter(), Counter()
    for path in args.sets:
        fires, right, empty = firing_tallies(qa, path, readings, args.show)
        empties.update(empty)
        total_fires.update(fires)
        total_right.update(right)
        print(f"{Path(path).name}: " + "; ".join(f"{n} fired {fires[n]}, right {right[n]}" for n in sorted(fires)))
    print("ALL: " + "; ".join(f"{n} fired {total_fires[n]} (empty cases {empties[n]}), right {total_right[n]}"
                              for n in sorted(total_fires)))


if __name__ == "__main__":
    main()
