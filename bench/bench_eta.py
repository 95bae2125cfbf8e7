"""How true the ETA is: jobs of 10k to 200k words through nats-server and a processor process.

Prints figures, asserts nothing. Run from the repository root:

    .venv/bin/python bench/bench_eta.py

Documents are built from Debian's German manual pages (package manpages-de),
each from different pages, so the service has not seen their text. After a
warm-up of five jobs, each size runs alone, then two jobs of one size, on two
more documents, run at once. For each job, from its events:

- error: |eta_s - actual remaining| / actual remaining, over every
  ``progress_update`` after the first 10 % of the job's time;
- first ETA: ``job_started.estimated_duration_s`` against the job's real duration.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx
from nats.js import JetStreamContext

from bench.bench_processor import german_paragraphs, processor_on_nats, run_job
from contracts.events import JobCompleted, JobStarted, ProgressUpdate
from joblog import JobLog

SIZES = (10_000, 25_000, 50_000, 100_000, 200_000)
# The sizes run two at a time, each pair on two documents not seen before.
PAIRED = (25_000, 50_000, 100_000)
# Five jobs of the sizes theses have, as a service sees before these.
WARM_UP = (5_000, 15_000, 30_000, 60_000, 20_000)
# Updates in the first 10 % of a job are left out: nothing is known about it yet.
SETTLED = 0.10
_TIMEOUT_S = 900.0


def documents(sizes: tuple[int, ...]) -> list[bytes]:
    """One .docx per size, each from pages no other document uses."""
    # Pages come whole, so each document overshoots its size a little: fetch enough.
    pages = german_paragraphs(int(1.2 * sum(sizes)))
    built: list[bytes] = []
    for number, size in enumerate(sizes):
        document = docx.Document()
        words = 0
        while pages and words < size:
            title, paragraphs = pages.pop(0)
            document.add_heading(title, level=1)
            for text in paragraphs:
                document.add_paragraph(text)
                words += len(text.split())
        path = ROOT / "bench-output" / f"eta-{number:02d}-{size}.docx"
        path.parent.mkdir(exist_ok=True)
        document.save(str(path))
        built.append(path.read_bytes())
    return built


async def accuracy(js: JetStreamContext, job_id: str) -> tuple[float, float | None, list[float]]:
    """(real duration, first ETA, relative errors of the settled updates) of one job."""
    events = await JobLog(js).events(job_id)
    started = next(event for event in events if isinstance(event, JobStarted))
    ended = next(event for event in events if isinstance(event, JobCompleted))
    duration = (ended.at - started.at).total_seconds()
    errors = []
    for event in events:
        if not isinstance(event, ProgressUpdate) or event.eta_s is None:
            continue
        elapsed = (event.at - started.at).total_seconds()
        remaining = duration - elapsed
        if elapsed >= SETTLED * duration and remaining > 0:
            errors.append(abs(event.eta_s - remaining) / remaining)
    return duration, started.estimated_duration_s, errors


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def line(label: str, duration: float, first: float | None, errors: list[float]) -> str:
    first_text = (
        "none" if first is None else f"{first:6.1f} s ({(first - duration) / duration:+.0%})"
    )
    settled = (
        f"median {statistics.median(errors):4.0%}  p90 {p90(errors):4.0%}  (n={len(errors)})"
        if errors
        else "no ETA shown"
    )
    return f"    {label:<22} {duration:6.1f} s   first ETA {first_text:<18} error {settled}"


async def main() -> None:
    paired_sizes = tuple(size for size in PAIRED for _ in range(2))
    built = documents(WARM_UP + SIZES + paired_sizes)
    warm = built[: len(WARM_UP)]
    sized = built[len(WARM_UP) : len(WARM_UP) + len(SIZES)]
    paired = built[len(WARM_UP) + len(SIZES) :]
    async with processor_on_nats() as (_, js):
        for data in warm:
            await run_job(js, data, _TIMEOUT_S)
        print(
            f"ETA after {len(warm)} warm-up jobs; error = |eta - remaining| / remaining, "
            f"updates after the first {SETTLED:.0%} of each job"
        )
        print("  one job at a time")
        every: list[float] = []
        firsts: list[float | None] = []
        for size, data in zip(SIZES, sized):
            duration, first, errors = await accuracy(js, await run_job(js, data, _TIMEOUT_S))
            every += errors
            firsts.append(None if first is None else (first - duration) / duration)
            print(line(f"{size:,} words", duration, first, errors))
        print(f"    all sizes: median {statistics.median(every):.0%}  p90 {p90(every):.0%}")
        print("  two jobs at once")
        both: list[float] = []
        for index, size in enumerate(PAIRED):
            first_data, second_data = paired[2 * index : 2 * index + 2]
            jobs = await asyncio.gather(
                run_job(js, first_data, _TIMEOUT_S),
                run_job(js, second_data, _TIMEOUT_S),
            )
            for job_id in jobs:
                duration, first, errors = await accuracy(js, job_id)
                both += errors
                firsts.append(None if first is None else (first - duration) / duration)
                print(line(f"{size:,} words (pair)", duration, first, errors))
        print(f"    all pairs: median {statistics.median(both):.0%}  p90 {p90(both):.0%}")
        within = sum(1 for error in firsts if error is not None and abs(error) <= 0.5)
        print(f"  first ETA within ±50 % of the duration: {within} of {len(firsts)} jobs")


if __name__ == "__main__":
    asyncio.run(main())
