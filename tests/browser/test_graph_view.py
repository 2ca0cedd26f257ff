"""The entity page's neighbourhood graph: labels never overlap, are legible on a phone, one or two
hops, an accessible name and the links as text."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.helpers import console_errors, wait

pytestmark = pytest.mark.browser

ENTITY = "/id/org/dlut"
MIN_LEGIBLE_PX = 11
STATE = """
const g = window.chanjiaoGraph; if (!g) return null;
const cy = g.cy, zoom = cy.zoom();
return {
  nodes: cy.nodes().length, edges: cy.edges().length,
  boxes: g.visibleLabelBoxes(),
  centreShown: !cy.nodes('[?centre]').hasClass('label-hidden'),
  fontPx: Math.min(...cy.nodes().map((n) => parseFloat(n.style('font-size')) * zoom)),
};
"""


def overlapping(boxes: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs of boxes (screen pixels) whose insides intersect."""
    def meet(a, b):
        return a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if meet(a, b)]


def graph_state(driver, more_than: int = 0):
    state = driver.execute_script(STATE)
    return state if state and state["nodes"] > more_than else None


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_labels_do_not_overlap_and_are_legible_at_one_and_two_hops(page, site, screenshot, size):
    page.set_window_size(*size)
    page.get(f"{site}{ENTITY}")
    one = wait(page, graph_state, message="the graph was not drawn")
    assert one["nodes"] > 5 and one["centreShown"]
    assert len(one["boxes"]) >= 3 and not overlapping(one["boxes"])
    assert one["fontPx"] >= MIN_LEGIBLE_PX
    page.find_element(By.CSS_SELECTOR, "input[name=hops][value='2']").click()
    two = wait(page, lambda d: graph_state(d, one["nodes"]), timeout=30, message="two hops drew no more nodes")
    assert not overlapping(two["boxes"]) and two["fontPx"] >= MIN_LEGIBLE_PX and two["centreShown"]
    screenshot(page, f"graph-two-hops-{size[0]}")
    assert not console_errors(page)


def test_the_graph_has_a_name_and_its_links_as_text(page, site):
    page.get(f"{site}{ENTITY}")
    state = wait(page, graph_state, message="the graph was not drawn")
    box = page.find_element(By.ID, "neighbourhood")
    assert box.get_attribute("role") == "img" and "click a node" in box.get_attribute("aria-label")
    assert all(c.get_attribute("aria-hidden") == "true" for c in box.find_elements(By.TAG_NAME, "canvas"))
    page.find_element(By.CSS_SELECTOR, ".graph-edges summary").click()
    items = page.find_elements(By.CSS_SELECTOR, "#graph-edges li")
    assert len(items) == state["edges"] and all("→" in item.text for item in items)
    assert any("大连理工大学" in item.text for item in items)
    assert page.find_element(By.ID, "graph-edge-count").text == str(state["edges"])
