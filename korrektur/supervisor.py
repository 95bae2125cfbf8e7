"""Keeping the local stack up: a service that dies is started again, until it crash-loops.

The stream and the durable consumer are built for this: a job whose processor
died is redelivered to another one, and a watcher's WebSocket does not notice.
So the stack restarts the dead service after a doubling wait (0.5 s, 1 s, …
8 s), and gives up only when one service died ``CRASH_LOOP`` times within
``CRASH_LOOP_WINDOW_S`` seconds: then something is wrong that a restart
will not fix.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from itertools import islice
from typing import TYPE_CHECKING, TextIO

from servicekit.backoff import CRASH_LOOP, CRASH_LOOP_WINDOW_S, SERVICE_RESTART

if TYPE_CHECKING:
    from korrektur.stack import Child, Stack


class CrashLoop(Exception):
    """A service died too often in too short a time."""


class Supervisor:
    """Call :meth:`check` a few times a second; it restarts what died, or raises :class:`CrashLoop`."""

    def __init__(self, stack: Stack, *, out: TextIO = sys.stderr) -> None:
        self._stack = stack
        self._out = out
        self._restarts: dict[str, deque[float]] = {}
        self._due: dict[str, float] = {}

    def check(self) -> None:
        now = time.monotonic()
        for child in self._stack.children:
            if child.alive:
                continue
            if child.name in self._due:
                if now >= self._due[child.name]:
                    self._restart(child, now)
                continue
            recent = self._restarts.setdefault(child.name, deque())
            while recent and now - recent[0] > CRASH_LOOP_WINDOW_S:
                recent.popleft()
            code = child.process.returncode if child.process is not None else None
            if len(recent) >= CRASH_LOOP:
                raise CrashLoop(
                    f"{child.name} ist {len(recent) + 1}-mal in {CRASH_LOOP_WINDOW_S:.0f} s "
                    f"abgestürzt (zuletzt Code {code}); stoppe alles."
                )
            delay = _delay(len(recent))
            self._due[child.name] = now + delay
            self._say(f"{child.name} ist beendet (Code {code}); Neustart in {delay:.1f} s.")

    def _restart(self, child: Child, now: float) -> None:
        del self._due[child.name]
        self._restarts[child.name].append(now)
        self._stack.respawn(child)
        pid = child.process.pid if child.process is not None else "?"
        self._say(f"{child.name} neu gestartet (PID {pid}).")

    def _say(self, text: str) -> None:
        print(text, file=self._out, flush=True)


def _delay(restarts: int) -> float:
    """The wait before restart number ``restarts + 1`` within the window."""
    return next(islice(SERVICE_RESTART.delays(), restarts, None), SERVICE_RESTART.max_s)
