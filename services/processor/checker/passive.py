"""Passive overuse: one note per paragraph where most sentences are passive, never per sentence.

Academic German uses the passive on purpose; only a paragraph that is passive
almost throughout (at least three sentences, three quarters of them) reads
as a pattern worth a comment.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from services.processor.checker import grammar
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import PASSIVE_AUXILIARIES
from services.processor.checker.messages import say
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word

MIN_PASSIVE_SENTENCES = 3
MIN_SHARE = 0.75
_ENGLISH_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being"])


@register
class PassiveCheck:
    code = "passive"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading:
            return
        sentences = context.sentences(block)
        if len(sentences) < MIN_PASSIVE_SENTENCES:
            return
        test = _english_passive if block.language == "en" else _german_passive
        passive = sum(test(tokens) for _, tokens in sentences)
        if passive < MIN_PASSIVE_SENTENCES or passive < MIN_SHARE * len(sentences):
            return
        first, last = sentences[0][0], sentences[-1][0]
        message = say(
            self.code,
            block.language,
            f"{passive} von {len(sentences)} Sätzen dieses Absatzes stehen im Passiv. Einige "
            "aktiv zu formulieren (wer tut was?) macht den Absatz lebendiger.",
            f"{passive} of {len(sentences)} sentences in this paragraph are passive. Putting some "
            "in the active voice (who does what?) makes it livelier.",
        )
        yield Finding(block.index, first.start, last.end, self.code, message)


def _german_passive(tokens: list[Word]) -> bool:
    """A form of "werden" together with a past participle (gebildet, analysiert)."""
    texts = [token.text for token in tokens]
    if PASSIVE_AUXILIARIES.isdisjoint(texts):
        return False
    return any(
        text[:1].islower() and "VV(PP)" in grammar.word_tags(text)
        for text in texts
        if text.endswith(("t", "en")) and len(text) > 4
    )


def _english_passive(tokens: list[Word]) -> bool:
    texts = [token.text.lower() for token in tokens]
    return any(
        text in _ENGLISH_AUXILIARIES and following.endswith("ed")
        for text, following in pairwise(texts)
    )
