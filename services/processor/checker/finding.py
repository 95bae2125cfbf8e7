"""What a check reports, and the text it reads: plain data, no documents involved."""

from __future__ import annotations

import re
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


# The most words an italic stretch, or each step of a menu path, holds to count as a term.
_MAX_ITALIC_TERM = 4
# The marks between a menu path's steps: "Extras – Optionen", "Datei → Speichern".
MENU_STEP = re.compile(r"\s+[–→>▸]\s+")


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

    def italic_term(self, start: int, end: int) -> str | None:
        """The short italic stretch holding ``start:end``: a term or label the author marked
        (style guides set foreign terms and interface labels in italics), or a menu path of
        such labels ("*Bearbeiten – Änderungen – Aufzeichnen*"). A longer stretch is a
        quotation or emphasis, no term."""
        for span_start, span_end in self.italic:
            if span_start <= start and end <= span_end:
                stretch = self.text[span_start:span_end]
                labels = MENU_STEP.split(stretch)
                short = all(len(label.split()) <= _MAX_ITALIC_TERM for label in labels)
                return stretch if short else None
        return None

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
