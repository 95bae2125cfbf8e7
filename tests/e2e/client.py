"""Talking to the running stack the way any client would: HTTP and WebSocket on one origin."""

from __future__ import annotations

import asyncio
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from websockets.asyncio.client import connect as ws_connect

from contracts.events import Frame
from tests.wsclient import frames_until_close

WATCH_TIMEOUT_S = 180.0


@dataclass
class Watched:
    frames: list[Frame] = field(default_factory=list)
    close_code: int | None = None
    close_reason: str = ""


def ws_base(http_base: str) -> str:
    return "ws" + http_base.removeprefix("http")


async def upload(base: str, content: bytes, filename: str = "thesis.docx") -> httpx.Response:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        return await client.post("/api/jobs", files={"file": (filename, content)})


async def watch(base: str, path: str, *, query: str = "", origin: str | None = None) -> Watched:
    """Every frame the gateway sends until it closes, and how it closed."""
    watched = Watched()
    url = ws_base(base) + path + (f"?{query}" if query else "")

    async def collect() -> None:
        async with ws_connect(url, proxy=None, max_size=None, origin=origin) as websocket:  # type: ignore[arg-type]
            watched.frames.extend(await frames_until_close(websocket))
            watched.close_code = websocket.close_code
            watched.close_reason = websocket.close_reason or ""

    await asyncio.wait_for(collect(), WATCH_TIMEOUT_S)
    return watched


def corrupt_docx() -> bytes:
    """A zip that looks like a .docx to the upload checks, with a document.xml that does not parse."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
            '.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>kaputt</w:r></w:body>',
        )
    return buffer.getvalue()


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@dataclass(frozen=True)
class FinishedJob:
    job_id: str
    token: str
    urls: dict[str, str]
    live: list[Frame]
    close_code: int | None
    result: httpx.Response


async def run_job(base: str, document: Path) -> FinishedJob:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        created = await client.post(
            "/api/jobs", files={"file": (document.name, document.read_bytes())}
        )
        assert created.status_code == 201, created.text
        body = created.json()
        # Watch right away: what arrives is whatever replay there is, then the live tail.
        watched = await watch(base, body["events_url"], query=f"token={body['token']}")
        result = await client.get(
            body["result_url"], headers={"Authorization": f"Bearer {body['token']}"}
        )
    return FinishedJob(
        job_id=body["job_id"],
        token=body["token"],
        urls={key: body[key] for key in ("status_url", "events_url", "result_url")},
        live=watched.frames,
        close_code=watched.close_code,
        result=result,
    )
