"""Building uploads by hand: real .docx files made hostile, and raw multipart bodies."""

from __future__ import annotations

import asyncio
import io
import struct
import zipfile
from collections.abc import Callable, Iterable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path

import httpx
from nats.js import JetStreamContext

from contracts.subjects import NEW_JOBS, STREAM

# The ``serve`` fixture: an upload service on a free port, as an httpx client to it.
Serve = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BOUNDARY = "korrektur-test-boundary"

# XML that would read a local file (XXE) or expand to gigabytes (billion laughs).
XXE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)
LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>\n<lolz>&lol9;</lolz>"
)


async def job_created_count(js: JetStreamContext) -> int:
    """How many ``job_created`` events the stream holds, across all jobs."""
    info = await js.stream_info(STREAM, subjects_filter=NEW_JOBS)
    return sum((info.state.subjects or {}).values())


def docx_upload(data: bytes, filename: str = "thesis.docx") -> dict[str, tuple[str, bytes, str]]:
    return {"file": (filename, data, DOCX_TYPE)}


def multipart_body(
    parts: list[tuple[str, bytes, str | None]], *, close: bool = True
) -> tuple[bytes, dict[str, str]]:
    """A multipart/form-data body from (field name, data, raw filename or None) parts.

    Written by hand so a test controls every byte: odd file names, a missing
    closing boundary.
    """
    body = io.BytesIO()
    for name, data, filename in parts:
        body.write(f"--{BOUNDARY}\r\n".encode())
        disposition = f'Content-Disposition: form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        body.write(disposition.encode("utf-8") + b"\r\n")
        if filename is not None:
            body.write(f"Content-Type: {DOCX_TYPE}\r\n".encode())
        body.write(b"\r\n" + data + b"\r\n")
    if close:
        body.write(f"--{BOUNDARY}--\r\n".encode())
    return body.getvalue(), {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}


def rebuild(
    source: bytes,
    *,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    transform: Callable[[str, bytes], bytes] | None = None,
) -> bytes:
    """A copy of the .docx ``source`` with some members replaced, added or rewritten."""
    replace = replace or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in original.infolist():
            data = replace.get(info.filename, original.read(info))
            if transform is not None:
                data = transform(info.filename, data)
            copy.writestr(info.filename, data)
        for name, data in (add or {}).items():
            copy.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def with_encryption_flag(source: bytes) -> bytes:
    """The same zip with every entry flagged as encrypted, as password tools leave it."""
    data = bytearray(source)
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = data.find(signature)
        while position != -1:
            (flags,) = struct.unpack_from("<H", data, position + flag_offset)
            struct.pack_into("<H", data, position + flag_offset, flags | 0x1)
            position = data.find(signature, position + 4)
    return bytes(data)


def ole_file(*stream_names: str) -> bytes:
    """The start of an OLE compound file whose directory names ``stream_names``.

    Enough for the sniffing the service does; Office's encrypted .docx is such a
    container with an ``EncryptedPackage`` stream inside.
    """
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = b"".join(
        name.encode("utf-16-le").ljust(64, b"\x00") + bytes(64) for name in stream_names
    )
    return header + directory + bytes(4096)


def read_corpus(corpus: Path, name: str) -> bytes:
    return (corpus / name).read_bytes()


@dataclass
class RawResponse:
    status: int
    body: bytes
    sent: int


async def raw_upload(
    port: int, headers: dict[str, str], chunks: Iterable[bytes], *, chunked: bool
) -> RawResponse:
    """POST /api/jobs over a bare socket, reading the answer while still sending.

    That is what a careful client (a browser) does, and it shows what httpx
    cannot: the answer arrives before the body has been sent.
    """
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    writer.write(f"POST /api/jobs HTTP/1.1\r\nHost: test\r\n{head}\r\n".encode())
    received = bytearray()

    async def collect() -> None:
        try:
            while data := await reader.read(64 * 1024):
                received.extend(data)
        except ConnectionError:
            # The server closed after answering; what arrived before is the answer.
            pass

    collecting = asyncio.create_task(collect())
    sent = 0
    try:
        for chunk in chunks:
            if received:
                break
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
            await writer.drain()
            sent += len(chunk)
    except ConnectionError:
        pass
    await collecting
    writer.close()
    head_bytes, _, body = bytes(received).partition(b"\r\n\r\n")
    return RawResponse(status=int(head_bytes.split(b" ", 2)[1]), body=body, sent=sent)
