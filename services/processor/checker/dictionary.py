"""Hunspell through enchant, made fit for theses: cached, compound-aware, and cautious.

A word is only called misspelled when a close correction exists (one edit away),
so names, jargon and foreign terms the dictionary lacks stay silent: a student
forgives a missed typo more easily than ten false alarms.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import enchant

# A word is correct if any of its language's dictionaries knows it: theses are
# written in British as often as in American English. The first one suggests.
DICTIONARY_TAGS = {"de": ("de_DE_frami",), "en": ("en_US", "en_GB")}
_LETTERS = {
    "de": "abcdefghijklmnopqrstuvwxyzäöüß",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
# Linking elements (Fugen) a German compound's head may end with.
_FUGEN = ("", "s", "es", "n", "en", "e", "er")
_MIN_PART = 3
# Substitutions people actually make rank before arbitrary ones.
_LIKELY_SWAPS = {
    frozenset(pair) for pair in ("gk", "dt", "bp", "sß", "ie", "aä", "oö", "uü", "fv", "zs", "mn")
}


class Speller:
    """One language's dictionary with per-word caches; safe to share between threads."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._dicts = [enchant.Dict(tag) for tag in _available(DICTIONARY_TAGS[language])]
        self._letters = _LETTERS[language]
        # Enchant dictionaries are not documented as thread-safe; one lock keeps them sound.
        self._lock = threading.Lock()
        self.known = lru_cache(maxsize=200_000)(self._known)
        self.correction = lru_cache(maxsize=50_000)(self._correction)

    def _check(self, word: str) -> bool:
        with self._lock:
            return any(dictionary.check(word) for dictionary in self._dicts)

    def _known(self, word: str) -> bool:
        """Whether ``word`` is correct: in the dictionary, a valid compound, or valid parts."""
        if self._check(word) or (word[:1].isupper() and self._check(word.lower())):
            return True
        if "-" in word:
            return all(self.known(part) for part in word.split("-") if part)
        return self.language == "de" and (self._compound(word) or self._inflected(word))

    def known_head(self, word: str) -> bool:
        """Whether ``word`` is a compound's first part: a word, maybe with a Fuge (Verbindungs-)."""
        return (
            self.known(word)
            or self._head(word)
            or any(
                word.endswith(fuge)
                and len(word) - len(fuge) >= _MIN_PART
                and self.known(word[: -len(fuge)])
                for fuge in _FUGEN
                if fuge
            )
        )

    def _inflected(self, word: str) -> bool:
        """Forms frami lacks: genitive -es (Programmes), plural -e, -ung nouns of verbs (Paketierung)."""
        for ending, replacement in (
            ("es", ""),
            ("s", ""),
            ("e", ""),  # plurals frami lacks: Skripte
            ("ung", "en"),
            ("ungen", "en"),
        ):
            stem = word[: -len(ending)]
            if (
                word.endswith(ending)
                and len(stem) >= _MIN_PART
                and (self._check(stem + replacement) or self._check((stem + replacement).lower()))
            ):
                return True
        return False

    def _compound(self, word: str) -> bool:
        """A German compound whose head (minus a Fuge) and tail are words: Digitalisierungsstrategie."""
        for cut in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
            head, tail = word[:cut], word[cut:].capitalize()
            if not (self._check(tail) or self._inflected(tail) or self._compound(tail)):
                continue
            for fuge in _FUGEN:
                if fuge and not head.endswith(fuge):
                    continue
                stem = head[: len(head) - len(fuge)] if fuge else head
                if len(stem) >= _MIN_PART and self._head(stem):
                    return True
        return False

    def _head(self, stem: str) -> bool:
        """A word, or an -ier verb stem (Maskier-, Komprimier-), can open a compound.

        Other verb stems are left out: "Anforder" + "Rungen" would pass a typo.
        """
        return (
            self._check(stem)
            or self._check(stem.capitalize())
            or (stem.endswith("ier") and self._check(stem.lower() + "en"))
        )

    def _correction(self, word: str) -> str | None:
        """The most plausible known word one edit away, or None when there is none."""
        lower = word.lower()
        candidates: list[tuple[int, str]] = []
        for rank, candidate in self._edits(lower):
            restored = _restore_case(candidate, word)
            if restored != word and self._check(restored):
                candidates.append((rank, restored))
        if not candidates:
            return None
        return min(candidates)[1]

    def _edits(self, word: str) -> list[tuple[int, str]]:
        """Every string one edit from ``word``, ranked by how often people make that slip."""
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits: list[tuple[int, str]] = []
        for left, right in splits:
            if right:
                # Deleting a doubled letter (Anforderrungen) or a stray one.
                edits.append((0 if left[-1:] == right[0] else 2, left + right[1:]))
            if len(right) > 1:
                edits.append((1, left + right[1] + right[0] + right[2:]))
            for letter in self._letters:
                if right and letter != right[0]:
                    likely = frozenset((letter, right[0])) in _LIKELY_SWAPS
                    edits.append((1 if likely else 3, left + letter + right[1:]))
                # Inserting a doubled letter (Resourcen) or a missing one.
                doubled = letter == left[-1:] or letter == right[:1]
                edits.append((0 if doubled else 4, left + letter + right))
        return edits


def _available(tags: tuple[str, ...]) -> list[str]:
    """The installed ones among ``tags`` (frami may be installed as plain de_DE)."""
    found = [tag for tag in tags if enchant.dict_exists(tag)]
    if not found and enchant.dict_exists(tags[0].split("_frami")[0]):
        found = [tags[0].split("_frami")[0]]
    if not found:
        raise LookupError(f"Expected a Hunspell dictionary among {tags}, but none is installed")
    return found


def _restore_case(candidate: str, original: str) -> str:
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


_spellers: dict[str, Speller] = {}
_spellers_lock = threading.Lock()


def speller(language: str) -> Speller:
    """The shared speller of a language: dictionaries load once per process."""
    with _spellers_lock:
        if language not in _spellers:
            _spellers[language] = Speller(language)
        return _spellers[language]


def warm_up() -> None:
    """Load every language's dictionary (and let Hunspell fault its pages in)."""
    for language in DICTIONARY_TAGS:
        speller(language).known("Korrektur")
