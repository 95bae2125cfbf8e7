"""A first try left standing before the word it became: "hatt hat", "Charakt Charakter".

When a writer retypes a word and forgets to delete the first attempt, that
attempt is no word and the next word is what it was meant to be. The fix is
to delete the draft, not to correct its spelling, so the repeated-word check
says so and the speller keeps quiet about it.
"""

from __future__ import annotations

import math

from services.processor.checker.dictionary import Speller
from services.processor.checker.suggestions import slip_cost
from services.processor.checker.tokens import Word

# A broken-off start shorter than this is as often an abbreviation or a fragment of a name.
_MIN_BROKEN_OFF = 3


def replacement(text: str, words: list[Word], index: int, speller: Speller) -> Word | None:
    """The word right after ``words[index]`` when ``words[index]`` is a draft of it."""
    if index + 1 >= len(words):
        return None
    draft, after = words[index], words[index + 1]
    if text[draft.end : after.start].strip() or speller.known(draft.text):
        return None
    first, second = draft.text.casefold(), after.text.casefold()
    if first == second or not speller.known(after.text):
        return None
    broken_off = len(first) >= _MIN_BROKEN_OFF and second.startswith(first)
    return after if broken_off or math.isfinite(slip_cost(first, second)) else None
