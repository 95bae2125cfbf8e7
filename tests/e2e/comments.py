"""Where the comments of a .docx sit, in the same coordinates as the answer key.

The answer key names spans as (paragraph index in ``Document.paragraphs``,
start, end in ``paragraph.text``), so comment ranges are mapped back to those
offsets by walking each paragraph exactly the way python-docx builds its text.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.oxml.ns import qn

RUN, HYPERLINK = qn("w:r"), qn("w:hyperlink")
RANGE_START, RANGE_END = qn("w:commentRangeStart"), qn("w:commentRangeEnd")
COMMENT_ID = qn("w:id")


@dataclass(frozen=True)
class Anchor:
    comment_id: str
    paragraph: int
    start: int
    end: int
    end_paragraph: int


def anchors(document: Document) -> list[Anchor]:
    starts: dict[str, tuple[int, int]] = {}
    found: list[Anchor] = []
    for index, paragraph in enumerate(document.paragraphs):
        offset = 0
        for element in _inline(paragraph._p):
            if element.tag == RUN:
                offset += len(element.text)
            elif element.tag == RANGE_START:
                starts[element.get(COMMENT_ID)] = (index, offset)
            elif element.tag == RANGE_END:
                comment_id = element.get(COMMENT_ID)
                start_paragraph, start = starts.pop(comment_id)
                found.append(Anchor(comment_id, start_paragraph, start, offset, index))
    return found


def _inline(p: object) -> list[object]:
    """Runs and range markers in document order, looking inside hyperlinks as CT_P.text does."""
    elements = []
    for child in p:  # type: ignore[attr-defined]
        if child.tag == HYPERLINK:
            elements.extend(
                grandchild
                for grandchild in child
                if grandchild.tag in (RUN, RANGE_START, RANGE_END)
            )
        elif child.tag in (RUN, RANGE_START, RANGE_END):
            elements.append(child)
    return elements
