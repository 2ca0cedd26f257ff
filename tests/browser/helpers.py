"""Waiting, the widget's shadow DOM and the browser console, for the browser tests."""

from __future__ import annotations

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

# A ceiling, not a delay: a wait returns as soon as its condition holds. 15 s was once too short for
# a /sparql GROUP BY page under a full test run on two cores (the query's worker and Chromium's
# rendering both wait for a core while the XSS server embeds and the other xdist worker runs).
TIMEOUT_S = 60

# What a page showed when a wait gave up: its opening and its end, where a result area or an error
# stands below the page's own text (round 40: a /sparql page's 600 first characters said nothing of its result).
SHOWN = """
const text = document.body ? document.body.innerText : '';
return text.length <= 1400 ? text : text.slice(0, 400) + ' … ' + text.slice(-1000);
"""

# The state of a <chanjiao-search> as a screen reader would see it.
WIDGET_STATE = """
const host = arguments[0], root = host.shadowRoot, input = root.querySelector('input');
const list = root.getElementById(input.getAttribute('aria-controls'));
return {
  role: input.getAttribute('role'), expanded: input.getAttribute('aria-expanded'),
  controls: input.getAttribute('aria-controls'), active: input.getAttribute('aria-activedescendant'),
  listRole: list && list.getAttribute('role'), listHidden: !list || list.hidden,
  options: [...root.querySelectorAll('[role=option]')].map(o => ({
    id: o.id, text: o.textContent, selected: o.getAttribute('aria-selected')})),
  results: [...root.querySelectorAll('.results a')].map(a => ({text: a.textContent, href: a.href})),
  status: root.querySelector('.status').textContent,
  images: root.querySelectorAll('img').length,
};
"""


def wait(driver, condition, timeout: float = TIMEOUT_S, message: str = ""):
    """The first truthy value of ``condition(driver)`` within ``timeout`` seconds; on timeout the
    error carries what the page showed then, so that a failure says what the page waited on."""
    try:
        return WebDriverWait(driver, timeout).until(condition, message)
    except TimeoutException as timed_out:
        shown = driver.execute_script(SHOWN)
        raise TimeoutException(f"{message} (after {timeout:g} s; the page showed: {shown!r})") from timed_out


def lang_of(driver) -> str:
    """The language the page shows (its root element's data-lang: "zh" or "en")."""
    return driver.execute_script("return document.documentElement.dataset.lang")


def press(driver, *keys: str) -> None:
    """Keys to the focused element (element.send_keys would blur and refocus it first)."""
    ActionChains(driver).send_keys(*keys).perform()


def widget_input(driver, host):
    return host.shadow_root.find_element(By.CSS_SELECTOR, "input")


def widget_state(driver, host) -> dict:
    return driver.execute_script(WIDGET_STATE, host)


def wait_for_options(driver, host, *labels: str) -> dict:
    """The widget's state once its open list holds an option containing each of ``labels``."""
    def ready(d):
        state = widget_state(d, host)
        texts = [o["text"] for o in state["options"]]
        shown = state["expanded"] == "true" and all(any(label in t for t in texts) for label in labels)
        return state if shown else None
    return wait(driver, ready, message=f"suggestions never showed {labels}")


def console_errors(driver) -> list[str]:
    """SEVERE console entries since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def xss_ran(driver) -> bool:
    return driver.execute_script("return window.__xss !== undefined")
