"""The student's decisions rebuild the result: dismissed findings leave, nothing is checked again."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import httpx

from contracts.events import (
    FindingsReported,
    ProgressUpdate,
    RevisionCompleted,
    StageStarted,
    event_type,
)
from contracts.state import fold
from korrektur.stack import Stack
from tests.e2e.client import run_job, watch
from tests.e2e.comments import anchors


async def test_a_revision_leaves_out_the_dismissed_findings(stack: Stack, corpus: Path) -> None:
    job = await run_job(stack.url, corpus / "planted-de.docx")
    state = fold(frame.event for frame in job.live)
    dismissed = list(state.findings)[:2]
    owner = {"Authorization": f"Bearer {job.token}"}
    async with httpx.AsyncClient(base_url=stack.url, timeout=60, trust_env=False) as client:
        for finding_id in dismissed:
            answer = await client.post(
                f"/api/jobs/{job.job_id}/findings/{finding_id}/dismiss", headers=owner
            )
            assert answer.status_code == 200

        # When the student asks for a revision and watches it
        requested = await client.post(f"/api/jobs/{job.job_id}/revisions", headers=owner)
        assert requested.status_code == 202
        last = job.live[-1].seq
        watched = await watch(
            stack.url, job.urls["events_url"], query=f"token={job.token}&after={last}"
        )
        result = await client.get(job.urls["result_url"], headers=owner)

    # Then only integrating and formatting run, live, and nothing is checked again
    kinds = [event_type(frame.event) for frame in watched.frames]
    assert kinds[-1] == "revision_completed" and watched.close_code == 1000
    stages = [f.event.stage for f in watched.frames if isinstance(f.event, StageStarted)]
    assert stages == ["integrating", "formatting"]
    assert any(isinstance(f.event, ProgressUpdate) for f in watched.frames)
    assert not any(isinstance(f.event, FindingsReported) for f in watched.frames)

    # and the new file holds exactly the findings left, under a new name
    after = fold(frame.event for frame in [*job.live, *watched.frames])
    assert after.revision is not None and after.revision.status == "completed"
    completed = watched.frames[-1].event
    assert isinstance(completed, RevisionCompleted)
    left = {(f.paragraph, f.start, f.end) for f in state.findings.values() if f.id not in dismissed}
    document = docx.Document(io.BytesIO(result.content))
    assert {(a.paragraph, a.start, a.end) for a in anchors(document)} == left
    assert completed.comments_inserted == len(left)
    assert "planted-de-korrigiert-2.docx" in result.headers["content-disposition"]
