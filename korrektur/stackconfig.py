"""Settings of the local stack, from the same environment variables the README lists."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StackSettings:
    # 0 means any free port (what tests use).
    http_port: int = 8000
    host: str = "127.0.0.1"
    data_dir: Path = Path("data")
    # None: start an embedded nats-server in data_dir/nats.
    nats_url: str | None = None
    # Processor processes; more than one lets a job survive a processor's death at once.
    processors: int = 2
    # /metrics ports: upload, gateway, then one per processor from here on; 0: any free ports.
    metrics_port: int = 9101

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> StackSettings:
        return cls(
            http_port=int(env.get("KORREKTUR_HTTP_PORT", "8000")),
            host=env.get("KORREKTUR_HOST", "127.0.0.1"),
            data_dir=Path(env.get("KORREKTUR_DATA_DIR", "data")),
            nats_url=env.get("KORREKTUR_NATS_URL") or None,
            processors=max(int(env.get("KORREKTUR_PROCESSORS", "2")), 1),
            metrics_port=int(env.get("KORREKTUR_METRICS_PORT", "9101")),
        )
