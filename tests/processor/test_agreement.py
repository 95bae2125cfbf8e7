"""Kongruenz: article, adjective and noun agree; a one-case preposition gets its case.

Sentences written from the declension tables, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from services.processor.checker import Checker
from tests.processor import checking
from tests.processor.checking import check, flagged


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
        ("Der Umfang des Datensatz wuchs stetig.", "des Datensatz", "des Datensatzes"),
        ("Er beschreibt die Ursache des Fehler genau.", "des Fehler", "des Fehlers"),
        # a plural that doubled its s after a singular article
        ("Uns fehlt noch ein Ergebnisse der Messung.", "ein Ergebnisse", "ein Ergebnis"),
        # "Kindes" and "Kinds" are both right: the form people write more
        ("Das Alter des Kind spielt keine Rolle.", "des Kind", "des Kindes"),
        # a weak noun or a dative plural without its ending: the ending, not the article
        ("Hier stellen Sie den Exponent der Kurve ein.", "den Exponent", "den Exponenten"),
        ("Mit den Knöpfe im Menü wählen Sie die Form.", "den Knöpfe", "den Knöpfen"),
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
        # no determiner: the adjective takes the strong ending of its noun's case
        (
            "Die Messungen zeigen deutlichen Unterschiede.",
            "deutlichen Unterschiede",
            "deutliche Unterschiede",
        ),
        ("Das gilt für bestimmten Fälle.", "bestimmten Fälle", "bestimmte Fälle"),
        # "wegen" and the like take the genitive in writing
        (
            "Wegen dem hohen Aufwand wurde verschoben.",
            "Wegen dem hohen Aufwand",
            "Wegen des hohen Aufwands",
        ),
        ("Anhand einem Beispiel wird es klar.", "Anhand einem Beispiel", "Anhand eines Beispiels"),
        # a plural in -ungen after a singular article is no nominalized infinitive
        (
            "Trotz des intensiven Bemühungen blieb die Beteiligung gering.",
            "des intensiven Bemühungen",
            None,
        ),
        # after a preposition the article has its case
        (
            "Die Werte werden mit den aktuellen Forschungsstand verglichen.",
            "den aktuellen Forschungsstand",
            None,
        ),
        ("Bei allen Teilnehmer wurde gemessen.", "allen Teilnehmer", "allen Teilnehmern"),
        ("Das wurde von mehrere Autoren beschrieben.", "mehrere Autoren", "mehreren Autoren"),
        # article and noun agree, but not in the case the preposition governs
        ("Die Masse wurde mit einen Spachtel verteilt.", "einen Spachtel", "einem Spachtel"),
        ("Das gilt für jeder Schicht des Modells.", "jeder Schicht", "jede Schicht"),
        # "gemäß" and "entgegen" take the dative, not the genitive
        ("Gemäß des Plans wurde gebaut.", "des Plans", None),
        ("Entgegen der früheren Erwartungen stieg der Wert.", "der früheren Erwartungen", None),
        ("Die Werte stammen aus seine eigenen Messungen.", "seine eigenen Messungen", None),
        # an adjective after a plural quantifier: strong after "viele", weak after "alle"
        ("Alle befragte Firmen antworteten.", "Alle befragte Firmen", "Alle befragten Firmen"),
        ("Es gab viele offenen Fragen.", "viele offenen Fragen", "viele offene Fragen"),
        ("Wir sprachen mit allen beteiligte Ämtern.", "allen beteiligte Ämtern", None),
        # a genitive relative pronoun of the other gender or number
        ("Die Behörde, dessen Leitung wechselte, blieb.", "Behörde, dessen", "Behörde, deren"),
        ("Der Ausschuss, deren Sitzungen öffentlich sind, tagt.", "Ausschuss, deren", None),
        # an adverb between article and adjective
        (
            "Sie verfügt über einen gut ausgestattete Bibliothek.",
            "einen gut ausgestattete Bibliothek",
            None,
        ),
        # "zu" before an article is the preposition of the dative
        (
            "Das ist zu einen wichtigen Thema geworden.",
            "einen wichtigen Thema",
            "einem wichtigen Thema",
        ),
        # an ending too many: a plural or genitive the article has no reading for
        ("Wir besuchten ein Konzerte der Reihe.", "ein Konzerte", "ein Konzert"),
        ("Sie litt an einer Entzündungen.", "einer Entzündungen", "einer Entzündung"),
        ("Dabei halfen die Eltern und alle Lehrern.", "alle Lehrern", "alle Lehrer"),
        # an adjective declined after "jeder" makes it an article, not a pronoun
        ("Hier wird jeder größere Werte gerundet.", "jeder größere Werte", "jeder größere Wert"),
        # the governed case, adjectives declined along
        ("Sie prägt uns zu einen großen Teil.", "einen großen Teil", "einem großen Teil"),
        # a noun that is also a surname is still a noun ("Rolle", "Zeit")
        (
            "Hier spielt eine zentralen Rolle der Preis.",
            "eine zentralen Rolle",
            "eine zentrale Rolle",
        ),
        ("Dafür bleibt kein Zeit.", "kein Zeit", "keine Zeit"),
        # a noun whose small form the tagger takes for an infinitive, though no verb ends it
        ("Hier hilft ein knappen Leitfaden.", "ein knappen Leitfaden", "ein knapper Leitfaden"),
        # an inflected adjective HanTa also tags as predicative is still an attribute
        ("Wir planen den gesamte Ablauf neu.", "den gesamte Ablauf", "den gesamten Ablauf"),
        # a compound ending in "-er" is no adjective written small ("Bezugsbetreuer")
        (
            "Sie sprach mit ihren Fachbetreuer.",
            "ihren Fachbetreuer",
            "ihren Fachbetreuern",
        ),
        # "des" rules out a nominalized infinitive ("des Kostens"): "Kosten" is the plural
        (
            "Trotz des enormen Kosten hielt die Stadt fest.",
            "des enormen Kosten",
            "der enormen Kosten",
        ),
        # after a noun, without a verb to end a clause, "die" is the article
        ("Sie gab dem Kind die neue Bücher.", "die neue Bücher", "die neuen Bücher"),
        # a genitive "der" after a noun no relative "der" can refer to
        ("Man sah, dass die Qualität der übrige Ernte litt.", "der übrige Ernte", None),
        # a capitalised adjective in a name declines all the same
        (
            "Die Folgen des Ersten Weltkrieg prägten die Region.",
            "des Ersten Weltkrieg",
            "des Ersten Weltkriegs",
        ),
        # a number's ordinal declines like any adjective
        (
            "Es meldeten sich Studierende des dritten Semester.",
            "des dritten Semester",
            "des dritten Semesters",
        ),
        ("Es fanden die ersten offizielle Treffen statt.", "die ersten offizielle Treffen", None),
        # after a preposition of one case, the adjective takes that case's ending
        ("Das Modell wurde mit hohen Aufwand gebaut.", "hohen Aufwand", "hohem Aufwand"),
        # the polite possessive is capitalised anywhere, and still declined
        ("Die Werte folgen aus Ihrer Einstellungen.", "Ihrer Einstellungen", "Ihren Einstellungen"),
        # ... or the adjective fits and the noun's plural is meant
        ("Man wählt aus vorgegebenen Farbe.", "vorgegebenen Farbe", "vorgegebenen Farben"),
        # a cardinal above one makes the phrase plural, in the determiner's case
        ("Es regnete an den vier Wochenende davor.", "den vier Wochenende", "den vier Wochenenden"),
        ("Die Köpfe der zwölf Schraube sind rund.", "der zwölf Schraube", "der zwölf Schrauben"),
        ("Wir rechneten mit den beiden Modelle.", "den beiden Modelle", "den beiden Modellen"),
        ("Er schrieb in den vergangenen 14 Monat kaum.", "den vergangenen 14 Monat", None),
        # adjectives joined under one article decline alike
        ("Sie lobt den klugen und fleißige Schüler.", "den klugen und fleißige Schüler", None),
        (
            "Das folgt aus der ersten, weit schärfere Fassung.",
            "der ersten, weit schärfere Fassung",
            "der ersten, weit schärferen Fassung",
        ),
        # a preposition leads its article past an adverb of number
        ("Die Fenster umfassen Daten von jeweils einem Sekunde.", "einem Sekunde", "einer Sekunde"),
        # a particle may grade the adverb that grades the adjective
        (
            "Es geht um die Frage der auch privat erlaubte Nutzung.",
            "der auch privat erlaubte Nutzung",
            "der auch privat erlaubten Nutzung",
        ),
        # a phrase joined to one a preposition governs without article takes its case
        (
            "Der Term entsteht aus aktiver Nutzung und politischen Interesse.",
            "politischen Interesse",
            "politischem Interesse",
        ),
        # "aus" governs the dative when no "von" opened the phrase, or a verb came between
        ("Viele von ihnen kamen aus die Nachbarstadt.", "die Nachbarstadt", "der Nachbarstadt"),
        # a singular with no adjective, or a weak one, cannot stand without its article
        ("Das scheitert, da diese Ansatz fehlt.", "diese Ansatz", None),
        ("Das scheitert, weil diese neue Ansatz nicht trägt.", "diese neue Ansatz", None),
        # an article already in the governed case: the noun's genitive is what is wrong
        ("Das passt für dieses großen Feldes.", "dieses großen Feldes", "dieses große Feld"),
        # after a verb the preposition governs the phrase itself
        ("Das gilt bei dieser passende Lösung.", "dieser passende Lösung", None),
        # ... in the genitive only
        ("Der Fehler liegt in dem Benutzerinterfaces.", "dem Benutzerinterfaces", None),
        # a determiner alone is judged as ever, in the sentence that pairs them elsewhere
        ("Das liegt in der Verantwortung der Autors.", "der Autors", None),
        # before a noun that is only a neuter singular, "das" is the article, no pronoun
        (
            "Das öffentlichen Interesse wuchs.",
            "Das öffentlichen Interesse",
            "Das öffentliche Interesse",
        ),
    ],
)
def test_disagreement_is_found_and_the_fix_named(text: str, span: str, fix: str | None) -> None:
    findings = check("agreement", text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert findings[0].message.startswith("Kongruenz: ")
    if fix is not None:
        assert f"»{fix}«" in findings[0].message


@pytest.mark.parametrize(
    ("text", "span", "fixes"),
    [
        # the article or the noun's number: "seinen" fits a plural, "seine" the singular
        (
            "Er vertritt nur seinen Ansicht.",
            "seinen Ansicht",
            ["seine Ansicht", "seinen Ansichten"],
        ),
        (
            "Sie sucht den passenden Antwort.",
            "den passenden Antwort",
            ["die passende Antwort", "den passenden Antworten"],
        ),
        # the article, or the dative plural's ending after a genitive article
        ("Die Zahl der Nutzern sinkt.", "der Nutzern", ["den Nutzern", "der Nutzer"]),
        (
            "Er zweifelt an der Wirkung diesen Ansatzes.",
            "diesen Ansatzes",
            ["dieses Ansatzes", "diesen Ansatz"],
        ),
        # a masculine noun after a bare "ein": the nominative, or as an object the accusative
        (
            "Sie erhielt ein neuen Auftrag.",
            "ein neuen Auftrag",
            ["ein neuer Auftrag", "einen neuen Auftrag"],
        ),
        # a dative plural shows its case: "einigen" is as likely as the plural's "Jahre"
        ("Sie kam nach einige Jahren zurück.", "einige Jahren", ["einigen Jahren"]),
        # a plural's "e" after "jedes": the singular, or the genitive's "es"
        (
            "Wir prüfen jedes Beispiele einzeln.",
            "jedes Beispiele",
            ["jedes Beispiel", "jedes Beispieles"],
        ),
        # ... and a plural that doubled its s: "Ergebnisse" is the plural of "Ergebnis"
        (
            "Jedes Ergebnisse wurde zweimal geprüft.",
            "Jedes Ergebnisse",
            ["Jedes Ergebnis", "Jedes Ergebnisses"],
        ),
        # an ending too many or one left off: after "auf" the singular as well as the plural
        (
            "Der Wert wird auf den festgelegten Werte gesetzt.",
            "den festgelegten Werte",
            ["den festgelegten Wert", "den festgelegten Werten"],
        ),
        # a genitive's "s" on the plural the adjective agrees with: the plural first
        (
            "Wir vergleichen die alten Ergebnisses mit den neuen.",
            "die alten Ergebnisses",
            ["die alten Ergebnisse", "des alten Ergebnisses"],
        ),
    ],
)
def test_where_article_or_noun_may_be_wrong_both_fixes_are_named(
    text: str, span: str, fixes: list[str]
) -> None:
    (finding,) = check("agreement", text)
    assert text[finding.start : finding.end] == span
    for fix in fixes:
        assert f"»{fix}«" in finding.message


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # the adjective's -en agrees with the plural the noun lacks: that fix is named too
        ("Sie sucht in der Liste der möglichen Wert nach.", "der möglichen Werte"),
        ("Die einzelnen Schritt folgen aufeinander.", "Die einzelnen Schritte"),
    ],
)
def test_a_plural_the_adjective_vouches_for_is_offered(text: str, fix: str) -> None:
    (finding,) = check("agreement", text)
    assert f"»{fix}«" in finding.message


def test_without_an_adjective_no_plural_is_offered_for_a_singular_noun() -> None:
    # "diese Weg" is as often "dieser Weg" or "diesen Weg" as "diese Wege"
    (finding,) = check("agreement", "Dann fallen diese Weg weg.")
    assert "Wege" not in finding.message


@pytest.mark.parametrize(
    ("text", "refit"),
    [
        # "des Verweisen" wants "des Verweises": the singular article is no dative plural's
        ("Sie schätzt die Breite des Verweisen ab.", "den Verweisen"),
        # no preposition asks for the dative the noun shows: "Die Schritte" is the subject
        ("Die einzelnen Schritten folgen unten.", "Den einzelnen Schritten"),
    ],
)
def test_a_noun_shows_its_case_to_the_determiner_only_after_a_preposition(
    text: str, refit: str
) -> None:
    (finding,) = check("agreement", text)
    assert f"»{refit}«" not in finding.message


def test_a_first_part_with_its_linking_s_is_no_compound_of_its_last_letters() -> None:
    # "Kompilations" is "Kompilation" and a linking s, no neuter "Kompilat" + "Ions": the
    # speller names the s, and the article is no error
    assert check("agreement", "Während der Kompilations entstehen Zwischendateien.") == []


def test_an_unlisted_heads_letters_lend_no_gender() -> None:
    # "Musterab|gleich" is no "Musterabg" + "Leich", "Zuweiser" no "Zu" + "Weiser"
    assert check("agreement", "Darüber hinaus erfolgt kein Musterabgleich.") == []
    assert check("agreement", "Er stellt den Block-Zuweiser ein.") == []
    # a verb's stem or particle opens a compound: "Lern|materialien", "Stapelüber|lauf"
    assert flagged("agreement", "Er nutzt einen Lernmaterialien.") == ["einen Lernmaterialien"]
    assert flagged("agreement", "Es droht eine Stapelüberlauf.") == ["eine Stapelüberlauf"]


def test_a_name_lends_no_gender_to_a_common_nouns_genitive() -> None:
    # "Systems" is also a trade fair's name, feminine: no "der Dateisystems" to offer
    (finding,) = check("agreement", "Er arbeitet mit dem Dateisystems.")
    assert "feminin" not in finding.message and "»der Dateisystems«" not in finding.message
    assert "»dem Dateisystem«" in finding.message


def test_a_genitive_ending_is_not_stripped_into_another_noun() -> None:
    # "Buches" without its "s" is "Buche", a beech: no fix of that kind
    (finding,) = check("agreement", "Wir kennen die Autorin diese Buches.")
    assert "Buche«" not in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Die Werte sind starken Schwankungen unterworfen, und er ist guter Dinge.",
        "Die Firma hat neuen Kaffee gekauft, ohne vorheriges Kompilieren.",
        # a quantifier, an adverb before the adjective, an adverb after an article
        "Sie wählen aus einigen Dutzend Farben, von lose herumliegenden Blättern.",
        "Er zeichnet die verschieden geformten Flächen.",
        # "trotz" takes the dative too, and "während" is also a conjunction
        "Trotz dem Regen kamen alle, und während dem Team Daten fehlten, wartete es.",
        # a noun that may be plural leaves the adjective's case open
        "Die Einstellung gilt nur bei weichen Pinsel und Stiften.",
        # "letzte" and "nächste" lead time phrases after a relative "der"
        "Es war der Junge der letzte Woche ankam, und sein nächster Versuch gelang.",
        # "aus" closing "von … aus" governs nothing after it
        "Nur zwei nannten von sich aus soziale Gerechtigkeit als Ziel.",
    ],
)
def test_adjectives_without_a_determiner_that_agree(text: str) -> None:
    assert check("agreement", text) == []


def test_a_feminine_suffix_decides_over_a_short_root_at_the_end() -> None:
    # "Unterschneidung" is unlisted, and its longest listed end is "Dung" (masculine)
    assert check("agreement", "Jetzt setzen wir die Unterschneidung auf zwei Punkte.") == []
    # nor is the suffix itself: "Eigentümerschaft" is no kind of "Schaft"
    assert check("agreement", "Der Modus und die Eigentümerschaft werden angepasst.") == []


def test_a_short_end_after_a_listed_noun_decides_over_a_longer_one() -> None:
    # "Taktstrich|art", not "Taktstri|chart": the part before the end is a noun
    assert check("agreement", "Diese Taktstrichart ist selten, diese Notenart auch.") == []


def test_a_listed_compound_whose_gender_its_last_part_contradicts_is_not_judged() -> None:
    # german-nouns lists "Nutzungsart" as masculine; a compound takes its last part's gender
    assert check("agreement", "Es zählt jedes Objekt, unabhängig von seiner Nutzungsart.") == []
    # where the two agree, the lexicon still decides
    [finding] = check("agreement", "Er stand vor einem Haustür.")
    assert "einer Haustür" in finding.message


def test_a_compound_of_english_words_takes_no_gender_from_a_german_homograph() -> None:
    # "Page" is listed as the masculine "der Page", "Quote" as the feminine quota
    assert check("agreement", "Der Text steht in einer Minipage, mit einem Doublequote.") == []
    # a German front, or a linking s after a German noun, keeps the lexicon's gender
    [finding] = check("agreement", "Wir senken den Fehlerquote.")
    assert "der Fehlerquote" in finding.message or "die Fehlerquote" in finding.message
    [finding] = check("agreement", "Sie folgen dem neuen Versionsschemata.")
    assert "den neuen Versionsschemata" in finding.message


def test_an_english_word_takes_no_gender_from_a_german_end_it_only_seems_to_have() -> None:
    # "Inst|aller" and "Bootlo|ader" are no compounds: no word stands before the end
    text = "Der grafische Installer startet, doch der alte Bootloader fehlt."
    assert check("agreement", text) == []
    assert check("agreement", "Es geht auch ohne funktionsfähigen Bootloader.") == []
    # a German word before a listed end still makes a compound of it
    [finding] = check("agreement", "Er fand einen Goldader.")
    assert "»eine Goldader«" in finding.message


def test_a_loanwords_genitive_article_still_wants_its_s() -> None:
    # whatever the gender a writer gives "Software", "des" needs "des …s" or "der"
    for noun in ("Software", "Originalsoftware"):
        [finding] = check("agreement", f"Die Nutzer des {noun} klagen.")
        assert f"der {noun}" in finding.message
    # a name after an article keeps its bare form
    assert check("agreement", "Die Rolle des Faust ist lang, die des Mephisto auch.") == []
    # an English name goes on after its first noun, which keeps its English form
    assert check("agreement", "Sie nutzen das Maß des Level of Service (LOS).") == []


def test_an_adjective_whose_bare_form_ends_in_e_may_grade_the_next_one() -> None:
    assert check("agreement", "Die Architektur folgt einer lose gekoppelten Schicht.") == []
    # the adjective it grades still agrees
    [finding] = check("agreement", "Die Architektur folgt einer lose gekoppelte Schicht.")
    assert "einer lose gekoppelten Schicht" in finding.message


def test_after_a_verb_and_und_a_d_word_closed_by_a_verb_opens_a_second_relative() -> None:
    text = "Es ist ein Ort, den der Gast auswählt und der sämtliche Angebote enthält."
    assert check("agreement", text) == []
    # after a noun, "und der" opens a phrase that must agree
    [finding] = check("agreement", "Er kauft Brot und die konkreten Implementierung fehlt.")
    assert "die konkrete Implementierung" in finding.message


def test_after_a_preposition_an_ending_of_another_case_is_no_fix() -> None:
    (finding,) = check("agreement", "Das gilt für den zugehörigen Pixel der Ebene.")
    assert "Pixeln" not in finding.message


def test_an_ending_is_offered_only_where_the_noun_has_that_form() -> None:
    # "Effekteen" would parse as "Effek" + "Teen"; the plural ending is the one too many
    (finding,) = check("agreement", "Ist ein stärkerer Effekte gewünscht, wählen Sie mehr.")
    assert "»ein stärkerer Effekt«" in finding.message
    assert "Effekteen" not in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Wir prüfen die neuen Daten und den alten Bestand.",
        "Der Aufwand der neuen Tests steigt mit jedem weiteren Modul.",
        "Mit einem neuen Ansatz sinken die Kosten eines Projekts.",
        "Sie nutzt keine Daten aus unserem Archiv.",
        # pronouns, not articles: a relative after a comma or preposition, a demonstrative
        "Der Verein, den Kinder mögen, ist klein.",
        "Es ist ein Land, in dem Kryptografie verboten ist.",
        "Wir vergleichen unsere Version mit der des Herstellers.",
        # "gegenüber" may follow its noun: what comes after is another phrase
        "Uns fehlen den Älteren gegenüber die Erfahrungen.",
        # the relative may belong to the other noun, or to both numbers of one noun
        "Die Leiterin des Instituts, dessen Räume neu sind, kam.",
        "Ein Werkzeug zur Analyse, dessen Ausgabe lesbar ist, hilft.",
        "Der Lehrer, deren Schüler lernen, lobt sie.",
        # "alle" floating away from its phrase; "beide" takes either ending
        "Die Dateien sind alle reine Textdateien.",
        "Beide neuen Verfahren wirken.",
        "Gemäß dem Plan und entgegen der Annahme stieg der Wert.",
        "Viele junge Menschen ziehen um.",
        "Er war in der Lage, dessen Fehler zu finden.",
        "Eines der Modelle und einer der Tests fielen aus.",
        "Das Verzeichnis eines jeden Nutzers bleibt privat.",
        "Das betrifft Pakete, die selten genutzt werden, oder die spezielle Anforderungen haben.",
        # a pronoun before the phrase "Recht haben"
        "Widerspricht dieses Dokument den anderen, dann haben diese Recht.",
        # nominalized verbs and adjectives, loanwords, names, capitals for emphasis
        "Nach dem Starten des Servers folgt das Einlesen.",
        "Seine Strategie entspricht dem Folgenden.",
        "Wir bauen einen Cluster für den Kernel.",
        "Die Software bietet KEINE GEWÄHRLEISTUNG.",
        "Zu Beginn und in den letzten Jahren stand das im Rahmen der Planung.",
        # an optional ending in brackets
        "Legen Sie den Binärpaket(en) die Quellen bei.",
        # a nominalized infinitive the lexicon lacks, which no plural ending fixes
        "Die Daten werden durch Puffern schneller geschrieben.",
        "Nach dem Pausenklingeln gingen alle hinaus.",
        # "ein" as a numeral after "das", like after "der"
        "Die Regel gilt nur für das eine Modell.",
        "Die Probe liegt am einen Ende des Rohrs, der Sensor am anderen.",
        # pronouns and fixed phrases with "all-"; a preposition is no adverb before an adjective
        "Das sind alles typische Probleme, vor allem bei alten Geräten.",
        "Wir legen es ein für alle Mal fest.",
        # a pronoun subject before an adverb; "alle" floating apart from its phrase
        "Da nicht jeder ausreichend große Kenntnisse hat, hilft er anders.",
        "Die genannten Dateien sind alle reine Textdateien.",
        "Sie meinen, dass diese durch gewollte Kanten entstehen.",
        # two nouns joined by "und" are the relative clause's plural antecedent
        "Der Stand hat eine Antriebsmaschine und eine Bremse, die miteinander verbunden sind.",
        # "jeden" in the genitive before a noun in -s, which Duden allows beside "jedes"
        "Der Bericht nennt den Zustand jeden Geräts.",
        # a relative clause in brackets, closed by its verb
        "Das Verfahren (die verschiedene Namen hat) ist alt.",
        # a product and its version keep the name's form
        "Die Syntax des Apache 2.4 unterscheidet sich.",
        # a misspelt participle is the speller's to name, not given a stripped ending
        "Die Felder müssen als Pflicht gekennzeichne sind.",
        "Die Liste liegt auf den vorgeschlagenene Rechnern.",
        # the object first, the subject after the verb joined by "und"
        "Dieses Format brauchen gzip und andere Packer.",
        # an English noun's genitive, though its letters parse as "Sol" + "Vers"
        "Das Zeitlimit des Solvers ist kurz.",
        # "all-" before a singular: a fixed phrase, or "alle" floating apart from its subject
        "Das Verfahren war damals in aller Munde.",
        "Man nennt es die Wurzel allen Übels.",
        "Die Befragten wollen alle Erfolg.",
        # "einem" as the dative of "man", "jeder" and "einer" as pronoun subjects
        "Manchmal fällt einem Geduld schwer.",
        "Dann stellen sich einem neue schwierige Fragen.",
        # an old dative singular ("dem Danke") is today another word: "ein großes Danke"
        "Zum Schluss ein großes Danke an alle Beteiligten.",
        "Ich glaube, dass jeder Ausreden sucht und einer Fehler macht.",
        # "zu" as the infinitive's particle gone astray, and in "ab und zu"
        "Er hatte keine Lust, als zu die alten Orte zurückzukehren.",
        "Er kann ab und zu die gewünschte Information nicht finden.",
        # an unlisted noun whose three first letters are no word: no "Abg|leich"
        "Am Monatsende prüft sie den Abgleich der Konten.",
        # an accusative singular the noun lexicon leaves out: it is the nominative's form
        "Sie richtet die Klage gegen den Verarbeiter der Daten.",
        # a relative clause after a fixed phrase refers to the subject before it
        "Zwei Verfahren stehen zur Auswahl, die beide Vorteile haben.",
        # "mit" before a superlative is "among the", no preposition governing a case
        "Das ist mit die schwierigste Aufgabe im Studium.",
        # "seit" before a subject is the conjunction
        "Spätestens seit die Krise begann, sind die Lager leer.",
        # "aus" closing a phrase opened by "von" governs nothing after it
        "Das ist der Hügel, von dem aus die Wanderer starten.",
        "Vom oberen Balkon aus die Straße zu sehen ist leicht.",
        # a capitalised verb, adverb or preposition is a draft's fragment, not a noun
        "Die Oftmals entstehen Fehler.",
        "Das Modell ist eine Ist das so?",
        # a gender sign before the feminine plural: "den Schülerinnen", "die Kolleginnen"
        "Sie diskutierten mit den Schüler:innen und den Kund*innen.",
        "Die Kolleg*innen der Ärzt*innen kamen.",
        # a decade's adjective never declines
        "Die Studien der neunziger Jahre wirken nach.",
        # a relative pronoun without its comma, its object's adjective strong
        "Sie gilt als Beispiel einer Kunst die alltägliche Dinge genau wiedergibt.",
        # a nominalized infinitive after a neuter article; names with capitalised adjectives
        "Das Kosten der Speisen ist erlaubt.",
        "Sie sprach vor dem Deutschen Bundestag und der Vollversammlung der Vereinten Nationen.",
        "In den sechziger Jahren wuchs die Stadt.",
        # a count with its plural, and a measure that grades the adjective after it
        "Nach den drei Runden und den zwei Pausen ging es weiter.",
        "Der vier Meter hohe Zaun und dem zwei Jahre älteren Bruder gehört das Haus.",
        "Die zwei Tage später gefasste Entscheidung hielt.",
        # a year in digits before a participle, and "ein" before a count
        "Der 2021 gegründete Verein und ein zwei Meter langes Seil.",
        # adjectives joined alike, and a second phrase whose noun the first leaves out
        "Sie lobt den klugen und fleißigen Schüler und die alte, treue Kundin.",
        "Dünne Striche führen zu einer feinen, dicke Striche zu einer groben Zeichnung.",
        # "oder" offers another phrase with its own ending, the noun said once
        "Wir suchten die gleichen oder ähnliche Merkmale.",
        # after a conjunction a demonstrative subject, then its object without article
        "Wir meiden die Umgebung, weil diese zusätzlichen Leerraum erzeugt.",
        # a demonstrative as a preposition's object inside the participle's attribute
        "Die auf diesen beruhende Lösung überzeugt.",
        "Für auf diesem aufbauende Verfahren gilt dasselbe.",
        # a neuter loan in -e takes -s in the genitive, the form of its plural
        "Die Farbe des Benutzerinterfaces ist grau.",
        # a pair of determiners for a pair of nouns, joined by a gender sign
        "Das liegt in der Verantwortung des*der Autors*Autorin.",
        "Die Wahl bleibt dem:der Betreuer:in überlassen.",
        # ... and so does "respektive", a conjunction spelt like an adjective
        "Die Werte stehen in der linken respektive rechten Spalte.",
        "Wir testen mit einer älteren respektive früheren Fassung.",
        # a relative "dem" without its comma, whose subject's adjectives are strong
        "Das ist der Raum in dem junge und ältere Leute sich treffen.",
        # "das" as a pronoun before a phrase of its own, and before a plural
        "Weil das großen Spaß macht, bleiben alle.",
        "Wir wissen, dass das neue Verfahren braucht.",
        # "einem" as the dative of "man"; a clause that begins after "und"
        "Es wird einem jeweils Arbeit abgenommen.",
        "Er kam mit Freunden und gute Laune herrschte sofort.",
        # a plural after "sowie" may be the verb's object, or a genitive
        "Sie können Arten von Mustern sowie normale Farben wählen.",
        "Man malt unter Verwendung von Mustern und verschiedenster Spitzen.",
        # "selbst" after a pronoun "einen" grades no adverb of a phrase
        "Man meint, die für einen selbst richtig erscheinende Einstellung gefunden zu haben.",
        # "der" after a conjunction and before a plural is a demonstrative, the subject
        "Wir mögen ihn, weil der auch sehr gute Noten hat.",
        # a package's name in lower case before its noun, which merely ends like an adjective
        "Die Grafiken entstehen mit dem bewährten workspace Paket.",
        # a colour's name may drop its genitive -s (Duden: "des Blau[s]")
        "Der Rahmen erscheint anstelle des üblichen Grau in Schwarz.",
        # a label coupled to its noun by a hyphen: the article is the compound's
        "Klicken Sie danach auf die Speichern unter-Schaltfläche.",
    ],
)
def test_agreeing_phrases_and_pronouns_are_left_alone(text: str) -> None:
    assert check("agreement", text) == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        # the relative pronoun is the subject, so the verb takes its noun's number
        ("Die Verfahren, die im Labor geprüft werden kann, sind teuer.", "kann", "können"),
        ("Die Schnittstelle, die den Modulen zugeordnet werden müssen, ist neu.", "müssen", "muss"),
        ("Die URLs, die in der Tabelle stehen soll, fehlen.", "soll", "sollen"),
        # "als" before the noun, but no noun before "als" to reach back to
        ("Sie gilt als Methode, die oft genutzt werden, aber selten gelehrt.", "werden", "wird"),
        ("Der Prüfer, der alle Fälle bewertet haben, ist erfahren.", None, None),
        # a participle keeps no ending when the auxiliary ends the clause
        ("Die Stiftung, die 1990 gegründete wurde, fördert Schulen.", "gegründete", "gegründet"),
    ],
)
def test_a_relative_clause_verb_agrees_with_its_subject(
    text: str, span: str | None, fix: str | None
) -> None:
    findings = check("agreement", text)
    if span is None:
        assert findings == []  # "alle Fälle" may be the subject: nothing is certain
        return
    assert [text[f.start : f.end] for f in findings] == [span]
    assert f"»{fix}" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        # another word may be the subject, or a predicate noun may lead the verb
        "Es zeigte sich, dass die Befragten die Frage anders verstanden hatte.",
        "Man vergisst, dass die Jugend von heute die Eltern von morgen sind.",
        "Es heißt, dass die Kosten und der Aufwand steigen.",
        # an object first, and a subject of the verb's number after it
        "Die Ergebnisse zeigt das folgende Diagramm.",
        "Diese Methode liefern die meisten Studien.",
        # after "sein", a plural that may be a dative, a measure or an infinitive's object
        "Wichtig ist Eltern vor allem die Ruhe.",
        "Das Gebäude ist 40 Jahre alt.",
        "Ziel ist die Daten zu prüfen.",
        "Eine Aufgabe ist neue Kontakte aufzubauen.",
        "Erforderlich ist keine Server- oder Client-Software.",
        # a part of a whole, with a predicate noun or an object that may stand first
        "Einer der Gründe sind die hohen Kosten.",
        "Zwei der Kliniken hat die Kommission besucht.",
        "Eines der Ziele ist eine bessere Versorgung.",
        "Viele der Befragten gaben an, selten zu lesen.",
        "Einer der Gründe für die Reform ist die Finanzierung.",
        # an infinitive group is the subject
        "Klar ist, dass die Regeln im Detail zu erklären ein eigenes Kapitel füllen würde.",
        # "dass" after a neuter noun may be a relative "das" whose object follows
        "Sie fiel in ein Loch, dass tiefe Spuren hinterlassen hat.",
        # a quantity noun, agreeing clauses, and a finite verb that stands first
        "Es zeigte sich, dass eine Reihe von Studien dies bestätigen.",
        "Sie fragt, ob die Daten der Firma stimmen.",
        "Es zeigte sich, dass die Studie hätte wiederholt werden müssen.",
        "Wir wissen, weil die Werte steigen, mehr.",
        # the finite verb before an infinitive with "zu" that closes the clause
        "Das Feld bricht zusammen, wenn der Strom aufhört zu fließen.",
        "Wir warten, bis die Maschine beginnt zu arbeiten.",
    ],
)
def test_a_subordinate_clause_is_judged_only_when_its_subject_is_certain(text: str) -> None:
    assert check("agreement", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # another word may be the subject: a pronoun, a noun, "jeder"
        "Die Ergebnisse, die man erwarten kann, sind gut.",
        "Die Ergebnisse, die das Team erwartet hat, kamen spät.",
        "Das sind Erfahrungen, die jeder selbst machen muss.",
        # the pronoun may reach past the last noun
        "Die Liste der Pakete, die installiert werden kann, ist lang.",
        "Es gibt Studierende mit Erfahrung, die schon gearbeitet haben.",
        "Man nennt die Werte als Liste, die sortiert werden sollen.",
        # after a genitive pronoun "ein" is the numeral, with a strong ending
        "Das Gerät, dessen eines Kabel fehlt, bleibt aus.",
        # a singular subject before "sein" may keep its number before a plural predicate
        "Die Vorgabe ist alle Kapitel.",
        # a plural after the preposition, no fixed phrase without its genitive
        "Man zählt auch Bilder in Rahmen mit.",
        # a relative pronoun after a preposition of two words
        "Man wählt die Stufe, bis zu der Dateien gelesen werden.",
        # a capitalised determiner after a preposition opens a label or a parameter's name
        "Entfernen Sie das Häkchen bei Jeden Tag sichern.",
        "Bei Kein Abzug = 1 bleibt der Betrag gleich.",
        "Die Anbindung der Siedlung westlich der Gleise, die über eine Brücke möglich ist, fehlt.",
        # the finite verb stands first in a replacement infinitive
        "Es ist ein Schritt, der hätte vermieden werden können.",
        # agreeing clauses, and an adjective standing for its noun
        "Die Daten, die erhoben wurden, sind anonym.",
        "Das Modell, das verwendet werden kann, ist klein.",
        "Sie fragte, welche Lösung die gewählte ist.",
        # "der" is also the feminine dative; an article of the next noun; another noun's
        # attribute the pronoun may skip
        "Die Frau, der ich half, ist nett.",
        "Das Modell, der Ansatz und die Methode sind neu.",
        "Die Analyse des Modells, die wir durchführen, ist neu.",
        # a misspelt noun has no number to agree with, whatever its last letters spell
        "Ergeignisse, die mit Noten verbunden sind, lassen sich verschieben.",
    ],
)
def test_a_relative_clause_is_judged_only_when_its_subject_is_certain(text: str) -> None:
    assert check("agreement", text) == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        # a sentence that opens with its subject puts the agreeing verb second
        ("Die Messwerte ist im Anhang aufgeführt.", "ist", "sind"),
        ("Das Verfahren sind aufwendig.", "sind", "ist"),
        ("Die befragten Lehrkräfte wurde per E-Mail eingeladen.", "wurde", "wurden"),
        # past a genitive attribute and a prepositional phrase, and a year
        ("Der Umsatz der kleinen Betriebe im Landkreis sind seit 2015 gesunken.", "sind", "ist"),
        ("Die Ausgaben für Personal und Material wird jährlich geprüft.", "wird", "werden"),
        # a weak verb's ending shows its number; "werden" is finite in second place
        ("Die Befunde der zweiten Erhebung zeigt, dass der Effekt hält.", "zeigt", "zeigen"),
        ("Die Kosten der Sanierung steigerte sich.", "steigerte", "steigerten"),
        ("Die Ordnung der Kapitel werden später erklärt.", "werden", "wird"),
        # a focus particle before the subject leaves it the subject
        ("Auch die zweite Annahme konnten bestätigt werden.", "konnten", "konnte"),
        ("Nur die Messwerte der Kontrollgruppe ist unvollständig.", "ist", "sind"),
        # second in its sentence a verb is finite: "-en" there is the plural, not the infinitive
        ("Die Auswertung der Protokolle belegen, dass der Ablauf stockt.", "belegen", "belegt"),
        ("Der Bericht beschreiben die Lage im Detail.", "beschreiben", "beschreibt"),
        # a strong verb's past has no ending in the singular
        ("Die Schüler der Klasse blieb im Raum.", "blieb", "blieben"),
        # a quantifier opens a plural subject without an article
        ("Mehrere Studien berichtet von ähnlichen Effekten.", "berichtet", "berichten"),
        # "das" before its noun in a prepositional phrase leaves the subject alone
        ("Die Prüfung der Anträge sind für das kommende Quartal geplant.", "sind", "ist"),
        # an adjective without an article opens the subject, its ending marking the case
        ("Regionale Märkte sollte gezielt gestärkt werden.", "sollte", "sollten"),
        ("Gesetzliche Vorgaben fehlt bisher.", "fehlt", "fehlen"),
        # a strong verb's present changes its vowel, its plural is the infinitive
        ("Die Gutachter sieht darin keinen Mangel.", "sieht", "sehen"),
        # after an opening adverbial the subject follows its verb
        ("Aus diesem Grund wurden ein Leitfaden erstellt.", "wurden", "wurde"),
        ("Dabei spielen der Wohnort eine Rolle.", "spielen", "spielt"),
        ("Hierbei zeigen sich ein klarer Trend.", "zeigen", "zeigt"),
        # a passive has no accusative object, so a nominative there is the subject
        ("Im zweiten Schritt wurde die Interviews transkribiert.", "wurde", "wurden"),
        ("In der Forschung wird unterschiedliche Modelle verglichen.", "wird", "werden"),
        # a subordinate clause that opens with its subject and ends in its finite verb
        ("Der Versuch misslang, weil die Proben zu feucht war.", "war", "waren"),
        ("Wir prüfen, ob die Bedingungen in allen Klassen gegeben ist.", "ist", "sind"),
        ("Es bleibt offen, wenn die Umfrage wiederholt werden.", "werden", "wird"),
        ("Auffällig war, dass die Lehrkräfte seltener nachfragt.", "nachfragt", "nachfragen"),
        ("Sie stellten fest, dass die Pegel im Sommer niedriger lag.", "lag", "lagen"),
        ("Es galt, wobei die Codes sowohl aus der Theorie als auch aus Daten kam.", "kam", "kamen"),
        # an adjective as a noun, and a numeral, open a plural subject
        ("Viele Befragte nutzte den Bus.", "nutzte", "nutzten"),
        ("Hierzu wurde acht Lehrkräfte befragt.", "wurde", "wurden"),
        # with "sein", a plural on either side makes the verb plural
        ("Häufige Gründe ist der Preis und die Lage.", "ist", "sind"),
        ("Besonders gefragt war Fachkräfte aus dem Ausland.", "war", "waren"),
        # the other noun phrase has the verb's other number, so it cannot be its subject
        ("Diese Methode liefern das genaueste Bild.", "liefern", "liefert"),
        # a pronoun or numeral that takes part of a plural whole is the subject
        ("Einer der Vorteile liegen in der Geschwindigkeit.", "liegen", "liegt"),
        ("Keine der Schulen nutzen das Angebot.", "nutzen", "nutzt"),
        ("Drei der Kliniken hat einen Leitfaden eingeführt.", "hat", "haben"),
        ("Mehrere der Befragten nutzte den Bus.", "nutzte", "nutzten"),
        # "solche" and "manche" are determiners declined like "diese"
        ("Solche Messfehler tritt bei Kälte auf.", "tritt", "treten"),
        ("Manche Schulen nutzt seit Jahren digitale Tafeln.", "nutzt", "nutzen"),
        # past a quantifier's genitive, an attribute an adverb grades, a relative clause
        ("Die Befunde vieler Erhebungen deutet darauf hin.", "deutet", "deuten"),
        ("Die Regeln für öffentlich zugängliche Flächen gilt auch hier.", "gilt", "gelten"),
        (
            "Die Messwerte an den Stationen, die im Tal liegen, steigt im Sommer.",
            "steigt",
            "steigen",
        ),
        # an object only the accusative fits opens the clause: the subject follows the verb
        ("Einen Überblick gibt die Tabellen im Anhang.", "gibt", "geben"),
        # a noun whose article has no nominative reading is no rival subject
        ("Die Erträge der Sorten mit Mulch lag unter denen der Kontrolle.", "lag", "lagen"),
        # a copula after a singular is judged where its predicate joins no nouns
        ("Die Ursache sind unbekannt und werden geprüft.", "sind", "ist"),
        # "einer" after a preposition is its article, no pronoun that could be the subject
        ("Die Pflegekräfte klagt über eine hohe Last und einen Mangel.", "klagt", "klagen"),
        ("Die Pflegekräfte klagt seit einer Reform über Stress.", "klagt", "klagen"),
        # in a passive of a verb that takes no dative, a plural after the verb is its subject
        ("Es wurde drei Varianten getestet.", "wurde", "wurden"),
        ("Dabei wurde zwei Verfahren verglichen.", "wurde", "wurden"),
        # a relative pronoun agrees with its noun in gender and number, in whatever case
        ("Das Modell, der in Kapitel 3 beschrieben wird, ist einfach.", "Modell, der", "das"),
        ("Die Methode, den wir nutzen, ist neu.", "Methode, den", "die"),
        # after a preposition too, and in the genitive
        ("Sie befragt Gruppen, mit dem sie arbeitet.", "Gruppen, mit dem", "denen"),
        (
            "Wir besuchten die Klinik, an dessen Spitze sie steht.",
            "Klinik, an dessen",
            "Klinik, an deren",
        ),
        ("In Firmen, dessen Chefs offen sind, läuft es gut.", "Firmen, dessen", "Firmen, deren"),
        # after an opening adverbial, the one noun phrase of the clause is its subject
        ("Dabei konnte mehrere Befunde zeigen, dass es wirkt.", "konnte", "konnten"),
        ("Dabei belegen die Analyse einen klaren Trend.", "belegen", "belegt"),
        # a number inside a prepositional phrase is no subject
        ("Die Studie teilen sich in drei Phasen.", "teilen", "teilt"),
        # "die Zahl" is the count itself, which the verb describes
        ("Die Zahl der Anträge sind stark gestiegen.", "sind", "ist"),
        # two noun phrases joined by "und", each with its article, are a plural subject
        ("Die Einleitung und das Fazit fasst die Arbeit zusammen.", "fasst", "fassen"),
        (
            "Die Analyse der Daten und die Auswertung der Interviews zeigt ein klares Bild.",
            "zeigt",
            "zeigen",
        ),
        # a verb HanTa knows only as an infinitive is finite second in its clause
        ("Die Kommunikation erfolgen synchron.", "erfolgen", "erfolgt"),
    ],
)
def test_a_subject_and_its_finite_verb_agree(text: str, span: str, fix: str) -> None:
    findings = check("agreement", text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert f"»{fix}«" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        # a predicate noun, or a subject after the verb, decides the number
        "Die Folge sind längere Wartezeiten.",
        "Die Fragebögen hat das Team selbst entworfen.",
        "Die meisten Fehler wird man nie finden.",
        # no article: any word is capitalised at the start
        "Dies ist der zweite Teil.",
        "Arbeiten wäre zu streng.",
        # coordinated subjects and attributes are not judged
        "Der Server und die Datenbank sind ausgefallen.",
        "Die Hälfte der Befragten sind Studierende.",
        # nouns of quantity may take the plural of what they count
        "Eine Reihe von Studien haben das bestätigt.",
        "Eine Anzahl von Studien haben das bestätigt.",
        "Die Mehrzahl der Proben waren verunreinigt.",
        "Ein Haufen von Dateien lagen im Ordner, ein Satz von Regeln gelten für alle.",
        # the plural present is also the infinitive; an object first, then verb and subject
        "Die Befunde zeigen, dass der Effekt hält.",
        "Die Ergebnisse zeigt die Tabelle im Anhang.",
        "Die Dateien cruft und lintian prüft das Skript.",
        "Auch die Ergebnisse zeigt die Tabelle im Anhang.",
        # an object first; an infinitive list; "zu" and a second verb make it no finite verb
        "Die Satzung ändern die Mitglieder jedes Jahr.",
        "Den Bericht lesen wir morgen.",
        "Die Proben kühlen und lagern.",
        "Das Bedürfnis dazuzugehören prägt viele.",
        "Das Gefühl zu einer Gruppe gehören zu müssen, belastet viele.",
        "Das Modell erweitern oder ersetzen.",
        # a nominative certain by its article, yet a pronoun after the verb is the subject
        "Der Antrag stellen Sie bitte schriftlich.",
        # two subjects joined by "und" take the plural
        "Eine Übersicht über die Methode und Hinweise zur Auswertung finden sich im Anhang.",
        # a vowel that may change in the singular gives no safe fix: "geben" → "gibt"
        "Der Befund geben Anlass zur Sorge.",
        # after an opening adverbial, and only where the phrase after the verb is the subject
        "Aus diesem Grund wurde ein Leitfaden erstellt.",
        # an infinitive before its modal; an adjective's phrase as the object, "man" the subject
        "Das Ergebnis vorhersagen dürfte niemand.",
        "Regionale Märkte sollte man stärken.",
        "Neue Verfahren kann die Klinik bald anbieten.",
        # two subjects; a dative first; an object that may be accusative
        "Dabei spielen der Wohnort und das Alter eine Rolle.",
        "Danach wurde den Eltern die Auswertung geschickt.",
        "Dabei unterstützen die Eltern die Lehrkraft.",
        # "sein" may agree with a plural predicate
        "Dabei sind der Anlass die gestiegenen Preise.",
        # an active verb with an accusative reading: either phrase may be the subject
        "Dabei erreichte die Gruppe die Lehrkräfte kaum.",
        # an accusative object first, then its plural subject; a dative first
        "Den Ausschlag gaben die Kosten.",
        "Den Kindern gefällt das Spiel.",
        # after a relative clause, an object first and its subject after the verb
        "Das Verfahren, das wir nutzen, prüfen die Gutachter jährlich.",
        "Die Studie, die wir 2020 durchgeführt haben, zeigt einen klaren Effekt.",
        # "sein" agrees with a predicate of nouns joined by "und", past commas
        "Der Auslöser sind meist der Lärm, die Hitze und vor allem der Zeitdruck.",
        # after plural "solche" and "manche" an adjective takes either ending (Duden)
        "Solche neue Verfahren und manche ältere Geräte sind teuer.",
        "Solche neuen Verfahren und manche älteren Geräte sind teuer.",
        # a phrase led by an adjective whose ending allows the verb's number may be its subject
        "Die Schulen nutzt seit Jahren digitale Technik.",
        # "einer" on its own is a pronoun that may be the subject
        "Die Pflegekräfte lobt seit Jahren einer der Ärzte.",
        # a plural modal before a singular: "Sie" left out as often as the verb is wrong;
        # "es" as the subject; a participle as an attribute; a quantity
        "Hier können ein Thema wählen.",
        "Es wird immer Menschen geben, die klagen.",
        "Auf diesem Weg erstellte Dateien werden gespeichert.",
        "Es werden eine Reihe von Gründen genannt.",
        # a list of singulars after the verb is a plural subject
        "Dabei wirken Lagerung, Transport und Verkauf zusammen.",
        "Daher steigen Miete, Strom und Wasser.",
        # a count outside a prepositional phrase may be the subject: an object comes first
        "Die Studie leiten drei Professorinnen aus Kiel.",
        # a genitive with a possessive, a phrase after an elliptic noun: other nouns to refer to
        "Das ist eine Phase unseres Lebens, in der man viel lernt.",
        "Es gibt weitere für den Modus Text, die ein Feld erzeugen.",
        # a demonstrative "die" opens the sentence, no noun
        "Die, auf die das zutrifft, melden sich.",
        # a dative the passive keeps; "es" as the subject of an impersonal passive
        "Es wurde zwei Teams geholfen.",
        "Dabei wurde zwei Kollegen ein Fragebogen gegeben.",
        "Es wurde gezeigt, dass der Effekt klein ist.",
        # each counted on its own, one article for one thing, or objects before the subject
        "Jeder Schüler und jede Schülerin erhält eine Urkunde.",
        "Die Art und Weise der Befragung ist entscheidend.",
        "Der Autor und Regisseur des Films ist bekannt.",
        "Die Methode und das Ziel beschreibt der Autor im zweiten Kapitel.",
        "Die Methode und das Ziel beschreibt er im zweiten Kapitel.",
        # a list after the verb goes on past its comma to "sowie"
        "Hierzu wurden der Quellcode, die Datenbank sowie die Schnittstellen geprüft.",
        # ... also where the first noun has an attribute before the comma
        "Dazu zählen der Abrieb im Verkehr, Fasern aus Textilien sowie Einträge aus Feldern.",
        "Dazu gehören etwa ein Anteil günstiger Wohnungen von 30 Prozent, ein Park und ein Platz.",
    ],
)
def test_a_main_clause_is_judged_only_where_its_subject_is_certain(text: str) -> None:
    assert check("agreement", text) == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("These findings suggests a strong effect.", "These findings suggests", "suggest"),
        ("Overall, several studies reports similar rates.", "several studies reports", "report"),
        ("The sample was small, and these conditions is rare.", "these conditions is", "are"),
        ("This study are the first to test it.", "This study are", "is"),
        # a regular plural shows its number where the determiner does not
        ("The interviews suggests that trust matters.", "The interviews suggests", "suggest"),
        (
            "In winter, the selected plots receives no water.",
            "the selected plots receives",
            "receive",
        ),
        ("Recent reviews has the same result.", "Recent reviews has", "have"),
        # after a comma a bare plural opens its clause
        ("Since then, however, historians has revised the date.", "historians has", "have"),
        # the verb agrees with the noun its prepositional attributes belong to
        ("The quality of the recordings were poor.", "were", "was"),
        ("Students in the evening course was less motivated.", "was", "were"),
        ("The height of the trees in both plots were measured.", "were", "was"),
        ("The findings from this survey suggests that trust matters.", "suggests", "suggest"),
        ("Overall, the cost of the repairs depend on the weather.", "depend", "depends"),
        # "each of" and "one of" a plural: the verb agrees with the one
        ("Each of the three groups were tested twice.", "were", "was"),
        ("One of the larger farms own a mill.", "own", "owns"),
        # "there is" before a plural quantity
        ("At first there was several gaps in the record.", "was", "were several"),
    ],
)
def test_an_english_determiner_and_verb_that_disagree(text: str, span: str, fix: str) -> None:
    findings = check("agreement", text, language="en")
    assert [text[f.start : f.end] for f in findings] == [span]
    assert findings[0].message.endswith(f" {fix}”.")


@pytest.mark.parametrize(
    "text",
    [
        # inside a prepositional phrase the verb agrees with the head noun
        "The main strengths of this study are its size and its design.",
        "The content of these documents is summarised below.",
        # a list, an adverb after the noun, a noun whose number English leaves open
        "Both settlements, hamlets and towns, were surveyed.",
        "These results thus confirm the model.",
        "These data are described in Chapter 3.",
        # two nouns joined by "and" are one plural subject; a capitalised noun is a name
        "The root partition and this init are often virtual.",
        "These Packages files list every package.",
        # a noun before the plural is its modifier, a noun after a preposition another phrase
        "The sales figures rose in May.",
        "The difference between groups was small.",
        # a singular in -s, and a second noun that is no verb
        "The analysis shows a clear trend.",
        "The bus stops at the station.",
        "The price changes were small.",
        # nouns of quantity and groups, pronouns, two subjects, gerunds and names
        "A number of studies in this field have found similar effects.",
        "The majority of voters in both regions were undecided.",
        "Each of the pupils was interviewed.",
        "The head of the unit and her deputy were present.",
        "Collecting leaves from the plots was slow.",
        "Growing crops on these soils is hard.",
        "GNOME in combination with these tools is popular.",
        "The effects of the reform on wages are debated.",
        # "this" as the subject of a modal and its infinitive
        "This can do no harm.",
        "That would have to wait.",
        # "one of" before a relative clause, "there is" before an amount
        "One of the wells that are dry was sealed, and there is 5 GB of space left.",
    ],
)
def test_english_subjects_and_verbs_that_agree(text: str) -> None:
    assert check("agreement", text, language="en") == []


def test_in_hinblick_auf_is_as_right_as_im_hinblick_auf() -> None:
    # Duden lists both; only phrases with one right form get a comment
    assert flagged("agreement", "In Hinblick auf die Kosten ist das günstig.") == []
    assert flagged("agreement", "Die Mittel stehen ab Mai zu Verfügung.") == ["zu Verfügung"]


def test_a_relative_may_reach_past_a_preposition_after_code_as_after_a_noun() -> None:
    text = "Es gelten alle Direktiven `Match` in der Datei, die angewandt würden."
    assert Checker(["agreement"]).check_all([checking.coded(text)]) == []
