"""The graph's place names in a question (``Tables.place_forms``: each name as the topic holds it, longest first).

Contract: ``places_in(forms, text)`` the place names ``text`` uses, longest first, each once (金普新区, not also 金普);
``placeless(forms, u)`` the parse ``u`` with them taken out of its topic: a place says where, not what (金普新区 is no
childcare project because the project's name begins with it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from search.understand import Understanding
from search.text import blank_match


def places_in(forms: Sequence[re.Pattern], text: str) -> list[str]:
    """The place names ``text`` uses, longest first, each once; a name found is blanked before the shorter are sought."""
    found: list[str] = []
    for place in forms:
        found += [m.group() for m in place.finditer(text)]
        text = place.sub(blank_match, text)
    return list(dict.fromkeys(found))


def placeless(forms: Sequence[re.Pattern], u: Understanding) -> Understanding:
    """``u`` with the place names taken out of its topic (see the module)."""
    topic = u.topic
    for place in forms:
        topic = place.sub(" ", topic)
    return replace(u, topic=" ".join(topic.split()))
