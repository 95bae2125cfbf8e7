"""Reading comments back out of a .docx the way a reviewer sees them: which characters each covers."""

from __future__ import annotations

from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_R, _HYPERLINK = qn("w:r"), qn("w:hyperlink")
_START, _END = qn("w:commentRangeStart"), qn("w:commentRangeEnd")


def paragraph_ranges(paragraph: Paragraph) -> dict[str, tuple[int, int]]:
    """Comment id → (start, end) in ``paragraph.text`` offsets, for ranges within the paragraph."""
    offset = 0
    starts: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    for element in paragraph._p.iter(_R, _START, _END):
        if element.tag == _R:
            parent = element.getparent()
            if parent is paragraph._p or (parent is not None and parent.tag == _HYPERLINK):
                offset += len(element.text)
        elif element.tag == _START:
            starts[element.get(qn("w:id"))] = offset
        else:
            comment_id = element.get(qn("w:id"))
            ranges[comment_id] = (starts.pop(comment_id), offset)
    return ranges


def comment_ranges(document: Document) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of every comment range in the body."""
    found: list[tuple[int, int, int]] = []
    for index, paragraph in enumerate(document.paragraphs):
        found.extend((index, start, end) for start, end in paragraph_ranges(paragraph).values())
    return found


def commented_text(paragraph: Paragraph) -> dict[str, str]:
    """Comment id → the exact text its range covers."""
    return {
        cid: paragraph.text[start:end] for cid, (start, end) in paragraph_ranges(paragraph).items()
    }
