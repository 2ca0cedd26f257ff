"""Example questions for the home page, built from the graph's own entities (no Flask here).

Each template names the entity that best fits it in the graph served (the university in most
cooperations, the industry with most university cooperations, a consortium with a member count),
so the examples follow the data instead of one consortium's article.
"""

from __future__ import annotations

from graph.store import KnowledgeGraph

LABELS = """OPTIONAL { ?x rdfs:label ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?x rdfs:label ?en FILTER(lang(?en) = "en") }"""
MOST_COUNTED = "GROUP BY ?x ?zh ?en ORDER BY DESC(?n) ?x LIMIT 1"  # the entity with the highest ?n
# (query binding ?x, ?zh, ?en for the best entity; zh template; en template)
EXAMPLES = (
    (f"""SELECT ?x ?zh ?en (COUNT(DISTINCT ?c) AS ?n) WHERE {{
  ?c a cj:Cooperation ; cj:industry ?x ; cj:participant/a cj:University . {LABELS}
}} {MOST_COUNTED}""",
     "哪些高校在{zh}领域有合作？", "Which universities cooperate on {en}?"),
    (f"""SELECT ?x ?zh ?en (COUNT(DISTINCT ?c) AS ?n) WHERE {{
  ?c a cj:Cooperation ; cj:participant ?x . ?x a cj:University . {LABELS}
}} {MOST_COUNTED}""",
     "{zh}参与了哪些项目？", "Which projects does {en} take part in?"),
    (f"""SELECT ?x ?zh ?en WHERE {{ ?x a cj:Consortium ; cj:memberCount ?q . {LABELS} }} ORDER BY ?x LIMIT 1""",
     "{zh}有多少家成员单位？", "How many member units does {en} have?"),
)


def example_questions(kg: KnowledgeGraph) -> list[tuple[str, str]]:
    """(zh, en) example questions about entities of ``kg``; a template with no fitting entity is left out."""
    questions = []
    for query, zh, en in EXAMPLES:
        for row in kg.select(query)[:1]:
            name_zh = row.get("zh") or row.get("en")
            if name_zh:
                questions.append((zh.format(zh=name_zh), en.format(en=row.get("en") or name_zh)))
    return questions
