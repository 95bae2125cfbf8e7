"""Footnotes and endnotes as editable XML, so their prose is checked and commented on.

python-docx 1.2 keeps these parts as opaque bytes. Registering them as
``XmlPart`` before a document is opened makes their XML an element tree that
is saved back with the document, and lets the checks read the notes' text.
"""

from __future__ import annotations

from collections.abc import Iterator

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_NOTE_PARTS = {
    RELATIONSHIP_TYPE.FOOTNOTES: (CONTENT_TYPE.WML_FOOTNOTES, "w:footnote"),
    RELATIONSHIP_TYPE.ENDNOTES: (CONTENT_TYPE.WML_ENDNOTES, "w:endnote"),
}
for _content_type, _tag in _NOTE_PARTS.values():
    PartFactory.part_type_for.setdefault(_content_type, XmlPart)

_FOOTNOTE, _ENDNOTE = qn("w:footnote"), qn("w:endnote")
_FOOTNOTE_REFERENCE, _ENDNOTE_REFERENCE = qn("w:footnoteReference"), qn("w:endnoteReference")
# Separator notes hold Word's footnote line, not text the student wrote.
_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


class _Story:
    """The parent python-docx expects of a paragraph: something that knows its part."""

    def __init__(self, part: XmlPart) -> None:
        self.part = part


def note_paragraphs(document: Document) -> Iterator[Paragraph]:
    """Every paragraph of every real footnote and endnote, in part order."""
    for relationship in document.part.rels.values():
        if relationship.is_external or relationship.reltype not in _NOTE_PARTS:
            continue
        part = relationship.target_part
        if not isinstance(part, XmlPart):
            continue
        story = _Story(part)
        tag = qn(_NOTE_PARTS[relationship.reltype][1])
        for note in part.element.iterchildren(tag):
            if note.get(qn("w:type")) in _SEPARATORS:
                continue
            for p in note.iter(qn("w:p")):
                yield Paragraph(p, story)  # type: ignore[arg-type]


def note_reference(document: Document, paragraph: Paragraph) -> tuple[Run, int] | None:
    """The body run holding the mark of the note ``paragraph`` belongs to, and the note's number.

    Comments on a note's text are anchored on its mark in the body: LibreOffice
    (24.x) refuses to open a document with a comment reference inside a note.
    None for a paragraph outside any note, or a note without a mark.
    """
    note = next(
        (e for e in paragraph._p.iterancestors(_FOOTNOTE, _ENDNOTE)),
        None,
    )
    if note is None:
        return None
    reference = _FOOTNOTE_REFERENCE if note.tag == _FOOTNOTE else _ENDNOTE_REFERENCE
    marks = list(document.element.body.iter(reference))
    for number, mark in enumerate(marks, start=1):
        if mark.get(qn("w:id")) == note.get(qn("w:id")):
            run = mark.getparent()
            return Run(run, paragraph), number
    return None
