"""Names and fixed terms whose adjective is capitalised: "Vereinte Nationen", "Rotes Kreuz".

Wiktionary (the german-nouns package) lists about 1,400 two-word terms of a
capitalised adjective and a noun. A capital adjective before its noun is right
in any of them, and a small one is wrong in those marked as proper names ("der
zweite Weltkrieg"). Matching goes by the adjective's stem and the noun's
beginning, so inflected forms ("der Vereinten Nationen", "des Zweiten
Weltkrieges") match their entry. The terms come from the noun lexicon's one
pass over the list.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from services.processor.checker import nouns

_ENDINGS = ("en", "em", "er", "es", "e")
_NAME_KINDS = frozenset({"Eigenname", "Toponym"})
# A noun matches its entry if it starts with the entry's noun less this many letters.
_NOUN_SLACK = 2
_MIN_NOUN = 4


@dataclass
class _Terms:
    """Noun lemmas per adjective stem: every term, and those that are proper names."""

    terms: dict[str, set[str]] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)


_loaded: _Terms | None = None
_lock = threading.Lock()


def _load() -> _Terms:
    global _loaded
    with _lock:
        if _loaded is None:
            found = _Terms()
            for lemma, kinds in nouns.phrases():
                parts = lemma.split()
                if len(parts) != 2 or not (parts[0][:1].isupper() and parts[1][:1].isupper()):
                    continue
                stem = adjective_stem(parts[0])
                found.terms.setdefault(stem, set()).add(parts[1])
                if _NAME_KINDS & kinds:
                    found.names.setdefault(stem, set()).add(parts[1])
            _loaded = found
        return _loaded


def adjective_stem(adjective: str) -> str:
    """The adjective without its ending, in lower case: "Vereinten" → "vereint"."""
    lower = adjective.lower()
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            return lower[: -len(ending)]
    return lower


def adjective_ending(adjective: str) -> str:
    """The inflection an adjective carries: "-en", "-em", "-er", "-es", "-e", or none."""
    return next((ending for ending in _ENDINGS if adjective.endswith(ending)), "")


def _matches(lemmas: set[str] | None, noun: str) -> bool:
    if not lemmas:
        return False
    return any(
        noun.startswith(lemma[: max(len(lemma) - _NOUN_SLACK, _MIN_NOUN)]) for lemma in lemmas
    )


def is_term(adjective: str, noun: str) -> bool:
    """Whether "Adjective Noun" is a listed name or term, so the capital adjective is right."""
    return _matches(_load().terms.get(adjective_stem(adjective)), noun)


def is_name(adjective: str, noun: str) -> bool:
    """Whether "Adjective Noun" is a listed proper name, so a small adjective is wrong."""
    return _matches(_load().names.get(adjective_stem(adjective)), noun)
