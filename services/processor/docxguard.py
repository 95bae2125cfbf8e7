"""Refusing .docx files that could hurt the parser before python-docx sees them.

python-docx parses with ``resolve_entities=False`` and lxml's defaults keep
``huge_tree`` off and the network closed; on top of that no part may declare a
DTD (no entity tricks at all) and the unzipped size is capped (no zip bombs).
"""

from __future__ import annotations

import io
import zipfile

from services.processor.errors import CorruptDocument, UnsafeDocument

_READ = 1 << 16
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")


def guard_docx(data: bytes, *, max_unzipped_bytes: int) -> None:
    """Raise unless ``data`` is a zip with ``word/document.xml`` and nothing dangerous inside."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise CorruptDocument(f"not a zip: {error}", stage="parsing") from error
    with archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise CorruptDocument("no word/document.xml", stage="parsing")
        declared = sum(info.file_size for info in archive.infolist())
        if declared > max_unzipped_bytes:
            raise UnsafeDocument(f"unzips to {declared} bytes", stage="parsing")
        unzipped = 0
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                unzipped += _scan_part(archive, info, max_unzipped_bytes - unzipped)
            except (zipfile.BadZipFile, OSError, EOFError) as error:
                raise CorruptDocument(f"{info.filename}: {error}", stage="parsing") from error


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Stream one part, counting real bytes (headers can lie) and looking for declarations."""
    size = 0
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(_READ):
            size += len(chunk)
            if size > budget:
                raise UnsafeDocument(f"{info.filename} unzips beyond the cap", stage="parsing")
            window = tail + chunk
            if any(marker in window for marker in _DECLARATIONS):
                raise UnsafeDocument(f"{info.filename} declares a DTD or entities", stage="parsing")
            tail = chunk[-16:]
    return size
