"""Refusing .docx files that could hurt the parser, before python-docx sees them.

The upload service scanned the file when it arrived; the processor scans it
again with the same code and limits (servicekit), because the stored object
is all it trusts.
"""

from __future__ import annotations

from servicekit.docx_scan import DocxRejected, Limits, NotDocx, scan_docx
from services.processor.errors import CorruptDocument, UnsafeDocument


def guard_docx(data: bytes, *, max_unzipped_bytes: int) -> None:
    """Raise unless ``data`` is a .docx with nothing dangerous inside."""
    try:
        scan_docx(data, Limits(max_uncompressed_bytes=max_unzipped_bytes))
    except NotDocx as error:
        raise CorruptDocument(error.message, stage="parsing") from error
    except DocxRejected as error:
        raise UnsafeDocument(f"{error.reason}: {error.message}", stage="parsing") from error
