"""Findings as events (issue 11): how early the first one reaches a watcher, what a revision costs.

Prints figures, asserts nothing. Run from the repository root:

    .venv/bin/python bench/bench_findings.py

The document is bench_processor's ~22k German words from Debian's manual
pages, with a typo (two inner letters swapped) in every 70th long word, so it
has a few hundred findings like a draft thesis. Each job runs through a real
nats-server and a processor process; a client subscribed to the job's
subjects notes when each event arrives. Then the same job is revised (no
dismissals) and timed from the request to ``revision_completed``. The cost of
the extra events is measured in-process: the pipeline with and without
``findings_reported``, median of several runs each.
"""

from __future__ import annotations

import asyncio
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx
from nats.aio.msg import Msg

from bench.bench_processor import (
    OUTPUT,
    build_document,
    pipeline_once,
    processor_on_nats,
    submit,
)
from contracts.events import (
    JobCompleted,
    RevisionCompleted,
    StageCompleted,
    StageStarted,
    decode_event,
    event_type,
)
from contracts.tokens import new_job_id

StageEvents = (StageStarted, StageCompleted)
EVERY = 30
JOBS = 3
RUNS = 5


def with_typos(data: bytes) -> bytes:
    """The document with two inner letters swapped in every ``EVERY``-th word of 7+ letters."""
    document = docx.Document(io.BytesIO(data))
    seen = 0
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            words = run.text.split(" ")
            for index, word in enumerate(words):
                if len(word) >= 7 and word.isalpha():
                    seen += 1
                    if seen % EVERY == 0:
                        words[index] = word[:2] + word[3] + word[2] + word[4:]
            run.text = " ".join(words)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pipeline_seconds(data: bytes, *, report: bool) -> float:
    """Median wall time of the four stages in-process, with or without findings events."""
    return statistics.median(pipeline_once(data, report_findings=report)[0] for _ in range(RUNS))


async def jobs_on_nats(data: bytes) -> list[dict[str, float]]:
    from joblog import JobLog, owner_requests

    results: list[dict[str, float]] = []
    async with processor_on_nats() as (client, js):
        job_log = JobLog(js)
        for _ in range(JOBS):
            job_id = new_job_id()
            arrivals: dict[str, list[float]] = {}
            done = {name: asyncio.Event() for name in ("job_completed", "revision_completed")}

            async def on_event(
                message: Msg,
                arrivals: dict[str, list[float]] = arrivals,
                done: dict[str, asyncio.Event] = done,
            ) -> None:
                event = decode_event(message.data)
                kind = event_type(event)
                key = f"{kind}:{event.stage}" if isinstance(event, StageEvents) else kind
                arrivals.setdefault(key, []).append(time.monotonic())
                if kind in done:
                    done[kind].set()

            subscription = await client.subscribe(f"jobs.{job_id}.>", cb=on_event)
            await submit(js, job_id, data)
            await asyncio.wait_for(done["job_completed"].wait(), timeout=180)
            requested = time.monotonic()
            await owner_requests.request_revision(job_log, job_id)
            await asyncio.wait_for(done["revision_completed"].wait(), timeout=180)
            revised = time.monotonic() - requested
            await subscription.unsubscribe()
            events = await job_log.events(job_id)
            state_findings = sum(
                len(getattr(e, "findings", []))
                for e in events
                if type(e).__name__ == "FindingsReported"
            )
            (completed,) = [e for e in events if isinstance(e, JobCompleted)]
            (revision,) = [e for e in events if isinstance(e, RevisionCompleted)]
            start = arrivals["stage_started:analyzing"][0]
            end = arrivals["stage_completed:analyzing"][0]
            first = arrivals["findings_reported"][0]
            results.append(
                {
                    "findings": state_findings,
                    "reports": len(arrivals["findings_reported"]),
                    "first_at": (first - start) / (end - start),
                    "job_s": completed.processing_time_s,
                    "revision_s": revised,
                    "comments": revision.comments_inserted,
                }
            )
    return results


def main() -> None:
    data = with_typos(build_document(OUTPUT / "bench-de.docx").read_bytes())
    results = asyncio.run(jobs_on_nats(data))
    findings = results[0]["findings"]
    print(f"document: bench-de.docx with a typo in every {EVERY}th long word: {findings} findings")
    first = statistics.median(r["first_at"] for r in results)
    print(
        "first finding reaches a watching client at "
        + ", ".join(f"{r['first_at']:.0%}" for r in results)
        + f" of analyzing (median {first:.0%}); {results[0]['reports']} findings_reported events"
    )
    ratio = statistics.median(r["revision_s"] / r["job_s"] for r in results)
    print(
        "revision (request → revision_completed) vs the job's processing_time_s: "
        + ", ".join(f"{r['revision_s']:.2f} s / {r['job_s']:.2f} s" for r in results)
        + f"; median ratio {ratio:.0%}"
    )
    with_events = pipeline_seconds(data, report=True)
    without = pipeline_seconds(data, report=False)
    print(
        f"pipeline in-process, median of {RUNS}: with findings events {with_events:.2f} s, "
        f"without {without:.2f} s; cost {(with_events - without) / without:+.1%}"
    )


if __name__ == "__main__":
    main()
