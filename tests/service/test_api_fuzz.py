"""Schemathesis against the live server: requests generated from /openapi.json, valid and
invalid, for every documented operation must get a documented status, content type and body,
invalid ones must be refused, and none may cause a server error."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import negative_data_rejection, not_a_server_error, positive_data_acceptance
from schemathesis.generation import GenerationMode

pytestmark = pytest.mark.server

FUZZ = settings(max_examples=30, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
# The documented 503s of /sparql: a deadline passed (the client may lower it to 0.1 s, less than a
# worker's restart after the previous case's runaway) or no worker free; any other 5xx is a bug.
DEADLINE_CODES = {"query_timeout", "server_busy"}


def no_server_error_but_a_deadline(ctx, response, case) -> None:
    """not_a_server_error, except for the documented deadline and admission 503s."""
    if response.status_code >= 500:
        code = response.json().get("error", {}).get("code") if response.status_code == 503 else None
        assert code in DEADLINE_CODES, f"server error {response.status_code}: {response.text[:200]}"


# Checks that cannot hold for an operation, and why.
EXCLUDED = {
    # A schema-valid string is not necessarily a known type, an industry, a SPARQL query or a
    # format that fits the query's form; those get 400 or 406 with the reason.
    "/api/search": [positive_data_acceptance],
    "/api/autocomplete": [positive_data_acceptance],
    # An over-long query gets 413 (documented), which schemathesis does not count as a refusal.
    # A 503 for a passed deadline is an answer, not a fault: checked by no_server_error_but_a_deadline.
    "/sparql": [positive_data_acceptance, negative_data_rejection, not_a_server_error],
}
ADDED = {"/sparql": [no_server_error_but_a_deadline]}


@pytest.fixture(scope="module")
def operations(server) -> list:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_answers_as_documented(operations, mode):
    assert len(operations) >= 10
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and next(iter(operation.iter_parameters()), None) is None:
            continue  # nothing to make invalid

        @FUZZ
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case):
            # called at once below, inside this iteration, so the loop variable is the right one
            case.call_and_validate(excluded_checks=EXCLUDED.get(operation.path, []),  # noqa: B023
                                   additional_checks=ADDED.get(operation.path, []))  # noqa: B023

        check()
