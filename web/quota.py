"""Per-client limits on SPARQL queries, as public query services set them.

Each client (its address, as the WSGI server reports it: behind a reverse proxy, configure the
proxy as trusted so that this is the real client) may run at most ``max_concurrent`` queries at
once and spend at most ``seconds_per_window`` seconds of query time in any sliding window of
``window_s`` seconds. A request over either limit is refused at once with QuotaExceeded, which
carries the number of seconds after which a retry can succeed (HTTP 429 with Retry-After).
Plain Python, no Flask: the web layer calls ``admit`` around each query.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator

from graph.errors import ChanjiaoError


@dataclass(frozen=True)
class QuotaConfig:
    """Limits per client; ``max_clients`` bounds how many clients are remembered at once."""

    max_concurrent: int = 2
    seconds_per_window: float = 60.0
    window_s: float = 60.0
    max_clients: int = 10_000

    def __post_init__(self):
        if self.max_concurrent < 1 or self.seconds_per_window <= 0 or self.window_s <= 0 or self.max_clients < 1:
            raise ValueError("quota limits must be positive")


class QuotaExceeded(ChanjiaoError):
    """A client is over one of its limits; ``retry_after`` is in whole seconds."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class _Usage:
    running: int = 0
    spent: deque = field(default_factory=deque)  # (finished at, seconds) within the window

    def spent_since(self, since: float) -> float:
        while self.spent and self.spent[0][0] <= since:
            self.spent.popleft()
        return sum(seconds for _, seconds in self.spent)


class ClientQuotas:
    """Thread-safe bookkeeping of each client's running queries and recent query time."""

    def __init__(self, config: QuotaConfig = QuotaConfig(), clock: Callable[[], float] = time.monotonic):
        self.config, self._clock = config, clock
        self._usage: dict[str, _Usage] = {}
        self._lock = threading.Lock()

    @contextmanager
    def admit(self, client: str) -> Iterator[None]:
        """Run the body as one of ``client``'s queries, or raise QuotaExceeded at once."""
        self._enter(client)
        started = self._clock()
        try:
            yield
        finally:
            self._leave(client, self._clock() - started)

    def _enter(self, client: str) -> None:
        now = self._clock()
        with self._lock:
            usage = self._usage.get(client) or self._remember(client)
            if usage.running >= self.config.max_concurrent:
                raise QuotaExceeded(f"at most {self.config.max_concurrent} queries may run at once per client", 1)
            spent = usage.spent_since(now - self.config.window_s)
            if spent >= self.config.seconds_per_window:
                oldest = usage.spent[0][0]
                wait = max(1, math.ceil(oldest + self.config.window_s - now))
                raise QuotaExceeded(
                    f"this client used {spent:.1f} s of query time in the last {self.config.window_s:g} s; "
                    f"the limit is {self.config.seconds_per_window:g} s", wait)
            usage.running += 1

    def _leave(self, client: str, seconds: float) -> None:
        with self._lock:
            usage = self._usage[client]
            usage.running -= 1
            usage.spent.append((self._clock(), seconds))

    def _remember(self, client: str) -> _Usage:
        if len(self._usage) >= self.config.max_clients:
            self._forget_idle()
        usage = self._usage[client] = _Usage()
        return usage

    def _forget_idle(self) -> None:
        """Drop clients with no running query and nothing spent in the window."""
        since = self._clock() - self.config.window_s
        for name in [n for n, u in self._usage.items() if not u.running and not u.spent_since(since)]:
            del self._usage[name]
