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
from docx.text.paragraph import Paragraph
from lxml import etree

from services.processor.checker import Block, language
from services.processor.checker.tokens import words
from services.processor.docxguard import guard_docx
from services.processor.errors import CorruptDocument

_BIBLIOGRAPHY = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:Literatur(?:verzeichnis)?|Quellen(?:verzeichnis|angaben)?|"
    r"References|Bibliography|Works Cited|Bibliografie|Bibliographie)\s*$",
    re.IGNORECASE,
)
_CODE_STYLES = ("code", "source", "preformatted", "quelltext")


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
    except (PackageNotFoundError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError) as error:
        raise CorruptDocument(f"python-docx: {error}", stage="parsing") from error


def read_blocks(
    paragraphs: list[Paragraph], *, default_language: str = "auto", on_paragraph: Callable[[], None] = lambda: None
) -> list[Block]:
    """One block per paragraph, with language, heading and prose flags.

    Everything after a bibliography heading up to the next heading is not
    prose: references are full of names and titles no dictionary knows.
    """
    texts = [paragraph.text for paragraph in paragraphs]
    fallback = default_language if default_language in ("de", "en") else _majority(texts)
    blocks: list[Block] = []
    in_bibliography = False
    for index, (paragraph, text) in enumerate(zip(paragraphs, texts)):
        style = _style_name(paragraph)
        heading = style.startswith(("heading", "title", "überschrift", "titel"))
        if heading:
            in_bibliography = bool(_BIBLIOGRAPHY.match(text))
        code = any(marker in style for marker in _CODE_STYLES)
        lang = fallback if default_language in ("de", "en") else language.detect(text.split(), fallback)
        blocks.append(
            Block(index, text, lang, is_heading=heading, is_prose=not (code or (in_bibliography and not heading)))
        )
        on_paragraph()
    return blocks


def _style_name(paragraph: Paragraph) -> str:
    try:
        return (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _majority(texts: list[str]) -> str:
    sample = " ".join(texts[:200]).split()
    return language.detect(sample, "de")
