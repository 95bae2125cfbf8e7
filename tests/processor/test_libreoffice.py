"""The output opens in LibreOffice with every comment present.

LibreOffice (Debian's libreoffice-writer-nogui, installed by `make deps`)
converts the commented .docx to PDF with comments exported as annotations;
the PDF must hold exactly one text annotation per comment written.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.processor.commented import commented
from tests.processor.notes_docx import thesis_with_table_and_footnote
from tests.processor.office import convert

_EXPORT_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
_TEXT_ANNOTATION = re.compile(rb"/Subtype\s*/Text\b")


def pdf_annotations(docx: bytes, workdir: Path) -> int:
    source = workdir / "out.docx"
    source.write_bytes(docx)
    pdf = convert(source, _EXPORT_NOTES, workdir).read_bytes()
    return len(_TEXT_ANNOTATION.findall(pdf))


def test_every_comment_of_the_planted_thesis_is_in_libreoffices_pdf(
    corpus: Path, tmp_path: Path
) -> None:
    output, written = commented((corpus / "planted-de.docx").read_bytes())
    assert written >= 19
    assert pdf_annotations(output, tmp_path) == written


def test_comments_in_tables_and_footnotes_survive_in_libreoffice(tmp_path: Path) -> None:
    data = thesis_with_table_and_footnote(
        "Die Stichprobe umfasst umfasst zwölf Firmen.",
        "Die Resourcen fehlen.",
        "Vgl. die Intergration bei Weber.",
    )
    output, written = commented(data)
    assert written == 3
    assert pdf_annotations(output, tmp_path) == written
