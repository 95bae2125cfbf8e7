"""Spelling: what the dictionaries reject gets a comment unless word formation explains it."""

from __future__ import annotations

import pytest

from services.processor.checker import Block, Checker
from services.processor.checker.dictionary import speller
from tests.processor import checking


def comments(text: str, language: str = "de") -> list[tuple[str, str]]:
    findings = checking.check("spelling", text, language=language)
    return [(text[f.start : f.end], f.message) for f in findings]


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        # a doubled or dropped letter
        ("Das Ergebniss der Messung war eindeutig.", "Ergebniss", "Ergebnis"),
        # a slip that splits into rare English words is no English coinage ("Mitt" + "elater")
        ("Die Quellen für das frühe Mittelater sind lückenhaft.", "Mittelater", "Mittelalter"),
        ("Sie zeigten ein gesteigertes Intresse am Stoff.", "Intresse", "Interesse"),
        ("Ein überaschendes Resultat zeigte sich früh.", "überaschendes", "überraschendes"),
        ("Die Firma enwickelte ein neues Werkzeug.", "enwickelte", "entwickelte"),
        ("Die Anforderrungen an das System sind hoch.", "Anforderrungen", "Anforderungen"),
        # an ending that no paradigm has: not "vorhanden" + "den"
        ("Die vorhandenden Mittel reichen nicht aus.", "vorhandenden", "vorhandenen"),
        # real parts, but one slip from a far commoner word
        ("Das Ergebnis ist warscheinlich übertragbar.", "warscheinlich", "wahrscheinlich"),
        # ... opening a sentence too
        ("Warscheinlich ist es übertragbar.", "Warscheinlich", "Wahrscheinlich"),
        # a weak noun takes no genitive "-s"
        ("Die Zeit eines Menschens ist knapp.", "Menschens", "Menschen"),
        # a bare "-n" after a short English stem is a dropped vowel, no loan
        ("Die Kinder tretn gegen den Ball.", "tretn", "treten"),
        # a doubled consonant makes no English stem of a German one
        ("Er hat die Blätter gestappelt.", "gestappelt", "gestapelt"),
        ("Der Ansatz ist interressant für die Praxis.", "interressant", "interessant"),
        # real parts, but never written, and a doubled letter from a listed word
        ("Die Gebühr wurde herraufgesetzt.", "herraufgesetzt", "heraufgesetzt"),
        # a compound Hunspell builds and people write now and then, fifty times rarer than
        # the form with one letter doubled
        ("Die Markteilnehmer reagierten gelassen.", "Markteilnehmer", "Marktteilnehmer"),
        ("Es fielen drei Unterrichtstunden aus.", "Unterrichtstunden", "Unterrichtsstunden"),
        # after an article a long capitalised word is a common noun, not a name
        ("Die Kallibrierrung dauerte lange.", "Kallibrierrung", "Kalibrierung"),
        ("Die Signifikanzs blieb gering.", "Signifikanzs", "Signifikanz"),
        # a misspelt last part after a linking s: the s is the first part's, not the last's
        ("Wir prüfen die Daten mit Bildungsfilern.", "Bildungsfilern", "Bildungsfiltern"),
        # a struck-through capital
        ("Die Regel wurde von allen Vverstanden.", "Vverstanden", "verstanden"),
        # a repeated syllable written once, a long one written twice
        ("Das Partionieren der Festplatte dauert.", "Partionieren", "Partitionieren"),
        ("Die Sitzung endete in Ratlosigkeitkeit.", "Ratlosigkeitkeit", "Ratlosigkeit"),
        # after a vowel the genitive takes -s only: "-ies" is a slip
        # one letter swapped in a long word, capitalised or not
        ("Die Katigorisierung folgt dem Leitfaden.", "Katigorisierung", "Kategorisierung"),
        # a slip of a common word, though its capitalised form parses as a noun ("Wieder-Rum")
        ("Die Werte sind wiederrum hoch.", "wiederrum", "wiederum"),
        ("Die Regel trift hier nicht zu.", "trift", "trifft"),
        # an English noun after a German article, one doubled letter from the German noun
        ("Für die Analyse fehlt uns die Resource, die wir bräuchten.", "Resource", "Ressource"),
        # an arbitrary letter swapped, but a slip so common the frequency list has it
        ("Die Proben wurden seperat gelagert.", "seperat", "separat"),
        (
            "Wir konnten die Ursache nicht eindeutig indentifizieren.",
            "indentifizieren",
            "identifizieren",
        ),
    ],
)
def test_a_misspelling_gets_the_right_correction(text: str, word: str, fix: str) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → »{fix}«?")]


def test_an_agent_nouns_er_makes_no_compound_of_a_slip() -> None:
    # not "schwer" + "Wieger" + "enden", nor "Enzen" + "Bergers": a simple verb coins no part
    assert checking.flagged("spelling", "Das war ein schwerwiegerenden Fehler.") == [
        "schwerwiegerenden"
    ]
    assert checking.flagged("spelling", "Das ist Enzenbergers Meinung.") == ["Enzenbergers"]


def test_a_slip_only_the_frequency_list_knows_keeps_its_first_letter() -> None:
    # "die jenigen" is "diejenigen" written apart (the compound check's), no slip of "wenigen"
    assert checking.check("spelling", "Befragt wurden die jenigen, die fehlten.") == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Man muß die Daten prüfen.", "muß", "muss"),
        ("Es zeigt sich, daß die Werte stabil sind.", "daß", "dass"),
        ("Die Bewußtheit der Nutzer wurde gemessen.", "Bewußtheit", "Bewusstheit"),
        # the old past tense is simply the new one, though "müsste" is a word too
        ("Er mußte die Daten prüfen.", "mußte", "musste"),
    ],
)
def test_old_spelling_gets_the_reformed_form(text: str, word: str, fix: str) -> None:
    assert comments(text) == [
        (word, f"Rechtschreibung: »{word}« → »{fix}« (reformierte Rechtschreibung).")
    ]


def test_old_spelling_that_lost_its_umlaut_names_both_forms() -> None:
    # "laßt" is old "lasst", or far likelier "läßt" without its dots
    assert comments("Der Ort eines Pakets laßt sich leicht finden.") == [
        ("laßt", "Rechtschreibung: »laßt« → »lasst« oder »lässt« (reformierte Rechtschreibung)?")
    ]


def test_english_plurals_in_german_take_ys_or_is() -> None:
    assert comments("Viele Befragte nannten ihre Hobbies als Ausgleich.") == [
        ("Hobbies", "Rechtschreibung: »Hobbies« → »Hobbys« (deutscher Plural auf -ys).")
    ]
    # written about as often as "Gruftis", yet the rule says -is
    assert comments("Dort trafen sich Hippies und Grufties.") == [
        ("Grufties", "Rechtschreibung: »Grufties« → »Gruftis« (deutscher Plural auf -is).")
    ]
    # an English name keeps its plural: after a capitalised English word German lacks
    assert comments("Das Paket enthält die GNU Core Utilities.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # never written by anyone, near a real word, but no single fix stands out
        ("Die Verteilung ist asymmetrischt.", "asymmetrischt"),
        ("Die Methode ist reproduzierbarm.", "reproduzierbarm"),
        # a derivation's form nobody wrote, and its base is no word in use either
        ("Das ist eine tomografsche Messung.", "tomografsche"),
        ("Sie nutzen eine zweifaktorelle Analyse.", "zweifaktorelle"),
        # a verb's stem before an adjective that does not join verbs ("lehrreich" is meant)
        ("Es war eine lernreiche Woche.", "lernreiche"),
        # a slip in an "-isch" adjective whose noun in "-izität" is listed
        ("Die Fehler sind heterosekdastisch verteilt.", "heterosekdastisch"),
        # after digits, a tail that no number word makes a listed word
        ("Der 3-stelige Code folgt.", "stelige"),
    ],
)
def test_an_unseen_small_word_near_a_real_one_is_flagged_without_a_guess(
    text: str, word: str
) -> None:
    assert comments(text) == [
        (word, f"Rechtschreibung: »{word}«: unbekanntes Wort – bitte prüfen.")
    ]


@pytest.mark.parametrize(
    ("text", "word", "fixes"),
    [
        # a short word has many neighbours: each common one a slip away is offered
        ("Das Verfahren ist nich stabil.", "nich", "»nicht« oder »noch«"),
        ("Wir machn die Messung morgen.", "machn", "»machen«"),
        ("Er hat es selbt geprüft.", "selbt", "»selbst«"),
        # after an article a short capitalised word is a noun, not a name
        ("Die Messung dauerte eine Wocje.", "Wocje", "»Woche«"),
        # a long word has few neighbours: even an arbitrary letter is a clear slip
        ("Die Wahrscheanlichkeit ist gering.", "Wahrscheanlichkeit", "»Wahrscheinlichkeit«"),
    ],
)
def test_short_and_long_words_get_the_slips_they_allow(text: str, word: str, fixes: str) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → {fixes}?")]


@pytest.mark.parametrize(
    "text",
    [
        # without an article a short capitalised word may be a surname
        "Laut Kautz ist das so.",
        # English terms after a German article: only a doubled letter makes them German slips
        "Der Daemon startet beim Booten.",
        "Die Locale bestimmt das Datumsformat.",
        "Das Programs-Menü fehlt.",
        # an agent noun is no slip of the infinitive, however long
        "Der Vertrag wurde vom Einreicher geprüft.",
        # names of tools are made of English words or consonant clusters
        "Das Paket devscripts enthält Werkzeuge.",
        "Die Ausgabe von libdvdcss ist leer.",
        # a directional particle joins any verb; a long adjective grades without umlaut
        "Es gilt, die Kosten niederzuhalten.",
        "Die gesitteteren Umgangsformen fielen auf.",
        # a prefix on a subjunctive: one umlaut from the past, yet no slip of it
        "Sie sagten, die Gruppen verbrächten ihre Zeit draußen.",
        "Wenn sie zurückkämen, wäre alles gut.",
        "Die Prüfer gaben an, dass sie die Messung stets selbst vornähmen.",
        # two common English words run together, written small: a program's name
        "Die Dokumentation wird mit makeinfo aus den Quellen erzeugt.",
        # a short capitalised word after an article may be a company's name
        "Die Zelcor AG liefert die Teile.",
        # Latin names of species: an epithet after its genus or after "var."
        "Angebaut wurden Gerste (Hordeum vulgare L.) und Ölrettich (Raphanus var. oleiformis).",
    ],
)
def test_names_tools_and_regular_formations_are_no_slips(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Branches wurden anschließend gemergt.",
        "Die gemergten Daten liegen im Archiv.",
    ],
)
def test_an_english_verbs_participle_is_no_sound_alike_slip(text: str) -> None:
    """ "gemergt" is no "gemerkt": ge- and -t on an English verb are chosen on purpose."""
    assert comments(text) == []


