"""Words set in italics: where theses put foreign terms ("cantus firmus", "mabaraza").

Style guides have foreign words, species, titles and interface labels set in
italics. A short italic stretch is therefore the author marking a term: the
spelling check leaves a foreign one to them, the case check a label's capitals
("*Bedingte Formatierung*"). Longer italic passages (a quotation, an
emphasised sentence) are read as ever.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from services.processor.inline_code import Span, spans_where

_RPR = qn("w:rPr")
_STYLE_ELEMENT = qn("w:style")
_STYLE_ID = qn("w:styleId")
_TYPE = qn("w:type")
_ITALIC = qn("w:i")
_STYLE = qn("w:rStyle")
_VAL = qn("w:val")
_OFF = ("0", "false", "off")


def italic_character_styles(document: Document) -> frozenset[str]:
    """Ids of the character styles that set italics, such as Word's "Emphasis".

    Read from the XML, as ``_is_italic`` reads runs: a value python-docx cannot
    parse is a style that sets no italics, not a failed job."""
    return frozenset(
        style.get(_STYLE_ID, "")
        for style in document.styles.element.iterchildren(_STYLE_ELEMENT)
        if style.get(_TYPE) == "character" and _sets_italics(style.find(_RPR))
    )


def italic_spans(paragraph: Paragraph, italic_styles: frozenset[str]) -> tuple[Span, ...]:
    """Character spans of ``paragraph.text`` set in italics, directly or by a character
    style whose font is italic (``italic_styles``: their ids)."""
    return spans_where(paragraph, lambda run: _is_italic(run, italic_styles))


def _is_italic(run: object, italic_styles: frozenset[str]) -> bool:
    properties = run.find(_RPR)  # type: ignore[attr-defined]
    if properties is None:
        return False
    if properties.find(_ITALIC) is not None:
        return _sets_italics(properties)
    style = properties.find(_STYLE)
    return style is not None and style.get(_VAL) in italic_styles


def _sets_italics(properties: object) -> bool:
    """Whether run properties (``w:rPr``) switch italics on: ``<w:i/>``, not ``w:val="0"``."""
    italic = None if properties is None else properties.find(_ITALIC)  # type: ignore[attr-defined]
    return italic is not None and (italic.get(_VAL) or "1").lower() not in _OFF
