"""The network drops mid-job: the page says so, reconnects, and misses nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from playwright.async_api import Page, expect

from contracts.subjects import event_subject
from joblog import connect
from korrektur.stack import Stack
from tests.browser.control import folded, kill, log_frames, paused, restart
from tests.browser.documents import slow_thesis
from tests.browser.pages import (
    Recorder,
    open_page,
    snapshot,
    upload,
    visible_log,
    wait_finished,
    wait_stage,
)

RECONNECTING = "Verbindung unterbrochen – wird wiederhergestellt …"


async def test_a_dropped_connection_resumes_where_it_stopped(
    stack: Stack, corpus: Path, tmp_path: Path, page: Page, recorder: Recorder, output_dir: Path
) -> None:
    await open_page(page, stack.url)
    job_id, token = await upload(page, slow_thesis(corpus, tmp_path / "lang.docx"))
    nats = await connect(stack.nats_url, "browser-test-watch")
    try:
        completed = await nats.subscribe(event_subject(job_id, "job_completed"))

        # Given a job in the middle of its analysis
        await wait_stage(page, "analyzing", "running")
        with paused(stack, "processor-1"):
            seen_before_drop = (await snapshot(page))["seqs"]
            # When the gateway crashes, taking the page's WebSocket with it
            kill(stack, "gateway")
            # Then the page says the connection is being restored
            await expect(page.locator("#connection-notice")).to_have_text(RECONNECTING)
            await expect(page.locator("#connection-notice")).to_be_visible()
            await page.screenshot(
                path=str(output_dir / "reconnecting.png"), full_page=True, animations="disabled"
            )
        # while the job goes on and finishes without anyone watching
        await completed.next_msg(timeout=120)
    finally:
        await nats.drain()
    assert (await snapshot(page))["state"]["status"] == "running"

    # When the gateway is back, the page catches up and ends like an uninterrupted run
    await asyncio.to_thread(restart, stack, "gateway", stack.gateway_port)
    final = await wait_finished(page)
    await expect(page.locator("#connection-notice")).to_be_hidden()
    frames = log_frames(stack.url, job_id, token)
    assert final["seqs"] == [frame.seq for frame in frames], "an event was missed or doubled"
    assert final["state"] == folded(frames)
    lines = await visible_log(page)
    assert len({seq for seq, _text in lines}) == len(lines)

    # and it resumed after the last event it had, instead of replaying everything
    resumed = [int(parse_qs(urlparse(url).query)["after"][0]) for url in recorder.sockets[1:]]
    assert resumed and all(after >= seen_before_drop[-1] for after in resumed)

    # and a fresh tab that never lost its connection shows the very same job
    witness = await page.context.new_page()
    await open_page(witness, page.url)
    assert (await wait_finished(witness))["state"] == final["state"]
    assert await visible_log(witness) == lines
