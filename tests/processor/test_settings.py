"""Settings come from KORREKTUR_* variables, with the documented defaults."""

from __future__ import annotations

from services.processor.settings import Settings


def test_defaults_when_nothing_is_set() -> None:
    settings = Settings.from_env({})
    assert settings.nats_url == "nats://127.0.0.1:4222"
    assert (settings.concurrency, settings.progress_interval_s, settings.max_attempts) == (
        2,
        0.1,
        5,
    )
    assert settings.worker_id  # hostname-pid


def test_variables_override_defaults() -> None:
    settings = Settings.from_env(
        {
            "KORREKTUR_NATS_URL": "nats://a:1,nats://b:2",
            "KORREKTUR_PROGRESS_INTERVAL_S": "0.5",
            "KORREKTUR_PROCESSOR_CONCURRENCY": "4",
            "KORREKTUR_PROCESSOR_ACK_WAIT_S": "9",
            "KORREKTUR_WORKER_ID": "p-1",
        }
    )
    assert settings.nats_url == "nats://a:1,nats://b:2"
    assert (settings.progress_interval_s, settings.concurrency, settings.ack_wait_s) == (
        0.5,
        4,
        9.0,
    )
    assert settings.heartbeat_s == 3.0 and settings.worker_id == "p-1"
