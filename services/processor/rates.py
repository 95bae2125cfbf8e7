"""Learned duration models, shared by every processor through JetStream KV documents.

One model per kind of job: the document's language and how many jobs the
processor was running when it started, so a German thesis checked beside
another neither slows the estimates for one checked alone nor the reverse.
The bucket is file-backed: a restarted processor keeps what it learned.
"""

from __future__ import annotations

from collections.abc import Mapping

from contracts.subjects import RATES_BUCKET
from joblog.connection import JetStream
from joblog.shared_value import SharedValue
from services.processor import eta


def kind(language: str, load: int) -> str:
    """The KV key of a kind of job: ``durations.de.2`` for German beside one other job.

    ``language`` is the one the job asked for ("de", "en" or "auto").
    """
    return f"durations.{language}.{max(load, 1)}"


class RateBook:
    """Read and fold in models; concurrent jobs never lose an update (compare-and-set)."""

    def __init__(self, js: JetStream) -> None:
        self._js = js

    async def models(self, language: str, concurrency: int) -> dict[int, eta.DurationModel]:
        """The model for each number of jobs at once, up to ``concurrency``.

        A kind with no finished jobs borrows the model of the same language
        alone without its track record: its estimates carry the wide margin
        of a guess until this kind has finished jobs of its own, and the
        running job's measured units correct it as they come.
        """
        models = {1: await self._value(kind(language, 1)).read()}
        for load in range(2, concurrency + 1):
            model = await self._value(kind(language, load)).read()
            models[load] = model if model.jobs else eta.untried(models[1])
        return models

    async def learn(
        self,
        language: str,
        load: int,
        durations: Mapping[str, float],
        *,
        words: int,
        text_bytes: int,
        variations: Mapping[str, float] | None = None,
        units: Mapping[str, float] | None = None,
    ) -> eta.DurationModel:
        return await self._value(kind(language, load)).update(
            lambda model: eta.learn(
                model,
                durations,
                words=words,
                text_bytes=text_bytes,
                variations=variations,
                units=units,
            )
        )

    def _value(self, key: str) -> SharedValue[eta.DurationModel]:
        return SharedValue(self._js, RATES_BUCKET, key, eta.DurationModel, eta.DurationModel)