def test_an_english_verbs_participle_with_a_doubled_letter_is_a_slip() -> None:
    assert comments("Die Daten wurden gecachtt.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Die Dateien werden über ihre Inodes verwaltet.",
        "Die Antworten wurden auf einer Likert-Skala erfasst.",
        "Jede Seite wird im Modus Lineart gescannt.",
        "Gezählt werden Blöcke, Inodes und Verzeichnisse.",
    ],
)
def test_a_capital_inside_a_sentence_is_no_slip_into_another_word_class(text: str) -> None:
    """ "Indes", "Liiert", "Linear" are no nouns: the capital says the writer meant a term."""
    assert comments(text) == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        # a sound-alike slip is cheap enough to outweigh the capital
        ("Die Werte waren Auserdem zu hoch.", "Auserdem", "Außerdem"),
        # at a sentence start the capital says nothing
        ("Inodes sind knapp.", "Inodes", "Indes"),
        # the capital is itself the slip
        ("Wir fanden Vverstanden nicht.", "Vverstanden", "verstanden"),
    ],
)
def test_a_capital_that_says_nothing_leaves_the_slip(text: str, word: str, fix: str) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → »{fix}«?")]


def test_a_linking_s_the_compound_does_not_take_is_a_slip() -> None:
    # Hunspell joins "Zahns" and "Arzt", but "Zahnarzt" is what people write.
    assert comments("Der Zahnsarzt kommt morgen.") == [
        ("Zahnsarzt", "Rechtschreibung: »Zahnsarzt« → »Zahnarzt«?")
    ]
    # With and without the s are both in use: neither is a slip.
    assert comments("Das Rindsleder und die Forschungsarbeit überzeugen.") == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Das Forschungprojekt endet im Mai.", "Forschungprojekt", "Forschungsprojekt"),
        ("Sie sucht eine Aushilfekraft.", "Aushilfekraft", "Aushilfskraft"),
        ("Er wurde Geschichtelehrer.", "Geschichtelehrer", "Geschichtslehrer"),
        ("Die Erwachsenbildung wächst.", "Erwachsenbildung", "Erwachsenenbildung"),
        ("Das Studentwohnheim ist voll.", "Studentwohnheim", "Studentenwohnheim"),
        # a noun in -ung, -heit, -keit, -schaft or -ität always links with "s", in rare wholes
        # too, and a slip in such a first part keeps the "s" in its fix
        ("Die Zuordnungmatrix fehlt.", "Zuordnungmatrix", "Zuordnungsmatrix"),
        ("Die Gemeinschaftküche ist klein.", "Gemeinschaftküche", "Gemeinschaftsküche"),
        ("Die Übungaufgabe fehlt.", "Übungaufgabe", "Übungsaufgabe"),
        ("Die Erweiterunsliste fehlt.", "Erweiterunsliste", "Erweiterungsliste"),
        ("Die Vereinbarunsklausel gilt.", "Vereinbarunsklausel", "Vereinbarungsklausel"),
        # ... also where Hunspell builds the compound without it and few compounds are written
        ("Die Lagerungbedingungen gelten.", "Lagerungbedingungen", "Lagerungsbedingungen"),
        # two English words that make a common German word misspelt: no English coinage
        ("Er zeichnet im Masstab eins zu zehn.", "Masstab", "Maßstab"),
        ("Sie folgen hohen Standarts.", "Standarts", "Standards"),
        # a first part people join to hundreds of nouns with an "s" and hardly ever without
        ("Die Arbeitbelastung stieg.", "Arbeitbelastung", "Arbeitsbelastung"),
        ("Die Produktionkosten sinken.", "Produktionkosten", "Produktionskosten"),
        # a misspelling people often write, as a compound's part
        ("Die Standartabweichung ist klein.", "Standartabweichung", "Standardabweichung"),
        ("Der Qualitätsstandart gilt.", "Qualitätsstandart", "Qualitätsstandard"),
    ],
)
def test_a_linking_element_nobody_writes_in_the_compound_is_a_slip(
    text: str, word: str, fix: str
) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → »{fix}«?")]


@pytest.mark.parametrize(
    "text",
    [
        # "Quell-" opens "Quellcode" and "Quelltext" as written: a first part in use
        "Das Quellverzeichnis enthält den Code.",
        # "-er" is a plural or a comparative, never a slip for another linking element
        "Die Fehlerdiagnosen und das Kinderalter.",
        # in use with and without the linking element
        "Das Hilfeangebot und das Studentenwohnheim.",
        # "-ung" with no verb before it is no suffix: "Sprung" links with nothing
        "Die Sprungweite und der Schwungradius zählen.",
        # both in use, or too few compounds to tell; an "s" beside an "s"; an English part
        "Die Dokumentklasse und das Rautezeichen zählen.",
        "Die Statusports und die Arbeitsuche zählen.",
        "Die Volumegruppe und die Einheitenendungen zählen.",
        # a short tail is no misspelt part: "Unter|richt" is no "Unter|recht"
        "Der Schreibunterricht beginnt.",
    ],
)
def test_linking_elements_in_use_are_left_alone(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        # an analysis finds "Fußall" + "Trainer"; one letter away is a word people write
        ("Der Fußalltrainer lobt das Team.", "Fußalltrainer", "Fußballtrainer"),
        ("Die Zeitungartikel liegen vor.", "Zeitungartikel", "Zeitungsartikel"),
        # two common nouns, but the first is rarer than the one the fix puts there
        ("Das Schüsselwort der Suche fehlt.", "Schüsselwort", "Schlüsselwort"),
    ],
)
def test_a_compound_nobody_writes_one_letter_from_one_in_use_is_a_slip(
    text: str, word: str, fix: str
) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → »{fix}«?")]


@pytest.mark.parametrize(
    "text",
    [
        # a neighbouring key turns a term into another word: "geformte", "Gentests"
        "Die geforkte Shell und die Gehtests.",
        # an agent noun of a verb, however close "Komprimierter" is
        "Die Komprimierer laufen parallel.",
        # a plural the noun lexicon lists ("Liga", "Ligen"), however close "sportlichen" is
        "Mehrere Sportligen pausieren im Winter.",
    ],
)
def test_a_term_near_a_word_in_use_is_no_slip(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    ("text", "word", "first", "second"),
    [
        ("Die Probe istwar zu klein.", "istwar", "ist", "war"),
        ("Er meinte, dases nicht stimmt.", "dases", "das", "es"),
        ("Wir sahen dieder Werte.", "dieder", "die", "der"),
    ],
)
def test_two_function_words_run_together_get_no_one_word_guess(
    text: str, word: str, first: str, second: str
) -> None:
    """A lost space or a word written over its correction: "dass", "dieser" would be guesses."""
    message = (
        f"Rechtschreibung: »{word}«: »{first}« und »{second}« ohne Leerzeichen"
        " oder ein Wort mit seiner Korrektur – bitte prüfen."
    )
    assert comments(text) == [(word, message)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Anrede dient als captatio benevolentiae gegenüber den Lesern.",
        "Der Befund lautet Pododermatitis aseptica diffusa an beiden Klauen.",
    ],
)
def test_two_unknown_small_words_in_a_row_are_a_foreign_phrase(text: str) -> None:
    assert comments(text) == []


def test_a_draft_before_its_correction_is_no_foreign_phrase() -> None:
    text = "Sie sprachen über die anstrebsamsten anstrebsamsteren Ziele."
    assert [word for word, _ in comments(text)] == ["anstrebsamsten", "anstrebsamsteren"]


@pytest.mark.parametrize(
    "text",
    [
        # a genus before its epithet, and an epithet in -os
        "Die Weißtanne (Abies alba) und das Reitgras (Calamagrostis epigejos) wachsen hier.",
        # "son of" between two names
        "Bei Rabbi Moše ben Maimon und Jirmeja ben Eleasar findet sich das.",
    ],
)
def test_latin_species_and_patronymic_names_are_no_slips(text: str) -> None:
    assert comments(text) == []


def test_a_slip_before_a_known_small_word_is_no_genus() -> None:
    assert [word for word, _ in comments("Im Saal waren die Teilnehmner alle pünktlich.")] == [
        "Teilnehmner"
    ]


def test_the_ung_noun_of_a_common_verb_is_no_slip_of_a_commoner_noun() -> None:
    assert comments("Erst die Mittelung über viele Durchgänge macht die Potenziale sichtbar.") == []


def test_a_surname_after_an_unknown_first_name_is_a_name_everywhere() -> None:
    texts = ("Yair Lorberbaum deutet den Text neu.", "Dagegen betont Lorberbaum die Tradition.")
    assert checking.flagged("spelling", *texts) == []


def test_a_long_misspelt_word_before_a_full_stop_is_no_abbreviation() -> None:
    # the sentence after it opens small (another error), yet the word is no "Anmerk."
    text = "Wir sprachen über die Bundesverfasung. kritische Stimmen fehlten."
    assert checking.flagged("spelling", text) == ["Bundesverfasung"]
    assert checking.flagged("spelling", "So steht es (Anmerk. des Übersetzers) im Text.") == []


def test_the_capital_closing_an_abbreviation_is_no_initial_of_a_name() -> None:
    assert checking.flagged("spelling", "Dazu zählen z. B. Ventillatoren und Pumpen.") == [
        "Ventillatoren"
    ]
    assert checking.flagged("spelling", "Ein Bericht von William H. Tunner folgt.") == []


