"""Comment ids allocated once per document instead of once per comment.

python-docx 1.2 picks each new comment's id by scanning every existing id
(``CT_Comments._next_available_comment_id``), which makes n comments cost
O(n²): 2,000 comments took seconds. This module is the one place that
changes that: while :func:`sequential_comment_ids` is active in a thread, new
ids come from a counter that starts after the highest id present, scanned
once. Everything else (the comments part, the XML of each comment) stays
python-docx's own, so Word and LibreOffice see ordinary comments.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from docx.document import Document
from docx.oxml.comments import CT_Comments

_scan_all_ids = CT_Comments._next_available_comment_id
_active = threading.local()


def _next_comment_id(self: CT_Comments) -> int:
    counters: dict[int, Iterator[int]] = getattr(_active, "counters", {})
    counter = counters.get(id(self))
    return next(counter) if counter is not None else _scan_all_ids(self)


CT_Comments._next_available_comment_id = _next_comment_id  # type: ignore[method-assign]


@contextmanager
def sequential_comment_ids(document: Document) -> Iterator[None]:
    """Within this block, comments added to ``document`` in this thread get ids in O(1)."""
    comments = document.comments._comments_elm  # creates the comments part when missing
    counters: dict[int, Iterator[int]] = getattr(_active, "counters", None) or {}
    _active.counters = counters
    counters[id(comments)] = itertools.count(_scan_all_ids(comments))
    try:
        yield
    finally:
        del counters[id(comments)]
