"""A file the service will not take is refused in plain words, and no job is created."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Page, expect

from korrektur.stack import Stack
from tests.browser.control import created_jobs
from tests.browser.pages import Recorder, open_page, pick


async def test_a_file_that_is_not_docx_is_refused_before_it_is_sent(
    stack: Stack, page: Page, recorder: Recorder
) -> None:
    jobs_before = await created_jobs(stack.nats_url)
    await open_page(page, stack.url)

    await pick(page, "notizen.txt", b"Meine Arbeit", "text/plain")

    await expect(page.locator("#upload-error")).to_be_visible()
    await expect(page.locator("#upload-error")).to_contain_text(
        "„notizen.txt“ ist keine .docx-Datei"
    )
    assert recorder.uploads() == []
    assert "#job=" not in page.url
    assert await created_jobs(stack.nats_url) == jobs_before


async def test_a_file_over_the_servers_cap_is_refused_before_it_is_sent(
    stack: Stack, page: Page, recorder: Recorder, tmp_path: Path
) -> None:
    await open_page(page, stack.url)
    cap = await page.evaluate("fetch('/api/config').then(r => r.json())")
    huge = tmp_path / "riesig.docx"
    with huge.open("wb") as sparse:
        sparse.truncate(cap["max_upload_bytes"] + 1)

    await page.set_input_files("#file-input", str(huge))

    await expect(page.locator("#upload-error")).to_contain_text("Die Datei ist zu groß")
    await expect(page.locator("#upload-error")).to_contain_text("höchstens 50 MB")
    assert recorder.uploads() == []


async def test_the_servers_refusal_is_shown_in_plain_words(
    stack: Stack, page: Page, recorder: Recorder, output_dir: Path
) -> None:
    jobs_before = await created_jobs(stack.nats_url)
    await open_page(page, stack.url)

    # A .docx by name only: the page lets it go, the server looks inside and refuses
    await pick(page, "arbeit.docx", b"kein zip", "application/octet-stream")

    await expect(page.locator("#upload-error")).to_contain_text(
        "Das ist kein gültiges Word-Dokument (.docx)"
    )
    [sent] = recorder.uploads()
    assert (await sent.response()).status == 415  # type: ignore[union-attr]
    await expect(page.locator("#upload-view")).to_be_visible()
    assert "#job=" not in page.url
    assert await created_jobs(stack.nats_url) == jobs_before
    await page.screenshot(path=str(output_dir / "refused.png"), full_page=True)
