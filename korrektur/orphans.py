"""Children that end with their parent, so a killed stack leaves no server holding its port.

On Linux the kernel sends a child SIGTERM when its parent dies (PR_SET_PDEATHSIG),
even by SIGKILL or the OOM killer, which no signal handler of the parent sees.
"""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
from collections.abc import Callable
from functools import cache

_PR_SET_PDEATHSIG = 1


def end_with_parent() -> Callable[[], None] | None:
    """The ``preexec_fn`` for ``subprocess.Popen`` that ties the child to this process.

    Only from the main thread: the kernel ties the signal to the spawning thread,
    so a child started from a worker thread would die with that thread. libc is
    loaded here, in the parent, so that between fork and exec the child imports
    nothing and takes no lock another thread might hold.
    """
    if sys.platform != "linux" or threading.current_thread() is not threading.main_thread():
        return None
    prctl = _prctl()
    if prctl is None:
        return None

    def die_with_parent() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)

    return die_with_parent


@cache
def _prctl() -> Callable[[int, int], int] | None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return None
    prctl: Callable[[int, int], int] = libc.prctl
    return prctl
