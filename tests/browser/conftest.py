"""Browser fixtures: headless Chromium (selenium) driving real ``server.py`` processes.

Two servers run for the session: the session's server on the real graph (tests/conftest.py,
shared with the service tests) and one that builds (``server.py --curated``) and serves a copy of
the curated data in which the label of 国创氢能科技有限公司 is an HTML injection (XSS_LABEL).
A third origin, a plain http.server in a thread, hosts pages that embed the widget. Screenshots
go to $CHANJIAO_SCREENSHOTS, else to the session's temporary directory (never into the working
tree). Every test here is skipped, with the reason, when chromium or chromedriver is missing
(``make system-deps`` installs them).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.service.conftest import start_server, stop_server, wait_for
from tests.shared import copy_of

REPO = Path(__file__).resolve().parents[2]
CURATED = REPO / "graph" / "data"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=zh-CN")
XSS_LABEL = "<img src=x onerror=window.__xss=1>"
XSS_ORG = ("registry/organisations.yaml", "  label_zh: 国创氢能科技有限公司\n")
MISSING = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]


def pytest_collection_modifyitems(items):
    if not MISSING:
        return
    skip = pytest.mark.skip(reason=f"headless Chromium is not installed ({', '.join(MISSING)} missing): "
                                   "apt-get install chromium chromium-driver fonts-noto-cjk, or make system-deps")
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


def xss_curated(target: Path) -> Path:
    """A copy of the curated data whose one organisation label is XSS_LABEL."""
    shutil.copytree(CURATED, target)
    path, line = target / XSS_ORG[0], XSS_ORG[1]
    text = path.read_text(encoding="utf-8")
    assert text.count(line) == 1, "the XSS fixture's organisation label changed in the curated data"
    indent = line[:line.index("label_zh")]
    path.write_text(text.replace(line, f'{indent}label_zh: "{XSS_LABEL}"\n'), encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def xss_server(built_config, tmp_path_factory):
    """The XSS graph's server, started (answering /healthz) but maybe still warming up: Chromium
    starts meanwhile (``browser``), and ``xss_site`` waits until it is ready."""
    root = tmp_path_factory.mktemp("browser")
    curated = xss_curated(root / "xss-curated")
    # It starts on a copy of the session's build: it rebuilds the graph from its curated copy and
    # embeds only the one changed passage, reusing the other vectors (search.vectors).
    xss_data = copy_of(Path(built_config.data_dir), root / "xss-data")
    running = start_server(xss_data, root / "logs", "--curated", str(curated))
    yield running
    assert stop_server(running) == 0, running.stderr.read_text(encoding="utf-8")[-2000:]


@pytest.fixture(scope="session")
def site(server) -> str:
    """The URL of the session's server on the real graph (tests/conftest.py)."""
    return server.url


@pytest.fixture(scope="session")
def xss_site(xss_server) -> str:
    """The URL of the server whose graph holds XSS_LABEL, once it is ready."""
    wait_for(xss_server, "/readyz")
    return xss_server.url


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def other_origin(tmp_path_factory):
    """A second origin (another port): ``publish(name, html)`` serves a page there, returns its URL."""
    root = tmp_path_factory.mktemp("other-origin")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()

    def publish(name: str, html: str) -> str:
        (root / name).write_text(html, encoding="utf-8")
        return f"http://127.0.0.1:{httpd.server_port}/{name}"

    yield publish
    httpd.shutdown()
    thread.join()


@pytest.fixture(scope="session")
def browser(xss_server, server, tmp_path_factory):
    """One headless Chromium for the session, with a fresh profile and the console log kept.

    It depends on both servers so that it quits first: its open keep-alive connections would
    otherwise hold up the servers' graceful shutdown. (The XSS server is started first, so that
    it warms up while the session's server and Chromium start.)
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROME_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser):
    """The session's browser, reset to the desktop size, its console log emptied; left on a
    blank page, so that no script of a test's page keeps calling the shared server after it."""
    browser.set_window_size(1280, 900)
    browser.get_log("browser")
    yield browser
    browser.get("about:blank")


@pytest.fixture(scope="session")
def screenshot(tmp_path_factory):
    """``screenshot(driver, name)`` saves NAME.png (full page height) in $CHANJIAO_SCREENSHOTS or a temp dir."""
    folder = Path(os.environ.get("CHANJIAO_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)

    def save(driver, name: str) -> Path:
        size = driver.get_window_size()
        width, height = size["width"], size["height"]
        full = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(max(height, full + 140), 4000))
        path = folder / f"{name}.png"
        driver.save_screenshot(str(path))
        driver.set_window_size(width, height)
        return path

    return save