def test_a_draft_before_its_misspelt_correction_makes_no_name() -> None:
    texts = ("Sie zeigte Verantwortng Verantwortnug.", "Später fehlte die Verantwortnug.")
    assert "Verantwortnug" in checking.flagged("spelling", *texts)[-1:]


def test_a_maker_before_its_unknown_model_is_a_name() -> None:
    assert comments("Der Boden wurde mit einem Grubber (Horsch Terrano 3 FX) gelockert.") == []


def test_a_quotation_in_a_third_language_is_left_alone() -> None:
    text = "Vergil fordert „parcere subiectis et debellare superbos“ (Aen. 6,853)."
    assert comments(text) == []


def test_a_sentence_in_a_third_language_is_left_alone_but_its_neighbours_are_read() -> None:
    text = "Das Ergebniss war klar. Les enfants sont très contents de leur nouvelle école."
    assert [word for word, _ in comments(text)] == ["Ergebniss"]


def test_a_word_that_opens_a_phrase_is_no_fix_before_the_clause_ends() -> None:
    # "für" never ends a clause, so "fürt," is no slip of it (but perhaps of "führt")
    assert comments("Das ist der Fehler, der dazu fürt, dass alles verrutscht.") == [
        ("fürt", "Rechtschreibung: »fürt«: unbekanntes Wort – bitte prüfen.")
    ]
    assert comments("Das ist ein Geschenk fürt dich.") == [
        ("fürt", "Rechtschreibung: »fürt« → »für«?")
    ]


def test_a_compounds_first_part_with_its_linking_s_is_no_word_alone() -> None:
    # Hunspell knows "Kompilations" only as the start of a compound
    (finding,) = comments("Während der Kompilations entstehen Zwischendateien.")
    assert finding[0] == "Kompilations" and "»Kompilation«" in finding[1]
    # ... which it starts where a hyphen or a truncation follows
    texts = ("Die Kompilations- und Testphase dauert.", "Die Kompilations-Phase dauert.")
    assert [word for text in texts for word, _ in comments(text)] == []


def test_function_words_other_languages_share_do_not_make_a_sentence_german_or_english() -> None:
    # French "des", "a" and Hungarian "a" are German and English function words too
    texts = (
        "Das Ergebniss war klar. La recherche des sources a montré que les manuscrits sont perdus.",
        "A könyvtár gyűjteménye a város egyik legnagyobb értéke, és a kutatók használják.",
    )
    assert [word for text in texts for word, _ in comments(text)] == ["Ergebniss"]


def test_a_german_sentence_full_of_tool_names_is_still_read() -> None:
    text = "Die Ausgabe ist damit konsisten zu pdftex, xetex und luatex."
    assert [word for word, _ in comments(text)] == ["konsisten"]


def test_a_misspelling_in_a_german_quotation_is_still_flagged() -> None:
    text = "Sie schreibt: „Das Ergebniss war eindeutig und überzeugend.“"
    assert [word for word, _ in comments(text)] == ["Ergebniss"]


def test_a_text_that_never_writes_sz_is_swiss_and_its_ss_is_right() -> None:
    texts = (
        "Gemäss der Umfrage wächst die Nachfrage stark.",
        "Ein grosser Teil der Strassen wird anschliessend erneuert.",
        "Der Fussverkehr nimmt zu.",
    )
    assert checking.flagged("spelling", *texts) == []


def test_ss_in_a_compound_whose_sz_form_is_listed_is_a_slip_outside_switzerland() -> None:
    assert comments("Sie spielten Fussball, das ist großartig.") == [
        ("Fussball", "Rechtschreibung: »Fussball« → »Fußball«?")
    ]
    # "Löss" takes ss or ß
    assert comments("Die Lössterrasse liegt über der Aue, das ist groß.") == []
    # a compound no analysis accepts with ss, whose form with ß is listed
    assert comments("Die Aussenbauteile sind groß.") == [
        ("Aussenbauteile", "Rechtschreibung: »Aussenbauteile« → »Außenbauteile«?")
    ]


@pytest.mark.parametrize(
    "texts",
    [
        # one such word is a slip, not a convention
        ("Ein grosser Teil der Wege wird erneuert.",),
        # a writer who uses ß elsewhere writes German, not Swiss, spelling
        ("Gemäss der Umfrage ist die Nachfrage groß.", "Ein grosser Teil fehlt."),
    ],
)
def test_ss_for_sz_stays_a_slip_beside_sz_or_alone(texts: tuple[str, ...]) -> None:
    assert "grosser" in checking.flagged("spelling", *texts)


@pytest.mark.parametrize(
    "text",
    [
        "Sie sprach mit Psycholog*innen, Pädagog:innen und Kommiliton*innen.",
        "Die Bäuer*innen und jede Jurist·in stimmten zu.",
        "Die Bürger*innenbeteiligung stärkt die Nutzer:innenfreundlichkeit.",
    ],
)
def test_gender_forms_are_read_as_their_feminine(text: str) -> None:
    assert comments(text) == []


def test_a_misspelt_stem_before_a_gender_sign_is_still_a_slip() -> None:
    assert comments("Die Lehrrer*innen kamen.") == [
        ("Lehrrer", "Rechtschreibung: »Lehrrer« → »Lehrer«?")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Akkord schichtet eses, ges und b übereinander.",
        "Im Bass liegt deses, darüber fisis und cisis.",
        "Eses und Heses sind Doppel-Bs.",
    ],
)
def test_note_names_with_sharps_and_flats_are_no_words_run_together(text: str) -> None:
    assert comments(text) == []
    assert checking.check("compound", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # rare but written about as often as "Schalotte": a word, not its slip
        "Der Ofen ist mit Schamotte ausgekleidet.",
        # a term of music theory, written beside its singular "Tetrachord"
        "Die beiden Tetrachorde bilden die Skala.",
    ],
)
def test_a_rare_word_people_write_as_often_as_its_neighbour_is_no_slip(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an adjective from a name may keep its apostrophe: the official rules allow "Grimm’sche"
        "Das Ohm’sche Gesetz und die Bayes'sche Statistik gelten hier.",
        # letters German does not use: a foreign word or name, not a slip
        "Der Begriff impassibilité und der Autor Muñoz prägen das Kapitel.",
        # a first letter mistyped into a rare word is no likely slip
        "Die Fängigkeit der Fallen sinkt im hohen Gras.",
        # a comparative's ending, an adjective people write bare
        "Die validere Messung und die bauaufsichtlichen Regeln überzeugen.",
        # a Greek first and last element make a scientific adjective
        "Die Arten sind hygrophil, mesophil oder xerophil, ihre Flügel makropter.",
        "Das amphiphile Molekül trägt hydrophobe Reste.",
        # a noun's adjective in "-lich" that people write, with an ending
        "Es gilt eine allgemeiner bauaufsichtlicher Prüfung unterliegende Bauart.",
        # the regular participle of a listed weak verb ("magern", "magert")
        "Der Ton ist mit Sand gemagert, die gemagerte Ware überwiegt.",
    ],
)
def test_names_foreign_words_and_forms_of_written_adjectives_are_no_slips(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Das gilt jediglich für Kinder.", "jediglich"),  # first letter, but a very common word
        ("Die angebotenene Hilfe kam spät.", "angebotenene"),  # an ending on an ending
        ("Das war das einzigstee Mal.", "einzigstee"),  # a doubled e
        ("Die jungere Gruppe lernte schneller.", "jungere"),  # "jüngere" lacks its umlaut
        ("Die Pflanze ist xerophiel.", "xerophiel"),  # no Greek last element
        ("Wir haben es geschaft.", "geschaft"),  # no verb "schafen"
        ("Das ist nicht abweglich.", "abweglich"),  # "-lich" on a noun nobody writes so
        ("Die Bluete fiel ab.", "Bluete"),  # "blue" is too short to vouch for its "ue"
    ],
)
def test_misspelt_forms_beside_written_words_are_still_flagged(text: str, word: str) -> None:
    assert [flagged for flagged, _ in comments(text)] == [word]


def test_a_first_word_near_very_common_words_only_gets_them_all() -> None:
    """At a sentence start a capital says nothing; a name is rarely one slip from "während"."""
    assert comments("Wärend der Messung fiel nichts auf.") == [
        ("Wärend", "Rechtschreibung: »Wärend« → »Während« oder »Wären«?")
    ]
    assert comments("Kautz meint das auch.") == []


def test_after_an_article_an_unknown_word_near_nouns_only_gets_them_all() -> None:
    assert comments("Die Anspruche der Nutzer steigen.") == [
        ("Anspruche", "Rechtschreibung: »Anspruche« → »Ansprüche« oder »Anspruch«?")
    ]
    # without an article the same word may be a name
    assert comments("Laut Anspruche (2019) steigen die Werte.") == []


def test_only_a_common_noun_drops_its_e_as_a_first_part() -> None:
    assert comments("Die Wand ist farbrot.") == []
    assert [word for word, _ in comments("Die Wand ist ameisrot.")] == ["ameisrot"]


def test_a_short_adjective_graded_without_its_umlaut_is_a_slip() -> None:
    assert comments("Die großeren Proben fehlen.") == [
        ("großeren", "Rechtschreibung: »großeren« → »größeren«?")
    ]


def test_unknown_words_listed_together_are_terms() -> None:
    # "preinst, postinst und postrm": names of things, not slips of German words
    assert comments("Die Hooks preinst und postrm laufen nacheinander.") == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Die Daten wurden sorgfältich erhoben.", "sorgfältich", "sorgfältig"),
        ("Die Probanden reagierten zögerlig.", "zögerlig", "zögerlich"),
        # Hunspell joins "Staat" and "Ligen", but no lexicon lists the noun
        ("Die Staatligen Schulen schließen.", "Staatligen", "Staatlichen"),
    ],
)
def test_final_ig_and_ich_sound_alike(text: str, word: str, fix: str) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → »{fix}«?")]


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Erst dan beginnt die zweite Messung.", "dan", "dann"),
        ("Wir prüfen, wan die Frist endet.", "wan", "wann"),
        ("Wie es heist, war die Probe leer.", "heist", "heißt"),
    ],
)
def test_an_english_word_between_german_ones_one_slip_from_a_common_word(
    text: str, word: str, fix: str
) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → »{fix}«?")]


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt Research and Development läuft seit Jahren.",
        "Die Band spielt Rock and Roll im Keller.",
        # an English term one dropped letter from a German word: "main" is no "man"
        "Der Zweig main enthält nur geprüfte Änderungen.",
    ],
)
def test_english_words_among_english_ones_are_left_alone(text: str) -> None:
    assert comments(text) == []


