"""Habits of style a document keeps throughout are pointed out a few times, not at every place.

A supervisor who sees straight quotation marks, the first person or a run
of passive paragraphs says so once or twice and trusts the author to apply
it everywhere; six hundred identical comments bury the ones that matter.
The first few places in reading order are marked, and the last of them
says that the rest are not. So is the same comment on the same word: an
unknown term a chapter uses fifty times is queried three times, not fifty;
and the same spacing slip, such as two spaces after every full stop.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Finding

MOST_PER_DOCUMENT = 3
_REST = {
    "de": "(Weitere Stellen dieser Art werden nicht einzeln markiert.)",
    "en": "(Further places like this are not marked one by one.)",
}


def first_few(
    findings: Iterable[Finding],
    context: DocumentContext,
    language: str,
    *,
    key: Callable[[Finding], str] = attrgetter("category"),
) -> Iterator[Finding]:
    """``findings`` of one habit (by default their category) until the document has had
    ``MOST_PER_DOCUMENT`` of them."""
    marked = context.shared(_marked)
    for finding in findings:
        habit = key(finding)
        marked[habit] += 1
        count = marked[habit]
        if count < MOST_PER_DOCUMENT:
            yield finding
        elif count == MOST_PER_DOCUMENT:
            note = _REST.get(language, _REST["de"])
            yield dataclasses.replace(finding, message=f"{finding.message} {note}")


def _marked(context: DocumentContext) -> Counter[str]:
    """How many findings of each habit this document has had so far (one counter per document)."""
    return Counter()
