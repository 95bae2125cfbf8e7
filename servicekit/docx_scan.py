"""Deciding whether a file is a .docx we are willing to open at all: the one scanner.

Everything downstream (python-docx, lxml) trusts the package it is given, so
hostile files stop here: not a zip, encrypted, macro-enabled, zip bombs,
unsafe member names, and XML that declares a DOCTYPE or entities or another
encoding than UTF-8. Every check reads in bounded memory, whatever the file
claims about itself. The upload service scans what arrives and the processor
scans what it is about to parse, both with this code and the same limits;
each turns a :class:`DocxRejected` into its own error.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException


class DocxRejected(Exception):
    """Why a file is refused: a stable ``reason`` and words for the person who sent it."""

    reason = "not_docx"
    default_message = "This is not a Word document (.docx). Please save your thesis as .docx."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class NotDocx(DocxRejected):
    pass


class Encrypted(DocxRejected):
    reason = "encrypted"
    default_message = (
        "The document is password-protected. Remove the password in Word and upload it again."
    )


class Macros(DocxRejected):
    reason = "macros"
    default_message = (
        "The document contains macros (.docm). Save it as a plain Word document (.docx)."
    )


class TooLargeUncompressed(DocxRejected):
    reason = "too_large_uncompressed"
    default_message = "The document unpacks to far more data than any thesis needs."


class UnsafeArchive(DocxRejected):
    reason = "unsafe_archive"
    default_message = "The document's internal structure is unsafe (odd file names inside)."


class ForbiddenXml(DocxRejected):
    reason = "forbidden_xml"
    default_message = "The document contains XML declarations Word never writes (DOCTYPE/ENTITY)."


CONTENT_TYPES = "[Content_Types].xml"
DOCUMENT = "word/document.xml"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream name an encrypted OOXML file carries inside its OLE container.
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
MAX_MEMBERS = 5_000
MAX_CONTENT_TYPES_BYTES = 1024 * 1024
# Small members may compress absurdly well without harm; only big ones are judged by ratio.
RATIO_FLOOR_BYTES = 1024 * 1024
CHUNK = 64 * 1024
FORBIDDEN_DECLARATIONS = (b"<!doctype", b"<!entity")
OVERLAP = max(len(marker) for marker in FORBIDDEN_DECLARATIONS) - 1
XML_DECLARATION = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
UTF8_BOM = b"\xef\xbb\xbf"
XML_EXTENSIONS = (".xml", ".rels", ".vml")
CT_NAMESPACE = "{http://schemas.openxmlformats.org/package/2006/content-types}"


# The zip-bomb limits both services apply (KORREKTUR_MAX_UNCOMPRESSED_BYTES and
# KORREKTUR_MAX_COMPRESSION_RATIO override them, for both).
DEFAULT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
DEFAULT_MAX_COMPRESSION_RATIO = 100.0


# A tag, or whitespace between two tags: what is not text.
_MARKUP = re.compile(rb"<[^>]*>|(?<=>)\s+(?=<)")


@dataclass(frozen=True)
class Limits:
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES
    max_compression_ratio: float = DEFAULT_MAX_COMPRESSION_RATIO


def scan_docx(source: Path | bytes, limits: Limits) -> int:
    """The bytes of text in an acceptable .docx's body; raise a :class:`DocxRejected` otherwise.

    The text's size, not the file's (images, fonts, styles), is what the work
    on a document scales with, so the first ETA is reckoned from it.
    Blocking (reads the whole file), so async callers run it in a worker thread.
    """
    with source.open("rb") if isinstance(source, Path) else io.BytesIO(source) as raw:
        if raw.read(len(OLE_MAGIC)) == OLE_MAGIC:
            _refuse_ole(raw)
        raw.seek(0)
        try:
            with zipfile.ZipFile(raw) as archive:
                return _check_archive(archive, limits)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError):
            # Corrupt, truncated, or compressed with a method Word never uses.
            raise NotDocx() from None


def _refuse_ole(raw: IO[bytes]) -> None:
    """An OLE file is either an encrypted .docx or an old binary .doc; say which."""
    tail = b""
    while chunk := raw.read(CHUNK):
        if ENCRYPTED_PACKAGE in tail + chunk:
            raise Encrypted()
        tail = chunk[-len(ENCRYPTED_PACKAGE) :]
    raise NotDocx(
        "This is an old Word file (.doc) or another Office format, not .docx. "
        "Open it in Word and save it as .docx."
    )


def _check_archive(archive: zipfile.ZipFile, limits: Limits) -> int:
    members = archive.infolist()
    _check_members(members, limits)
    names = {member.filename for member in members}
    if DOCUMENT not in names or CONTENT_TYPES not in names:
        raise NotDocx("This zip file is not a Word document: word/document.xml is missing.")
    if any(PurePosixPath(name).name.lower() == "vbaproject.bin" for name in names):
        raise Macros()
    xml_types = _content_types(archive)
    budget = _Budget(limits.max_uncompressed_bytes)
    text_bytes = 0
    for member in members:
        if _is_xml_part(member.filename, xml_types):
            text_bytes += _scan_xml(archive, member, budget, count=member.filename == DOCUMENT)
        else:
            # Read binary parts too: the declared sizes may lie, and reading
            # also checks every CRC, so a truncated file cannot slip through.
            _drain(archive, member, budget)
    return text_bytes


def _check_members(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnsafeArchive(f"The document holds more than {MAX_MEMBERS} files inside.")
    seen: set[str] = set()
    declared = 0
    for member in members:
        name = member.filename
        if _unsafe_name(name) or name in seen:
            raise UnsafeArchive()
        seen.add(name)
        if member.flag_bits & 0x1:
            raise Encrypted()
        declared += member.file_size
        if declared > limits.max_uncompressed_bytes:
            raise TooLargeUncompressed()
        if (
            member.file_size > RATIO_FLOOR_BYTES
            and member.file_size > limits.max_compression_ratio * max(member.compress_size, 1)
        ):
            raise TooLargeUncompressed()


def _unsafe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name:
        return True
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return True
    return any(part == ".." for part in name.split("/"))


def _content_types(archive: zipfile.ZipFile) -> _XmlTypes:
    """Which parts the package itself declares as XML, and whether it declares macros."""
    info = archive.getinfo(CONTENT_TYPES)
    if info.file_size > MAX_CONTENT_TYPES_BYTES:
        raise UnsafeArchive("The document's list of content types is implausibly large.")
    budget = _Budget(MAX_CONTENT_TYPES_BYTES)
    _scan_xml(archive, info, budget)
    data = archive.read(info)
    if b"macroenabled" in data.lower() or b"vbaproject" in data.lower():
        raise Macros()
    try:
        root = safe_xml.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, safe_xml.ParseError):
        raise NotDocx("The document's list of content types is damaged.") from None
    return _XmlTypes.of(root)


@dataclass(frozen=True)
class _XmlTypes:
    extensions: frozenset[str]
    parts: frozenset[str]

    @classmethod
    def of(cls, root: Element) -> _XmlTypes:
        extensions = {
            element.get("Extension", "").lower()
            for element in root.iter(f"{CT_NAMESPACE}Default")
            if _is_xml_type(element.get("ContentType", ""))
        }
        parts = {
            element.get("PartName", "").lstrip("/")
            for element in root.iter(f"{CT_NAMESPACE}Override")
            if _is_xml_type(element.get("ContentType", ""))
        }
        return cls(frozenset(extensions), frozenset(parts))


def _is_xml_type(content_type: str) -> bool:
    # Images (SVG) are XML too, but nothing in Korrektur ever parses them.
    media = content_type.split(";")[0].strip().lower()
    return not media.startswith("image/") and media.endswith(("+xml", "/xml"))


def _is_xml_part(name: str, xml_types: _XmlTypes) -> bool:
    if name.endswith("/"):
        return False
    lowered = name.lower()
    suffix = PurePosixPath(lowered).suffix.lstrip(".")
    return (
        lowered.endswith(XML_EXTENSIONS)
        or suffix in xml_types.extensions
        or name in xml_types.parts
    )


class _Budget:
    """Bytes actually unpacked so far, checked against the cap as they come."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, amount: int) -> None:
        self.used += amount
        if self.used > self.limit:
            raise TooLargeUncompressed()


