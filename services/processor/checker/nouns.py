"""German nouns with gender, number and case, from Wiktionary (the german-nouns package).

Rules that hinge on a noun's gender ("…, das" refers back to a neuter noun)
or on whether a word is a noun at all ("das lernen") ask here. About 100,000
lemmas (~260,000 forms) load in ~1 s; a form's analyses read like
``"n.sg.nom"`` or ``"pl.dat"``. A compound the lexicon lacks takes its
gender from its last part: "Datenmodell" is neuter because "Modell" is.
"""

from __future__ import annotations

import csv
import importlib.resources
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.lexicon import SEPARABLE_PARTICLES

_NAME_KINDS: Final = frozenset({"Toponym", "Vorname", "Nachname", "Eigenname"})
_GENDERS: Final = ("m", "f", "n")
_CASES: Final = {"nominativ": "nom", "genitiv": "gen", "dativ": "dat", "akkusativ": "akk"}
# A compound's head is at least this long: "Datenmodell" → "Modell", never "Ell".
_MIN_HEAD = 4
# Suffixes that make a noun feminine whatever its stem ("die Schneidung", "die Offenheit").
_FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft")
# Feminine suffixes whose nouns take no genitive s, so an s after them only links a compound.
LINKING_S_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät")
# A compound's listed head shorter than this may be a root the suffix only mimics ("Dung").
_MIN_ROOT = 5
# The shortest part of a listed compound taken for its own noun: "Nutzungs|art".
_MIN_PART = 3
# After a listed noun a listed end may be short: "Taktstrich|art", "Wochen|tag".
_MIN_END_AFTER_NOUN = 3
FUGEN = ("", "s", "es", "n", "en", "e", "er")
# Before a feminine suffix stands a stem of this many letters at least ("Jung" is none).
_MIN_STEM = 3
_FEMININE_SINGULAR = frozenset({"f.sg.nom", "f.sg.gen", "f.sg.dat", "f.sg.akk"})
_PLURAL = frozenset({"pl.nom", "pl.gen", "pl.dat", "pl.akk"})
# The forms in "-e" of a noun declined as an adjective: "der/die/das Lesende", "Lesende".
_PARTICIPLE_NOUN = frozenset(
    {"m.sg.nom", "f.sg.nom", "f.sg.akk", "n.sg.nom", "n.sg.akk", "pl.nom", "pl.akk"}
)
_OLD_DATIVES = frozenset({"m.sg.dat", "n.sg.dat"})


# Each analysis is one bit, so a form's readings are one small int, not a set:
# the lexicon then costs ~40 MB instead of ~170 MB.
_ANALYSES: Final = tuple(
    [f"{gender}.sg.{case}" for gender in _GENDERS for case in _CASES.values()]
    + [f"pl.{case}" for case in _CASES.values()]
)
_BIT: Final = {analysis: 1 << index for index, analysis in enumerate(_ANALYSES)}
_GENITIVES: Final = _BIT["m.sg.gen"] | _BIT["n.sg.gen"]
_SINGULARS: Final = sum(bit for analysis, bit in _BIT.items() if ".sg." in analysis)


