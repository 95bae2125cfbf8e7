"""Where each part of a multipart form goes: the file to disk (hashed), fields to memory.

The streaming parser calls these callbacks as bytes arrive; the per-part limits
live here so no part, however long, is ever held whole in memory.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from python_multipart.multipart import parse_options_header

from services.upload.errors import BadForm, EmptyFile, MissingFile, UploadTooLarge

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

FILE_FIELD = "file"
MAX_FIELD_BYTES = 4 * 1024
MAX_PARTS = 16


@dataclass
class ReceivedFile:
    """The uploaded file, on disk, with what we learned while it streamed in."""

    path: Path
    size: int
    sha256: str
    filename: str | None


@dataclass
class ReceivedForm:
    file: ReceivedFile | None
    fields: dict[str, list[str]] = field(default_factory=dict)

    def checked_file(self) -> ReceivedFile:
        """The file, or the refusal a missing or empty one deserves."""
        if self.file is None:
            raise MissingFile()
        if self.file.size == 0:
            raise EmptyFile()
        return self.file

    def discard(self) -> None:
        if self.file is not None:
            self.file.path.unlink(missing_ok=True)


class FormReader:
    """The parser's callbacks: where each part's bytes go, and the per-part limits."""

    def __init__(
        self, max_file_bytes: int, tmp_dir: Path | None, too_large: UploadTooLarge
    ) -> None:
        self.max_file_bytes = max_file_bytes
        self.too_large = too_large
        self.tmp_dir = tmp_dir
        self.fields: dict[str, list[str]] = {}
        self.ended = False
        self.parts = 0
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._field_name: str | None = None
        self._field_value = bytearray()
        self._sink: BinaryIO | None = None
        self._file: ReceivedFile | None = None
        self._digest = hashlib.sha256()
        self._in_file = False

    def callbacks(self) -> MultipartCallbacks:
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value_data,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
            "on_end": self._end,
        }

    def result(self) -> ReceivedForm:
        if self._file is not None:
            self._file.sha256 = self._digest.hexdigest()
        return ReceivedForm(file=self._file, fields=self.fields)

    def close(self) -> None:
        if self._sink is not None:
            self._sink.close()
            self._sink = None

    def abort(self) -> None:
        self.close()
        if self._file is not None:
            self._file.path.unlink(missing_ok=True)

    # -- callbacks ---------------------------------------------------------------

    def _part_begin(self) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise BadForm(f"The form has more than {MAX_PARTS} parts.")
        self._headers = {}
        self._field_name = None
        self._field_value = bytearray()
        self._in_file = False

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        self._headers[bytes(self._header_name).lower()] = bytes(self._header_value)
        self._header_name = bytearray()
        self._header_value = bytearray()

    def _headers_finished(self) -> None:
        disposition, options = parse_options_header(
            self._headers.get(b"content-disposition", b"").decode("latin-1")
        )
        name = options.get(b"name")
        if disposition != b"form-data" or name is None:
            raise BadForm("A part of the form has no field name.")
        field_name = name.decode("utf-8", errors="replace")
        if field_name != FILE_FIELD:
            self._field_name = field_name
            return
        if self._file is not None:
            raise BadForm("Send exactly one file per upload.")
        raw_filename = options.get(b"filename")
        handle, path = tempfile.mkstemp(
            prefix="korrektur-upload-", suffix=".docx", dir=self.tmp_dir
        )
        self._sink = os.fdopen(handle, "wb")
        self._file = ReceivedFile(
            path=Path(path),
            size=0,
            sha256="",
            # Browsers send the name as raw UTF-8 bytes inside the quotes.
            filename=raw_filename.decode("utf-8", errors="replace") if raw_filename else None,
        )
        self._in_file = True

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        piece = data[start:end]
        if self._in_file:
            assert self._sink is not None and self._file is not None
            self._file.size += len(piece)
            if self._file.size > self.max_file_bytes:
                raise self.too_large
            self._digest.update(piece)
            self._sink.write(piece)
            return
        self._field_value += piece
        if len(self._field_value) > MAX_FIELD_BYTES:
            raise BadForm(f"The form field {self._field_name!r} is too long.")

    def _part_end(self) -> None:
        if self._in_file:
            self.close()
            self._in_file = False
            return
        if self._field_name is None:
            return
        try:
            value = self._field_value.decode("utf-8")
        except UnicodeDecodeError:
            raise BadForm(f"The form field {self._field_name!r} is not valid UTF-8.") from None
        self.fields.setdefault(self._field_name, []).append(value)

    def _end(self) -> None:
        self.ended = True
