"""A relative pronoun agrees in gender and number with its noun: "die Stiftung, dessen …".

It also shows where its comma is missing: "eine Kunst die alltägliche Dinge
wiedergibt" has a "die" that the noun before it can be referred to by, and a
phrase after it that needs no article.

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

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import CONTRACTIONS, inflected_adjective
from services.processor.checker.clauses import clause_after, is_noun
from services.processor.checker.compound_articles import attributive_fits, strong_adjective_fits
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS
from services.processor.checker.tokens import Word

# The genders and numbers each genitive relative stands for, and the other one.
_FITS: Final = {"dessen": ("m.sg", "n.sg"), "deren": ("f.sg", "pl")}
_OTHER: Final = {"dessen": "deren", "deren": "dessen"}
# What a relative "der", "die", "das" can refer to: gender and number.
PRONOUN_KINDS: Final = {
    "der": frozenset({"m.sg"}),
    "die": frozenset({"f.sg", "pl"}),
    "das": frozenset({"n.sg"}),
}
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


def relative_without_comma(tokens: Sequence[Word], index: int) -> bool:
    """ "eine Malerei die alltägliche Gegenstände wiedergibt": right after a noun it can refer
    to, a "der", "die" or "das" before adjectives that agree with their noun as if no article
    stood before them and not as if the pronoun were their article, in a clause a verb ends,
    is a relative pronoun whose comma is missing; the phrase after it is its object. "die
    Lesbarkeit der restliche Ausgabe" and "Optionen die leere Zeichenkette" are none."""
    pronoun = tokens[index].text
    if index < 2 or pronoun not in PRONOUN_KINDS or not is_noun(tokens[index - 1]):
        return False
    clause = clause_after(tokens, index)
    if not clause or not grammar.can_be_finite_verb(clause[-1].text):
        return False  # "gab dem Kind die neue Bücher": no verb ends a clause, so an article
    antecedent = {kind(reading) for reading in nouns.compound_analyses(tokens[index - 1].text)}
    if antecedent.isdisjoint(PRONOUN_KINDS[pronoun]):
        return False
    count = 0
    while count < len(clause) and clause[count].text.islower():
        if not inflected_adjective(clause[count].text):
            return False
        count += 1
    if count == 0 or count == len(clause) or not is_noun(clause[count]):
        return False
    noun = nouns.compound_analyses(clause[count].text)
    strong, weak = noun, noun
    for adjective in clause[:count]:
        strong &= strong_adjective_fits(adjective.text)
        weak &= attributive_fits(pronoun, adjective.text)
    return bool(strong) and not weak  # "die leere Zeichenkette" reads as well with an article


def kind(reading: str) -> str:
    """ "m.sg.nom" → "m.sg", "pl.dat" → "pl": gender and number without the case."""
    return "pl" if reading.startswith("pl.") else reading.rsplit(".", 1)[0]
