"""``python -m services.upload``: serve the upload API with uvicorn."""

from __future__ import annotations

import uvicorn

from servicekit.logs import uvicorn_log_config
from servicekit.metrics import serve_metrics
from services.upload.app import create_app
from services.upload.settings import Settings


def main() -> None:
    settings = Settings.from_env()
    serve_metrics(default_port=9101)
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        # Behind the dev proxy the client's address arrives in X-Forwarded-For.
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        server_header=False,
        log_config=uvicorn_log_config(),
    )


if __name__ == "__main__":
    main()
