"""Each check, with what it must find and what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.processor.checker import CHECKS, Block, Checker, Finding
from services.processor.checker.tokens import sentences, words
from services.processor.document import open_document, read_blocks


def check(category: str, *texts: str, language: str = "de", **options: object) -> list[Finding]:
    blocks = [Block(i, text, language) for i, text in enumerate(texts)]
    return Checker([category], **options).check_all(blocks)  # type: ignore[arg-type]


def spans(findings: list[Finding], *texts: str) -> list[str]:
    return [texts[f.block][f.start : f.end] for f in findings]


def test_the_registry_knows_each_first_check_by_its_code() -> None:
    assert {"spelling", "repeated_word", "spacing", "long_sentence"} <= set(CHECKS)


@pytest.mark.parametrize(
    ("text", "typo", "fix"),
    [
        ("Es fehlen die personellen Resourcen dafür.", "Resourcen", "Ressourcen"),
        ("Die Anforderrungen steigen weiter.", "Anforderrungen", "Anforderungen"),
        ("Die Intergration der Systeme gelingt.", "Intergration", "Integration"),
    ],
)
def test_spelling_flags_a_typo_with_its_correction(text: str, typo: str, fix: str) -> None:
    findings = check("spelling", text)
    assert spans(findings, text) == [typo]
    assert findings[0].message == f"Rechtschreibung: »{typo}« → »{fix}«?"


def test_spelling_in_english_paragraphs_speaks_english() -> None:
    text = "The results were recieved from the survey."
    findings = check("spelling", text, language="en")
    assert spans(findings, text) == ["recieved"]
    assert findings[0].message.startswith("Spelling:")


def test_british_and_american_spellings_are_both_correct() -> None:
    text = "The data were analysed and the behaviour was modelled; others analyzed the behavior."
    assert check("spelling", text, language="en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Digitalisierungsstrategie und die Cloud-ERP-Einführung im KMU-Umfeld.",  # compounds, acronyms
        "Siehe https://example.org/Resourcen oder info@example.org für Details.",  # URLs and e-mail
        "Version 3a und die Datei config_Resourcen.yaml wurden geändert.",  # digits and code
        "Tornatzky und Fleischer beschreiben das Modell ausführlich.",  # names without a close word
        "Das Technology-Organization-Environment-Modell ist verbreitet.",  # English parts
        "Verbindungs- und Kompilierungs-Optionen werden gesetzt.",  # truncated compound heads
    ],
)
def test_spelling_leaves_correct_and_unknowable_words_alone(text: str) -> None:
    assert check("spelling", text) == []


def test_the_bibliography_is_not_spell_checked(corpus: Path) -> None:
    document = open_document((corpus / "clean-de.docx").read_bytes(), max_unzipped_bytes=10**8)
    blocks = read_blocks(document, list(document.paragraphs))
    heading = next(b.index for b in blocks if b.text == "Literaturverzeichnis")
    assert blocks[heading].is_heading and blocks[heading].is_prose
    assert not any(b.is_prose for b in blocks[heading + 1 :])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Stichprobe umfasst umfasst zwölf Unternehmen.", ["umfasst umfasst"]),
        ("Anschließend wurden wurden die Daten kodiert.", ["wurden wurden"]),
        ("Wir haben die die Studie nicht gelesen.", ["die die"]),
        ("Wir haben sie sie geprüft.", ["sie sie"]),
        # a first attempt left before the word it became
        ("Die Ergebnise Ergebnisse der Befragung liegen vor.", ["Ergebnise Ergebnisse"]),
        ("Die Untersuc Untersuchung dauerte drei Monate.", ["Untersuc Untersuchung"]),
        ("Das Verfahren liefert wirklcih wirklich stabile Werte.", ["wirklcih wirklich"]),
        # "ab und zu" before the preposition "zu" is no repetition
        ("Es kommt ab und zu zu Ausfällen, zu zu vielen.", ["zu zu"]),
        # a noun after the second, but no declined attribute before a noun
        ("Die Wirkung der der Filter im Bild ist stark.", ["der der"]),
        ("Wir lesen den den Bericht, alle anderen nicht.", ["den den"]),
        # a clause's verb before the adjective, or a capital second word: no attribute
        ("Das Das Verfahren hat den neuen Standard gesetzt.", ["Das Das"]),
        # a dash in prose, not a menu path
        ("Das gilt für die Spalte Spalte – und für die Zeile.", ["Spalte Spalte"]),
        # a draft, then its correction cut short in another case
        ("Die Karte zeigt die ost Ost- und Westgrenzen.", ["ost Ost"]),
        # after a first name a known word twice is still a slip
        ("Am Ende hat Antonio Haus Haus verkauft.", ["Haus Haus"]),
        # a preposition with no noun before it opens no relative clause
        ("Schon zwischen den den Gruppen lag ein Jahr.", ["den den"]),
        # an adjective after a preposition belongs to its phrase, no extended attribute
        ("Dann kann die die Umstellung in kleinen Etappen erfolgen.", ["die die"]),
        # a noun before the preposition that the pronoun cannot refer to: "dem" is no feminine
        ("Gemessen wurde per Messung auf dem dem Band.", ["dem dem"]),
    ],
)
def test_repeated_words_are_flagged(text: str, expected: list[str]) -> None:
    assert spans(check("repeated_word", text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Es waren vor allem Frauen, die die Studie abgebrochen haben.",  # relative pronoun + article
        "Das Modell, das das Verhalten erklärt, ist bekannt.",
        "Der Server, in der der Client eingetragen ist, antwortet.",
        "Ein Vorschlag, für den den Autoren Dank gebührt.",
        "Haben Sie sie gefragt?",
        # a retyped word starts as the word does; a name before a small word does not
        "Das geht mit Git mit wenig Aufwand, und Vim im Terminal reicht.",
        # an old spelling is no draft of the next word; a command before its verb
        "Es liegt daran, daß das Format fehlt, und man kann es mit !set setzen.",
        # a subject, then the object of the same form
        "Die Linie verdeckt die Kante, wo sie sie berührt.",
        "Die Boten kommen morgen, dann holen sie sie ab.",
        "Dann fanden sie sie im Archiv.",
        "Die Variablen CFLAGS CFLAGS werden gelesen.",
        # a title in capitals after the same small word
        "Die Hinweise stehen im Kasten in IN DER PRAXIS zusammengefasst.",
        # the first is the last part of a package's name
        "Das Paket libcrypt-sha1-perl Perl stellt die Prüfsumme bereit.",
        "Die Regel gilt. Gilt sie immer?",
        # a demonstrative after "und", then the article of the next noun
        "Wir vergleichen unsere Fassung und die die Autoren vorlegten.",
        "Sie helfen Leuten (und die die Tests schreiben, danken es).",  # after a bracket
        # the second opens the phrase inside an extended attribute of the first's noun
        "Hier steht der der Tabelle entnommene Wert.",
        "Mit den den Gruppen zugeteilten Bögen wurde gearbeitet.",
        # a pronoun, then a genitive; a second relative clause after "und"
        "Die Wirkung ist ähnlich zu der der zweiten Gruppe.",
        "Ein Fach, das offen ist und in das das Wasser fließt.",
        "Die Tabelle in der der Wert steht, fehlt.",  # a relative clause, its comma missing
        "Wir meiden die die Umwelt stark belastenden Verfahren.",
        # neighbours that only look alike: both are words
        "Die Daten werden von den Diensten gelesen.",
        "Wir testen Tests und prüfen Prüfungen.",
        # an unknown word before an unrelated one
        "Das Werkzeug Zorblat verarbeitet die Daten.",
        # the second word opens a menu path
        "Wählen Sie im Kontextmenü einer Spalte Spalte – Ausblenden.",
        # the second word cut short before a hyphen opens a coordinated compound
        "Wir legen ein ein- oder zweiseitiges Blatt und einen Zwei- und Dreisatz an.",
        # a first name, then a Spanish double surname
        "Den Editor pflegt heute Antonio Rodrez Rodrez.",
    ],
)
def test_grammatical_doubles_are_not_flagged(text: str) -> None:
    assert check("repeated_word", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal's ending, glued to its digits, is no first try at the next word
        "The printers of the 15th to the 17th century used this method.",
        # "as well as", then the preposition "as"
        "The signs serve as labels as well as as separate events.",
    ],
)
def test_english_doubles_grammar_allows_are_not_flagged(text: str) -> None:
    assert check("repeated_word", text, language="en") == []


def test_a_doubled_as_outside_as_well_as_is_flagged() -> None:
    text = "This is as as good as it gets."
    assert [f.message for f in check("repeated_word", text, language="en")] == [
        "Repeated word: “as” appears twice in a row. Delete one?"
    ]


def test_spacing_flags_double_spaces_and_space_before_a_comma() -> None:
    text = "Die Interviews dauerten  zwischen einer Stunde , manchmal länger."
    assert spans(check("spacing", text), text) == ["  ", " ,"]
    text = "Das war das Ende . Der Rest folgte später.Dann kam nichts ."
    assert sorted(spans(check("spacing", text), text)) == [" .", " .", "."]


@pytest.mark.parametrize(
    "text",
    [
        "1.  Einleitung des Kapitels",
        "Spalte   ausgerichtet",
        "Ein Satz. Noch einer.",
        ".NET ist da",
        # marks named, not used, and identifiers of code
        "Ein Paar wie (1 . 16) oder (von . bis) und die Zeichen ! oder ? stehen frei.",
        "Die Werte gehen an den Voice.TextScript-Kontext und an Staff.BarLine.bar-extent.",
        # a full stop kept apart from a link or path, so that it stays no part of it
        "Die Anleitung steht unter https://example.org/handbuch/start.html .",
    ],
)
def test_spacing_leaves_alignment_and_list_markers_alone(text: str) -> None:
    assert check("spacing", text) == []


def test_long_sentence_flags_only_sentences_over_the_limit() -> None:
    short = "Dies ist ein kurzer Satz, z. B. mit einer Abkürzung."
    long = " ".join(["Wort"] * 12) + " und noch mehr Wörter."
    text = f"{short} {long}"
    findings = check("long_sentence", text, long_sentence_words=10)
    assert spans(findings, text) == [long]
    assert "16 Wörter" in findings[0].message
    assert check("long_sentence", text, long_sentence_words=40) == []


def test_a_sentence_that_opens_with_code_is_a_sentence_of_its_own() -> None:
    """ "… bauen. mkdeb prüft …": the command, set as code, starts the next sentence."""
    first = "Das Werkzeug hilft beim Bauen der Pakete aus den Quellen."
    second = "mkdeb prüft danach die Pakete und meldet jeden Fehler sofort."
    text = f"{first} {second}"
    code = ((len(first) + 1, len(first) + 6),)
    block = Block(0, text, code=code)
    assert Checker(["long_sentence"], long_sentence_words=15).check_all([block]) == []
    unformatted = Block(0, text)  # for the count a full stop ends it before a small letter too
    assert Checker(["long_sentence"], long_sentence_words=15).check_all([unformatted]) == []
    glued = Block(0, f"{first[:-1]} bzw. {second}")  # but not after an abbreviation
    assert len(Checker(["long_sentence"], long_sentence_words=15).check_all([glued])) == 1


def test_sentences_and_words_keep_exact_offsets() -> None:
    text = "Vgl. Abb. 3 zeigt es. Danach folgt (Mayring 2015) der Rest!  Ende"
    assert [s.text for s in sentences(text)] == [
        "Vgl. Abb. 3 zeigt es.",
        "Danach folgt (Mayring 2015) der Rest!",
        "Ende",
    ]
    assert all(text[w.start : w.end] == w.text for w in words(text))


def test_a_gender_sign_before_the_feminine_ending_keeps_one_word() -> None:
    text = "Die Lehrer*innen, Kund:innen und Ärzt·in. Fazit: in der Regel"
    assert [w.text for w in words(text)] == [
        "Die",
        "Lehrer*innen",
        "Kund:innen",
        "und",
        "Ärzt·in",
        "Fazit",
        "in",
        "der",
        "Regel",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "usw." or a number, a word that opens sentences starts a new one
        ("Wählen Sie Fenster 2. Sie sehen dann die Ausgabe.", 2),
        ("Es gibt Tabellen, Listen usw. Die Auswahl ist groß.", 2),
        ("Nennen Sie Tests, Quellen usw. Prüfen Sie dann die Liste.", 2),
        ("It needs make, gcc, etc. A longer list follows.", 2),
        # after "usw." any capital opens one: an adjective, a pronoun, a noun
        ("Es gibt Tabellen, Listen usw. Besondere Fälle folgen später.", 2),
        ("Wir lesen Romane, Gedichte etc. Manche davon sind alt.", 2),
        ("Es gibt Tabellen, Listen usw. Grafiken zählen nicht dazu.", 2),
        # an ordinal before its noun, and "usw." inside the sentence, do not
        ("Am 2. Oktober beginnt das Semester.", 1),
        ("Wir zählen Tabellen, Listen usw. zu den Objekten.", 1),
        # legal and bibliographic abbreviations before their number end no sentence
        ("Nach § 12 Abs. 2 BGB und Art. 3 GG (Rn. 14) gilt das.", 1),
        ("Er zitiert Bd. 4, Jg. 2019 und Ziff. 7.", 1),
        # "Art" is a word too: before a capitalised word its full stop ends the sentence
        ("Sie arbeitet auf eigene Art. Die Folgen sind offen.", 2),
    ],
)
def test_a_sentence_may_end_after_usw_or_a_number(text: str, expected: int) -> None:
    assert len(list(sentences(text))) == expected


def test_the_clean_thesis_gets_no_comment_and_the_planted_one_only_answer_spans(
    corpus: Path,
) -> None:
    import json

    answers = json.loads((corpus / "planted-de.answers.json").read_text(encoding="utf-8"))
    for name, allowed in (("clean-de.docx", 1), ("planted-de.docx", None)):
        document = open_document((corpus / name).read_bytes(), max_unzipped_bytes=10**8)
        findings = Checker().check_all(read_blocks(document, list(document.paragraphs)))
        if allowed is not None:
            assert len(findings) <= allowed
            continue
        assert len(findings) >= 8
        for f in findings:
            assert any(
                a["paragraph"] == f.block and a["start"] < f.end and f.start < a["end"]
                for a in answers
            ), f
