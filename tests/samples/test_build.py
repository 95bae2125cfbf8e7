"""The sample documents are what they claim: the same excerpt, with answers on real spans."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from contracts.categories import CATEGORIES
from tests.samples.build import load_plants


def test_each_answer_names_its_span_in_the_planted_paragraph(corpus: Path) -> None:
    planted = docx.Document(str(corpus / "planted-de.docx"))
    answers = json.loads((corpus / "planted-de.answers.json").read_text(encoding="utf-8"))
    assert len(answers) == len(load_plants())
    for answer in answers:
        text = planted.paragraphs[answer["paragraph"]].text
        assert text[answer["start"] : answer["end"]] == answer["text"], answer
        assert answer["category"] in CATEGORIES


def test_clean_and_planted_differ_only_in_the_planted_paragraphs(corpus: Path) -> None:
    clean = [p.text for p in docx.Document(str(corpus / "clean-de.docx")).paragraphs]
    planted = [p.text for p in docx.Document(str(corpus / "planted-de.docx")).paragraphs]
    answers = json.loads((corpus / "planted-de.answers.json").read_text(encoding="utf-8"))
    assert len(clean) == len(planted)
    changed = {index for index, (a, b) in enumerate(zip(clean, planted)) if a != b}
    assert changed == {answer["paragraph"] for answer in answers}


def test_the_thesis_has_headings_formatting_and_a_bibliography(corpus: Path) -> None:
    clean = docx.Document(str(corpus / "clean-de.docx"))
    styles = {p.style.name for p in clean.paragraphs if p.style is not None}
    assert {"Title", "Heading 1", "Heading 2", "Normal"} <= styles
    runs = [run for p in clean.paragraphs for run in p.runs]
    assert any(run.bold for run in runs) and any(run.italic for run in runs)
    assert "Literaturverzeichnis" in [p.text for p in clean.paragraphs]


def test_the_source_text_is_plain_prose_without_the_bibliography(corpus: Path) -> None:
    text = (corpus / "source-de.txt").read_text(encoding="utf-8")
    assert "*" not in text and "Literaturverzeichnis" not in text
    assert len(text.split()) > 800
