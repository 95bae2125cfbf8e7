"""Typed settings of the upload service, read once from the environment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from servicekit.docx_scan import DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_UNCOMPRESSED_BYTES
from servicekit.environment import Environment

MB = 1024 * 1024


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
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES
    # Real .docx parts compress 5-20x; far beyond that is a bomb, not a thesis.
    max_compression_ratio: float = DEFAULT_MAX_COMPRESSION_RATIO
    # Where uploads wait on disk while they are checked; None = the system default.
    tmp_dir: Path | None = None
    # Uploads one client address may have in flight at once; 0 = no limit.
    max_uploads_per_client: int = 4
    # Proxies whose X-Forwarded-For uvicorn believes (the dev proxy runs locally).
    forwarded_allow_ips: str = "127.0.0.1"

    @classmethod
    def from_env(cls, variables: Mapping[str, str] | None = None) -> Settings:
        env = Environment(variables)
        tmp_dir = env.optional("KORREKTUR_UPLOAD_TMP_DIR")
        return cls(
            nats_url=env.text("KORREKTUR_NATS_URL", cls.nats_url),
            host=env.text("KORREKTUR_HOST", cls.host),
            port=env.number("KORREKTUR_UPLOAD_PORT", int, cls.port),
            replicas=env.number("KORREKTUR_REPLICAS", int, cls.replicas, minimum=1),
            retention_s=env.number("KORREKTUR_RETENTION_S", float, cls.retention_s),
            max_upload_bytes=env.number("KORREKTUR_MAX_UPLOAD_BYTES", int, cls.max_upload_bytes),
            max_uncompressed_bytes=env.number(
                "KORREKTUR_MAX_UNCOMPRESSED_BYTES", int, cls.max_uncompressed_bytes
            ),
            max_compression_ratio=env.number(
                "KORREKTUR_MAX_COMPRESSION_RATIO", float, cls.max_compression_ratio
            ),
            max_uploads_per_client=env.number(
                "KORREKTUR_MAX_UPLOADS_PER_CLIENT", int, cls.max_uploads_per_client
            ),
            tmp_dir=Path(tmp_dir) if tmp_dir else None,
            forwarded_allow_ips=env.text("KORREKTUR_FORWARDED_ALLOW_IPS", cls.forwarded_allow_ips),
        )