def test_a_draft_before_its_correction_is_left_to_the_repeated_word_check() -> None:
    # "Ergebnise Ergebnisse": delete the draft; correcting its spelling would double the word
    assert comments("Die Ergebnise Ergebnisse der Befragung liegen vor.") == []
    assert comments("Die Ergebnise der Befragung liegen vor.") != []


def test_a_repeated_misspelling_is_flagged_every_time() -> None:
    text = "Das Ergebniss ist klar. Ein zweites Ergebniss bestätigt es."
    assert [word for word, _ in comments(text)] == ["Ergebniss", "Ergebniss"]


@pytest.mark.parametrize(
    "text",
    [
        # English stems with German endings, prefixes and suffixes the grammar allows
        "Wir patchen das System und zählen die Blockern.",
        "Der Dienst forkt beim Start, und wir forken das Projekt.",  # a whole short English verb
        # "doppel" counts like a number; an "-isch" adjective whose "-izität" noun is listed
        "Die doppelzeiligen Köpfe passen, die Fehler sind heteroskedastisch verteilt.",
        # digits before the tail of a compound with a number word (§ 40)
        "Ein 3-buchstabiger Code steht in der 4-zeiligen Tabelle.",
        "Das Netz bleibt vorerst unkonfiguriert.",
        "Bleibt die Variable ungesetzt, gilt der Vorgabewert.",
        # an English word's own "ae" under German endings is no umlaut written out
        "Die Daemonen laufen weiter, auch wenn sich die Dienste daemonisieren.",
        # who does it, of a verb in "-ieren" the tagger takes for a noun
        "Der Dank gilt den Portierern.",
        "Die Option ist im Menü angehakt.",
        "Die karmischen Folgen sind umstritten.",
        # technical compounds of German and English parts
        "Ein Hashbaum speichert die Schlüssel sortiert.",
        "Das Testframework führt alle Fälle nacheinander aus.",
        "Das Codelisting zeigt den Aufbau der Klasse.",
        "Die Microservicearchitektur trennt die Dienste sauber.",
        "Die Nutzerfreundlichkeit der Webanwendung wurde evaluiert.",
        # derivations from known stems
        "Jede Datei ist ohne Umweg ablegbar.",
        "Die Herstellbarkeit des Bauteils ist gegeben.",
        "Die gecachte Antwort kommt schneller zurück.",
        "Die Funktion sortiert eine Liste von Integern.",
        "Die Ränder wirken wolkenhaft, die Übergänge stufenlos und handlungsartig.",
        "Die neue Kamera ist farbtreuer als die alte.",
        "Die rückportierten Pakete laufen stabil.",
        "Das Wettrechnen der Teams zeigt die Kunst des Fehlersuchens.",
        # the fuller genitive in -es, and a nominalized infinitive's genitive
        "Die Farbe des Pinselsymboles ändert sich während des Klickens.",
        # after a preposition "den" is an article, however long its attribute
        "Mit den dieser Option zugeordneten drei Feldern stellen Sie die Lage ein.",
        # zu-infinitives of separable verbs and superlatives of participles
        "Es fällt schwer, sich noch umzuentscheiden.",
        "Die Kanten sind leicht weichzuzeichnen.",
        "Das war die unbeschwerteste Zeit des Projekts.",
        "Das ist die richtungsweisendste Entscheidung des Teams.",
        # names, abbreviations, code and URLs
        "Laut Kubernetes-Dokumentation skaliert der Dienst automatisch.",
        "Die Konfiguration liegt unter https://example.org/setup.yaml bereit.",
        "Der Parameter max_retries begrenzt die Versuche.",
        "Die Datei .bashrc und das Skript .postinst liegen im Paket.",  # names with a dot
        "Der Befehl !subsubnode beginnt einen Abschnitt, !pnode einen versteckten.",  # sigils
        # reformed spelling with ß after a long vowel
        "Die Straße ist lang, und der Fuß tut weh.",
        # an abbreviation the dictionary lacks: the sentence runs on past its full stop
        "Das Buch (Anmerk. des Übersetzers: gemeint ist die zweite Auflage) ist vergriffen.",
        # f for ph in graph, phon, phot (§ 32), and a transliteration after another script
        "Die stratigrafische Abfolge und das Saxofon der Kapelle sind belegt.",
        "Die Graphikkarte und das Mikrophon sind eingebaut.",
        "Das Verb διακονεῖν (diakonein) steht bei Markus im Imperativ.",
        # a noun derived by suffixes from a known adjective; a district after its city
        "Die Vorteilhaftigkeit der Lieferung ab Hamburg-Stellingen wurde geprüft.",
    ],
)
def test_well_formed_words_names_and_code_get_no_comment(text: str) -> None:
    assert comments(text) == []


def test_english_text_is_checked_with_english_dictionaries() -> None:
    assert comments("The results were recieved in time.", "en") == [
        ("recieved", "Spelling: “recieved” → “received”?")
    ]
    assert comments("The colour of the behaviour was analysed.", "en") == []


def test_a_german_function_word_in_an_english_line_is_no_slip_of_an_english_word() -> None:
    # "oder" is one letter from "over", but a German word, as in a line in both languages
    assert comments("Installieren / Install (with apt oder dpkg)", "en") == []


def test_inside_an_english_sentence_a_capitalised_word_is_a_name() -> None:
    """English capitalises nouns no more than other words: inside a sentence a capital marks
    a name, though it is one letter from another name ("Wellis" → "Wells")."""
    text = "The maps were drawn by Ana Berg (Danish), Wellis Santos (Brazilian) and others."
    assert comments(text, "en") == []
    # a small word inside the sentence, or a capital opening it, is still read as a slip
    assert [word for word, _ in comments("The maps were drawn by the autors.", "en")] == ["autors"]
    assert [word for word, _ in comments("Recieved maps were drawn.", "en")] == ["Recieved"]
    # German capitalises its nouns, so there a capital inside the sentence says no name
    assert [word for word, _ in comments("Die Karten wurden im Ergebniss gezeigt.")] == [
        "Ergebniss"
    ]


def test_a_commoner_word_a_costlier_slip_away_is_no_fix() -> None:
    # "overridden" is a doubled letter away, "override" a stray letter: not the fix
    assert "“override”" not in str(comments("The option can be overriden by the user.", "en"))


def test_english_spells_its_unstressed_vowel_several_ways() -> None:
    # a/e and a/i inside a word sound alike: the commonest English misspellings
    for word, fix in [("seperate", "separate"), ("existance", "existence")]:
        assert comments(f"The {word} loops were tested.", "en") == [
            (word, f"Spelling: “{word}” → “{fix}”?")
        ]
    assert comments("The sample is relevent to the policy debate.", "en") == [
        ("relevent", "Spelling: “relevent” → “relevant”?")
    ]
    # the last letter is no unstressed slip: a Latin word is not offered an English one
    assert "suspense" not in str(comments("The oath was given in forma suspensa.", "en"))


def test_an_english_verb_made_of_a_noun_is_a_word_but_a_wrong_past_is_not() -> None:
    assert comments("The bores were toleranced and the data baselined.", "en") == []
    assert [word for word, _ in comments("We maked a plan.", "en")] == ["maked"]


def test_english_un_and_non_negate_participles_and_adjectives_the_dictionary_lacks() -> None:
    text = "Two unmerged branches and a nonblocking call left the links unrouted."
    assert comments(text, "en") == []
    # a short rest is a misspelt word, not a negation: "untill" is "until"
    assert [word for word, _ in comments("We waited untill noon.", "en")] == ["untill"]


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Wir bleiben zu Hause, den es regnet seit Stunden.", "den", "denn"),
        # a noun "den" cannot mark, then the verb second: a main clause "denn" opens
        ("Wir üben weiter, den Probleme gibt es immer.", "den", "denn"),
        ("Ich gehe nicht mit, den wenn es regnet, bleibe ich.", "den", "denn"),
        ("Was bedeutet das den nun für die Praxis?", "den", "denn"),
        ("Wir prüfen alles, den jeder Fehler kann teuer werden.", "den", "denn"),
        ("Wen man genau hinsieht, erkennt man das Muster.", "Wen", "Wenn"),
        # the clause already has its object: no place is left for "wen"
        ("Es hilft, wen man eine Liste führt.", "wen", "wenn"),
        ("Ich weis nicht, ob das stimmt.", "weis", "weiß"),
        # "lies" after a subject or before "sich" is the past of "lassen"
        ("Der Autor lies sich davon nicht beirren.", "lies", "ließ"),
        ("Dass er den Plan fallen lies, überraschte alle.", "lies", "ließ"),
        ("Man weis nie, was die Messung ergibt.", "weis", "weiß"),
        ("Die Tabelle weißt auf eine Lücke hin.", "weißt", "weist"),
        ("Der Entwurf weißt zwei Mängel auf.", "weißt", "weist"),
        ("Keiner weißt, wann die Frist endet.", "weißt", "weiß"),
        ("Wir kürzen den Text, den in dieser Form liest man ihn nicht.", "den", "denn"),
        ("Mann kann die Werte auch schätzen.", "Mann", "Man"),
        ("Es zeigt sich, dass mann nicht alles messen kann.", "mann", "man"),
        ("Der Speicher ist großer als nötig.", "großer", "größer"),
        ("Die Reihe ist langer als die erste.", "langer", "länger"),
        ("Das liegt nicht am Code, sonder an den Daten.", "sonder", "sondern"),
        ("Seid dem Umbau sinken die Kosten.", "Seid", "Seit"),
        ("Die Kosten sinken seid 2019.", "seid", "seit"),
        ("Das spiegelt sich in den Zahlen wieder.", "wieder", "wider"),
        ("Alle erhielten eine Email mit dem Link.", "Email", "E-Mail"),
    ],
)
def test_real_words_the_clause_shows_to_be_wrong(text: str, word: str, fix: str) -> None:
    [(flagged, message)] = comments(text)
    assert flagged == word
    assert message.startswith(f"Rechtschreibung: »{word}« → »{fix}«: ")


