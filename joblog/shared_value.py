"""One JSON document in a KV bucket that many processes fold their updates into, none lost.

Each update reads the newest revision, applies its change and writes back
only if nobody wrote in between (JetStream KV's compare-and-set); on a
conflict it reads again and folds its change into the other writer's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import msgspec
from nats.js import JetStreamContext
from nats.js.errors import BadRequestError, KeyNotFoundError, KeyWrongLastSequenceError

log = logging.getLogger(__name__)

T = TypeVar("T")
_RETRIES = 5


class SharedValue(Generic[T]):
    """The document under ``key`` in ``bucket``, decoded as ``kind``; ``empty()`` when absent."""

    def __init__(
        self, js: JetStreamContext, bucket: str, key: str, kind: type[T], empty: Callable[[], T]
    ) -> None:
        self._js = js
        self._bucket = bucket
        self._key = key
        self._decoder = msgspec.json.Decoder(kind)
        self._empty = empty

    async def read(self) -> T:
        value, _revision = await self._get()
        return value

    async def update(self, change: Callable[[T], T]) -> T:
        """Apply ``change`` to the newest value and store it; the stored value is returned."""
        kv = await self._js.key_value(self._bucket)
        value = self._empty()
        for _ in range(_RETRIES):
            value, revision = await self._get()
            updated = change(value)
            encoded = msgspec.json.encode(updated)
            try:
                if revision is None:
                    await kv.create(self._key, encoded)
                else:
                    await kv.update(self._key, encoded, last=revision)
                return updated
            except (KeyWrongLastSequenceError, BadRequestError):
                continue  # someone else wrote first; fold this change into theirs
        log.warning("gave up updating %s after %d conflicts", self._key, _RETRIES)
        return value

    async def _get(self) -> tuple[T, int | None]:
        kv = await self._js.key_value(self._bucket)
        try:
            entry = await kv.get(self._key)
        except KeyNotFoundError:
            return self._empty(), None
        try:
            return self._decoder.decode(entry.value or b""), entry.revision
        except msgspec.DecodeError:
            log.warning("ignoring undecodable %s", self._key)
            return self._empty(), entry.revision
