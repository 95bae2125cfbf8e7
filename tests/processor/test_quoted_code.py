"""Straight quotes around a command or a configuration line are code, not quoted prose."""

from __future__ import annotations

import pytest

from services.processor.checker import Block, Checker
from tests.processor.checking import flagged


def all_flagged(text: str) -> list[str]:
    findings = Checker().check_all([Block(0, text, "de")])
    return [text[f.start : f.end] for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        # an option, a shell sign, a path: code the text has no font for
        'Der Aufruf "lsblk -f" listet die Dateisysteme.',
        'Mit "tail -n 20 protokoll.txt" sehen Sie das Ende der Datei.',
        'Mit "source ~/.profile" lesen Sie die Datei neu ein.',
        'Die Zeile "while true ; do date ; done" läuft endlos.',
        # a file ending, a cluster of flags, an address
        'Archive mit der Endung ".tgz" entpackt "tar -xzf" in einem Schritt.',
        'Die Adresse "fe80::1" gilt nur im lokalen Netz.',
        'Mit ":wq" speichern Sie und beenden den Editor.',
        # a configuration line: small words, none of them German
        'Tragen Sie die Zeile "set nocompatible" in die Datei ein.',
        'Die Zeile "set noexpandtabs" gilt nur lokal.',
    ],
)
def test_straight_quoted_code_gets_no_comment(text: str) -> None:
    assert all_flagged(text) == []


def test_a_command_in_straight_quotes_opening_a_sentence_is_no_quoted_sentence() -> None:
    assert flagged("capitalization", '"lsof -i" zeigt die offenen Verbindungen.') == []


def test_a_word_of_quoted_code_is_code_in_the_prose_around_it_too() -> None:
    text = 'Die Zeile "set noexpandtabs" schaltet noexpandtabs für die Sitzung ein.'
    assert flagged("spelling", text) == []


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        # German in straight quotes stays prose: its words are read, its quotes are English
        ('Er sagte nur "wenn ich nochmal jung wäre".', "quotes", '"wenn ich nochmal jung wäre"'),
        ('Sie nannte es "einfach unglaublich".', "quotes", '"einfach unglaublich"'),
        ('Er sagte: "das ist mir egal."', "capitalization", "das"),
        ('Er schrieb "das ist vieleicht richtig" an die Tafel.', "spelling", "vieleicht"),
        # one unknown word in quotes may be a slip, not a configuration line
        ('Das Wort "Rythmus" ist falsch geschrieben.', "spelling", "Rythmus"),
    ],
)
def test_german_in_straight_quotes_is_still_read(text: str, category: str, span: str) -> None:
    assert span in flagged(category, text)


def test_english_in_straight_quotes_is_prose_in_either_language() -> None:
    assert flagged("spelling", 'The tool gives a "quick and dirtty" result.', language="en") == [
        "dirtty"
    ]
    assert flagged("quotes", 'Man spricht von "hook scripts" im Paket.') == ['"hook scripts"']


def test_a_command_in_guillemets_opening_a_sentence_is_no_quoted_sentence() -> None:
    # the option makes the chunk code; its quote marks still stand apart from it
    assert flagged("capitalization", "»grep -ri« liefert dann jede Zeile mit dem Wort.") == []
