"""The dev proxy between tiny real upstreams: bodies stream, WebSockets relay, close codes survive."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from korrektur.natsserver import free_port
from korrektur.proxy import Proxy
from tests.cli.servers import serve


async def echo(request: Request) -> JSONResponse:
    chunks = 0
    size = 0
    async for chunk in request.stream():
        chunks += 1 if chunk else 0
        size += len(chunk)
    return JSONResponse(
        {
            "method": request.method,
            "path": request.url.path,
            "query": request.url.query,
            "size": size,
            "forwarded_for": request.headers.get("x-forwarded-for"),
            "authorization": request.headers.get("authorization"),
        },
        status_code=201,
        headers={"x-upstream": "upload"},
    )


async def download(_request: Request) -> StreamingResponse:
    async def parts() -> AsyncIterator[bytes]:
        for index in range(100):
            yield bytes([index % 256]) * 1000

    return StreamingResponse(parts(), media_type="application/octet-stream")


async def refuse(websocket: WebSocket) -> None:
    await websocket.accept()
    await websocket.close(code=4401, reason="token required")


async def mirror(websocket: WebSocket) -> None:
    await websocket.accept(subprotocol="korrektur.v1" if websocket.scope["subprotocols"] else None)
    await websocket.send_json(
        {
            "origin": websocket.headers.get("origin"),
            "query": websocket.url.query,
            "forwarded_for": websocket.headers.get("x-forwarded-for"),
        }
    )
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
        if message.get("text") == "bye":
            await websocket.close(code=1000)
            return
        if message.get("text") is not None:
            await websocket.send_text(message["text"].upper())
        else:
            await websocket.send_bytes(message["bytes"][::-1])


upstream = Starlette(
    routes=[
        Route("/api/echo", echo, methods=["GET", "POST"]),
        Route("/api/download", download),
        WebSocketRoute("/ws/refuse", refuse),
        WebSocketRoute("/ws/mirror", mirror),
    ]
)


@dataclass
class Ports:
    proxy: int


@pytest.fixture
async def proxy() -> AsyncIterator[Ports]:
    async with serve(upstream) as upstream_port:
        app = Proxy(f"http://127.0.0.1:{upstream_port}", f"ws://127.0.0.1:{upstream_port}")
        async with serve(app) as proxy_port:
            yield Ports(proxy_port)


async def test_a_large_upload_streams_through_in_chunks(proxy: Ports) -> None:
    async def body() -> AsyncIterator[bytes]:
        for _ in range(64):
            yield b"x" * 65536

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{proxy.proxy}") as client:
        response = await client.post(
            "/api/echo?a=1&b=2", content=body(), headers={"Authorization": "Bearer t0k"}
        )
    assert response.status_code == 201
    assert response.headers["x-upstream"] == "upload"
    echoed = response.json()
    assert echoed["size"] == 64 * 65536
    assert (echoed["path"], echoed["query"], echoed["authorization"]) == (
        "/api/echo",
        "a=1&b=2",
        "Bearer t0k",
    )
    assert echoed["forwarded_for"] == "127.0.0.1"


async def test_an_existing_forwarded_for_chain_is_extended(proxy: Ports) -> None:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{proxy.proxy}") as client:
        response = await client.get("/api/echo", headers={"X-Forwarded-For": "203.0.113.7"})
    assert response.json()["forwarded_for"] == "203.0.113.7, 127.0.0.1"


async def test_a_download_streams_back_whole(proxy: Ports) -> None:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{proxy.proxy}") as client:
        response = await client.get("/api/download")
    assert response.status_code == 200
    assert response.content == b"".join(bytes([i % 256]) * 1000 for i in range(100))


async def test_an_unreachable_upstream_is_a_json_502() -> None:
    dead = free_port()
    app = Proxy(f"http://127.0.0.1:{dead}", f"ws://127.0.0.1:{dead}")
    async with serve(app) as port, httpx.AsyncClient() as client:
        response = await client.get(f"http://127.0.0.1:{port}/api/jobs")
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "bad_gateway"


async def test_websocket_relays_text_binary_subprotocol_origin_and_query(proxy: Ports) -> None:
    url = f"ws://127.0.0.1:{proxy.proxy}/ws/mirror?token=abc&after=3"
    async with ws_connect(
        url,
        subprotocols=["korrektur.v1"],
        origin="http://127.0.0.1:8000",
        proxy=None,  # type: ignore[list-item,arg-type]
    ) as websocket:
        assert websocket.subprotocol == "korrektur.v1"
        hello = await websocket.recv()
        assert '"origin":"http://127.0.0.1:8000"' in hello
        assert '"query":"token=abc&after=3"' in hello
        assert '"forwarded_for":"127.0.0.1"' in hello
        await websocket.send("hallo")
        assert await websocket.recv() == "HALLO"
        await websocket.send(b"\x01\x02\x03")
        assert await websocket.recv() == b"\x03\x02\x01"
        await websocket.send("bye")
        with pytest.raises(ConnectionClosed):
            await websocket.recv()
    assert websocket.close_code == 1000


async def test_websocket_close_code_reaches_the_client(proxy: Ports) -> None:
    async with ws_connect(f"ws://127.0.0.1:{proxy.proxy}/ws/refuse", proxy=None) as websocket:
        with pytest.raises(ConnectionClosed):
            await websocket.recv()
    assert websocket.close_code == 4401
    assert websocket.close_reason == "token required"


async def test_websocket_to_a_missing_route_is_refused_at_the_handshake(proxy: Ports) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with ws_connect(f"ws://127.0.0.1:{proxy.proxy}/ws/nowhere", proxy=None):
            pass
    assert refused.value.response.status_code == 403
