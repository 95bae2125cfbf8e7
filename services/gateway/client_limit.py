"""How many WebSockets one client address may hold open at once.

A flood of connections from one address would otherwise cost a watcher, a
replay and a socket each. The address is the one uvicorn reports: behind a
trusted proxy (``KORREKTUR_FORWARDED_ALLOW_IPS``) it comes from
``X-Forwarded-For``, from anyone else it is the peer itself, so a client cannot
spread itself over invented addresses. Counts are per gateway process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from services.gateway.errors import TooManyConnections


class ClientLimit:
    def __init__(self, per_client: int) -> None:
        # 0 means no limit.
        self.per_client = per_client
        self._open: Counter[str] = Counter()

    def open_from(self, client: str) -> int:
        return self._open[client]

    @contextmanager
    def admit(self, client: str) -> Iterator[None]:
        """Count the connection for the block; :class:`TooManyConnections` past the limit."""
        if self.per_client and self._open[client] >= self.per_client:
            raise TooManyConnections(self.per_client)
        self._open[client] += 1
        try:
            yield
        finally:
            self._open[client] -= 1
            if self._open[client] <= 0:
                del self._open[client]
