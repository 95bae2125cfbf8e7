"""Repeated words ("umfasst umfasst"), minus the doubles grammar allows ("Frauen, die die Studie")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import PREPOSITIONS
from services.processor.checker.registry import register

# A relative pronoun followed by an article, or a pronoun then its homograph: correct doubles.
_GRAMMATICAL_DOUBLES = {
    "de": frozenset({"der", "die", "das", "den", "dem", "des", "sie", "er", "es", "ihr"}),
    "en": frozenset({"had", "that", "is"}),
}
_CLAUSE_OPENERS = (",", ";", ":", "(", "–", "—")


@register
class RepeatedWordCheck:
    code = "repeated_word"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose:
            return
        text = block.text
        doubles = _GRAMMATICAL_DOUBLES.get(block.language, frozenset())
        for first, second in pairwise(context.words(block)):
            lower = first.text.lower()
            if lower != second.text.lower() or text[first.end : second.start].strip():
                continue
            if any(c.isupper() for c in first.text[1:]):
                continue  # CFLAGS CFLAGS: code or a list of names, not prose
            if lower in doubles and (
                first.text != second.text
                or text[: first.start].rstrip().endswith(_CLAUSE_OPENERS)
                # "in der der Client …": a relative clause after a preposition.
                or _previous_word(text, first.start) in PREPOSITIONS
            ):
                continue
            yield Finding(
                block.index,
                first.start,
                second.end,
                self.code,
                _message(block.language, first.text),
            )


def _message(language: str, word: str) -> str:
    if language == "en":
        return f"Repeated word: “{word}” appears twice in a row. Delete one?"
    return f"Wortwiederholung: »{word}« steht zweimal hintereinander. Eines streichen?"


def _previous_word(text: str, before: int) -> str:
    words = text[:before].split()
    return words[-1].lower() if words else ""
