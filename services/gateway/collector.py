"""Python's garbage collector, kept from pausing ten thousand watchers for half a second.

Each open connection holds about 80 objects the cycle collector tracks; with
10,000 watchers a full collection walks 800,000 of them and stops the event
loop for about 0.5 s, which every watcher then sees as a late event.
Connections live long, so the collector freezes whatever survives a full
collection (``gc.freeze``): later full collections walk only what is new.

A closed connection leaves about 13 objects in reference cycles; frozen,
those are not reclaimed. So after every ``unfreeze_after`` closed
connections everything is unfrozen, and the next full collection, one long
pause, reclaims them: memory stays bounded, pauses stay rare.
"""

from __future__ import annotations

import gc
from typing import Any

# The generation a full collection collects.
_OLDEST = 2


class Collector:
    """Install with :meth:`start`; call :meth:`closed` for every connection that ends."""

    def __init__(self, unfreeze_after: int = 5_000) -> None:
        self._unfreeze_after = unfreeze_after
        self._closed = 0

    def start(self) -> None:
        gc.collect()
        gc.freeze()  # modules, settings, the NATS client: alive for good
        gc.callbacks.append(self._after_collection)

    def stop(self) -> None:
        if self._after_collection in gc.callbacks:
            gc.callbacks.remove(self._after_collection)
        gc.unfreeze()

    def closed(self) -> None:
        self._closed += 1
        if self._closed >= self._unfreeze_after:
            self._closed = 0
            gc.unfreeze()

    def _after_collection(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "stop" and info["generation"] == _OLDEST:
            gc.freeze()