class _Lexicon:
    def __init__(self) -> None:
        self.forms: dict[str, int] = {}
        self.names: set[str] = set()
        # Multi-word lemmas ("Vereinte Nationen") with their kinds, for the case rules.
        self.phrases: list[tuple[str, frozenset[str]]] = []
        # A name's readings join a common noun's form unless that form is its genitive:
        # "des Systems" is no feminine "die Systems" (a trade fair's name).
        name_forms: dict[str, int] = {}
        source = importlib.resources.files("german_nouns") / "nouns.csv"
        with source.open(encoding="utf-8") as stream:
            reader = csv.reader(stream)
            columns = [_column(name) for name in next(reader)]
            for row in reader:
                kinds = set(row[1].split(","))
                if "Substantiv" not in kinds or row[0].startswith("-"):
                    continue
                if kinds & _NAME_KINDS:
                    self.names.add(row[0])
                if " " in row[0]:
                    self.phrases.append((row[0], frozenset(kinds)))
                genders = [value for value in row[2:7] if value in _GENDERS]
                forms = name_forms if kinds & _NAME_KINDS else self.forms
                for value, column in zip(row, columns):
                    if not value or column is None or " " in value:
                        continue
                    case, plural = column
                    if plural:
                        bits = _BIT[f"pl.{case}"]
                    else:
                        bits = 0
                        for gender in genders:
                            bits |= _BIT[f"{gender}.sg.{case}"]
                    forms[value] = forms.get(value, 0) | bits
        for form, bits in name_forms.items():
            if not (form.endswith("s") and self.forms.get(form, 0) & _GENITIVES):
                self.forms[form] = self.forms.get(form, 0) | bits
        for form, bits in self.forms.items():
            self.forms[form] = bits | _accusative_gaps(bits)
        _fill_genitive_gaps(self.forms)


def _accusative_gaps(bits: int) -> int:
    """The accusative singular some Wiktionary entries leave out ("Verarbeiter"): feminine
    and neuter nouns have their nominative's form, and so has a masculine one whose dative
    has it too (a weak noun's does not: "der Mensch", "dem Menschen")."""
    gaps = 0
    for gender in ("f", "n"):
        if bits & _BIT[f"{gender}.sg.nom"]:
            gaps |= _BIT[f"{gender}.sg.akk"]
    if bits & _BIT["m.sg.nom"] and bits & _BIT["m.sg.dat"]:
        gaps |= _BIT["m.sg.akk"]
    return gaps


def _fill_genitive_gaps(forms: dict[str, int]) -> None:
    """ "des Interfaces": a neuter noun in -e takes -s in the genitive, the form of its
    s-plural, which some Wiktionary entries list as a plural only."""
    for form, bits in list(forms.items()):
        plural = forms.get(form + "s", 0)
        if form.endswith("e") and bits & _BIT["n.sg.nom"] and plural and not plural & _SINGULARS:
            forms[form + "s"] = plural | _BIT["n.sg.gen"]


@lru_cache(maxsize=1_024)
def _decode(bits: int) -> frozenset[str]:
    return frozenset(analysis for analysis, bit in _BIT.items() if bits & bit)


def _column(name: str) -> tuple[str, bool] | None:
    """``"dativ plural 2"`` → ``("dat", True)``; columns that are not case forms → None."""
    parts = name.split()
    if len(parts) < 2 or parts[0] not in _CASES:
        return None
    return _CASES[parts[0]], parts[1].startswith("plural")


_lexicon: _Lexicon | None = None
_lock = threading.Lock()


def _loaded() -> _Lexicon:
    global _lexicon
    with _lock:
        if _lexicon is None:
            _lexicon = _Lexicon()
        return _lexicon


def analyses(form: str) -> frozenset[str]:
    """Every reading of ``form`` as a listed noun: ``{"n.sg.nom", "n.sg.akk", …}``; empty if none."""
    bits = _loaded().forms.get(form)
    return frozenset() if bits is None else _decode(bits)


def is_listed(form: str) -> bool:
    """Whether ``form`` is exactly a form of a noun in the lexicon (case-sensitive)."""
    return form in _loaded().forms


def phrases() -> list[tuple[str, frozenset[str]]]:
    """The lexicon's multi-word lemmas and their kinds: ("Rotes Kreuz", {"Substantiv", …})."""
    return _loaded().phrases


def is_name(form: str) -> bool:
    """A place, first name, surname or other proper name the lexicon lists."""
    return form in _loaded().names


def only_name(form: str) -> bool:
    """A name that is no common noun: "Zeit" and "Junge" are also surnames and titles."""
    return is_name(form) and not analyses(form)


