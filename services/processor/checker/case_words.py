"""What a word form says about its case: noun or not, and the closed classes around it.

Hunspell accepts any word capitalised (a sentence may start with it), so
"is the capitalised form a noun" is asked of the noun lexicon, and "is
the lower-case form a word" of Hunspell's exact entries, without the
compound and inflection guesses the spelling check makes ("tages" is no
word, though "Tag" + "es" looks like one).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import (
    ARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    SUBORDINATORS,
    word_set,
)

# Zipf points (a factor of ten each) by which a correction must be more common than the word.
_TYPO_MARGIN = 1.0
# A correction this cheap is a slip people make (a doubled or dropped letter: "mann" for "man").
_SLIP_COST = 1.0


# Preposition-article contractions: what follows without a noun is nominal ("beim Lesen").
CONTRACTIONS: Final = frozenset(
    ["beim", "zum", "zur", "im", "vom", "ins", "am", "aufs", "ans", "fürs", "ums"]
)
DEFINITE: Final = frozenset(["der", "die", "das", "den", "dem", "des"])
INDEFINITE: Final = frozenset(["ein", "eine", "einen", "einem", "eines", "einer"])
# "etwas Neues", "nichts Besonderes", "viel Gutes" (Duden K 72).
QUANTIFIERS: Final = frozenset(["etwas", "nichts", "viel", "wenig", "allerlei", "genug", "mehr"])
# Words that end a noun phrase rather than continue it, whatever HanTa guesses ("nichts": NN).
FUNCTION_WORDS: Final = (
    ARTICLES
    | PREPOSITIONS
    | PERSONAL_PRONOUNS
    | SUBORDINATORS
    | QUANTIFIERS
    | word_set(
        "und oder aber sondern denn als wie zu nicht auch noch schon nur sehr so es "
        "sich ist sind war waren wird werden wurde hat haben hatte kann können muss "
        "müssen soll sollte will wollen darf dürfen mag man alles selbst immer wieder "
        "dann da hier"
    )
)
PREPOSITIONS_PLAIN: Final = PREPOSITIONS - CONTRACTIONS
# Numbers for a vague amount, written small or capitalised (§ 58 (6)): "tausende", "Dutzenden".
VAGUE_NUMBER: Final = re.compile(r"\w*(hundert|tausend|dutzend)en?")
# Fixed adverbial phrases of a preposition and an adjective in "-em": "seit Langem" or
# "seit langem" (§ 58 (3)), either case, and no attribute of a noun that follows.
ADVERBIAL_PHRASES: Final = frozenset(
    [
        ("von", "neuem"),
        ("seit", "langem"),
        ("seit", "längerem"),
        ("vor", "längerem"),
        ("seit", "kurzem"),
        ("vor", "kurzem"),
        ("binnen", "kurzem"),
        ("von", "weitem"),
        ("bei", "weitem"),
        ("seit", "neuestem"),
        ("von", "nahem"),
    ]
)
COORDINATORS: Final = frozenset(["und", "oder", "sowie", "bzw", "beziehungsweise", ","])

# Indefinite words that stay lower case after an article (K 76–78): "die meisten",
# "die beiden", "die anderen", "zum einen"; "öfter" so "des Öfteren" is never lowered.
_PRONOUN_LIKE: Final = ("ander", "viel", "wenig", "mehrer", "meist", "beid", "öfter")
_ONE: Final = word_set("ein eine einen einem einer eines")
# The endings those stems take as words of their own: "andere", "anders", "wenigsten".
_PRONOUN_ENDINGS: Final = ("", "e", "en", "em", "er", "es", "s", "ste", "sten", "stens")
_PRONOUN_FORMS: Final = _ONE | frozenset(
    stem + ending for stem in _PRONOUN_LIKE for ending in _PRONOUN_ENDINGS
)
# Pronouns are never nominal mid-sentence; the polite "Sie", "Ihr", "Ihnen" are left out.
PRONOUNS: Final = word_set(
    "ich du er wir man mich mir dich dir uns euch jeder jede jedes jedem jeden "
    "jemand jemanden jemandem niemand niemanden niemandem einige einigen manche manchen "
    "alle allen aller alles etwas nichts"
)
# Ordinals start names ("Erster Weltkrieg", "Zweites Deutsches Fernsehen").
_ORDINALS: Final = tuple(
    word_set("erst zweit dritt viert fünft sechst siebt acht neunt zehnt letzt nächst")
)
# A lower-case word with one of these readings is more likely that word than a noun ("wohl").
_NOT_NOUN: Final = word_set("ADV ADJ(D) ADJ(A) APPR KON PIS PIAT PTKNEG VV(FIN) VA(FIN) VM(FIN)")
_NOMINAL_TAGS: Final = frozenset(["NN", "NNA", "NNI"])
_INFINITIVE_TAGS: Final = frozenset(["VV(INF)", "VA(INF)", "VM(INF)", "NNI"])
ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def place_adjective(word: str) -> bool:
    """ "Bozner", "Frankfurter": a place's name and "-er", which stays apart from its noun."""
    return word.endswith("er") and nouns.is_name(word[:-2]) and not listed(word[:-2].lower())


