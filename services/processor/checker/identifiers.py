"""Words a document writes as code: in code spans, paths, file and dotted names, commands
with their options, and straight quotes around a command or a configuration line.

Written in prose as well ("der mailname in /etc/mailname", "firejail"), they
are the same technical names, not misspelt German; spelling and
capitalization leave them alone there. German words stay German even in a
path ("/srv/daten/ändern"): "zum ändern" is still a noun written small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.processor.checker.dictionary import speller

if TYPE_CHECKING:
    from services.processor.checker.context import DocumentContext

# A stretch of text that is notation: a path ("/etc/mailname", "~/.bashrc", "a/b/c"), a
# URL, a dotted name ("config.sub", "rechnername.domain") or an underscored one.
# "er/sie" and "und/oder" are German; "z.B." and "d.h." hold no word of three letters.
_NOTATION = re.compile(
    r"(?<!\S)(?:[/~.]\S*/\S*|\S*/\S*/\S*|\S*://\S*|\S*[a-z0-9]\.[a-z]\S*|\S*\w_\w\S*)"
)
# The words inside it: letters only, three or more ("etc" and "usr" included).
_PIECE = re.compile(r"[^\W\d_]{3,}")
# An option: "--dry-run", "-s", "-s_srs", "-name", never capitalised beyond one letter and
# never ending in a hyphen. German starts a word with a hyphen only where a compound's first
# part is left out, after a conjunction ("oder -Pause", "Haupteingang und -ausgang").
_LETTER_OPTION = r"(?:--[a-z][\w-]*|-[A-Za-z](?:_\w+)?)"
_WORD_OPTION = r"-[a-z][a-z0-9_]+"
OPTION = rf"(?:{_LETTER_OPTION}|{_WORD_OPTION})(?![\w-])"
_AFTER_CONJUNCTION = r"(?<!und )(?<!oder )(?<!sowie )(?<!bzw\. )(?<!, )"
# A command before its options ("projinfo -s EPSG:31468", "gdalwarp -r near"), and an
# option's value ("-p err"), unless a conjunction shows a compound's last part ("und -ausgang").
_COMMAND = re.compile(rf"(?<!\S)([^\W\d_]{{3,}}) +{OPTION}")
_OPTION_VALUE = re.compile(
    rf"(?<!\S)(?:{_LETTER_OPTION}|{_AFTER_CONJUNCTION}{_WORD_OPTION})(?![\w-])"
    rf" +([^\W\d_]{{3,}})(?![\w-])"
)
# Straight quotes, the way a text without a code font sets a command: "iconv -l".
_STRAIGHT_QUOTED = re.compile(r'(?<![\w"])"([^"\n]{1,200})"(?![\w"])')
# Signs of code inside them: an option or a cluster of flags ("-rX"), a path or dotted name,
# a file ending (".txz"), an editor command (":wq"), an address ("FF02::FB"), or a shell or
# markup sign.
_CODE_SIGNS = re.compile(
    rf"(?<!\S)(?:{OPTION}|-[A-Za-z]{{1,3}}(?!\S)|[.:][a-z])|::|[$;|=~{{}}<>\\`]|{_NOTATION.pattern}"
)
_LETTERS = re.compile(r"[^\W\d_]+")


def quoted_code(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of straight quotes around code: "iconv -l", "eval $(lesspipe)", "multi on".

    Words written small that are words of neither language are a configuration line too.
    Prose in straight quotes stays prose, which its words ("wenn ich jung wäre", "hook
    scripts") or a capital show.
    """
    spans = []
    other = "en" if language == "de" else "de"
    for match in _STRAIGHT_QUOTED.finditer(text):
        inner = match.group(1)
        words = _LETTERS.findall(inner)
        foreign = (
            len(words) >= 2
            and inner.islower()
            and not any(map(speller(language).known, words))
            and not all(map(speller(other).known, words))
        )
        if foreign or _CODE_SIGNS.search(inner):
            spans.append(match.span())
    return spans


def code_words(context: DocumentContext) -> frozenset[str]:
    """The lower-case words, not German ones, of the document's code spans and notation."""
    found: set[str] = set()
    for block in context.blocks:
        pieces = [
            block.text[start:end] for start, end in (*block.code, *context.quoted_code(block))
        ]
        pieces += _NOTATION.findall(block.text)
        pieces += _COMMAND.findall(block.text) + _OPTION_VALUE.findall(block.text)
        for piece in pieces:
            found.update(word for word in _PIECE.findall(piece) if word.islower())
    german = speller("de")
    return frozenset(word for word in found if not german.listed(word))
