"""Spacing: double spaces between words, a space before punctuation, none after it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from operator import attrgetter

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.quotations import inside
from services.processor.checker.recurring import first_few
from services.processor.checker.registry import register

# Exactly two: three or more are deliberate alignment, not a slip.
_DOUBLE_SPACE = re.compile(r"(?<=\S)  (?=\S)")
# A list marker opening the paragraph (1.  / a)  / •  ) is often followed by spaces on purpose.
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|[•·\-–*]|%\w)$")
# " ," or " ." after a word, when the mark then ends the word (not ".NET" or " .5");
# a comma also when it is glued to the next word instead ("erwartet ,da"). A full stop,
# "!" or "?" ends a sentence only before a capital or the end: "(1 . 16)", "mit ! oder ?"
# name the marks themselves.
_SPACE_BEFORE_MARK = re.compile(
    r"(?<=[^\W_]) +([,;](?=[^\W\d_]|\s|$)|:(?=\s|$)|[.!?](?=\s*$|\s+[^\s\da-zäöüß]))"
)
# Articles that never end a phrase, so a mark after them is the character named ("ein ;");
# "das ," and "sein ," may close a clause and then the space is a slip.
_NAMING_ARTICLES = frozenset({"ein", "einem", "einen", "eines"})
# A ratio: "im Verhältnis 70 : 15", "1 : 1000".
_RATIO = re.compile(r"\d +: +\d")
# "Wort,dann" or "Satz.Der": a mark glued to the next word. Not 3,5 or z.B. or e.g. or .NET,
# which a lower-case letter on both sides or digits rule out.
# Short words glued by commas are value lists (any,all), so four letters before the mark.
_NO_SPACE_AFTER = re.compile(
    r"(?<=[^\W\d_]{4})[,;](?=[^\W\d_]{2})|(?<=[a-zäöüß]{2})[.!?](?=[A-ZÄÖÜ][a-zäöüß])"
)

# Two words joined by a full stop: "Edge.Cuts", a layer's name, or "Datei.Sie", a lost space.
_DOTTED = re.compile(r"[^\W\d_]+\.[^\W\d_]+")
# A word with a capital inside it, as identifiers have: "TextScript", "FretBoard".
_CAMEL_CASE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]")

_MESSAGES = {
    "de": (
        "Leerzeichen: doppeltes Leerzeichen, eines genügt.",
        "Leerzeichen: vor »{mark}« steht kein Leerzeichen.",
        "Leerzeichen: nach »{mark}« fehlt ein Leerzeichen.",
    ),
    "en": (
        "Spacing: double space, one is enough.",
        "Spacing: no space before “{mark}”.",
        "Spacing: a space is missing after “{mark}”.",
    ),
}


@register
class SpacingCheck:
    code = "spacing"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        # two spaces after every full stop: a typing habit, pointed out a few times
        return first_few(
            self._findings(block, context), context, block.language, key=attrgetter("message")
        )

    def _findings(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose:
            return
        double, before_mark, after_mark = _MESSAGES.get(block.language, _MESSAGES["de"])
        for match in _DOUBLE_SPACE.finditer(block.text):
            if block.has_formula or _LIST_MARKER.match(block.text[: match.start()]):
                continue
            yield Finding(block.index, match.start(), match.end(), self.code, double)
        code = context.quoted_code(block)  # "while true ; do …": a command's own spacing
        for match in _SPACE_BEFORE_MARK.finditer(block.text):
            if _RATIO.match(block.text, match.start() - 1):
                continue  # "70 : 15 : 15": a ratio's colon stands between spaces
            if not _in_prose(block.text, match.start() - 1) or inside(code, match.start()):
                continue  # "… https://example.org/a.html .": kept apart so the link stays whole
            if _word_before(block.text, match.start()).lower() in _NAMING_ARTICLES:
                continue  # "mit einem ; am Zeilenanfang": after an article the mark is named
            message = before_mark.format(mark=match.group(1))
            yield Finding(block.index, match.start(), match.end(), self.code, message)
        names = context.shared(_dotted_names)
        for match in _NO_SPACE_AFTER.finditer(block.text):
            if not _in_prose(block.text, match.start()):
                continue
            if names[_dotted_at(block.text, match.start())] > 1:
                continue  # "the Edge.Cuts layer" again and again: a name, no sentence's end
            message = after_mark.format(mark=match.group())
            yield Finding(block.index, match.start(), match.end(), self.code, message)


def _dotted_names(context: DocumentContext) -> Counter[str]:
    """How often the document writes each "Word.Word", a name's dot or a lost space."""
    return Counter(
        name for block in context.blocks if block.is_prose for name in _DOTTED.findall(block.text)
    )


def _dotted_at(text: str, at: int) -> str:
    """The "Word.Word" around the full stop at ``at``."""
    match = next((m for m in _DOTTED.finditer(text) if m.start() < at < m.end()), None)
    return match.group() if match else ""


def _in_prose(text: str, at: int) -> bool:
    """Whether the whitespace-free chunk around ``at`` is prose, not a URL, path or code."""
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    chunk = text[start : end if end >= 0 else len(text)]
    if chunk.count(".") >= 2 or _CAMEL_CASE.search(chunk, at - start):
        return False  # "Staff.BarLine.bar-extent", "Voice.TextScript-Kontext": code
    return chunk.count(",") + chunk.count(";") <= 1 and not any(
        marker in chunk for marker in ("@", "/", "www.", "_", "=")
    )


def _word_before(text: str, at: int) -> str:
    return text[:at].rsplit(" ", 1)[-1]
