"""Status, event log and result: for the token holder only, and the same 404 for everyone else."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import quote

import docx
import httpx
import msgspec
import pytest
from nats.js import JetStreamContext

from contracts.events import (
    Event,
    JobCompleted,
    JobFailed,
    Metrics,
    decode_frame,
)
from contracts.state import JobState, fold
from contracts.subjects import RESULTS_BUCKET
from contracts.tokens import new_job_id, new_token
from joblog import JobLog
from tests.contracts import samples
from tests.upload.helpers import DOCX_TYPE, docx_upload

ENDPOINTS = ["/api/jobs/{id}", "/api/jobs/{id}/events", "/api/jobs/{id}/result"]


async def _create(client: httpx.AsyncClient, corpus: Path) -> tuple[str, str]:
    response = await client.post(
        "/api/jobs", files=docx_upload((corpus / "clean-de.docx").read_bytes())
    )
    assert response.status_code == 201, response.text
    return response.json()["job_id"], response.json()["token"]


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _started(job_id: str) -> list[Event]:
    return [
        samples.started(job_id),
        samples.stage_started("parsing", job_id=job_id),
        samples.progress("parsing", 50, 7.5, job_id=job_id),
    ]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
async def test_refused_without_token_and_same_404_for_wrong_token_or_unknown_job(
    client: httpx.AsyncClient, corpus: Path, endpoint: str
) -> None:
    job_id, token = await _create(client, corpus)
    url = endpoint.format(id=job_id)

    missing = await client.get(url)
    not_bearer = await client.get(url, headers={"Authorization": f"Basic {token}"})
    wrong = await client.get(url, headers=_bearer(new_token()))
    unknown = await client.get(endpoint.format(id=new_job_id()), headers=_bearer(token))
    malformed = await client.get(endpoint.format(id="Not-A-Job-Id"), params={"token": token})
    owner = await client.get(url, params={"token": token})

    assert missing.status_code == not_bearer.status_code == 401
    assert missing.json()["error"]["code"] == "token_required"
    assert missing.headers["www-authenticate"] == "Bearer"
    assert wrong.status_code == unknown.status_code == malformed.status_code == 404
    # Byte-identical answers: nothing tells a stranger whether the job exists.
    assert wrong.content == unknown.content == malformed.content
    assert wrong.json()["error"]["code"] == "not_found"
    assert owner.status_code in (200, 409)


async def test_status_is_the_fold_of_the_log(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token = await _create(client, corpus)

    first = await client.get(f"/api/jobs/{job_id}", headers=_bearer(token))
    queued = msgspec.json.decode(first.content, type=JobState)
    for event in _started(job_id):
        await job_log.append(event)
    running = await client.get(f"/api/jobs/{job_id}", headers=_bearer(token))

    assert (queued.status, queued.filename, queued.job_id) == ("queued", "thesis.docx", job_id)
    assert running.headers["content-type"] == "application/json"
    state = msgspec.json.decode(running.content, type=JobState)
    assert (state.status, state.current_stage, state.progress) == ("running", "parsing", 7.5)
    assert state == msgspec.json.decode(
        msgspec.json.encode(fold(await job_log.events(job_id))), type=JobState
    )


async def test_events_after_n_are_exactly_the_events_after_n(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token = await _create(client, corpus)
    for event in _started(job_id):
        await job_log.append(event)

    everything = await client.get(f"/api/jobs/{job_id}/events", headers=_bearer(token))
    frames = [decode_frame(line) for line in everything.text.splitlines()]
    logged = [logged async for logged in job_log.read(job_id)]

    assert everything.headers["content-type"] == "application/x-ndjson"
    assert [(frame.seq, frame.event) for frame in frames] == [(e.seq, e.event) for e in logged]
    assert [type(frame.event).__name__ for frame in frames] == [
        "JobCreated",
        "JobStarted",
        "StageStarted",
        "ProgressUpdate",
    ]
    for index, frame in enumerate(frames):
        after = await client.get(
            f"/api/jobs/{job_id}/events", params={"after": frame.seq}, headers=_bearer(token)
        )
        assert [decode_frame(line) for line in after.text.splitlines()] == frames[index + 1 :]


async def test_events_after_must_be_a_position(client: httpx.AsyncClient, corpus: Path) -> None:
    job_id, token = await _create(client, corpus)

    response = await client.get(
        f"/api/jobs/{job_id}/events", params={"after": "-1"}, headers=_bearer(token)
    )

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert "after" in response.json()["error"]["message"]


async def test_result_waits_for_completion_then_downloads_with_its_name(
    client: httpx.AsyncClient, job_log: JobLog, js: JetStreamContext, corpus: Path
) -> None:
    job_id, token = await _create(client, corpus)
    corrected = (corpus / "planted-de.docx").read_bytes()
    result_name = "Masterarbeit Müller – korrigiert.docx"

    # Given a job that is still running, the result is not ready.
    for event in _started(job_id):
        await job_log.append(event)
    early = await client.get(f"/api/jobs/{job_id}/result", headers=_bearer(token))
    # When the processor stores the result and announces completion…
    await (await js.object_store(RESULTS_BUCKET)).put(job_id, corrected)
    await job_log.append(
        JobCompleted(
            job_id=job_id, processing_time_s=1.5, result_name=result_name, metrics=Metrics(words=10)
        )
    )
    done = await client.get(f"/api/jobs/{job_id}/result", headers=_bearer(token))

    assert (early.status_code, early.json()["error"]["code"]) == (409, "not_ready")
    # …then the download is that document, under that name.
    assert done.status_code == 200
    assert done.content == corrected
    assert done.headers["content-type"] == DOCX_TYPE
    disposition = done.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Masterarbeit Muller _ korrigiert.docx"')
    assert f"filename*=UTF-8''{quote(result_name, safe='')}" in disposition
    assert docx.Document(io.BytesIO(done.content)).paragraphs


async def test_result_of_a_failed_job_says_why(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token = await _create(client, corpus)
    await job_log.append(
        JobFailed(
            job_id=job_id,
            code="unreadable",
            message="The document could not be read.",
            stage="parsing",
        )
    )

    response = await client.get(f"/api/jobs/{job_id}/result", headers=_bearer(token))

    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "job_failed"
    assert "The document could not be read." in error["message"]


async def test_a_completed_job_whose_result_expired_is_gone(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token = await _create(client, corpus)
    await job_log.append(JobCompleted(job_id=job_id, processing_time_s=1.0, result_name="x.docx"))

    response = await client.get(f"/api/jobs/{job_id}/result", headers=_bearer(token))

    assert (response.status_code, response.json()["error"]["code"]) == (410, "result_gone")
