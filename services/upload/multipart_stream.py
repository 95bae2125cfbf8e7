"""Reading a multipart upload straight off the socket, onto disk, with a hard size cap.

FastAPI's ``UploadFile`` spools the whole body before a handler runs, so a 5 GB
upload would be read in full before anyone could say "too large". Here the body
is parsed chunk by chunk as it arrives: the file part goes to a temporary file
(hashed on the way), and the request is refused the moment it passes the cap.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect

from services.upload.errors import (
    BadForm,
    IncompleteUpload,
    UnsupportedMediaType,
    UploadError,
    UploadTooLarge,
)
from services.upload.form_parts import FormReader, ReceivedForm

# Room for boundaries, part headers and the small text fields around the file.
FORM_OVERHEAD_BYTES = 64 * 1024
# Generous enough for a 10,000-character file name, which is then shortened.
MAX_HEADER_BYTES = 64 * 1024


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
    reader = FormReader(max_file_bytes, tmp_dir, too_large(max_file_bytes))
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


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes >= 1 else f"{size // 1024} KB"
