"""Learned duration models live in JetStream KV: per kind of job, and through restarts."""

from __future__ import annotations

from pathlib import Path

from joblog import connect, provision
from korrektur.natsserver import NatsServer
from services.processor import eta
from services.processor.rates import RateBook

DURATIONS = {"parsing": 0.2, "analyzing": 2.0, "integrating": 0.1, "formatting": 0.05}


async def test_what_was_learned_survives_a_restart_of_server_and_processor(
    tmp_path: Path,
) -> None:
    # Given a processor that learned from one job, then stopped with its nats-server
    with NatsServer(store_dir=tmp_path, log_file=tmp_path / "nats.log") as server:
        client = await connect(server.url, "before")
        await provision(client.jetstream())
        await RateBook(client.jetstream()).learn(
            "de", 1, DURATIONS, words=20_000, text_bytes=120_000
        )
        before = await RateBook(client.jetstream()).models("de", 2)
        await client.drain()

    # When both start again on the same store
    with NatsServer(store_dir=tmp_path, log_file=tmp_path / "nats.log") as server:
        client = await connect(server.url, "after")
        after = await RateBook(client.jetstream()).models("de", 2)
        await client.drain()

    # Then the model is the one learned, ready for the first job
    assert after == before and after[1].jobs == 1
    assert after[1].seconds("analyzing", 20_000) == 2.0
    assert eta.words_guess(after[1], 120_000) == (20_000, eta.UNKNOWN_SPREAD)


async def test_kinds_of_job_learn_apart_and_an_unseen_kind_borrows_without_a_record(
    tmp_path: Path,
) -> None:
    with NatsServer(store_dir=tmp_path, log_file=tmp_path / "nats.log") as server:
        client = await connect(server.url, "kinds")
        js = client.jetstream()
        await provision(js)
        book = RateBook(js)
        for _ in range(4):
            await book.learn("de", 1, DURATIONS, words=20_000, text_bytes=120_000)
        slower = {stage: 2 * seconds for stage, seconds in DURATIONS.items()}
        await book.learn("en", 2, slower, words=20_000, text_bytes=120_000)
        german = await book.models("de", 2)
        english = await book.models("en", 2)
        await client.drain()

    # German alone has a record; German beside another job borrows it, as a guess
    assert german[1].jobs == 4 and german[1].spread("analyzing") < eta.UNKNOWN_SPREAD
    assert german[2].seconds("analyzing", 20_000) == german[1].seconds("analyzing", 20_000)
    assert german[2].spread("analyzing") == eta.UNKNOWN_SPREAD
    # English beside another job learned its own, slower durations; German's are untouched
    assert english[2].seconds("analyzing", 20_000) == 4.0
    assert german[1].seconds("analyzing", 20_000) == 2.0
