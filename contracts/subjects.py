"""Every stream, subject, bucket and consumer name, in one place.

Subjects are ``jobs.<job_id>.<event>`` so a job's log is one subject filter
(``jobs.<job_id>.>``) and a kind of event across all jobs is another
(``jobs.*.job_created``).
"""

from __future__ import annotations

from typing import Final

STREAM: Final = "JOBS"
SUBJECT_PREFIX: Final = "jobs"
ALL_EVENTS: Final = "jobs.>"
NEW_JOBS: Final = "jobs.*.job_created"
# What processors take as work: new jobs, and revisions of finished ones.
REVISIONS: Final = "jobs.*.revision_requested"

UPLOADS_BUCKET: Final = "korrektur-uploads"
RESULTS_BUCKET: Final = "korrektur-results"
RATES_BUCKET: Final = "korrektur-rates"

PROCESSOR_CONSUMER: Final = "processor"


def event_subject(job_id: str, event_type: str) -> str:
    """The subject one event of one job is published on."""
    return f"{SUBJECT_PREFIX}.{job_id}.{event_type}"


def job_subjects(job_id: str) -> str:
    """The filter that matches every event of one job."""
    return f"{SUBJECT_PREFIX}.{job_id}.>"


def job_id_of(subject: str) -> str:
    """The job id inside a ``jobs.<job_id>.<event>`` subject."""
    prefix, job_id, _event = subject.split(".", 2)
    if prefix != SUBJECT_PREFIX:
        raise ValueError(f"Expected a subject under {SUBJECT_PREFIX!r}, but got {subject!r}")
    return job_id
