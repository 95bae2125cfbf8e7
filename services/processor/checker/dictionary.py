"""Hunspell through enchant, made fit for theses: cached, compound-aware, and ranked.

A word is correct when a dictionary of its language knows it, or when it is a
well-formed compound or derivation of known parts (``word_formation``). The
correction offered for any other word is the one convincing candidate
(``suggestions``), or none.
"""

from __future__ import annotations

import threading
from functools import lru_cache, partial

import enchant

from services.processor.checker.suggestions import (
    Correction,
    best_correction,
    frequency,
    is_obvious,
    likely_slip,
    written_with_front,
)
from services.processor.checker.tokens import MAX_WORD_LENGTH
from services.processor.checker.word_formation import WordFormation

# A word is correct if any of its language's dictionaries knows it: theses are
# written in British as often as in American English. The first one suggests.
# Austrian standard German ("Jänner", "heuer") is standard German too.
# German is asked for as de_DE, which Debian's hunspell-de-de-frami provides: enchant
# reads "de_DE_frami" as plain "de" and then takes whichever German dictionary sorts
# first, which with hunspell-de-at installed is the Austrian one.
DICTIONARY_TAGS = {"de": ("de_DE", "de_AT"), "en": ("en_US", "en_GB")}
_LETTERS = {
    "de": "abcdefghijklmnopqrstuvwxyzäöüß",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
_OTHER = {"de": "en", "en": "de"}
_IN_USE_ZIPF = 1.0
_SLIP_RARITY = 1.0


class Speller:
    """One language's dictionary with per-word caches; safe to share between threads."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._dicts = [enchant.Dict(tag) for tag in _available(DICTIONARY_TAGS[language])]
        self.tags = tuple(dictionary.tag for dictionary in self._dicts)
        # The language's own alphabet: a word with other letters ("Castañeda") is foreign.
        self.letters = _LETTERS[language]
        # Enchant dictionaries are not documented as thread-safe; one lock keeps them sound.
        self._lock = threading.Lock()
        self.in_dictionary = lru_cache(maxsize=200_000)(self._check)
        self.known = lru_cache(maxsize=200_000)(self._known)
        self.correction = lru_cache(maxsize=50_000)(self._correction)
        # Only one slip away: callers that accept no more skip the costly two-slip search.
        self.nearest = lru_cache(maxsize=50_000)(partial(self._correction, two_slips=False))
        self.slip = lru_cache(maxsize=50_000)(self._slip)
        self._formation: WordFormation | None = None

    def _check(self, word: str) -> bool:
        if not word:
            return False  # enchant refuses the empty string
        with self._lock:
            return any(dictionary.check(word) for dictionary in self._dicts)

    def listed(self, word: str) -> bool:
        """In the dictionary, in any case a sentence start gives it."""
        return self.in_dictionary(word) or (word[:1].isupper() and self.in_dictionary(word.lower()))

    def _known(self, word: str) -> bool:
        """Whether ``word`` is correct: listed, or well formed from listed parts."""
        if self.listed(word):
            return True
        if "-" in word:
            return all(self.known(part) for part in word.split("-") if part)
        if len(word) > MAX_WORD_LENGTH:
            return False  # analysing it would cost seconds: a hostile or garbled token
        if self.language == "en":
            return self.formation.english_prefixed(word)
        return self.formation.well_formed(word)

    @property
    def formation(self) -> WordFormation:
        """Word formation over this dictionary, with the other language's words as parts."""
        if self._formation is None:
            other = speller(_OTHER[self.language])
            self._formation = WordFormation(self.in_dictionary, other.in_dictionary, self.frequency)
        return self._formation

    def _correction(self, word: str, two_slips: bool = True) -> Correction | None:
        """The one convincing known word close to ``word``, or None."""
        return best_correction(
            word,
            letters=self.letters,
            known=self.in_dictionary,
            languages=(self.language,),
            two_slips=two_slips,
        )

    def frequency(self, word: str) -> float:
        """How common ``word`` is in this language, on wordfreq's Zipf scale (0: never seen)."""
        return frequency(word, (self.language,))

    def in_use(self, word: str, fix: str) -> bool:
        """Whether ``word`` is a word people write, not a slip: "shoppen" beside "stoppen".

        A slip is at least ten times rarer than its correction; a form about as
        common as its neighbour is a word the dictionary lacks.
        """
        if word.casefold() == fix.casefold():
            return False  # ss for ß: the frequency list folds both into one entry
        own = self.frequency(word)
        return own >= _IN_USE_ZIPF and own > self.frequency(fix) - _SLIP_RARITY

    def obvious(self, word: str, fix: str) -> bool:
        """A short word's fix is trusted only if it is one cheap slip to a very common word."""
        return is_obvious(word, fix, (self.language,))

    def _slip(self, word: str) -> str | None:
        """A much commoner word one cheap slip away, which outweighs a compound analysis."""
        return likely_slip(
            word, letters=self.letters, known=self.in_dictionary, languages=(self.language,)
        )


def _available(tags: tuple[str, ...]) -> list[str]:
    """The installed ones among ``tags``."""
    found = [tag for tag in tags if enchant.dict_exists(tag)]
    if not found:
        raise LookupError(f"Expected a Hunspell dictionary among {tags}, but none is installed")
    return found


_spellers: dict[str, Speller] = {}
_spellers_lock = threading.Lock()


def speller(language: str) -> Speller:
    """The shared speller of a language: dictionaries load once per process."""
    loaded = _spellers.get(language)
    if loaded is not None:
        return loaded  # every rule asks for it: no lock once it is there
    with _spellers_lock:
        if language not in _spellers:
            _spellers[language] = Speller(language)
        return _spellers[language]


def unknown(word: str) -> bool:
    """Whether neither language's dictionary knows ``word``: a name, a term or a foreign word
    as often as a typo, since theses mix German and English."""
    return not any(speller(language).known(word) for language in DICTIONARY_TAGS)


def lower_case_name(word: str) -> bool:
    """ "apt", "dpkg", "virsh": a word in lower case German lacks, a program's or package's
    name as theses write it, which stands where a noun would."""
    german = speller("de")
    return (
        len(word) > 2
        and word.isalpha()
        and word.islower()
        and not german.listed(word)
        and not german.known(word.capitalize())  # "hinweis": a noun written small
    )


def warm_up() -> None:
    """Load every language's dictionary and word frequencies (~0.3 s each) at startup."""
    for language in DICTIONARY_TAGS:
        speller(language).known("Korrektur")
        speller(language).frequency("Korrektur")
    next(written_with_front("Korrektur", "de"), None)  # sorts German's word list once
