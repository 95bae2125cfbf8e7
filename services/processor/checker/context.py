"""What every check may know about the whole document, computed once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any, TypeVar

from services.processor.checker import tokens
from services.processor.checker.finding import Block, masked
from services.processor.checker.identifiers import quoted_code

SentenceTokens = tuple[tokens.Sentence, list[tokens.Word]]
T = TypeVar("T")


class DocumentContext:
    """Shared facts: word frequencies, and tokens per block (cached, each block split once)."""

    def __init__(self, blocks: Sequence[Block], *, long_sentence_words: int = 40) -> None:
        self.blocks = blocks
        self.long_sentence_words = long_sentence_words
        self._words: dict[int, list[tokens.Word]] = {}
        self._sentences: dict[int, list[SentenceTokens]] = {}
        self._quoted_code: dict[int, list[tuple[int, int]]] = {}
        self._shared: dict[Callable[..., Any], Any] = {}

    def shared(self, build: Callable[[DocumentContext], T]) -> T:
        """What a document-wide check computes once from the whole document (citation styles)."""
        if build not in self._shared:
            self._shared[build] = build(self)
        return self._shared[build]  # type: ignore[no-any-return]

    def quoted_code(self, block: Block) -> list[tuple[int, int]]:
        """Spans of the block's straight quotes around code, which no check reads as prose."""
        if block.index not in self._quoted_code:
            self._quoted_code[block.index] = quoted_code(block.text, block.language)
        return self._quoted_code[block.index]

    def words(self, block: Block) -> list[tokens.Word]:
        if block.index not in self._words:
            self._words[block.index] = tokens.words(self._readable(block))
        return self._words[block.index]

    def sentences(self, block: Block) -> list[SentenceTokens]:
        """Each sentence of a block with its words and punctuation marks."""
        if block.index not in self._sentences:
            text = self._readable(block)
            self._sentences[block.index] = [
                (sentence, tokens.tokens(text, sentence.start, sentence.end))
                for sentence in tokens.sentences(text)
            ]
        return self._sentences[block.index]

    @cached_property
    def main_language(self) -> str:
        """The language most of the document's prose is written in."""
        counts: Counter[str] = Counter()
        for block in self.blocks:
            if block.is_prose:
                counts[block.language] += len(self.words(block))
        return counts.most_common(1)[0][0] if counts else "de"

    @cached_property
    def prose_words(self) -> int:
        return sum(len(self.words(block)) for block in self.blocks if block.is_prose)

    @cached_property
    def frequencies(self) -> Counter[str]:
        """How often each word form, or part of a hyphenated word, occurs anywhere.

        The bibliography counts too, and so "Cloud" in "Cloud-ERP" and
        "Cloud-Dienste" is a term the author uses, not a typo of "Clou".
        """
        counts: Counter[str] = Counter()
        for block in self.blocks:
            for word in self.words(block):
                counts[word.text] += 1
                if "-" in word.text:
                    counts.update(part for part in word.text.split("-") if part)
        return counts

    def _readable(self, block: Block) -> str:
        """The block's text as prose: its code spans and its straight-quoted code masked."""
        return masked(block.text, (*block.code, *self.quoted_code(block)))
