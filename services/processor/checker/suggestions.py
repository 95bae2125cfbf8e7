"""Which correction to offer for a misspelt word, and whether any is convincing.

Candidates are the known words one edit away, plus the slips people really
make that cost two edits (ss/ß, ie/i, a doubled consonant, ä/e, ph/f, -ig/-ich).
Only where none of those is a word are two such slips tried together
("Gesselschaft", "krimminel"): a doubled or undoubled letter, a swapped pair,
a sound-alike or one of those rewrites each, never an arbitrary letter.
Each is scored by how likely the slip is (a doubled letter or a swapped pair
is likelier than an arbitrary letter, a neighbour on the keyboard likelier
than a distant one) and by how common the word is (wordfreq's German and
English frequencies, offline). A candidate is only offered when it is clearly
the best: "enwickelte" gets "entwickelte", not the rare "einwickelte".
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Final, NamedTuple

from wordfreq import get_frequency_dict

# Keys next to each other on a German keyboard (QWERTZ).
_ROWS: Final = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm")
_SOUND_ALIKE: Final = frozenset(
    frozenset(pair)
    for pair in ("gk", "dt", "bp", "sß", "ie", "aä", "oö", "uü", "fv", "zs", "mn", "ck", "ei", "eä")
)
# English spells its unstressed vowel several ways: "seperate", "independant", "definately".
_ENGLISH_SCHWA: Final = frozenset(frozenset(pair) for pair in ("ae", "ai"))
_SOUNDS_LIKE: Final = {
    letter: tuple(other for pair in _SOUND_ALIKE if letter in pair for other in pair - {letter})
    for pair in _SOUND_ALIKE
    for letter in pair
}
# Two-edit slips, as whole-substring rewrites: (what was written, what was meant).
_REWRITES: Final = (
    ("ss", "ß"),
    ("ß", "ss"),
    ("s", "ß"),
    ("ie", "i"),
    ("i", "ie"),
    ("ä", "e"),
    ("e", "ä"),
    ("f", "ph"),
    ("ph", "f"),
    ("k", "ck"),
    ("z", "tz"),
    ("t", "th"),
    ("th", "t"),
    ("dt", "t"),
    ("d", "dt"),
    ("k", "ch"),
    ("ich", "ig"),
    ("ig", "ich"),
    ("ae", "ä"),
    ("oe", "ö"),
    ("ue", "ü"),
)
# Extra cost of changing the first letter.
_FIRST_LETTER = 0.8
# Below this score difference a runner-up is too close to call.
_MARGIN = 0.6
# A candidate rarer than this (Zipf scale) is too obscure to be what the writer meant.
_MIN_ZIPF = 1.0
_FREQUENCY_WEIGHT = 0.7
# A slip this cheap to a word this common (and this much commoner) outweighs a compound analysis.
_CHEAP_SLIP = 1.6
_KEYBOARD_ONLY = (1.1, 1.45)
_COMMON_ZIPF = 3.0
_MORE_COMMON = 1.0
_VERY_COMMON_ZIPF = 5.0
# "nicht", "auch", "sich": the hundred commonest words.
_COMMONEST_ZIPF = 6.0


def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {}
    for row_index, row in enumerate(_ROWS):
        for column, key in enumerate(row):
            keys = near.setdefault(key, set())
            for other_row in _ROWS[max(row_index - 1, 0) : row_index + 2]:
                keys.update(other_row[max(column - 1, 0) : column + 2])
            keys.discard(key)
    return {key: frozenset(keys) for key, keys in near.items()}


_NEAR: Final = _neighbours()


# A neighbouring key: a likely slip, but one that as easily turns a term into another word.
NEIGHBOUR_KEY: Final = 1.4


def _sound_alike(languages: tuple[str, ...]) -> frozenset[frozenset[str]]:
    """The letter pairs that sound alike in any of ``languages``."""
    return _SOUND_ALIKE | _ENGLISH_SCHWA if "en" in languages else _SOUND_ALIKE


def _substitution_cost(written: str, meant: str, alike: frozenset[frozenset[str]]) -> float:
    if frozenset((written, meant)) in alike:
        return 1.0
    return NEIGHBOUR_KEY if meant in _NEAR.get(written, frozenset()) else 2.2


def edits(
    word: str, letters: str, alike: frozenset[frozenset[str]] = _SOUND_ALIKE
) -> Iterator[tuple[float, str]]:
    """Strings one edit (or one common two-edit slip) from lower-case ``word``, with a cost.

    Writers rarely get the first letter wrong, so changing it costs more
    ("Blockern" is no slip of "Lockern"); a doubled first letter stays cheap.
    """
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        first = _FIRST_LETTER if i == 0 else 0.0
        if right:
            doubled = left[-1:] == right[0] or right[1:2] == right[0]
            yield (0.6 if doubled else 1.6 + first), left + right[1:]
        if len(right) > 1 and right[0] != right[1]:
            yield 1.0 + first, left + right[1] + right[0] + right[2:]
        # a word's last vowel is no schwa slip: "suspensa" is Latin, not "suspense"
        pairs = alike if len(right) > 1 else _SOUND_ALIKE
        for letter in letters:
            if right and letter != right[0]:
                yield _substitution_cost(right[0], letter, pairs) + first, left + letter + right[1:]
            doubles = letter == left[-1:] or letter == right[:1]
            yield (0.6 if doubles else 1.5 + first), left + letter + right
    for written, meant in _REWRITES:
        start = word.find(written)
        while start != -1:
            yield 1.0, word[:start] + meant + word[start + len(written) :]
            start = word.find(written, start + 1)
    yield from _syllable_slips(word)


# A syllable written once where it stands twice, or twice where it stands once.
_SYLLABLE_SLIP = 1.0
_SKIPPED_LENGTHS = (2, 3)
# Written twice, only a longer syllable is a slip: a short one is as often an ending
# ("vorhandenden" is "vorhandenen" more likely than "vorhanden").
_DOUBLED_LENGTH = 4


def _syllable_slips(word: str) -> Iterator[tuple[float, str]]:
    """ "Partionieren" → "Partitionieren", "Verwirrtheitheit" → "Verwirrtheit": the hand
    skips a repeated syllable or writes one twice, a single slip though several letters."""
    for length in _SKIPPED_LENGTHS:
        for i in range(length, len(word) - length + 1):
            yield _SYLLABLE_SLIP, word[:i] + word[i - length : i] + word[i:]
    length = _DOUBLED_LENGTH
    for i in range(length, len(word) - length + 1):
        if word[i : i + length] == word[i - length : i]:
            yield _SYLLABLE_SLIP, word[:i] + word[i + length :]


# A slip that keeps the word's shape: a doubled or undoubled letter, a swapped pair.
_SHAPE_SLIP = 0.6
_SWAP = 1.0


def cheap_edits(word: str) -> Iterator[tuple[float, str]]:
    """Strings one likely slip from lower-case ``word``: the ones two of which still read as it."""
    for i in range(len(word)):
        left, right = word[:i], word[i:]
        if left[-1:] == right[0] or right[1:2] == right[0]:
            yield _SHAPE_SLIP, left + right[1:]
        yield _SHAPE_SLIP, left + right[0] + right
        if len(right) > 1 and right[0] != right[1]:
            yield _SWAP, left + right[1] + right[0] + right[2:]
        for alike in _SOUNDS_LIKE.get(right[0], ()):
            yield 1.0, left + alike + right[1:]
    for written, meant in _REWRITES:
        start = word.find(written)
        while start != -1:
            yield 1.0, word[:start] + meant + word[start + len(written) :]
            start = word.find(written, start + 1)


class Correction(NamedTuple):
    """A suggested word and how costly the slip from the written one is (0.6 to 2.2)."""

    word: str
    cost: float
    # Two likely slips ("Gesselschaft" → "Gesellschaft") rather than one.
    slips: int = 1
    # The candidates about as good as the best, the best first: "nich" → "nicht", "noch".
    close: tuple[str, ...] = ()

    @property
    def certain(self) -> bool:
        """False when another candidate scores about as well: the word is wrong, the fix unclear."""
        return len(self.close) <= 1


# A stray extra or missing letter costs this much or more: a weaker sign than a swap.
STRAY_LETTER = 1.55


def best_correction(
    word: str,
    *,
    letters: str,
    known: Callable[[str], bool],
    languages: tuple[str, ...],
    two_slips: bool = True,
) -> Correction | None:
    """The best correction of ``word`` (``certain`` if no other comes close), or None.

    ``two_slips=False`` stops at one slip, for callers that accept no more:
    the search for two costs a hundred times as much.
    """
    # "Vverstanden": a capital struck through and rewritten small.
    if len(word) > 2 and word[0].isupper() and word[1] == word[0].lower() and known(word[1:]):
        return Correction(word[1:], 0.0, close=(word[1:],))
    lower = word.lower()
    scored = _attested(word, edits(lower, letters, _sound_alike(languages)), known, languages)
    slips = 1
    if not scored and two_slips:
        twice = (
            (first + second, candidate)
            for first, once in cheap_edits(lower)
            for second, candidate in cheap_edits(once)
        )
        scored = _attested(word, twice, known, languages)
        slips = 2
    if not scored:
        return None
    ranked = sorted(
        (_score(cost, frequency(candidate, languages)), candidate)
        for candidate, cost in scored.items()
        if frequency(candidate, languages) >= _MIN_ZIPF
    )
    if not ranked:
        return None
    best = ranked[0][1]
    close = tuple(candidate for score, candidate in ranked if score - ranked[0][0] < _MARGIN)
    return Correction(best, scored[best], slips, close)


def _score(cost: float, zipf: float) -> float:
    """A candidate's rank, lower is better: how likely the slip, against how common the word."""
    return cost - _FREQUENCY_WEIGHT * zipf


