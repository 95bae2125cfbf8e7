"""Kongruenz: article, adjective and noun agree; a one-case preposition gets its case.

Sentences written from the declension tables, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.processor.checking import check


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        # the article fits no gender, number or case of the noun
        (
            "Wir formulieren einen SQL-Abfrage für jede Tabelle.",
            "einen SQL-Abfrage",
            "eine SQL-Abfrage",
        ),
        ("Die Tabelle zeigt ein Reihe von Messwerten.", "ein Reihe", "eine Reihe"),
        ("Der Umfang des Datensatz wuchs stetig.", "des Datensatz", None),
        ("Er spricht mit den Kinder der Nachbarn.", "den Kinder", "den Kindern"),
        # the adjective ending does not follow the article
        (
            "Das ist die konkreten Umsetzung des Plans.",
            "die konkreten Umsetzung",
            "die konkrete Umsetzung",
        ),
        (
            "Sie nutzen einer neuer Fassung des Programms.",
            "einer neuer Fassung",
            "einer neuen Fassung",
        ),
        # fixed phrases that need the article fused with the preposition
        ("Die Mittel stehen ab Mai zu Verfügung.", "zu Verfügung", "zur Verfügung"),
        ("Das geschah in Rahmen des Projekts.", "in Rahmen", "im Rahmen"),
        ("In letzten 10 Jahren stieg der Wert.", "In letzten", "In den letzten"),
        # a preposition that takes the dative, before a plural without a dative form
        ("Das Wissen von diversen Akteure fehlt.", "von diversen Akteure", "Akteuren"),
    ],
)
def test_disagreement_is_found_and_the_fix_named(text: str, span: str, fix: str | None) -> None:
    findings = check("agreement", text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert findings[0].message.startswith("Kongruenz: ")
    if fix is not None:
        assert f"»{fix}«" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Wir prüfen die neuen Daten und den alten Bestand.",
        "Der Aufwand der neuen Tests steigt mit jedem weiteren Modul.",
        "Mit einem neuen Ansatz sinken die Kosten eines Projekts.",
        "Sie nutzt keine Daten aus unserem Archiv.",
        # pronouns, not articles: a relative after a comma or preposition, a demonstrative
        "Die Gruppe, den Kinder mögen, ist klein.",
        "Es ist ein Land, in dem Kryptografie verboten ist.",
        "Wir vergleichen unsere Version mit der des Herstellers.",
        "Eines der Modelle und einer der Tests fielen aus.",
        "Das Verzeichnis eines jeden Nutzers bleibt privat.",
        # nominalized verbs and adjectives, loanwords, names, capitals for emphasis
        "Nach dem Starten des Servers folgt das Einlesen.",
        "Seine Strategie entspricht dem Folgenden.",
        "Wir bauen einen Cluster für den Kernel.",
        "Die Software bietet KEINE GEWÄHRLEISTUNG.",
        "Zu Beginn und in den letzten Jahren stand das im Rahmen der Planung.",
    ],
)
def test_agreeing_phrases_and_pronouns_are_left_alone(text: str) -> None:
    assert check("agreement", text) == []
