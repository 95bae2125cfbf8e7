"""A client for Korrektur's public API on its one origin: upload, watch, download.

The watch is where the care goes: a dropped WebSocket is reopened with
``after=<last seq>``, and frames at or below that sequence are skipped, so the
caller sees every event of the job exactly once, in order.
"""

from __future__ import annotations

import asyncio
import mimetypes
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
import msgspec
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from contracts.events import Frame, decode_frame, is_terminal
from korrektur.errors import Refused, ServerUnreachable
from korrektur.labels import text
from servicekit.backoff import WATCH_RECONNECT

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Close codes that mean "you may not watch this job": retrying cannot help.
REFUSAL_CLOSE_CODES = frozenset({1008, 4400, 4401, 4403, 4404})


class Submission(msgspec.Struct, frozen=True):
    """What the upload service answers with 201."""

    job_id: str
    token: str
    status_url: str
    events_url: str
    result_url: str


def refusal(response: httpx.Response, speaks: str = "de") -> Refused:
    """The server's own words for a refusal, or a generic sentence if it sent none."""
    try:
        error = response.json()["error"]
        return Refused(
            str(error["message"]), str(error.get("code", "refused")), response.status_code
        )
    except (ValueError, KeyError, TypeError):
        status = response.status_code
        return Refused(text("refused", speaks, status=status), status=status)


class KorrekturClient:
    """One server, one HTTP connection pool; ``async with`` it."""

    def __init__(self, server: str, *, timeout: float = 60.0, speaks: str = "de") -> None:
        self.server = server.rstrip("/")
        self.speaks = speaks  # the user's language, for this client's own messages
        self._http = httpx.AsyncClient(base_url=self.server, timeout=timeout)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self._http.aclose()

    async def submit(self, path: Path, language: str = "auto") -> Submission:
        """Upload ``path``; the file is streamed, never read whole into memory."""
        content_type = mimetypes.guess_type(path.name)[0] or DOCX_TYPE
        with path.open("rb") as handle:
            response = await self._request(
                "POST",
                "/api/jobs",
                files={"file": (path.name, handle, content_type)},
                data={"language": language},
            )
        if response.status_code != 201:
            raise refusal(response, self.speaks)
        return msgspec.convert(response.json(), Submission)

    async def download(self, submission: Submission, target: Path) -> int:
        """Stream the corrected document to ``target``; returns its size in bytes."""
        headers = {"Authorization": f"Bearer {submission.token}"}
        try:
            async with self._http.stream("GET", submission.result_url, headers=headers) as response:
                if response.status_code != 200:
                    await response.aread()
                    raise refusal(response, self.speaks)
                partial = target.with_name(target.name + ".part")
                size = 0
                with partial.open("wb") as handle:
                    async for chunk in response.aiter_bytes():
                        handle.write(chunk)
                        size += len(chunk)
                partial.replace(target)
                return size
        except httpx.TransportError as error:
            raise ServerUnreachable(
                text("download_failed", self.speaks, server=self.server, error=error)
            ) from error

    async def frames(self, submission: Submission, after: int = 0) -> AsyncIterator[Frame]:
        """Every frame of the job after ``after``, live, until the terminal event."""
        last = after
        waits = WATCH_RECONNECT.delays()
        while True:
            try:
                async with ws_connect(
                    self.ws_url(submission, last), proxy=None, open_timeout=10, max_size=None
                ) as websocket:
                    async for data in websocket:
                        frame = decode_frame(data)
                        if frame.seq <= last:
                            continue  # already seen before a reconnect
                        waits = WATCH_RECONNECT.delays()  # connected: start the schedule over
                        last = frame.seq
                        yield frame
                        if is_terminal(frame.event):
                            return
                    code = websocket.close_code
            except ConnectionClosed as closed:
                code = closed.rcvd.code if closed.rcvd else None
            except InvalidStatus as error:
                status = error.response.status_code
                if 400 <= status < 500:
                    why = f"HTTP {status}"
                    raise Refused(text("live_refused", self.speaks, why=why), status=status)
                code = None
            except (TimeoutError, OSError, InvalidHandshake):
                code = None
            if code in REFUSAL_CLOSE_CODES:
                why = f"Code {code}"
                raise Refused(text("live_refused", self.speaks, why=why), status=code)
            delay = next(waits, None)
            if delay is None:
                raise ServerUnreachable(text("live_unreachable", self.speaks, server=self.server))
            await asyncio.sleep(delay)

    def ws_url(self, submission: Submission, after: int) -> str:
        scheme, netloc, _path, _query, _fragment = urlsplit(self.server)
        query = urlencode({"token": submission.token, "after": after})
        ws_scheme = "wss" if scheme == "https" else "ws"
        return urlunsplit((ws_scheme, netloc, submission.events_url, query, ""))

    async def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            return await self._http.request(method, url, **kwargs)
        except httpx.TransportError as error:
            raise ServerUnreachable(
                text("unreachable", self.speaks, server=self.server, error=error)
            ) from error
