"""The whole path on the planted thesis: events in order, live progress, a commented result."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import docx
import pytest

from contracts.events import ProgressUpdate, event_type
from contracts.stages import STAGES
from contracts.state import JobState, apply
from tests.e2e.client import FinishedJob
from tests.e2e.comments import anchors

TYPE_CODES = {
    "job_created": "C",
    "job_started": "S",
    "stage_started": "s",
    "progress_update": "p",
    "stage_completed": "c",
    "job_completed": "D",
    "job_failed": "F",
    "findings_reported": "f",
}


def test_events_come_in_order_and_close_normally(planted_job: FinishedJob) -> None:
    seqs = [frame.seq for frame in planted_job.live]
    assert seqs == sorted(set(seqs)), (
        "Expected strictly increasing sequences: no duplicate, no reordering"
    )
    codes = "".join(TYPE_CODES[event_type(frame.event)] for frame in planted_job.live)
    # Findings arrive during analyzing (the second stage), before its stage_completed.
    assert re.fullmatch(r"CSsp+cs[pf]+c(sp+c){2}D", codes), f"Unexpected event order {codes}"
    assert "f" in codes
    stages = [
        frame.event.stage
        for frame in planted_job.live
        if event_type(frame.event) == "stage_started"
    ]
    assert stages == list(STAGES)
    assert planted_job.close_code == 1000


def test_progress_is_monotonic_ends_at_100_and_has_an_eta(planted_job: FinishedJob) -> None:
    updates = [frame.event for frame in planted_job.live if isinstance(frame.event, ProgressUpdate)]
    overall = [update.progress for update in updates]
    assert overall == sorted(overall)
    assert any(update.eta_s is not None for update in updates)
    state = JobState()
    folded: list[float] = []
    for frame in planted_job.live:
        state = apply(state, frame.event)
        folded.append(state.progress)
    assert folded == sorted(folded)
    assert state.status == "completed" and state.progress == 100.0


def test_each_progress_update_belongs_to_the_running_stage(planted_job: FinishedJob) -> None:
    current = None
    for frame in planted_job.live:
        match event_type(frame.event):
            case "stage_started":
                current = frame.event.stage  # type: ignore[union-attr]
            case "progress_update":
                assert frame.event.stage == current  # type: ignore[union-attr]


def test_result_downloads_with_a_sensible_filename(planted_job: FinishedJob) -> None:
    assert planted_job.result.status_code == 200
    disposition = planted_job.result.headers["content-disposition"]
    assert "planted-de" in disposition and ".docx" in disposition


def test_comments_sit_on_answer_key_spans_and_text_is_unchanged(
    planted_job: FinishedJob, corpus: Path
) -> None:
    original = docx.Document(str(corpus / "planted-de.docx"))
    result = docx.Document(io.BytesIO(planted_job.result.content))
    answers = json.loads((corpus / "planted-de.answers.json").read_text(encoding="utf-8"))

    assert [p.text for p in result.paragraphs] == [p.text for p in original.paragraphs]
    placed = anchors(result)
    assert placed, "Expected comments in the result, but found none"
    assert {comment.author for comment in result.comments} == {"Korrektur"}
    misplaced = []
    for anchor in placed:
        assert anchor.end_paragraph == anchor.paragraph, (
            f"comment {anchor.comment_id} spans paragraphs"
        )
        assert anchor.start < anchor.end, f"comment {anchor.comment_id} is on no text"
        text = result.paragraphs[anchor.paragraph].text[anchor.start : anchor.end]
        if not any(
            answer["paragraph"] == anchor.paragraph
            and answer["start"] < anchor.end
            and anchor.start < answer["end"]
            for answer in answers
        ):
            misplaced.append((anchor.paragraph, anchor.start, anchor.end, text))
    assert not misplaced, f"Comments on spans that are not in the answer key: {misplaced}"


def test_the_comments_are_exactly_the_reported_findings(planted_job: FinishedJob) -> None:
    state = JobState()
    for frame in planted_job.live:
        state = apply(state, frame.event)
    result = docx.Document(io.BytesIO(planted_job.result.content))
    commented = {(anchor.paragraph, anchor.start, anchor.end) for anchor in anchors(result)}
    reported = {(f.paragraph, f.start, f.end) for f in state.findings.values()}
    assert reported and commented == reported
    for finding in state.findings.values():
        assert finding.text and finding.text in finding.context
        assert finding.message.split(":", 1)[0]  # the category label opens the message


def test_metrics_match_the_comments_in_the_result(planted_job: FinishedJob) -> None:
    completed = planted_job.live[-1].event
    result = docx.Document(io.BytesIO(planted_job.result.content))
    assert completed.metrics.comments_inserted == len(anchors(result))  # type: ignore[union-attr]
    assert sum(completed.metrics.findings.values()) >= completed.metrics.comments_inserted  # type: ignore[union-attr]
    assert completed.metrics.words > 500  # type: ignore[union-attr]


@pytest.mark.parametrize("field", ["status_url", "events_url", "result_url"])
def test_urls_are_relative_to_the_one_origin(planted_job: FinishedJob, field: str) -> None:
    url = planted_job.urls[field]
    assert url.startswith(("/api/jobs/", "/ws/jobs/")) and planted_job.job_id in url
