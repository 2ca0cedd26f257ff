"""A fresh start: while the service warms up, the API answers 503 with Retry-After at once and the
home page says it is warming up, then shows the results by itself once the service is ready."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import requests
from selenium.webdriver.common.by import By

from search.config import SEARCH_INDEX_DIR
from tests.browser.helpers import wait
from tests.service.conftest import start_server, stop_server, wait_for

pytestmark = pytest.mark.browser

READY_TIMEOUT_S = 180


def fresh_copy(built: Path, target: Path) -> Path:
    """The built store without its search index, so that the warm-up has to encode it again."""
    shutil.copytree(built, target, ignore=shutil.ignore_patterns(SEARCH_INDEX_DIR))
    return target


def ready_logged(server) -> str | None:
    log = server.stderr.read_text(encoding="utf-8")
    return log if "ready: store, query workers, search and question answering up in" in log else None


def test_home_page_says_warming_up_then_shows_results(page, built_config, tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    server = start_server(fresh_copy(Path(built_config.data_dir), tmp_path / "data"), logs)
    try:
        readiness = requests.get(f"{server.url}/readyz", timeout=30).status_code
        api = requests.get(f"{server.url}/api/search", params={"q": "大连理工"}, timeout=30)
        page.get(f"{server.url}/?q=大连理工")
        warming = page.find_elements(By.CSS_SELECTOR, ".warming-up")
        if readiness == 200 and api.status_code == 200 and not warming:
            pytest.skip("the service warmed up before the first request could see it")
        if api.status_code != 200:
            assert api.status_code == 503 and api.json()["error"]["code"] == "warming_up"
            assert int(api.headers["Retry-After"]) >= 1
        if warming:
            assert "warming up" in page.execute_script("return document.body.textContent")
        card = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#results .card h3"), timeout=READY_TIMEOUT_S,
                    message="the page never showed the results once warm")
        assert "大连理工大学" in card.text
        wait_for(server, "/readyz", READY_TIMEOUT_S)
        log = wait(page, lambda d: ready_logged(server), message="the log never said ready")
        assert log.index("listening on") < log.index("ready: ")
        assert "Could not load library" not in log and "faiss.loader" not in log, "faiss's fallback is quiet"
        assert "bm25s" not in log
    finally:
        stop_server(server)
    assert "/readyz" not in server.stdout.read_text(encoding="utf-8"), "readiness polls are not logged"
