"""Real .docx theses built in the test, sized so a stage lasts long enough to be interrupted."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import docx


def _sentences(source: Path) -> list[str]:
    text = " ".join(
        line for line in source.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]


def thesis(source: Path, paragraphs: int, *, seed: int = 0) -> bytes:
    """``paragraphs`` paragraphs of varied German prose (shuffled sentences, not one repeated)."""
    sentences = _sentences(source)
    pick = random.Random(seed)
    document = docx.Document()
    document.add_heading(f"Arbeit {seed}", level=1)
    for index in range(paragraphs):
        if index % 25 == 0:
            document.add_heading(f"{index // 25 + 1} Abschnitt", level=2)
        document.add_paragraph(" ".join(pick.sample(sentences, k=min(4, len(sentences)))))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
