"""Where a document is checked: in worker processes, so jobs check side by side on their own cores.

Checking is pure Python. Two jobs checked in threads of one process took
turns on one interpreter lock, and the neighbour of a job being checked
fared worse still: lxml gives the lock up at every call and waits for it
back, so parsing or writing comments beside a check took 5 to 10 times as
long. Each worker is a process of its own that checks one document at a
time and sends the findings back chunk by chunk, so progress stays counted
work. Workers fork from a server that loaded the dictionaries once, so a
worker stopped mid-document (a cancel, a crash) is replaced at once, warm.

``InThread`` checks in the calling thread, for the stages timed alone.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

from services.processor.checker import Block, Checker, Finding
from services.processor.checker.runner import check_work
from services.processor.memory import release_freed_memory
from services.processor.vocabulary import Vocabulary, common_words

# What to do with each chunk's findings, in order, as they come.
OnChunk = Callable[[Sequence[Block], list[Finding]], None]
# What to do with the chunks' weights (their cost to check), known before the first one.
OnWeights = Callable[[list[float]], None]

# The fork server imports this before forking any worker: the dictionaries load once.
_PRELOADED = "services.processor.checker.warmed"
# How long a worker that closed its end has to report its exit code.
_EXIT_GRACE_S = 2.0
# A worker found dead before it answered is replaced once: the document had not begun.
_ATTEMPTS = 2


@dataclass(frozen=True)
class CheckRequest:
    """One document to check: which checks, and its blocks in chunks (the stage's units)."""

    categories: tuple[str, ...]
    long_sentence_words: int
    work: list[list[Block]]

    def checker(self) -> Checker:
        return Checker(self.categories, long_sentence_words=self.long_sentence_words)


class WorkerFailed(Exception):
    """The check failed inside a worker, or the worker itself ended mid-document."""


class Checking(Protocol):
    def check(
        self, request: CheckRequest, on_chunk: OnChunk, on_weights: OnWeights | None = None
    ) -> None:
        """Check every chunk of ``request.work`` in order, calling ``on_chunk`` after each.

        First ``on_weights`` learns what each chunk costs the process checking
        it (:mod:`~services.processor.vocabulary`): the words it has met are cheap.
        An exception from ``on_chunk`` (a cancel) stops the check and propagates.
        """


class InThread:
    """Checking in the calling thread: one job at a time, with nothing to start or stop."""

    def __init__(self) -> None:
        self._vocabulary = Vocabulary(common_words())

    def check(
        self, request: CheckRequest, on_chunk: OnChunk, on_weights: OnWeights | None = None
    ) -> None:
        weights = self._vocabulary.weights(request.work)
        if on_weights is not None:
            on_weights(weights)
        for chunk, found in zip(request.work, check_work(request.checker(), request.work)):
            on_chunk(chunk, found)


class CheckingWorkers:
    """A fixed number of warm checking processes; ``check`` may be called from many threads."""

    def __init__(self, count: int) -> None:
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload([_PRELOADED])
        # The worker used last goes first: with one job at a time (the usual case) one
        # worker does the checking, and its word caches stay warm from job to job.
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._every: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(count):
            self._idle.put(self._started())

    def check(
        self, request: CheckRequest, on_chunk: OnChunk, on_weights: OnWeights | None = None
    ) -> None:
        worker = self._idle.get()
        try:
            for attempt in range(_ATTEMPTS):
                if attempt or not worker.process.is_alive():
                    # Ended while idle (the kernel's memory killer, say), perhaps so lately
                    # that it still looked alive: nothing of this document was done yet.
                    self._stopped(worker)
                    worker = self._started()
                try:
                    worker.connection.send(request)
                    weights = worker.receive()
                    break
                except (WorkerFailed, OSError):
                    if attempt == _ATTEMPTS - 1:
                        raise
            if isinstance(weights, str):
                raise WorkerFailed(weights)
            if on_weights is not None:
                on_weights(weights)
            for chunk in request.work:
                reply = worker.receive()
                if isinstance(reply, str):
                    raise WorkerFailed(reply)
                on_chunk(chunk, reply)
        except BaseException:
            # Mid-document or failed: its state is unknown, so a fresh one takes its place.
            self._stopped(worker)
            if not self._closed:
                self._idle.put(self._started())
            raise
        self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker, busy or not; a check still running then fails."""
        with self._lock:
            self._closed = True
            workers = list(self._every)
        for worker in workers:
            self._stopped(worker)

    def _started(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(theirs,), name="korrektur-checking", daemon=True
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        with self._lock:
            self._every.add(worker)
        return worker

    def _stopped(self, worker: _Worker) -> None:
        with self._lock:
            self._every.discard(worker)
        worker.stop()


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection

    def receive(self) -> list[Any] | str:
        """The chunks' weights first, then each chunk's findings, or a failure's reason."""
        try:
            reply: list[Any] | str = self.connection.recv()
        except (EOFError, OSError) as error:
            self.process.join(_EXIT_GRACE_S)
            raise WorkerFailed(
                f"the checking process ended mid-document (exit code {self.process.exitcode})"
            ) from error
        return reply

    def stop(self) -> None:
        """Killed, not asked: a worker holds nothing worth finishing, and may be mid-document."""
        self.process.kill()
        self.process.join()
        self.connection.close()


def _serve(connection: Connection) -> None:
    """A worker's life: check each document sent, chunk by chunk, until killed or orphaned.

    A failing check sends its error as text; the processor then replaces the worker.
    Each document's chunks are weighed first, by the words this worker has met.
    """
    vocabulary = Vocabulary(common_words())
    try:
        while True:
            request: CheckRequest = connection.recv()
            try:
                connection.send(vocabulary.weights(request.work))
                for found in check_work(request.checker(), request.work):
                    connection.send(found)
            except ConnectionError:
                raise  # the pipe, not the check
            except Exception as error:  # noqa: BLE001 - any failure fails the job, with its reason
                connection.send(f"{type(error).__name__}: {error}")
            release_freed_memory()
    except (EOFError, ConnectionError):
        return  # the processor is gone
