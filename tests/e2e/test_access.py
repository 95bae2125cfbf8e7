"""Only the job's token opens its status, log, result and live events, through the one origin."""

from __future__ import annotations

import httpx
import pytest

from contracts.tokens import new_token
from korrektur.stack import Stack
from tests.e2e.client import FinishedJob, watch

HTTP_ENDPOINTS = ["{status_url}", "{status_url}/events", "{result_url}"]


@pytest.mark.parametrize("template", HTTP_ENDPOINTS)
async def test_http_without_a_token_is_refused(
    stack: Stack, planted_job: FinishedJob, template: str
) -> None:
    async with httpx.AsyncClient(base_url=stack.url) as client:
        response = await client.get(template.format(**planted_job.urls))
    assert response.status_code == 401
    assert response.json()["error"]["code"]


@pytest.mark.parametrize("template", HTTP_ENDPOINTS)
@pytest.mark.parametrize("how", ["bearer", "query"])
async def test_http_with_a_wrong_token_is_refused(
    stack: Stack, planted_job: FinishedJob, template: str, how: str
) -> None:
    wrong = new_token()
    async with httpx.AsyncClient(base_url=stack.url) as client:
        if how == "bearer":
            response = await client.get(
                template.format(**planted_job.urls), headers={"Authorization": f"Bearer {wrong}"}
            )
        else:
            response = await client.get(
                template.format(**planted_job.urls), params={"token": wrong}
            )
    assert response.status_code in (403, 404)
    assert set(response.json()) == {"error"}


async def test_websocket_without_a_token_closes_4401_before_any_event(
    stack: Stack, planted_job: FinishedJob
) -> None:
    watched = await watch(stack.url, planted_job.urls["events_url"])
    assert (watched.frames, watched.close_code) == ([], 4401)


async def test_websocket_with_a_wrong_token_closes_4403_before_any_event(
    stack: Stack, planted_job: FinishedJob
) -> None:
    watched = await watch(stack.url, planted_job.urls["events_url"], query=f"token={new_token()}")
    assert (watched.frames, watched.close_code) == ([], 4403)


async def test_a_token_opens_only_its_own_job(stack: Stack, planted_job: FinishedJob) -> None:
    other = "f" * 32
    watched = await watch(stack.url, f"/ws/jobs/{other}", query=f"token={planted_job.token}")
    assert (watched.frames, watched.close_code) == ([], 4403)


async def test_the_pages_own_origin_may_watch_a_foreign_one_may_not(
    stack: Stack, planted_job: FinishedJob
) -> None:
    # The proxy passes Origin through, so the gateway can tell its own page from another site.
    query = f"token={planted_job.token}"
    own = await watch(stack.url, planted_job.urls["events_url"], query=query, origin=stack.url)
    foreign = await watch(
        stack.url, planted_job.urls["events_url"], query=query, origin="http://evil.example"
    )
    assert own.frames == planted_job.live
    assert (foreign.frames, foreign.close_code) == ([], 4403)


async def test_the_one_origin_sends_each_header_once(stack: Stack) -> None:
    async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
        response = await client.get("/healthz")
    names = [name.lower() for name, _ in response.headers.raw]
    assert len(names) == len(set(names)), names
