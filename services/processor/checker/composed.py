"""Text in composed form (NFC) for the checks, with their findings put back on the original.

Text pasted from a PDF or a Mac may spell "Ü" as "U" and a combining
diaeresis. The dictionaries and the tokenizer know only the composed letter,
so every such word would be read as two broken ones. The checks read the
composed text, and each finding's span is mapped back to the characters
python-docx gives, where the comment must land.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from services.processor.checker.finding import Block, Finding


@dataclass(frozen=True, slots=True)
class Composed:
    """A block in composed form, and where each of its characters starts in the original."""

    block: Block
    origins: tuple[int, ...]  # one per composed character, and the original's length last

    def original(self, finding: Finding) -> Finding:
        """``finding`` on the original block's characters."""
        return replace(finding, start=self.origins[finding.start], end=self.origins[finding.end])


def compose(block: Block) -> Composed | None:
    """The block in composed form, or None where it already is (almost always)."""
    if unicodedata.is_normalized("NFC", block.text):
        return None
    clusters = _clusters(block.text)
    text = "".join(unicodedata.normalize("NFC", cluster) for _, cluster in clusters)
    if text != unicodedata.normalize("NFC", block.text):
        return None  # a composition across clusters (Hangul jamo): read the text as it is
    origins: list[int] = []
    targets = [0] * (len(block.text) + 1)
    for start, cluster in clusters:
        composed = unicodedata.normalize("NFC", cluster)
        for at in range(start, start + len(cluster)):
            targets[at] = len(origins)
        origins.extend([start] * len(composed))
    targets[len(block.text)] = len(origins)
    origins.append(len(block.text))

    def spans(found: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        return tuple((targets[start], targets[end]) for start, end in found)

    composed_block = replace(block, text=text, code=spans(block.code), italic=spans(block.italic))
    return Composed(composed_block, tuple(origins))


def _clusters(text: str) -> list[tuple[int, str]]:
    """Each base character with the combining marks after it, and where it starts."""
    clusters: list[tuple[int, str]] = []
    for at, character in enumerate(text):
        if clusters and unicodedata.combining(character):
            start, cluster = clusters[-1]
            clusters[-1] = (start, cluster + character)
        else:
            clusters.append((at, character))
    return clusters
