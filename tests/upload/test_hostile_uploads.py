"""Every kind of hostile or broken upload gets its own clear 4xx, and harms nothing.

After each refusal the service is still healthy, no job was announced, and no
temporary file is left behind.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import httpx
import pytest
from nats.js import JetStreamContext

from tests.upload.helpers import (
    LAUGHS,
    XXE,
    Serve,
    docx_upload,
    job_created_count,
    multipart_body,
    ole_file,
    rebuild,
    with_encryption_flag,
)


def _hostile_files(thesis: bytes) -> dict[str, tuple[bytes, int, str]]:
    """name → (file bytes, expected status, expected code)."""
    zeros = bytes(5 * 1024 * 1024)
    # An ENTITY declaration straddling the scanner's 64 KiB read boundary.
    straddling = b"<?xml version='1.0'?><!--" + b"x" * (65536 - 30) + b"--><!ENTITY a 'b'><r/>"
    return {
        "not a zip": (b"Dies ist keine Word-Datei, nur Text.\n" * 20, 415, "not_docx"),
        "truncated zip": (thesis[: len(thesis) // 2], 415, "not_docx"),
        "zip without word/document.xml": (
            rebuild(thesis, transform=None, add={"readme.txt": b"hi"}).replace(
                b"word/document.xml", b"word/documenx.xml"
            ),
            415,
            "not_docx",
        ),
        "old binary .doc": (ole_file("Root Entry", "WordDocument"), 415, "not_docx"),
        "password-protected (OLE)": (
            ole_file("Root Entry", "EncryptionInfo", "EncryptedPackage"),
            422,
            "encrypted",
        ),
        "zip entries flagged encrypted": (with_encryption_flag(thesis), 422, "encrypted"),
        "vbaProject.bin": (
            rebuild(thesis, add={"word/vbaProject.bin": b"\x00" * 64}),
            422,
            "macros",
        ),
        "macroEnabled content type": (
            rebuild(
                thesis,
                transform=lambda name, data: (
                    data.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
                    if name == "[Content_Types].xml"
                    else data
                ),
            ),
            422,
            "macros",
        ),
        "compression ratio bomb": (
            rebuild(thesis, add={"word/media/padding.bin": zeros}),
            413,
            "too_large_uncompressed",
        ),
        "path traversal": (rebuild(thesis, add={"../../evil.xml": b"<x/>"}), 422, "unsafe_archive"),
        "absolute member": (rebuild(thesis, add={"/etc/cron.d/x": b"<x/>"}), 422, "unsafe_archive"),
        "XXE in document.xml": (
            rebuild(thesis, replace={"word/document.xml": XXE}),
            422,
            "forbidden_xml",
        ),
        "billion laughs in a custom XML part": (
            rebuild(thesis, add={"customXml/item9.xml": LAUGHS}),
            422,
            "forbidden_xml",
        ),
        "ENTITY across a read boundary": (
            rebuild(thesis, add={"customXml/item8.xml": straddling}),
            422,
            "forbidden_xml",
        ),
        "UTF-16 XML hiding a DOCTYPE": (
            rebuild(
                thesis,
                replace={
                    "word/document.xml": XXE.replace(b"UTF-8", b"UTF-16").decode().encode("utf-16")
                },
            ),
            422,
            "forbidden_xml",
        ),
        "0 bytes": (b"", 400, "empty"),
    }


async def test_each_hostile_file_is_refused_with_its_own_code(
    client: httpx.AsyncClient, js: JetStreamContext, corpus: Path, upload_tmp: Path
) -> None:
    thesis = (corpus / "planted-de.docx").read_bytes()
    before = await job_created_count(js)
    outcomes = {}

    for name, (data, status, code) in _hostile_files(thesis).items():
        response = await client.post("/api/jobs", files=docx_upload(data))
        outcomes[name] = (response.status_code, response.json()["error"]["code"])
        assert outcomes[name] == (status, code), name
        assert response.json()["error"]["message"]
        assert (await client.get("/healthz")).status_code == 200
        assert list(upload_tmp.iterdir()) == [], name

    assert await job_created_count(js) == before
    # And a real thesis still goes through right after all of them.
    response = await client.post("/api/jobs", files=docx_upload(thesis))
    assert response.status_code == 201


async def test_uncompressed_size_cap_is_configurable(
    serve: Serve, js: JetStreamContext, corpus: Path
) -> None:
    thesis = (corpus / "planted-de.docx").read_bytes()
    # Text that compresses like prose, so only the total (not the ratio) can trip.
    prose = (corpus / "source-de.txt").read_bytes()
    big = rebuild(
        thesis, add={f"customXml/padding{i}.xml": b"<r>" + prose + b"</r>" for i in range(4)}
    )
    total = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(big)).infolist())

    async with serve(max_uncompressed_bytes=total - 1) as client:
        refused = await client.post("/api/jobs", files=docx_upload(big))
    async with serve(max_uncompressed_bytes=total) as client:
        accepted = await client.post("/api/jobs", files=docx_upload(big))

    assert (refused.status_code, refused.json()["error"]["code"]) == (413, "too_large_uncompressed")
    assert accepted.status_code == 201


@pytest.mark.parametrize(
    ("parts", "close", "status", "code"),
    [
        ([("language", b"de", None)], True, 400, "missing_file"),
        ([("file", b"PK", "a.docx"), ("file", b"PK", "b.docx")], True, 400, "bad_form"),
        ([("file", b"PK\x03\x04 half of a file", "a.docx")], False, 400, "incomplete_upload"),
    ],
    ids=["no file field", "two files", "stops halfway"],
)
async def test_malformed_forms_are_refused(
    client: httpx.AsyncClient,
    js: JetStreamContext,
    upload_tmp: Path,
    parts: list[tuple[str, bytes, str | None]],
    close: bool,
    status: int,
    code: str,
) -> None:
    before = await job_created_count(js)
    body, headers = multipart_body(parts, close=close)

    response = await client.post("/api/jobs", content=body, headers=headers)

    assert (response.status_code, response.json()["error"]["code"]) == (status, code)
    assert await job_created_count(js) == before
    assert list(upload_tmp.iterdir()) == []


async def test_a_body_that_is_not_a_form_is_refused(
    client: httpx.AsyncClient, corpus: Path
) -> None:
    response = await client.post(
        "/api/jobs",
        content=(corpus / "clean-de.docx").read_bytes(),
        headers={"Content-Type": "application/octet-stream"},
    )

    assert (response.status_code, response.json()["error"]["code"]) == (
        415,
        "unsupported_media_type",
    )
