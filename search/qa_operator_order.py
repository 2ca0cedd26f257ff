"""The order in which search.qa_operators.Operators tries its operators: a table of readings, the first that applies
answering. Contract: ``READINGS``, the names of Operators' methods taking a logical form and giving an Outcome or None,
each once."""

# The operators (methods of Operators) in the order Operators.apply tries them: the first that applies answers. Named,
# not bound, so that a method replaced on the class (tests/search/spies.py) is the one called. The groups run from the
# narrowest shape to the widest: an empty answer that is the answer comes before any reading that would answer with the
# graph's facts, and a reading that trims or refines another's answer before that reading; the comparisons and verdicts
# come after the specific shapes whose cue words they share; the readings that rephrase the plain question come last.
# Moving one changes answers: compare the dev sets' `eval ask` before and after.
READINGS: tuple[str, ...] = (
    # the whole name of the one thing named (it asks nothing else: search.qa_name_asked)
    "name_of",
    # what the graph does not hold of the named thing (an attribute, a batch, a uniqueness, a scope, a post or figure
    # of another's), and the date a post was taken up (read beside the post premise)
    "unheld_attribute", "series_premise", "unique_claim", "unheld_scope", "post_elsewhere", "figure_elsewhere",
    "post_begun",
    # an answer less what the question leaves out: before the readings whose answer it trims
    "excluded", "partners_but_kind", "negated_identity",
    # two or more named ends: what connects them, the question asked of each alone; a consortium's goals
    "bridge", "each_named", "goals_of",
    # order and rank
    "order_claim", "date_order", "rank_next", "rank_side", "rank_holder", "rank_among", "restricted_extreme",
    # counts: a when besides, bounds, stated wholes and their parts, kinds counted together, a cooperation's parties,
    # a consortium's members
    "when_and", "count_bound", "part_over_rest", "stated_parts", "kinds_together", "ranked_then_counted", "kind_total", "parties_in_all",
    "members_but", "member_kinds", "members_listed",
    # the sources and what they say
    "source_of", "document_part", "byline_from", "said_by",
    # places, groups, events, profiles, other names
    "placed_set", "group_of", "event_role", "profile", "affiliation", "others_than_named", "other_names", "where_is",
    # kinds, comparisons and extremes (the kinds a named one lacks before the kinds it has: a negation's positive set)
    "compare_kinds", "kinds_lacked", "categories", "compare", "compare_owners", "compare_figures", "figure_extreme", "owner_extreme",
    "most_partners",
    # verdicts
    "claim_described", "yes_no",
    # the plain question rephrased or read in parts
    "shared", "fewest", "multi_hop", "other_posts", "negation", "two_types", "with_party", "in_kind", "value_of",
    "with_own_words",
)
