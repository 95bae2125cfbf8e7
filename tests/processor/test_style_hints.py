"""Style hints judge the author's own prose: main clauses, outside quotations and method sections.

The paragraphs are written for these tests from the rules, not taken from any corpus.
"""

from __future__ import annotations

import docx

from services.processor.checker import Block, Checker, Finding
from services.processor.document import read_blocks
from tests.processor.checking import check, flagged

PASSIVE_MAIN = (
    "Die Daten wurden zunächst erhoben. Danach wurden sie sorgfältig kodiert. "
    "Die Kategorien wurden induktiv gebildet. Zuletzt wurden die Befunde geprüft."
)
LONG_QUOTE = (
    "Der Bericht hält fest: „"
    + " ".join(["Die Kommission prüfte jeden Antrag gründlich und sorgfältig"] * 6)
    + ".“"
)


def findings(category: str, *blocks: Block) -> list[Finding]:
    return Checker([category]).check_all(list(blocks))


def test_passive_counts_main_clauses_only() -> None:
    # Every sentence has a passive, but only in its relative, dass- or wie-clause.
    active_main = (
        "Das Team prüfte die Daten, die vorher erhoben wurden. Es zeigte sich, dass die "
        "Kategorien induktiv gebildet wurden. Die Autorin beschreibt, wie die Befunde "
        "geprüft wurden. Die Gruppe, deren Antrag abgelehnt wurde, klagte."
    )
    assert check("passive", active_main) == []
    # A main clause split by a relative clause is still passive.
    split = (
        "Die Daten, die wir erhoben, wurden kodiert. Die Codes, die entstanden, wurden "
        "geprüft. Die Befunde wurden verglichen. Zuletzt wurde der Bericht verfasst."
    )
    assert len(check("passive", split)) == 1


def test_passive_is_the_convention_in_a_method_section() -> None:
    method = [Block(0, "3 Methodik", is_heading=True), Block(1, PASSIVE_MAIN)]
    results = [Block(0, "4 Ergebnisse", is_heading=True), Block(1, PASSIVE_MAIN)]
    assert findings("passive", *method) == []
    assert len(findings("passive", *results)) == 1


def test_quotations_get_no_style_hints() -> None:
    # a long quoted sentence, a block quote, a quoted filler and a quoted "ich"
    assert check("long_sentence", LONG_QUOTE) == []
    block_quote = Block(0, PASSIVE_MAIN, is_quotation=True)
    assert findings("passive", block_quote) == []
    assert check("colloquial", "Ein Befragter sagte: „Das ist halt so.“") == []
    assert check("first_person", "Sie schrieb: „Ich zweifle daran.“") == []
    # the same words outside quotation marks do get the hint
    assert check("colloquial", "Das ist halt so.") != []


def test_a_paragraph_in_another_language_is_a_quoted_source() -> None:
    german = Block(0, "Die Arbeit untersucht, wie Teams Entscheidungen treffen. " * 3)
    english = Block(
        1,
        "The data were collected first. They were coded twice. The codes were checked. "
        "The results were compared.",
        language="en",
    )
    assert findings("passive", german, english) == []
    assert len(findings("passive", english)) == 1


def test_a_paragraph_in_a_quote_style_is_read_as_a_quotation() -> None:
    document = docx.Document()
    document.add_paragraph("Die Arbeit beginnt mit einer Frage.")
    document.add_paragraph("Alles Wissen beginnt mit dem Staunen.", style="Quote")
    blocks = read_blocks(document, list(document.paragraphs), default_language="de")
    assert [block.is_quotation for block in blocks] == [False, True]


def test_werden_with_an_infinitive_is_the_future_not_the_passive() -> None:
    future = (
        "Der Client wird eine Adresse erhalten. Er wird die Zeit synchronisieren. "
        "Sie werden eine Mail erhalten. Das Skript wird die Daten senden."
    )
    assert check("passive", future) == []


