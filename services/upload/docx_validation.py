"""The upload's verdict on a file: servicekit's scanner, its refusals as API errors."""

from __future__ import annotations

from pathlib import Path

from servicekit.docx_scan import DocxRejected, Limits, scan_docx
from services.upload.errors import (
    Encrypted,
    ForbiddenXml,
    Macros,
    NotDocx,
    RejectedDocument,
    TooLargeUncompressed,
    UnsafeArchive,
)

_ERRORS: dict[str, type[RejectedDocument]] = {
    error.code: error
    for error in (NotDocx, Encrypted, Macros, TooLargeUncompressed, UnsafeArchive, ForbiddenXml)
}


def validate_docx(path: Path, limits: Limits) -> int:
    """The bytes of text in an acceptable .docx; raise the matching ``RejectedDocument`` otherwise.

    Blocking (reads the file), so callers run it in a worker thread.
    """
    try:
        return scan_docx(path, limits)
    except DocxRejected as rejected:
        raise _ERRORS[rejected.reason](rejected.message) from rejected


__all__ = ["Limits", "validate_docx"]
