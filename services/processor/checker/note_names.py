"""German note names: "eses", "deses", "fisis" are notes, not words run together.

A music thesis names notes with their sharps (-is, -isis) and flats (-es,
-eses; "es" and "as" for e and a). Hunspell lists few of them, and two of
them split into function words ("des" + "es"), so spelling and the compound
check would take them for slips.
"""

from __future__ import annotations

import re
from typing import Final

_NOTE_NAME: Final = re.compile(r"[cdfgh](?:es|eses|is|isis)|[ea](?:s|ses|sas|is|isis)")


def is_note_name(text: str) -> bool:
    """ "eses", "Deses", "gisis": a note, in either case of its first letter."""
    return _NOTE_NAME.fullmatch(text[:1].lower() + text[1:]) is not None
