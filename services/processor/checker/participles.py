"""A participle with an adjective's ending before its auxiliary: "die 2005 gegründete wurde".

Before "wurde", "ist" or "worden" at the end of a clause, a past participle
belongs to the verb and takes no ending: »gegründet wurde«. Only a form the
tagger knows as an adjective whose stem is a participle is judged, and only
in that clause-final position, where no noun can follow for it to describe.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from services.processor.checker.case_words import tags
from services.processor.checker.clauses import is_boundary
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import ARTICLES
from services.processor.checker.tokens import Word, is_word

_AUXILIARIES: Final = frozenset(
    {"wurde", "wurden", "wird", "werden", "ist", "sind", "war", "waren", "worden", "sei", "seien"}
)


def inflected_participle(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """``tokens[index]`` if it is a participle with an ending right before a final auxiliary."""
    word = tokens[index]
    if not is_word(word) or not word.text.islower() or not word.text.endswith("e"):
        return None
    if index + 2 >= len(tokens) or tokens[index + 1].text not in _AUXILIARIES:
        return None
    if not is_boundary(tokens[index + 2]):
        return None
    if index >= 1 and tokens[index - 1].text.lower() in ARTICLES:
        pronoun = index >= 2 and tokens[index - 2].text == ","  # "…, die gegründete wurde"
        if not pronoun:
            return None  # "welche die gewählte ist": an adjective standing for its noun
    stem = word.text[:-1]
    if "ADJ(A)" not in tags(word.text) or "VV(PP)" not in tags(stem):
        return None
    if not speller("de").listed(word.text):
        return None  # "gekennzeichne": a slip the speller names, no ending to strip
    auxiliary = tokens[index + 1].text
    message = (
        f"»{word.text} {auxiliary}« → »{stem} {auxiliary}«: Das Partizip gehört hier zum Verb "
        "und bleibt ohne Endung."
    )
    return word.start, word.end, message
