"""The findings list: filled while analyzing runs, filtered, dismissed, and rebuilt without them."""

from __future__ import annotations

from pathlib import Path

import docx
from playwright.async_api import Page

from contracts.events import FindingDismissed
from korrektur.stack import Stack
from tests.browser.control import log_frames
from tests.browser.documents import slow_thesis
from tests.browser.pages import (
    Recorder,
    open_page,
    snapshot,
    upload,
    wait_finished,
    wait_until_seq,
)
from tests.e2e.comments import anchors

ITEMS = "ul[data-findings] li[data-finding-id]"
# Runs in the page: a MutationObserver fires right after the frame that drew the item.
FIRST_FINDING_WATCH = """() => {
  const list = document.querySelector("ul[data-findings]");
  const observer = new MutationObserver(() => {
    if (!list.querySelector("li[data-finding-id]")) return;
    window.__analysisAtFirstFinding = window.korrektur.snapshot().state.stages.analyzing.status;
    observer.disconnect();
  });
  observer.observe(list, { childList: true });
}"""


async def test_findings_appear_while_analyzing_and_a_dismissal_survives_a_reload(
    stack: Stack, corpus: Path, tmp_path: Path, page: Page, recorder: Recorder, output_dir: Path
) -> None:
    await open_page(page, stack.url)
    # Note the analysis's status at the moment the first finding is drawn.
    await page.evaluate(FIRST_FINDING_WATCH)
    job_id, token = await upload(page, slow_thesis(corpus, tmp_path / "lang.docx"))

    # Findings are listed while the analysis is still running, not only at the end
    final = await wait_finished(page)
    assert await page.evaluate("window.__analysisAtFirstFinding") == "running"
    assert final["state"]["status"] == "completed"
    shown = await page.eval_on_selector_all(ITEMS, "items => items.map(li => li.dataset.findingId)")
    assert shown == list(final["state"]["findings"])

    # Each item shows the flagged words in their sentence, and the filter narrows the list
    first = page.locator(ITEMS).first
    assert await first.locator(".finding-context mark").inner_text()
    category = await first.get_attribute("data-category")
    await page.select_option("#finding-filter", category)
    categories = await page.eval_on_selector_all(
        f"{ITEMS}:not([hidden])", "items => items.map(li => li.dataset.category)"
    )
    assert categories and set(categories) == {category}
    await page.select_option("#finding-filter", "")

    # When the student dismisses a finding, the log records it and the item shows it
    finding_id = await first.get_attribute("data-finding-id")
    await first.locator("[data-dismiss]").click()
    await page.wait_for_selector(f'li[data-finding-id="{finding_id}"][data-dismissed]')
    await page.screenshot(path=str(output_dir / "findings-dismissed.png"), full_page=True)

    # and after a reload, rebuilt from the log, it is still dismissed
    frames = log_frames(stack.url, job_id, token)
    dismissals = [f.event for f in frames if isinstance(f.event, FindingDismissed)]
    assert [event.finding_id for event in dismissals] == [finding_id]
    await page.reload()
    await wait_until_seq(page, frames[-1].seq)
    await page.wait_for_selector(f'li[data-finding-id="{finding_id}"][data-dismissed]')
    assert (await snapshot(page))["state"]["dismissed"] == [finding_id]

    # When the student rebuilds, the page follows the revision live and downloads the new file
    await page.click("#rebuild")
    await page.wait_for_function(
        "() => window.korrektur.snapshot().state.revision?.status === 'completed'",
        timeout=60_000,
    )
    async with page.expect_download() as downloading:
        await page.click("#download")
    download = await downloading.value
    assert download.suggested_filename.endswith("-korrigiert-2.docx")
    saved = tmp_path / download.suggested_filename
    await download.save_as(saved)
    left = {
        (f["paragraph"], f["start"], f["end"])
        for f in final["state"]["findings"].values()
        if f["id"] != finding_id
    }
    assert {(a.paragraph, a.start, a.end) for a in anchors(docx.Document(str(saved)))} == left
    assert recorder.errors == []
