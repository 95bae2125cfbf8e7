"""Hostile documents an attacker (or an unlucky student) might upload, built for real.

Big members are written in chunks, so a 200 MB ``document.xml`` never sits in
the test's memory, while the file that goes over the wire stays small.
"""

from __future__ import annotations

import io
import zipfile

from msoffcrypto.format.ooxml import OOXMLFile

from tests.upload.helpers import rebuild

MB = 1024 * 1024
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _with_streamed_member(
    source: bytes, name: str, head: bytes, body: bytes, size: int, tail: bytes
) -> bytes:
    """``source`` with member ``name`` replaced by ``head + body*n + tail`` of about ``size`` bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in original.infolist():
            if info.filename != name:
                copy.writestr(info.filename, original.read(info))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with copy.open(info, "w", force_zip64=True) as member:
            member.write(head)
            block = body * max(1, MB // len(body))
            written = len(head)
            while written < size:
                member.write(block)
                written += len(block)
            member.write(tail)
    return out.getvalue()


def zip_bomb(thesis: bytes, unpacked: int = 512 * MB) -> bytes:
    """The thesis plus one member of zeros: a few hundred KB that unpack to ``unpacked`` bytes."""
    return _with_streamed_member(thesis, "word/media/image1.bin", b"", b"\x00", unpacked, b"")


def huge_document_xml(thesis: bytes, size: int = 200 * MB) -> bytes:
    """A well-formed ``word/document.xml`` of ``size`` bytes of paragraphs; compressed it is small."""
    head = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>'
    ).encode()
    paragraph = b"<w:p><w:r><w:t>Dies ist ein Satz einer sehr langen Arbeit.</w:t></w:r></w:p>"
    return _with_streamed_member(
        thesis, "word/document.xml", head, paragraph, size, b"</w:body></w:document>"
    )


def macro_document(thesis: bytes) -> bytes:
    """What Word saves as .docm: a VBA project and the macro-enabled content type."""
    return rebuild(
        thesis,
        add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088)},
        transform=lambda name, data: (
            data.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
            if name == "[Content_Types].xml"
            else data
        ),
    )


def encrypted_document(thesis: bytes, password: str = "geheim") -> bytes:
    """The thesis encrypted as Word does it (Agile encryption in a CFB container)."""
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(thesis)).encrypt(password, out)
    return out.getvalue()


def long_thesis(thesis: bytes, times: int) -> bytes:
    """The thesis's body repeated ``times`` times: a real document whose check takes a while."""

    def grow(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        start = data.index(b"<w:body>") + len(b"<w:body>")
        end = data.rfind(b"<w:sectPr")
        end = end if end != -1 else data.rindex(b"</w:body>")
        return data[:start] + data[start:end] * times + data[end:]

    return rebuild(thesis, transform=grow)
