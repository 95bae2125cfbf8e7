"""What a request handler may depend on: the settings and the connections the lifespan made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated

from fastapi import Depends, Request

from joblog import JobLog
from joblog.files import JobFiles
from servicekit.client_limit import ClientLimit
from services.upload.settings import Settings


@dataclass(frozen=True)
class Services:
    """Everything the lifespan connected, held on ``app.state`` for the app's lifetime."""

    settings: Settings
    # Whether the NATS connection is up, for /healthz.
    connected: Callable[[], bool]
    log: JobLog
    files: JobFiles

    @cached_property
    def upload_slots(self) -> ClientLimit:
        """Uploads in flight per client address, for the whole life of the app."""
        return ClientLimit(self.settings.max_uploads_per_client)


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]
