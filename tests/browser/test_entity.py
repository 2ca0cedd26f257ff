"""The entity page's neighbourhood graph (cytoscape.js), its projects, partners, industries and source."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from tests.browser.helpers import console_errors, wait

pytestmark = pytest.mark.browser

PROJECT = "质子交换膜燃料电池金属石墨复合双极板开发项目"
# The graph in the middle of the viewport, cytoscape told (resize) that it moved, then where a node is.
NODE_POSITION = """
const container = document.getElementById('neighbourhood'), cy = container._cyreg.cy;
container.scrollIntoView({block: 'center'});
cy.resize();
const node = cy.nodes().filter(n => n.data('label') === arguments[0])[0];
const p = node.renderedPosition();
return [p.x, p.y, cy.width(), cy.height()];
"""


def test_entity_page_graph_details_and_click_through(page, site, screenshot):
    page.get(f"{site}/id/org/dalian-jiaotong-university")
    graph = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#neighbourhood[data-nodes]"), message="no graph")
    assert int(graph.get_attribute("data-nodes")) >= 5
    assert graph.find_elements(By.TAG_NAME, "canvas")
    legend = page.find_element(By.ID, "graph-legend").text
    assert "机构" in legend and "项目" in legend
    details = wait(page, lambda d: d.find_element(By.CSS_SELECTOR, "#entity-details .facts"), message="no details")
    text = details.text
    assert "国创氢能科技有限公司" in text and PROJECT in text and "产业" in text
    sources = page.find_element(By.ID, "entity-sources")
    assert sources.find_element(By.TAG_NAME, "a").get_attribute("href").startswith(f"{site}/id/document/")
    screenshot(page, "entity")
    assert not [e for e in console_errors(page) if "favicon" not in e]

    x, y, width, height = page.execute_script(NODE_POSITION, PROJECT)
    ActionChains(page).move_to_element_with_offset(graph, int(x - width / 2), int(y - height / 2)).click().perform()
    wait(page, lambda d: d.current_url == f"{site}/id/project/pemfc-bipolar-plate-project", message="node click")
    assert page.find_element(By.TAG_NAME, "h1").text == PROJECT
