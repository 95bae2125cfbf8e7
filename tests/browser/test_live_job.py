"""A student's whole visit: drop the thesis, watch every stage, download the comments."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from playwright.async_api import Page, expect

from contracts.stages import STAGES
from korrektur.stack import Stack
from tests.browser.control import folded, log_frames
from tests.browser.pages import Recorder, open_page, seen, snapshot, upload, wait_finished


async def test_a_thesis_is_checked_live_and_comes_back_with_comments(
    stack: Stack, corpus: Path, page: Page, recorder: Recorder, output_dir: Path
) -> None:
    # Given the page, in German by default
    await open_page(page, stack.url)
    assert await page.get_attribute("html", "lang") == "de"
    await expect(page.locator("#upload-heading")).to_have_text("Abschlussarbeit prüfen lassen")

    # When the student picks the planted thesis
    job_id, token = await upload(page, corpus / "planted-de.docx")
    final = await wait_finished(page)

    # Then every stage was shown waiting, then running, then done
    shown = await seen(page)
    for stage in STAGES:
        assert shown["stages"][stage] == ["waiting", "running", "done"], (stage, shown["stages"])
    # and the % only ever rose, through several values, to 100
    progress = shown["progress"]
    assert progress == sorted(progress), f"Expected % never to fall, but saw {progress}"
    assert progress[-1] == 100 and len(set(progress)) >= 4, progress
    await expect(page.locator("#progress-value")).to_have_text("100 %")
    await expect(page.locator("#announcer")).to_contain_text("Prüfung abgeschlossen")

    # and the page's state is exactly the contract's fold of the job's log
    frames = log_frames(stack.url, job_id, token)
    assert final["state"] == folded(frames)
    assert final["seqs"] == [frame.seq for frame in frames]
    metrics = final["state"]["metrics"]

    # and the summary shows a bar per category found and a timing strip
    bars = page.locator("#findings li[data-category]")
    assert await bars.count() == len([n for n in metrics["findings"].values() if n > 0]) > 0
    await expect(page.locator("#timing .segment")).to_have_count(len(STAGES))
    await page.screenshot(
        path=str(output_dir / "finished-de.png"), full_page=True, animations="disabled"
    )

    # When the student downloads the result
    async with page.expect_download() as waiting:
        await page.click("#download")
    download = await waiting.value
    assert (
        download.suggested_filename.endswith(".docx")
        and "planted-de" in download.suggested_filename
    )
    result = docx.Document(io.BytesIO(Path(await download.path()).read_bytes()))

    # Then it is the corrected thesis with the comments the job reported
    comments = list(result.comments)
    assert len(comments) == metrics["comments_inserted"] > 0
    assert {comment.author for comment in comments} == {"Korrektur"}

    # and the token went out in a header only: no HTTP request carried it in its URL
    assert not [r.url for r in recorder.requests if token in r.url and not r.url.startswith("ws")]
    result_requests = [r for r in recorder.requests if r.url.endswith(f"/api/jobs/{job_id}/result")]
    assert result_requests
    for request in result_requests:
        assert (await request.all_headers()).get("authorization") == f"Bearer {token}"
    # and nothing broke the page's CSP or threw
    assert (await seen(page))["csp"] == []
    assert recorder.errors == []


async def test_the_finished_page_speaks_english_on_request(
    stack: Stack, corpus: Path, page: Page, output_dir: Path
) -> None:
    await open_page(page, stack.url)
    await upload(page, corpus / "clean-de.docx")
    await wait_finished(page)

    await page.click("#language-toggle")

    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.locator("#result-heading")).to_have_text("Done!")
    await expect(page.locator('.stage[data-stage="analyzing"] .stage-name')).to_have_text(
        "Checking the text"
    )
    await expect(page.locator("#download")).to_contain_text("Download the corrected file")
    await page.screenshot(
        path=str(output_dir / "finished-en.png"), full_page=True, animations="disabled"
    )
    # the choice is remembered for the next visit on this device
    await page.reload()
    await expect(page.locator("#result-heading")).to_have_text("Done!")
    assert (await snapshot(page))["state"]["status"] == "completed"
