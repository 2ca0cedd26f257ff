"""The warm-up starts the query workers again when their first start fails (on a loaded machine a
worker may not come up within its start timeout): /readyz then comes up by itself, without a
/sparql request to try them again."""

from __future__ import annotations

import threading

from graph.runner import NoWorkers
from web import services as services_module
from web.config import ServerConfig
from web.generation import Generation
from web.services import Services

WAIT_S = 300.0


def test_the_warm_up_tries_the_query_workers_again_until_they_run(built_config, monkeypatch):
    real_start, starts = Generation._start_runner, []

    def first_start_times_out(generation: Generation):
        starts.append(generation)
        if len(starts) == 1:
            raise NoWorkers("no query worker is running (last failure: a query worker did not start in time)")
        return real_start(generation)

    monkeypatch.setattr(Generation, "_start_runner", first_start_times_out)
    monkeypatch.setattr(services_module, "RUNNER_RETRY_S", (0.2, 0.2))
    app = Services(ServerConfig(build=built_config, workers=1))
    warming = threading.Thread(target=app.warm_up, daemon=True)
    try:
        warming.start()
        warming.join(WAIT_S)
        assert not warming.is_alive()
        assert app.readiness() == dict(store=True, workers=True, search=True, answerer=True)
        assert len(starts) == 2 and app.waiting_for(app.readiness()) is None
    finally:
        app.close()


def test_the_warm_up_stops_trying_when_the_service_closes(built_config, monkeypatch):
    def never_starts(generation: Generation):
        raise NoWorkers("no query worker is running (last failure: a query worker did not start in time)")

    monkeypatch.setattr(Generation, "_start_runner", never_starts)
    monkeypatch.setattr(services_module, "RUNNER_RETRY_S", (0.2, 0.2))
    app = Services(ServerConfig(build=built_config, workers=1))
    warming = threading.Thread(target=app.warm_up, daemon=True)
    warming.start()
    app.close()
    warming.join(WAIT_S)
    assert not warming.is_alive()
    assert app.readiness()["workers"] is False
