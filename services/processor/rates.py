"""Learned stage rates, shared by every processor through one JetStream KV document."""

from __future__ import annotations

from collections.abc import Mapping

from contracts.subjects import RATES_BUCKET
from joblog.connection import JetStream
from joblog.shared_value import SharedValue
from services.processor import eta

KEY = "stage-rates"


class RateBook:
    """Read and fold in rates; concurrent jobs never lose an update (compare-and-set)."""

    def __init__(self, js: JetStream) -> None:
        self._rates = SharedValue(js, RATES_BUCKET, KEY, eta.StageRates, eta.StageRates)

    async def load(self) -> eta.StageRates:
        return await self._rates.read()

    async def learn(
        self, durations: Mapping[str, float], *, words: int, size: int
    ) -> eta.StageRates:
        return await self._rates.update(
            lambda rates: eta.learn(rates, durations, words=words, size=size)
        )
