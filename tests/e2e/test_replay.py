"""A job's log read back later, whole or from a position, equals what the live client saw."""

from __future__ import annotations

import httpx
import pytest

from contracts.events import decode_frame
from korrektur.stack import Stack
from tests.e2e.client import FinishedJob, watch


async def test_late_join_after_completion_replays_the_live_sequence(
    stack: Stack, planted_job: FinishedJob
) -> None:
    late = await watch(
        stack.url, planted_job.urls["events_url"], query=f"token={planted_job.token}"
    )
    assert late.frames == planted_job.live
    assert late.close_code == 1000


@pytest.mark.parametrize("position", [1, 2, 5, -3, -2])
async def test_after_n_yields_exactly_the_later_events(
    stack: Stack, planted_job: FinishedJob, position: int
) -> None:
    after = planted_job.live[position - 1 if position > 0 else position].seq
    resumed = await watch(
        stack.url, planted_job.urls["events_url"], query=f"token={planted_job.token}&after={after}"
    )
    assert resumed.frames == [frame for frame in planted_job.live if frame.seq > after]
    assert resumed.frames and resumed.frames[0].seq > after


@pytest.mark.parametrize("after", [0, 3])
async def test_http_event_log_matches_the_websocket(
    stack: Stack, planted_job: FinishedJob, after: int
) -> None:
    async with httpx.AsyncClient(base_url=stack.url) as client:
        response = await client.get(
            f"{planted_job.urls['status_url']}/events",
            params={"after": after},
            headers={"Authorization": f"Bearer {planted_job.token}"},
        )
    assert response.status_code == 200
    frames = [decode_frame(line) for line in response.text.splitlines()]
    assert frames == [frame for frame in planted_job.live if frame.seq > after]


async def test_status_is_the_fold_of_the_log(stack: Stack, planted_job: FinishedJob) -> None:
    async with httpx.AsyncClient(base_url=stack.url) as client:
        response = await client.get(
            planted_job.urls["status_url"], params={"token": planted_job.token}
        )
    assert response.status_code == 200
    state = response.json()
    assert (state["status"], state["progress"], state["job_id"]) == (
        "completed",
        100.0,
        planted_job.job_id,
    )
    assert state["result_name"].endswith(".docx")
