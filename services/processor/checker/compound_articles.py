"""Which noun an article can go with: the case, number and gender each determiner allows.

Two nouns side by side are a compound written apart when the article before
them fits only the second one ("das Sport Programm"). The readings are
spelled as the noun lexicon spells them: ``"n.sg.nom"``, ``"pl.dat"``.
"""

from __future__ import annotations

from typing import Final

from services.processor.checker import nouns
from services.processor.checker.lexicon import POSSESSIVE_STEMS, PREPOSITION_CASES, PREPOSITIONS

ARTICLE_FITS: Final[dict[str, frozenset[str]]] = {
    "der": frozenset({"m.sg.nom", "f.sg.gen", "f.sg.dat", "pl.gen"}),
    "die": frozenset({"f.sg.nom", "f.sg.akk", "pl.nom", "pl.akk"}),
    "das": frozenset({"n.sg.nom", "n.sg.akk"}),
    "den": frozenset({"m.sg.akk", "pl.dat"}),
    "dem": frozenset({"m.sg.dat", "n.sg.dat"}),
    "des": frozenset({"m.sg.gen", "n.sg.gen"}),
    "eine": frozenset({"f.sg.nom", "f.sg.akk"}),
    "einen": frozenset({"m.sg.akk"}),
    "einem": frozenset({"m.sg.dat", "n.sg.dat"}),
    "einer": frozenset({"f.sg.gen", "f.sg.dat"}),
    "eines": frozenset({"m.sg.gen", "n.sg.gen"}),
    "im": frozenset({"m.sg.dat", "n.sg.dat"}),
    "zum": frozenset({"m.sg.dat", "n.sg.dat"}),
    "zur": frozenset({"f.sg.dat"}),
    "beim": frozenset({"m.sg.dat", "n.sg.dat"}),
    "vom": frozenset({"m.sg.dat", "n.sg.dat"}),
    "am": frozenset({"m.sg.dat", "n.sg.dat"}),
    **dict.fromkeys(("ins", "ans", "aufs", "fürs", "ums", "durchs"), frozenset({"n.sg.akk"})),
}
# Possessives inflect like "ein" (with plurals), "dies-", "jed-" like "der".
_EIN_ENDINGS: Final = {
    "e": frozenset({"f.sg.nom", "f.sg.akk", "pl.nom", "pl.akk"}),
    "en": frozenset({"m.sg.akk", "pl.dat"}),
    "em": frozenset({"m.sg.dat", "n.sg.dat"}),
    "er": frozenset({"f.sg.gen", "f.sg.dat", "pl.gen"}),
    "es": frozenset({"m.sg.gen", "n.sg.gen"}),
}
_DER_ENDINGS: Final = {
    **_EIN_ENDINGS,
    "er": frozenset({"m.sg.nom", "f.sg.gen", "f.sg.dat", "pl.gen"}),
    "es": frozenset({"n.sg.nom", "n.sg.akk", "m.sg.gen", "n.sg.gen"}),
}
_EIN_BARE: Final = frozenset({"m.sg.nom", "n.sg.nom", "n.sg.akk"})
ARTICLE_FITS.update(
    {stem: _EIN_BARE for stem in ("ein", "kein", *POSSESSIVE_STEMS) if stem != "eur"}
)
ARTICLE_FITS.update(
    {
        stem + ending: fits
        for stem in ("kein", *POSSESSIVE_STEMS)
        for ending, fits in _EIN_ENDINGS.items()
    }
)
ARTICLE_FITS.update(
    {
        stem + ending: fits
        for stem in ("dies", "jen", "jed", "manch", "solch", "welch", "all")
        for ending, fits in _DER_ENDINGS.items()
    }
)


# The strong ending an adjective takes with no determiner: "neuer Wein", "mit neuem Wein".
STRONG_ENDING: Final = {
    **{f"m.sg.{case}": end for case, end in (("nom", "er"), ("gen", "en"), ("dat", "em"))},
    "m.sg.akk": "en",
    **{f"f.sg.{case}": end for case, end in (("nom", "e"), ("gen", "er"), ("dat", "er"))},
    "f.sg.akk": "e",
    **{f"n.sg.{case}": end for case, end in (("nom", "es"), ("gen", "en"), ("dat", "em"))},
    "n.sg.akk": "es",
    **{f"pl.{case}": end for case, end in (("nom", "e"), ("gen", "er"), ("dat", "en"))},
    "pl.akk": "e",
}


def strong_adjective_fits(adjective: str) -> frozenset[str]:
    """What an adjective without an article can go with, by its ending: "zahlreiche" the
    feminine or plural nominative and accusative, "ausgewählter" the masculine nominative."""
    ending = next((e for e in ("er", "es", "en", "em", "e") if adjective.endswith(e)), None)
    return frozenset(reading for reading, end in STRONG_ENDING.items() if end == ending)


