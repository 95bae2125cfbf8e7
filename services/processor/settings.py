"""The processor's settings, read from environment variables."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field


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
    max_unzipped_bytes: int = 200 * 1024 * 1024
    long_sentence_words: int = 40
    worker_id: str = field(default_factory=_default_worker_id)

    @property
    def heartbeat_s(self) -> float:
        return max(self.ack_wait_s / 3, 0.1)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def get(name: str, default: object) -> str:
            return env.get(f"KORREKTUR_{name}", str(default))

        defaults = cls()
        return cls(
            nats_url=get("NATS_URL", defaults.nats_url),
            replicas=int(get("REPLICAS", defaults.replicas)),
            retention_s=float(get("RETENTION_S", defaults.retention_s)),
            progress_interval_s=float(get("PROGRESS_INTERVAL_S", defaults.progress_interval_s)),
            concurrency=int(get("PROCESSOR_CONCURRENCY", defaults.concurrency)),
            ack_wait_s=float(get("PROCESSOR_ACK_WAIT_S", defaults.ack_wait_s)),
            max_attempts=int(get("PROCESSOR_MAX_ATTEMPTS", defaults.max_attempts)),
            retry_delay_s=float(get("PROCESSOR_RETRY_DELAY_S", defaults.retry_delay_s)),
            shutdown_grace_s=float(get("PROCESSOR_SHUTDOWN_GRACE_S", defaults.shutdown_grace_s)),
            max_unzipped_bytes=int(get("MAX_UNZIPPED_BYTES", defaults.max_unzipped_bytes)),
            long_sentence_words=int(get("LONG_SENTENCE_WORDS", defaults.long_sentence_words)),
            worker_id=get("WORKER_ID", defaults.worker_id),
        )