def _attested(
    word: str,
    candidates: Iterator[tuple[float, str]],
    known: Callable[[str], bool],
    languages: tuple[str, ...],
) -> dict[str, float]:
    """The cheapest cost of each candidate that is a known word common enough to be meant."""
    scored: dict[str, float] = {}
    written = _written(languages)
    for cost, candidate in candidates:
        if not written(candidate):
            continue
        restored = restore_case(candidate, word)
        if restored == word or restored in scored and scored[restored] <= cost:
            continue
        # The frequency list is a dict lookup; Hunspell costs ~20 µs a word, so it
        # only sees candidates common enough to be offered at all.
        if frequency(restored, languages) >= _MIN_ZIPF and known(restored):
            scored[restored] = cost
    return scored


def likely_slip(
    word: str,
    *,
    letters: str,
    known: Callable[[str], bool],
    languages: tuple[str, ...],
) -> str | None:
    """A common word one cheap slip from ``word`` (a doubled letter, ss/ß, a swapped pair).

    Such a word beats a compound analysis: "interressant" splits into real
    parts, but "interessant" is one doubled letter away and far more common.
    """
    own = frequency(word, languages)
    best: tuple[float, str] | None = None
    written = _written(languages)
    for cost, candidate in edits(word.lower(), letters):
        if cost > _CHEAP_SLIP or _KEYBOARD_ONLY[0] <= cost < _KEYBOARD_ONLY[1]:
            continue  # a neighbouring key also makes a real word of "gecachte": "gedachte"
        if not written(candidate):
            continue
        restored = restore_case(candidate, word)
        zipf = frequency(restored, languages)
        # scored as corrections are: "overriden" is a doubled letter from "overridden",
        # a stray one from the commoner "override", which is no fix then
        score = _score(cost, zipf)
        if restored != word and (best is None or score < best[0]) and known(restored):
            best = (score, restored)
    if best is None:
        return None
    zipf = frequency(best[1], languages)
    return best[1] if zipf >= _COMMON_ZIPF and zipf >= own + _MORE_COMMON else None


