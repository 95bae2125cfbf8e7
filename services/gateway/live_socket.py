"""A server connection that writes without waiting and remembers when it last heard the client.

``websockets``' ``send`` and ``ping`` are coroutines; calling them for every
live event or every keepalive would cost a task each. Through its Sans-I/O
protocol a frame is framed and handed to the transport at once instead, and
the transport's buffer is the only queue. A client that answers pings (or
sends anything) is heard; one that stays silent is gone.
"""

from __future__ import annotations

from websockets.asyncio.server import ServerConnection
from websockets.protocol import State


class LiveSocket(ServerConnection):
    """``serve(create_connection=LiveSocket)``: what the gateway needs beyond ``websockets``."""

    # When data last arrived from the client (the event loop's clock); set on the first bytes.
    last_heard: float = 0.0

    def data_received(self, data: bytes) -> None:
        self.last_heard = self.loop.time()
        super().data_received(data)

    def send_now(self, text: str) -> int:
        """Frame ``text`` and hand it to the transport; the bytes now waiting to be sent."""
        if self.protocol.state is State.OPEN:
            self.protocol.send_text(text.encode())
            self._flush()
        return self.transport.get_write_buffer_size()

    def ping_now(self) -> None:
        """Send an empty ping; the pong (or anything else) updates :attr:`last_heard`."""
        if self.protocol.state is State.OPEN:
            self.protocol.send_ping(b"")
            self._flush()

    def _flush(self) -> None:
        for data in self.protocol.data_to_send():
            if data:  # an empty chunk asks for a half-close, which only closing makes
                self.transport.write(data)
