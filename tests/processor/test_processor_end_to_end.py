"""A processor on a real nats-server, with real documents: the whole job as a client sees it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
from nats.js import JetStreamContext

from contracts.events import (
    JobCompleted,
    JobCreated,
    JobFailed,
    JobStarted,
    ProgressUpdate,
    StageCompleted,
    StageStarted,
)
from contracts.stages import STAGES
from contracts.state import fold
from contracts.subjects import RESULTS_BUCKET
from tests.processor.docx_reading import comment_ranges
from tests.processor.helpers import SubmitJob, WaitForEnd


async def test_planted_thesis_completes_with_comments_on_answer_spans(
    processor: object,
    submit_job: SubmitJob,
    wait_for_end: WaitForEnd,
    js: JetStreamContext,
    planted: bytes,
    corpus: Path,
) -> None:
    # Given a planted thesis uploaded as a job
    job = await submit_job(planted, filename="planted-de.docx")

    # When the processor has finished it
    events = await wait_for_end(job.job_id)

    # Then the log tells the story in order: created, started, every stage, completed
    kinds = [type(event) for event in events]
    assert kinds[0] is JobCreated and kinds[1] is JobStarted and kinds[-1] is JobCompleted
    stage_events = [
        (type(e).__name__, e.stage) for e in events if isinstance(e, (StageStarted, StageCompleted))
    ]
    assert stage_events == [
        (kind, stage) for stage in STAGES for kind in ("StageStarted", "StageCompleted")
    ]
    for stage in STAGES:
        started = next(
            i for i, e in enumerate(events) if isinstance(e, StageStarted) and e.stage == stage
        )
        completed = next(
            i for i, e in enumerate(events) if isinstance(e, StageCompleted) and e.stage == stage
        )
        updates = [e for e in events[started:completed] if isinstance(e, ProgressUpdate)]
        assert updates and all(u.stage == stage for u in updates)
        assert updates[-1].stage_progress == 100.0

    progress = [e.progress for e in events if isinstance(e, ProgressUpdate)]
    assert progress == sorted(progress) and progress[-1] == 100.0
    assert any(e.eta_s is not None for e in events if isinstance(e, ProgressUpdate))

    completed = events[-1]
    assert isinstance(completed, JobCompleted)
    assert completed.result_name == "planted-de-korrigiert.docx"
    assert completed.metrics.words > 900
    assert completed.metrics.comments_inserted == sum(completed.metrics.findings.values()) > 0
    assert fold(events).status == "completed"

    # And the result's comments sit on spans of the answer key, the text unchanged
    result = await (await js.object_store(RESULTS_BUCKET)).get(job.job_id)
    original = docx.Document(io.BytesIO(planted))
    corrected = docx.Document(io.BytesIO(result.data or b""))
    assert [p.text for p in corrected.paragraphs] == [p.text for p in original.paragraphs]
    answers = json.loads((corpus / "planted-de.answers.json").read_text(encoding="utf-8"))
    anchored = comment_ranges(corrected)
    assert len(anchored) == completed.metrics.comments_inserted
    for paragraph, start, end in anchored:
        assert any(
            a["paragraph"] == paragraph and a["start"] < end and start < a["end"] for a in answers
        ), (paragraph, start, end, corrected.paragraphs[paragraph].text[start:end])


async def test_a_corrupt_upload_fails_in_parsing_and_the_processor_keeps_serving(
    processor: object, submit_job: SubmitJob, wait_for_end: WaitForEnd, planted: bytes
) -> None:
    broken = await submit_job(b"PK\x03\x04 this is not really a zip", filename="kaputt.docx")
    healthy = await submit_job(planted)

    failed = (await wait_for_end(broken.job_id))[-1]
    assert isinstance(failed, JobFailed)
    assert (failed.stage, failed.code) == ("parsing", "corrupt_document")
    assert "Word-Dokument" in failed.message

    assert isinstance((await wait_for_end(healthy.job_id))[-1], JobCompleted)


async def test_a_later_job_starts_with_an_estimate_learned_from_earlier_ones(
    processor: object, submit_job: SubmitJob, wait_for_end: WaitForEnd, planted: bytes
) -> None:
    # Given one finished job (the rates bucket now holds what it measured)
    first = await submit_job(planted)
    assert isinstance((await wait_for_end(first.job_id))[-1], JobCompleted)

    # When the next job starts, its estimate comes from those rates: a number, not None
    second = await submit_job(planted)
    started = next(e for e in await wait_for_end(second.job_id) if isinstance(e, JobStarted))
    assert started.estimated_duration_s is not None and started.estimated_duration_s > 0
    assert started.worker_id == "test-processor" and started.attempt == 1


async def test_an_english_thesis_gets_english_progress_and_failure_messages(
    processor: object, submit_job: SubmitJob, wait_for_end: WaitForEnd
) -> None:
    document = docx.Document()
    for _ in range(3):
        document.add_paragraph(
            "This thesis examines how small teams make decisions. The data were collected "
            "in interviews with the members of twelve teams over a period of two years."
        )
    buffer = io.BytesIO()
    document.save(buffer)
    # Given an English thesis with its language left to detection, and a broken English upload
    english = await submit_job(buffer.getvalue(), filename="thesis-en.docx")
    broken = await submit_job(b"PK\x03\x04 not a zip", filename="broken.docx", language="en")

    # Then the progress of the first speaks English, and so does the failure of the second
    events = await wait_for_end(english.job_id)
    messages = {e.message for e in events if isinstance(e, ProgressUpdate) and e.message}
    assert "Checking the text" in messages and "Text wird geprüft" not in messages
    failed = (await wait_for_end(broken.job_id))[-1]
    assert isinstance(failed, JobFailed) and "Word document" in failed.message
