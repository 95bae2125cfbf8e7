"""Dismissing a finding: the owner's decision is an event, recorded once, refused to strangers."""

from __future__ import annotations

from pathlib import Path

import httpx
import msgspec

from contracts.events import FindingDismissed, RevisionRequested
from contracts.state import JobState
from contracts.tokens import new_token
from joblog import JobLog
from tests.contracts import samples
from tests.upload.helpers import docx_upload


async def _job_with_findings(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> tuple[str, str, list[str]]:
    created = await client.post(
        "/api/jobs", files=docx_upload((corpus / "clean-de.docx").read_bytes())
    )
    assert created.status_code == 201, created.text
    job_id, token = created.json()["job_id"], created.json()["token"]
    found = [samples.finding(0), samples.finding(1)]
    await job_log.append(samples.started(job_id))
    await job_log.append(samples.findings_reported(*found, job_id=job_id))
    return job_id, token, [finding.id for finding in found]


def _dismiss(job_id: str, finding_id: str) -> str:
    return f"/api/jobs/{job_id}/findings/{finding_id}/dismiss"


async def test_dismissing_twice_records_once_and_the_state_shows_it(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token, (first, second) = await _job_with_findings(client, job_log, corpus)
    owner = {"Authorization": f"Bearer {token}"}

    once = await client.post(_dismiss(job_id, first), headers=owner)
    again = await client.post(_dismiss(job_id, first), headers=owner)

    assert once.status_code == again.status_code == 200
    state = msgspec.json.decode(again.content, type=JobState)
    assert state.dismissed == [first] and second in state.findings
    logged = [
        event for event in await job_log.events(job_id) if isinstance(event, FindingDismissed)
    ]
    assert [event.finding_id for event in logged] == [first]


async def test_a_dismissal_after_the_job_completed_still_counts(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token, (first, _second) = await _job_with_findings(client, job_log, corpus)
    await job_log.append(samples.completed(job_id))

    answer = await client.post(_dismiss(job_id, first), params={"token": token})

    assert answer.status_code == 200
    assert msgspec.json.decode(answer.content, type=JobState).dismissed == [first]


async def test_an_unknown_finding_is_404_and_strangers_get_the_jobs_404(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token, (first, _second) = await _job_with_findings(client, job_log, corpus)

    unknown = await client.post(_dismiss(job_id, "no-such-finding"), params={"token": token})
    missing = await client.post(_dismiss(job_id, first))
    stranger = await client.post(_dismiss(job_id, first), params={"token": new_token()})

    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "finding_not_found"
    assert missing.status_code == 401
    assert stranger.status_code == 404 and stranger.json()["error"]["code"] == "not_found"
    assert not [e for e in await job_log.events(job_id) if isinstance(e, FindingDismissed)]


async def test_a_revision_needs_a_completed_job_and_only_one_runs_at_a_time(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    job_id, token, _ids = await _job_with_findings(client, job_log, corpus)
    url = f"/api/jobs/{job_id}/revisions"

    too_early = await client.post(url, params={"token": token})
    await job_log.append(samples.completed(job_id))
    first = await client.post(url, params={"token": token})
    # No processor runs in these tests, so the first revision is still running.
    second = await client.post(url, params={"token": token})
    stranger = await client.post(url, params={"token": new_token()})

    assert too_early.status_code == 409 and too_early.json()["error"]["code"] == "not_ready"
    assert first.status_code == 202
    revision = msgspec.json.decode(first.content, type=JobState).revision
    assert revision is not None and (revision.number, revision.status) == (1, "running")
    assert second.status_code == 409 and second.json()["error"]["code"] == "revision_running"
    assert stranger.status_code == 404
    requested = [e for e in await job_log.events(job_id) if isinstance(e, RevisionRequested)]
    assert [event.revision for event in requested] == [1]
