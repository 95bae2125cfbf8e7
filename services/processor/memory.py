"""Handing the memory a job freed back to the operating system.

The stages run in worker threads, and glibc gives threads malloc arenas of
their own; what a job frees there stays mapped, so a processor's RSS crept up
job after job (about 130 MB over 900 small jobs) although Python held nothing.
``malloc_trim(0)`` returns those free pages. Trimming cannot undo fragmentation
spread over many arenas: with glibc's default (eight per core) the processor
still grew by some 25 MB over its first thousand jobs before it levelled off,
and with two arenas it stayed within 10 MB of where it started. Where there is
no glibc both are no-ops.
"""

from __future__ import annotations

import ctypes
import gc


def _glibc() -> ctypes.CDLL | None:
    """The C library, if it is glibc (the only one with both calls used here)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


_GLIBC = _glibc()
# mallopt's parameter number for the most arenas glibc creates (malloc.h).
_M_ARENA_MAX = -8
_ARENAS = 2


def limit_malloc_arenas() -> None:
    """Let the process's threads share two malloc arenas; call it before threads start."""
    if _GLIBC is not None:
        _GLIBC.mallopt(_M_ARENA_MAX, _ARENAS)


def release_freed_memory() -> None:
    # A parsed document is a web of cycles (python-docx proxies and lxml trees);
    # collecting them now frees a job's memory before the next job needs some.
    gc.collect()
    if _GLIBC is not None:
        _GLIBC.malloc_trim(0)
