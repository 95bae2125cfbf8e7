"""The sample documents the tests use, built from the German excerpt in this folder.

``thesis-de.md`` is a thesis excerpt written for these tests (the schools, authors
and works it cites are invented). Its markup is small: ``#`` is the title, ``##``
and ``###`` are headings, a blank line separates paragraphs, ``**…**`` is bold
and ``*…*`` italic. ``planted-de.json`` lists errors planted into a copy of it:
each replaces one unique ``clean`` passage with ``planted``, in which ``error``
is the wrong span a checker should comment on.

``build_samples`` writes, into a folder of the caller's:

- ``clean-de.docx``: the excerpt as written;
- ``planted-de.docx`` and ``planted-de.answers.json``: the excerpt with the
  planted errors, and where each one is (``paragraph`` is the index in
  python-docx's ``Document.paragraphs``, ``start``/``end`` the span in that
  paragraph's text);
- ``source-de.txt``: the excerpt's headings (``#`` lines) and paragraphs as plain
  text, without the bibliography, for tests that build longer theses from it;
- ``short-de.docx``: a short document with a title, headings, body text and a
  figure caption.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document

SAMPLES = Path(__file__).resolve().parent
THESIS = SAMPLES / "thesis-de.md"
PLANTS = SAMPLES / "planted-de.json"

_INLINE = re.compile(r"\*\*(?P<bold>[^*]+)\*\*|\*(?P<italic>[^*]+)\*")
_BIBLIOGRAPHY = "Literaturverzeichnis"


@dataclass(frozen=True)
class Block:
    """A heading (``level`` 0 is the title) or a body paragraph (``level`` None) in markup."""

    markup: str
    level: int | None = None

    @property
    def text(self) -> str:
        """The text without its bold and italic markers."""
        return _INLINE.sub(lambda m: m.group("bold") or m.group("italic"), self.markup)


@dataclass(frozen=True)
class Plant:
    """One planted error: ``clean`` becomes ``planted``, whose ``error`` part is wrong."""

    category: str
    clean: str
    planted: str
    error: str
    why: str


def parse(source: str) -> list[Block]:
    """The blocks of a markup text, in order."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", source.strip()):
        line = " ".join(chunk.split("\n"))
        hashes = len(line) - len(line.lstrip("#"))
        if hashes:
            blocks.append(Block(line[hashes:].strip(), level=hashes - 1))
        else:
            blocks.append(Block(line))
    return blocks


def load_plants() -> list[Plant]:
    """The planted errors, as listed in ``planted-de.json``."""
    return [Plant(**entry) for entry in json.loads(PLANTS.read_text(encoding="utf-8"))]


def plant(source: str, plants: list[Plant]) -> str:
    """The markup with every plant applied; each ``clean`` passage must occur exactly once."""
    for entry in plants:
        count = source.count(entry.clean)
        if count != 1:
            raise ValueError(f"{entry.clean!r} occurs {count} times in the excerpt, not once")
        if entry.error not in entry.planted:
            raise ValueError(f"{entry.error!r} is not part of {entry.planted!r}")
        source = source.replace(entry.clean, entry.planted)
    return source


def document(blocks: list[Block]) -> Document:
    """A .docx with real heading styles and bold and italic runs."""
    result = docx.Document()
    for block in blocks:
        if block.level is not None:
            result.add_heading(block.text, level=block.level)
            continue
        paragraph = result.add_paragraph()
        position = 0
        for match in _INLINE.finditer(block.markup):
            paragraph.add_run(block.markup[position : match.start()])
            run = paragraph.add_run(match.group("bold") or match.group("italic"))
            run.bold = match.group("bold") is not None
            run.italic = match.group("italic") is not None
            position = match.end()
        paragraph.add_run(block.markup[position:])
    return result


def answers(planted: Document, plants: list[Plant]) -> list[dict[str, object]]:
    """Where each planted error sits in the planted document's paragraphs."""
    texts = [paragraph.text for paragraph in planted.paragraphs]
    found: list[dict[str, object]] = []
    for entry in plants:
        hits = [(index, text.find(entry.planted)) for index, text in enumerate(texts)]
        hits = [(index, at) for index, at in hits if at >= 0]
        if len(hits) != 1:
            raise ValueError(f"{entry.planted!r} is in {len(hits)} paragraphs, not one")
        index, at = hits[0]
        start = at + entry.planted.index(entry.error)
        found.append(
            {
                "paragraph": index,
                "start": start,
                "end": start + len(entry.error),
                "text": entry.error,
                "category": entry.category,
            }
        )
    return sorted(found, key=lambda a: (a["paragraph"], a["start"]))


def plain_text(blocks: list[Block]) -> str:
    """Headings as ``#`` lines and paragraphs as lines, up to the bibliography."""
    lines = []
    for block in blocks:
        if block.level is not None and block.text == _BIBLIOGRAPHY:
            break
        lines.append(
            f"{'#' * (block.level + 1)} {block.text}" if block.level is not None else block.text
        )
    return "\n".join(lines) + "\n"


def short_document(blocks: list[Block]) -> Document:
    """The title, the first chapter and the first results paragraph, with a figure caption."""
    chapters = [index for index, block in enumerate(blocks) if block.level == 1]
    results = next(index for index, block in enumerate(blocks) if block.text == "4 Ergebnisse")
    result = document([*blocks[: chapters[1]], *blocks[results : results + 2]])
    result.add_paragraph(
        "Abbildung 1: Mittlere Punktzahl im Wissenstest an beiden Schulen", style="Caption"
    )
    return result


def build_samples(target: Path) -> Path:
    """Write every sample document into ``target`` and return it."""
    source = THESIS.read_text(encoding="utf-8")
    plants = load_plants()
    blocks = parse(source)
    planted_blocks = parse(plant(source, plants))
    document(blocks).save(str(target / "clean-de.docx"))
    planted = document(planted_blocks)
    planted.save(str(target / "planted-de.docx"))
    (target / "planted-de.answers.json").write_text(
        json.dumps(answers(planted, plants), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (target / "source-de.txt").write_text(plain_text(blocks), encoding="utf-8")
    short_document(blocks).save(str(target / "short-de.docx"))
    return target
