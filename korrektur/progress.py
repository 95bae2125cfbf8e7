"""Showing a job's folded state in the terminal: a live bar on a TTY, plain lines elsewhere.

Both views take the state from ``contracts.state.apply``; they only decide how
it looks, so the terminal can never disagree with the status endpoint.
"""

from __future__ import annotations

from typing import Protocol, Self

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TaskProgressColumn, TextColumn

from contracts.state import JobState
from korrektur.labels import phase_label, remaining, text


class View(Protocol):
    def __enter__(self) -> Self: ...
    def __exit__(self, *_exc: object) -> None: ...
    def show(self, state: JobState) -> None: ...


class LiveView:
    """A rich progress bar: stage, overall %, ETA and the current message."""

    def __init__(self, console: Console, speaks: str = "de") -> None:
        self._speaks = speaks
        self._progress = Progress(
            TextColumn("[bold]{task.description:<20}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn(f"{text('remaining', speaks)} {{task.fields[eta]}}"),
            TextColumn("[dim]{task.fields[message]}"),
            console=console,
            transient=False,
        )
        self._task: TaskID | None = None

    def __enter__(self) -> Self:
        self._progress.start()
        queued = text("queued", self._speaks)
        self._task = self._progress.add_task(queued, total=100, eta="–", message="")
        return self

    def __exit__(self, *_exc: object) -> None:
        self._progress.stop()

    def show(self, state: JobState) -> None:
        assert self._task is not None, "Expected show() inside the view's with-block"
        self._progress.update(
            self._task,
            completed=state.progress,
            description=phase_label(state, self._speaks),
            eta=remaining(state.eta_s, state.eta_margin_s, self._speaks),
            message="" if state.status == "completed" else state.message[:60],
        )


class LineView:
    """One line per stage change and per 10 % step: readable in CI logs and pipes."""

    def __init__(self, console: Console, speaks: str = "de") -> None:
        self._console = console
        self._speaks = speaks
        self._last: tuple[str, int] | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def show(self, state: JobState) -> None:
        label = phase_label(state, self._speaks)
        key = (label, int(state.progress // 10))
        if key == self._last:
            return
        self._last = key
        line = f"[{state.progress:5.1f} %] {label}"
        if not state.finished:
            eta = remaining(state.eta_s, state.eta_margin_s, self._speaks)
            line += f" – {text('remaining', self._speaks)} {eta}"
        if state.message and state.status != "completed":
            line += f" – {state.message}"
        self._console.print(line, markup=False, highlight=False)


def view_for(console: Console, speaks: str = "de") -> View:
    return LiveView(console, speaks) if console.is_terminal else LineView(console, speaks)
