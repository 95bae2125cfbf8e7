"""Responses the service sends in its own shape: msgspec bodies and the error envelope."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
import msgspec
from fastapi.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from services.upload.errors import ApiError, UploadError

_encoder = msgspec.json.Encoder()
# Long enough for a client on a slow line to read the answer, short enough not to be
# a way to tie the service up.
LINGER_SECONDS = 10.0


class MsgspecResponse(Response):
    """JSON rendered by msgspec, so contract Structs go out exactly as they are on the wire."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return _encoder.encode(content)


def error_response(
    status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message}}, status_code=status, headers=headers
    )


def api_error_response(error: ApiError, *, linger_bytes: int = 0) -> Response:
    """The error envelope; ``linger_bytes`` is how much unread upload may be dropped."""
    headers: dict[str, str] = {}
    if error.status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(error, UploadError) and error.body_unread:
        return LingeringErrorResponse(error.status, error.code, error.message, linger_bytes)
    return error_response(error.status, error.code, error.message, headers)


class LingeringErrorResponse(JSONResponse):
    """An error sent while the client is still uploading, then the connection closed.

    Closing a socket with unread data makes the kernel reset it, which can
    destroy the answer before the client reads it. So, like nginx's lingering
    close, the answer goes out first, the rest of the body is read and dropped
    (at most ``linger_bytes``: no more than an accepted upload would have
    cost), and only then is the connection closed.
    """

    def __init__(self, status: int, code: str, message: str, linger_bytes: int) -> None:
        self.linger_bytes = linger_bytes
        super().__init__(
            {"error": {"code": code, "message": message}},
            status_code=status,
            headers={"Connection": "close"},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send({"type": "http.response.body", "body": self.body, "more_body": True})
        dropped = 0
        with anyio.move_on_after(LINGER_SECONDS):
            while dropped < self.linger_bytes:
                message = await receive()
                if message["type"] != "http.request" or not message.get("more_body", False):
                    break
                dropped += len(message.get("body", b""))
        await send({"type": "http.response.body", "body": b"", "more_body": False})
