"""The collector freezes survivors of full collections and unfreezes after enough closes."""

from __future__ import annotations

import gc

from services.gateway.collector import Collector


def test_survivors_are_frozen_and_released_after_enough_closed_connections() -> None:
    collector = Collector(unfreeze_after=3)
    collector.start()
    try:
        assert gc.get_freeze_count() > 0  # what lived at start is frozen
        gc.unfreeze()
        kept = [[index] for index in range(1000)]
        gc.collect()  # a full collection: its survivors are frozen
        assert gc.get_freeze_count() >= len(kept)

        collector.closed()
        collector.closed()
        assert gc.get_freeze_count() > 0
        collector.closed()  # the third closed connection: everything is unfrozen
        assert gc.get_freeze_count() == 0
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0
