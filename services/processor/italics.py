"""Words set in italics: where theses put foreign terms ("cantus firmus", "mabaraza").

Style guides have foreign words, species and titles set in italics. A short
italic stretch is therefore the author marking a term of another language,
which the spelling check leaves to them. Longer italic passages (a quotation,
an emphasised sentence) are read as ever.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from services.processor.inline_code import Span, spans_where

_RPR = qn("w:rPr")
_ITALIC = qn("w:i")
_STYLE = qn("w:rStyle")
_VAL = qn("w:val")
_OFF = ("0", "false", "off")


def italic_spans(paragraph: Paragraph, italic_styles: frozenset[str]) -> tuple[Span, ...]:
    """Character spans of ``paragraph.text`` set in italics, directly or by a character
    style whose font is italic (``italic_styles``: their ids)."""
    return spans_where(paragraph, lambda run: _is_italic(run, italic_styles))


def _is_italic(run: object, italic_styles: frozenset[str]) -> bool:
    properties = run.find(_RPR)  # type: ignore[attr-defined]
    if properties is None:
        return False
    italic = properties.find(_ITALIC)
    if italic is not None:
        return italic.get(_VAL, "1").lower() not in _OFF
    style = properties.find(_STYLE)
    return style is not None and style.get(_VAL) in italic_styles
