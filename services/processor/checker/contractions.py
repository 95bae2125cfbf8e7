"""English contractions, which academic writing spells out: "didn't" → "did not".

A possessive "'s" is no contraction ("the author's view"), so "'s" counts only
after a pronoun or "there", "here", "that", "what" and the like. "'d" and
"'s" stand for two verbs each, so both are offered.
"""

from __future__ import annotations

from typing import Final

_WHOLE: Final = {
    "can't": "cannot",
    "won't": "will not",
    "shan't": "shall not",
    "ain't": "is not",
    "let's": "let us",
}
_ENDINGS: Final = (
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'m", " am"),
    ("'d", " would / {} had"),
)
# Words whose "'s" is "is" or "has", never a possessive.
_IS_OR_HAS: Final = frozenset(
    {"it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "this"}
)


def spelled_out(word: str) -> str | None:
    """The full form of a contraction ("didn't" → "did not"), or None if ``word`` is none."""
    plain = word.replace("’", "'")
    lower = plain.lower()
    if lower in _WHOLE:
        full = _WHOLE[lower]
        return full[:1].upper() + full[1:] if plain[:1].isupper() else full
    for ending, full in _ENDINGS:
        stem = plain[: -len(ending)]
        if lower.endswith(ending) and stem.isalpha():
            return stem + full.format(stem)
    stem = plain[:-2]
    if lower.endswith("'s") and stem.lower() in _IS_OR_HAS:
        return f"{stem} is / {stem} has"
    return None
