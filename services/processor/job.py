"""Handling one ``job_created`` delivery, from idempotency check to ack.

The ack comes only after the terminal event is stored, so a crash anywhere
before means redelivery; a redelivered job that already ended is just acked.
"""

from __future__ import annotations

import asyncio
import logging

import msgspec

from contracts.events import JobCreated, RevisionRequested, decode_event
from contracts.state import JobState, fold
from joblog import JobLog
from joblog.connection import UNAVAILABLE, Connection, JetStream
from joblog.files import FileMissing, JobFiles, StoreUnavailable
from joblog.job_queue import Delivery
from services.processor.checker import Finding
from services.processor.checking import Checking
from services.processor.errors import (
    JobError,
    RetriesExhausted,
    StopRequested,
    Superseded,
    TransientError,
    UploadMissing,
)
from services.processor.heartbeat import keep_alive
from services.processor.memory import release_freed_memory
from services.processor.outbox import Outbox
from services.processor.pipeline import Pipeline, result_name
from services.processor.rates import RateBook
from services.processor.reporter import ProgressReporter
from services.processor.settings import Settings
from services.processor.stopping import StopSignal, stop_signal
from services.processor.wording import job_language

log = logging.getLogger(__name__)

# Not the job's fault: it is handed back and tried again later.
_RETRYABLE: tuple[type[BaseException], ...] = (TransientError, *UNAVAILABLE)
# What a run passes on to handle() untouched: retries and shutdown.
_PASSED_ON: tuple[type[BaseException], ...] = (*_RETRYABLE, asyncio.CancelledError)