def _chunks(archive: zipfile.ZipFile, member: zipfile.ZipInfo, budget: _Budget) -> Iterable[bytes]:
    with archive.open(member) as stream:
        while chunk := stream.read(CHUNK):
            budget.spend(len(chunk))
            yield chunk


def _drain(archive: zipfile.ZipFile, member: zipfile.ZipInfo, budget: _Budget) -> None:
    for _chunk in _chunks(archive, member, budget):
        pass


def _scan_xml(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, budget: _Budget, *, count: bool = False
) -> int:
    """Refuse DOCTYPE/ENTITY anywhere in the part, and any encoding but UTF-8.

    Only UTF-8 is allowed because an XML parser would honour a declared
    encoding (UTF-16, UTF-7, …) in which these markers look different.
    With ``count``, returns the bytes outside markup (whitespace between tags
    left out); otherwise 0.
    """
    tail = b""
    first = True
    text_bytes = 0
    # A tag cut in two by the chunk boundary, carried over to the next chunk.
    open_tag = b""
    for chunk in _chunks(archive, member, budget):
        if first:
            _check_encoding(chunk, member.filename)
            first = False
        window = (tail + chunk).lower()
        if any(marker in window for marker in FORBIDDEN_DECLARATIONS):
            raise ForbiddenXml()
        tail = window[-OVERLAP:]
        if not count:
            continue
        markup = open_tag + chunk
        cut = markup.rfind(b"<")
        if cut != -1 and markup.find(b">", cut) == -1:
            markup, open_tag = markup[:cut], markup[cut:]
        else:
            open_tag = b""
        text_bytes += len(_MARKUP.sub(b"", markup))
    return text_bytes


def _check_encoding(head: bytes, name: str) -> None:
    head = head.removeprefix(UTF8_BOM).lstrip(b" \t\r\n")
    if head and not head.startswith(b"<"):
        raise ForbiddenXml(f"The document part {name!r} is not UTF-8 XML.")
    declared = XML_DECLARATION.match(head)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        raise ForbiddenXml(f"The document part {name!r} is not UTF-8 XML.")