@pytest.mark.parametrize(
    "text",
    [
        "Der Hund, den ich gestern sah, bellte laut.",
        "Das ist ein Punkt, den man beachten muss.",
        "Der Weg, den die Firma ging, war lang.",
        "Der Weg, für den es keinen Ersatz gibt, ist lang.",
        "Den Bericht habe ich gestern gelesen.",
        "Wir betrachten den so genannten Effekt genauer.",
        "Wir prüfen den noch offenen Punkt zuerst.",
        # an extended attribute with a gerundive before the article's noun
        "Tragen Sie den als Kennung zu nutzenden Namen ein.",
        "Das ist ein Punkt, den alle kennen und den niemand beachtet.",
        "Das ist der Weg, den jeder Mensch gehen muss, um anzukommen.",
        # the main clause's verb right after the relative clause's: "den" was relative
        "Der Ansatz den wir wählen ist neu.",
        "Der Ansatz, den Forschung nutzt, ist neu, und den Kollegen gefällt er.",
        # a bracketed aside inside the relative clause does not end it
        "Maßgeblich war der Entwurf, den das Planungsbüro (ein Team aus Basel) 2004 vorlegte.",
        "Wen hast du zuerst gefragt?",
        "Weißt du, wann die Frist endet?",
        "Du weißt, dass die Frist endet.",
        "Sie wusste nicht, wen sie fragen sollte.",
        # "wen" is the object; the other phrase a dative, or the verb takes two accusatives
        "Unklar ist, wen er den Kindern vorstellt.",
        "Er weiß, wen er die Aufgabe erledigen lässt.",
        "Sie fragt, wen man die Sache lehrt.",
        # a demonstrative takes up a relative "wen"
        "Wen man liebt, dem verzeiht man.",
        "Weis ihn bitte darauf hin.",
        "Er machte ihr weis, dass alles in Ordnung sei.",
        "Lies den Text vor der Sitzung genau.",
        "Bitte lies die Anleitung.",
        "Das Kürzel heißt „RTFM“ (Lies das Handbuch).",
        "Wir loben den in dieser Phase gewonnenen Einblick.",
        "Der Mann kann die Werte schätzen.",
        "Ein erfahrener Mann muss das prüfen.",
        "Es gilt, dass Mann und Frau gleich bezahlt werden.",
        "Der Speicher ist größer als nötig.",
        "Sie ist eine andere als früher.",
        "Die Fehler waren sonder Zahl.",
        # a truncated compound; a comparative Duden allows with or without the umlaut
        "Vermeiden Sie Sonder- und Leerzeichen in Dateinamen.",
        "Die neue Spalte ist schmaler als die alte.",
        # a demonstrative "den" and a genitive; an article before an extended attribute
        "Das betrifft den Rand des Textes, nicht den der Seite.",
        "Der Befehl fügt den als Parameter übergebenen Wert am Ende ein.",
        # "seid" with "ihr", or as an imperative
        "Ihr seid dem Plan seit Wochen treu.",
        "Seid Vorbilder und seid ehrlich.",
        "Er spiegelte sich im Glas und kam wieder, der Spiegel hing wieder.",
        # enamel, and a field name written small
        "Das Email wird bei 800 Grad auf den Stahl gebrannt.",
        "Das Feld email enthält die Adresse.",
        # a relative "den" whose clause holds a quoted title
        "Um den Wandel, den der „Bericht“ beschreibt, zu verstehen, lohnt ein Blick zurück.",
    ],
)
def test_real_words_where_they_are_right(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Idee stammt von Charles Levert, der sie zuerst beschrieb.",
        "Wie Levert (2019) zeigt, ist der Ansatz tragfähig.",
        "Nach Levert et al. ist der Effekt klein.",
        "Das Paket vorbis-tools wird separat installiert.",
        # a co-author's citation, an initial before the surname
        "Levert und Brouwer (2019, S. 12) unterscheiden zwei Fälle.",
        "Laut Levert & Brouwer 2019 ist das anders.",
        "Unter General Charles W. Levert wuchs die Truppe.",
    ],
)
def test_surnames_and_tool_names_are_not_slips(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an adjective in "-isch" from a noun in "-ie" in use, a numeral before an adjective
        "Die Messung erfolgte mit spirometrischer Atemgasanalyse.",
        "Es folgte eine zweifaktorielle Varianzanalyse.",
        # a learned prefix before a listed word
        "Vor der Operation steht ein Programm zur Prehabilitation.",
        "Die Wärme wird mit optothermischen Methoden bestimmt.",
        "Der Wandaufbau wurde hygrothermisch untersucht.",
        # a verb's stem before a listed adjective
        "Kurze Übungen gelten als lernwirksam.",
        "Die lernbezogene Belastung sank in der lernintensiven Phase.",
        # a noun before an adjective German joins to nouns like a suffix
        "Der Ablauf war leitfadengemäß, mit kontextspezifischen und saisonbedingten Lücken.",
        # the present participle of a listed verb ("spanen"), no "spannend" misspelt
        "Die Teile wurden spanend bearbeitet, die spanende Fertigung folgte.",
        # a particle and a noun, one letter from another compound ("Vormacht")
        "Die Messwerte der Vornacht fehlen.",
    ],
)
def test_unseen_forms_of_terms_in_use_are_derivations(text: str) -> None:
    assert comments(text) == []


def test_a_surname_after_a_name_that_is_also_a_noun_is_a_name_throughout() -> None:
    # "Hans" is also a noun in the lexicon; after a noun, not an article, it is the name
    text = "Die Chronik des Schneiders Hans Kesselring ist erhalten. Kesselring notiert Preise."
    assert comments(text) == []
    # after an article "Junge" is the noun: the word after it is no surname elsewhere
    assert [word for word, _ in comments("Der Junge Mennsch lernt. Ein Mennsch lernt.")] == [
        "Mennsch"
    ]


def test_a_surname_after_a_first_name_is_a_name_throughout_the_document() -> None:
    assert comments("Erzählt wird von Paul Bäumer. Später zweifelt Bäumer am Krieg.") == []


def test_a_capitalised_word_one_slip_from_a_name_only_is_a_name() -> None:
    """ "Kemmerich" → "Emmerich" would trade one name for another."""
    assert comments("In dieser Szene stirbt Kemmerich im Lazarett.") == []


def test_a_surname_from_the_bibliography_is_not_a_slip() -> None:
    blocks = [
        Block(0, "Den Ansatz beschreibt Levert ausführlich."),
        Block(1, "Levert, C. (2019): Ein Titel. Berlin.", is_prose=False),
    ]
    assert Checker(["spelling"]).check_all(blocks) == []


def test_a_quoted_term_is_used_as_such() -> None:
    assert comments("Der Befehl heißt »entwicklen« und ist veraltet.") == []
    assert comments("Der Befehl heißt entwicklen und ist veraltet.") != []


def test_den_ein_oder_anderen_is_an_article() -> None:
    assert comments("Jeder macht den ein oder anderen Fehler.") == []


def test_a_manual_page_reference_is_a_name() -> None:
    assert comments("Details stehen in perlre(1) und in umount(8).") == []


def test_a_token_longer_than_any_word_is_not_analysed() -> None:
    # Compound analysis and the tagger grow faster than the length; a hostile token is skipped.
    from services.processor.checker.grammar import word_tags
    from services.processor.checker.tokens import MAX_WORD_LENGTH

    garbage = "Xq" + "abcdefghiklmnoprstu" * 300
    assert len(garbage) > MAX_WORD_LENGTH
    assert word_tags(garbage) == frozenset()
    assert Checker().check_all([Block(0, f"Das ist {garbage} hier.")]) == []


def test_german_is_checked_against_german_and_austrian_dictionaries() -> None:
    # enchant reads "de_DE_frami" as "de" and may then load an Austrian dictionary.
    from services.processor.checker.dictionary import speller

    assert speller("de").tags == ("de_DE", "de_AT")
    assert speller("en").tags == ("en_US", "en_GB")


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        # two likely slips at once, where no single one makes a word
        ("Die Mittarbeitter sind zufrieden.", "Mittarbeitter", "Mitarbeiter"),
        ("Eine wichtige Vorrausetzung fehlt.", "Vorrausetzung", "Voraussetzung"),
        # a known first part, then a misspelt last one
        ("Die Datenbankstrucktur ist einfach.", "Datenbankstrucktur", "Datenbankstruktur"),
        # a misspelt first part, then a known noun
        ("Die Regresionsgerade steigt leicht.", "Regresionsgerade", "Regressionsgerade"),
        (
            "Die Vorraussetzungsprüfung fehlt.",
            "Vorraussetzungsprüfung",
            "Voraussetzungsprüfung",
        ),
        # a compound Hunspell builds, but nobody writes, one slip from one people do
        ("Sie beschreiben ihren Arbeitsstiel genau.", "Arbeitsstiel", "Arbeitsstil"),
    ],
)
def test_slips_beyond_one_edit_get_the_right_correction(text: str, word: str, fix: str) -> None:
    assert comments(text) == [(word, f"Rechtschreibung: »{word}« → »{fix}«?")]


@pytest.mark.parametrize(
    "text",
    [
        # a slip would make another common noun of the last part: "Zeile" is no slip of "Ziele"
        "Die Kopfzeile steht über der Hauptzeile.",
        "Die Fußleiste enthält eine Suchleiste.",
        # a verb's stem or a word, then a known noun: a compound, no slip to repair
        "Die Heulanfälle nahmen zu, auch die Dockerimages wuchsen.",
        # nobody has written it, but both parts are common and "Stil" commoner than "Steil"
        "Für den Bericht wählt man eine Stilvorlage.",
    ],
)
def test_a_compound_of_common_nouns_is_not_the_slip_of_another(text: str) -> None:
    assert comments(text) == []