# Readings where an adjective after an article with its own ending ends in -e, not -en.
_WEAK_E: Final = frozenset({"m.sg.nom", "f.sg.nom", "f.sg.akk", "n.sg.nom", "n.sg.akk"})


def may_qualify(adjective: str, readings: frozenset[str]) -> bool:
    """Whether the adjective, by its ending, strong or weak, can go with a noun of these
    readings: "neues" with no masculine "Posten", "-en" with almost anything."""
    if not adjective.endswith(("er", "es", "em", "e")) or adjective.endswith("en"):
        return True
    weak = _WEAK_E if adjective.endswith("e") else frozenset()
    return bool((strong_adjective_fits(adjective) | weak) & readings)


def attributive_fits(article: str, adjective: str) -> frozenset[str]:
    """What ``article`` and an adjective after it can go with together: "der ausgeprägte"
    only the masculine nominative, though "der" alone may be a genitive plural.

    After an article with an ending the adjective is weak (-e or -en); after "ein",
    "kein" or a possessive without one it is strong ("ein großer", "ein großes").
    """
    fits = ARTICLE_FITS.get(article.lower(), frozenset())
    bare = fits == _EIN_BARE
    kept = set()
    for reading in fits:
        if bare:
            ending = STRONG_ENDING[reading]
        else:
            ending = "e" if reading in _WEAK_E else "en"
        if adjective.endswith(ending) and not (ending == "e" and adjective.endswith("en")):
            kept.add(reading)
    return frozenset(kept)


def declined_fits(adjective: str) -> frozenset[str]:
    """What an adjective's ending allows after any determiner or none (strong, weak or mixed
    declension): an adjective used as a noun ("Befragte") may stand after any of them."""
    weak = frozenset(
        reading
        for reading in STRONG_ENDING
        if adjective.endswith("e" if reading in _WEAK_E else "en")
        and not (reading in _WEAK_E and adjective.endswith("en"))
    )
    return strong_adjective_fits(adjective) | weak


def article_fits(before: str, noun: str) -> bool:
    """Whether the article (or a bare noun's preposition) can go with ``noun``.

    A hyphenated noun has its last part's gender; after "mit", "für" and the
    like a noun without article stands in the case they govern ("mit GIMP
    Bilder" has no dative, so "Bilder" is no noun of "mit").
    """
    readings = nouns.compound_analyses(noun.rsplit("-", 1)[-1])
    case = PREPOSITION_CASES.get(before.lower())
    if case is not None:
        return not readings or any(reading.endswith("." + case) for reading in readings)
    fits = ARTICLE_FITS.get(before.lower())
    return fits is None or bool(fits & readings)


def in_governed_case(readings: frozenset[str], preposition: str) -> frozenset[str]:
    """The readings an article keeps after ``preposition``: after "aus", "der" is only dative."""
    case = PREPOSITION_CASES.get(preposition.lower())
    if case is None:
        return readings
    return frozenset(reading for reading in readings if reading.endswith("." + case))


# The cases a preposition's article stands in; two-way prepositions take dative or accusative.
OBLIQUE: Final = (".dat", ".akk")
GOVERNED_CASES: Final = {
    **{preposition: ("." + case,) for preposition, case in PREPOSITION_CASES.items()},
    **dict.fromkeys(["zu", "nach"], (".dat",)),
    **dict.fromkeys(["wegen", "während", "trotz", "statt", "innerhalb", "außerhalb"], (".gen",)),
    # places and means, always with the genitive in writing: "unterhalb des Ablaufs"
    **dict.fromkeys(
        ["oberhalb", "unterhalb", "anhand", "aufgrund", "anstelle", "mithilfe", "mittels"],
        (".gen",),
    ),
    **dict.fromkeys(["bezüglich", "hinsichtlich", "infolge", "angesichts", "seitens"], (".gen",)),
    **dict.fromkeys(["jenseits", "diesseits", "abseits", "inmitten", "unweit"], (".gen",)),
}


def governed_fits(article: str, preposition: str) -> frozenset[str]:
    """What ``article`` can mark in the case ``preposition`` before it gives: "in der
    Jugend Fragen" has no nominative after "in", "zu den" only a dative plural."""
    fits = ARTICLE_FITS.get(article.lower(), frozenset())
    if preposition.lower() not in PREPOSITIONS:
        return fits
    cases = GOVERNED_CASES.get(preposition.lower(), OBLIQUE)
    return frozenset(reading for reading in fits if reading.endswith(cases))
