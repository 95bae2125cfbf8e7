"""Writing comments: exact spans, author, existing comments kept, text and formatting untouched."""

from __future__ import annotations

from docx.oxml.ns import qn

from services.processor.checker import Finding
from services.processor.comment_ids import sequential_comment_ids
from services.processor.comments import AUTHOR, INITIALS, write_comments
from tests.processor.documents import add_hyperlink, paragraph_of_runs, saved
from tests.processor.docx_reading import commented_text


def test_comments_cover_exactly_their_spans_after_a_save() -> None:
    # Given a paragraph with bold and italic runs and an existing comment by someone else
    document, paragraph = paragraph_of_runs(
        ("Die ", {}), ("personellen Resourcen", {"bold": True}), (" sind  knapp.", {"italic": True})
    )
    document.add_comment(
        paragraph.runs[0], text="Schön formuliert", author="Betreuerin", initials="B"
    )
    text = paragraph.text

    # When findings on a word inside the bold run and on the double space are written
    findings = [
        Finding(0, 16, 25, "spelling", "Rechtschreibung: »Resourcen« → »Ressourcen«?"),
        Finding(0, 30, 32, "spacing", "Leerzeichen: doppeltes Leerzeichen, eines genügt."),
        Finding(0, 4, 32, "long_sentence", "overlapping the others"),
    ]
    assert write_comments(document, [paragraph], findings) == 3
    reopened = saved(document)

    # Then every comment sits on its exact characters, and nothing else changed
    result = reopened.paragraphs[0]
    assert result.text == text
    comments = {str(c.comment_id): c for c in reopened.comments}
    assert len(comments) == 4
    covered = {comments[cid].text: span for cid, span in commented_text(result).items()}
    assert covered == {
        "Schön formuliert": "Die ",
        "Rechtschreibung: »Resourcen« → »Ressourcen«?": "Resourcen",
        "Leerzeichen: doppeltes Leerzeichen, eines genügt.": "  ",
        "overlapping the others": "personellen Resourcen sind  ",
    }
    ours = [c for c in reopened.comments if c.author == AUTHOR]
    assert len(ours) == 3 and all(c.initials == INITIALS for c in ours)
    assert [c.author for c in reopened.comments].count("Betreuerin") == 1
    # The split runs kept their formatting.
    assert [(r.text, r.bold, r.italic) for r in result.runs if r.text] == [
        ("Die ", None, None),
        ("personellen ", True, None),
        ("Resourcen", True, None),
        (" sind", None, True),
        ("  ", None, True),
        ("knapp.", None, True),
    ]


def test_a_comment_on_hyperlink_text_lands_on_it() -> None:
    document, paragraph = paragraph_of_runs(("Siehe ", {}))
    add_hyperlink(paragraph, "die Webseitte")
    write_comments(document, [paragraph], [Finding(0, 10, 19, "spelling", "Webseite?")])
    reopened = saved(document)
    assert list(commented_text(reopened.paragraphs[0]).values()) == ["Webseitte"]
    assert reopened.paragraphs[0].text == "Siehe die Webseitte"


def test_comment_ids_are_unique_and_follow_existing_ones() -> None:
    document, paragraph = paragraph_of_runs(("eins zwei drei", {}))
    document.add_comment(paragraph.runs[0], text="alt", author="X")
    write_comments(document, [paragraph], [Finding(0, 0, 4, "x", "a"), Finding(0, 5, 9, "x", "b")])
    ids = [c.comment_id for c in saved(document).comments]
    assert sorted(ids) == [0, 1, 2]


def test_ids_come_from_one_scan_then_a_counter() -> None:
    # Given a document whose existing comment has a high id (Word does not number densely)
    document, paragraph = paragraph_of_runs(("eins zwei drei vier", {}))
    existing = document.add_comment(paragraph.runs[0], text="alt", author="X")
    existing._comment_elm.set(qn("w:id"), "41")

    # When comments are written in one batch, then ids continue after the highest, one by one
    with sequential_comment_ids(document):
        counted = [document.comments.add_comment("n").comment_id for _ in range(3)]
    assert counted == [42, 43, 44]
    # And outside the batch python-docx's own allocation is back
    assert document.comments.add_comment("m").comment_id == 45
