"""A first try left standing before the word it became: "hatt hat", "Charakt Charakter".

When a writer retypes a word and forgets to delete the first attempt, that
attempt is no word and the next word is what it was meant to be: the draft
is a slip of the next word, or of how it begins ("Kapitle Kapitel",
"Auswertng Auswertungen", "Tabele „Tabellenkopf“"). The fix is to delete the
draft, not to correct its spelling, so the repeated-word check says so and
the speller keeps quiet about it.
"""

from __future__ import annotations

import math

from services.processor.checker.dictionary import Speller
from services.processor.checker.dictionary import speller as speller_for
from services.processor.checker.lexicon import WITHOUT_UMLAUTS
from services.processor.checker.suggestions import slip_cost
from services.processor.checker.tokens import OPENING_QUOTES, Word

# Marks that open a command or placeholder: "!set", "\\bar", "$HOME", "%{".
_CODE_MARKS = frozenset("!\\$%#@")
# A broken-off start shorter than this is as often an abbreviation or a fragment of a name.
_MIN_BROKEN_OFF = 3


def replacement(text: str, words: list[Word], index: int, speller: Speller) -> Word | None:
    """The word right after ``words[index]`` when ``words[index]`` is a draft of it."""
    if index + 1 >= len(words):
        return None
    draft, after = words[index], words[index + 1]
    gap = text[draft.end : after.start].strip()
    if (gap and gap not in OPENING_QUOTES) or speller.known(draft.text):
        return None
    if "ß" in draft.text and speller.known(draft.text.replace("ß", "ss")):
        return None  # "daß das", "muß müssen": the old spelling of a word, no draft
    mark = text[draft.start - 1 : draft.start]
    if mark in _CODE_MARKS:
        return None  # "!set setzen", "\\bar Balken": a command, then the verb
    if mark.isdigit():
        return None  # "the 15th to": an ordinal's ending, no first try
    first, second = draft.text.casefold(), after.text.casefold()
    if first == second or not speller.known(after.text):
        return None
    if any(c.isupper() for c in draft.text[1:]):
        return None  # "IFS ist": an acronym is no first try at the next word
    if any(c.isupper() for c in after.text[1:]):
        return None  # "The TeX", "perlsyn Perl-Syntax": a capital inside marks a name
    if first[:1].translate(WITHOUT_UMLAUTS) != second[:1].translate(WITHOUT_UMLAUTS):
        return None  # "mit Git mit", "Vim im": a retyped word starts alike, a name need not
    other = speller_for("en" if speller.language == "de" else "de")
    if _inside_other_language(words, index, speller, other):
        return None  # "Language for Formatting Objects": a phrase of the other language
    if math.isfinite(slip_cost(first, second)):
        return after
    if len(first) < _MIN_BROKEN_OFF:
        return None
    # Broken off, or broken off with a slip: one edit from the next word's beginning. A word
    # of the other language is a loan ("die Unit unterhalb") unless that beginning has as many
    # letters ("Hint Hintergrund", "mutt mutwillig").
    loan = len(first) > _MIN_BROKEN_OFF and other.in_dictionary(draft.text)
    lengths = [len(first)] if loan else range(len(first) - 1, len(first) + 2)
    beginnings = (second[:length] for length in lengths)
    return after if any(_at_most_one_slip(first, start) for start in beginnings) else None


def _inside_other_language(words: list[Word], index: int, own: Speller, other: Speller) -> bool:
    """The word, the one after it and the one before it are all the other language's, and
    the one before is none of this language's: a name or phrase quoted in that language."""
    if index == 0:
        return False
    before, draft, after = words[index - 1].text, words[index].text, words[index + 1].text
    if own.known(before) or not other.in_dictionary(before):
        return False
    return other.in_dictionary(draft) and other.in_dictionary(after.casefold())


def _at_most_one_slip(written: str, meant: str) -> bool:
    return written == meant or math.isfinite(slip_cost(written, meant))
