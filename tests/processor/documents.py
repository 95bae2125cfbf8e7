"""Small real .docx documents built inline for the processor's tests."""

from __future__ import annotations

import io

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.text.paragraph import Paragraph


def paragraph_of_runs(*runs: tuple[str, dict[str, bool]]) -> tuple[Document, Paragraph]:
    """A document with one paragraph made of the given (text, formatting) runs."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, formatting in runs:
        run = paragraph.add_run(text)
        for name, value in formatting.items():
            setattr(run, name, value)
    return document, paragraph


def add_hyperlink(paragraph: Paragraph, text: str, url: str = "https://example.org") -> None:
    """Append a real ``w:hyperlink`` with one run, as Word writes it."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def saved(document: Document) -> Document:
    """The document after a save and reopen, as a user's Word would read it."""
    buffer = io.BytesIO()
    document.save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))
