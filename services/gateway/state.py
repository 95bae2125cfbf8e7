"""What a running gateway holds while it serves: settings, the log, the hub."""

from __future__ import annotations

from dataclasses import dataclass

from nats.aio.client import Client

from joblog import JobLog
from services.gateway.hub import Hub
from services.gateway.settings import Settings


@dataclass(frozen=True)
class Gateway:
    settings: Settings
    nats: Client
    job_log: JobLog
    hub: Hub

    @property
    def connected(self) -> bool:
        return self.nats.is_connected
