"""The rewrites of a parsed question, one ordered table: each puts into the question what it points at.

Contract: ``rewritten(answerer, text, u, hops)`` runs the rewrites of ``steps`` in order on ``text`` and its parse
``u``; each reads the question as understood so far, and one that changes it is understood again (``understood``).
It returns the final (text, parse); the hops of a chain or a sub-question put in are appended to ``hops`` (the
question's own, read on by search.qa._read). A rewrite returns its text unchanged when it finds nothing to put in.

The sub-question (search.qa_subquestion) runs twice: on the question as written, and again once short forms, slips
and names' tails are whole names and a chain's partner (search.qa_chain) is put in ("展会是在一家企业的园区办的，这家
东道主签的课题跟哪所大学合作？": the host put in, the sub-question about it is read). A chain after the pointer, the part
and the kind or description, and a unit after the pointer or the part (run so until round 23) put nothing in on 1,091
dev questions and left every answer the same: they are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from search.qa_asides import glossed, without_asides
from search.qa_chain import Hop
from search.qa_comparative import comparative
from search.qa_described import linked_names
from search.qa_described_plan import names_plan
from search.qa_indefinite import bare_ask_folded
from search.qa_pointed_extreme import extreme_pointed
from search.qa_role_phrase import without_role
from search.qa_rank import position_as_rank
from search.qa_rank_premise import measured_basis, ranked_after_premise, ranked_measured, ranked_part
from search.qa_renaming import one_name
from search.qa_setting import as_setting
from search.qa_shared_subject import shared_subject
from search.understand import Understanding

if TYPE_CHECKING:
    from search.qa import QuestionAnswerer

Rewrite = Callable[[str, Understanding], str]


def steps(qa: QuestionAnswerer, hops: list[Hop]) -> tuple[tuple[str, Rewrite], ...]:
    """The rewrites of the answerer ``qa``, named, in the order they run; ``hops``: the question's own (the chains'
    and the sub-questions' rewrites keep theirs there)."""
    return (
        ("asides", without_asides),  # "大连大学（不是大连理工大学）": which of two names is meant
        ("glossed", glossed),  # "大大(大连大学)": the short form is the name in brackets
        ("headings", qa.headings.without),  # "For my notes: which …", "做笔记用：…"
        # "文章里接受采访的两个人", "the people quoted in the story": the speakers quoted, by name (qa_quoted_people)
        ("quoted people", qa.quoted_people.named),
        ("setting", as_setting),  # "When Jinpu got national status, was it …?": the when-clause is the setting (qa_setting)
        ("wholes", qa.wholes.named),  # "这16个里头", "of the sixteen": the whole of that size
        # "作为合作方出现了几次": the role taken is no kind counted (qa_role_phrase)
        ("role phrase", lambda text, u: without_role(text)),
        # "签约项目里参与方最多的那一个": the pointed one is the set's own superlative (qa_pointed_extreme)
        ("pointed extreme", lambda text, u: extreme_pointed(text, qa.lexicon)),
        # "按签约项目数算，…", "按签约次数排个座次，第一是…": the measure's clause read as a measure (qa_rank_premise)
        ("measured basis", lambda text, u: measured_basis(text, qa.lexicon)),
        # "X tops the table. Who is the runner-up?": the place asked, the premise's holder no constraint (qa_rank_premise)
        ("ranked premise", lambda text, u: ranked_after_premise(text, u, qa.lexicon)),
        ("ranked part", ranked_part),  # "排老二的那一类": a place of the parts by size, no premise (qa_rank_premise)
        # "按签约项目数排，排第二的学校", "亚军", "并列第三": a place of organisations by cooperations, no premise
        ("ranked measured", lambda text, u: ranked_measured(text, u, qa.lexicon)),
        ("possessive", qa.genitives.possessive),  # "the partner school of X": "X's partner school"
        # "推进会是在一家企业的厂区里开的，是哪家？": the bare ask put into the indefinite (qa_indefinite)
        ("chain folded", lambda text, u: bare_ask_folded(text, u.lang, qa.lexicon, qa.facts.catalogue.ancestors)),
        ("subquestion folded", qa.subquestions.folded),
        ("subquestion", qa.subquestions.rewrite(hops)),  # "推进会的东道主企业，它的…"
        # a short form is a name, never a topic ("职院下一步…"); the one whole name meant ("现代中药那个项目")
        ("one name", one_name),
        ("short named", qa.names.short_named),
        ("slipped", qa.names.slipped),
        ("overlapped", qa.names.overlapped),
        ("name tails", qa.name_tails),
        # "principal", "企业高管", "its managers": the one held title of that role (search.qa_post_words)
        ("post words", qa.person_back.post_words.named),
        # "the man who is both secretary of the party committee and president": the one person holding those titles
        ("post holder named", qa.person_back.post_words.holder_named),
        # "X works with a college; who is that college's president": the one partner pointed back at put in, before a
        # pointer is read as the one organisation named
        ("chain", qa.chains.rewrite(hops)),
        ("subquestion again", qa.subquestions.rewrite(hops)),  # its entity named once names are whole
        ("unit", qa.units.named),  # "the Dalian plant of FAW Jiefang"
        # the asking clause with the name put where it points back ("我家孩子想读大连职院，这学校…")
        ("pointed back", qa.chains.pointed_back),
        ("part names", qa.part_names.whole),
        # "那个幼儿园", "the hydrogen company": the one entity of a kind the question points at (qa_kind_refs)
        ("kind", qa.kinds.named),
        # "Dalian University and the maritime one", "大连大学和海事那所": a word of a name said alone, coordinated with a
        # name of that kind, is the one entity it links to by a fitted margin (qa_mention_link)
        ("coordinated", lambda text, u: (qa.mentions.coordinated(text, u) or (text,))[0]),
        # "杨跃权当校长的那所学校": the one entity a kind and a clause describe (qa_descriptions)
        ("description", qa.descriptions.named),
        # "the instrument-transformer maker", "做分离膜的那家企业": the one entity whose facts a kind's words describe
        ("facts described", partial(by_facts, qa)),
        # "企业下单、学校接单那套做法", "the program linking secondary and higher vocational schools": the one plan a
        # description pointed at by a word for a plan is nearest in meaning (qa_described_plan)
        ("plan described", lambda text, u: qa.described_plans.named(text, names_plan(u), qa.config.described_plan)),
        # once a kind or a description is put as its one entity's name ("签了X的那家幼儿园在哪个区？它的…"), a clause
        # pointing back at it (search.qa_chain.pointed_back)
        ("pointed back after an ask", qa.chains.after_ask),
        # "X在哪个区、和哪所学校合作", "where is X and which college does it work with": its subject put in (qa_shared_subject)
        ("shared subject", lambda text, u: shared_subject(text, u, qa.lexicon)),
        # "does A beat B, or the other way round": A has more than B, a comparison of the two (qa_comparative)
        ("comparative", comparative),
        # "what position is jinpu in": a place in a ranking, not a post (search.qa_rank.position_as_rank)
        ("ranked position", lambda text, u: position_as_rank(text, u, qa.places(u))),
    )


def by_facts(qa: QuestionAnswerer, text: str, u: Understanding) -> str:
    """``text`` with a kind its words describe put as its one entity's name (search.qa_fact_words: "the switchgear
    company", "做分离膜的那家企业"); a name the reading links is no word of a description, an industry is."""
    return qa.described.by_facts(text, qa.fact_words, qa.config.fact_words, linked_names(u)) or text


def rewritten(qa: QuestionAnswerer, text: str, u: Understanding, hops: list[Hop],
              understood: Callable[[str], Understanding]) -> tuple[str, Understanding]:
    """(``text``, ``u``) after every rewrite of ``steps`` in order; ``understood``: the parse of a rewritten text."""
    for _, rewrite in steps(qa, hops):
        text_after = rewrite(text, u)
        if text_after != text:
            text, u = text_after, understood(text_after)
    return text, u
