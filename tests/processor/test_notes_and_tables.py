"""Table cells and footnotes are checked, and their comments land in their own XML."""

from __future__ import annotations

import io
import zipfile

from services.processor.document import document_paragraphs, open_document, read_blocks
from tests.processor.commented import commented
from tests.processor.notes_docx import thesis_with_table_and_footnote

BODY = "Die Stichprobe umfasst umfasst zwölf Firmen."
CELL = "Die Resourcen fehlen."
NOTE = "Vgl. die Intergration bei Weber."


def test_body_cells_and_footnotes_are_read_in_that_order() -> None:
    document = open_document(
        thesis_with_table_and_footnote(BODY, CELL, NOTE), max_unzipped_bytes=10**8
    )
    paragraphs = document_paragraphs(document)
    blocks = read_blocks(document, paragraphs)
    assert [block.text.strip() for block in blocks] == [BODY, CELL, NOTE]
    assert all(block.is_prose for block in blocks)


def test_a_cell_is_commented_in_place_and_a_footnote_on_its_mark_in_the_body() -> None:
    output, written = commented(thesis_with_table_and_footnote(BODY, CELL, NOTE))
    assert written == 3
    package = zipfile.ZipFile(io.BytesIO(output))
    footnotes = package.read("word/footnotes.xml").decode()
    body = package.read("word/document.xml").decode()
    comments = package.read("word/comments.xml").decode()
    # LibreOffice cannot open a comment reference inside a note, so the note's mark carries it.
    assert "comment" not in footnotes and 'w:type="separator"' in footnotes
    assert body.count("<w:commentRangeStart") == 3
    mark = body.index("<w:footnoteReference")
    assert body.rindex("<w:commentRangeStart", 0, mark) > body.rindex("zwölf Firmen", 0, mark)
    assert "Fußnote 1 – Rechtschreibung: »Intergration« → »Integration«" in comments
    assert "»Resourcen« → »Ressourcen«" in comments
