"""The size cap holds while the body streams: a too-large upload is never read in full."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from nats.js import JetStreamContext

from tests.upload.helpers import (
    BOUNDARY,
    Serve,
    docx_upload,
    job_created_count,
    multipart_body,
    raw_upload,
)

MB = 1024 * 1024
CAP = 1 * MB
FORM_TYPE = f"multipart/form-data; boundary={BOUNDARY}"


def _endless_file(total: int) -> Iterator[bytes]:
    """A multipart body whose file part goes on for ``total`` bytes."""
    head, _ = multipart_body([("file", b"", "big.docx")], close=False)
    yield head[: -len(b"\r\n")]
    chunk = bytes(64 * 1024)
    for _ in range(total // len(chunk)):
        yield chunk


async def test_a_client_over_the_cap_gets_a_readable_413(
    serve: Serve, js: JetStreamContext, upload_tmp: Path
) -> None:
    """httpx (what the CLI uses) only reads once it has sent everything; it still gets the 413."""
    before = await job_created_count(js)
    async with serve(max_upload_bytes=CAP) as client:
        response = await client.post("/api/jobs", files=docx_upload(bytes(CAP + CAP // 2)))
        healthy = await client.get("/healthz")

    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "too_large"
    assert "1 MB" in error["message"]
    assert response.headers["connection"] == "close"
    assert healthy.status_code == 200
    assert await job_created_count(js) == before
    assert list(upload_tmp.iterdir()) == []


@pytest.mark.parametrize(
    "chunked",
    [False, True],
    ids=["announced 10 GB: refused before the body", "chunked: cut off once past the cap"],
)
async def test_an_endless_upload_is_answered_and_cut_off_long_before_its_end(
    serve: Serve, js: JetStreamContext, upload_tmp: Path, chunked: bool
) -> None:
    """With a length the cap is checked up front; a chunked body must trip it mid-stream."""
    total = 10 * 1024 * MB
    framing = {"Transfer-Encoding": "chunked"} if chunked else {"Content-Length": str(total)}
    before = await job_created_count(js)
    async with serve(max_upload_bytes=CAP) as client:
        port = client.base_url.port
        assert port is not None
        response = await raw_upload(
            port, {"Content-Type": FORM_TYPE, **framing}, _endless_file(total), chunked=chunked
        )
        healthy = await client.get("/healthz")

    assert response.status == 413
    assert json.loads(response.body)["error"]["code"] == "too_large"
    # The answer came, and the connection ended, while nearly all of it was unsent.
    assert response.sent < 64 * MB
    assert healthy.status_code == 200
    assert await job_created_count(js) == before
    assert list(upload_tmp.iterdir()) == []


async def test_a_file_exactly_at_the_cap_is_read_and_judged_on_its_content(
    serve: Serve, upload_tmp: Path
) -> None:
    async with serve(max_upload_bytes=CAP) as client:
        response = await client.post("/api/jobs", files=docx_upload(bytes(CAP)))

    # Zeros pass the intake and are then refused as no .docx.
    assert (response.status_code, response.json()["error"]["code"]) == (415, "not_docx")
    assert list(upload_tmp.iterdir()) == []
