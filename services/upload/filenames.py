"""File names from the outside world, made safe to store, show and send back.

A name is only ever a label for the student (the file is stored under the job
id), but it travels into events, terminals and a Content-Disposition header, so
it loses directories, control and bidi characters, and excess length, while
keeping the letters of every language.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

DEFAULT_NAME = "thesis.docx"
EXTENSION = ".docx"
MAX_LENGTH = 120
# Characters Windows refuses in file names; a download must save everywhere.
RESERVED = set('<>:"/\\|?*')


def sanitize_filename(raw: str | None, default: str = DEFAULT_NAME) -> str:
    """A harmless display and download name derived from what the client sent."""
    if not raw:
        return default
    name = unicodedata.normalize("NFC", raw)
    # Keep only the last path component, whichever separator the client used.
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    # Cc: control characters; Cf: invisible format characters such as the
    # right-to-left override that makes "cod.docx" look like "xcod.docm".
    name = "".join(
        " " if char.isspace() else char
        for char in name
        if unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn") or char.isspace()
    )
    name = "".join("_" if char in RESERVED else char for char in name)
    name = " ".join(name.split()).strip(" .")
    if not name:
        return default
    if not name.lower().endswith(EXTENSION):
        name += EXTENSION
    if len(name) > MAX_LENGTH:
        stem = name[: -len(EXTENSION)][: MAX_LENGTH - len(EXTENSION)].rstrip(" .")
        name = (stem or "thesis") + name[-len(EXTENSION) :]
    return name


def content_disposition(filename: str) -> str:
    """An attachment header every browser understands, unicode included (RFC 6266/5987)."""
    name = sanitize_filename(filename)
    fallback = _ascii_fallback(name)
    if fallback == name:
        return f'attachment; filename="{fallback}"'
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _ascii_fallback(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_name = "".join(
        char if char.isascii() and char.isprintable() else "_"
        for char in decomposed
        if not unicodedata.combining(char)
    )
    return ascii_name.replace('"', "_").replace("%", "_") or DEFAULT_NAME
