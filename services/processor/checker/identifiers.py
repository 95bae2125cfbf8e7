"""Words a document writes as code: in code spans, paths, file and dotted names.

Written in prose as well ("der mailname in /etc/mailname", "firejail"), they
are the same technical names, not misspelt German; spelling and
capitalization leave them alone there. German words stay German even in a
path ("/srv/daten/ändern"): "zum ändern" is still a noun written small.
"""

from __future__ import annotations

import re

from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller

# A stretch of text that is notation: a path ("/etc/mailname", "~/.bashrc", "a/b/c"), a
# URL, a dotted name ("config.sub", "rechnername.domain") or an underscored one.
# "er/sie" and "und/oder" are German; "z.B." and "d.h." hold no word of three letters.
_NOTATION = re.compile(
    r"(?<!\S)(?:[/~.]\S*/\S*|\S*/\S*/\S*|\S*://\S*|\S*[a-z0-9]\.[a-z]\S*|\S*\w_\w\S*)"
)
# The words inside it: letters only, three or more ("etc" and "usr" included).
_PIECE = re.compile(r"[^\W\d_]{3,}")


def code_words(context: DocumentContext) -> frozenset[str]:
    """The lower-case words, not German ones, of the document's code spans and notation."""
    found: set[str] = set()
    for block in context.blocks:
        pieces = [block.text[start:end] for start, end in block.code]
        pieces += _NOTATION.findall(block.text)
        for piece in pieces:
            found.update(word for word in _PIECE.findall(piece) if word.islower())
    german = speller("de")
    return frozenset(word for word in found if not german.listed(word))
