"""Dangerous or broken files are refused before python-docx parses them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.parser import oxml_parser

from servicekit.docx_scan import Limits, scan_docx
from services.processor.docxguard import guard_docx
from services.processor.errors import CorruptDocument, UnsafeDocument


def rezip(source: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as old,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for name, content in replace.items():
            if name not in old.namelist():
                new.writestr(name, content)
    return out.getvalue()


def test_a_real_thesis_passes(corpus: Path) -> None:
    guard_docx((corpus / "planted-de.docx").read_bytes(), max_unzipped_bytes=10**8)


@pytest.mark.parametrize("data", [b"", b"not a zip at all", b"PK\x03\x04truncated"])
def test_non_zips_are_corrupt(data: bytes) -> None:
    with pytest.raises(CorruptDocument):
        guard_docx(data, max_unzipped_bytes=10**8)


def test_a_zip_without_a_document_is_corrupt() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(CorruptDocument, match="document.xml"):
        guard_docx(out.getvalue(), max_unzipped_bytes=10**8)


def test_entity_declarations_are_refused(corpus: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&lol2;</w:document>'
    )
    data = rezip((corpus / "planted-de.docx").read_bytes(), {"word/document.xml": laughs})
    with pytest.raises(UnsafeDocument):
        guard_docx(data, max_unzipped_bytes=10**8)


@pytest.mark.parametrize(
    "part",
    [
        # a declaration in lower case, and a part in an encoding where the markers look different
        b'<?xml version="1.0"?><!doctype a [<!entity e "x">]><a>&e;</a>',
        '<?xml version="1.0" encoding="UTF-16"?><a/>'.encode("utf-16"),
    ],
)
def test_the_processor_refuses_what_the_upload_check_refuses(corpus: Path, part: bytes) -> None:
    # One scanner serves both services, so the second check is no weaker than the first.
    data = rezip((corpus / "planted-de.docx").read_bytes(), {"word/document.xml": part})
    with pytest.raises(UnsafeDocument):
        guard_docx(data, max_unzipped_bytes=10**8)


def test_a_zip_bomb_is_refused_by_its_unzipped_size(corpus: Path) -> None:
    data = rezip((corpus / "planted-de.docx").read_bytes(), {"word/padding.xml": b" " * 5_000_000})
    assert len(data) < 1_000_000
    with pytest.raises(UnsafeDocument):
        guard_docx(data, max_unzipped_bytes=2_000_000)


def test_python_docx_parses_without_entities_or_huge_trees() -> None:
    # The guard is the first line; python-docx's parser settings are the second, which we rely on
    # but do not own: if an upgrade changed them, this says so.
    xml = b'<!DOCTYPE a [<!ENTITY e "expanded">]><a>&e;</a>'
    from lxml import etree

    assert "expanded" not in etree.tostring(etree.fromstring(xml, oxml_parser)).decode()


@pytest.mark.parametrize("paragraphs", [2, 5_000])
def test_the_scan_measures_the_text_of_the_body(paragraphs: int) -> None:
    # The first ETA is reckoned from it: text, not markup, and whole across read chunks.
    texts = [f"Absatz {n} über Prüfungen,  mit Leerzeichen." for n in range(paragraphs)]
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    assert scan_docx(buffer.getvalue(), Limits()) == sum(len(t.encode()) for t in texts)
