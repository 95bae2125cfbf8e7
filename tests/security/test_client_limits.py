"""Per-client limits on the real stack: uploads in flight per address, and uploads that stop halfway.

Loopback has a whole /8, so one test process can be several clients: it binds
its sockets to 127.0.0.x, the proxy passes that address on in X-Forwarded-For,
and the upload service (which trusts the proxy) counts per address.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from nats.aio.client import Client

from korrektur.stack import Stack
from tests.security.helpers import assert_completes, assert_healthy, record, upload_job
from tests.upload.helpers import job_created_count, multipart_body

ATTACKER = "127.0.0.3"
DEFAULT_UPLOADS_PER_CLIENT = 4
WAIT_S = 30.0


class HalfUpload:
    """A POST /api/jobs whose client sends the head and half the body, then stops."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self.writer = writer

    @classmethod
    async def start(
        cls, stack: Stack, body: bytes, headers: dict[str, str], source: str
    ) -> HalfUpload:
        _reader, writer = await asyncio.open_connection(
            "127.0.0.1", stack.http_port, local_addr=(source, 0)
        )
        head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        writer.write(
            f"POST /api/jobs HTTP/1.1\r\nHost: korrektur\r\nContent-Length: {len(body)}\r\n"
            f"{head}\r\n".encode()
            + body[: len(body) // 2]
        )
        await writer.drain()
        return cls(writer)

    async def hang_up(self) -> None:
        self.writer.close()
        await self.writer.wait_closed()


async def until(condition: object, what: str) -> None:
    """Wait for a state of the service that follows from what the test did (no fixed sleeps)."""
    try:
        async with asyncio.timeout(WAIT_S):
            while not condition():  # type: ignore[operator]
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"Expected {what} within {WAIT_S} s, but it did not happen") from None


def upload_tmp(stack: Stack) -> Path:
    return Path(stack.environment()["KORREKTUR_UPLOAD_TMP_DIR"])


async def post_from(stack: Stack, source: str, content: bytes) -> httpx.Response:
    transport = httpx.AsyncHTTPTransport(local_address=source)
    async with httpx.AsyncClient(
        base_url=stack.url, transport=transport, timeout=60, trust_env=False
    ) as client:
        return await client.post("/api/jobs", files={"file": ("thesis.docx", content)})


async def test_an_upload_that_stops_halfway_leaves_no_file_and_no_job(
    stack: Stack, stack_nats: Client, small_thesis: bytes
) -> None:
    js = stack_nats.jetstream()
    before = await job_created_count(js)
    body, headers = multipart_body([("file", small_thesis, "thesis.docx")])

    half = await HalfUpload.start(stack, body, headers, "127.0.0.1")
    # The service is holding half a file on disk ...
    await until(lambda: any(upload_tmp(stack).iterdir()), "the partial upload on disk")
    await half.hang_up()
    # ... and removes it once it notices the client is gone.
    await until(lambda: not any(upload_tmp(stack).iterdir()), "the partial upload removed")

    assert await job_created_count(js) == before
    await assert_healthy(stack)
    await assert_completes(stack, await upload_job(stack, small_thesis))
    record("hostile_input", "upload stops halfway", {"temp_files_left": 0, "jobs_created": 0})


async def test_too_many_uploads_from_one_address_get_429_others_are_unaffected(
    stack: Stack, stack_nats: Client, small_thesis: bytes
) -> None:
    body, headers = multipart_body([("file", small_thesis, "thesis.docx")])
    # The attacker fills every slot with uploads that never finish.
    held = [
        await HalfUpload.start(stack, body, headers, ATTACKER)
        for _ in range(DEFAULT_UPLOADS_PER_CLIENT)
    ]
    try:
        await until(
            lambda: len(list(upload_tmp(stack).iterdir())) == DEFAULT_UPLOADS_PER_CLIENT,
            "every held upload on disk",
        )
        refused = await post_from(stack, ATTACKER, small_thesis)
        # Another address uploads as usual meanwhile.
        other = await post_from(stack, "127.0.0.1", small_thesis)
    finally:
        for upload in held:
            await upload.hang_up()

    await until(lambda: not any(upload_tmp(stack).iterdir()), "the held uploads removed")
    again = await post_from(stack, ATTACKER, small_thesis)

    record(
        "access",
        "concurrent uploads per client",
        {
            "limit": DEFAULT_UPLOADS_PER_CLIENT,
            "over_limit": [refused.status_code, refused.json()["error"]["code"]],
            "other_client": other.status_code,
            "after_release": again.status_code,
        },
    )
    assert (refused.status_code, refused.json()["error"]["code"]) == (429, "too_many_uploads")
    assert other.status_code == 201, other.text
    # Slots come back when uploads end, also uploads that were abandoned.
    assert again.status_code == 201, again.text
    await assert_completes(stack, other.json())
    await assert_healthy(stack)