def test_the_first_person_of_examples_and_the_verb_meinen_are_no_hint() -> None:
    assert check("first_person", "Leitfragen lauten etwa: Warum brauche ich das?") == []
    assert check("first_person", "Ein Beispiel (Ich melde mich morgen) folgt.") == []
    assert check("first_person", "Viele fragen, warum sie meinen, das sei nötig.") == []
    assert check("first_person", "Vielleicht meinen Sie, das sei schwer.") == []
    assert check("first_person", "Das ist schwerer, als viele meinen.") == []
    assert check("first_person", "Ich untersuche die Frage.") != []
    assert check("first_person", "Das betrifft meinen Ansatz.") != []


def test_the_authors_we_is_a_hint_too() -> None:
    assert flagged("first_person", "Daraus leiten wir zwei Thesen ab.") == ["wir"]
    assert flagged("first_person", "Die Ergebnisse bestätigen unsere Annahme.") == ["unsere"]
    assert "Wir-Form" in check("first_person", "Wir messen die Werte täglich.")[0].message
    # quoted, or a question voiced for the reader, it is no one's voice in the thesis
    assert check("first_person", "Eine Befragte sagte: „Wir arbeiten lieber zu Hause.“") == []
    assert check("first_person", "Leitfragen lauten etwa: Was wissen wir darüber?") == []
    # in English "we" is the usual voice of a paper
    assert check("first_person", "In this paper we argue that it works.", language="en") == []


def test_the_first_person_of_acknowledgements_and_the_declaration_is_no_hint() -> None:
    """The author must say "ich" when thanking and when declaring authorship; the section
    runs from its title, styled or not, to the next title."""
    declaration = [
        Block(0, "Eidesstattliche Erklärung", is_heading=True),
        Block(1, "Hiermit versichere ich, dass ich die Arbeit selbst verfasst habe."),
        Block(2, "1 Einleitung", is_heading=True),
        Block(3, "Ich untersuche die Frage."),
    ]
    assert [finding.block for finding in findings("first_person", *declaration)] == [3]
    thanks = ("Danksagung", "Ich danke meiner Betreuerin.", "Einleitung", "Ich prüfe es.")
    assert [f.block for f in check("first_person", *thanks)] == [3]
    assert check("first_person", "Acknowledgements", "I thank my family.", language="en") == []


def test_a_habit_kept_throughout_is_marked_at_its_first_places_only() -> None:
    """Straight quotes in every paragraph: three comments, the third saying so, not twenty."""
    blocks = [
        Block(index, f'Kapitel {index} nennt den Begriff "Modul {index}" als Beispiel.')
        for index in range(20)
    ]
    marked = findings("quotes", *blocks)
    assert [finding.block for finding in marked] == [0, 1, 2]
    assert "nicht einzeln markiert" in marked[-1].message
    assert "nicht einzeln" not in marked[0].message
    # Each habit is counted on its own, and a new document starts afresh.
    both = Checker(["quotes", "first_person"]).check_all(
        [*blocks, Block(20, "Ich beschreibe hier das Vorgehen."), Block(21, "Ich prüfe es.")]
    )
    assert [f.category for f in both].count("first_person") == 2
    assert len(findings("quotes", *blocks[:2])) == 2


def test_a_first_person_verb_without_its_e_is_spoken_not_misspelt() -> None:
    found = check("colloquial", "Darauf freu ich mich, und ich hab es gelesen.")
    assert [finding.message for finding in found] == [
        "Umgangssprache: »freu« → »freue«: Die verkürzte Ich-Form ist gesprochene Sprache.",
        "Umgangssprache: »hab« → »habe«: Die verkürzte Ich-Form ist gesprochene Sprache.",
    ]
    assert check("spelling", "Darauf freu ich mich.") == []
    # no "ich" beside it, a possessive, or "weis" for "weiß": nothing clipped
    assert check("colloquial", "Er hab es. Ich gebe mein Bestes.") == []
    assert check("colloquial", "Ich weis es nicht.") == []
    # a preterite and a modal's present need no -e, though "ginge" and "solle" exist
    assert check("colloquial", "Was soll ich sagen? Dann ging ich, und ich hielt es aus.") == []
    assert check("colloquial", "Ich such es.")[0].message.count("»suche«") == 1
