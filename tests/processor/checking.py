"""Running one category of the checker over a few paragraphs, for the rule tests."""

from __future__ import annotations

from services.processor.checker import Block, Checker, Finding


def check(category: str, *texts: str, language: str = "de", heading: bool = False) -> list[Finding]:
    """The findings of ``category`` on ``texts``, one paragraph each."""
    blocks = [Block(i, text, language, is_heading=heading) for i, text in enumerate(texts)]
    return Checker([category]).check_all(blocks)


def flagged(category: str, *texts: str, language: str = "de", heading: bool = False) -> list[str]:
    """The flagged words themselves, as they stand in ``texts``."""
    findings = check(category, *texts, language=language, heading=heading)
    return [texts[f.block][f.start : f.end] for f in findings]


def coded(marked: str, index: int = 0, language: str = "de") -> Block:
    """A paragraph whose `backticked` parts are set as code, as a monospaced font marks them."""
    text, spans = _unmarked(marked, "`")
    return Block(index, text, language, code=spans)


def italicised(marked: str, index: int = 0, language: str = "de") -> Block:
    """A paragraph whose *starred* parts are set in italics."""
    text, spans = _unmarked(marked, "*")
    return Block(index, text, language, italic=spans)


def _unmarked(marked: str, sign: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without ``sign``, and the spans the signs enclosed."""
    text, spans = "", []
    for number, part in enumerate(marked.split(sign)):
        if number % 2:
            spans.append((len(text), len(text) + len(part)))
        text += part
    return text, tuple(spans)
