"""The output opens in LibreOffice with every comment present.

LibreOffice (Debian's libreoffice-writer-nogui, installed by `make deps`)
converts the commented .docx to PDF with comments exported as annotations;
the PDF must hold exactly one text annotation per comment written.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.processor.commented import commented
from tests.processor.notes_docx import thesis_with_table_and_footnote

_EXPORT_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
_TEXT_ANNOTATION = re.compile(rb"/Subtype\s*/Text\b")


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.fail(
            "Expected LibreOffice's soffice on PATH (apt-get install libreoffice-writer-nogui)"
        )
    return path


def pdf_annotations(docx: bytes, workdir: Path) -> int:
    source = workdir / "out.docx"
    source.write_bytes(docx)
    profile = workdir / "profile"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            _EXPORT_NOTES,
            "--outdir",
            str(workdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = (workdir / "out.pdf").read_bytes()
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
