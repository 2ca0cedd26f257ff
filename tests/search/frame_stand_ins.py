"""Stand-ins for what search.qa_frame.Frames is given by the answerer, for the frame's tests: the names the graph
holds and the kinds a text names, with no parse and no graph."""

# A few class words of organisation, and the class each names.
KINDS = {"college": "College", "consortium": "Consortium", "联合体": "Consortium", "高职": "College", "学校": "College"}


def held(text: str) -> bool:
    """A stand-in for the parse: the graph holds Dalian's names only."""
    return "大连" in text or "Dalian" in text


def kinds(text: str) -> frozenset[str]:
    """A stand-in for the class words: a few kinds of organisation."""
    return frozenset(kind for word, kind in KINDS.items() if word in text.lower())
