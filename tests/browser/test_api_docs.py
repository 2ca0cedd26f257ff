"""The interactive API page: Swagger UI from our own files on our OpenAPI document, nothing fetched
from elsewhere."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By

from tests.browser.helpers import console_errors, wait

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_api_page_renders_the_openapi_operations_from_this_origin(page, site, screenshot, size):
    page.set_window_size(*size)
    page.get(f"{site}/api/docs")
    operations = wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#swagger-ui .opblock-summary-path"),
                      message="Swagger UI showed no operations")
    paths = {o.text.replace("\u200b", "") for o in operations}
    assert {"/api/search", "/api/ask", "/sparql"} <= paths
    fetched = page.execute_script("return performance.getEntriesByType('resource').map((e) => e.name)")
    origin = urlparse(site).netloc
    assert fetched and all(urlparse(url).netloc == origin for url in fetched), fetched
    assert page.find_element(By.CSS_SELECTOR, ".site-header .lang-toggle"), "the site's one layout"
    screenshot(page, f"api-docs-{size[0]}")
    assert not console_errors(page)


def test_only_the_swagger_files_are_served(page, site):
    page.get(f"{site}/api/docs/swagger-ui.css")
    assert ".swagger-ui" in page.page_source
    page.get(f"{site}/api/docs/..%2Fflask_swagger_ui.py")
    assert "import" not in page.page_source
