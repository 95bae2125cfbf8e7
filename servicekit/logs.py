"""Logging that never writes a job token, whatever the client put in a URL.

Clients may pass ``?token=`` (the WebSocket has no other portable way), and
uvicorn logs request paths with their query strings. A token in a log file is
a credential anyone with log access could use, so every line is redacted.
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

from uvicorn.config import LOGGING_CONFIG

_TOKEN_IN_QUERY = re.compile(r"((?:^|[?&\s])token=)[^&\s\"']+")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return _TOKEN_IN_QUERY.sub(rf"\g<1>{REDACTED}", text)


class RedactTokens(logging.Filter):
    """Rewrites ``token=…`` in a record's message and arguments before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's own logging setup, with every handler redacting tokens."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"redact_tokens": {"()": RedactTokens}}
    for handler in config["handlers"].values():
        handler["filters"] = ["redact_tokens"]
    return config


def plain_log_config() -> dict[str, Any]:
    """The same format and redaction for a service that runs without uvicorn (the gateway).

    Every logger reaches the root handler; ``websockets`` says only what went
    wrong, not each of thousands of connections opening and closing.
    """
    config = uvicorn_log_config()
    config["root"] = {"handlers": ["default"], "level": "INFO"}
    config["loggers"]["websockets"] = {"level": "WARNING"}
    return config
