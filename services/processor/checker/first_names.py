"""Whether a capitalised word is a first name, so that the next one is a surname.

A surname may look like any word ("Peter Schnell", "Dennis Morse"), so the
checks that judge a capital or a spelling ask what stands before it. The
German lexicon lists German first names; English Hunspell lists the others
capitalised only.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import nouns
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import ARTICLES, LIST_JOINTS, PREPOSITIONS
from services.processor.checker.tokens import Word


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


# Pairs of a known first name and a surname that make a list one of persons.
_NAMED_PAIRS = 2


def in_list_of_persons(tokens: Sequence[Word], index: int) -> bool:
    """ "Terry Pratchett, Jasper Fforde, Tom Holt und William Gibson": in a list of pairs of
    capitals, two of them a known first name and a surname, each pair names a person, so
    "Tom" is a first name though English knows "tom" and "Holt" is a surname."""
    if index < 1 or not _capital_pair(tokens, index - 1):
        return False
    members = [index - 1]  # each member: first name, surname, then a joint to the next
    while members[0] >= 3 and tokens[members[0] - 1].text in LIST_JOINTS:
        if not _capital_pair(tokens, members[0] - 3):
            break
        members.insert(0, members[0] - 3)
    while members[-1] + 4 < len(tokens) and tokens[members[-1] + 2].text in LIST_JOINTS:
        if not _capital_pair(tokens, members[-1] + 3):
            break
        members.append(members[-1] + 3)
    return sum(is_first_name(tokens[at].text) for at in members) >= _NAMED_PAIRS


def _capital_pair(tokens: Sequence[Word], at: int) -> bool:
    """Two capitalised words at ``at``, after nothing capitalised: a first name and a surname."""
    if at + 1 >= len(tokens):
        return False
    pair = (tokens[at].text, tokens[at + 1].text)
    before = tokens[at - 1].text if at > 0 else ","
    alone = not before[:1].isupper() or before in LIST_JOINTS
    return alone and all(word[:1].isupper() and word[1:].islower() for word in pair)
