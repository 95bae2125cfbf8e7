"""The one-origin dev proxy: ``/ws/*`` to the gateway, everything else to upload.

A development convenience for ``korrektur run`` only; in docker compose a real
reverse proxy (Caddy, ``deploy/Caddyfile``) does this job. Bodies stream both
ways (an upload is never buffered here), and WebSocket close codes such as
4401/4403 reach the client unchanged, because the CLI and the page act on them.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Any
Send = Any

HOP_BY_HOP = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-authenticate",
        b"proxy-authorization",
        b"te",
        b"trailer",
        b"transfer-encoding",
        b"upgrade",
        b"host",
    }
)

# On the proxy's own answers (502): the upload service sets these on everything it sends.
OWN_HEADERS = (
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)


class ClientGone(Exception):
    """The client disconnected while its request body was still streaming."""


def sendable_close_code(code: int | None) -> int:
    """Codes 1005/1006/1015 only describe a close; they may not be sent in one."""
    if code is None or code in (1005, 1006, 1015):
        return 1011
    return code


class Proxy:
    """An ASGI app forwarding to ``upload_url`` (HTTP) and ``gateway_url`` (WebSocket)."""

    def __init__(self, upload_url: str, gateway_url: str) -> None:
        self.upload_url = upload_url.rstrip("/")
        self.gateway_url = gateway_url.rstrip("/")
        self._client: httpx.AsyncClient | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match scope["type"]:
            case "lifespan":
                await self._lifespan(receive, send)
            case "http":
                await self._http(scope, receive, send)
            case "websocket":
                await self._websocket(scope, receive, send)

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            timeout = httpx.Timeout(connect=5.0, read=300.0, write=300.0, pool=5.0)
            self._client = httpx.AsyncClient(timeout=timeout, trust_env=False)
        return self._client

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._client is not None:
                    await self._client.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = forwarded_headers(scope)
        names = {name.lower() for name, _ in scope["headers"]}
        has_body = b"content-length" in names or b"transfer-encoding" in names
        url = self.upload_url + scope["raw_path"].decode("latin-1")
        if scope["query_string"]:
            url += "?" + scope["query_string"].decode("latin-1")
        request = self.client.build_request(
            scope["method"],
            url,
            headers=headers,
            content=request_body(receive) if has_body else None,
        )
        try:
            response = await self.client.send(request, stream=True)
        except ClientGone:
            return
        except httpx.TransportError as error:
            await bad_gateway(send, f"Upload service unreachable: {error}")
            return
        try:
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": [
                        (name, value)
                        for name, value in response.headers.raw
                        if name.lower() not in HOP_BY_HOP
                    ],
                }
            )
            async for chunk in response.aiter_raw():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            await response.aclose()

    async def _websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        await receive()  # websocket.connect
        url = self.gateway_url + scope["raw_path"].decode("latin-1")
        if scope["query_string"]:
            url += "?" + scope["query_string"].decode("latin-1")
        headers = dict(scope["headers"])
        origin = headers.get(b"origin")
        try:
            upstream = await ws_connect(
                url,
                subprotocols=scope.get("subprotocols") or None,
                origin=origin.decode("latin-1") if origin else None,
                additional_headers={"X-Forwarded-For": client_chain(scope)},
                proxy=None,
                compression=None,
                ping_interval=None,  # the gateway sends its own heartbeats
                max_size=None,
                open_timeout=10,
            )
        except InvalidStatus as error:
            # Refused before the handshake; the client sees the refusal as an HTTP 403.
            await send(
                {"type": "websocket.close", "code": 1008, "reason": f"{error.response.status_code}"}
            )
            return
        except (TimeoutError, OSError, InvalidHandshake):
            await send({"type": "websocket.close", "code": 1011})
            return
        await send({"type": "websocket.accept", "subprotocol": upstream.subprotocol})
        await relay(upstream, receive, send)


async def relay(upstream: ClientConnection, receive: Receive, send: Send) -> None:
    """Pump frames both ways until one side closes, then close the other with the same code."""

    async def client_to_upstream() -> None:
        while True:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                await upstream.close(sendable_close_code(message.get("code", 1000)))
                return
            if message.get("text") is not None:
                await upstream.send(message["text"])
            elif message.get("bytes") is not None:
                await upstream.send(message["bytes"])

    async def upstream_to_client() -> None:
        try:
            async for data in upstream:
                if isinstance(data, str):
                    await send({"type": "websocket.send", "text": data})
                else:
                    await send({"type": "websocket.send", "bytes": data})
        except ConnectionClosed:
            pass
        await send(
            {
                "type": "websocket.close",
                "code": sendable_close_code(upstream.close_code),
                "reason": upstream.close_reason or "",
            }
        )

    tasks = [asyncio.create_task(client_to_upstream()), asyncio.create_task(upstream_to_client())]
    try:
        done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await upstream.close()
    for task in done:
        error = None if task.cancelled() else task.exception()
        # A send to a client that has already gone is the normal end of a relay.
        if error is not None and not isinstance(error, (OSError, ConnectionClosed, RuntimeError)):
            raise error


def client_chain(scope: Scope) -> str:
    """X-Forwarded-For: whatever came before us, then the address we saw."""
    previous = dict(scope["headers"]).get(b"x-forwarded-for", b"").decode("latin-1")
    client = scope.get("client")
    seen = client[0] if client else "unknown"
    return f"{previous}, {seen}" if previous else seen


def forwarded_headers(scope: Scope) -> list[tuple[bytes, bytes]]:
    headers = [
        (name, value)
        for name, value in scope["headers"]
        if name.lower() not in HOP_BY_HOP and name.lower() != b"x-forwarded-for"
    ]
    headers.append((b"x-forwarded-for", client_chain(scope).encode("latin-1")))
    return headers


async def request_body(receive: Receive) -> AsyncIterator[bytes]:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone()
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return


async def bad_gateway(send: Send, message: str) -> None:
    body = json.dumps({"error": {"code": "bad_gateway", "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 502,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *OWN_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    import uvicorn

    app = Proxy(
        os.environ.get("KORREKTUR_UPLOAD_URL", "http://127.0.0.1:8001"),
        os.environ.get("KORREKTUR_GATEWAY_URL", "ws://127.0.0.1:8002"),
    )
    uvicorn.run(
        app,
        host=os.environ.get("KORREKTUR_HOST", "127.0.0.1"),
        port=int(os.environ.get("KORREKTUR_HTTP_PORT", "8000")),
        log_level="warning",
        proxy_headers=False,
        # Upstream's own Date and Server headers pass through; adding ours would double them.
        date_header=False,
        server_header=False,
        # Events are small JSON frames: compressing each costs more than it saves.
        ws_per_message_deflate=False,
    )


if __name__ == "__main__":
    main()
