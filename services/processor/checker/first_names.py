"""Whether a capitalised word is a first name, so that the next one is a surname.

A surname may look like any word ("Peter Schnell", "Dennis Morse"), so the
checks that judge a capital or a spelling ask what stands before it. The
German lexicon lists German first names; English Hunspell lists the others
capitalised only.
"""

from __future__ import annotations

from services.processor.checker import nouns
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS


def is_first_name(text: str) -> bool:
    """ "Marc", "Dennis", "Tomasz": a listed name that is no common noun ("Zeit", "Junge").

    A word in capitals ("SPSS") is an abbreviation, not a name.
    """
    if not text[1:].islower() or text.lower() in PREPOSITIONS | ARTICLES:
        return False  # "SPSS"; "Am Besten", "Beim Lesen": a sentence's first word
    if nouns.only_name(text):
        return True
    english = speller("en")
    return (
        english.in_dictionary(text)
        and not english.in_dictionary(text.lower())
        and not nouns.analyses(text)
    )
