"""The jobs running beside each other in one processor, and how long each has left.

A job slowed by a neighbour speeds up when that neighbour ends. To say so in
its ETA, each job's reporter shares its latest estimate here, made for the
load as it is, and reads the others' back, counted down since.
"""

from __future__ import annotations

import threading


class Neighbours:
    """Each running job's latest seconds left, and when it said so; safe across threads."""

    def __init__(self) -> None:
        self._left: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def report(self, job_id: str, seconds_left: float, at: float) -> None:
        with self._lock:
            self._left[job_id] = (seconds_left, at)

    def leave(self, job_id: str) -> None:
        with self._lock:
            self._left.pop(job_id, None)

    def others(self, job_id: str, now: float) -> list[float]:
        """The other jobs' seconds left at ``now``, soonest first."""
        with self._lock:
            return sorted(
                max(left - (now - at), 0.0)
                for other, (left, at) in self._left.items()
                if other != job_id
            )
