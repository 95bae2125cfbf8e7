"""A real .docx with a table and a footnote, built the way Word stores them.

python-docx cannot write footnotes, so the footnotes part, its relationship,
its content type and the reference in the body are added to the saved package.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_MARKER = "FOOTNOTE-HERE"


def _footnotes_xml(text: str) -> str:
    separator = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    )
    note = (
        '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
        "</w:footnote>"
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">{separator}{note}</w:footnotes>'


def thesis_with_table_and_footnote(body: str, cell: str, footnote: str) -> bytes:
    """One body paragraph carrying footnote 1, a one-cell table, and the footnote's text."""
    document = docx.Document()
    document.add_paragraph(body).add_run(_MARKER)
    document.add_table(rows=1, cols=1).cell(0, 0).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = (
                source.read(item.filename).decode("utf-8")
                if item.filename.endswith(".xml") or item.filename.endswith(".rels")
                else source.read(item.filename)
            )
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    "</Types>",
                    f'<Override PartName="/word/footnotes.xml" ContentType="{_FOOTNOTES_TYPE}"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    "</Relationships>",
                    f'<Relationship Id="rIdNotes" Type="{_FOOTNOTES_REL}" Target="footnotes.xml"/></Relationships>',
                )
            elif item.filename == "word/document.xml":
                data = data.replace(
                    f"<w:t>{_MARKER}</w:t>",
                    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/>',
                )
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", _footnotes_xml(footnote))
    return out.getvalue()
