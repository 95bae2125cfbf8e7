"""Digits in compounds take a hyphen (§ 40): "72-jährig", "3-mal", "100-prozentig", "8-fach";
"-fach" is a suffix, which may also be joined ("8fach").

A number and a suffix-like word written apart ("die 72 jährige Frau") or
run together ("30jährige") are one word with a hyphen. The noun ("der
72-Jährige") is capitalised, the adjective before its noun is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker.compound_lexicon import Fix
from services.processor.checker.lexicon import CARDINALS, word_set
from services.processor.checker.tokens import Word, is_number

# Word parts that follow a number only as the second half of a compound, with their endings
# alone: "Fachleute" is a word of its own ("12 Fachleute").
_ENDING: Final = r"(?:e[nmrs]?)?"
_SUFFIX: Final = re.compile(
    r"(?:jährig|prozentig|fach|malig|stündig|tägig|wöchig|monatig|seitig|teilig|stellig"
    r"|stöckig|köpfig|zeilig|minütig|sprachig|dimensional)" + _ENDING,
    re.IGNORECASE,
)
_JOINED: Final = re.compile(r"(\d+)([^\W\d_]+)")
# A suffix, not a word: after a digit it may be joined ("8fach", § 40 E) as well as hyphenated.
_SUFFIXES_JOINED: Final = re.compile(r"fach" + _ENDING, re.IGNORECASE)
_NOUN_PARTS: Final = ("jährig",)


def digit_compounds(tokens: Sequence[Word]) -> Iterator[Fix]:
    for index, token in enumerate(tokens):
        if not token.text[:1].isdigit():
            continue
        joined = _JOINED.fullmatch(token.text)
        if joined is not None and _SUFFIXES_JOINED.fullmatch(joined.group(2)):
            continue  # "300fache Vergrößerung": as right as "300-fache"
        if joined is not None and _SUFFIX.fullmatch(joined.group(2)):
            suffix = _cased(joined.group(2), tokens, index)
            yield Fix(token.start, token.end, f"{joined.group(1)}-{suffix}")
            continue
        if not is_number(token.text) or index + 1 >= len(tokens):
            continue  # "2,6 mal" is a number too
        word = tokens[index + 1]
        if word.start != token.end + 1:
            continue  # "3-fach": not a number and a word side by side
        times = word.text == "mal" and not multiplied(tokens, index + 1)
        if _SUFFIX.fullmatch(word.text) or times:
            suffix = _cased(word.text, tokens, index + 1)
            yield Fix(token.start, word.end, f"{token.text}-{suffix}")


# Numbers written out that join "mal" ("dreimal") and that "mal" multiplies ("drei mal drei").
NUMBER_WORDS: Final = CARDINALS | word_set("ein hundert tausend")


def multiplied(tokens: Sequence[Word], at: int) -> bool:
    """ "5 mal 5", "fünf mal fünf": "mal" between two numbers multiplies, and stays apart."""
    following = tokens[at + 1].text.lower() if at + 1 < len(tokens) else ""
    return following.isdigit() or following in NUMBER_WORDS or following == "eins"


def _cased(suffix: str, tokens: Sequence[Word], index: int) -> str:
    """The noun is "Jährige", the adjective before its noun "jährige"; other parts stay small."""
    lower = suffix.lower()
    if not lower.startswith(_NOUN_PARTS):
        return lower
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    before_noun = following[:1].isupper() and following[:1].isalpha()
    return lower if before_noun or lower == "jährig" else lower.capitalize()
