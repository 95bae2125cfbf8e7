"""A thesis slow enough to catch mid-stage: real text with a made-up word per paragraph.

Every made-up word is a spelling finding whose suggestions Hunspell must
search for, so the analysis takes seconds instead of a fraction of one. That
leaves a wide window to pause the processor while a stage is running.
"""

from __future__ import annotations

import random
from pathlib import Path

import docx

PARAGRAPHS = 700
LETTERS = "aeioulnrstkm"


def slow_thesis(corpus: Path, target: Path, paragraphs: int = PARAGRAPHS) -> Path:
    words = (corpus / "source-de.txt").read_text(encoding="utf-8").split()
    rng = random.Random(4)
    document = docx.Document()
    document.add_heading("Eine lange Arbeit", level=1)
    for _ in range(paragraphs):
        start = rng.randrange(len(words) - 40)
        sentence = words[start : start + rng.randrange(15, 30)]
        made_up = "".join(rng.choice(LETTERS) for _ in range(rng.randrange(7, 12)))
        sentence.insert(rng.randrange(len(sentence)), made_up)
        document.add_paragraph(" ".join(sentence))
    document.save(str(target))
    return target
