"""The noun phrases after a "das": its own noun (an article's), or a subject (a clause's).

"das neue Modell" has a noun for "das" to lead; "das die Jugend … ist" has a
subject of its own, so "das" leads nothing and opens a clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.clauses import is_noun
from services.processor.checker.dass_words import SUBJECT_WORDS, may_be_neuter, word_class
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS
from services.processor.checker.tokens import Word

# Determiners that cannot lead a subject: "den Kindern", "dem Lehrer", "des Landes".
_OBLIQUE = word_class("""
    den dem des einem einen eines diesem diesen jedem jeden keinem keinen seinem seinen
    ihrem ihren meinem meinen unserem unseren allen beim vom zum zur im am
    """)
_PLURAL_WORDS = word_class("wir ihr alle viele einige wenige manche beide")


def article_of(inner: Sequence[Word]) -> bool:
    """Whether "das" may be the article of a neuter noun in ``inner``, maybe with an attribute.

    "das neue Modell", "das im Anhang beschriebene Verfahren": the noun follows
    "das" directly or after adjectives, or after an inflected attribute.
    """
    governed = False
    for at, token in enumerate(inner):
        lower = token.text.lower()
        if token.text.islower() and (lower in PREPOSITIONS or lower in ARTICLES):
            governed = True
            continue
        if not is_noun(token):
            continue
        if governed:
            governed = False
            continue
        if at == 0:
            return may_be_neuter(token.text)
        if _adjective(inner[at - 1]):
            # "das erhebliche Kosten": after an adjective a plural reads as a plural, and
            # so does one that is also an old dative ("dem Programme"), no case of "das".
            readings = nouns.compound_analyses(token.text)
            singular = {r for r in readings if ".sg." in r}
            if readings and not singular:
                return False  # "das gleiche Energiedichten": a plural compound
            old_dative = bool(singular) and singular <= {"n.sg.dat", "m.sg.dat"}
            return not old_dative and may_be_neuter(token.text, determiner="")
        return False
    return False


def _adjective(token: Word) -> bool:
    """An inflected adjective or participle: "neue", "beschriebene", "vorgestellten"."""
    text = token.text
    return text.islower() and text.endswith(("e", "en")) and "ADJ(A)" in grammar.word_tags(text)


def has_subject(inner: Sequence[Word], *, singular: bool = False) -> bool:
    """Whether ``inner`` holds something that can be a subject: a pronoun or a nominative noun.

    With ``singular``, only what a singular verb agrees with: "Lernmaterialien"
    cannot be the subject of "bündelt".
    """
    governed = False
    for at, token in enumerate(inner):
        lower = token.text.lower()
        if token.text.islower():
            if lower in PREPOSITIONS:
                governed = True
            elif lower in SUBJECT_WORDS and not governed:
                if not (singular and lower in _PLURAL_WORDS):
                    return True
            elif lower in SUBJECT_WORDS and lower not in ARTICLES:
                governed = False  # "für alle": the pronoun is the preposition's
            continue
        if not is_noun(token):
            continue
        if governed:
            governed = False
            continue
        if at > 0 and inner[at - 1].text.lower() in _OBLIQUE:
            continue
        readings = nouns.compound_analyses(token.text.rsplit("-", 1)[-1])
        wanted = ".sg.nom" if singular else ".nom"
        if not readings or any(reading.endswith(wanted) for reading in readings):
            return True
    return False
