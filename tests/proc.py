"""What Linux's /proc says about the processes a test started."""

from __future__ import annotations

from pathlib import Path


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, so a test can prove none is left over or count their memory."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except FileNotFoundError:
                continue  # the task ended meanwhile
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    pending.append(child)
    return found
