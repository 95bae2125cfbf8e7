"""Fixtures of the security tests: a fresh summary per session, the sample thesis, NATS."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from nats.aio.client import Client

from joblog import connect
from korrektur.stack import Stack
from tests.security.helpers import SUMMARY


@pytest.fixture(scope="session", autouse=True)
def fresh_summary() -> None:
    """One run's figures only: a stale entry from an earlier run would mislead the note."""
    SUMMARY.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def small_thesis(corpus: Path) -> bytes:
    """A short real thesis: the student's job that must be undisturbed, or a quick job to act on."""
    return (corpus / "clean-de.docx").read_bytes()


@pytest.fixture
async def stack_nats(stack: Stack) -> AsyncIterator[Client]:
    """A NATS connection to the stack's own server, for what only ops can see (the raw log)."""
    client = await connect(stack.nats_url, "security-test")
    yield client
    await client.drain()
