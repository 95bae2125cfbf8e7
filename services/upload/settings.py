"""Typed settings of the upload service, read once from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

MB = 1024 * 1024
Number = TypeVar("Number", int, float)


@dataclass(frozen=True, kw_only=True)
class Settings:
    nats_url: str = "nats://127.0.0.1:4222"
    host: str = "127.0.0.1"
    port: int = 8001
    replicas: int = 1
    retention_s: float = 0.0
    # The most a client may send as the thesis itself.
    max_upload_bytes: int = 50 * MB
    # What the zip may unpack to in total: stops zip bombs.
    max_uncompressed_bytes: int = 200 * MB
    # Real .docx parts compress 5-20x; far beyond that is a bomb, not a thesis.
    max_compression_ratio: float = 100.0
    # Where uploads wait on disk while they are checked; None = the system default.
    tmp_dir: Path | None = None
    # Uploads one client address may have in flight at once; 0 = no limit.
    max_uploads_per_client: int = 4
    # Proxies whose X-Forwarded-For uvicorn believes (the dev proxy runs locally).
    forwarded_allow_ips: str = "127.0.0.1"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        tmp_dir = env.get("KORREKTUR_UPLOAD_TMP_DIR")
        return cls(
            nats_url=env.get("KORREKTUR_NATS_URL", cls.nats_url),
            host=env.get("KORREKTUR_HOST", cls.host),
            port=_number(env, "KORREKTUR_UPLOAD_PORT", cls.port, int),
            replicas=_number(env, "KORREKTUR_REPLICAS", cls.replicas, int),
            retention_s=_number(env, "KORREKTUR_RETENTION_S", cls.retention_s, float),
            max_upload_bytes=_number(env, "KORREKTUR_MAX_UPLOAD_BYTES", cls.max_upload_bytes, int),
            max_uncompressed_bytes=_number(
                env, "KORREKTUR_MAX_UNCOMPRESSED_BYTES", cls.max_uncompressed_bytes, int
            ),
            max_compression_ratio=_number(
                env, "KORREKTUR_MAX_COMPRESSION_RATIO", cls.max_compression_ratio, float
            ),
            max_uploads_per_client=_number(
                env, "KORREKTUR_MAX_UPLOADS_PER_CLIENT", cls.max_uploads_per_client, int
            ),
            tmp_dir=Path(tmp_dir) if tmp_dir else None,
            forwarded_allow_ips=env.get("KORREKTUR_FORWARDED_ALLOW_IPS", cls.forwarded_allow_ips),
        )


def _number(env: Mapping[str, str], name: str, default: Number, kind: type[Number]) -> Number:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ValueError(f"Expected {name} to be {what}, but got {raw!r}") from None
    if value < 0:
        raise ValueError(f"Expected {name} to be zero or more, but got {raw!r}")
    return value
