"""One real job on the planted thesis, watched live from upload to download, shared by the e2e tests."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from korrektur.stack import Stack
from tests.e2e.client import FinishedJob, run_job


@pytest.fixture(scope="session")
def planted_job(stack: Stack, corpus: Path) -> FinishedJob:
    return asyncio.run(run_job(stack.url, corpus / "planted-de.docx"))
