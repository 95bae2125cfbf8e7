"""Swiss Standard German: "gross", "Strasse", "massgeblich" are right in a text that never writes ß.

Switzerland gave up ß, so a Swiss thesis writes ss throughout. A document
with no ß at all and several words that are right with ß and unknown
without is Swiss, and there ss for ß is no error. German and Austrian
writers use ß, so one "grosser" beside "groß" and "heißt" stays a slip.
"""

from __future__ import annotations

from itertools import islice
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
    return len(list(islice(swiss, _SWISS_WORDS))) == _SWISS_WORDS


def ss_for_sz(words: Speller, text: str) -> bool:
    """ "Grösse": unknown as written, a word with ß ("Größe")."""
    return not words.known(text) and any(words.known(form) for _, form in _with_sz(text))


def sz_form(words: Speller, text: str) -> str | None:
    """ "Fussball" → "Fußball": outside Switzerland, the listed form with ß of a word
    only a compound analysis ("Fuss" + "Ball") accepts.

    Not where the part up to the "ss" is a word: "Lössterrasse" keeps "Löss",
    which the rules allow beside "Löß".
    """
    if words.listed(text):
        return None
    forms = (
        form
        for at, form in _with_sz(text)
        if not words.listed(text[: at + 2]) and words.listed(form)
    )
    return next(forms, None)


def _with_sz(text: str) -> list[tuple[int, str]]:
    """Each form with one "ss" written "ß", with where that "ss" stood."""
    return [
        (at, text[:at] + "ß" + text[at + 2 :])
        for at in range(len(text) - 1)
        if text[at : at + 2] == "ss"
    ]
