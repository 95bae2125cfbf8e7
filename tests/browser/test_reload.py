"""Reloading mid-job (or opening the link elsewhere) rebuilds the same page from the log."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Page, expect

from korrektur.stack import Stack
from tests.browser.control import folded, log_frames, paused
from tests.browser.documents import slow_thesis
from tests.browser.pages import (
    Recorder,
    open_page,
    snapshot,
    upload,
    visible_log,
    wait_finished,
    wait_stage,
    wait_until_seq,
)


async def frozen_view(page: Page) -> dict[str, object]:
    """What a person sees of a job, for comparing two looks at it."""
    return {
        "state": (await snapshot(page))["state"],
        "log": await visible_log(page),
        "stages": await page.eval_on_selector_all(
            ".stage", "items => items.map(li => [li.dataset.stage, li.dataset.status])"
        ),
        "progress": await page.inner_text("#progress-value"),
        "message": await page.inner_text("#current-message"),
    }


async def test_a_reload_mid_job_rebuilds_the_same_state_and_goes_on_live(
    stack: Stack, corpus: Path, tmp_path: Path, page: Page, recorder: Recorder, output_dir: Path
) -> None:
    await open_page(page, stack.url)
    job_id, token = await upload(page, slow_thesis(corpus, tmp_path / "lang.docx"))

    # Given a job caught in the middle of its analysis: the processor is paused
    await wait_stage(page, "analyzing", "running")
    with paused(stack, "processor-1"):
        frames = log_frames(stack.url, job_id, token)
        await wait_until_seq(page, frames[-1].seq)
        frames = log_frames(stack.url, job_id, token)
        before = await frozen_view(page)
        assert before["state"] == folded(frames)
        assert before["state"]["status"] == "running", "the job must still be running here"

        # When the page is reloaded
        await page.reload()
        await wait_until_seq(page, frames[-1].seq)

        # Then it shows exactly what it showed before, rebuilt from the log
        after = await frozen_view(page)
        assert after == before
        assert (await snapshot(page))["seqs"] == [frame.seq for frame in frames]
        await page.screenshot(
            path=str(output_dir / "mid-job-after-reload.png"), full_page=True, animations="disabled"
        )

    # When the processor goes on, the reloaded page follows live to the end
    final = await wait_finished(page)
    frames = log_frames(stack.url, job_id, token)
    assert final["state"]["status"] == "completed"
    assert final["state"] == folded(frames)
    assert final["seqs"] == [frame.seq for frame in frames]
    lines = await visible_log(page)
    assert len({seq for seq, _text in lines}) == len(lines), "a history line is shown twice"
    assert len(set(lines)) == len(lines)
    assert recorder.errors == []


async def test_the_job_link_opened_in_another_tab_shows_the_same_job(
    stack: Stack, corpus: Path, page: Page
) -> None:
    await open_page(page, stack.url)
    await upload(page, corpus / "short-de.docx")
    finished = await wait_finished(page)

    other = await page.context.new_page()
    await open_page(other, page.url)
    again = await wait_finished(other)

    assert (again["state"], again["seqs"]) == (finished["state"], finished["seqs"])
    assert await visible_log(other) == await visible_log(page)
    await expect(other.locator("#result")).to_be_visible()


async def test_a_link_with_a_wrong_token_shows_no_access(stack: Stack, page: Page) -> None:
    await open_page(page, f"{stack.url}/#job={'0' * 32}&token=not-the-token")

    await expect(page.locator("#denied")).to_be_visible()
    await expect(page.locator("#denied-heading")).to_have_text("Auftrag nicht gefunden")
    assert (await snapshot(page))["seqs"] == []
    await page.click("#again")
    await expect(page.locator("#upload-view")).to_be_visible()
