"""The SPARQL editor: YASGUI served by the service, the researchers' queries run and show rows."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By

from tests.browser.helpers import console_errors, wait
from web.ui import researcher_queries

pytestmark = pytest.mark.browser

EDITOR_TEXT = "const cm = document.querySelector('.tabPanel.active .CodeMirror'); return cm && cm.CodeMirror.getValue()"


def test_preloaded_query_runs_and_shows_rows(page, site, screenshot):
    page.get(f"{site}/query")
    buttons = wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "[data-query]"))
    assert len(buttons) == len(researcher_queries()) >= 12
    page.find_element(By.ID, "q-03-projects-per-college").click()
    rows = wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, ".tabPanel.active .labelled-results tbody tr"),
                message="the query showed no rows")
    assert len(rows) >= 5 and "大连理工大学" in rows[0].text
    assert "cj:participant" in page.execute_script(EDITOR_TEXT)
    screenshot(page, "query-editor")
    assert not [e for e in console_errors(page) if "favicon" not in e]


def test_query_parameter_opens_the_query(page, site):
    query = "SELECT ?s WHERE { ?s a cj:University } LIMIT 3"
    page.get(f"{site}/query?query={quote(query)}")
    # the endpoint predeclares cj:, and the editor shows the PREFIX line it uses
    wait(page, lambda d: d.execute_script(EDITOR_TEXT) == f"PREFIX cj: <https://w3id.org/chanjiao/ontology#>\n\n{query}",
         message="the query was not loaded")
