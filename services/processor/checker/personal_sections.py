"""Sections where the author speaks as themselves: acknowledgements, preface, dedication,
and the declaration of authorship ("Hiermit versichere ich, dass ich …").

A thesis must say "ich" there, so the first person is no slip of style. Such a
section opens with its title, unnumbered ("3.2 Erklärung" explains something),
set as a heading or standing alone as a paragraph, and runs to the next title.
"""

from __future__ import annotations

import re
from typing import Final

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block

_TITLE: Final = re.compile(
    r"^\s*(?:Danksagung(?:en)?|Dank|Vorwort|Widmung|Geleitwort|Versicherung|"
    r"(?:Eidesstattliche\s+|Ehrenwörtliche\s+|Selbsts?tändigkeits|Eigenständigkeits)?Erklärung|"
    r"Acknowledge?ments?|Preface|Foreword|Dedication|Affidavit|"
    r"(?:Statutory\s+)?Declaration(?:\s+of\s+Authorship)?)\s*:?\s*$",
    re.IGNORECASE,
)
# An unstyled title gives no end but the next title: such sections run a page or two,
# so a long run of paragraphs after one is the thesis itself.
_MAX_PARAGRAPHS = 12
# A paragraph this short without a closing mark reads as a title: "1 Einleitung".
_MAX_TITLE_WORDS = 5


def in_personal_section(block: Block, context: DocumentContext) -> bool:
    """Whether ``block`` stands in an acknowledgement, preface or declaration."""
    return block.index in context.shared(_personal_blocks)


def _personal_blocks(context: DocumentContext) -> frozenset[int]:
    found: set[int] = set()
    left = 0
    for block in context.blocks:
        title = _TITLE.match(block.text) is not None
        if block.is_heading or title or _looks_like_title(block.text):
            left = _MAX_PARAGRAPHS if title else 0
            continue
        if left:
            found.add(block.index)
            left -= 1
    return frozenset(found)


def _looks_like_title(text: str) -> bool:
    """ "1 Einleitung", "Methodik": a short paragraph with no closing mark, set apart."""
    words = text.split()
    return 0 < len(words) <= _MAX_TITLE_WORDS and not text.rstrip().endswith((".", ":", "!", "?"))
