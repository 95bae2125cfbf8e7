"""The processor's settings, read from environment variables."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field

from servicekit.docx_scan import DEFAULT_MAX_UNCOMPRESSED_BYTES
from servicekit.environment import Environment


def _default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


@dataclass(frozen=True, kw_only=True)
class Settings:
    nats_url: str = "nats://127.0.0.1:4222"
    replicas: int = 1
    retention_s: float = 0.0
    progress_interval_s: float = 0.1
    # Jobs one processor runs at once.
    concurrency: int = 2
    ack_wait_s: float = 30.0
    # Deliveries that may try the job; one more delivery only records retries_exhausted.
    max_attempts: int = 5
    retry_delay_s: float = 2.0
    shutdown_grace_s: float = 30.0
    max_unzipped_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES
    long_sentence_words: int = 40
    worker_id: str = field(default_factory=_default_worker_id)

    @property
    def heartbeat_s(self) -> float:
        return max(self.ack_wait_s / 3, 0.1)

    @classmethod
    def from_env(cls, variables: Mapping[str, str] | None = None) -> Settings:
        env = Environment(variables)
        defaults = cls()
        return cls(
            nats_url=env.text("KORREKTUR_NATS_URL", defaults.nats_url),
            replicas=env.number("KORREKTUR_REPLICAS", int, defaults.replicas, minimum=1),
            retention_s=env.number("KORREKTUR_RETENTION_S", float, defaults.retention_s),
            progress_interval_s=env.number(
                "KORREKTUR_PROGRESS_INTERVAL_S", float, defaults.progress_interval_s
            ),
            concurrency=env.number(
                "KORREKTUR_PROCESSOR_CONCURRENCY", int, defaults.concurrency, minimum=1
            ),
            ack_wait_s=env.number(
                "KORREKTUR_PROCESSOR_ACK_WAIT_S", float, defaults.ack_wait_s, minimum=0.5
            ),
            max_attempts=env.number(
                "KORREKTUR_PROCESSOR_MAX_ATTEMPTS", int, defaults.max_attempts, minimum=1
            ),
            retry_delay_s=env.number(
                "KORREKTUR_PROCESSOR_RETRY_DELAY_S", float, defaults.retry_delay_s
            ),
            shutdown_grace_s=env.number(
                "KORREKTUR_PROCESSOR_SHUTDOWN_GRACE_S", float, defaults.shutdown_grace_s
            ),
            # The same variable as the upload check's: one limit for both scans.
            max_unzipped_bytes=env.number(
                "KORREKTUR_MAX_UNCOMPRESSED_BYTES", int, defaults.max_unzipped_bytes
            ),
            long_sentence_words=env.number(
                "KORREKTUR_LONG_SENTENCE_WORDS", int, defaults.long_sentence_words, minimum=1
            ),
            worker_id=env.text("KORREKTUR_WORKER_ID", defaults.worker_id),
        )
