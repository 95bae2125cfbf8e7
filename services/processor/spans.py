"""Turning a character span of ``paragraph.text`` into the runs that cover exactly it.

A comment in Word is anchored on whole runs, so a span that starts or ends
inside a run needs that run split in two. Both halves keep a copy of the run's
properties (bold, italics, fonts), and the paragraph's text stays identical.
Offsets follow python-docx: runs directly in the paragraph and runs inside
hyperlinks, in document order, with ``w:tab`` as ``\\t`` and breaks as ``\\n``.
"""

from __future__ import annotations

import bisect
import copy

from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.oxml.text.run import CT_R
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_RUN_CONTENT_WITH_TEXT = {
    qn(tag) for tag in ("w:br", "w:cr", "w:noBreakHyphen", "w:ptab", "w:t", "w:tab")
}
_T = qn("w:t")
_RPR = qn("w:rPr")
_R = qn("w:r")
_HYPERLINK = qn("w:hyperlink")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class SpanError(ValueError):
    """The span does not fit the paragraph's text."""


class ParagraphRuns:
    """A paragraph's runs with their offsets, kept current as runs are split.

    Placing runs costs a walk over the paragraph, so many spans in one
    paragraph share one placement instead of walking it again per span.
    """

    def __init__(self, paragraph: Paragraph) -> None:
        self.paragraph = paragraph
        self._runs: list[CT_R] = []
        self._starts: list[int] = []
        offset = 0
        for child in paragraph._p.iterchildren(_R, _HYPERLINK):
            for run in [child] if child.tag == _R else child.iterchildren(_R):
                length = run_length(run)
                if length:
                    self._runs.append(run)
                    self._starts.append(offset)
                    offset += length
        self.length = offset

    def cover(self, start: int, end: int) -> list[Run]:
        """The runs covering exactly ``paragraph.text[start:end]``, split at the edges."""
        if not 0 <= start < end <= self.length:
            raise SpanError(f"Expected 0 <= start < end <= {self.length}, but got {start}..{end}")
        self._cut(start)
        self._cut(end)
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [Run(run, self.paragraph) for run in self._runs[first:last]]

    def _cut(self, at: int) -> None:
        """Make ``at`` a run boundary (a no-op at either end or an existing boundary)."""
        index = bisect.bisect_right(self._starts, at) - 1
        if index < 0 or at == self.length or self._starts[index] == at:
            return
        right = split_run(self._runs[index], at - self._starts[index])
        self._runs.insert(index + 1, right)
        self._starts.insert(index + 1, at)


def runs_for_span(paragraph: Paragraph, start: int, end: int) -> list[Run]:
    """The runs covering exactly ``paragraph.text[start:end]``, splitting runs at the edges."""
    return ParagraphRuns(paragraph).cover(start, end)


def run_length(run: CT_R) -> int:
    """``len(run.text)`` without python-docx's per-call XPath."""
    return sum(len(str(child)) for child in run if child.tag in _RUN_CONTENT_WITH_TEXT)


def split_run(run: CT_R, at: int) -> CT_R:
    """Split ``run`` after ``at`` characters; returns the new right half, placed just after it.

    The right half is a deep copy emptied of content, so it carries the same
    ``w:rPr``; content elements move across whole, except a ``w:t`` that the
    cut falls into, which is divided.
    """
    right = copy.deepcopy(run)
    for child in list(right):
        if child.tag != _RPR:
            right.remove(child)
    offset = 0
    moving = False
    for child in list(run):
        if child.tag == _RPR:
            continue
        length = run_length_of(child)
        # Once one element went right, every later one must too, or content would reorder.
        moving = moving or offset > at or (offset == at and length > 0)
        if moving:
            right.append(child)  # lxml moves the element
        elif child.tag == _T and offset < at < offset + length:
            text = child.text or ""
            cut = at - offset
            child.text = text[:cut]
            child.set(_XML_SPACE, "preserve")
            tail = OxmlElement("w:t")
            tail.text = text[cut:]
            right.append(tail)
            tail.set(_XML_SPACE, "preserve")
            moving = True
        offset += length
    run.addnext(right)
    return right


def run_length_of(child: object) -> int:
    return len(str(child)) if getattr(child, "tag", None) in _RUN_CONTENT_WITH_TEXT else 0
