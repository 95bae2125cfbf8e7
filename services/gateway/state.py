"""What a running gateway holds while it serves: settings, the log, the hub."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from nats.aio.client import Client

from joblog import JobLog
from servicekit.client_limit import ClientLimit
from services.gateway.hub import Hub
from services.gateway.settings import Settings


@dataclass(frozen=True)
class Gateway:
    settings: Settings
    nats: Client
    job_log: JobLog
    hub: Hub

    @cached_property
    def clients(self) -> ClientLimit:
        """Open connections per client address, for the life of the process."""
        return ClientLimit(self.settings.max_connections_per_client)

    @property
    def connected(self) -> bool:
        return self.nats.is_connected