def test_a_derivations_suffix_is_no_compounds_last_noun() -> None:
    # "-ismus" derives from "Plagiar-", though "der Ismus" is a noun: no "Plagiatismus"
    assert comments("Der Plagiarismus ist so alt wie die Wissenschaft.") == []
    assert comments("Der Realsimus prägt die Epoche.") == [
        ("Realsimus", "Rechtschreibung: »Realsimus« → »Realismus«?")
    ]


def test_wider_read_as_wieder_is_corrected() -> None:
    # both prefixes make verbs, so the analysis accepts either; the dictionary knows the right one
    [(word, message)] = comments("Die Zahlen wiederspiegeln den Trend.")
    assert word == "wiederspiegeln" and "»widerspiegeln«" in message
    assert comments("Wir wiederholen den Versuch morgen.") == []
    # and "wieder" (again) written "wider" in a compound
    [(word, message)] = comments("Die Testwiderholung lief gut.")
    assert word == "Testwiderholung" and "»Testwiederholung«" in message
    assert comments("Der Widerstand der Gegner wuchs.") == []


@pytest.mark.parametrize(
    ("text", "word", "noun"),
    [
        ("Viele Angestellt arbeiten im Büro.", "Angestellt", "Angestellte"),
        ("Das Angebot richtet sich an Jugendlich aus der Stadt.", "Jugendlich", "Jugendlichen"),
        ("Im Verein ist ein Erwachsen immer dabei.", "Erwachsen", "Erwachsener"),
    ],
)
def test_an_adjective_used_as_a_noun_keeps_its_ending(text: str, word: str, noun: str) -> None:
    [(flagged, message)] = comments(text)
    assert flagged == word and f"»{noun}«" in message


@pytest.mark.parametrize(
    "text",
    [
        # an adjective capitalised before its noun is the capitalization check's business
        "In einem Verteilten System laufen viele Knoten.",
        # a surname
        "Wie von Klein (2019) gezeigt, hilft das.",
        # the first part of a truncated compound
        "Der Weg führt über Irr- und Umwege.",
        "Das steht im Lade-(Positionierungs)-Feld.",
        # part of a verbal phrase, or a predicate in a relative clause
        "Der Schritt zum Selbstständig werden fällt schwer.",
        "Es gibt Firmen, die Unabhängig bleiben wollen.",
    ],
)
def test_a_capitalised_adjective_that_is_no_bare_noun_is_left_alone(text: str) -> None:
    assert comments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die unkomplizirtliche Lösung überzeugt.",
        "Die Werte sind aussagekräftigerisch.",
        # no German ending, but German letters nobody has ever written so
        "Die Teilnehmer wurden verunsichtet.",
        # "sch" is one sound: "schschspr" is no run of consonants as in code
        "Die schwedischschsprachige Fassung fehlt.",
    ],
)
def test_german_endings_on_a_garbled_stem_ask_to_check(text: str) -> None:
    [(_word, message)] = comments(text)
    assert "unbekanntes Wort – bitte prüfen" in message


@pytest.mark.parametrize(
    "text",
    [
        # forms Hunspell lacks but inflection makes
        "Die Kosten des Marketings steigen.",
        "Die teueren Geräte fehlen noch.",
        "Wie gehts weiter, und passts so?",
        # verbs in -ieren made of a noun or an English word
        "Die versionierten Pakete liegen bereit.",
        "Die Daten werden im Cache gepuffert und später retouchiert.",
        # a Greek or Latin prefix on a known word
        "Die neoliberalistische Sicht greift zu kurz.",
        "Beide Pakete sind koinstallierbar, wie der Koautor schreibt.",
        # the first part of a hyphenated compound: a verb stem, or a noun without its e
        "Das Ausgeh-Verhalten und die Aushilfs-Jobs ändern sich.",
        "Die Kunden-Adress-Verwaltung liegt im Modul für Stammdaten.",
        # a quotation adjusted in brackets
        "Er nannte es „[B]eneidenswert“ und ging.",
        # a tool name carries no German ending
        "Die Datei mobileconfig liegt im Ordner.",
        # two English words make a name, not a slip of "Netzfilter"
        "Die Netfilter-Regeln gelten für alle Schnittstellen.",
        # a number, a noun and "-ig": having that many of it
        "Nach einem neuntägigen Kurs folgt ein siebentaktiges Motiv.",
        "Der Satz hat mehrtaktige Pausen.",
        # a separable particle before a listed participle, or "zu" inside a verb in -ieren
        "Die Noten sind übergebunden, und wir haben vor, sie umzugruppieren.",
        # a place and "-er"; a comparative with its ending
        "Die Kiever Gruppe wählte eine vergleichbarere Lösung.",
        # a surname after a first name and its particles; lines counted like other nouns
        "Es schrieben Jan van der Torren und Anna de Vries über das fünflinige System.",
        # an ending in brackets; a first name before an initial; "umher" and "zu" in a verb
        "Die Nutzung(sdauer) schrieb Andries E. Brouwer auf, um Daten umherzukopieren.",
        # a first part in brackets before the rest of the compound
        "Die Helligkeit des (Farb)werts steigt, der (Bild)schirm bleibt dunkel.",
        # who or what does it, on a verb stem
        "Der Einleser übergibt die Ausdrücke an den Berechner.",
        # ... inflected, however close the verb is, and as a compound's last part
        "Die Meldungen kommen von den Auflösern der Namen.",
        "Der Fehler des Abhängigkeitsauflösers wird vom Richtlinienanpasser behoben.",
        # a zu-infinitive as an adjective: what is to be done
        "Die auszubringende Menge und die einzubindenden Dateien sind klein.",
        # the letters after the first part open the last part ("Namen"), no linking "n"
        "Das Programm speichert einen Langnamen für jede Datei.",
        # an English noun with the German plural s
        "Die Hashs der Dateien werden verglichen.",
        # a listed noun's regular genitive, which Hunspell's affixes lack
        "Der Zähler des Deskriptors steigt.",
        # an English verb whose final consonant German doubles after a short vowel
        "Die Datei wird gemappt, die gemappten Seiten bleiben, und er hat gechattet.",
        # a compound adjective opening a sentence
        "Speicherinterner Zwischenspeicher wird zuerst geleert.",
        # a listed word's rare inflection is no slip of a commoner word
        "Die Länge des Trillers bleibt gleich.",
        # an English verb nominalized after a neuter determiner
        "Nach dem Mergen in den Hauptzweig laufen die Tests.",
        # "ver-" makes a verb of an adjective in use, however rare its forms
        "Die Studie will den Befund vereindeutigen und Routinen veralltäglichen.",
    ],
)
def test_well_formed_words_are_left_alone(text: str) -> None:
    assert comments(text) == []


def test_a_draft_broken_off_or_slipped_is_left_to_the_repeated_word_check() -> None:
    for text in ("Die Auswertng Auswertungen zeigen es.", "Die Protokol „Protokolle“ zeigen es."):
        assert comments(text) == []
        [draft] = checking.flagged("repeated_word", text)
        assert draft.startswith(text.split()[1])
    # an acronym is no first try at the next word, nor is a loan word like its start
    assert checking.flagged("repeated_word", "Der Standardwert von IFS ist leer.") == []
    assert (
        checking.flagged("repeated_word", "Dann wird die Unit unterhalb davon eingeordnet.") == []
    )
    # nor is an English article a first try at a name written with inner capitals
    assert checking.flagged("repeated_word", "Lesen Sie dazu The TeX Book von Knuth.") == []
    # nor an English word before another in an English name
    text = "Das Format Markup Language for Formatting Texts ist alt."
    assert checking.flagged("repeated_word", text) == []
    assert checking.flagged("repeated_word", "Der Hint Hintergrund ist blau.") == [
        "Hint Hintergrund"
    ]
    # ... though in German a broken-off start may happen to be an English word
    assert checking.flagged("repeated_word", "Die Men Menschen sind gut.") == ["Men Menschen"]


def test_a_relative_den_is_no_denn() -> None:
    # the verbs close the clause, so "den" opens a relative clause
    assert comments("Das ist der Weg, den wir gehen müssen.") == []
    assert comments("Das ist der Preis, den die Firma bezahlt hat.") == []
    # subjects joined by "und" before the clause-final verb
    assert comments("Er lobt den Ton, den die hellen Geigen und tiefen Bässe tragen.") == []
    # a participle before its noun is no verb in second place
    assert comments("Er wählt den Wert, den das neu gebaute Modell nutzen kann.") == []
    # a second relative clause after the first one's verb is no part of the first
    text = "Es ist ein Ort, den der Gast bzw. ein Verein auswählt und der alles bietet."
    assert comments(text) == []
    # an infinitive with "zu" before the clause-final verbs is no finite verb in second place
    text = "Es ist der Betrag, den ein Kunde für Brot oder eine Torte zu zahlen bereit ist."
    assert comments(text) == []
    [(word, _)] = comments("Wir warten, den die alte Regel gilt nicht mehr.")
    assert word == "den"
    [(word, message)] = comments("Die Bögen wurden ausgewertet, den die Zeit war knapp.")
    assert word == "den" and "»denn«" in message


def test_a_name_the_document_writes_as_a_path_is_a_technical_name_in_prose() -> None:
    prose = "Beim Start liest blumwerk die Regeln aus der Datei."
    assert checking.flagged("spelling", prose) == ["blumwerk"]
    path = "Die Regeln liegen unter /usr/share/blumwerk/regeln.txt bereit."
    assert checking.flagged("spelling", path, prose) == []
    # A slash between German words ("er/sie", "und/oder") is no path.
    assert checking.flagged("spelling", "Wer blumwerk und/oder andere nutzt, liest.") == [
        "blumwerk"
    ]


