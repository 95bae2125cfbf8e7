"""Swiss Standard German: "gross", "Strasse", "massgeblich" are right in a text that never writes ß.

Switzerland gave up ß, so a Swiss thesis writes ss throughout. A document
with no ß at all and several words that are right with ß and unknown
without is Swiss, and there ss for ß is no error. German and Austrian
writers use ß, so one "grosser" beside "groß" and "heißt" stays a slip.
"""

from __future__ import annotations

from typing import Final

from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import Speller, speller

_SWISS_WORDS: Final = 2


def writes_swiss(context: DocumentContext) -> bool:
    """Whether the document writes ss for ß throughout."""
    if any("ß" in block.text for block in context.blocks):
        return False
    german = speller("de")
    swiss = (word for word in context.frequencies if "ss" in word and ss_for_sz(german, word))
    return sum(1 for _ in zip(range(_SWISS_WORDS), swiss, strict=False)) == _SWISS_WORDS


def ss_for_sz(words: Speller, text: str) -> bool:
    """ "Grösse": unknown as written, a word with ß ("Größe")."""
    if words.known(text):
        return False
    at = text.find("ss")
    while at >= 0:
        if words.known(text[:at] + "ß" + text[at + 2 :]):
            return True
        at = text.find("ss", at + 1)
    return False
