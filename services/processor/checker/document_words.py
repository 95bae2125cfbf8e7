"""The document's own words, as the likeliest corrections of its slips.

Written a line before "Berechtigung", "Berechtung" means that word, though
"Berechnung" is one letter closer and commoner in general. What the writer
uses elsewhere is the best evidence of what they meant: a word of the document
that lost a run of letters in the slip ("Berech|ig|tung"), or one a cheaper
slip away than the best fix found without it, is offered first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from services.processor.checker.context import DocumentContext
from services.processor.checker.suggestions import slip_cost

# Shorter words are one edit from too many others to say which was meant.
_MIN_LENGTH = 6
# Typing fast drops a run of this many letters at most ("Berechtung").
_DROPPED_RUN = 2
# A slip among the last letters may as well be another form of the word.
_KEPT_END = 3


class DocumentWords:
    """The document's prose words of some length, found by first letter and length."""

    def __init__(self, context: DocumentContext) -> None:
        uses = Counter(
            part
            for block in context.blocks
            if block.is_prose
            for word in context.words(block)
            for part in word.text.split("-")
            if len(part) >= _MIN_LENGTH and part.isalpha()
        )
        self._uses: Counter[str] = Counter()
        for word, count in uses.items():
            self._uses[word.lower()] += count
        self._by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in sorted(uses):
            self._by_shape[word[0].lower(), len(word)].append(word)

    def first(
        self,
        text: str,
        fixes: tuple[str, ...],
        known: Callable[[str], bool],
        frequency: Callable[[str], float],
    ) -> tuple[str, ...]:
        """``fixes`` with the document's own word for ``text`` first, and the best other after.

        Without ``fixes`` (none convinced) only a word that lost letters in the
        slip is evidence enough: one changed letter may make any word of the
        document ("enhalten": "erhalten" beside the meant "enthalten"). A best fix
        no one writes, a compound only Hunspell builds ("Notationreferenz"), loses
        to the document's word one slip away ("Notationsreferenz"), and so does a
        best fix the document itself uses less often.
        """
        if len(text) < _MIN_LENGTH - 1:
            return fixes  # too short to tell
        # the best fix may be the document's word already: then only one it uses more wins
        # ("Notationsreferenz" 189 times over "Notationreferenz" 5 times)
        own = self._uses[fixes[0].lower()] if fixes else 0
        dearest = slip_cost(text, fixes[0]) if fixes else None
        unwritten = bool(fixes) and frequency(fixes[0]) == 0
        written = text.lower()
        for length in range(len(text) - 1, len(text) + _DROPPED_RUN + 1):
            for word in self._by_shape.get((written[0], length), ()):
                # cheap string tests first, the dictionary and the slip's cost after them
                dropped = _dropped_run(written, word.lower())
                if not (dropped or dearest is not None and _one_slip(written, word.lower())):
                    continue  # without a fix only dropped letters count
                meant = _shown(word, text, known)
                if meant is None or self._uses[meant.lower()] <= own:
                    continue
                if own or unwritten or _explains(text, meant, dearest):
                    return (meant, *[fix for fix in fixes if fix.lower() != meant.lower()][:1])
        return fixes


def _explains(text: str, meant: str, dearest: float | None) -> bool:
    """Whether the document's ``meant``, one slip or a dropped run from ``text``, explains it
    as well as the best fix (costing ``dearest``): a run of two letters dropped, which no
    fix reaches, or a cheaper slip."""
    if dearest is None or len(meant) - len(text) == _DROPPED_RUN:
        return True
    return slip_cost(text, meant) < dearest


def _shown(word: str, text: str, known: Callable[[str], bool]) -> str | None:
    """``word`` as it would stand for ``text``, or None if the dictionary does not know it.

    A noun keeps its capital ("berechtung" → "Berechtigung"); a word a sentence
    start capitalised ("Später") is small again where ``text`` is.
    """
    small = word[0].lower() + word[1:]
    if text[0].isupper():
        word = word[0].upper() + word[1:]
    elif known(small):
        word = small
    return word if known(word) else None


def _dropped_run(written: str, meant: str) -> bool:
    """Whether ``written`` is ``meant`` with a run of one or two letters dropped, before
    the last few letters (a slip there may as well be another form: "Ergebniss(e)")."""
    extra = len(meant) - len(written)
    return 1 <= extra <= _DROPPED_RUN and any(
        meant[:at] + meant[at + extra :] == written for at in range(len(written) - _KEPT_END + 1)
    )


def _one_slip(written: str, meant: str) -> bool:
    """Whether ``written`` is ``meant`` with one letter added, changed or swapped with the
    next, before the last few letters."""
    if len(written) == len(meant) + 1:
        return any(
            written[:at] + written[at + 1 :] == meant for at in range(len(meant) - _KEPT_END + 1)
        )
    if len(written) != len(meant):
        return False
    differ = [at for at in range(len(written)) if written[at] != meant[at]]
    if not differ or differ[-1] >= len(written) - _KEPT_END:
        return False
    if len(differ) == 1:
        return True
    first, second = differ if len(differ) == 2 else (0, 0)
    return (
        second == first + 1 and written[first] == meant[second] and written[second] == meant[first]
    )
