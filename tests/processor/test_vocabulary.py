"""Chunks weigh what they cost to check: their words, and the word types new to the processor."""

from __future__ import annotations

import pytest

from services.processor import vocabulary
from services.processor.checker import Block
from services.processor.vocabulary import NEW_WORD_COST, Vocabulary, common_words


def chunk(text: str) -> list[Block]:
    return [Block(0, text)]


def test_new_word_types_weigh_more_than_words_met_before() -> None:
    words = Vocabulary()
    first, again, half_new = words.weights(
        [
            chunk("Die Probe wird gemessen."),
            chunk("Die Probe wird gemessen."),
            chunk("Die Probe wird gewogen."),
        ]
    )
    assert first == 4 + 4 * NEW_WORD_COST
    assert again == 4
    assert half_new == 4 + 1 * NEW_WORD_COST
    # A later job meets the same words as met before.
    assert words.weights([chunk("Gemessen wird die Probe.")]) == [4 + 2 * NEW_WORD_COST]


def test_the_record_starts_afresh_when_it_grows_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary, "MAX_TYPES", 3)
    words = Vocabulary()
    words.weights([chunk("eins zwei drei")])
    # Two more types would pass the bound: the old ones are forgotten, and count as new again.
    assert words.weights([chunk("vier fünf")]) == [2 + 2 * NEW_WORD_COST]
    assert words.weights([chunk("eins")]) == [1 + NEW_WORD_COST]


def test_the_most_common_words_count_as_met() -> None:
    words = Vocabulary(common_words())
    assert words.weights([chunk("Die Kalibrierung")]) == [2 + NEW_WORD_COST]
