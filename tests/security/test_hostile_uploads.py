"""Hostile files, names and bodies sent to the real stack: each gets a clear answer, none does harm.

Each case runs while a student's normal job is in flight; afterwards both
services are healthy, no job was announced for the hostile upload, no
temporary file is left, and the student's job completes.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from nats.aio.client import Client

from joblog import JobLog
from korrektur.stack import Stack
from tests.security.documents import (
    encrypted_document,
    huge_document_xml,
    macro_document,
    zip_bomb,
)
from tests.security.helpers import (
    assert_completes,
    assert_healthy,
    owner_headers,
    record,
    upload_job,
)
from tests.upload.helpers import LAUGHS, XXE, job_created_count, multipart_body, rebuild

Build = Callable[[bytes], bytes]

# name → (how to build it from a real thesis, file name, expected status, expected code)
HOSTILE_FILES: dict[str, tuple[Build, str, int, str]] = {
    "not a zip": (lambda _t: b"Dies ist keine Word-Datei.\n" * 50, "thesis.docx", 415, "not_docx"),
    "truncated zip": (lambda t: t[: len(t) // 2], "thesis.docx", 415, "not_docx"),
    "zip bomb (512 MB of zeros)": (zip_bomb, "thesis.docx", 413, "too_large_uncompressed"),
    ".docm with macros": (macro_document, "thesis.docm", 422, "macros"),
    "password-protected .docx (real CFB, EncryptedPackage)": (
        encrypted_document,
        "thesis.docx",
        422,
        "encrypted",
    ),
    "XXE in document.xml": (
        lambda t: rebuild(t, replace={"word/document.xml": XXE}),
        "thesis.docx",
        422,
        "forbidden_xml",
    ),
    "billion laughs": (
        lambda t: rebuild(t, add={"customXml/item9.xml": LAUGHS}),
        "thesis.docx",
        422,
        "forbidden_xml",
    ),
    "200 MB document.xml": (huge_document_xml, "thesis.docx", 413, "too_large_uncompressed"),
    "0 bytes": (lambda _t: b"", "thesis.docx", 400, "empty"),
}

# name → (raw filename as the client sends it)
HOSTILE_NAMES = {
    "../ traversal": "../../../etc/passwd",
    "windows traversal": "..\\..\\Windows\\system32\\thesis.docx",
    "control characters": "bericht\x07\x1b[31m\x7f\x08 final.docx",
    "right-to-left override": "arbeit\u202excod.docx",
    "10,000 characters": "a" * 10_000 + ".docx",
}

# name → (body, Content-Type header, expected status, expected code)
WRONG_TYPES = {
    "docx as application/octet-stream": (
        "docx",
        "application/octet-stream",
        415,
        "unsupported_media_type",
    ),
    "JSON body": (b'{"file": "thesis.docx"}', "application/json", 415, "unsupported_media_type"),
    "no Content-Type": ("docx", None, 415, "unsupported_media_type"),
    "multipart without boundary": ("docx", "multipart/form-data", 400, "bad_form"),
}


@pytest.fixture(scope="module")
def thesis(corpus: Path) -> bytes:
    return (corpus / "planted-de.docx").read_bytes()


def upload_tmp(stack: Stack) -> Path:
    return Path(stack.environment()["KORREKTUR_UPLOAD_TMP_DIR"])


async def refused_harmlessly(
    stack: Stack,
    stack_nats: Client,
    small_thesis: bytes,
    send: Callable[[httpx.AsyncClient], object],
) -> httpx.Response:
    """Send the hostile request while a normal job runs; check nothing was harmed."""
    js = stack_nats.jetstream()
    student = await upload_job(stack, small_thesis, "student.docx")
    before = await job_created_count(js)
    async with httpx.AsyncClient(base_url=stack.url, timeout=120, trust_env=False) as client:
        response: httpx.Response = await send(client)  # type: ignore[misc]
    assert response.json()["error"]["message"]
    assert await job_created_count(js) == before
    assert list(upload_tmp(stack).iterdir()) == []
    await assert_healthy(stack)
    await assert_completes(stack, student)
    return response


@pytest.mark.parametrize("name", list(HOSTILE_FILES))
async def test_a_hostile_file_is_refused_with_its_code(
    stack: Stack, stack_nats: Client, thesis: bytes, small_thesis: bytes, name: str
) -> None:
    build, filename, status, code = HOSTILE_FILES[name]
    content = build(thesis)

    response = await refused_harmlessly(
        stack,
        stack_nats,
        small_thesis,
        lambda client: client.post("/api/jobs", files={"file": (filename, content)}),
    )

    outcome = (response.status_code, response.json()["error"]["code"])
    record(
        "hostile_input",
        name,
        {"bytes_sent": len(content), "status": outcome[0], "code": outcome[1]},
    )
    assert outcome == (status, code)


@pytest.mark.parametrize("name", list(WRONG_TYPES))
async def test_a_wrong_content_type_is_refused(
    stack: Stack, stack_nats: Client, small_thesis: bytes, name: str
) -> None:
    body, content_type, status, code = WRONG_TYPES[name]
    content = small_thesis if body == "docx" else body
    headers = {"Content-Type": content_type} if content_type else {}

    response = await refused_harmlessly(
        stack,
        stack_nats,
        small_thesis,
        lambda client: client.post("/api/jobs", content=content, headers=headers),
    )

    outcome = (response.status_code, response.json()["error"]["code"])
    record(
        "hostile_input", f"wrong content type: {name}", {"status": outcome[0], "code": outcome[1]}
    )
    assert outcome == (status, code)


@pytest.mark.parametrize("name", list(HOSTILE_NAMES))
async def test_a_hostile_file_name_is_made_harmless(
    stack: Stack, stack_nats: Client, small_thesis: bytes, name: str
) -> None:
    # A name is only a label (the file is stored under the job id), so the
    # upload is accepted, and the name reaches events and downloads cleaned.
    body, headers = multipart_body([("file", small_thesis, HOSTILE_NAMES[name])])
    async with httpx.AsyncClient(base_url=stack.url, timeout=60, trust_env=False) as client:
        created = await client.post("/api/jobs", content=body, headers=headers)
    assert created.status_code == 201, created.text
    job = created.json()

    stored = await JobLog(stack_nats.jetstream()).created(job["job_id"])
    assert stored is not None
    await assert_completes(stack, job)
    async with httpx.AsyncClient(base_url=stack.url, timeout=60, trust_env=False) as client:
        result = await client.get(job["result_url"], headers=owner_headers(job))

    record(
        "hostile_input",
        f"file name: {name}",
        {
            "status": 201,
            "stored_as": stored.filename,
            "download": result.headers["content-disposition"][:160],
        },
    )
    assert result.status_code == 200
    assert "/" not in stored.filename and "\\" not in stored.filename
    assert not any(unicodedata.category(char) in ("Cc", "Cf") for char in stored.filename)
    assert stored.filename.endswith(".docx") and len(stored.filename) <= 120
    assert ".." not in stored.filename.split("/")
    await assert_healthy(stack)


async def test_a_file_over_the_size_cap_is_refused_through_the_one_origin(
    stack: Stack, stack_nats: Client, small_thesis: bytes
) -> None:
    # Somewhat over the cap is the usual case; the client (httpx reads the answer only
    # after sending everything) and the proxy in between must still see the 413.
    async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
        cap = (await client.get("/api/config")).json()["max_upload_bytes"]
    content = os.urandom(cap + 5 * 1024 * 1024)

    response = await refused_harmlessly(
        stack,
        stack_nats,
        small_thesis,
        lambda client: client.post("/api/jobs", files={"file": ("gross.docx", content)}),
    )

    outcome = (response.status_code, response.json()["error"]["code"])
    record(
        "hostile_input",
        "over the size cap",
        {"bytes_sent": len(content), "status": outcome[0], "code": outcome[1]},
    )
    assert outcome == (413, "too_large")
