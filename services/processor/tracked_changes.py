"""Suggestions as Word tracked changes: the flagged runs deleted, the suggestion inserted.

Word's "Accept all" then applies exactly the suggestions and nothing else:
each change is one ``w:del`` around the runs that cover the span (their text
becomes ``w:delText``) followed by one ``w:ins`` with a run that copies the
first run's properties, so the formatting is kept. Only spans whose runs sit
directly in the paragraph are changed (not inside a hyperlink or a field),
and a span that overlaps one already changed is left to its comment.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from services.processor.comments import AUTHOR
from services.processor.spans import ParagraphRuns, SpanError

_T, _DEL_TEXT, _RPR = qn("w:t"), qn("w:delText"), qn("w:rPr")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Revision ids share no space with comment ids in practice, but Word wants them unique.
FIRST_REVISION_ID = 100_000


@dataclass(frozen=True, slots=True)
class Change:
    paragraph: int
    start: int
    end: int
    replacement: str


def write_changes(
    document: Document, paragraphs: Sequence[Paragraph], changes: Sequence[Change]
) -> int:
    """Write each change that can stand alone; returns how many were written."""
    written = 0
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    placed: dict[int, ParagraphRuns] = {}
    taken: dict[int, list[tuple[int, int]]] = {}
    # From the end of each paragraph backwards, like the comments: a split never moves a later span.
    for change in sorted(changes, key=lambda c: (c.paragraph, -c.start, -c.end)):
        paragraph = paragraphs[change.paragraph]
        if paragraph.part is not document.part:
            continue  # a footnote: its comment on the note mark says what to change
        spans = taken.setdefault(change.paragraph, [])
        if any(change.start < end and start < change.end for start, end in spans):
            continue
        if change.paragraph not in placed:
            placed[change.paragraph] = ParagraphRuns(paragraph)
        try:
            runs = [run._r for run in placed[change.paragraph].cover(change.start, change.end)]
        except SpanError:
            continue
        if any(run.getparent() is not paragraph._p for run in runs):
            continue  # inside a hyperlink: leave it to the comment
        _replace(runs, change.replacement, FIRST_REVISION_ID + 2 * written, stamp)
        spans.append((change.start, change.end))
        written += 1
    return written


def _replace(runs: list[CT_R], replacement: str, revision_id: int, stamp: str) -> None:
    first = runs[0]
    deletion = _revision("w:del", revision_id, stamp)
    first.addprevious(deletion)
    inserted = OxmlElement("w:r")
    properties = first.find(_RPR)
    if properties is not None:
        inserted.append(copy.deepcopy(properties))
    text = OxmlElement("w:t")
    text.text = replacement
    text.set(_XML_SPACE, "preserve")
    inserted.append(text)
    for run in runs:
        for element in run.iter(_T):
            element.tag = _DEL_TEXT
        deletion.append(run)
    insertion = _revision("w:ins", revision_id + 1, stamp)
    insertion.append(inserted)
    deletion.addnext(insertion)


def _revision(tag: str, revision_id: int, stamp: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:id"), str(revision_id))
    element.set(qn("w:author"), AUTHOR)
    element.set(qn("w:date"), stamp)
    return element
