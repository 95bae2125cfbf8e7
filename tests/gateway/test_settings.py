"""Settings from the environment: defaults, overrides, and clear errors."""

from __future__ import annotations

import pytest

from servicekit.environment import SettingsError
from services.gateway.access import check_origin
from services.gateway.errors import Refused
from services.gateway.settings import Settings


def test_defaults_allow_the_public_origin_only() -> None:
    settings = Settings.from_env({})
    assert settings.port == 8002
    assert settings.origins == {"http://127.0.0.1:8000", "http://localhost:8000"}


def test_environment_overrides() -> None:
    settings = Settings.from_env(
        {
            "KORREKTUR_NATS_URL": "nats://a:4222,nats://b:4222",
            "KORREKTUR_GATEWAY_PORT": "9002",
            "KORREKTUR_HTTP_PORT": "9000",
            "KORREKTUR_GATEWAY_QUEUE_SIZE": "16",
            "KORREKTUR_WS_PING_INTERVAL_S": "5",
            "KORREKTUR_ALLOWED_ORIGINS": "https://korrektur.example, https://b.example/",
        }
    )
    assert (settings.port, settings.public_port, settings.queue_size) == (9002, 9000, 16)
    assert settings.ping_interval_s == 5.0
    assert settings.origins == {"https://korrektur.example", "https://b.example"}


def test_a_bad_number_names_the_variable() -> None:
    with pytest.raises(SettingsError, match="KORREKTUR_GATEWAY_PORT"):
        Settings.from_env({"KORREKTUR_GATEWAY_PORT": "eighty"})
    with pytest.raises(SettingsError, match="KORREKTUR_GATEWAY_QUEUE_SIZE"):
        Settings.from_env({"KORREKTUR_GATEWAY_QUEUE_SIZE": "0"})


def test_origin_check() -> None:
    allowed = Settings(public_port=8000).origins
    check_origin(None, allowed)  # the CLI sends none
    check_origin("http://localhost:8000", allowed)
    for origin in ("http://localhost:8001", "https://localhost:8000", "null", ""):
        with pytest.raises(Refused):
            check_origin(origin, allowed)
    check_origin("https://anything.example", frozenset({"*"}))
