"""Refusals: decided before the first event, with a code, never revealing whether a job exists."""

from __future__ import annotations

import pytest

from contracts.tokens import new_job_id, new_token
from joblog import JobLog
from services.gateway.errors import FORBIDDEN, NORMAL, POLICY_VIOLATION, UNAUTHORIZED
from tests.gateway.helpers import RunningGateway, receive_all, run_events
from tests.gateway.jobs import create_job


@pytest.fixture
async def finished_job(job_log: JobLog) -> tuple[str, str]:
    # A finished job, so a wrongly admitted client would receive frames at once.
    job_id, token = await create_job(job_log)
    for event in run_events(job_id, progress_per_stage=1):
        await job_log.append(event)
    return job_id, token


async def test_no_token_is_4401(gateway: RunningGateway, finished_job: tuple[str, str]) -> None:
    received = await receive_all(gateway.url(finished_job[0]))
    assert (received.frames, received.code) == ([], UNAUTHORIZED)


async def test_an_empty_token_is_4401(
    gateway: RunningGateway, finished_job: tuple[str, str]
) -> None:
    received = await receive_all(gateway.url(finished_job[0], token=""))
    assert (received.frames, received.code) == ([], UNAUTHORIZED)


async def test_a_wrong_token_is_4403(
    gateway: RunningGateway, finished_job: tuple[str, str]
) -> None:
    received = await receive_all(gateway.url(finished_job[0], token=new_token()))
    assert (received.frames, received.code) == ([], FORBIDDEN)


async def test_an_unknown_job_is_refused_like_a_wrong_token(gateway: RunningGateway) -> None:
    received = await receive_all(gateway.url(new_job_id(), token=new_token()))
    assert (received.frames, received.code) == ([], FORBIDDEN)


@pytest.mark.parametrize("job_id", ["not-a-job", "A" * 32, "jobs.>", "%2e%2e"])
async def test_a_malformed_job_id_is_4403(gateway: RunningGateway, job_id: str) -> None:
    received = await receive_all(gateway.url(job_id, token=new_token()))
    assert (received.frames, received.code) == ([], FORBIDDEN)


async def test_a_foreign_origin_is_4403_even_with_the_right_token(
    gateway: RunningGateway, finished_job: tuple[str, str]
) -> None:
    job_id, token = finished_job
    received = await receive_all(gateway.url(job_id, token), origin="https://evil.example")
    assert (received.frames, received.code) == ([], FORBIDDEN)


async def test_the_public_origin_is_allowed(
    gateway: RunningGateway, finished_job: tuple[str, str]
) -> None:
    job_id, token = finished_job
    for host in ("127.0.0.1", "localhost"):
        origin = f"http://{host}:{gateway.settings.public_port}"
        received = await receive_all(gateway.url(job_id, token), origin=origin)
        assert received.code == NORMAL
        assert received.frames


@pytest.mark.parametrize("after", ["-1", "abc", "1.5", "9" * 30])
async def test_a_malformed_after_is_a_policy_violation(
    gateway: RunningGateway, finished_job: tuple[str, str], after: str
) -> None:
    job_id, token = finished_job
    received = await receive_all(gateway.url(job_id, token) + f"&after={after}")
    assert (received.frames, received.code) == ([], POLICY_VIOLATION)
