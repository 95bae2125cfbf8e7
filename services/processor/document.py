"""Opening an upload as a Word document and reading its prose as blocks."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from services.processor.checker import Block, language
from services.processor.checker.tokens import words
from services.processor.docxguard import guard_docx
from services.processor.errors import CorruptDocument
from services.processor.inline_code import code_spans
from services.processor.italics import italic_character_styles, italic_spans
from services.processor.notes import note_paragraphs

_BIBLIOGRAPHY = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:Literatur(?:verzeichnis)?|Quellen(?:verzeichnis|angaben)?|"
    r"References|Bibliography|Works Cited|Bibliografie|Bibliographie)\s*$",
    re.IGNORECASE,
)
_CODE_STYLES = ("code", "source", "preformatted", "quelltext")
# Word's "Quote" and "Intense Quote", "Block Text", and their German names ("Zitat").
_QUOTE_STYLES = ("quote", "zitat", "block text", "blocktext")
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath"


@dataclass
class ParsedDocument:
    document: Document
    paragraphs: list[Paragraph]
    blocks: list[Block]

    @property
    def words(self) -> int:
        return sum(len(words(block.text)) for block in self.blocks if block.is_prose)


def open_document(data: bytes, *, max_unzipped_bytes: int) -> Document:
    """The python-docx document, after the guard; any parser complaint is a corrupt file."""
    guard_docx(data, max_unzipped_bytes=max_unzipped_bytes)
    try:
        return docx.Document(io.BytesIO(data))
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        etree.XMLSyntaxError,
        KeyError,
        ValueError,
    ) as error:
        raise CorruptDocument(f"python-docx: {error}", stage="parsing") from error


def document_paragraphs(document: Document) -> list[Paragraph]:
    """Body paragraphs first (so indices match ``Document.paragraphs``), then table cells, then notes.

    A merged cell appears in every grid position python-docx reports, so
    tables are read from their XML, where each paragraph occurs once.
    """
    body = document.element.body
    cells = [
        Paragraph(p, document._body)
        for table in body.iterchildren(qn("w:tbl"))
        for p in table.iter(qn("w:p"))
    ]
    return [*document.paragraphs, *cells, *note_paragraphs(document)]


def read_blocks(
    document: Document,
    paragraphs: list[Paragraph],
    *,
    default_language: str = "auto",
    majority: str | None = None,
    on_paragraph: Callable[[], None] = lambda: None,
) -> list[Block]:
    """One block per paragraph, with language, heading and prose flags.

    Everything after a bibliography heading up to the next heading is not
    prose: references are full of names and titles no dictionary knows.
    Table cells and notes are never part of it.
    """
    names = paragraph_style_names(document)
    italic_styles = italic_character_styles(document)
    body = document.element.body
    texts = [paragraph.text for paragraph in paragraphs]
    # ``majority``: the document's language, when the caller has already read it.
    fallback = (
        default_language
        if default_language in ("de", "en")
        else majority or majority_language(texts)
    )
    blocks: list[Block] = []
    in_bibliography = False
    for index, (paragraph, text) in enumerate(zip(paragraphs, texts)):
        style = names.get(_style_id(paragraph), "")
        heading = style.startswith(("heading", "title", "überschrift", "titel"))
        in_body = paragraph._p.getparent() is body
        if heading and in_body:
            in_bibliography = bool(_BIBLIOGRAPHY.match(text))
        code = any(marker in style for marker in _CODE_STYLES)
        lang = (
            fallback
            if default_language in ("de", "en")
            else language.detect(text.split(), fallback)
        )
        blocks.append(
            Block(
                index,
                text,
                lang,
                is_heading=heading,
                is_prose=not (code or (in_bibliography and in_body and not heading)),
                has_formula=paragraph._p.find(f".//{_MATH}") is not None,
                is_quotation=any(marker in style for marker in _QUOTE_STYLES),
                code=code_spans(paragraph, names),
                italic=italic_spans(paragraph, italic_styles),
            )
        )
        on_paragraph()
    return blocks


def paragraph_style_names(document: Document) -> dict[str, str]:
    """Style id → lower-case name, read once: ``paragraph.style`` rescans all styles per call."""
    return {
        style.style_id: (style.name or "").lower() for style in document.styles if style.style_id
    }


def _style_id(paragraph: Paragraph) -> str:
    p_pr = paragraph._p.pPr
    style = p_pr.pStyle if p_pr is not None else None
    return style.val if style is not None else ""


def majority_language(texts: list[str]) -> str:
    """The language most of the document's first paragraphs are written in."""
    sample = " ".join(texts[:200]).split()
    return language.detect(sample, "de")
