"""Running the chosen checks over a document, chunk by chunk, so progress is real work."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from services.processor.checker.composed import Composed, compose
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.registry import build_checks

WORDS_PER_CHUNK = 800


class Checker:
    """The configured checks; one instance serves many documents."""

    def __init__(self, categories: Iterable[str] = (), *, long_sentence_words: int = 40) -> None:
        self.checks = build_checks(categories)
        self.long_sentence_words = long_sentence_words

    def context(self, blocks: Sequence[Block]) -> DocumentContext:
        return DocumentContext(blocks, long_sentence_words=self.long_sentence_words)

    def check_chunk(self, context: DocumentContext, chunk: Sequence[Block]) -> list[Finding]:
        return [
            finding
            for block in chunk
            for check in self.checks
            for finding in check.check(block, context)
        ]

    def check_all(self, blocks: Sequence[Block]) -> list[Finding]:
        return [finding for found in check_work(self, list(chunks(blocks))) for finding in found]


def check_work(checker: Checker, work: Sequence[Sequence[Block]]) -> Iterator[list[Finding]]:
    """Each chunk's findings in turn; the document context is built from all chunks first.

    The checks read each block in composed form; findings land on the original characters.
    """
    composed = {
        block.index: found for chunk in work for block in chunk if (found := compose(block))
    }
    readable = [[_read(block, composed) for block in chunk] for chunk in work]
    context = checker.context([block for chunk in readable for block in chunk])
    for chunk in readable:
        yield [
            composed[finding.block].original(finding) if finding.block in composed else finding
            for finding in checker.check_chunk(context, chunk)
        ]


def _read(block: Block, composed: dict[int, Composed]) -> Block:
    found = composed.get(block.index)
    return block if found is None else found.block


def chunks(
    blocks: Sequence[Block], words_per_chunk: int = WORDS_PER_CHUNK
) -> Iterator[list[Block]]:
    """Consecutive blocks of about ``words_per_chunk`` words: the analyzing stage's work units."""
    chunk: list[Block] = []
    size = 0
    for block in blocks:
        chunk.append(block)
        size += block.text.count(" ") + 1
        if size >= words_per_chunk:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
