"""Why a gateway connection ends, as exceptions that carry their WebSocket close code.

Codes in the 4000s are ours and mirror HTTP (4401 = no credentials, 4403 =
refused, 4429 = too many connections from one address); the others are the
standard RFC 6455 codes a browser understands.
"""

from __future__ import annotations

NORMAL = 1000
UNSUPPORTED_DATA = 1003
POLICY_VIOLATION = 1008
MESSAGE_TOO_BIG = 1009
INTERNAL_ERROR = 1011
TRY_AGAIN_LATER = 1013
UNAUTHORIZED = 4401
FORBIDDEN = 4403
TOO_MANY_CONNECTIONS = 4429


class GatewayError(Exception):
    """Base of every error the gateway raises on purpose."""


class Close(GatewayError):
    """The connection must end with ``code``; ``reason`` is shown to the client."""

    def __init__(self, code: int, reason: str = "") -> None:
        super().__init__(f"{code} {reason}".strip())
        self.code = code
        self.reason = reason


class Refused(Close):
    """The handshake is refused before any event is sent (origin, token, job id)."""


class TooManyConnections(Refused):
    """The client's address already holds as many connections as one may."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            TOO_MANY_CONNECTIONS,
            f"too many connections from your address (at most {limit}); close one and retry",
        )


class SlowClient(Close):
    """The client reads slower than its job produces events.

    It loses nothing: it reconnects with ``after=<last seq>`` and the log has the rest.
    """

    def __init__(self) -> None:
        super().__init__(TRY_AGAIN_LATER, "too slow, reconnect with after=<last seq>")