def head(word: str) -> str | None:
    """``word`` if the lexicon lists it, else the longest listed last part of the compound.

    A short listed end that a feminine suffix only mimics ("Unterschneidung" is
    no kind of "Dung") is no head, nor is the suffix itself ("Eigentümerschaft"
    is no kind of "Schaft"), nor an end after letters that open no compound:
    "Musterabgleich" is no "Musterabg" + "Leich", its head the unlisted "Abgleich".
    """
    forms = _loaded().forms
    if word in forms:
        return word
    if linking_form(word):
        return None  # "Kompilations": a compound's first part, no "Kompilat" + "Ions"
    longest = _listed_end(word, _MIN_HEAD)
    if longest in ("Ende", "Enden") and _infinitive_stem(word[: len(word) - len(longest)]):
        return None  # "Lehr|ende": a present participle as a noun ("Lehrende"), no kind of end
    if longest is None or _listed_noun_before(word, longest):
        return longest
    # "Taktstrich|art", not "Taktstri|chart": a shorter end after a listed noun
    for cut in range(2, len(word) - _MIN_END_AFTER_NOUN + 1):
        tail = word[cut:]
        candidate = tail[:1].upper() + tail[1:]
        if candidate in forms and _listed_noun_before(word, candidate):
            return candidate
    # "Lese|brille", "Groß|stadt": any word before it; not "Musterabg|leich", "Zu|weiser"
    return longest if _word_before(word, longest) else None


def linking_form(word: str) -> bool:
    """ "Kompilations", "Umsetzungs": a listed noun that takes no s of its own, with the s that
    links it to the next part of a compound: a first part, never a word alone."""
    stem = word.removesuffix("s")
    return stem != word and stem.endswith(LINKING_S_SUFFIXES) and stem in _loaded().forms


def _listed_end(word: str, shortest: int) -> str | None:
    """The longest listed last part of ``word``, unless a feminine suffix only mimics it."""
    forms = _loaded().forms
    for cut in range(2, len(word) - shortest + 1):
        tail = word[cut:]
        candidate = tail[:1].upper() + tail[1:]
        if candidate in forms:
            mimicked = len(candidate) < _MIN_ROOT or candidate.lower() in _FEMININE_SUFFIXES
            return None if mimicked and _feminine_suffix(word) else candidate
    return None


def _last_part(word: str) -> str | None:
    """The listed noun a listed compound ends in after a suffix that always links with s:
    "Nutzungs|art", "Sicherheits|amt". A compound takes its last part's gender, so where
    the lexicon gives it another one, one of the two entries is wrong."""
    forms = _loaded().forms
    for suffix in _FEMININE_SUFFIXES:
        at = word.find(suffix + "s", _MIN_PART)
        tail = word[at + len(suffix) + 1 :] if at > 0 else ""
        candidate = tail[:1].upper() + tail[1:]
        if len(candidate) >= _MIN_PART and candidate in forms:
            return candidate
    return None


def _genders_of(readings: frozenset[str]) -> frozenset[str]:
    """The singular genders among ``readings``."""
    return frozenset(reading[0] for reading in readings if not reading.startswith("pl."))


def is_kind_of(word: str, end: str) -> bool:
    """Whether ``word`` is the noun ``end`` or a compound of a listed noun and it:
    "Lebensalter" is a kind of "Alter", "Schalter" is not."""
    return word == end or (word.endswith(end.lower()) and _listed_noun_before(word, end))


def front_is_word(front: str, is_word: Callable[[str], bool]) -> bool:
    """ "Papier", "Umsetzungs": what stands before a compound's head is a word of its own,
    once its linking element is off; ``is_word`` says which dictionary decides."""
    return any(is_word(front.removesuffix(fuge)) for fuge in FUGEN if len(front) > len(fuge) + 2)


