"""Reading a multipart upload straight off the socket, onto disk, with a hard size cap.

FastAPI's ``UploadFile`` spools the whole body before a handler runs, so a 5 GB
upload would be read in full before anyone could say "too large". Here the body
is parsed chunk by chunk as it arrives: the file part goes to a temporary file
(hashed on the way), and the request is refused the moment it passes the cap.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect

from services.upload.errors import (
    BadForm,
    EmptyFile,
    IncompleteUpload,
    MissingFile,
    UnsupportedMediaType,
    UploadError,
    UploadTooLarge,
)

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

FILE_FIELD = "file"
# Room for boundaries, part headers and the small text fields around the file.
FORM_OVERHEAD_BYTES = 64 * 1024
MAX_FIELD_BYTES = 4 * 1024
MAX_PARTS = 16
# Generous enough for a 10,000-character file name, which is then shortened.
MAX_HEADER_BYTES = 64 * 1024


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


def body_limit(max_file_bytes: int) -> int:
    """The most a whole request body may hold for a file of ``max_file_bytes``."""
    return max_file_bytes + FORM_OVERHEAD_BYTES


def check_content_length(value: str | None, max_file_bytes: int) -> None:
    """Refuse before reading a byte when the client announces too much."""
    if value is None:
        return
    try:
        length = int(value)
    except ValueError:
        raise BadForm("The Content-Length header is not a number.") from None
    if length > body_limit(max_file_bytes):
        raise too_large(max_file_bytes)


def too_large(max_file_bytes: int) -> UploadTooLarge:
    return UploadTooLarge(f"The file is larger than the limit of {_megabytes(max_file_bytes)}.")


def boundary_of(content_type: str | None) -> bytes:
    """The multipart boundary, or a refusal when the body is not a multipart form."""
    if content_type is None:
        raise UnsupportedMediaType()
    # Latin-1 keeps header bytes as they are; parse_options_header wants that.
    media_type, options = parse_options_header(content_type)
    if media_type != b"multipart/form-data":
        raise UnsupportedMediaType()
    boundary = options.get(b"boundary", b"")
    if not boundary or len(boundary) > 200:
        raise BadForm("The multipart form has no usable boundary.")
    return boundary


async def receive_form(
    headers: Mapping[str, str],
    chunks: AsyncIterator[bytes],
    *,
    max_file_bytes: int,
    tmp_dir: Path | None = None,
) -> ReceivedForm:
    """Parse the body into one file on disk plus small text fields, within the cap.

    On any refusal the temporary file is removed before the error propagates,
    and the error says whether the client was still sending.
    """
    reader = _FormReader(max_file_bytes, tmp_dir)
    body_read = False
    try:
        check_content_length(headers.get("content-length"), max_file_bytes)
        parser = MultipartParser(
            boundary_of(headers.get("content-type")),
            reader.callbacks(),
            max_header_size=MAX_HEADER_BYTES,
        )
        received = 0
        async for chunk in chunks:
            received += len(chunk)
            if received > body_limit(max_file_bytes):
                raise too_large(max_file_bytes)
            parser.write(chunk)
        body_read = True
        parser.finalize()
        if not reader.ended:
            raise IncompleteUpload()
        return reader.result()
    except MultipartParseError:
        reader.abort()
        error = BadForm()
        error.body_unread = not body_read
        raise error from None
    except ClientDisconnect:
        reader.abort()
        raise IncompleteUpload() from None
    except UploadError as error:
        reader.abort()
        error.body_unread = not body_read
        raise
    except BaseException:
        reader.abort()
        raise
    finally:
        reader.close()


class _FormReader:
    """The parser's callbacks: where each part's bytes go, and the per-part limits."""

    def __init__(self, max_file_bytes: int, tmp_dir: Path | None) -> None:
        self.max_file_bytes = max_file_bytes
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
                raise too_large(self.max_file_bytes)
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


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes >= 1 else f"{size // 1024} KB"
