"""English determiners and verbs that disagree in number: "these findings suggests".

Only a determiner that fixes the number, the noun right after it and the verb
right after that are read ("these results shows", "this study are"). "that" may
be a relative pronoun and "a" opens "a number of", so neither counts; nouns whose
number English leaves open ("data", "media", "staff") are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker.case_words import word_set
from services.processor.checker.dictionary import speller
from services.processor.checker.tokens import Word, mark_before

_PLURAL_DETERMINERS: Final = word_set("these those both several many few various numerous")
_SINGULAR_DETERMINERS: Final = word_set("this each every")
# Singular verb → plural, and back.
_TO_PLURAL: Final = {"is": "are", "was": "were", "has": "have", "does": "do"}
_TO_SINGULAR: Final = {plural: singular for singular, plural in _TO_PLURAL.items()}
_OPEN_NUMBER: Final = word_set(
    "data media criteria phenomena people police staff personnel series species means news "
    "headquarters statistics economics politics"
)
# Words after which a subject begins: "that these results show", "…, and both groups".
_SUBORDINATORS: Final = word_set("that because while although though whereas since if when")
_COORDINATORS: Final = word_set("and but so")
# Marks after which a clause begins ("" is the paragraph's start).
_CLAUSE_MARKS: Final = frozenset({"", ".", "!", "?", ":", ";", ",", "("})
# Words in -s after a noun that are no verbs: "these results thus", "both groups always".
_NOT_VERBS: Final = word_set(
    "thus sometimes always perhaps besides nevertheless nonetheless towards afterwards "
    "whereas unless across as plus less regardless nowadays overseas us this its his"
)


def disagreements(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """Each determiner, noun and verb that disagree in number: span and comment."""
    for at in range(len(words) - 2):
        determiner, noun, verb = (word.text for word in words[at : at + 3])
        lower = determiner.lower()
        plural = lower in _PLURAL_DETERMINERS
        if not (plural or lower in _SINGULAR_DETERMINERS):
            continue
        if not noun.isalpha() or not noun.islower() or noun in _OPEN_NUMBER or not verb.isalpha():
            continue  # "these Packages files": a capital makes the noun a name
        if (
            text[words[at].end : words[at + 1].start] != " "
            or text[words[at + 1].end : words[at + 2].start] != " "
        ):
            continue  # "both settlements, faenas": a list, not a subject and its verb
        if not _opens_clause(text, words, at):
            continue  # "the strengths of this study are": the verb agrees with "strengths"
        if plural and _plural(noun):
            fix = _TO_PLURAL.get(verb) or _base_of(verb)
        elif not plural and not _plural(noun):
            fix = _TO_SINGULAR.get(verb)
        else:
            continue
        if fix is not None:
            phrase = f"{determiner} {noun}"
            number = "plural" if plural else "singular"
            comment = f"“{phrase}” is {number}, so the verb is too: “{phrase} {fix}”."
            yield words[at].start, words[at + 2].end, comment


def _opens_clause(text: str, words: Sequence[Word], at: int) -> bool:
    """Whether the determiner opens a subject: at a sentence's or clause's start.

    After "and" only a comma makes a new clause: "this partition and this init are"
    is one subject of two nouns.
    """
    if mark_before(text, words[at].start) in _CLAUSE_MARKS:
        return True
    previous = words[at - 1].text.lower() if at > 0 else ""
    if previous in _COORDINATORS:
        return mark_before(text, words[at - 1].start) == ","
    return previous in _SUBORDINATORS


def _plural(noun: str) -> bool:
    """ "findings", "studies", "analyses": a regular plural of a noun English knows."""
    lower = noun.lower()
    if lower.endswith(("ss", "us", "is", "ics")):
        return False
    return _stem_before_s(lower) is not None


def _base_of(verb: str) -> str | None:
    """ "suggests" → "suggest": a verb's third person singular, if ``verb`` is one."""
    if not verb.islower() or verb.endswith("ss") or verb in _NOT_VERBS:
        return None
    return _stem_before_s(verb)


def _stem_before_s(word: str) -> str | None:
    """The word English knows before an -s, -es or -ies ending: "studies" → "study"."""
    if not word.endswith("s"):
        return None
    english = speller("en")
    stems = (word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y")
    return next((stem for stem in stems if stem and english.listed(stem)), None)