class JobRunner:
    """Turns deliveries into job runs; one instance serves every job of a processor."""

    def __init__(
        self,
        js: JetStream,
        client: Connection,
        settings: Settings,
        checking: Checking | None = None,
    ) -> None:
        self._js = js
        # Core NATS for the per-job cancel signal.
        self._client = client
        self._settings = settings
        self._log = JobLog(js)
        self._files = JobFiles(js)
        self._rates = RateBook(js)
        # Deliveries this processor handles right now: a job's kind, for its learned durations.
        self._running = 0
        self._pipeline = Pipeline(
            max_unzipped_bytes=settings.max_unzipped_bytes,
            long_sentence_words=settings.long_sentence_words,
            checking=checking,
        )

    async def handle(self, delivery: Delivery) -> None:
        """Process one delivery and settle it: ack, nak (retry later) or term (poison)."""
        try:
            job = decode_event(delivery.data)
        except (msgspec.DecodeError, msgspec.ValidationError):
            log.error("terminating an undecodable job_created message")
            await delivery.term()
            return
        if not isinstance(job, JobCreated | RevisionRequested):
            await delivery.term()
            return
        # Counted from here, before any await: a job delivered together with this
        # one shows in this one's very first estimate.
        self._running += 1
        try:
            await self._handle(job, delivery)
        finally:
            self._running -= 1

    async def _handle(self, job: JobCreated | RevisionRequested, delivery: Delivery) -> None:
        """Run the job or revision, then settle its delivery."""
        attempt = delivery.attempt
        try:
            async with (
                keep_alive(delivery, self._settings.heartbeat_s),
                stop_signal(self._client, job.job_id) as stop,
            ):
                if isinstance(job, RevisionRequested):
                    await self._revise(job, attempt, stop)
                else:
                    await self._attempt(job, attempt, stop)
        except Superseded:
            # A later delivery runs the job; settling this stale one could ack its work.
            log.warning("job %s attempt %d was superseded; leaving it", job.job_id, attempt)
            return
        except _RETRYABLE as error:
            log.warning("job %s attempt %d will be retried: %s", job.job_id, attempt, error)
            await _settle(delivery.nak(delay_s=self._settings.retry_delay_s))
            return
        except asyncio.CancelledError:
            # Shutdown before the job finished: hand it to another processor now.
            await _settle(delivery.nak())
            raise
        # Before the ack, so a processor with nothing unacknowledged has also given memory back.
        release_freed_memory()
        await _settle(delivery.ack())

    async def _attempt(self, job: JobCreated, attempt: int, stop: StopSignal) -> None:
        logged = [entry async for entry in self._log.read(job.job_id)]
        state = fold(entry.event for entry in logged)
        if state.finished:
            log.info("job %s already %s; acknowledging the redelivery", job.job_id, state.status)
            return
        if state.cancel_requested:
            stop.cancel()  # cancelled while queued or between attempts
        last_seq = logged[-1].seq if logged else 0
        outbox = Outbox(self._log, job_id=job.job_id, attempt=attempt, last_seq=last_seq, stop=stop)
        load = self._running
        try:
            reporter = await self._reporter(job, outbox, stop, attempt, floor=state.progress)
            reporter.language = job_language(job.language)
            completed = await self._run(job, attempt, state, reporter, stop)
            # The one place this attempt's events are known to be stored; raises
            # Superseded if another attempt took the job over meanwhile.
            await outbox.flush()
        finally:
            # A job joined by another while it ran learns as one that ran beside it.
            load = max(load, self._running)
            await outbox.close()
        if completed:
            await self._learn(job, reporter, load)

    async def _run(
        self,
        job: JobCreated,
        attempt: int,
        state: JobState,
        reporter: ProgressReporter,
        stop: StopSignal,
    ) -> bool:
        """Take the job to its terminal event; whether it completed."""
        if stop.cancelled:
            reporter.cancelled(None)
            return False
        if attempt > self._settings.max_attempts:
            exhausted = RetriesExhausted(f"{attempt - 1} attempts", stage=state.current_stage)
            _fail(job, reporter, exhausted)
            return False
        reporter.started(self._settings.worker_id)
        try:
            metrics = await self._pipeline.run(
                job,
                reporter,
                lambda: self._fetch(job.job_id),
                lambda data: self._store(job.job_id, data),
            )
        except JobError as error:
            _fail(job, reporter, error)
            return False
        except StopRequested:
            if stop.cancelled:
                reporter.cancelled(reporter.stage)
            return False  # otherwise superseded: the outbox's flush says so
        except _PASSED_ON:
            raise
        except Exception as error:
            log.exception("job %s: unexpected error", job.job_id)
            _fail(job, reporter, JobError(repr(error), stage=reporter.stage))
            return False
        reporter.completed(result_name(job.filename), metrics)
        return True

    async def _revise(self, request: RevisionRequested, attempt: int, stop: StopSignal) -> None:
        """Rebuild the result from the findings left; the job's findings are not checked again."""
        logged = [entry async for entry in self._log.read(request.job_id)]
        state = fold(entry.event for entry in logged)
        revision = state.revision
        created = next((e.event for e in logged if isinstance(e.event, JobCreated)), None)
        if revision is None or revision.number != request.revision or created is None:
            return  # stale: another request replaced it, or the job is gone
        if revision.status != "running":
            return  # a redelivery of a revision that already ended
        outbox = Outbox(
            self._log,
            job_id=request.job_id,
            attempt=attempt,
            last_seq=logged[-1].seq,
            stop=stop,
            run=f"r{request.revision}",
        )
        try:
            reporter = await self._reporter(created, outbox, stop, attempt)
            dismissed = set(state.dismissed)
            findings = [
                Finding(f.paragraph, f.start, f.end, f.category, f.message)
                for f in state.findings.values()
                if f.id not in dismissed
            ]
            try:
                comments = await self._pipeline.revise(
                    created,
                    findings,
                    reporter,
                    lambda: self._fetch(request.job_id),
                    lambda data: self._store(request.job_id, data),
                )
            except JobError as error:
                log.warning("revision of job %s failed: %s", request.job_id, error.code)
                message = error.worded(reporter.language)
                reporter.revision_failed(request.revision, error.code, message)
            else:
                name = result_name(created.filename, request.revision)
                reporter.revision_completed(request.revision, name, comments)
            await outbox.flush()
        finally:
            await outbox.close()

    async def _reporter(
        self,
        job: JobCreated,
        outbox: Outbox,
        stop: StopSignal,
        attempt: int,
        floor: float = 0.0,
    ) -> ProgressReporter:
        """The progress of one attempt, published through ``outbox``, stopped by ``stop``."""
        return ProgressReporter(
            job.job_id,
            outbox.emit,
            stop=stop,
            text_bytes=job.text_bytes,
            models=await self._rates.models(job.language, self._settings.concurrency),
            load=lambda: self._running,
            interval_s=self._settings.progress_interval_s,
            attempt=attempt,
            floor=floor,
        )

    async def _learn(self, job: JobCreated, reporter: ProgressReporter, load: int) -> None:
        try:
            await self._rates.learn(
                job.language,
                load,
                reporter.durations,
                words=reporter.words or 0,
                text_bytes=job.text_bytes,
                variations=reporter.variations,
                units=reporter.units,
            )
        except Exception as error:  # noqa: BLE001 - rates improve ETAs; losing one update is harmless
            log.warning("could not update learned rates: %s", error)

    async def _fetch(self, job_id: str) -> bytes:
        try:
            return await self._files.read_upload(job_id)
        except FileMissing as error:
            raise UploadMissing(job_id, stage="parsing") from error
        except StoreUnavailable as error:
            raise TransientError(str(error)) from error

    async def _store(self, job_id: str, data: bytes) -> None:
        try:
            await self._files.put_result(job_id, data)
        except StoreUnavailable as error:
            raise TransientError(str(error)) from error


def _fail(job: JobCreated, reporter: ProgressReporter, error: JobError) -> None:
    log.warning("job %s failed in %s: %s (%s)", job.job_id, error.stage, error.code, error.detail)
    reporter.failed(error.code, error.worded(reporter.language), error.stage or reporter.stage)


async def _settle(settling: object) -> None:
    """Nak/ack may fail while NATS is away; redelivery after ack_wait covers that."""
    try:
        await settling  # type: ignore[misc]
    except Exception as error:  # noqa: BLE001
        log.warning("could not settle a delivery: %s", error)
