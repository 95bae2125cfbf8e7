"""Class nouns, which a name follows as an apposition: "das Unternehmen SAP", "die Tabelle kunde".

After such a noun the next word names one thing of the class, so it keeps the
spelling its owner gave it, whatever German would make of it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import word_set

# Generic nouns a name follows as an apposition: "das Unternehmen SAP", "die Norm DIN",
# and the controls of a program, whose label follows: "die Schaltfläche Neu Würfeln".
CLASS_NOUNS: Final = word_set(
    """Firma Unternehmen Hersteller Anbieter Konzern Organisation Software Programm Partei
    Land Staat Gesetz Verordnung Richtlinie Norm Standard Modell Projekt Initiative
    Gruppe Verein Verband Sender Dienst Plattform Marke Sprache Format Protokoll Datei
    Abkürzung Kürzel Akronym Begriff Methode Verfahren Variante Version Typ Klasse
    Tabelle Abbildung Spalte Zeile Feld Wert Variable Funktion Befehl Paket Bibliothek
    Framework System Studie Umfrage Bank Zeitung Zeitschrift Fachzeitschrift Stiftung
    Institut Bereich Gebiet Sektor Fach Fachbereich Thema Kontext Abteilung Team Markt
    Region Partner Kunde Werkzeug Anwendung Lösung Produkt Modul Komponente Schnittstelle
    Parameter Option Argument Umgebung Umgebungsvariable Abschnitt Kapitel Schlüssel
    Eintrag Attribut Element Merkmal Wort Zeichen Zeichenkette Ausdruck Kommando
    Name Kompression Algorithmus Kodierung Lizenz Compiler Interpreter Parser Editor
    Browser Server Client Treiber Tool Präfix Suffix Endung Signal Ereignis Datensatz
    Korpus Index Skala Art Sorte Form Schema Skript Erweiterung Dienstprogramm Kommandozeile
    Daemon Dämon Prozess Repository Container Image Konto Benutzer Verzeichnis Ordner
    Rechner Host Gerät Shell Terminal Plugin Makro Archiv Branch
    Schaltfläche Knopf Taste Schalter Menü Menüpunkt Menüeintrag Reiter Registerkarte
    Dialog Fenster Kontrollkästchen Eigenschaft Einstellung Titel Untertitel Beispiel
    Lieferant Zeitzone Sequenz Zeichenfolge Tastenkombination Bit Flag Konstante Kennung
    Modus Muster Kodierung Codierung Zeichensatz Kanal Port Adresse Datum
    Operator Operand Operation Anweisung Register Service Legende Dateityp Datentyp
    Leiste Palette Assistent Vorlage Formatierung Filter Kategorie Stil Kontextmenü
    Untermenü"""
)
# The shortest class noun recognised as a compound's head: "Hauptkonto" (Konto).
_MIN_APPOSITION_TAIL = 5
# Endings a class noun may carry: "die Werte HSV", "die Formate PNG und GIF", "des Befehls ls".
_ENDINGS = ("e", "en", "n", "s", "es")


@lru_cache(maxsize=50_000)
def names_a_thing(noun: str) -> bool:
    """ "das Dateiformat GIF", "die Werte HSV": a class noun, or a compound or plural of one,
    which the name after it names. Cached: the name checks ask it of every capitalised word."""
    for cut in range(len(noun) - 2):
        head = noun[cut:].capitalize()
        if cut and len(head) < _MIN_APPOSITION_TAIL:
            break  # "Datenbank" is no kind of "Bank": only longer heads tell a compound's class
        if is_class_noun(head):
            return True
        if len(head) >= _MIN_APPOSITION_TAIL and speller("de").formation.agent_noun(head):
            return True  # "der Schriftsetzer TeX": who does it, then which one
    return False


def is_class_noun(noun: str) -> bool:
    """ "Befehl", "Befehls", "Formate": a class noun itself, in any of its forms."""
    return noun in CLASS_NOUNS or any(
        noun.removesuffix(ending) in CLASS_NOUNS for ending in _ENDINGS if noun.endswith(ending)
    )


# English nouns a name stands before, as English builds its compounds: "the printf
# command", "the zebra and staticd daemons".
_ENGLISH_CLASS_NOUNS: Final = word_set(
    """command daemon tool utility program package function library service module script
    option driver browser server client editor plugin protocol interface subcommand file"""
)


def is_english_class_noun(noun: str) -> bool:
    """ "command", "daemons": an English class noun, singular or plural."""
    return noun in _ENGLISH_CLASS_NOUNS or noun.removesuffix("s") in _ENGLISH_CLASS_NOUNS
