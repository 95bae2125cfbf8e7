"""A compound's first part that shares its tail with the next word takes a hyphen (§ 98).

"Vor- und Nachteile", "ein- und ausgehende Daten": the first word is a
particle that means nothing alone before "und"; with the second word's tail
it makes a word people write ("Vorteile", "eingehende"). Written small, the
second word must be an attribute: "sieht es an und versteht" ends a clause
with a particle. Nouns before "und" ("Kinder und Jugendhilfe") stand on
their own and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.case_words import inflected_adjective
from services.processor.checker.compound_lexicon import Fix, attested
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import word_set
from services.processor.checker.tokens import Word, is_word

# Particles and prepositions that are first parts of compounds: "Vor-", "Ein-", "Über-".
_FIRST_PARTS: Final = word_set(
    "vor nach ein aus an ab auf zu über unter hin her mit bei ober nieder innen außen "
    "hoch tief groß klein"
)
_JOINING: Final = word_set("und oder bis sowie")
# The shortest shared tail: "-teile", "-gabe".
_MIN_TAIL = 3


def truncated_parts(tokens: Sequence[Word]) -> Iterator[Fix]:
    for index in range(len(tokens) - 2):
        first, joint, second = tokens[index], tokens[index + 1], tokens[index + 2]
        if first.text.lower() not in _FIRST_PARTS or joint.text not in _JOINING:
            continue
        if not is_word(second) or second.text[:1].isupper() != first.text[:1].isupper():
            continue
        if second.text.islower() and not _attributive(second.text):
            continue  # "sieht es an und versteht": a particle ends its clause, a verb follows
        whole = _completed(first.text, second.text)
        if whole is not None:
            yield Fix(first.start, second.end, f"{first.text}- {joint.text} {second.text}")


def _attributive(word: str) -> bool:
    """ "ausgehende": an inflected adjective or participle, no finite verb."""
    return inflected_adjective(word) and not grammar.can_be_finite_verb(word)


def _completed(first: str, second: str) -> str | None:
    """The word ``first`` makes with a tail of ``second``: "Vor" + "Nachteile" → "Vorteile"."""
    words = speller("de")
    if not words.listed(second):
        return None
    for cut in range(2, len(second) - _MIN_TAIL + 1):
        whole = first + second[cut:]
        if words.listed(whole) and attested(whole):
            return whole
    return None
