"""Recording what a method of the question answerer's operators was called with and returned."""


def calls_of(monkeypatch, operators, name: str) -> list[tuple[tuple, object]]:
    """The (arguments, result) of each call of the operators' method ``name`` from now on (the
    method still runs; ``monkeypatch`` puts it back after the test)."""
    seen: list[tuple[tuple, object]] = []
    original = getattr(type(operators), name)

    def recorded(self, *args):
        seen.append((args, original(self, *args)))
        return seen[-1][1]
    monkeypatch.setattr(type(operators), name, recorded)
    return seen
