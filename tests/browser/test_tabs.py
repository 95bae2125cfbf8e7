"""Two theses in two tabs at once: each tab follows its own job and nothing else."""

from __future__ import annotations

import asyncio
from pathlib import Path

from playwright.async_api import Page, expect

from korrektur.stack import Stack
from tests.browser.control import folded, log_frames
from tests.browser.pages import open_page, upload, wait_finished


async def test_jobs_in_two_tabs_do_not_interfere(stack: Stack, corpus: Path, page: Page) -> None:
    second = await page.context.new_page()
    await asyncio.gather(open_page(page, stack.url), open_page(second, stack.url))

    (first_job, first_token), (second_job, second_token) = await asyncio.gather(
        upload(page, corpus / "planted-de.docx"), upload(second, corpus / "clean-de.docx")
    )
    first, other = await asyncio.gather(wait_finished(page), wait_finished(second))

    assert first_job != second_job
    assert first["job_id"] == first_job and other["job_id"] == second_job
    assert first["state"] == folded(log_frames(stack.url, first_job, first_token))
    assert other["state"] == folded(log_frames(stack.url, second_job, second_token))
    await expect(page.locator("#job-heading")).to_have_text("planted-de.docx")
    await expect(second.locator("#job-heading")).to_have_text("clean-de.docx")
