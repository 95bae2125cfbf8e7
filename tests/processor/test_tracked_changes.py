"""Suggestions as tracked changes: 'Accept all' applies exactly them, 'Reject all' restores the text."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn

from services.processor.checker import Checker
from services.processor.comments import AUTHOR, write_comments
from services.processor.document import document_paragraphs, open_document, read_blocks
from services.processor.finding_records import changes
from services.processor.tracked_changes import Change, write_changes
from tests.processor.office import convert

W_DEL, W_INS, W_T, W_DEL_TEXT = qn("w:del"), qn("w:ins"), qn("w:t"), qn("w:delText")


def accepted(document: Document) -> list[str]:
    """Each paragraph's text after Word's "Accept all"."""
    return [_resolve(p._p, drop=W_DEL, keep=W_INS) for p in document.paragraphs]


def rejected(document: Document) -> list[str]:
    """Each paragraph's text after "Reject all"."""
    return [_resolve(p._p, drop=W_INS, keep=W_DEL) for p in document.paragraphs]


def _resolve(paragraph: object, *, drop: str, keep: str) -> str:
    element = copy.deepcopy(paragraph)
    for dropped in list(element.iter(drop)):  # type: ignore[attr-defined]
        dropped.getparent().remove(dropped)
    return "".join(t.text or "" for t in element.iter(W_T, W_DEL_TEXT))  # type: ignore[attr-defined]


def saved(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_change_keeps_the_formatting_and_accept_all_applies_only_it() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Die ")
    paragraph.add_run("Analysse").bold = True
    paragraph.add_run(" ergab zwei Befunde die neu sind.")
    text = paragraph.text
    second = document.add_paragraph("Nichts zu ändern hier.")

    written = write_changes(
        document,
        document.paragraphs,
        [
            Change(0, 4, 12, "Analyse"),
            Change(0, text.index("Befunde die"), text.index(" neu"), "Befunde, die"),
            Change(0, 4, 8, "Anal"),  # overlaps the first: left to its comment
        ],
    )

    assert written == 2
    reopened = docx.Document(io.BytesIO(saved(document)))
    assert accepted(reopened) == ["Die Analyse ergab zwei Befunde, die neu sind.", second.text]
    assert rejected(reopened) == [text, second.text]
    insertions = list(reopened.paragraphs[0]._p.iter(W_INS))
    assert {element.get(qn("w:author")) for element in insertions} == {AUTHOR}
    assert insertions[0].find(qn("w:r")).find(qn("w:rPr")).find(qn("w:b")) is not None
    ids = [e.get(qn("w:id")) for e in reopened.element.body.iter(W_INS, W_DEL)]
    assert len(ids) == len(set(ids)) == 4


def test_the_checkers_suggestions_become_changes_beside_their_comments(
    corpus: Path, tmp_path: Path
) -> None:
    document = open_document((corpus / "planted-de.docx").read_bytes(), max_unzipped_bytes=10**8)
    paragraphs = document_paragraphs(document)
    blocks = read_blocks(document, paragraphs)
    findings = Checker().check_all(blocks)
    before = [p.text for p in paragraphs]
    comments = write_comments(document, paragraphs, findings)
    wanted = changes(findings, blocks)
    written = write_changes(document, paragraphs, wanted)

    assert comments == len(findings) and 0 < written <= len(wanted)
    reopened = docx.Document(io.BytesIO(saved(document)))
    assert rejected(reopened) == before
    after = accepted(reopened)
    for change in wanted:
        assert change.replacement in after[change.paragraph]

    # LibreOffice opens it and keeps the changes as tracked changes
    source = tmp_path / "tracked.docx"
    source.write_bytes(saved(document))
    odt = convert(source, "odt", tmp_path)
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode()
    assert content.count("<text:changed-region") >= written
