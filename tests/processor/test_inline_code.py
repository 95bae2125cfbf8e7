"""Code inside a prose paragraph is not prose: no spelling, case or compound rule reads it."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from services.processor.checker import Checker
from services.processor.document import read_blocks
from tests.processor.documents import saved


def findings_of(document: docx.document.Document) -> list[str]:
    document = saved(document)
    paragraphs = list(document.paragraphs)
    blocks = read_blocks(document, paragraphs, default_language="de")
    return [blocks[f.block].text[f.start : f.end] for f in Checker().check_all(blocks)]


def test_a_run_in_a_monospaced_font_is_not_read() -> None:
    # Given a misspelling in prose and another set in Courier New (the same word written as
    # code would be a command's name, and so would its use in prose)
    document = docx.Document()
    paragraph = document.add_paragraph("Die Firma enwickelte ein Werkzeug, aufgerufen mit ")
    paragraph.add_run("enwickelt --paket").font.name = "Courier New"
    paragraph.add_run(" im Terminal.")
    # Then only the prose one is commented on
    assert findings_of(document) == ["enwickelte"]


def test_a_run_in_a_code_character_style_is_not_read() -> None:
    document = docx.Document()
    document.styles.add_style("Quellcode Zeichen", WD_STYLE_TYPE.CHARACTER)
    paragraph = document.add_paragraph("Mehr zeigt der Aufruf ")
    paragraph.add_run("enwickelte --paket", style="Quellcode Zeichen")
    paragraph.add_run(" im Terminal.")
    assert findings_of(document) == []


def test_without_code_the_same_words_are_read() -> None:
    document = docx.Document()
    document.add_paragraph(
        "Mehr zeigt der Aufruf apt rdepends paket im Terminal. Er enwickelte es."
    )
    assert "enwickelte" in findings_of(document)


def test_a_short_italic_term_unknown_to_both_dictionaries_is_the_authors_foreign_word() -> None:
    # Given a foreign term set in italics and the same kind of word in roman type
    document = docx.Document()
    paragraph = document.add_paragraph("Im Zentrum standen die ")
    paragraph.add_run("kalabuza").italic = True
    paragraph.add_run(" vor den Häusern.")
    document.add_paragraph("Im Zentrum standen die Sitzbänke, die kalabuza der Männer.")
    # Then only the roman one is commented on
    assert findings_of(document) == ["kalabuza"]


def test_an_italic_german_compound_with_a_misspelt_part_is_no_foreign_term() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Die Pumpe gilt als ")
    paragraph.add_run("Schlüsseltechnolgie").italic = True
    paragraph.add_run(" der Wärmewende.")
    assert findings_of(document) == ["Schlüsseltechnolgie"]


def term_in_italic_style(document: docx.document.Document) -> docx.text.run.Run:
    """A paragraph whose unknown word is set in an italic character style; its run."""
    style = document.styles.add_style("Fremdwort", WD_STYLE_TYPE.CHARACTER)
    style.font.italic = True
    paragraph = document.add_paragraph("Im Zentrum standen die ")
    run = paragraph.add_run("kalabuza", style="Fremdwort")
    paragraph.add_run(" vor den Häusern.")
    return run


def test_a_character_style_in_italics_marks_a_term_too() -> None:
    document = docx.Document()
    term_in_italic_style(document)
    assert findings_of(document) == []


def test_a_long_italic_passage_and_words_german_knows_are_read_as_ever() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Er schrieb: ")
    paragraph.add_run("Die Firma enwickelte ein neues Verfahren für alle.").italic = True
    assert findings_of(document) == ["enwickelte"]


def test_an_italic_switch_with_a_value_outside_the_schema_is_read_without_failing() -> None:
    # Given a style and a run whose w:i carries a value outside the schema
    document = docx.Document()
    run = term_in_italic_style(document)
    run.italic = True
    for switch in [*run.style.element.iter(qn("w:i")), *run._r.iter(qn("w:i"))]:
        switch.set(qn("w:val"), "vielleicht")
    # Then the document is read, the switch taken as on, like a bare <w:i/>
    assert findings_of(document) == []
