"""Per-client query limits, on a clock the test controls."""

from __future__ import annotations

import pytest

from web.quota import ClientQuotas, QuotaConfig, QuotaExceeded


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_client_may_not_run_more_than_its_concurrent_queries():
    quotas = ClientQuotas(QuotaConfig(max_concurrent=2), Clock())
    with quotas.admit("a"), quotas.admit("a"):
        with pytest.raises(QuotaExceeded) as refused:
            with quotas.admit("a"):
                pass
        assert refused.value.retry_after == 1
        with quotas.admit("b"):  # another client is not affected
            pass
    with quotas.admit("a"):  # the slots are free again
        pass


def test_query_time_is_budgeted_per_sliding_window():
    clock = Clock()
    quotas = ClientQuotas(QuotaConfig(seconds_per_window=10, window_s=60), clock)
    for _ in range(2):
        with quotas.admit("a"):
            clock.now += 5
    clock.now += 20
    with pytest.raises(QuotaExceeded, match="used 10.0 s") as refused:
        with quotas.admit("a"):
            pass
    assert refused.value.retry_after == 60 - 25  # the first query's seconds leave the window then
    clock.now += 35
    with quotas.admit("a"):
        pass


def test_idle_clients_are_forgotten_when_the_table_is_full():
    clock = Clock()
    quotas = ClientQuotas(QuotaConfig(max_clients=2, window_s=60), clock)
    for client in ("a", "b"):
        with quotas.admit(client):
            pass
    clock.now += 61
    with quotas.admit("c"):
        pass
    assert set(quotas._usage) == {"c"}


def test_limits_must_be_positive():
    with pytest.raises(ValueError):
        QuotaConfig(max_concurrent=0)
