"""A relative pronoun agrees in gender and number with its noun: "die Stiftung, dessen …".

The genitive relatives say it plainly: "dessen" stands for a masculine or
neuter singular noun, "deren" for a feminine one or a plural. Right after
the comma that follows the noun, with nothing between, the noun is the
pronoun's. Judged only where the noun lexicon knows every reading of the noun
and none fits; a noun that is itself an attribute ("die Leiterin des Vereins,
deren …", "ein Werkzeug zur Datenkompression, dessen …") leaves the pronoun a
choice of two nouns, and is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from services.processor.checker import nouns
from services.processor.checker.case_words import CONTRACTIONS
from services.processor.checker.clauses import is_noun
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS
from services.processor.checker.tokens import Word

# The genders and numbers each genitive relative stands for, and the other one.
_FITS: Final = {"dessen": ("m.sg", "n.sg"), "deren": ("f.sg", "pl")}
_OTHER: Final = {"dessen": "deren", "deren": "dessen"}
# How far back the noun's own phrase may reach: article, adjectives, an attribute's words.
_PHRASE_REACH = 8


def genitive_relative(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """ "Die Stiftung, dessen Vorsitz …": the span and comment, if the pronoun fits no reading."""
    pronoun = tokens[index].text
    if pronoun not in _FITS or index < 2 or tokens[index - 1].text != ",":
        return None
    noun = tokens[index - 2]
    if not is_noun(noun) or _attribute(tokens, index - 2):
        return None
    readings = nouns.compound_analyses(noun.text)
    if not readings or any(reading.startswith(_FITS[pronoun]) for reading in readings):
        return None
    fix = _OTHER[pronoun]
    message = (
        f"»{noun.text}, {pronoun}«: Das Relativpronomen richtet sich nach »{noun.text}«: "
        f"»{noun.text}, {fix}«."
    )
    return noun.start, tokens[index].end, message


def _attribute(tokens: Sequence[Word], at: int) -> bool:
    """Whether the noun at ``at`` sits inside another noun's phrase, whose noun the pronoun
    may be: "die Leiterin des Vereins, …", "ein Werkzeug zur Kompression, …", "eine in
    einem Format erstellte Kopie, …"."""
    for back in range(at - 1, max(at - _PHRASE_REACH, -1), -1):
        token = tokens[back]
        word = token.text.lower()
        if word in PREPOSITIONS or word in CONTRACTIONS:
            return True
        if back > 0 and word not in ARTICLES and is_noun(token):
            return True
        if not word.isalpha():
            return False
    return False
