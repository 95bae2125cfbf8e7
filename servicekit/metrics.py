"""Every metric Korrektur exports, and the one way a service serves them.

Each process serves Prometheus text at ``/metrics`` on its own port
(``KORREKTUR_METRICS_PORT``, loopback by default), never through the public
origin. A family only moves in the service that owns it; the others export it
at zero, which Prometheus sums away.
"""

from __future__ import annotations

import logging
import os

from prometheus_client import Counter, Gauge, Histogram, start_http_server

log = logging.getLogger(__name__)

# The upload service.
JOBS_CREATED = Counter("korrektur_jobs_created", "Jobs created from an accepted upload.")
UPLOADS_REFUSED = Counter(
    "korrektur_uploads_refused", "Uploads refused, by the error code the student saw.", ["code"]
)
# The processors.
JOBS_FINISHED = Counter("korrektur_jobs_finished", "Jobs that ended, by outcome.", ["outcome"])
JOBS_WAITING = Gauge("korrektur_jobs_waiting", "Jobs and revisions in the queue, not yet taken.")
STAGE_SECONDS = Histogram(
    "korrektur_stage_duration_seconds",
    "How long each stage took.",
    ["stage"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)
EVENTS_APPENDED = Counter(
    "korrektur_events_appended", "Events a processor appended to job logs, by type.", ["type"]
)
# The gateway.
CONNECTIONS_OPEN = Gauge("korrektur_websocket_connections", "WebSocket connections open.")
EVENTS_RELAYED = Counter("korrektur_events_relayed", "Events sent to watching clients.")
SLOW_CLIENT_DROPS = Counter(
    "korrektur_slow_client_drops", "Watchers let go because they stopped reading (1013)."
)


def serve_metrics(default_port: int) -> int | None:
    """Serve ``/metrics`` on ``KORREKTUR_METRICS_PORT`` (or ``default_port``); 0 turns it off."""
    port = int(os.environ.get("KORREKTUR_METRICS_PORT", str(default_port)))
    if port == 0:
        return None
    host = os.environ.get("KORREKTUR_METRICS_HOST", "127.0.0.1")
    try:
        start_http_server(port, addr=host)
    except OSError as error:
        # Metrics are for operators; a taken port must not keep the service from working.
        log.warning("cannot serve /metrics on %s:%d (%s); metrics are off", host, port, error)
        return None
    return port
