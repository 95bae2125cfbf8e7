"""A token passed in a URL never reaches a log line."""

from __future__ import annotations

import logging
import logging.config

import pytest

from servicekit.logs import REDACTED, redact, uvicorn_log_config


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/ws/jobs/abc?token=s3cr3t&after=4", f"/ws/jobs/abc?token={REDACTED}&after=4"),
        ("/api/jobs/abc?after=2&token=s3cr3t", f"/api/jobs/abc?after=2&token={REDACTED}"),
        ("/api/jobs/abc/result", "/api/jobs/abc/result"),
        ("/api/jobs/abc?mytoken=x", "/api/jobs/abc?mytoken=x"),
    ],
)
def test_redact_hides_only_the_token_parameter(line: str, expected: str) -> None:
    assert redact(line) == expected


@pytest.mark.parametrize(
    ("logger", "message", "args"),
    [
        # The shapes uvicorn itself logs for HTTP requests and WebSocket handshakes.
        (
            "uvicorn.access",
            '%s - "%s %s HTTP/%s" %d',
            ("1.2.3.4:5", "GET", "/api/jobs/j?token=s3cr3t", "1.1", 200),
        ),
        (
            "uvicorn.error",
            '%s - "WebSocket %s" [accepted]',
            ("1.2.3.4:5", "/ws/jobs/j?token=s3cr3t&after=0"),
        ),
    ],
)
def test_uvicorn_handlers_redact_access_and_websocket_lines(
    logger: str, message: str, args: tuple[object, ...]
) -> None:
    logging.config.dictConfig(uvicorn_log_config())
    # uvicorn.error has no handler of its own; it hands records to uvicorn's.
    owner = logging.getLogger(logger if logger == "uvicorn.access" else "uvicorn")
    handler = owner.handlers[0]
    record = logging.LogRecord(logger, logging.INFO, __file__, 1, message, args, None)

    assert handler.filter(record)
    assert "s3cr3t" not in record.getMessage() and REDACTED in record.getMessage()
