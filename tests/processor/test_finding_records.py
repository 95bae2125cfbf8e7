"""Checker findings as list entries: the flagged words, their sentence, one fix or none."""

from __future__ import annotations

import pytest

from services.processor.checker import Block, Checker, Finding
from services.processor.finding_records import finding_id, records, suggestion


@pytest.mark.parametrize(
    ("text", "message", "fix"),
    [
        ("Analysse", "Rechtschreibung: »Analysse« → »Analyse«?", "Analyse"),
        ("daß", "Rechtschreibung: »daß« → »dass« (reformierte Rechtschreibung).", "dass"),
        # the message quotes more words than are flagged; the words after them stay
        ("erstellte", "Kongruenz: »erstellte wurde« → »erstellt wurde«: …", "erstellt"),
        # a comma comment quotes the flagged words with the comma added
        ("Daten die", "Komma: Der Relativsatz … abgetrennt: »Daten, die«.", "Daten, die"),
        # no single replacement: a hint, an unknown word, two candidate fixes
        ("Sätze", "Passiv: 3 von 4 Sätzen stehen im Passiv.", None),
        ("Qwertz", "Rechtschreibung: »Qwertz«: unbekanntes Wort – bitte prüfen.", None),
        ("das", "»das« → »dass« oder »das« → »was«", None),
        ("nich", "Rechtschreibung: »nich« → »nicht« oder »noch«?", None),
    ],
)
def test_the_suggestion_is_the_one_replacement_the_message_names(
    text: str, message: str, fix: str | None
) -> None:
    assert suggestion(text, message) == fix


def test_records_carry_the_flagged_words_their_sentence_and_a_stable_id() -> None:
    text = "Die Studie ist kurz. Die Analysse der Daten folgt später. Dann kommt das Fazit."
    block = Block(3, text)
    found = Checker(["spelling"]).check_all([block])
    (record,) = records(found, [block])
    assert record.text == "Analysse" and record.paragraph == 3
    assert record.context == "Die Analysse der Daten folgt später."
    assert record.suggestion == "Analyse"
    assert record.id == finding_id(Finding(3, record.start, record.end, "spelling", ""))
    # The same document checked again (a retry) gives the same id.
    assert records(Checker(["spelling"]).check_all([block]), [block])[0].id == record.id
