"""A relative pronoun agrees in gender and number with its noun: "die Stiftung, dessen …",
"das Modell, der …".

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
from services.processor.checker.compound_articles import (
    ARTICLE_FITS,
    attributive_fits,
    strong_adjective_fits,
)
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS
from services.processor.checker.tokens import Word

# Each genitive relative and the other one.
_OTHER: Final = {"dessen": "deren", "deren": "dessen"}
# Each relative pronoun's form, with the gender and number it stands for and the case it is
# in: "der" is a masculine subject or a feminine dative ("die Frau, der ich half").
_RELATIVE_FORMS: Final = {
    "der": (("m.sg", "nom"), ("f.sg", "dat")),
    "die": (("f.sg", "nom"), ("f.sg", "akk"), ("pl", "nom"), ("pl", "akk")),
    "das": (("n.sg", "nom"), ("n.sg", "akk")),
    "den": (("m.sg", "akk"),),
    "dem": (("m.sg", "dat"), ("n.sg", "dat")),
    "denen": (("pl", "dat"),),
    "dessen": (("m.sg", "gen"), ("n.sg", "gen")),
    "deren": (("f.sg", "gen"), ("pl", "gen")),
}
# What a relative "der", "die", "das" can refer to as a subject: gender and number.
PRONOUN_KINDS: Final = {
    pronoun: frozenset(stands_for for stands_for, case in _RELATIVE_FORMS[pronoun] if case == "nom")
    for pronoun in ("der", "die", "das")
}
# The form for each gender, number and case: the table read the other way round.
_RELATIVES: Final = {
    (stands_for, case): pronoun
    for pronoun, forms in _RELATIVE_FORMS.items()
    for stands_for, case in forms
}
# "das" is left to the das/dass check: after a comma it is as often "dass" or a
# demonstrative ("eine Möglichkeit, das zu tun"); the genitives have a check of their own.
_JUDGED_FORMS: Final = frozenset(_RELATIVE_FORMS) - {"das"} - set(_OTHER)
# Capitalised pronouns, no nouns: "Bitte beachten Sie, dass …".
_PRONOUNS: Final = frozenset({"sie", "ihr", "ihnen", "ich", "wir", "es", "er", "man"})
# Determiners of a masculine or neuter genitive: "des Vereins", "unseres Lebens".
_GENITIVE_DETERMINERS: Final = frozenset(
    {"des", "eines", "meines", "deines", "seines", "ihres", "unseres", "eures", "keines"}
)
# How far back the noun's own phrase may reach: article, adjectives, an attribute's words.
_PHRASE_REACH = 8


def genitive_relative(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """ "Die Stiftung, dessen Vorsitz …": the span and comment, if the pronoun fits no reading."""
    pronoun = tokens[index].text
    comma = _comma_before(tokens, index)
    if pronoun not in _OTHER or comma is None:
        return None
    noun = tokens[comma - 1]
    if not is_noun(noun) or _attribute(tokens, comma - 1):
        return None
    if not _verb_final(clause_after(tokens, index)):
        return None
    readings = nouns.compound_analyses(noun.text)
    if not readings or any(kind(reading) in _stands_for(pronoun) for reading in readings):
        return None
    quoted = _quoted(tokens, comma - 1, index)
    fixed = quoted.removesuffix(pronoun) + _OTHER[pronoun]
    message = f"»{quoted}«: Das Relativpronomen richtet sich nach »{noun.text}«: »{fixed}«."
    return noun.start, tokens[index].end, message


def relative_gender(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """ "Das Modell, der in Kapitel 3 beschrieben wird": the span and comment, if the relative
    pronoun after the comma fits the noun before it in no case.

    Judged only where the pronoun opens a clause its verb ends and is no article
    of a noun after it ("das Modell, der Ansatz …"), and where the noun is no
    attribute of another noun the pronoun may stand for.
    """
    pronoun = tokens[index].text
    comma = _comma_before(tokens, index)
    if pronoun not in _JUDGED_FORMS or comma is None:
        return None
    cases = _RELATIVE_FORMS[pronoun]
    noun = tokens[comma - 1]
    if not is_noun(noun) or noun.text.lower() in ARTICLES:
        return None  # "Die, auf die …": a demonstrative, no noun
    if _attribute(tokens, comma - 1) or _genitive(tokens, comma - 1):
        return None
    listed = nouns.is_listed(noun.text) and noun.text.lower() not in _PRONOUNS
    readings = nouns.compound_analyses(noun.text) if listed else frozenset()
    kinds = {kind(reading) for reading in readings}
    if not kinds or kinds & _stands_for(pronoun):
        return None
    clause = clause_after(tokens, index)
    if not _verb_final(clause):
        return None  # no verb ends it: an article or a list ("das Modell, der Ansatz und …")
    if _article_of_next_noun(clause, pronoun) or inflected_adjective(clause[0].text):
        return None  # "den Dateityp, die nachfolgenden …": an article and what it names
    fixes = sorted({_RELATIVES[k, case] for k in kinds for _, case in cases})
    what = " oder ".join(f"»{fix}«" for fix in fixes)
    message = (
        f"»{_quoted(tokens, comma - 1, index)}«: Das Relativpronomen richtet sich in Genus "
        f"und Numerus nach »{noun.text}«: {what}."
    )
    return noun.start, tokens[index].end, message


def _verb_final(clause: Sequence[Word]) -> bool:
    """Whether the clause after the pronoun ends in a finite verb, as a relative clause does;
    "in der Lage, dessen Fehler zu finden" ends in an infinitive with "zu"."""
    if len(clause) < 2 or not grammar.can_be_finite_verb(clause[-1].text):
        return False
    return clause[-2].text != "zu" and not grammar.is_zu_infinitive(clause[-1].text)


def _quoted(tokens: Sequence[Word], start: int, end: int) -> str:
    """The words from the noun to the pronoun as written: "Netzwerken, in dem"."""
    return " ".join(token.text for token in tokens[start : end + 1]).replace(" ,", ",")


def _comma_before(tokens: Sequence[Word], index: int) -> int | None:
    """Where the comma before a relative pronoun stands, a preposition perhaps between:
    "die Netzwerke, in denen …"."""
    at = index - 1
    if at >= 1 and tokens[at].text.lower() in PREPOSITIONS and tokens[at].text.islower():
        at -= 1
    return at if at >= 1 and tokens[at].text == "," else None


def _stands_for(pronoun: str) -> frozenset[str]:
    """The genders and numbers a relative pronoun's form may stand for, in any case."""
    return frozenset(stands_for for stands_for, _ in _RELATIVE_FORMS[pronoun])


