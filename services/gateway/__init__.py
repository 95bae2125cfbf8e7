"""The gateway: a WebSocket per watched job that replays its log, then tails it live.

One hub per process feeds every connection from a single JetStream consumer,
so the number of watched jobs never multiplies server-side consumers.
"""

from services.gateway.server import serving
from services.gateway.settings import Settings

__all__ = ["Settings", "serving"]