def slip_cost(word: str, fix: str) -> float:
    """The cost of the cheapest slip from ``word`` to ``fix`` (infinite if none is one edit)."""
    target = fix.lower()
    costs = [cost for cost, candidate in edits(word.lower(), target) if candidate == target]
    return min(costs, default=float("inf"))


def is_obvious(word: str, fix: str, languages: tuple[str, ...]) -> bool:
    """ "dan" → "dann", "nich" → "nicht": a swap or doubled letter to a very common word,
    or a missing letter in one of the commonest words of all."""
    cheapest = slip_cost(word, fix)
    common = frequency(fix, languages)
    return (cheapest <= 1.0 and common >= _VERY_COMMON_ZIPF) or (
        cheapest <= _CHEAP_SLIP and common >= _COMMONEST_ZIPF
    )


@cache
def _written(languages: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether anyone writes a string in any of ``languages``: one dict lookup per language.

    Most edits of a word are no word at all; turned away here, they reach neither
    Hunspell nor the cached ``frequency``, whose cache thousands of them would flood.
    """
    vocabularies = [_vocabulary(language) for language in languages]
    if len(vocabularies) == 1:
        only = vocabularies[0]
        return lambda text: text.casefold() in only
    return lambda text: any(text.casefold() in vocabulary for vocabulary in vocabularies)


@cache
def _vocabulary(language: str) -> dict[str, float]:
    """wordfreq's word list (keys case-folded, so ß reads as ss), loaded once."""
    return get_frequency_dict(language, wordlist="large")


@cache
def _sorted_vocabulary(language: str) -> list[str]:
    return sorted(_vocabulary(language))


def written_with_front(front: str, language: str) -> Iterator[str]:
    """The words people write that begin with ``front`` (case-folded): "quellcode" for "Quell"."""
    words = _sorted_vocabulary(language)
    key = front.casefold()
    for at in range(bisect.bisect_left(words, key), len(words)):
        if not words[at].startswith(key):
            return
        yield words[at]


@lru_cache(maxsize=100_000)
def frequency(word: str, languages: tuple[str, ...]) -> float:
    """The Zipf frequency (log10 per billion words) in the commonest of ``languages``; 0 if unseen.

    Cached: the rules ask about the same common words thousands of times a document."""
    key = word.casefold()
    share = max(_vocabulary(language).get(key, 0.0) for language in languages)
    return math.log10(share) + 9 if share > 0 else 0.0


def restore_case(candidate: str, original: str) -> str:
    """``original``'s capitalisation on ``candidate``: "Ergebniss" → "Ergebnis"."""
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
