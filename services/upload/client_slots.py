"""How many uploads one client address may have in flight at once.

Each upload holds a temporary file and a worker thread while it is checked, so
one address opening hundreds at once could starve everyone else. The address
is the one uvicorn reports, which behind the trusted proxy comes from its
``X-Forwarded-For`` (``KORREKTUR_FORWARDED_ALLOW_IPS``). Counts live in this
process only: with several upload instances the limit applies per instance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from services.upload.errors import TooManyUploads


class ClientSlots:
    def __init__(self, per_client: int) -> None:
        # 0 means no limit.
        self.per_client = per_client
        self._held: Counter[str] = Counter()

    def held(self, client: str) -> int:
        return self._held[client]

    @contextmanager
    def hold(self, client: str) -> Iterator[None]:
        """One slot of ``client`` for the block; :class:`TooManyUploads` when none is free."""
        if self.per_client and self._held[client] >= self.per_client:
            error = TooManyUploads()
            # Refused before the body was read: the answer must linger past it.
            error.body_unread = True
            raise error
        self._held[client] += 1
        try:
            yield
        finally:
            self._held[client] -= 1
            if self._held[client] <= 0:
                del self._held[client]
