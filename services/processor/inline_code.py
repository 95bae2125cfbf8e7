"""Code inside a prose paragraph: runs set in a monospaced font or a code character style.

Theses in computer science write commands, identifiers and file names inline
("mit ``apt rdepends paket``"). Such runs are not prose, so no spelling, case
or compound rule may read them; the checks see them as one opaque chunk.
Offsets follow ``paragraph.text``, as in ``spans``.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from services.processor.spans import run_length

_R = qn("w:r")
_HYPERLINK = qn("w:hyperlink")
_RPR = qn("w:rPr")
_FONTS = qn("w:rFonts")
_STYLE = qn("w:rStyle")
_FONT_ATTRIBUTES = tuple(qn(f"w:{name}") for name in ("ascii", "hAnsi", "cs"))
# Monospaced families by name; any font called "… Mono" or "… Code" counts too.
_MONOSPACED = ("courier", "consolas", "menlo", "monaco", "lucida console", "mono", "code")
_CODE_STYLES = ("code", "quelltext", "verbatim", "source", "tastatur", "keyboard")

Span = tuple[int, int]


def code_spans(paragraph: Paragraph, style_names: dict[str, str]) -> tuple[Span, ...]:
    """Character spans of ``paragraph.text`` set as code, adjacent runs merged."""
    return spans_where(paragraph, lambda run: _is_code(run, style_names))


def spans_where(paragraph: Paragraph, formatted: Callable[[object], bool]) -> tuple[Span, ...]:
    """Character spans of ``paragraph.text`` whose runs are ``formatted``, adjacent runs merged."""
    spans: list[Span] = []
    offset = 0
    for child in paragraph._p.iterchildren(_R, _HYPERLINK):
        for run in [child] if child.tag == _R else child.iterchildren(_R):
            length = run_length(run)
            if length and formatted(run):
                if spans and spans[-1][1] == offset:
                    spans[-1] = (spans[-1][0], offset + length)
                else:
                    spans.append((offset, offset + length))
            offset += length
    return tuple(spans)


def _is_code(run: object, style_names: dict[str, str]) -> bool:
    properties = run.find(_RPR)  # type: ignore[attr-defined]
    if properties is None:
        return False
    fonts = properties.find(_FONTS)
    if fonts is not None:
        for attribute in _FONT_ATTRIBUTES:
            family = (fonts.get(attribute) or "").lower()
            if any(name in family for name in _MONOSPACED):
                return True
    style = properties.find(_STYLE)
    if style is not None:
        name = style_names.get(style.get(qn("w:val")) or "", "")
        return any(marker in name for marker in _CODE_STYLES)
    return False