@pytest.mark.parametrize(
    ("word", "well_formed"),
    [
        # -heit and -keit take the bare adjective, not an inflected form
        ("Offenheit", True),
        ("Trockenheit", True),
        ("Ungewissenheit", False),
        ("Gesundenheit", False),
        # "un-" negates content words, never a pronoun
        ("unklar", True),
        ("unsich", False),
        # a Greek noun in -ma makes its verb through -mat-; re- and de- prefix a verb in -ieren
        ("lemmatisierten", True),
        ("schematisiert", True),
        ("refaktorisiert", True),
        ("deserialisieren", True),
        # a verb in -isieren of a name the dictionary knows, but not of a slip in the name
        ("ubuntuisierte", True),
        ("debienisiert", False),
        # an adjective makes no verb in -ieren by its capitalised form
        ("korruptiert", False),
        # not before a misspelt verb, nor before a word in -ieren that is no verb form
        ("reparriert", False),
        ("deschwierige", False),
        # an adjective in -isch drops its noun's -ie or -ik
        ("narratologischen", True),
        ("informatische", True),
        ("devier", False),
    ],
)
def test_derivations_attach_to_the_right_stems(word: str, well_formed: bool) -> None:
    assert speller("de").known(word) is well_formed


def test_after_a_class_noun_a_word_whose_fix_is_a_noun_is_the_name() -> None:
    # the slot after "das Werkzeug" holds a name or the predicate; "update" fits neither
    assert checking.flagged("spelling", "Danach startet das Werkzeug updatee den Abgleich.") == []
    assert checking.flagged("spelling", "Danach startet das Werkzeug ddownload den Abgleich.") == []
    # a slip of a verb, or of a word that may be one, is still a slip
    assert checking.flagged("spelling", "Der Befehl funktoniert nicht.") == ["funktoniert"]
    assert checking.flagged("spelling", "Danach liest der Befehl ffilter die Liste.") == ["ffilter"]


def test_a_command_with_options_is_a_name_wherever_the_document_writes_it() -> None:
    call = "Der Aufruf lautet galdzorp -s EPSG:4326 -t EPSG:25832 eingabe.tif."
    prose = "Die Daten wurden mit galdzorp umgerechnet."
    assert checking.flagged("spelling", prose) == ["galdzorp"]
    assert checking.flagged("spelling", call, prose) == []
    # an option's value: "-p flimm" is no German word either
    assert checking.flagged("spelling", "Die Ausgabe wird mit -p galdzorp eingeschränkt.") == []
    assert checking.flagged("spelling", "Sie zeigt alles, und -p galdzorp kürzt es.") == []
    # a dash between spaces is punctuation, and a minus precedes a number
    assert checking.flagged("spelling", "Das Ergebniss – so zeigt sich – hält.") == ["Ergebniss"]
    assert checking.flagged("spelling", "Die Temperatur sankk auf -5 Grad.") == ["sankk"]
    # a compound's last part after "und" or "oder", and a marker ending in a hyphen
    text = "Der Haupteingang und -ausgang standn offen."
    assert checking.flagged("spelling", text) == ["standn"]
    assert checking.flagged("spelling", "Die laute, fruchbare -markiert- Musik.") == ["fruchbare"]


def test_after_a_class_noun_an_unknown_word_is_a_name_unless_a_fix_convinces() -> None:
    assert checking.flagged("spelling", "Das Skript galdzorp räumt nach dem Löschen auf.") == []
    assert checking.flagged("spelling", "Die Grafiken entstanden mit dem Paket galdzorp.") == []
    # the classes of things a computing thesis names: a daemon, an account, a repository
    text = "Wir starten den Daemon galdzorpd. Danach meldet galdzorpd den Status."
    assert checking.flagged("spelling", text) == []
    # a word one slip from a German word is still that word misspelt
    assert checking.flagged("spelling", "Das Programm funktionert nicht.") == ["funktionert"]
    # a verb's infinitive or participle stands there too, and a name in quotes between is none
    assert checking.flagged("spelling", "Die Skripte galdzorpen alles.") == ["galdzorpen"]
    assert checking.flagged("spelling", "Die Version galdzorpt wurde.") == ["galdzorpt"]
    text = "Sie sind in der Datei »regeln.txt« galdzorpt."
    assert checking.flagged("spelling", text) == ["galdzorpt"]
    # without a class noun before it, the same word is unknown
    assert checking.flagged("spelling", "Die Grafiken entstanden mit galdzorp.") == ["galdzorp"]


def test_a_small_word_where_german_writes_a_capital_is_a_name_throughout() -> None:
    """A sentence opens with a capital, and so does a noun after an article: a word kept small
    there is written as its owner writes it, here and wherever the document uses it."""
    elsewhere = "Die Daten wurden mit galdzorp umgerechnet."
    assert checking.flagged("spelling", elsewhere) == ["galdzorp"]
    assert checking.flagged("spelling", "galdzorp rechnet Koordinaten um.", elsewhere) == []
    assert checking.flagged("spelling", "Die Option galdzorp fehlt.", elsewhere) == []
    # an English word after a class noun is a command's name, though one slip from "frei"
    assert checking.flagged("spelling", "Danach meldet free den Rest.") == ["free"]
    text = "Der Befehl free zeigt den Speicher. Danach meldet free den Rest."
    assert checking.flagged("spelling", text) == []
    # one slip from a German word, the word is that word misspelt there too
    assert checking.flagged("spelling", "duch die Tür ging er.") == ["duch"]
    text = "Das Thema interesiert mich. Die Arbeit interesiert mich."
    assert checking.flagged("spelling", text) == ["interesiert", "interesiert"]
    # an infinitive after a class noun is the clause's verb, no name
    assert checking.flagged("spelling", "Die Option galdzorpen fehlt.") == ["galdzorpen"]


def test_an_english_sentence_opening_small_or_a_word_before_a_class_noun_is_a_name() -> None:
    """English capitalises every sentence's first word, and puts a thing's name before its
    class noun ("the printf command"): a small unknown word there is a name, even one slip
    from a word, here and wherever the document uses it."""
    elsewhere = "The archive checks the files that printx signed."
    assert checking.flagged("spelling", elsewhere, language="en") == ["printx"]
    text = "printx signs the files. " + elsewhere
    assert checking.flagged("spelling", text, language="en") == []
    text = "Run the printx command. " + elsewhere
    assert checking.flagged("spelling", text, language="en") == []
    text = "The zebra and printx daemons start at boot."
    assert checking.flagged("spelling", text, language="en") == []
    text = "It tries the printx and galdzorp drivers. The printx file is old."
    assert checking.flagged("spelling", text, language="en") == []
    # capitalised at a sentence's start, the name is still the name; alone, a slip
    text = "Konqueror is a browser. Install the konqueror package."
    assert checking.flagged("spelling", text, language="en") == []
    assert checking.flagged("spelling", "Konqueror is a browser.", language="en") == ["Konqueror"]
    # alone in brackets after a noun of its class, a small word is the thing's name
    text = "It ships a media player (printx) and a text editor (galdzorp)."
    assert checking.flagged("spelling", text, language="en") == []
    assert checking.flagged("spelling", "Es gibt einen Texteditor (printx).") == []
    assert checking.flagged("spelling", "Die Messung (ungenua) schwankt.") == ["ungenua"]
    # a slip inside the sentence, or before a noun of no class, is still a slip
    text = "The files are signed by the printx team."
    assert checking.flagged("spelling", text, language="en") == ["printx"]
    assert checking.flagged("spelling", "Run the commmand twice.", language="en") == ["commmand"]
    # German writes small first words as slips often enough: "duch" stays one
    assert checking.flagged("spelling", "duch die Tür ging er.") == ["duch"]


def test_in_a_list_of_small_words_one_plain_name_makes_the_unknown_ones_names() -> None:
    """ "grep, wc, sort, uniq": where one member is plainly a program's name, a member one
    slip from a word ("uniq", "uni") is a name too."""
    text = "Sie verketten Werkzeuge wie grep, wc, cut und uniq."
    assert checking.flagged("spelling", text) == []
    # without a plain name among them, each slip is a slip
    text = "Die Lösung ist schnel, einfach, zuverläsig und günstig."
    assert checking.flagged("spelling", text) == ["schnel", "zuverläsig"]
    # two members are no enumeration
    assert "uniq" in checking.flagged("spelling", "Danach laufen galdzorp und uniq.")


@pytest.mark.parametrize("word", ["lvxtendall", "xbmtopng", "dvidrucker"])
def test_a_word_opening_with_consonants_no_german_word_begins_with_is_a_name(word: str) -> None:
    assert checking.flagged("spelling", f"Die Daten wurden mit {word} umgerechnet.") == []


def test_a_letter_dropped_after_the_first_is_still_a_slip() -> None:
    """ "bf" opens no German word, but "befindet" one letter on does: a slip, not a name."""
    assert checking.flagged("spelling", "Es bfindet sich im Ordner.") == ["bfindet"]
    assert checking.flagged("spelling", "Die Texte wurden gschrieben.") == ["gschrieben"]


def test_a_place_adjective_is_no_slip_of_another_place_adjective() -> None:
    # "Tannheimer" → "Mannheimer": both name a place, one the lexicon lacks
    assert checking.flagged("spelling", "Sie wohnt in der Tannheimer Straße.") == []
    # a slip inside a known place adjective is still a slip
    assert checking.flagged("spelling", "Sie wohnt in der Mannheimerr Straße.") == ["Mannheimerr"]


def test_a_rare_english_noun_takes_a_regular_plural_and_an_ate_verb() -> None:
    text = "The ritornellos frame the aria, and the thiazoles were methylated."
    assert checking.flagged("spelling", text, language="en") == []
    text = "Formylation of the indole gave the formylated product."
    assert checking.flagged("spelling", text, language="en") == []
    # a common noun the dictionary gives no plural is uncountable
    text = "The softwares and homeworks were old."
    assert checking.flagged("spelling", text, language="en") == ["softwares", "homeworks"]
    # unless its plural is written nearly as often as the noun
    assert checking.flagged("spelling", "Both dialogs close at once.", language="en") == []