def _word_before(word: str, end: str) -> bool:
    """Whether what precedes ``end`` in ``word`` can open a compound: a word, maybe with its
    Fuge ("Lese|brille"), or a verb's stem ("Lern|materialien", "Hautleit|wert")."""
    front = word[: len(word) - len(end)]
    if front.endswith("-"):
        return True  # "SQL-Abfrage": the hyphen marks where the head begins
    return front_is_word(front.rsplit("-", 1)[-1], _opens_compound)


def _opens_compound(part: str) -> bool:
    from services.processor.checker.dictionary import speller  # the speller's formation uses us

    german = speller("de")
    if german.listed(part.lower()) or german.known(part):
        return True
    for particle in SEPARABLE_PARTICLES + ("über", "unter", "um", "durch"):
        before = part.removesuffix(particle)
        if before != part and len(before) >= _MIN_PART and _opens_compound(before):
            return True  # "Stapelüber|lauf": the particle of the head's verb ("überlaufen")
    for cut in range(len(part) - _MIN_PART + 1):
        stem, before = part[cut:].lower(), part[:cut]
        verb = any(german.listed(stem + ending) for ending in ("en", "n"))
        if verb and (not before or german.formation.opens_compound(before)):
            return True
    return False


def _infinitive_stem(front: str) -> bool:
    """ "Lehr", "Teilnehm", "Radfahr": with "-en", an infinitive the dictionary lists, or a
    verb's stem at its end ("Rad|fahr")."""
    from services.processor.checker.dictionary import speller  # the speller's formation uses us

    words = speller("de")
    return any(
        words.listed(verb) and grammar.can_be_infinitive(verb)
        for verb in (front[cut:].lower() + "en" for cut in range(len(front) - _MIN_PART + 1))
    )


def _listed_noun_before(word: str, end: str) -> bool:
    """Whether what precedes ``end`` in ``word`` is a listed noun, with or without its Fuge."""
    front = word[: len(word) - len(end)]
    forms = _loaded().forms
    return any(front.endswith(fuge) and front[: len(front) - len(fuge)] in forms for fuge in FUGEN)


@lru_cache(maxsize=50_000)
def compound_analyses(word: str) -> frozenset[str]:
    """The analyses of ``word``, or of its longest listed last part if ``word`` is a compound.

    Unlisted, a noun in "-ung", "-heit", "-keit" or "-schaft" is feminine, and a present
    participle as a noun ("Radfahrende") has an adjective's forms in "-e".
    """
    found = head(word)
    if found is not None:
        readings = _decode(_loaded().forms[found])
        last = _last_part(word) if found == word else None
        its_last = analyses(last) if last is not None else frozenset()
        own_genders, last_genders = _genders_of(readings), _genders_of(its_last)
        if own_genders and last_genders and not own_genders & last_genders:
            return readings | its_last  # "Nutzungsart", listed as masculine: doubt it
        return readings
    if _feminine_suffix(word):
        return _FEMININE_SINGULAR
    if _feminine_suffix(word.removesuffix("en")):
        return _PLURAL
    if word.endswith("ende") and _infinitive_stem(word[: -len("ende")]):
        return _PARTICIPLE_NOUN  # "Radfahrende": declined as an adjective
    return frozenset()


def _feminine_suffix(word: str) -> bool:
    """ "Schneidung", "Offenheit": a stem of a few letters, then a feminine suffix."""
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM
        for suffix in _FEMININE_SUFFIXES
    )


def genders(word: str) -> frozenset[str]:
    """The singular genders ``word`` (or its compound head) can have: a subset of m, f, n."""
    return _genders_of(compound_analyses(word))


def only_old_dative(readings: frozenset[str]) -> bool:
    """ "Konzerte", "Programme": a form whose only singular reading is the old dative in -e
    ("dem Konzerte"), which no writer means today; read so, it is the plural."""
    singular = {reading for reading in readings if ".sg." in reading}
    return bool(singular) and singular <= _OLD_DATIVES


def can_be_plural(word: str) -> bool:
    return any(tag.startswith("pl.") for tag in compound_analyses(word))


def warm_up() -> None:
    _loaded()
