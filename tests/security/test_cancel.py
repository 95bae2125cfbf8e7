"""An owner cancels a job on the real stack: queued, running (DELETE or a WebSocket message), or from the CLI.

Order is asserted (``cancel_requested`` before ``job_cancelled``, nothing
after it, no result); the time from the request to ``job_cancelled`` is
measured and recorded, never asserted.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import httpx
import pytest
from nats.aio.client import Client
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect

from contracts.events import (
    CancelRequested,
    Frame,
    JobCancelled,
    ProgressUpdate,
    decode_frame,
    event_type,
)
from contracts.subjects import NEW_JOBS, STREAM
from contracts.tokens import is_job_id
from joblog import JobLog, owner_requests
from korrektur.stack import Stack
from tests.e2e.client import watch, ws_base
from tests.security.documents import long_thesis
from tests.security.helpers import owner_headers, processor_paused, record, upload_job
from tests.upload.helpers import job_created_count
from tests.wsclient import frames_until_close

# The clean thesis forty times over: its analyzing stage runs for seconds.
REPEATS = 40
TIMEOUT_S = 180.0


@pytest.fixture(scope="module")
def big_thesis(small_thesis: bytes) -> bytes:
    return long_thesis(small_thesis, REPEATS)


async def frames_until_analyzing(websocket: ClientConnection) -> list[Frame]:
    """Frames up to the first progress of the analyzing stage: the job is surely mid-run."""
    frames: list[Frame] = []
    async for data in websocket:
        frames.append(decode_frame(data))
        event = frames[-1].event
        if isinstance(event, ProgressUpdate) and event.stage == "analyzing":
            return frames
    raise AssertionError(f"Expected the job to reach analyzing, but got {frames}")


async def rest_of(websocket: ClientConnection) -> tuple[list[Frame], float]:
    """The remaining frames, and when the last one arrived (monotonic)."""
    return await frames_until_close(websocket), time.monotonic()


def assert_cancelled_in_order(frames: list[Frame]) -> tuple[CancelRequested, JobCancelled]:
    kinds = [event_type(frame.event) for frame in frames]
    assert "cancel_requested" in kinds and kinds[-1] == "job_cancelled", kinds
    assert kinds.index("cancel_requested") < kinds.index("job_cancelled"), kinds
    assert "job_completed" not in kinds and "job_failed" not in kinds, kinds
    assert kinds.count("job_cancelled") == 1
    request = next(f.event for f in frames if isinstance(f.event, CancelRequested))
    cancelled = frames[-1].event
    assert isinstance(request, CancelRequested) and isinstance(cancelled, JobCancelled)
    return request, cancelled


async def cancel_running(stack: Stack, job: dict[str, str], how: str) -> dict[str, object]:
    url = f"{ws_base(stack.url)}{job['events_url']}?token={job['token']}"
    async with asyncio.timeout(TIMEOUT_S), ws_connect(url, proxy=None, max_size=None) as websocket:
        before = await frames_until_analyzing(websocket)
        asked = time.monotonic()
        if how == "DELETE":
            async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
                answer = await client.delete(job["status_url"], headers=owner_headers(job))
            assert answer.status_code == 202, answer.text
            assert answer.json()["cancel_requested"] is True
        else:
            await websocket.send('{"type": "cancel"}')
        after, arrived = await rest_of(websocket)
        close_code = websocket.close_code

    request, cancelled = assert_cancelled_in_order(before + after)
    assert close_code == 1000
    assert cancelled.stage is not None
    figures = {
        "client_request_to_job_cancelled_s": round(arrived - asked, 3),
        "log_cancel_requested_to_job_cancelled_s": round(
            (cancelled.at - request.at).total_seconds(), 3
        ),
        "stopped_in_stage": cancelled.stage,
    }
    record("cancel", f"running job, via {how}", figures)
    return figures


@pytest.mark.parametrize("how", ["DELETE", "WebSocket message"])
async def test_a_running_job_stops_and_records_job_cancelled(
    stack: Stack, big_thesis: bytes, how: str
) -> None:
    job = await upload_job(stack, big_thesis, "lang.docx")

    await cancel_running(stack, job, how)

    async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
        status = await client.get(job["status_url"], headers=owner_headers(job))
        result = await client.get(job["result_url"], headers=owner_headers(job))
    assert status.json()["status"] == "cancelled"
    assert (result.status_code, result.json()["error"]["code"]) == (409, "job_cancelled")


async def test_a_queued_job_cancelled_never_starts(
    stack: Stack, stack_nats: Client, corpus: Path
) -> None:
    async with processor_paused(stack_nats):
        job = await upload_job(stack, (corpus / "clean-de.docx").read_bytes())
        async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
            first = await client.delete(job["status_url"], headers=owner_headers(job))
            # Asking twice records the request once.
            second = await client.delete(job["status_url"], headers=owner_headers(job))
    # A processor now takes the job, sees the request in its log, and ends it unstarted.
    watched = await watch(stack.url, job["events_url"], query=f"token={job['token']}")

    kinds = [event_type(frame.event) for frame in watched.frames]
    record("cancel", "queued job, via DELETE", {"events": kinds, "close_code": watched.close_code})
    assert (first.status_code, second.status_code) == (202, 202)
    assert first.json()["status"] == "queued" and first.json()["cancel_requested"] is True
    assert kinds == ["job_created", "cancel_requested", "job_cancelled"]
    assert watched.frames[-1].event.stage is None  # type: ignore[union-attr]
    assert watched.close_code == 1000


async def test_check_exits_3_when_the_job_is_cancelled(
    stack: Stack, stack_nats: Client, corpus: Path
) -> None:
    js = stack_nats.jetstream()
    before = await job_created_count(js)
    async with processor_paused(stack_nats):
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "korrektur.cli",
            "check",
            str(corpus / "clean-de.docx"),
            "-o",
            "unused.docx",
            "--server",
            stack.url,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            stdin=asyncio.subprocess.DEVNULL,
        )
        # The CLI's job is in the log once job_created is; cancel it as its owner would.
        async with asyncio.timeout(60):
            while await job_created_count(js) == before:
                await asyncio.sleep(0.05)
        newest = await js.get_last_msg(STREAM, NEW_JOBS)
        job_id = newest.subject.split(".")[1]
        assert is_job_id(job_id)
        await owner_requests.request_cancel(JobLog(js), job_id)
    out, err = await asyncio.wait_for(process.communicate(), TIMEOUT_S)

    record("cancel", "korrektur check of a cancelled job", {"exit_code": process.returncode})
    assert process.returncode == 3, (out.decode(), err.decode())
    assert "Abgebrochen" in err.decode()
