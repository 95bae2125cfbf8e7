"""Overlong sentences: over the configured number of words (default 40).

A quotation is the source's sentence, not the author's, so it is left alone.
So is a list of names: a sentence's verbs, articles and conjunctions are
written small, and a run of words with hardly a small one among them
("Anna Berg (Oslo), Jan Kowalski (Krakau), …") has no clauses to split.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from services.processor.checker import tokens
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.quotations import quoted_block, quoted_sentence, quoted_spans
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word

# Fewer small words than one in this many: names, not clauses. Prose has one in two.
_WORDS_PER_SMALL_WORD = 10


@register
class LongSentenceCheck:
    code = "long_sentence"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading or quoted_block(block, context):
            return
        limit = context.long_sentence_words
        words = context.words(block)
        if len(words) <= limit:
            return
        starts = [word.start for word in words]
        quoted = quoted_spans(block.text)
        for sentence in tokens.sentences(block.readable, loose=True):
            first, end = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
            count = end - first
            if count <= limit or quoted_sentence(quoted, sentence) or _names(words[first:end]):
                continue
            message = _message(block.language, count, limit)
            yield Finding(block.index, sentence.start, sentence.end, self.code, message)


def _names(words: Sequence[Word]) -> bool:
    """Whether a run of words has hardly a small one among them: a list of names."""
    small = sum(word.text[:1].islower() for word in words)
    return small * _WORDS_PER_SMALL_WORD < len(words)


def _message(language: str, count: int, limit: int) -> str:
    if language == "en":
        return f"Long sentence: {count} words. Sentences over {limit} words are hard to follow; split it?"
    return f"Langer Satz: {count} Wörter. Über {limit} Wörter sind schwer zu lesen; besser teilen?"
