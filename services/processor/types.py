"""Small shared type aliases."""

from __future__ import annotations

from collections.abc import Callable

from contracts.events import Event

Clock = Callable[[], float]
Emit = Callable[[Event], None]
