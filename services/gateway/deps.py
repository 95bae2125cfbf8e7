"""What a running gateway holds while it serves: settings, the log, the hub."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from joblog import JobLog
from servicekit.client_limit import ClientLimit
from services.gateway.hub import Hub
from services.gateway.settings import Settings


@dataclass(frozen=True)
class Gateway:
    settings: Settings
    # Whether the NATS connection is up, for /healthz.
    is_connected: Callable[[], bool]
    job_log: JobLog
    hub: Hub

    @cached_property
    def clients(self) -> ClientLimit:
        """Open connections per client address, for the life of the process."""
        return ClientLimit(self.settings.max_connections_per_client)

    @property
    def connected(self) -> bool:
        return self.is_connected()
