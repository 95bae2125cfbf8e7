"""Processor benchmarks: comment insertion, analyzing and the whole pipeline on ~20,000 German words.

Prints figures, asserts nothing. Run from the repository root:

    .venv/bin/python -m bench.bench_processor          (or: .venv/bin/python bench/bench_processor.py)

The document is built from Debian's German manual pages (package manpages-de,
``apt-get install -y manpages-de``), rendered with ``man -l``, and cached in
bench-output/bench-de.docx.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx
from nats.aio.client import Client
from nats.js import JetStreamContext

from contracts.events import Event, JobCompleted, JobCreated
from contracts.subjects import UPLOADS_BUCKET, job_subjects
from contracts.tokens import hash_token, new_job_id, new_token
from services.processor.checker import Checker, Finding, warm_up
from services.processor.checker.tokens import words
from services.processor.comments import write_comments
from services.processor.document import open_document, read_blocks
from services.processor.pipeline import Pipeline
from services.processor.reporter import ProgressReporter
from services.processor.spans import runs_for_span
from services.processor.stopping import StopSignal

OUTPUT = ROOT / "bench-output"
MAN_DIR = Path("/usr/share/man/de")
TARGET_WORDS = 22_000
MAX_UNZIPPED = 200 * 1024 * 1024


def german_paragraphs(target_words: int) -> list[tuple[str, list[str]]]:
    """(page title, prose paragraphs) from German man pages until ``target_words`` are reached."""
    pages: list[tuple[str, list[str]]] = []
    total = 0
    for page in sorted(MAN_DIR.glob("man*/*.gz")):
        rendered = subprocess.run(
            ["man", "-l", str(page)],
            capture_output=True,
            check=False,
            text=True,
            env={**os.environ, "MANWIDTH": "10000"},
        ).stdout
        plain = re.sub(r".\x08", "", rendered)
        prose = [
            line.strip()
            for line in plain.splitlines()
            if line.startswith("       ")
            and len(line.split()) >= 12
            and not line.strip().startswith("-")
        ]
        if prose:
            pages.append((page.name.split(".")[0], prose))
            total += sum(len(p.split()) for p in prose)
        if total >= target_words:
            break
    return pages


def build_document(path: Path) -> Path:
    if path.exists():
        return path
    document = docx.Document()
    for title, paragraphs in german_paragraphs(TARGET_WORDS):
        document.add_heading(title, level=1)
        for number, text in enumerate(paragraphs):
            paragraph = document.add_paragraph()
            # Some inline formatting so comments have to split runs, as in real theses.
            head, _, tail = text.partition(" ")
            paragraph.add_run(head + " ").bold = number % 3 == 0
            paragraph.add_run(tail).italic = number % 5 == 0
    path.parent.mkdir(exist_ok=True)
    document.save(str(path))
    return path


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def spread_findings(paragraphs: list[docx.text.paragraph.Paragraph], count: int) -> list[Finding]:
    """``count`` word-sized spans spread over the document, several per paragraph."""
    spans = [
        Finding(index, word.start, word.end, "spelling", "Rechtschreibung: »x« → »y«?")
        for index, paragraph in enumerate(paragraphs)
        for word in words(paragraph.text)[::9]
    ]
    step = max(len(spans) // count, 1)
    return spans[::step][:count]


def bench_comments(data: bytes, runs: int = 5) -> tuple[float, float]:
    """Median seconds for 2,000 comments our way, and once python-docx's way for comparison."""
    ours = []
    for _ in range(runs):
        document = open_document(data, max_unzipped_bytes=MAX_UNZIPPED)
        paragraphs = list(document.paragraphs)
        findings = spread_findings(paragraphs, 2000)
        start = time.perf_counter()
        write_comments(document, paragraphs, findings)
        ours.append(time.perf_counter() - start)
    document = open_document(data, max_unzipped_bytes=MAX_UNZIPPED)
    paragraphs = list(document.paragraphs)
    findings = sorted(spread_findings(paragraphs, 2000), key=lambda f: (f.block, -f.start))

    def naive() -> None:
        for finding in findings:
            runs = runs_for_span(paragraphs[finding.block], finding.start, finding.end)
            document.add_comment(runs, text=finding.message, author="Korrektur", initials="K")

    return statistics.median(ours), timed(naive)


def bench_analyzing(data: bytes, runs: int = 5) -> tuple[int, float, float, float, int]:
    document = open_document(data, max_unzipped_bytes=MAX_UNZIPPED)
    blocks = read_blocks(document, list(document.paragraphs))
    count = sum(len(words(block.text)) for block in blocks)
    findings: list[Finding] = []
    # What a processor pays once at startup, then what its first job pays with empty word caches.
    loading = timed(warm_up)
    cold = timed(lambda: findings.extend(Checker().check_all(blocks)))
    warm = statistics.median(timed(lambda: Checker().check_all(blocks)) for _ in range(runs))
    return count, loading, cold, warm, len(findings)


