"""Spacing: double spaces between words, and a space before punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.registry import register

# Exactly two: three or more are deliberate alignment, not a slip.
_DOUBLE_SPACE = re.compile(r"(?<=\S)  (?=\S)")
# A list marker opening the paragraph (1.  / a)  / •  ) is often followed by spaces on purpose.
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|[•·\-–*]|%\w)$")
# " ," or " ." after a word, when the mark then ends the word (not ".NET" or " .5").
_SPACE_BEFORE_MARK = re.compile(r"(?<=[^\W_]) +([,.;:!?])(?=\s|$)")

_MESSAGES = {
    "de": (
        "Leerzeichen: doppeltes Leerzeichen, eines genügt.",
        "Leerzeichen: vor »{mark}« steht kein Leerzeichen.",
    ),
    "en": ("Spacing: double space, one is enough.", "Spacing: no space before “{mark}”."),
}


@register
class SpacingCheck:
    code = "spacing"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose:
            return
        double, before_mark = _MESSAGES.get(block.language, _MESSAGES["de"])
        for match in _DOUBLE_SPACE.finditer(block.text):
            if _LIST_MARKER.match(block.text[: match.start()]):
                continue
            yield Finding(block.index, match.start(), match.end(), self.code, double)
        for match in _SPACE_BEFORE_MARK.finditer(block.text):
            message = before_mark.format(mark=match.group(1))
            yield Finding(block.index, match.start(), match.end(), self.code, message)
