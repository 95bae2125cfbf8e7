"""Driving and reading the page the way a person would, plus what it recorded.

The OBSERVER runs in the page before its own code (an init script is not
subject to the page's CSP) and writes down every value the progress bar and
the stage list ever showed, so tests judge the page by what was on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.async_api import ConsoleMessage, FilePayload, Page, Request, WebSocket

FINISH_TIMEOUT_MS = 120_000

OBSERVER = """
(() => {
  const seen = { progress: [], stages: {}, csp: [] };
  window.__seen = seen;
  document.addEventListener("securitypolicyviolation", (violation) => {
    seen.csp.push(`${violation.violatedDirective} ${violation.blockedURI}`);
  });
  const note = (element) => {
    if (element.id === "progress") {
      seen.progress.push(Number(element.getAttribute("aria-valuenow")));
    } else if (element.dataset && element.dataset.stage && element.dataset.status) {
      const list = (seen.stages[element.dataset.stage] ??= []);
      if (list.at(-1) !== element.dataset.status) list.push(element.dataset.status);
    }
  };
  const watch = () => {
    const observer = new MutationObserver((records) => {
      for (const record of records) note(record.target);
    });
    observer.observe(document.body, {
      subtree: true, attributes: true, attributeFilter: ["aria-valuenow", "data-status"],
    });
  };
  if (document.body) watch();
  else document.addEventListener("DOMContentLoaded", watch);
})();
"""


@dataclass
class Recorder:
    """Everything the tab did on the network and every error it logged."""

    errors: list[str] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    sockets: list[str] = field(default_factory=list)

    @classmethod
    def attach(cls, page: Page) -> Recorder:
        recorder = cls()
        page.on("pageerror", lambda error: recorder.errors.append(f"pageerror: {error}"))
        page.on("console", recorder._console)
        page.on("request", lambda request: recorder.requests.append(request))
        page.on("websocket", recorder._socket)
        return recorder

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def _socket(self, socket: WebSocket) -> None:
        self.sockets.append(socket.url)

    def uploads(self) -> list[Request]:
        return [r for r in self.requests if r.method == "POST" and r.url.endswith("/api/jobs")]


async def open_page(page: Page, url: str) -> None:
    await page.goto(url)
    await page.wait_for_selector("body[data-ready=true]", state="attached")


async def upload(page: Page, document: Path) -> tuple[str, str]:
    """Pick a file; returns the job id and token the page put into its URL."""
    await page.set_input_files("#file-input", str(document))
    await page.wait_for_url("**/#job=*")
    job = await page.evaluate("new URLSearchParams(location.hash.slice(1)).get('job')")
    token = await page.evaluate("new URLSearchParams(location.hash.slice(1)).get('token')")
    return job, token


async def pick(page: Page, name: str, content: bytes, media_type: str) -> None:
    """Choose a file made up on the spot, as if it came from the student's disk."""
    await page.set_input_files(
        "#file-input", files=[FilePayload(name=name, mimeType=media_type, buffer=content)]
    )


async def snapshot(page: Page) -> dict[str, Any]:
    """The page's folded state and the seqs it applied (``window.korrektur.snapshot()``)."""
    taken: dict[str, Any] | None = await page.evaluate("window.korrektur.snapshot()")
    assert taken is not None, "Expected the page to watch a job"
    return taken


async def wait_until_seq(page: Page, seq: int) -> None:
    await page.wait_for_function(
        "(seq) => (window.korrektur.snapshot()?.seqs.at(-1) ?? 0) >= seq", arg=seq
    )


async def wait_finished(page: Page) -> dict[str, Any]:
    await page.wait_for_function(
        "() => ['completed', 'failed', 'cancelled']"
        ".includes(window.korrektur.snapshot()?.state.status)",
        timeout=FINISH_TIMEOUT_MS,
    )
    return await snapshot(page)


async def wait_stage(page: Page, stage: str, status: str) -> None:
    await page.wait_for_selector(f'.stage[data-stage="{stage}"][data-status="{status}"]')


async def visible_log(page: Page) -> list[tuple[int, str]]:
    """The history list as shown: (seq, text) per line."""
    lines: list[list[Any]] = await page.eval_on_selector_all(
        "#log li", "items => items.map(li => [Number(li.dataset.seq), li.innerText])"
    )
    return [(seq, text) for seq, text in lines]


async def seen(page: Page) -> dict[str, Any]:
    recorded: dict[str, Any] = await page.evaluate("window.__seen")
    return recorded