def test_an_english_adverb_of_an_adjective_by_its_ending_is_a_word() -> None:
    text = "Light is diffusely or specularly reflected."
    assert checking.flagged("spelling", text, language="en") == []
    # a slip in the adjective is still a slip
    assert checking.flagged("spelling", "It is speculary reflected.", language="en") != []


def test_a_romance_particle_joins_two_parts_of_a_name() -> None:
    text = "The feast of the Virgen del Carmen lasts four days."
    assert checking.flagged("spelling", text, language="en") == []
    # German articles and prepositions are no such particle
    assert checking.flagged("spelling", "Das Ergebniss des Projekts zählt.") == ["Ergebniss"]
    assert checking.flagged("spelling", "Das Ergebniss von Meier zählt.") == ["Ergebniss"]


def test_a_lower_case_first_part_before_a_noun_is_a_name() -> None:
    # German writes a compound's first part capitalised: "Daten-Export"; "galdzorp-Dienst"
    # couples a program's name to the noun
    assert checking.flagged("spelling", "Der galdzorp-Dienst startet früh.") == []
    # alone it is judged as ever, and so is a capitalised first part
    assert checking.flagged("spelling", "Danach startet galdzorp früh.") == ["galdzorp"]
    assert checking.flagged("spelling", "Der Ergebnnis-Export startet früh.") == ["Ergebnnis"]


def test_an_english_name_is_no_slip_of_another_name() -> None:
    text = "Mattheson and the Fischer–Borsche synthesis are cited."
    assert checking.flagged("spelling", text, language="en") == []
    # a capitalised slip of a common word is still a slip
    assert checking.flagged("spelling", "Wednessday was cold.", language="en") == ["Wednessday"]
    assert checking.flagged("spelling", "Becuase it rained.", language="en") == ["Becuase"]
    # inside an English sentence a capital marks a name, however near a word it is
    text = "Other browsers include Falkon and the Konqueror program, set up with Dirvish."
    assert checking.flagged("spelling", text, language="en") == []
    # nor does a lower-case word that several words fit equally: a daemon's name
    text = "The system starts everything through systemd at boot."
    assert checking.flagged("spelling", text, language="en") == []


def test_a_word_of_the_other_language_between_own_words_may_be_a_slip() -> None:
    # "wich" is German ("weichen"), but between English words one letter short of "which"
    text = "The salt was dissolved in water, wich was then filtered."
    assert comments(text, "en") == [("wich", "Spelling: “wich” → “which”?")]
    # German capitalises its nouns: a quoted German noun stays apart from English slips
    assert comments("The notion of Bildung shapes the debate.", "en") == []
    # names in capitals beside it tell no language: a German "oder" between variables
    assert comments("It reads the variables VISUAL oder EDITOR first.", "en") == []


def test_a_short_slip_is_offered_where_its_rivals_are_costlier_slips() -> None:
    # "nacht" is "nach" with a stray letter; "nicht" is a letter swapped, left unsaid
    assert comments("Wir fuhren nacht Hamburg.") == [
        ("nacht", "Rechtschreibung: »nacht« → »nach«?")
    ]
    # only towards a very common word: "kurd" is not offered "kurt"
    assert comments("Die Tonarten heißen rast und kurd.") == []


def test_letters_glued_to_digits_name_a_thing() -> None:
    assert comments("The table tenk1 holds ten thousand rows.", "en") == []
    assert comments("Das Dateisystem ext4 und die Tabelle tenk1 sind Beispiele.") == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Their are two reasons for this.", "Their", "There"),
        ("The share earning less then the minimum fell.", "then", "than"),
        ("Without water the plants may loose their leaves.", "loose", "lose"),
        ("The model and it's weights are public.", "it's", "its"),
        ("We asked who's method was used.", "who's", "whose"),
        ("Each group kept there own notes.", "there", "their"),
        ("The affect of noise on sleep was small.", "affect", "effect"),
        ("It is unclear weather or not the trend holds.", "weather", "whether"),
        # after an article and an adjective the noun is "effect"; "has led", "could have"
        ("Rain had a strong affect on the harvest.", "affect", "effect"),
        ("Rising rents have lead to protests.", "lead", "led"),
        ("We should of asked earlier.", "of", "have"),
        # a plural, then a participle or an adjective: the verb "were"
        ("The samples where stored at four degrees.", "where", "were"),
        ("Its likely that the effect persists.", "Its", "It's"),
        # "a" before a consonant sound, "an" before a vowel sound, whatever the letter
        ("This was an difficult year.", "an", "a"),
        ("It took a hour.", "a", "an"),
        ("She held an unique position.", "an", "a"),
        ("We saw a odd result.", "a", "an"),
        # a countable plural takes "fewer"
        ("The second run produced less failures.", "less", "fewer"),
        ("Less people replied in May.", "Less", "Fewer"),
    ],
)
def test_an_english_real_word_in_the_wrong_place(text: str, word: str, fix: str) -> None:
    assert [(w, m.split("”")[1]) for w, m in comments(text, "en")] == [(word, f" → “{fix}")]


@pytest.mark.parametrize(
    "text",
    [
        "Their results are clear, and then we stopped.",
        "The knot was loose, so it's known to slip.",
        "It's time to act, and it's kind of late.",
        "Rather than wait, the team acted.",
        # a letter, letters read by their names, and sounds the spelling leaves open
        "Option a is the default, and an ftp client or an n-gram model is used.",
        "It was a historic day, an utterly new idea, a user and an hour.",
        "The affect they showed was flat, and weather data came in.",
        "There are their own notes, and a one-off test ran on a European server.",
        # a noun "lead", "could, of course", "where" before its clause, the possessive "its"
        "The lead author has lead poisoning data, and we could of course ask her.",
        "The towns where they lived were small, and its likely cause was a flood.",
        # an amount, a mass noun, "more or less", a name
        "It took less time and less data, with more or less equal results on less Windows hosts.",
    ],
)
def test_english_real_words_in_their_place_stay_silent(text: str) -> None:
    assert comments(text, "en") == []


def test_the_same_comment_on_the_same_word_is_made_a_few_times_per_document() -> None:
    # a word queried all through a document is queried three times, the last with a note
    paragraphs = ["Das Ergebniss der Messung ist eindeutig."] * 5
    paragraphs.append("Der Plan ist vieleicht zu knapp.")
    findings = checking.check("spelling", *paragraphs)
    messages = [finding.message for finding in findings]
    assert len(messages) == 4
    assert messages[2].endswith("(Weitere Stellen dieser Art werden nicht einzeln markiert.)")
    # another word has its own count
    assert messages[3] == "Rechtschreibung: »vieleicht« → »vielleicht«?"


def test_the_rest_after_a_bracketed_first_part_is_still_checked() -> None:
    assert [word for word, _ in comments("Der (Bild)schrim bleibt dunkel.")] == ["schrim"]


def test_a_word_the_document_uses_comes_first_among_the_fixes() -> None:
    # "Berechtung": one letter from "Berechnung", but two dropped from "Berechtigung",
    # which the same paragraph uses
    text = (
        "Erteilen Sie die Berechtung für den Ordner. "
        "Ohne diese Berechtigung kann niemand darauf zugreifen."
    )
    assert comments(text) == [
        ("Berechtung", "Rechtschreibung: »Berechtung« → »Berechtigung« oder »Berechnung«?")
    ]


@pytest.mark.parametrize(
    ("texts", "word", "fixes"),
    [
        # the best fix is a compound no one writes; the document writes the one meant
        (
            ("Die Funktionsreferenz steht oben.", "Die Funktionrreferenz fehlt."),
            "Funktionrreferenz",
            "»Funktionsreferenz« oder »Funktionreferenz«",
        ),
        # the best fix is the document's word too, but it uses another one more often
        (
            (
                "Wir prüfen den benannten Kontext.",
                "Der benannten Datei folgt der benannten Liste.",
                "Den bekannten Fall nennt der beannten Kontext.",
            ),
            "beannten",
            "»benannten« oder »bekannten«",
        ),
        # without the document's word the commoner one stays
        (("Erteilen Sie die Berechtung für den Ordner.",), "Berechtung", "»Berechnung«"),
        # a word a sentence start capitalised is offered small, as the fix it already is
        (
            ("Gestern kam der Bericht. Gestern wurde er geprüft, heute gesstern.",),
            "gesstern",
            "»gestern«",
        ),
        # a slip at the end is as often another form: "Ergebnisse" is no better fix
        (
            ("Das Ergebniss ist eindeutig.", "Die Ergebnisse der anderen Gruppen auch."),
            "Ergebniss",
            "»Ergebnis«",
        ),
    ],
)
def test_the_document_offers_the_word_it_explains_best(
    texts: tuple[str, ...], word: str, fixes: str
) -> None:
    findings = checking.check("spelling", *texts)
    assert [f.message for f in findings] == [f"Rechtschreibung: »{word}« → {fixes}?"]


def test_a_loan_german_writes_more_than_its_german_twin_is_no_slip() -> None:
    # "Panel" is commoner in German text than "Paneel", one doubled letter away;
    # "Resource" is rarer than "Ressource", the German noun meant
    assert comments("Öffnen Sie in den Einstellungen das Panel für den Ton.") == []
    assert [word for word, _ in comments("Uns fehlt die Resource, die wir bräuchten.")] == [
        "Resource"
    ]


def test_a_name_the_document_sets_as_code_stays_a_name_when_capitalised() -> None:
    blocks = [
        checking.coded("Der Dienst `systemd` startet zuerst."),
        Block(1, "Die Zeitdauer, in der Systemd nicht auf Ereignisse reagiert, ist kurz.", "de"),
    ]
    assert Checker(["spelling"]).check_all(blocks) == []
    # without the code span nothing vouches for the name
    assert checking.flagged("spelling", blocks[1].text) == ["Systemd"]
    # an English word set as code vouches for no German noun: "des Programs" lacks an m
    blocks = [
        checking.coded("Die Option `programs` zeigt alle."),
        Block(1, "Der Name des Programs steht vorn.", "de"),
    ]
    [finding] = Checker(["spelling"]).check_all(blocks)
    assert "»Programms«" in finding.message
