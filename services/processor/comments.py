"""Writing findings into the document as real Word comments on their exact spans."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.document import Document
from docx.text.paragraph import Paragraph

from services.processor.checker import Finding
from services.processor.comment_ids import sequential_comment_ids
from services.processor.notes import note_reference
from services.processor.spans import ParagraphRuns

AUTHOR = "Korrektur"
INITIALS = "K"


def write_comments(
    document: Document,
    paragraphs: Sequence[Paragraph],
    findings: Sequence[Finding],
    *,
    languages: Sequence[str] = (),
    on_comment: Callable[[], None] = lambda: None,
) -> int:
    """Anchor one comment per finding; returns how many were written.

    Findings are written from the end of each paragraph backwards, so
    splitting runs for one span never shifts the runs a later one needs; and
    spans that overlap an earlier one still find their characters because a
    split never changes ``paragraph.text``.

    A finding in a footnote or endnote is commented on the note's mark in the
    body and says which note it is about (``languages[block]`` picks the word).
    """
    written = 0
    ordered = sorted(findings, key=lambda finding: (finding.block, -finding.start, -finding.end))
    placed: dict[int, ParagraphRuns] = {}
    with sequential_comment_ids(document):
        for finding in ordered:
            paragraph = paragraphs[finding.block]
            if paragraph.part is not document.part:
                language = languages[finding.block] if finding.block < len(languages) else "de"
                written += _comment_on_note(document, paragraph, finding.message, language)
                on_comment()
                continue
            if finding.block not in placed:
                placed[finding.block] = ParagraphRuns(paragraphs[finding.block])
            runs = placed[finding.block].cover(finding.start, finding.end)
            document.add_comment(runs, text=finding.message, author=AUTHOR, initials=INITIALS)
            written += 1
            on_comment()
    return written


def _comment_on_note(document: Document, paragraph: Paragraph, message: str, language: str) -> int:
    anchor = note_reference(document, paragraph)
    if anchor is None:
        return 0
    run, number = anchor
    note = "Footnote" if language == "en" else "Fußnote"
    document.add_comment(run, text=f"{note} {number} – {message}", author=AUTHOR, initials=INITIALS)
    return 1
