"""Learned stage rates, shared by every processor through a JetStream KV bucket."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import msgspec
from nats.js import JetStreamContext
from nats.js.errors import BadRequestError, KeyNotFoundError, KeyWrongLastSequenceError

from contracts.subjects import RATES_BUCKET
from services.processor import eta

log = logging.getLogger(__name__)

KEY = "stage-rates"
_RETRIES = 5
_decoder = msgspec.json.Decoder(eta.StageRates)


class RateBook:
    """Read and fold in rates with optimistic concurrency, so concurrent jobs never lose an update."""

    def __init__(self, js: JetStreamContext) -> None:
        self._js = js

    async def load(self) -> eta.StageRates:
        rates, _revision = await self._get()
        return rates

    async def learn(
        self, durations: Mapping[str, float], *, words: int, size: int
    ) -> eta.StageRates:
        kv = await self._js.key_value(RATES_BUCKET)
        for _ in range(_RETRIES):
            rates, revision = await self._get()
            updated = eta.learn(rates, durations, words=words, size=size)
            value = msgspec.json.encode(updated)
            try:
                if revision is None:
                    await kv.create(KEY, value)
                else:
                    await kv.update(KEY, value, last=revision)
                return updated
            except (KeyWrongLastSequenceError, BadRequestError):
                continue  # someone else learned first; fold our job into theirs
        log.warning("gave up updating %s after %d conflicts", KEY, _RETRIES)
        return rates

    async def _get(self) -> tuple[eta.StageRates, int | None]:
        kv = await self._js.key_value(RATES_BUCKET)
        try:
            entry = await kv.get(KEY)
        except KeyNotFoundError:
            return eta.StageRates(), None
        try:
            return _decoder.decode(entry.value or b""), entry.revision
        except msgspec.DecodeError:
            log.warning("ignoring undecodable %s", KEY)
            return eta.StageRates(), entry.revision
