"""How many things one client address may hold at once (uploads, WebSockets).

One address opening hundreds at once could starve everyone else. The address
is the one uvicorn reports: behind a trusted proxy (``KORREKTUR_FORWARDED_ALLOW_IPS``)
it comes from ``X-Forwarded-For``, from anyone else it is the peer itself, so a
client cannot spread itself over invented addresses. Counts live in this
process only: with several instances the limit applies per instance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager


class LimitReached(Exception):
    def __init__(self, client: str, limit: int) -> None:
        super().__init__(f"Expected at most {limit} at once from {client}, but one more came")
        self.client = client
        self.limit = limit


class ClientLimit:
    def __init__(self, per_client: int) -> None:
        # 0 means no limit.
        self.per_client = per_client
        self._held: Counter[str] = Counter()

    def held_by(self, client: str) -> int:
        return self._held[client]

    @contextmanager
    def admit(self, client: str) -> Iterator[None]:
        """Count one for ``client`` during the block; :class:`LimitReached` past the limit."""
        if self.per_client and self._held[client] >= self.per_client:
            raise LimitReached(client, self.per_client)
        self._held[client] += 1
        try:
            yield
        finally:
            self._held[client] -= 1
            if self._held[client] <= 0:
                del self._held[client]
