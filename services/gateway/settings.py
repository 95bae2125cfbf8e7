"""The gateway's settings, read once from ``KORREKTUR_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from services.gateway.errors import SettingsError

Number = TypeVar("Number", int, float)


@dataclass(frozen=True, kw_only=True)
class Settings:
    nats_url: str = "nats://127.0.0.1:4222"
    host: str = "127.0.0.1"
    port: int = 8002
    # The single public origin (the dev proxy) browsers load the UI from.
    public_port: int = 8000
    replicas: int = 1
    retention_s: float = 0.0
    # Live events a connection may hold unsent before it counts as too slow.
    queue_size: int = 256
    ping_interval_s: float = 15.0
    ping_timeout_s: float = 20.0
    # Clients only ever send tiny control messages (a future {"type": "cancel"}).
    max_client_frame_bytes: int = 4096
    # Empty means the public origin on 127.0.0.1 and localhost; "*" allows any.
    allowed_origins: tuple[str, ...] = ()
    # How long a close may wait on a client that stopped reading.
    close_timeout_s: float = 5.0
    # Connections one client address may hold at once; 0 = no limit.
    max_connections_per_client: int = 128
    # Proxies whose X-Forwarded-For names the client (the dev proxy runs locally).
    forwarded_allow_ips: str = "127.0.0.1"

    @property
    def origins(self) -> frozenset[str]:
        """The Origin values a WebSocket handshake may carry."""
        if self.allowed_origins:
            return frozenset(origin.rstrip("/") for origin in self.allowed_origins)
        return frozenset(
            {f"http://127.0.0.1:{self.public_port}", f"http://localhost:{self.public_port}"}
        )

    @property
    def ws_max_size(self) -> int:
        """The protocol-level frame cap; the app-level check closes politely below it."""
        return self.max_client_frame_bytes * 4

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        origins = env.get("KORREKTUR_ALLOWED_ORIGINS", "")
        return cls(
            nats_url=env.get("KORREKTUR_NATS_URL", cls.nats_url),
            host=env.get("KORREKTUR_HOST", cls.host),
            port=_number(env, "KORREKTUR_GATEWAY_PORT", int, cls.port),
            public_port=_number(env, "KORREKTUR_HTTP_PORT", int, cls.public_port),
            replicas=_number(env, "KORREKTUR_REPLICAS", int, cls.replicas),
            retention_s=_number(env, "KORREKTUR_RETENTION_S", float, cls.retention_s, minimum=0),
            queue_size=_number(env, "KORREKTUR_GATEWAY_QUEUE_SIZE", int, cls.queue_size),
            ping_interval_s=_number(
                env, "KORREKTUR_WS_PING_INTERVAL_S", float, cls.ping_interval_s, minimum=0.1
            ),
            ping_timeout_s=_number(
                env, "KORREKTUR_WS_PING_TIMEOUT_S", float, cls.ping_timeout_s, minimum=0.1
            ),
            allowed_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
            max_connections_per_client=_number(
                env,
                "KORREKTUR_MAX_WS_PER_CLIENT",
                int,
                cls.max_connections_per_client,
                minimum=0,
            ),
            forwarded_allow_ips=env.get("KORREKTUR_FORWARDED_ALLOW_IPS", cls.forwarded_allow_ips),
        )


def _number(
    env: Mapping[str, str], name: str, kind: type[Number], default: Number, *, minimum: float = 1
) -> Number:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"Expected {kind.__name__} for {name}, but got {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"Expected {name} >= {minimum}, but got {raw!r}")
    return value
