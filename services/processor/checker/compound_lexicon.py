"""What every compound rule shares: the fix it proposes and Hunspell's strict verdict.

The spelling check's speller also accepts words it can build from parts
("Klassenverfügt" as "Klassen" + "verfügt"), which is right for not flagging
jargon but wrong for deciding whether a joined form is a word. The rules here
ask Hunspell alone, whose own compounding flags are conservative.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import NamedTuple

import enchant

from services.processor.checker.dictionary import DICTIONARY_TAGS, speller

# Zipf frequency from which people write a compound: "Werbebotschaften", "mitmachen".
_ATTESTED_ZIPF = 1.5


class Fix(NamedTuple):
    """Text from ``start`` to ``end`` that should read ``text``."""

    start: int
    end: int
    text: str


def listed(word: str) -> bool:
    """Whether Hunspell knows ``word`` as it is written (case-sensitive)."""
    return _listed(word)


def attested(word: str) -> bool:
    """Whether people write ``word`` as one word often enough to trust it, beyond what
    Hunspell's compounding allows."""
    return speller("de").frequency(word) >= _ATTESTED_ZIPF


def match_case(fix: str, original: str) -> str:
    """The first letter keeps the writer's case: Vorallem → Vor allem."""
    if original[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


# Enchant dictionaries are not documented as thread-safe.
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _dictionary() -> enchant.Dict:
    tag = DICTIONARY_TAGS["de"][0]
    return enchant.Dict(tag if enchant.dict_exists(tag) else tag.split("_frami")[0])


@lru_cache(maxsize=100_000)
def _listed(word: str) -> bool:
    dictionary = _dictionary()
    with _lock:
        return bool(dictionary.check(word))
