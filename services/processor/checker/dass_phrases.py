"""The noun phrases after a "das": its own noun (an article's), or a subject (a clause's).

"das neue Modell" has a noun for "das" to lead; "das die Jugend … ist" has a
subject of its own, so "das" leads nothing and opens a clause.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import is_english
from services.processor.checker.class_nouns import is_class_noun
from services.processor.checker.clauses import COORDINATORS, is_noun
from services.processor.checker.compound_articles import ARTICLE_FITS
from services.processor.checker.compound_lexicon import attested
from services.processor.checker.dass_words import SUBJECT_WORDS, is_neuter_singular, may_be_neuter
from services.processor.checker.dictionary import lower_case_name
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS, word_set
from services.processor.checker.tokens import Word, is_code

# Determiners that cannot lead a subject: "den Kindern", "dem Lehrer", "des Landes".
_OBLIQUE = word_set("""
    den dem des einem einen eines diesem diesen jedem jeden keinem keinen seinem seinen
    ihrem ihren meinem meinen unserem unseren allen beim vom zum zur im am
    """)
_PLURAL_WORDS = word_set("wir ihr alle viele einige wenige manche beide")
# A noun after "als" or "wie" says what the subject is or resembles, and so is none
# itself: "das als Puffer dient", "das wie ein Filter wirkt".
_COMPARISON = word_set("als wie")
# Quantifiers declined as adjectives right after an article: "das viele Geld".
_DECLINED_QUANTIFIERS = word_set("viele wenige")


def article_of(inner: Sequence[Word]) -> bool:
    """Whether "das" may be the article of a neuter noun in ``inner``, maybe with an attribute.

    "das neue Modell", "das im Anhang beschriebene Verfahren": the noun follows
    "das" directly or after adjectives, or after an inflected attribute, or after a
    program's name in lower case ("das numpy Paket") or "viele" ("das viele Geld").
    """
    governed = False
    for at, token in enumerate(inner):
        lower = token.text.lower()
        if token.text.islower() and (lower in PREPOSITIONS or lower in ARTICLES):
            governed = True
            continue
        if not governed and _code_after_attribute(inner, at):
            return True  # "das einleitende `debian/`": an adjective, then code as the noun
        if not is_noun(token):
            continue
        if governed:
            governed = False
            continue
        if at == 0:
            return may_be_neuter(_name_head(inner))
        if at == 1 and (is_code(inner[0]) or lower_case_name(inner[0].text)):
            return may_be_neuter(token.text)  # "das numpy Paket": a program's name before its noun
        if at == 1 and inner[0].text in _DECLINED_QUANTIFIERS:
            return is_neuter_singular(token.text)  # "das viele Geld": declined as an adjective
        if attributive_adjective(inner[at - 1]):
            # "das erhebliche Kosten": after an adjective a plural reads as a plural, and
            # so does one that is also an old dative ("dem Programme"), no case of "das".
            readings = nouns.compound_analyses(token.text)
            if readings and not any(".sg." in r for r in readings):
                return False  # "das gleiche Energiedichten": a plural compound
            old_dative = nouns.only_old_dative(readings)
            return not old_dative and may_be_neuter(token.text, determiner="")
        return False
    return False


def _name_head(inner: Sequence[Word]) -> str:
    """ "das Sender Policy Framework": after "das" a run of capitals with an English word in
    it is one name, and its last word its head. Of German nouns alone the first is the
    head, the next may be an object ("das Firmen Geld verdienen"), unless the two are a
    compound people write as one word ("Sportprogramm"). A German class noun heads the
    name after it ("das Paket GNOME Remote Desktop")."""
    run = list(itertools.takewhile(lambda token: token.text[:1].isupper(), inner))
    if len(run) > 1 and is_class_noun(run[0].text) and not is_english(run[0].text):
        return run[0].text  # "das Paket GNOME Remote Desktop": a German class noun, then a name
    foreign = any(not nouns.is_listed(token.text) and is_english(token.text) for token in run)
    if len(run) == 2 and attested(run[0].text + run[1].text.lower()):
        return run[1].text  # "das Sport Programm": a compound written apart, headed by its last
    return run[-1].text if foreign else inner[0].text


def _code_after_attribute(inner: Sequence[Word], at: int) -> bool:
    """ "das einleitende `debian/`": code as the noun, after the weak "-e" an adjective
    takes after "das"."""
    before = inner[at - 1] if at > 0 else None
    return (
        is_code(inner[at])
        and before is not None
        and attributive_adjective(before)
        and before.text.endswith("e")
    )


def attributive_adjective(token: Word) -> bool:
    """An inflected adjective or participle: "neue", "beschriebene", "vorgestellten"."""
    text = token.text
    return text.islower() and text.endswith(("e", "en")) and "ADJ(A)" in grammar.word_tags(text)


def has_subject(inner: Sequence[Word], *, singular: bool = False, plural: bool = False) -> bool:
    """Whether ``inner`` holds something that can be a subject: a pronoun or a nominative noun.

    With ``singular``, only what a singular verb agrees with: "Lernmaterialien"
    cannot be the subject of "bündelt", nor can "Ziel und Methode". With
    ``plural``, only what a plural verb agrees with: not "ein hohes Potenzial". A noun
    joined to a preposition's noun ("von Horton und Wohl") is the preposition's too.
    """
    governed = conjunct = False
    for at, token in enumerate(inner):
        lower = token.text.lower()
        if token.text.islower():
            if lower in PREPOSITIONS or lower in _COMPARISON:
                governed = True
            elif lower in SUBJECT_WORDS and not governed and not _degree(inner, at):
                if lower in ARTICLES and _leads_noun(inner, at):
                    continue  # "dieser Lizenz": a determiner, whose noun decides the case
                if singular and lower in _PLURAL_WORDS:
                    continue
                if not plural or lower in _PLURAL_WORDS or lower == "sie":
                    return True
            elif lower in SUBJECT_WORDS and not (lower in ARTICLES and _leads_noun(inner, at)):
                governed = False  # "für alle", "für viele diese …": the preposition's pronoun
            continue
        if not governed and _code_after_attribute(inner, at):
            return True  # "das einleitende `debian/`": an adjective, then code as the noun
        if not is_noun(token):
            continue
        if governed:
            governed = _joined(inner, at)
            continue
        determiner = _determiner(inner, at)
        if determiner in _OBLIQUE:
            continue
        if plural and _joined(inner, at):
            return True  # "Ziel und Methode": a plural subject
        if conjunct or (singular and _joined(inner, at) and inner[at + 1].text != "oder"):
            conjunct = not conjunct
            continue  # "Ziel und Methode": a plural
        readings = nouns.compound_analyses(token.text.rsplit("-", 1)[-1])
        # "der Rückschritttaste": the article leaves only a genitive or dative
        readings = readings & ARTICLE_FITS.get(determiner, readings) or readings
        wanted = ".sg.nom" if singular else ".pl.nom" if plural else ".nom"
        if not readings or any(reading.endswith(wanted) for reading in readings):
            return True
    return False


def _leads_noun(inner: Sequence[Word], at: int) -> bool:
    """Whether a noun follows ``inner[at]``, past adjectives: "dieser neuen Lizenz"."""
    after = at + 1
    while (
        after < len(inner)
        and attributive_adjective(inner[after])
        and inner[after].text.lower() not in ARTICLES  # "diese eine …": a pronoun first
    ):
        after += 1
    return after < len(inner) and is_noun(inner[after])


def _determiner(inner: Sequence[Word], at: int) -> str:
    """The noun's determiner before any adjectives, in lower case: "den" of "den neuen Zugriff"."""
    back = at - 1
    while back > 0 and attributive_adjective(inner[back]):
        back -= 1
    return inner[back].text.lower() if back >= 0 else ""


def _degree(inner: Sequence[Word], at: int) -> bool:
    """ "mehr oder weniger": an adverb of degree, no pronoun."""
    words = [word.text.lower() for word in inner]
    return any(
        words[start : start + 3] in (["mehr", "oder", "weniger"], ["mehr", "und", "mehr"])
        for start in (at, at - 2)
        if start >= 0
    )


def _joined(inner: Sequence[Word], at: int) -> bool:
    """Whether a coordinator joins the noun at ``at`` to a following noun phrase."""
    return at + 2 < len(inner) and inner[at + 1].text in COORDINATORS
