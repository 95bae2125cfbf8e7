"""The four stages of one job: parsing → analyzing → integrating → formatting.

Each stage reports its counted units to the reporter and runs its CPU work in
a thread, so heartbeats and progress keep flowing on the event loop; the
checking itself runs wherever ``checking`` puts it (worker processes in the
service). Any exception becomes a :class:`JobError` naming the stage it
happened in.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import PurePath

from contracts.events import JobCreated, Metrics
from services.processor.checker import Block, Finding
from services.processor.checker.runner import chunks
from services.processor.checking import Checking, CheckRequest, InThread
from services.processor.comments import write_comments
from services.processor.document import (
    ParsedDocument,
    document_paragraphs,
    majority_language,
    open_document,
    read_blocks,
)
from services.processor.errors import (
    CheckFailed,
    CorruptDocument,
    JobError,
    StopRequested,
    TransientError,
)
from services.processor.finding_records import changes, records
from services.processor.reporter import ProgressReporter
from services.processor.tracked_changes import write_changes
from services.processor.wording import job_language, stage_message

Fetch = Callable[[], Awaitable[bytes]]
Store = Callable[[bytes], Awaitable[None]]

# What a failure in each stage most likely means for the student.
_STAGE_ERRORS: dict[str, type[JobError]] = {
    "parsing": CorruptDocument,
    "analyzing": CheckFailed,
    "integrating": JobError,
    "formatting": JobError,
}


def result_name(filename: str, revision: int = 0) -> str:
    """The download name: ``thesis.docx`` → ``thesis-korrigiert.docx`` (revision 1: ``…-2.docx``)."""
    stem = PurePath(PurePath(filename).name).stem or "dokument"
    version = f"-{revision + 1}" if revision else ""
    return f"{stem}-korrigiert{version}.docx"


class Pipeline:
    """Runs one job's stages; holds nothing between jobs but the checker configuration."""

    def __init__(
        self,
        *,
        max_unzipped_bytes: int,
        long_sentence_words: int = 40,
        checking: Checking | None = None,
    ) -> None:
        self._max_unzipped_bytes = max_unzipped_bytes
        self._long_sentence_words = long_sentence_words
        self._checking = checking or InThread()

    async def run(
        self, job: JobCreated, reporter: ProgressReporter, fetch: Fetch, store: Store
    ) -> Metrics:
        reporter.language = job_language(job.language)
        async with self._stage(reporter, "parsing"):
            upload = await fetch()
            parsed = await asyncio.to_thread(self._parse, upload, job, reporter)
            reporter.set_words(parsed.words)
        async with self._stage(reporter, "analyzing"):
            findings = await asyncio.to_thread(self._analyze, job, parsed, reporter)
        async with self._stage(reporter, "integrating", total=len(findings)):
            comments = await asyncio.to_thread(self._integrate, job, parsed, findings, reporter)
        async with self._stage(reporter, "formatting", total=2):
            data = await asyncio.to_thread(self._save, parsed, reporter)
            await store(data)
            reporter.advance(1, stage_message("formatting", reporter.language))
        counts: dict[str, int] = {}
        for finding in findings:
            counts[finding.category] = counts.get(finding.category, 0) + 1
        return Metrics(words=parsed.words, findings=counts, comments_inserted=comments)

    async def revise(
        self,
        job: JobCreated,
        findings: Sequence[Finding],
        reporter: ProgressReporter,
        fetch: Fetch,
        store: Store,
    ) -> int:
        """The result again from the upload and ``findings``: integrating and formatting only.

        Nothing is checked again; the upload is read anew (within integrating)
        because comments are written into a fresh copy of the document.
        """
        reporter.language = job_language(job.language)
        async with self._stage(reporter, "integrating", total=len(findings)):
            upload = await fetch()
            parsed = await asyncio.to_thread(self._reparse, upload, job)
            comments = await asyncio.to_thread(self._integrate, job, parsed, findings, reporter)
        async with self._stage(reporter, "formatting", total=2):
            data = await asyncio.to_thread(self._save, parsed, reporter)
            await store(data)
            reporter.advance(1, stage_message("formatting", reporter.language))
        return comments

    def _integrate(
        self,
        job: JobCreated,
        parsed: ParsedDocument,
        findings: Sequence[Finding],
        reporter: ProgressReporter,
    ) -> int:
        """The comments, one per finding; with ``tracked``, also each single suggestion."""
        comments = write_comments(
            parsed.document,
            parsed.paragraphs,
            findings,
            languages=[block.language for block in parsed.blocks],
            on_comment=lambda: reporter.advance(1, stage_message("integrating", reporter.language)),
        )
        if job.suggestions == "tracked":
            write_changes(parsed.document, parsed.paragraphs, changes(findings, parsed.blocks))
        return comments

    def _reparse(self, upload: bytes, job: JobCreated) -> ParsedDocument:
        document = open_document(upload, max_unzipped_bytes=self._max_unzipped_bytes)
        paragraphs = document_paragraphs(document)
        blocks = read_blocks(document, paragraphs, default_language=job.language, majority=None)
        return ParsedDocument(document, paragraphs, blocks)

    @contextlib.asynccontextmanager
    async def _stage(
        self, reporter: ProgressReporter, stage: str, total: int = 0
    ) -> AsyncIterator[None]:
        reporter.begin_stage(stage, total)
        try:
            yield
        except JobError as error:
            error.stage = error.stage or stage
            raise
        except (TransientError, StopRequested, asyncio.CancelledError):
            raise
        except Exception as error:
            raise _STAGE_ERRORS[stage](f"{type(error).__name__}: {error}", stage=stage) from error
        reporter.finish_stage(stage_message(stage, reporter.language))

    def _parse(self, upload: bytes, job: JobCreated, reporter: ProgressReporter) -> ParsedDocument:
        document = open_document(upload, max_unzipped_bytes=self._max_unzipped_bytes)
        paragraphs = document_paragraphs(document)
        majority = None
        if job.language not in ("de", "en"):
            majority = majority_language([paragraph.text for paragraph in paragraphs])
            reporter.language = majority
        reporter.set_total(len(paragraphs))
        blocks = read_blocks(
            document,
            paragraphs,
            default_language=job.language,
            majority=majority,
            on_paragraph=lambda: reporter.advance(1, stage_message("parsing", reporter.language)),
        )
        return ParsedDocument(document, paragraphs, blocks)

    def _analyze(
        self, job: JobCreated, parsed: ParsedDocument, reporter: ProgressReporter
    ) -> list[Finding]:
        work = list(chunks(parsed.blocks))
        reporter.set_total(len(work))
        # Each chunk counts as what it costs the process checking it, new words and all;
        # the chunks come back in order.
        costs = deque([1.0] * len(work))
        findings: list[Finding] = []

        def weighed(weights: list[float]) -> None:
            costs.clear()
            costs.extend(weights)
            reporter.set_total(sum(weights))

        def done(chunk: Sequence[Block], found: list[Finding]) -> None:
            findings.extend(found)
            reporter.report_findings(records(found, chunk))
            reporter.advance(costs.popleft(), stage_message("analyzing", reporter.language))

        request = CheckRequest(tuple(job.categories), self._long_sentence_words, work)
        self._checking.check(request, done, weighed)
        return findings

    def _save(self, parsed: ParsedDocument, reporter: ProgressReporter) -> bytes:
        buffer = io.BytesIO()
        parsed.document.save(buffer)
        reporter.advance(1, stage_message("formatting", reporter.language))
        return buffer.getvalue()
