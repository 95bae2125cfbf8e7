"""Decomposed umlauts ("U" and a combining diaeresis) are read as the letters they are."""

from __future__ import annotations

import unicodedata

from services.processor.checker import Block, Checker
from services.processor.checker.composed import compose


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_words_with_decomposed_umlauts_are_words() -> None:
    text = decomposed("Die Übersicht zeigt größere Überschneidungen als früher.")
    assert Checker(["spelling"]).check_all([Block(0, text)]) == []


def test_a_slip_among_decomposed_letters_is_marked_on_the_original_characters() -> None:
    text = decomposed("Die Übersicht über das Ergebniss ist überaschend.")
    findings = Checker(["spelling"]).check_all([Block(0, text)])
    assert [text[f.start : f.end] for f in findings] == ["Ergebniss", decomposed("überaschend")]


def test_code_spans_follow_the_composed_text() -> None:
    text = decomposed("Für Übungen ruft man frobnicatex auf.")
    start = text.index("frobnicatex")
    composed = compose(Block(0, text, code=((start, start + len("frobnicatex")),)))
    assert composed is not None
    [(code_start, code_end)] = composed.block.code
    assert composed.block.text[code_start:code_end] == "frobnicatex"


def test_composed_text_is_left_as_it_is() -> None:
    assert compose(Block(0, "Die Übersicht ist schön.")) is None
