"""What the processor makes of a .docx, without NATS: read, check, comment, save."""

from __future__ import annotations

import io

from services.processor.checker import Checker
from services.processor.comments import write_comments
from services.processor.document import document_paragraphs, open_document, read_blocks


def commented(data: bytes, categories: tuple[str, ...] = ()) -> tuple[bytes, int]:
    """The output document and how many comments it got."""
    document = open_document(data, max_unzipped_bytes=10**8)
    paragraphs = document_paragraphs(document)
    blocks = read_blocks(document, paragraphs)
    findings = Checker(categories).check_all(blocks)
    languages = [block.language for block in blocks]
    written = write_comments(document, paragraphs, findings, languages=languages)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), written
