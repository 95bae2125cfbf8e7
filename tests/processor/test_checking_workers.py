"""Checking in worker processes: the same findings as in the thread, and a stopped worker replaced."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator, Sequence

import pytest

from services.processor.checker import Block, Finding
from services.processor.checking import CheckingWorkers, CheckRequest, InThread, WorkerFailed
from services.processor.vocabulary import Vocabulary, common_words

# Each chunk one paragraph, with slips of several kinds (spelling, das/dass, a doubled word).
_PARAGRAPHS = (
    "Die Ergebnise der Befragung waren eindeutig und wurden sorgfältig ausgewertet.",
    "Wir wussten nicht, das die Befragung anonym war, und fragten deshalb nach.",
    "Das Modell beschreibt die die Abläufe im Betrieb vollständig und nachvollziehbar.",
    "Eine kurze Zusammenfasung schließt das Kapitel ab und leitet zum nächsten über.",
)


def request(categories: tuple[str, ...] = ()) -> CheckRequest:
    work = [[Block(index, text)] for index, text in enumerate(_PARAGRAPHS)]
    return CheckRequest(categories, 40, work)


def collected(checking: CheckingWorkers | InThread, job: CheckRequest) -> list[list[Finding]]:
    chunks: list[list[Finding]] = []
    checking.check(job, lambda chunk, found: chunks.append(found))
    return chunks


@pytest.fixture(scope="module")
def workers() -> Iterator[CheckingWorkers]:
    checking = CheckingWorkers(2)
    yield checking
    checking.close()


def test_workers_find_what_the_thread_finds_chunk_by_chunk(workers: CheckingWorkers) -> None:
    expected = collected(InThread(), request())
    assert len(expected) == len(_PARAGRAPHS)
    assert sum(map(len, expected)) >= 3  # the slips above are found at all
    assert collected(workers, request()) == expected


def test_a_worker_weighs_the_chunks_first_by_the_words_it_has_met() -> None:
    single = CheckingWorkers(1)
    try:
        weighed: list[list[float]] = []
        for _ in range(2):
            single.check(request(), lambda chunk, found: None, weighed.append)
    finally:
        single.close()
    first, again = weighed
    assert first == Vocabulary(common_words()).weights(request().work)
    # The same document again: every word met before, so each chunk weighs its words.
    assert again == [float(len(text.rstrip(".").replace(",", "").split())) for text in _PARAGRAPHS]
    assert all(new > old for new, old in zip(first, again))


def test_two_documents_checked_at_once_keep_their_own_findings(workers: CheckingWorkers) -> None:
    spelling = request(("spelling",))
    das_dass = request(("das_dass",))
    results = at_once(workers, {"spelling": spelling, "das_dass": das_dass})
    assert results["spelling"] == collected(InThread(), spelling)
    assert results["das_dass"] == collected(InThread(), das_dass)
    assert {f.category for chunk in results["spelling"] for f in chunk} == {"spelling"}


def at_once(
    workers: CheckingWorkers, jobs: dict[str, CheckRequest]
) -> dict[str, list[list[Finding]]]:
    """Each job's findings, the jobs checked from threads of their own at the same time."""
    results: dict[str, list[list[Finding]]] = {}

    def run(name: str, job: CheckRequest) -> None:
        results[name] = collected(workers, job)

    threads = [threading.Thread(target=run, args=item) for item in jobs.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


class Cancelled(Exception):
    pass


def test_a_cancel_mid_document_stops_it_and_the_next_document_is_whole(
    workers: CheckingWorkers,
) -> None:
    seen: list[Sequence[Block]] = []

    def cancel_after_two(chunk: Sequence[Block], found: list[Finding]) -> None:
        seen.append(chunk)
        if len(seen) == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        workers.check(request(), cancel_after_two)
    assert len(seen) == 2
    assert collected(workers, request()) == collected(InThread(), request())


def test_workers_killed_mid_document_fail_that_check_only(workers: CheckingWorkers) -> None:
    def kill_the_workers(chunk: Sequence[Block], found: list[Finding]) -> None:
        # As the kernel's memory killer would: the busy worker and the idle one.
        for child in workers_alive():
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]

    # A long second chunk: the worker is still on it when the first chunk's findings arrive.
    long = [Block(i, _PARAGRAPHS[i % len(_PARAGRAPHS)]) for i in range(1, 2000)]
    job = CheckRequest((), 40, [[Block(0, _PARAGRAPHS[0])], long])
    with pytest.raises(WorkerFailed, match="ended mid-document"):
        workers.check(job, kill_the_workers)
    results = at_once(workers, {"all": request(), "spelling": request(("spelling",))})
    assert results["all"] == collected(InThread(), request())
    assert results["spelling"] == collected(InThread(), request(("spelling",)))
    assert len(workers_alive()) == 2


def test_a_worker_lost_while_idle_is_replaced_before_the_document_begins(
    workers: CheckingWorkers,
) -> None:
    # Killed so lately that it still looks alive: its pipe is broken when the document comes.
    # Closing our end of the pipe breaks it the same way, without waiting on a race.
    lost = workers._idle.get()
    lost.connection.close()
    workers._idle.put(lost)
    assert collected(workers, request()) == collected(InThread(), request())
    assert len(workers_alive()) == 2


def workers_alive() -> list[multiprocessing.process.BaseProcess]:
    return [
        child for child in multiprocessing.active_children() if child.name == "korrektur-checking"
    ]


def test_a_check_that_fails_in_a_worker_says_why(workers: CheckingWorkers) -> None:
    broken = CheckRequest((), 40, [["not a block"]])  # type: ignore[list-item]
    with pytest.raises(WorkerFailed, match="AttributeError"):
        workers.check(broken, lambda chunk, found: None)
    assert collected(workers, request()) == collected(InThread(), request())
