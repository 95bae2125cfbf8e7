"""File names from clients, made safe; download names every browser understands."""

from __future__ import annotations

import pytest

from services.upload.filenames import content_disposition, sanitize_filename


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Bachelorarbeit.docx", "Bachelorarbeit.docx"),
        ("../../etc/passwd", "passwd.docx"),
        ("C:\\Users\\me\\Thesis.docx", "Thesis.docx"),
        ("line\nbreak\tand\x00nul.docx", "line break andnul.docx"),
        ("invoice\u202excod.docx", "invoicexcod.docx"),
        ('a<b>c:"d"|e?*.docx', "a_b_c__d__e__.docx"),
        ("Łódź – Übersicht 日本.docx", "Łódź – Übersicht 日本.docx"),
        ("Mu\u0308ller.docx", "Müller.docx"),
        ("notes", "notes.docx"),
        ("  ...  ", "thesis.docx"),
        ("", "thesis.docx"),
        (None, "thesis.docx"),
    ],
)
def test_sanitize_filename(raw: str | None, expected: str) -> None:
    assert sanitize_filename(raw) == expected


def test_long_names_are_cut_but_keep_their_extension() -> None:
    name = sanitize_filename("ä" * 10_000 + ".docx")

    assert len(name) == 120
    assert name.endswith(".docx") and name.startswith("ää")


def test_content_disposition_plain_and_unicode() -> None:
    assert content_disposition("thesis-korrigiert.docx") == (
        'attachment; filename="thesis-korrigiert.docx"'
    )
    assert content_disposition('Prüfung "neu".docx') == (
        "attachment; filename=\"Prufung _neu_.docx\"; filename*=UTF-8''Pr%C3%BCfung%20_neu_.docx"
    )
