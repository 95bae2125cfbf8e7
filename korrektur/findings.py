"""``korrektur check --findings`` / ``--json``: every finding of a job, for people or programs."""

from __future__ import annotations

from typing import TextIO

import msgspec
from rich.console import Console

from contracts.state import JobState
from korrektur.labels import category_label, text


def print_findings(console: Console, state: JobState, speaks: str = "de") -> None:
    """One line per finding, in document order: paragraph, category, words, message, fix."""
    dismissed = set(state.dismissed)
    shown = [finding for finding in state.findings.values() if finding.id not in dismissed]
    console.print(text("finding_list", speaks, count=len(shown)), highlight=False)
    for finding in shown:
        where = text("paragraph", speaks, number=finding.paragraph + 1)
        label = category_label(finding.category, speaks)
        message = finding.message.split(": ", 1)[-1]
        line = f"  {where} · {label}: »{finding.text}« – {message}"
        if finding.suggestion is not None:
            line += f" → »{finding.suggestion}«"
        console.print(line, markup=False, highlight=False)


def write_findings_json(out: TextIO, state: JobState) -> None:
    """One JSON object per line, the contract's finding with ``dismissed`` beside it."""
    dismissed = set(state.dismissed)
    for finding in state.findings.values():
        record = msgspec.to_builtins(finding) | {"dismissed": finding.id in dismissed}
        out.write(msgspec.json.encode(record).decode() + "\n")
    out.flush()
