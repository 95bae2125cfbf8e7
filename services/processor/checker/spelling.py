"""Spelling: Hunspell words one edit away from a known word, and nothing it merely doesn't know."""

from __future__ import annotations

from collections.abc import Iterator

from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block, Finding
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word

# Short words are mostly abbreviations, commands and names; a capitalised short one, even more so.
_MIN_LENGTH = 5
_MIN_LENGTH_CAPITALISED = 6
_VOWELS = frozenset("aeiouyäöüAEIOUYÄÖÜ")


@register
class SpellingCheck:
    code = "spelling"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose:
            return
        words = speller(block.language)
        # Theses mix in the other language's terms (Resource, Technology), rarely its typos.
        other = speller("en" if block.language == "de" else "de")
        for word in context.words(block):
            # A term used twice or more the same way is the author's choice, not a slip.
            if context.frequencies[word.text] >= 2:
                continue
            truncated = block.text[word.end : word.end + 1] == "-"  # "Verbindungs- und"
            parts = list(_parts(word))
            for position, part in enumerate(parts):
                if context.frequencies[part.text] >= 2 or _exempt(part.text):
                    continue
                if position > 0 and part.text[0].islower():
                    continue  # a suffix-like tail: text-Segment-lastigen, feiner-granulare
                head = position < len(parts) - 1 or truncated
                if head and words.known_head(part.text):
                    continue
                if words.known(part.text) or other.known(part.text):
                    continue
                fix = words.correction(part.text)
                if fix is not None:
                    yield Finding(
                        block.index,
                        part.start,
                        part.end,
                        self.code,
                        _message(block.language, part.text, fix),
                    )


def _parts(word: Word) -> Iterator[Word]:
    """The pieces of a hyphenated word, each checked on its own (Cloud-Intergration)."""
    start = word.start
    for text in word.text.split("-"):
        if text:
            yield Word(start, start + len(text), text)
        start += len(text) + 1


def _exempt(text: str) -> bool:
    """Too short to judge, vowel-less (pwck), or an acronym / brand with capitals inside (ERP, iPhone)."""
    minimum = _MIN_LENGTH_CAPITALISED if text[:1].isupper() else _MIN_LENGTH
    return (
        len(text) < minimum
        or any(c.isupper() for c in text[1:])
        or not text[:1].isalpha()
        or _VOWELS.isdisjoint(text)
    )


def _message(language: str, word: str, fix: str) -> str:
    if language == "en":
        return f"Spelling: “{word}” → “{fix}”?"
    return f"Rechtschreibung: »{word}« → »{fix}«?"
