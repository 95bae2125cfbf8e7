"""Real Chromium (Debian's, driven by Playwright) against the real running stack.

The ``stack`` fixture (tests/conftest.py) runs the product as subprocesses;
these fixtures add a browser, a page that records what it showed, and a folder
for screenshots. Nothing here fakes a server or the network.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright

from tests.browser.pages import OBSERVER, Recorder
from tests.paths import REPO

CHROMIUM = "/usr/bin/chromium"
# The machine's network is closed: nothing may try to phone home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OUTPUT = REPO / "test-output" / "browser"


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    if shutil.which(CHROMIUM) is None:
        pytest.fail(f"Expected Debian's chromium at {CHROMIUM}; `make deps` installs it")
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    """A tab that records every %, stage status and CSP violation it shows."""
    context = await browser.new_context(
        accept_downloads=True, viewport={"width": 1000, "height": 900}, locale="de-DE"
    )
    await context.add_init_script(OBSERVER)
    tab = await context.new_page()
    tab.set_default_timeout(60_000)
    try:
        yield tab
    finally:
        await context.close()


@pytest.fixture
def recorder(page: Page) -> Recorder:
    return Recorder.attach(page)


@pytest.fixture
def output_dir(request: pytest.FixtureRequest) -> Path:
    """test-output/browser/<test name>/, for screenshots a person looks at."""
    folder = OUTPUT / re.sub(r"[^\w.-]+", "_", request.node.name)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
