"""What the author quotes rather than writes, which style hints leave alone.

An author cannot rewrite a quotation, so the long-sentence, passive,
colloquial and first-person hints skip quoted spans, sentences that are
quotations, block quotes (a paragraph in a quote style), and paragraphs in
another language than the document's (an English source quoted in a German
thesis).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import unknown
from services.processor.checker.finding import Block, Finding
from services.processor.checker.language import detect, function_words
from services.processor.checker.messages import say
from services.processor.checker.tokens import Sentence, words

_QUOTED = re.compile(
    r"„[^“”\"]*[“”\"]|»[^«]*«|«[^»]*»|\"[^\"]*\"|“[^”]*”"
    # Single quotes, as British English and interview excerpts use them: an apostrophe
    # inside a word ("it's", "don’t") neither opens nor closes one.
    r"|‘(?:[^’]|’(?=\w))*’(?!\w)|‚[^‘]*‘"
    r"|(?<![\w'])'(?=\w)(?:[^']|'(?=\w))*(?<=[^\s'])'(?!\w)"
)
# A quotation is in neither language when this many of its words, and this share, are
# unknown to both.
_THIRD_LANGUAGE_WORDS = 3
_THIRD_LANGUAGE_SHARE = 0.3
# ... unless it holds this many function words of German or English.
_OWN_FUNCTION_WORDS = 2
# A sentence this much inside quotation marks is a quotation with a few words of lead-in.
_QUOTED_SHARE = 0.7


@lru_cache(maxsize=4096)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans between paired quotation marks, the marks included.

    Cached: five checks ask for each paragraph.
    """
    return tuple(match.span() for match in _QUOTED.finditer(text))


@lru_cache(maxsize=4096)
def foreign_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """The quoted spans written in another language than ``language``: „When Berlin falls, …“,
    or in a third one: „parcere subiectis et debellare superbos“.

    Cached: spelling and the comma check both ask for each paragraph.
    """
    return tuple(
        (start, end)
        for start, end in quoted_spans(text)
        if detect(text[start:end].split(), language) != language or third_language(text[start:end])
    )


@lru_cache(maxsize=4096)
def third_language(passage: str) -> bool:
    """Whether the dictionaries of both languages lack enough of a passage's words.

    A sentence of one's own language holds a misspelling or a name or two;
    Latin, French or Italian (or a "Lorem ipsum") leaves the dictionaries lacking many,
    and has none of their function words, which a sentence full of tools' names has
    ("ist daher konsistent zu dvipdfmx und den …").
    """
    found = [word.text for word in words(passage)]
    lacking = sum(1 for word in found if unknown(word))
    if lacking < _THIRD_LANGUAGE_WORDS or lacking < _THIRD_LANGUAGE_SHARE * len(found):
        return False
    return function_words(found) < _OWN_FUNCTION_WORDS


def inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


def quoted_sentence(spans: Sequence[tuple[int, int]], sentence: Sentence) -> bool:
    """Whether most of ``sentence`` lies inside the quoted ``spans`` of its block."""
    length = sentence.end - sentence.start
    covered = sum(
        max(0, min(end, sentence.end) - max(start, sentence.start)) for start, end in spans
    )
    return length > 0 and covered >= _QUOTED_SHARE * length


def quoted_block(block: Block, context: DocumentContext) -> bool:
    """A block quote, or a paragraph in another language than the document's."""
    return block.is_quotation or block.language != context.main_language


def english_findings(
    block: Block, code: str, found: Iterable[tuple[int, int, str]]
) -> Iterator[Finding]:
    """English comments (span and text) as findings, except inside a quotation."""
    spans = quoted_spans(block.text)
    for start, end, text in found:
        if not inside(spans, start):
            yield Finding(block.index, start, end, code, say(code, "en", "", text))