@lru_cache(maxsize=100_000)
def listed(word: str) -> bool:
    """Whether Hunspell lists ``word`` in exactly this case (no compounding, no guessing)."""
    return speller("de").in_dictionary(word)


def likely_typo(word: str) -> bool:
    """Whether ``word`` is a slip for a common word one edit away ("mann" for "man").

    Only a correction far more common than the noun counts: "fehler" is the
    noun written small, not a slip for "fehlen".
    """
    german = speller("de")
    fix = german.nearest(word)
    if fix is None:
        return False
    return (
        fix.cost <= _SLIP_COST or german.frequency(fix.word) > german.frequency(word) + _TYPO_MARGIN
    )


def is_english(word: str) -> bool:
    return speller("en").known(word.lower())


_FINITE_TAGS = frozenset(["VV(FIN)", "VA(FIN)", "VM(FIN)"])


# Ten times commoner in English than in German: "enter" is the key, not a form of "entern".
_FAR_COMMONER = 1.0


def english_term(word: str) -> bool:
    """ "Enter", "Minimal": commoner as an English word than as a German one, so a key or a name."""
    lower = word.lower()
    if not is_english(lower):
        return False
    english, german = speller("en").frequency(lower), speller("de").frequency(lower)
    if tags(lower) & _FINITE_TAGS and english - german < _FAR_COMMONER:
        return False  # "Man Plant": a German verb, whatever English makes of it
    return english > german


def is_noun(word: str) -> bool:
    """Whether capitalised ``word`` is a noun: listed, or a word Hunspell knows only capitalised."""
    return nouns.is_listed(word) or (len(word) >= 4 and listed(word) and not listed(word.lower()))


def tags(word: str) -> frozenset[str]:
    return grammar.word_tags(word.lower())


def pronoun_like(word: str) -> bool:
    """ "anderen", "vielen", "die wenigsten": a pronoun's forms, not an adjective built on it
    ("vielversprechenden", "andersartige")."""
    return word.lower() in _PRONOUN_FORMS


def ordinal(word: str) -> bool:
    return word.lower().startswith(_ORDINALS)


def inflected_adjective(word: str) -> bool:
    return word.endswith(ADJECTIVE_ENDINGS) and "ADJ(A)" in tags(word)


def participle_adjective(word: str) -> bool:
    """ "erkannte", "gelesenen": a past participle with an adjective's ending, which the
    tagger may know only as a finite verb."""
    return any(
        word.endswith(ending) and _participle(word[: -len(ending)]) for ending in ADJECTIVE_ENDINGS
    )


def _participle(stem: str) -> bool:
    """ "erkannt", "gelesen": a past participle, not also an imperative or infinitive ("sag")."""
    found = tags(stem)
    return stem.endswith(("t", "en")) and "VV(PP)" in found and not found & {"VV(IMP)", "VV(INF)"}


def nominal_kind(word: str) -> str | None:
    """How lower-case ``word`` would be nominal: "verb", "adjective", "noun", or None."""
    found = tags(word)
    if found & _INFINITIVE_TAGS and word.endswith(("en", "ern", "eln")):
        return "verb"
    if "ADJ(A)" in found and word.endswith(ADJECTIVE_ENDINGS) and not pronoun_like(word):
        return None if _cardinal(word) else "adjective"
    if found & _NOMINAL_TAGS and not found & _NOT_NOUN and nouns.is_listed(capitalised(word)):
        return "noun"  # "zeit", "hause": lower case only in rare other words
    return None


def _cardinal(word: str) -> bool:
    """ "zweien", "dreien": a number below a million, inflected, which stays small."""
    return any(
        word.endswith(ending) and "CARD" in tags(word[: -len(ending)]) for ending in ("en", "er")
    )


def may_continue_phrase(word: str, *, verbs: bool = True) -> bool:
    """A lower-case word that may still belong to the noun phrase: an adjective, a number, a noun.

    A finite verb ("macht") ends the phrase even if its capitalised form is a noun.
    """
    if word in FUNCTION_WORDS:
        return False
    found = tags(word)
    if found & {"ADJ(A)", "CARD"} or not listed(word) or participle_adjective(word):
        return True
    kind = nominal_kind(word)
    return (kind == "verb" and verbs) or (kind == "noun" and not grammar.can_be_finite_verb(word))
