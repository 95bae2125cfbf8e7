"""Reading a job's WebSocket the way a browser does: every frame until the gateway closes."""

from __future__ import annotations

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from contracts.events import Frame, decode_frame


async def frames_until_close(websocket: ClientConnection) -> list[Frame]:
    """Every frame still to come on an open connection; an abrupt close ends the list too."""
    frames: list[Frame] = []
    try:
        async for data in websocket:
            frames.append(decode_frame(data))
    except ConnectionClosed:
        pass
    return frames