def pipeline_once(data: bytes, *, report_findings: bool = True) -> tuple[float, ProgressReporter]:
    """One run of the four stages in-process (no NATS): wall time and the reporter it used."""
    emitted: list[Event] = []
    reporter = ProgressReporter("bench", emitted.append, stop=StopSignal("bench"))
    if not report_findings:
        reporter.report_findings = lambda findings: None  # type: ignore[method-assign]
    job = JobCreated(
        job_id="bench", filename="bench.docx", size=len(data), sha256="", token_sha256=""
    )

    async def fetch() -> bytes:
        return data

    async def store(_: bytes) -> None:
        return None

    start = time.perf_counter()
    asyncio.run(Pipeline(max_unzipped_bytes=MAX_UNZIPPED).run(job, reporter, fetch, store))
    return time.perf_counter() - start, reporter


def bench_pipeline(
    data: bytes, runs: int = 3
) -> tuple[float, dict[str, float], JobCompleted | None]:
    """The four stages without NATS: median wall time and the median run's stage durations."""
    results: list[tuple[float, dict[str, float]]] = []
    for _ in range(runs):
        seconds, reporter = pipeline_once(data)
        results.append((seconds, dict(reporter.durations)))
    results.sort(key=lambda item: item[0])
    return results[len(results) // 2][0], results[len(results) // 2][1], None


@contextlib.asynccontextmanager
async def processor_on_nats() -> AsyncIterator[tuple[Client, JetStreamContext]]:
    """A fresh nats-server and one processor process, as deployed; yields a client and its js."""
    from joblog import connect, provision
    from korrektur.natsserver import NatsServer

    with tempfile.TemporaryDirectory() as store, NatsServer(store_dir=Path(store)) as server:
        client = await connect(server.url, "bench")
        js = client.jetstream()
        await provision(js)
        # A separate processor process: its first job starts with empty word caches.
        processor = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "services.processor",
            cwd=ROOT,
            env={**os.environ, "KORREKTUR_NATS_URL": server.url, "KORREKTUR_WORKER_ID": "bench"},
            stderr=subprocess.DEVNULL,
        )
        try:
            yield client, js
        finally:
            processor.terminate()
            await asyncio.wait_for(processor.wait(), timeout=60)
            await client.drain()


async def submit(js: JetStreamContext, job_id: str, data: bytes) -> None:
    """Store ``data`` as the job's upload and create the job, as the upload service does."""
    from joblog import JobLog
    from servicekit.docx_scan import Limits, scan_docx

    await (await js.object_store(UPLOADS_BUCKET)).put(job_id, data)
    await JobLog(js).append(
        JobCreated(
            job_id=job_id,
            filename="bench.docx",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            token_sha256=hash_token(new_token()),
            text_bytes=scan_docx(data, Limits()),
        )
    )


async def run_job(js: JetStreamContext, data: bytes, timeout_s: float) -> str:
    """Submit one job and wait until its log holds ``job_completed``; its id.

    The events are followed from the stream, not from their subject: a plain
    subscriber can see ``job_completed`` before the stream has stored it, and a
    read of the log just then ends without it.
    """
    job_id = new_job_id()
    done = asyncio.get_running_loop().create_future()

    async def on_event(message: object) -> None:
        if message.subject.endswith(".job_completed") and not done.done():  # type: ignore[attr-defined]
            done.set_result(None)

    subscription = await js.subscribe(job_subjects(job_id), cb=on_event, ordered_consumer=True)
    await submit(js, job_id, data)
    await asyncio.wait_for(done, timeout=timeout_s)
    await subscription.unsubscribe()
    return job_id


async def bench_job_on_nats(data: bytes, jobs: int = 3) -> list[float]:
    """processing_time_s of whole jobs through a real nats-server and a processor process."""
    from joblog import JobLog

    times: list[float] = []
    async with processor_on_nats() as (_, js):
        for _ in range(jobs):
            job_id = await run_job(js, data, timeout_s=120)
            final = (await JobLog(js).events(job_id))[-1]
            if isinstance(final, JobCompleted):
                times.append(final.processing_time_s)
    return times


def main() -> None:
    path = build_document(OUTPUT / "bench-de.docx")
    data = path.read_bytes()
    count, loading, cold, warm, findings = bench_analyzing(data)
    print(
        f"document: {path.relative_to(ROOT)}, {len(data) / 1024:.0f} KiB, {count} words, {os.cpu_count()} cores"
    )
    print(f"dictionaries loading at processor startup: {loading:.2f} s")
    print(
        f"analyzing: first job (empty word caches) {cold:.2f} s warm median {warm:.2f} s; {findings} findings"
    )
    ours, naive = bench_comments(data)
    print(
        f"2,000 comments: median {ours:.3f} s (sequential ids); python-docx's add_comment id scan: {naive:.2f} s"
    )
    wall, durations, _ = bench_pipeline(data)
    stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in durations.items())
    print(f"pipeline without NATS: median {wall:.2f} s ({stages})")
    times = asyncio.run(bench_job_on_nats(data))
    print(
        "whole job on nats-server, fresh processor process (processing_time_s, first job first): "
        + ", ".join(f"{t:.2f} s" for t in times)
        + f"; median {statistics.median(times):.2f} s"
    )


if __name__ == "__main__":
    main()
