"""The gateway's settings, read once from ``KORREKTUR_*`` environment variables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from servicekit.environment import Environment


@dataclass(frozen=True, kw_only=True)
class Settings:
    nats_url: str = "nats://127.0.0.1:4222"
    host: str = "127.0.0.1"
    port: int = 8002
    # The single public origin (the dev proxy) browsers load the UI from.
    public_port: int = 8000
    replicas: int = 1
    retention_s: float = 0.0
    # Live events a connection may have waiting while its replay is sent.
    queue_size: int = 256
    # Bytes a live connection may leave unread (beyond the kernel's buffer) before it
    # counts as too slow.
    send_buffer_bytes: int = 1 << 20
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
    def trusted_proxies(self) -> frozenset[str]:
        """The peers whose X-Forwarded-For names the client."""
        return frozenset(ip.strip() for ip in self.forwarded_allow_ips.split(",") if ip.strip())

    @property
    def ws_max_size(self) -> int:
        """The protocol-level frame cap; the app-level check closes politely below it."""
        return self.max_client_frame_bytes * 4

    @classmethod
    def from_env(cls, variables: Mapping[str, str] | None = None) -> Settings:
        env = Environment(variables)
        return cls(
            nats_url=env.text("KORREKTUR_NATS_URL", cls.nats_url),
            host=env.text("KORREKTUR_HOST", cls.host),
            port=env.number("KORREKTUR_GATEWAY_PORT", int, cls.port, minimum=1),
            public_port=env.number("KORREKTUR_HTTP_PORT", int, cls.public_port, minimum=1),
            replicas=env.number("KORREKTUR_REPLICAS", int, cls.replicas, minimum=1),
            retention_s=env.number("KORREKTUR_RETENTION_S", float, cls.retention_s),
            queue_size=env.number("KORREKTUR_GATEWAY_QUEUE_SIZE", int, cls.queue_size, minimum=1),
            send_buffer_bytes=env.number(
                "KORREKTUR_GATEWAY_SEND_BUFFER_BYTES", int, cls.send_buffer_bytes, minimum=1
            ),
            ping_interval_s=env.number(
                "KORREKTUR_WS_PING_INTERVAL_S", float, cls.ping_interval_s, minimum=0.1
            ),
            ping_timeout_s=env.number(
                "KORREKTUR_WS_PING_TIMEOUT_S", float, cls.ping_timeout_s, minimum=0.1
            ),
            allowed_origins=env.items("KORREKTUR_ALLOWED_ORIGINS"),
            max_connections_per_client=env.number(
                "KORREKTUR_MAX_WS_PER_CLIENT", int, cls.max_connections_per_client
            ),
            forwarded_allow_ips=env.text("KORREKTUR_FORWARDED_ALLOW_IPS", cls.forwarded_allow_ips),
        )
