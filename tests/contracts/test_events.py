"""The wire format: every event survives a round-trip, and old or newer events still decode."""

from __future__ import annotations

import json

import msgspec
import pytest

from contracts.events import (
    EVENT_TYPES,
    Frame,
    JobCreated,
    JobStarted,
    decode_event,
    decode_frame,
    encode,
    event_type,
    is_terminal,
)
from tests.contracts.samples import JOB, PUBLIC_EVENT_NAMES, one_of_each


def test_every_event_type_has_a_sample() -> None:
    assert {type(event) for event in one_of_each()} == set(EVENT_TYPES)


@pytest.mark.parametrize("event", one_of_each(), ids=event_type)
def test_round_trip_is_lossless(event: msgspec.Struct) -> None:
    decoded = decode_event(encode(event))  # type: ignore[arg-type]
    assert decoded == event
    assert decoded.at.utcoffset() is not None and decoded.at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("event", one_of_each(), ids=event_type)
def test_frame_round_trip_keeps_the_sequence(event: msgspec.Struct) -> None:
    frame = Frame(41, event)  # type: ignore[arg-type]
    assert decode_frame(encode(frame)) == frame


@pytest.mark.parametrize("event", one_of_each(), ids=event_type)
def test_wire_tag_is_the_public_event_name(event: msgspec.Struct) -> None:
    wire = json.loads(encode(event))  # type: ignore[arg-type]
    assert wire["type"] == event_type(event)  # type: ignore[arg-type]
    assert wire["type"] in PUBLIC_EVENT_NAMES


def test_a_naive_timestamp_is_refused() -> None:
    with pytest.raises(msgspec.ValidationError):
        decode_event(
            json.dumps(
                {
                    "type": "stage_started",
                    "job_id": JOB,
                    "at": "2026-11-01T12:00:00",
                    "stage": "parsing",
                }
            )
        )


def test_an_event_without_newer_defaulted_fields_decodes() -> None:
    # Given a job_created written before language/categories existed
    old = {
        "type": "job_created",
        "job_id": JOB,
        "at": "2026-11-01T12:00:00Z",
        "filename": "a.docx",
        "size": 1,
        "sha256": "00",
        "token_sha256": "11",
    }
    event = decode_event(json.dumps(old))
    assert isinstance(event, JobCreated)
    assert (event.language, event.categories) == ("auto", [])


def test_unknown_fields_from_newer_writers_are_skipped() -> None:
    newer = {
        "type": "job_started",
        "job_id": JOB,
        "at": "2026-11-01T12:00:00+00:00",
        "stages": ["parsing"],
        "stage_weights": {"parsing": 100.0},
        "worker_id": "w",
        "gpu": "none",
        "priority": {"level": 3},
    }
    event = decode_event(json.dumps(newer))
    assert isinstance(event, JobStarted)
    assert event.estimated_duration_s is None and event.attempt == 1


def test_an_unknown_event_type_is_an_error_not_a_guess() -> None:
    with pytest.raises(msgspec.ValidationError):
        decode_event(json.dumps({"type": "job_exploded", "job_id": JOB}))


def test_only_completion_failure_and_cancellation_are_terminal() -> None:
    terminal = {event_type(event) for event in one_of_each() if is_terminal(event)}
    assert terminal == {"job_completed", "job_failed", "job_cancelled"}