def _genitive(tokens: Sequence[Word], at: int) -> bool:
    """Whether the noun at ``at`` is a genitive ("des Benutzers"), an attribute of a noun
    before it that the pronoun may stand for."""
    back = at - 1
    while back >= 0 and tokens[back].text.islower() and inflected_adjective(tokens[back].text):
        back -= 1
    return back >= 0 and tokens[back].text.lower() in _GENITIVE_DETERMINERS


def _article_of_next_noun(clause: Sequence[Word], pronoun: str) -> bool:
    """Whether ``pronoun`` fits the noun after it, past adjectives, as its article."""
    at = 0
    while at < len(clause) and clause[at].text.islower() and inflected_adjective(clause[at].text):
        at += 1
    if at >= len(clause) or not is_noun(clause[at]):
        return False
    fits = ARTICLE_FITS.get(pronoun)
    return fits is None or bool(fits & nouns.compound_analyses(clause[at].text))


def _attribute(tokens: Sequence[Word], at: int) -> bool:
    """Whether the noun at ``at`` sits inside another noun's phrase, whose noun the pronoun
    may be: "die Leiterin des Vereins, …", "ein Werkzeug zur Kompression, …", "eine in
    einem Format erstellte Kopie, …"."""
    for back in range(at - 1, max(at - _PHRASE_REACH, -1), -1):
        token = tokens[back]
        word = token.text.lower()
        if word in PREPOSITIONS or word in CONTRACTIONS:
            return back > 0  # "An Schulen, deren …": a phrase opening the sentence is no one's
        if word == "-":
            continue  # "für die Ein- und Ausgabe": a truncated first part
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
