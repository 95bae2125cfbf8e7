"""Quotation marks in German text: „…“ or »…«, not "…" or “…”."""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.identifiers import OPTION
from services.processor.checker.messages import say
from services.processor.checker.recurring import first_few
from services.processor.checker.registry import register

# A straight or English pair around a short passage, opening after a space or bracket
# and closing before one, so inch marks (3") and code (key="value") stay silent.
_PAIR = re.compile(
    r'(?:(?<=^)|(?<=[\s(\[/–—]))(["“])([^"“”„\n]{1,300}?)(["”])(?=$|[\s.,;:!?)\]–—])'
)
_LONG = 40
# Words, not a format string or code: "%s", "{x}", "a=b".
_PROSE = re.compile(r"^(?=.*[^\W\d_])[^%{}=<>\\$]+$")
# Code just before the opening mark: an assignment ("type = ") or an option ("--since ").
_CODE_BEFORE = re.compile(rf"(?:=|(?<!\S){OPTION})\s*$")


@register
class QuotesCheck:
    code = "quotes"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        return first_few(self._findings(block, context), context, block.language)

    def _findings(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if block.language != "de" or not block.is_prose:
            return
        code = context.quoted_code(block)
        for match in _PAIR.finditer(block.text):
            opening, inner, closing = match.groups()
            if (
                match.span() in code
                or opening == "“"
                and closing == '"'
                or inner != inner.strip()
                or not _PROSE.match(inner)
                or _CODE_BEFORE.search(block.text, 0, match.start())
            ):
                continue
            fix = f"„{inner}“" if len(inner) <= _LONG else "„…“"
            message = say(
                self.code, "de", f"Im Deutschen „…“ oder »…« statt {opening}…{closing}: {fix}"
            )
            yield Finding(block.index, match.start(), match.end(), self.code, message)
