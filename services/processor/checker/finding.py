"""What a check reports, and the text it reads: plain data, no documents involved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to comment on: a character span of one block's text.

    ``start``/``end`` index the block's text exactly as python-docx's
    ``paragraph.text`` gives it, so the comment lands on those characters.
    """

    block: int
    start: int
    end: int
    category: str
    message: str


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of prose the checks read; ``index`` is its place in ``Document.paragraphs``."""

    index: int
    text: str
    language: str = "de"
    is_heading: bool = False
    # Bibliography entries and code are read for nothing but their words' frequencies.
    is_prose: bool = True
    # Word leaves a formula out of ``paragraph.text``; the spaces around it then touch.
    has_formula: bool = False
    # A paragraph in a quote style: the author's source, not the author's prose.
    is_quotation: bool = False
    # Character spans set as code (a monospaced font or a code style): never read as prose.
    code: tuple[tuple[int, int], ...] = ()
    # Character spans set in italics, where theses put foreign terms.
    italic: tuple[tuple[int, int], ...] = ()

    @property
    def readable(self) -> str:
        """``text`` with code masked as ``_`` (spaces kept): same offsets, but one opaque chunk
        per code word, which the tokenizer treats like a URL."""
        return masked(self.text, self.code)


def masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the non-space characters of ``spans`` replaced by ``_``."""
    if not spans:
        return text
    characters = list(text)
    for start, end in spans:
        for at in range(start, min(end, len(characters))):
            if not characters[at].isspace():
                characters[at] = "_"
    return "".join(characters)
