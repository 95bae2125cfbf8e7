"""``python -m services.gateway``: serve on KORREKTUR_HOST:KORREKTUR_GATEWAY_PORT."""

from __future__ import annotations

from services.gateway.server import run
from services.gateway.settings import Settings

if __name__ == "__main__":
    run(Settings.from_env())
