"""Groß-/Kleinschreibung: what the check must find, and the traps it must leave alone.

The sentences are written from the Duden rules (K 72–K 80 on nominalization,
names and titles), not taken from any corpus.
"""

from __future__ import annotations

import pytest

from services.processor.checker import Block, Checker, Finding
from tests.processor import checking


def check(*texts: str, heading: bool = False, language: str = "de") -> list[Finding]:
    return checking.check("capitalization", *texts, language=language, heading=heading)


def flagged(*texts: str, heading: bool = False, language: str = "de") -> list[str]:
    return checking.flagged("capitalization", *texts, language=language, heading=heading)


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        # a genitive attribute opened by an adjective in -er takes only a noun before it
        ("Durch das prüfen einzelner Werte gehen Fehler verloren.", "prüfen", "Prüfen"),
        # Nouns written small, whose lower-case form is no word at all.
        ("Die sicherheit der Anlage hat Vorrang.", "sicherheit", "Sicherheit"),
        ("Wir prüfen die ergebnisse noch einmal.", "ergebnisse", "Ergebnisse"),
        # after a determiner the tagger's guess for an unknown word counts for less
        ("Das trockengewicht der Proben wurde notiert.", "trockengewicht", "Trockengewicht"),
        ("Wir trafen uns am späten abend im Labor.", "abend", "Abend"),
        # Nominalized verbs after a contraction or a preposition and its article.
        ("Beim schreiben der Arbeit fiel mir das auf.", "schreiben", "Schreiben"),
        ("Wir prüfen die angaben, die fehlen.", "angaben", "Angaben"),
        # at a sentence start the article has one noun only: the participle is its adjective
        ("Die Teilnehmenden Schulen liegen in Bayern.", "Teilnehmenden", "teilnehmenden"),
        ("Durch das ändern der Parameter sinkt die Last.", "ändern", "Ändern"),
        ("Zum messen braucht man ein Thermometer.", "messen", "Messen"),
        # an adjective between, and a prepositional attribute after the nominal verb
        ("Nach einem kurzen dehnen vor dem Lauf begann der Test.", "dehnen", "Dehnen"),
        # prepositional phrases after the adjective, but no adjective before a noun then
        ("Das beste für Kinder im Sommer ist kaltes Wasser.", "beste", "Beste"),
        ("Das beste für die Kinder des Dorfes ist Ruhe.", "beste", "Beste"),
        ("Das gleiche gilt für die zweite Gruppe.", "gleiche", "Gleiche"),
        ("Das schönste an der Methode ist ihre Einfachheit.", "schönste", "Schönste"),
        # A bare "das" before a finite verb: the nominal word is the subject.
        ("Das lernen macht den meisten Studierenden Freude.", "lernen", "Lernen"),
        ("Das wichtigste ist eine klare Gliederung.", "wichtigste", "Wichtigste"),
        # after a copula, a nominalized adjective as subject names no kind to leave out
        ("Das Wichtigste ist das beste daran.", "beste", "Beste"),
        # ... nor does a plural subject the singular sums up
        ("Die Planung und das Testen sind dabei das wichtigste.", "wichtigste", "Wichtigste"),
        # Nominalized adjectives after "etwas", "nichts", "viel", "alles" and in fixed phrases.
        ("Die Methode bietet etwas neues für die Praxis.", "neues", "Neues"),
        # "statt" with its own article opens a phrase of its own
        ("Wir wählen etwas neues statt des alten Ansatzes.", "neues", "Neues"),
        ("Die Messung zeigt etwas sehr wichtiges für uns.", "wichtiges", "Wichtiges"),
        # "Folgendes" and "jeder Einzelne" without a noun after them.
        ("Der Gutachter bemerkte folgendes zur Methode.", "folgendes", "Folgendes"),
        ("Das Ergebnis betrifft jeden einzelnen im Team.", "einzelnen", "Einzelnen"),
        # "-jährige" with a number and no noun after it is the noun.
        ("Ein 24-jähriger leitete das Projekt.", "24-jähriger", "24-Jähriger"),
        ("Befragt wurden vor allem 30-jährige.", "30-jährige", "30-Jährige"),
        # An infinitive after determiner and adjective that no verb governs is the noun.
        ("Die Erfahrung prägt einen fürs ganze leben.", "leben", "Leben"),
        ("Das ist wichtig für das weitere leben der Tiere.", "leben", "Leben"),
        ("Wir kritisieren das ständige nachfragen der Behörde.", "nachfragen", "Nachfragen"),
        # A bare "-es" adjective as the object of the infinitive that ends the clause.
        ("Im Labor wollen wir neues ausprobieren.", "neues", "Neues"),
        # Adverbial phrases whose second word is a noun, and "als Erstes" without a noun.
        ("Die Server fallen des öfteren aus.", "öfteren", "Öfteren"),
        ("Im nachhinein war die Wahl richtig.", "nachhinein", "Nachhinein"),
        ("Die Werte sind zum teil veraltet.", "teil", "Teil"),
        # a participle closing a clause an auxiliary opened; the reflexive pronoun
        ("Im dritten Kapitel wird das Verfahren Beschrieben.", "Beschrieben", "beschrieben"),
        ("Die Frist wurde bewusst knapp Bemessen, damit alle antworten.", "Bemessen", "bemessen"),
        ("Sie melden Sich am Rechner erneut an.", "Sich", "sich"),
        # an adjective before a second, small one and the noun an article vouches for
        (
            "Es handelt sich um eine Randomisierte kontrollierte Studie.",
            "Randomisierte",
            "randomisierte",
        ),
        # a noun's capital read as an adjective before a participle is no excuse
        (
            "Das Verhältnis ist durch ein starkes Informationsgefälle Gekennzeichnet.",
            "Gekennzeichnet",
            "gekennzeichnet",
        ),
        ("Die Gebühr ist im voraus zu zahlen.", "voraus", "Voraus"),
        ("Zu guter letzt fassen wir die Befunde zusammen.", "letzt", "Letzt"),
        ("Die Gutachter wissen bereits bescheid.", "bescheid", "Bescheid"),
        ("Als erstes bereinigen wir die Daten.", "erstes", "Erstes"),
        # ... also before "und" and a clause, not a second adjective
        ("Sie kam als erstes und ging früh.", "erstes", "Erstes"),
        ("Wir prüfen als nächstes die Annahmen.", "nächstes", "Nächstes"),
        ("Dabei kam nichts besonderes heraus.", "besonderes", "Besonderes"),
        ("Wir wünschen allen Beteiligten alles gute.", "gute", "Gute"),
        ("Im allgemeinen gilt diese Regel.", "allgemeinen", "Allgemeinen"),
        ("Des weiteren wurde die Stichprobe erweitert.", "weiteren", "Weiteren"),
        ("Das wurde zum ersten mal gemessen.", "mal", "Mal"),
        ("Die Gruppe ist für neues offen.", "neues", "Neues"),
        ("Die Kosten des ausprobierens trägt das Institut.", "ausprobierens", "Ausprobierens"),
        ("Das besuchen von Konferenzen kostet Zeit.", "besuchen", "Besuchen"),
        ("Als jugendlicher lernt man schnell.", "jugendlicher", "Jugendlicher"),
        ("Die Gruppe sucht nach neuem und prüft es.", "neuem", "Neuem"),
        # after a preposition "etwas Neues" stands in the dative
        ("Die Studie endet mit etwas überraschendem.", "überraschendem", "Überraschendem"),
        ("Im Großen und ganzen stimmt das Modell.", "ganzen", "Ganzen"),
        ("Die Messung ist jetzt zu ende.", "ende", "Ende"),
        ("Darauf wird viel wert gelegt.", "wert", "Wert"),
        ("Niemand hat lust auf lange Protokolle.", "lust", "Lust"),
        # a possessive claims a noun, though the word is also a verb's first person
        ("Die Befragten äußerten ihre wünsche offen.", "wünsche", "Wünsche"),
        ("Er nannte seine ziele klar.", "ziele", "Ziele"),
        # Names and fixed phrases from the rules.
        ("Nach dem zweiten Weltkrieg wuchs die Stadt.", "zweiten", "Zweiten"),
        ("Die europäische Union regelt den Datenschutz.", "europäische", "Europäische"),
        # An adjective in "-isch" opens a name only before a body or a discipline.
        ("Wir achten auf die Psychische Gesundheit der Befragten.", "Psychische", "psychische"),
        ("Sie nahmen an einem Identischen Kurs teil.", "Identischen", "identischen"),
        # "eine" and a noun of one gender and case: the word between is their adjective
        ("Dabei spielt der Austausch eine Zentrale Rolle.", "Zentrale", "zentrale"),
        # two words run together beside it are no command or code
        ("Das lässt sich im nachhinein garnicht klären.", "nachhinein", "Nachhinein"),
        # after a bare preposition "morgen" is the adverb and "null" the number
        ("Sie sind die Fachkräfte von Morgen.", "Morgen", "morgen"),
        ("Der Zähler wird auf Null gesetzt.", "Null", "null"),
        ("Die Methode ist am Besten geeignet.", "Besten", "besten"),
        ("Das gilt vor Allem für kleine Betriebe.", "Allem", "allem"),
        ("Die Studie wurde Heute veröffentlicht.", "Heute", "heute"),
        ("Der Ausfall tut uns Leid.", "Leid", "leid"),
        ("Diese Variante ist wohl die Schnellste im Test.", "Schnellste", "schnellste"),
        ("Die Lösung ist nach allen Messungen die Beste.", "Beste", "beste"),
        # in a clause whose verb comes last, the copula may follow a phrase after the word
        ("Offen bleibt, ob diese Lösung wohl die Beste im Test ist.", "Beste", "beste"),
        ("Er meint, dass der Ansatz der Günstigste von allen war.", "Günstigste", "günstigste"),
        ("Wir zeigen, dass die Variante nicht gerade die Schnellste war.", "Schnellste", ""),
        ("Der Cache hilft am Meisten bei großen Dateien.", "Meisten", "meisten"),
        ("Wir sprechen in der Heutigen Zeit oft darüber.", "Heutigen", "heutigen"),
        ("Das Problem ist klar: man kennt die Ursache nicht.", "man", "Man"),
        ("Der Befund ist eindeutig: die Kosten steigen weiter.", "die", "Die"),
        # Adjectives, verbs and adverbs capitalised mid-sentence.
        ("Wenn man Erwachsen wird, ändern sich die Pflichten.", "Erwachsen", "erwachsen"),
        ("Die Daten liegen in einem Verteilten System.", "Verteilten", "verteilten"),
        # the article stands before the word grading the adjective
        ("Sie zeigten eine deutlich Niedrigere visuelle Reaktion.", "Niedrigere", "niedrigere"),
        # a common noun, then a place's name in apposition: no name of three words
        ("Wir besuchten die Schwedischen Städte Malmö und Lund.", "Schwedischen", "schwedischen"),
        # an ordinal before its noun; "zum einen … zum anderen"
        ("Im Dritten Kapitel folgt die Diskussion.", "Dritten", "dritten"),
        ("Das ist zum Einen billig.", "Einen", "einen"),
        # after an abbreviation in capitals the adjective is still the noun's
        ("Wir nutzen das NATS Verteilte Protokoll.", "Verteilte", "verteilte"),
        # after a class noun a verb is the clause's, no name's
        ("Die Studie Zeigt deutliche Unterschiede.", "Zeigt", "zeigt"),
        # a noun that merely ends like a control names none
        ("Das Wohnzimmerfenster Steht offen.", "Steht", "steht"),
        ("Die Spalte Wächst mit jeder Zeile.", "Wächst", "wächst"),
        ("Befragt wurde eine Gruppe Älterer Menschen.", "Älterer", "älterer"),
        ("Sie sind für Administrative Aufgaben zuständig.", "Administrative", "administrative"),
        ("Die Ergebnisse sind Eindeutig und belastbar.", "Eindeutig", "eindeutig"),
        ("Die Teilnehmer wurden Zufällig ausgewählt.", "Zufällig", "zufällig"),
        ("Wir fürchten, etwas Falsch zu messen.", "Falsch", "falsch"),
        ("Das Werkzeug ist, wie Beispielsweise Tabelle 2 zeigt, schnell.", "Beispielsweise", ""),
        ("Die Auswertung übernimmt ein Erfahrener Kollege.", "Erfahrener", "erfahrener"),
        ("Die Befragten wollten sich Entspannen.", "Entspannen", "entspannen"),
        ("Die Methode ist Effizient und gut dokumentiert.", "Effizient", "effizient"),
        ("Das Ziel ist schwer zu Erreichen.", "Erreichen", "erreichen"),
        ("Die Gruppe hat begonnen zu Rauchen, sagt die Studie.", "Rauchen", "rauchen"),
        ("Man kann dort ungestört Schwimmen, bis das Bad schließt.", "Schwimmen", "schwimmen"),
        ("Solange man Jung ist, lernt man schnell.", "Jung", "jung"),
        ("Verfahren, die Unabhängig sind, bleiben stabil.", "Unabhängig", "unabhängig"),
        ("Das Modell gerät in eine Falsche Richtung.", "Falsche", "falsche"),
        # A nominalized adjective of persons before the noun it stands for is its adjective.
        ("Oft sind Junge Menschen neugierig.", "Junge", "junge"),
        ("Er urteilt als Erwachsener Mensch.", "Erwachsener", "erwachsener"),
        ("Der Junge Mensch lernt schnell.", "Junge", "junge"),
        ("Das ist die Sicht der meisten Erwachsenen Menschen.", "Erwachsenen", "erwachsenen"),
        ("Wir messen, um zu Wissen was fehlt.", "Wissen", "wissen"),
        ("Sie begann zu rechnen und zu Zeichnen, sagt er.", "Zeichnen", "zeichnen"),
        ("Man sollte das auch Mal nachrechnen.", "Mal", "mal"),
        ("Die Oberfläche ist sehr Nutzerfreundlich.", "Nutzerfreundlich", "nutzerfreundlich"),
        ("Das war ein wirklich überaus Wichtiger Punkt.", "Wichtiger", "wichtiger"),
        ("Nach der Messung wollten alle noch Schwimmen gehen.", "Schwimmen", "schwimmen"),
        # Pronouns capitalised mid-sentence.
        ("Die Auswertung zeigt, dass Jeder Befragte anders antwortet.", "Jeder", "jeder"),
        ("Dann gibt es zwar Manche, die zögern.", "Manche", "manche"),
        ("Das gilt, denn Jeder Rechner braucht Strom.", "Jeder", "jeder"),
        ("Wir senden die Daten für Alle Beteiligten.", "Alle", "alle"),
        ("Doch Viele Nutzer lesen das Handbuch nicht.", "Viele", "viele"),
        ("Das ist ein Schritt, den Einige Gruppen auslassen.", "Einige", "einige"),
        ("Es kann Einige überraschen, dass die Werte sinken.", "Einige", "einige"),
        ("Die Regel wurde auf Alle angewendet.", "Alle", "alle"),
        ("Niemand hat Jemanden darüber informiert.", "Jemanden", "jemanden"),
        ("Die Gruppe hatte Nichts davon bemerkt.", "Nichts", "nichts"),
        ("Wir hoffen, dass Alles funktioniert.", "Alles", "alles"),
        # a comparative after the word that grades it
        ("Die Messung ist viel Schwieriger als gedacht.", "Schwieriger", "schwieriger"),
        ("Die Sensoren werden immer Günstiger.", "Günstiger", "günstiger"),
        ("Je Älter die Probe ist, desto schwächer wird das Signal.", "Älter", "älter"),
        # A small letter after a full stop.
        ("Die Messung ist abgeschlossen. danach folgt die Auswertung.", "danach", "Danach"),
        # The polite form in an imperative.
        ("Stellen sie sich einen leeren Raum vor.", "sie", "Sie"),
        ("Lesen sie den Text, prüfen Sie dann die Quellen.", "sie", "Sie"),
        # "im Allgemeinen" fits the noun after it: an attribute
        ("Im Allgemeinen Fall gilt das nicht.", "Allgemeinen", "allgemeinen"),
        # no noun before for the phrase to leave out
        ("Der Tag war lang. Das beste war das Essen.", "beste", "Beste"),
        ("Bitte beachten sie die Hinweise im Anhang.", "sie", "Sie"),
        ("Der Leitfaden beginnt: „Lesen sie zuerst die Anleitung.“", "sie", "Sie"),
        ("Er sagte: „Aber wissen sie, das reicht.“", "sie", "Sie"),
        ("Er schrieb „beachten sie die Fristen“ und ging.", "sie", "Sie"),
        ("Der Fehler trat jedes mal beim Start auf.", "mal", "Mal"),
        ("Die Autorin beschreibt folgendes: Die Daten fehlen.", "folgendes", "Folgendes"),
        ("Die Arbeit prägt ihr leben stark.", "leben", "Leben"),
        ("In dem alter lernt man schnell.", "alter", "Alter"),
        ("In unserem alter lernt man schnell.", "alter", "Alter"),
        ("Die Kosten sind im laufe der Zeit gestiegen.", "laufe", "Laufe"),
        ("Im wesentlichen bestätigen die Daten die Annahmen.", "wesentlichen", "Wesentlichen"),
        # people and values stand for themselves, whatever noun came before
        ("Ein alter Mann erinnert sich, wie er zu den alten stand.", "alten", "Alten"),
        ("Ein neues Gerät war für ihn das wichtigste überhaupt.", "wichtigste", "Wichtigste"),
        ("In einem großen Team muss jeder einzelne mitdenken.", "einzelne", "Einzelne"),
        # "am" opening the sentence is no first name before a surname
        ("Am Schnellsten gelingt die Messung mit dem Sensor.", "Schnellsten", "schnellsten"),
        # ordinals and counting adjectives before the noun "Mal"
        ("Die Gruppe traf sich zum Zweiten Mal im Labor.", "Zweiten", "zweiten"),
        ("Beim Nächsten Mal wird die Probe gekühlt.", "Nächsten", "nächsten"),
        # nouns in fixed phrases, where the small twin would be a number or an adverb
        ("Die Nebenkosten wurden außer acht gelassen.", "acht", "Acht"),
        ("Die Gutachter bemängeln zu recht die kleine Stichprobe.", "recht", "Recht"),
        ("Die Interviews wurden auf englisch geführt.", "englisch", "Englisch"),
        # an adverb after a comma continues the sentence
        ("Der Zeitplan war knapp, Trotzdem gelang die Auswertung.", "Trotzdem", "trotzdem"),
        # an adjective in -isch that names no language
        ("Der Unterschied ist Klinisch kaum relevant.", "Klinisch", "klinisch"),
        ("Die Daten wurden Elektronisch erfasst.", "Elektronisch", "elektronisch"),
        # adjectives that are nouns in adverbial phrases, even before a verb
        ("Die Form bleibt beim Härten im wesentlichen erhalten.", "wesentlichen", "Wesentlichen"),
        ("Die Kosten werden im einzelnen aufgeführt.", "einzelnen", "Einzelnen"),
        ("Des weiteren wurden Proben entnommen.", "weiteren", "Weiteren"),
        # a verb that could be a participle, and a plural no genitive of "des" fits
        ("Des weiteren befragten Studierende ihre Eltern.", "weiteren", "Weiteren"),
        # after "im" an attribute ends in -en: "kleine" opens a phrase of its own
        ("Betroffen sind im allgemeinen ältere Anlagen.", "allgemeinen", "Allgemeinen"),
        # an infinitive with a genitive attribute, or joined to a noun written as one
        ("Das messen solcher Werte dauert lange.", "messen", "Messen"),
        ("Wichtig ist das planen und Überprüfen der Ziele.", "planen", "Planen"),
        # after an article and an adjective that agrees with it, an infinitive is the noun
        ("Allen, denen das schnelle rechnen schwerfällt, hilft das.", "rechnen", "Rechnen"),
        ("Wir trainieren das freie sprechen wöchentlich.", "sprechen", "Sprechen"),
        ("Beim genauen hinsehen zeigt sich mehr.", "hinsehen", "Hinsehen"),
        # "-em" joined to a noun by "und" or "oder" stands for a noun of its own
        ("Er handelt mit Holz und ähnlichem.", "ähnlichem", "Ähnlichem"),
        # after "ein" or "einem", an adjective in the neuter's ending makes the infinitive a noun
        ("Es war ein zähes ringen um jede Zeile.", "ringen", "Ringen"),
        ("Nach einem kurzen zögern stimmte er zu.", "zögern", "Zögern"),
        # a bare preposition governs one phrase: a noun only in its case takes the word along
        ("Die Ventile öffnen in Festen Abständen.", "Festen", "festen"),
        ("Das gilt bei Kleinen Kindern.", "Kleinen", "kleinen"),
        # "mit", an adverb to the tagger too, opens a phrase after the nominal word
        ("Das Angebot gilt für betroffene mit chronischen Schmerzen.", "betroffene", "Betroffene"),
        # after a comma "das" is no relative pronoun before an inflected adjective and "sei"
        ("Sie betonte, das schönste sei die Ruhe.", "schönste", "Schönste"),
        # a word that is a noun only in the plural is no noun after a singular article
        ("Es wurde eine Qualitative Studie durchgeführt.", "Qualitative", "qualitative"),
        # ... and after a quotation that ends the sentence
        ("Die Regel heißt „Vorrang der Sorgfalt“. zudem gilt sie immer.", "zudem", "Zudem"),
        # a full stop after a word too long to be an abbreviation ends the sentence, even
        # where the word is misspelt
        (
            "Wir sprachen über die Bundesverfasung. kritische Stimmen fehlten.",
            "kritische",
            "Kritische",
        ),
        # a noun whose last part is also a short adjective ("recht") is still a noun
        ("Die grundrechte gelten für alle.", "grundrechte", "Grundrechte"),
        # a citation in brackets closes the sentence before it
        (
            "Die Daten stammen vom Amt (Meyer 2019, S. 4). verwendet wurden alle.",
            "verwendet",
            "Verwendet",
        ),
    ],
)
def test_finds_the_wrong_case_and_names_the_fix(text: str, span: str, fix: str) -> None:
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert findings[0].message.startswith("Groß-/Kleinschreibung: ")
    assert f"»{span}« → »{fix or span.lower()}«" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        # Sentence starts, "Das" at a sentence start, and a colon before a full sentence.
        "Das Verfahren ist etabliert. Neue Daten bestätigen es.",
        "Das ist der Kern: Die Methode trägt auch bei großen Datenmengen.",
        # A nominalized infinitive with its adjective is not an object ("gutes Lesen").
        "Lautes Lesen hilft beim Lernen.",
        "Eine 3-jährige Studie und ein 40-jähriger erfahrener Ingenieur.",
        "Folgendes Beispiel zeigt, dass jeder einzelne Schritt zählt.",
        # ... but a verb put second, a reflexive or a modal makes it the verb.
        "Des Weiteren befinden sich die Proben im Kühlschrank.",
        "Die Folgen des weiteren Ausbaus sind offen.",
        "Sie bleiben im weiteren großen Rahmen gleich.",
        "Man kann sich für den einen oder den anderen entscheiden.",
        # "das" as a pronoun before a verb, or before a verb joined to another verb
        "Das messen wir jeden Tag.",
        "Das lesen und schreiben die Kinder gern.",
        "Kinder, die spielen und Lachen mögen, sind gern draußen.",
        "Die Autorin blieb bescheiden, trotz des Danks der Jury.",
        # "als erstes" before its noun or its adjective is an attribute.
        "Als erstes Land führte Schweden die Regel ein.",
        "Als letztes großes Projekt gilt die Brücke.",
        "Der Name darf es nicht als erstes oder letztes Zeichen enthalten.",
        # A colon before a list or an example, not a sentence.
        "Drei Faktoren zählen: die Kosten, die Zeit und die Qualität.",
        "Manche Verfahren, z. B.: im Labor getestete, sind teuer.",
        # Names and titles keep their capitals.
        "Die Deutsche Bahn fährt pünktlicher als erwartet.",
        "Nach dem Ersten Weltkrieg änderte sich die Verwaltung.",
        "Der Artikel erschien in der Neuen Zürcher Zeitung.",
        "Die Vereinten Nationen und das Rote Kreuz berichten jährlich.",
        "Sie studierte an der Technischen Universität und nutzte Daten des Statistischen Bundesamts.",
        "Er forscht am Lehrstuhl für Klinische Psychologie.",
        "Er arbeitete von Morgen bis Abend, und am Morgen war die Zahl Null erreicht.",
        # a control's label after "Sie", a request's verb and an adverb
        "Aktivieren Sie dazu Dynamische Kurven verwenden im Dialog.",
        "Wählen Sie dann Sichtbare Ebenen vereinen.",
        # a conjunction, a plural subject and its verb last: no nominalized infinitive
        "Sie lesen, während die anderen warten.",
        "Sie las die Frankfurter Allgemeine Zeitung.",
        # a gender sign before the plural ending that opens a compound
        "Die Bürger*innenbeteiligung stärkt die Nutzer:innenfreundlichkeit.",
        # A term the author writes alike throughout is the author's choice.
        (
            "Künstliche Intelligenz verändert die Arbeit. Wir betrachten Künstliche "
            "Intelligenz in der Lehre und prüfen, ob Künstliche Intelligenz hilft."
        ),
        # in any case, even where the adjective has a noun twin ("die Alten")
        "Die Handschriften der Alten Musik sind selten, und in der Alten Musik fehlt der Takt.",
        # English terms in German text, and quotations.
        "Wir nutzen Machine Learning und Big Data in der Auswertung.",
        "Der Titel „Neue Wege der Forschung“ ist bewusst gewählt.",
        "Er schrieb: »Die ergebnisse sind vorläufig«, und »die daten sind alt« sagte er nie.",
        # Nominalizations that are already right.
        "Im Allgemeinen gilt das, und im Folgenden zeigen wir es.",
        "Des Weiteren prüfen wir beim Lesen etwas Neues.",
        # Adjectives before their noun, superlatives with "am", fixed lower-case phrases.
        "Das neue Modell ist im ersten Schritt langsamer.",
        "Beim schnellen Lesen passt man am besten auf.",
        "Wir brauchen ein bisschen Zeit und ein paar Beispiele.",
        "Zum einen fehlen Daten, zum anderen Zeit.",
        "Die beiden Gruppen und die meisten Befragten stimmten zu, die anderen nicht.",
        "Die einen zögern, die anderen handeln.",
        # Pronouns made nouns by their article or adjective; a comparative that is a noun.
        "Die Theorie beginnt mit dem Nichts, und alles entsteht aus dem Nichts.",
        "Die Ware verschwand ins Nichts, doch sie hatte das gewisse Etwas.",
        "Er war damals noch Lehrer und blieb immer Kleiner als sein Bruder.",
        # "des Öfteren" as the rules want it; numerals stay small.
        "Das kommt des Öfteren vor, und die zwei Gruppen und die drei anderen warten.",
        # Pronoun "das" before a verb: not a nominalization.
        "Das kann man lernen.",
        "Das lernen wir im zweiten Semester.",
        "Kinder, die spielen wollen, brauchen Raum.",
        "Die Studierenden, die arbeiten, haben weniger Zeit.",
        # An ellipsis: the noun was named just before.
        "Von den zwei Varianten ist die zweite schneller.",
        # Numbers and ordinals before a noun or a number.
        "In den letzten 10 Jahren stieg der Wert, vom ersten bis zum dritten Jahr.",
        # "als Erstes" without a noun, as the rules since 1996 want it.
        "Als Erstes wird die Hypothese formuliert, als Zweites die Methode.",
        # A nominalized participle or adjective, and a noun twin before another noun.
        "Die Befragten nannten Gründe, und Jugendliche brauchen Freiräume.",
        "Wir fragten die Teilnehmenden, ob Studierende Zeit haben.",
        "Das Lesen der Akten dauert, und das Heute zählt mehr als das Gestern.",
        "Der Zugang zu Wissen ist offen, und sie gehen zu Fuß.",
        # Plural nouns at a clause's end, and infinitives an article makes nouns.
        "Man muss sich um Steuern, Versicherungen und Fristen kümmern.",
        "Man kann das Arbeiten im Team lernen, sagt sie.",
        # an abbreviated author and work inside a citation's brackets
        "Er definiert das Beispiel als Erinnerung (Quint. inst. 5,11,6) an eine Tat.",
        # A sentence starting without its full stop is not a case error of the next word.
        "Wir schließen die Auswertung ab Natürlich bleiben Fragen offen.",
        "Dazu bleibt eines zu ergänzen Ich halte die Stichprobe für klein.",
        # A superlative with no noun before it to supply is nominal.
        "Das ist das Schönste an der Methode, und sie ist die Beste im Team.",
        # A predicate is nominative: "der Besten" after a copula is another noun's attribute.
        "Der Preis ist für die Wahl der Besten gedacht.",
        "Die Frage ist, welche die Beste ist.",
        # the copula must end the clause, with no noun before the article to rank
        "Wir fragen, ob die Beste im Test ist.",
        # "viele" standing alone may be capitalised (§ 58 (5)), unlike "alle".
        "Das gilt für viele, und Viele wissen es.",
        "Die Daten liegen vor Viele Werte fehlen noch.",
        # A label before a copula, a clause's first word, a nominalized infinitive.
        "Die Schaltfläche Neu ist grau, und Abschließend ist zu sagen: gut.",
        "Die Hauptfunktion, das Telefonieren ist heute Nebensache.",
        # A noun that is also a surname, and a twin after a fragment that may open a sentence.
        "Die erste Liebe oder tolle Abenteuer prägen diese Zeit.",
        "Der Junge spielt. Fazit Junge Menschen lernen schnell.",
        # Fixed adverbial phrases of a preposition and an adjective may stay small (§ 58 (3)).
        "Das kam von neuem auf, seit langem bekannt, und gilt bei weitem nicht.",
        "Er sucht nach neuem Wissen und nach neuem und altem Material.",
        "Der Zugang zu Wissen und zu Bildung ist offen.",
        "Das war das erste Mal, und jedes Mal dauerte es ein paar Mal länger.",
        "Das Ergebnis ist etwas sehr wichtig für uns, und es gibt viel sehr gutes Material.",
        "Er baut mehrere kleine Pakete anstelle eines großem, und seine alte Fassung bleibt.",
        "Das Verfahren ist es wert, und wir legen es zu den Akten.",
        "Die Feiern gehen bis spät, und wer leicht durchs Leben geht, lacht.",
        "Das Leid der Tiere tut weh, und ihm ist viel Leid geschehen.",
        # Languages are nouns.
        "Die Interviews fanden auf Russisch statt, die Auswertung war dann Deutsch.",
        "Im Labor wurde meist Englisch gesprochen, im Alltag Türkisch oder Schwedisch.",
        # Fixed pairs of nominalized adjectives.
        "Das Angebot richtet sich an Jung und Alt.",
        # A polite "Sie" already right, and "sie" as a plain pronoun.
        "Stellen Sie sich einen leeren Raum vor. Die Nutzer sagen, sie seien zufrieden.",
        "Arbeiten sie morgen?",
        # A verb-first condition, then its main clause: "sie" is a plain pronoun.
        "Werden sie im Kurs erklärt, können Lernende sie gezielt nutzen.",
        "Er sagte: „Die Kinder wissen sie zu schätzen.“",
        # After "etwas", "nichts" a degree adverb does not make the adjective attributive.
        "Das ist etwas überaus Nützliches für die Praxis.",
        "Sie fand nichts wirklich überaus Neues und überaus Gutes darin.",
        # A neuter determiner, "sich" and an infinitive: one nominalized reflexive verb.
        "Beim sich Einarbeiten hilft ein Mentor.",
        # Between an article and its noun stands an adjective, even one the lexicon lacks.
        "Die Gemeinde folgt den provinzialen Vorschriften.",
        # Numbers below a million stay small, inflected too.
        "Der Abstand zwischen den dreien ist gering.",
        # An article after the comma opens a new phrase: no adjectives joined before one noun.
        "Das ist eine schnelle Weise, eine Zeile zu markieren.",
        # After a number stands a noun, listed or not.
        "Die Linie wird mit zwei Unterstrichen markiert.",
        # After the noun naming a heading or field, its label as the program spells it.
        "Klicken Sie unter der Überschrift Backend auf den Link.",
        # a word that picks one of the things just named leaves their noun out
        "Alle Spalten bis auf die aktuelle werden ausgeblendet.",
        "Jeder Satz wird an den folgenden angehängt.",
        "Für jedes Stichwort wird das erste gefundene genommen.",
        # the noun of an adjective without one stands nearby, before or after "oder"
        "Der alte Zähler wird später durch den neuen ersetzt.",
        "Ein folgender Eintrag beendet den Bereich des vorhergehenden.",
        "Es gibt keine Vorlage für den dorischen oder Moll-Modus.",
        "Der Befehl wirkt nicht im manuellen oder Auto-Modus.",
        # ... after "wie", or before a compound unknown in small letters
        "Es gilt für den alten wie für den neuen Treiber.",
        "Die Werte stehen in den vererbbaren und Umgebungsmengen.",
        # "einzeln" uninflected is an adverb; a letter names the thing
        "Wenn mehrere Spalten da sind, muss man den Wert in jeder einzeln setzen.",
        "Wir wählen das kleinste n und das größte k.",
        # a noun with its own adjective before a comma; a fraction; a title after "siehe auch"
        "Wir hören die arabische Laute, kleine Trommeln und Flöten.",
        "Wenn nur ein paar Sechzehntel fehlen, passt es.",
        "Die Maße stehen im Anhang (siehe auch Vordefinierte Papierformate).",
        # a phrase after a colon whose adjective shares a verb's form is no sentence
        "Das soll die Funktion liefern: die gleiche Liste wie vorher, aber länger.",
        # "das selbe" is one pronoun written apart; the compound check names it
        "Beide Werte sind nicht das selbe.",
        # the noun comes after an attribute with its own phrase, or after "aber" and an adjective
        "Dies ist das übliche, von allen Versionen unterstützte Format.",
        "Wir messen die gesamte für Gäste im Saal freie Fläche.",  # two phrases in the attribute
        "Wir lesen das gesamte für den Bau des Hauses nötige Material.",  # and a genitive
        "Wir nutzen ein oft aktualisiertes aber selten erreichbares Archiv.",
        # a surname after a first name, whatever adjective it looks like
        "Beteiligt waren Marc Hohl und Peter Schnell.",
        # in a list of persons, a first name English also knows as a word ("tom")
        "Wir danken William Gibson, Neal Stephenson und Tom Holt sehr.",
        # the noun in brackets before its hyphen: "den zugehörigen [OK]-Knopf"
        "Man bestätigt mit dem zugehörigen [Speichern]-Knopf.",
        # "!" and "?" standing apart are named, not used
        "Man schreibt die Zeichen ! oder ? hinter die Note.",
        # a participle naming persons, as the subject after its verb, then the object
        "Als Ausgleich erhielten die Teilnehmenden Gutscheine.",
        # "im Allgemeinen" before a noun the article cannot go with; a truncated noun's tail
        "Er schreibt im Allgemeinen Kommentare auf Englisch.",
        "Erlaubt sind der Binde- (-) und Unterstrich (_).",
        # the noun said in the sentence before, with the same determiner and ending
        "Das kleinste Modell ist schnell. Das größte ist genauer.",
        # adjectives in brackets before their noun
        "Gewählt wird ein (echtes oder virtuelles) Gerät.",
        # a verb first, "sie" after it, and the main clause after the comma: a condition
        "Werden sie jedoch gefunden, gilt die Regel.",
        # a relative pronoun and its verb alone, the particle joined in the clause
        "Befragte, die angaben, selten zu lernen, schnitten schlechter ab.",
        # a first name English dictionaries list, then the surname
        "Die Seite schrieb Dennis Morse an der Universität.",
        # a first name written small is a login or a host
        "Der Zugang bleibt den Benutzern alice und bob vorbehalten.",
        # a nominalized infinitive is neuter: after "die" or "der" a verb ends a relative clause
        "Werte die fehlen werden nachgetragen.",
        "Man zieht die innere Fläche von der äußeren ab oder lässt sie von der äußeren abziehen.",
        # the number and the adverb, not the fixed phrases "außer Acht", "zu Recht"
        "Die Ergebnisse liegen in acht Wochen vor.",
        "Alle außer acht Teilnehmern stimmten zu.",
        "Das Gerät wurde zu recht hohen Kosten beschafft.",
        "Am Ende muss man ihm recht geben.",
        # a language's adjective before its noun
        "Die Befragung wurde in deutscher und auf englischer Sprache geführt.",
        # a quoted name after its class noun keeps its spelling
        "Die Spalte „betrag“ enthält nur Zahlen.",
        # the finite verb closing a relative clause; a participle as a noun after "alles"
        "Es folgte eine Phase, in der sie alles entfernte, was störte.",
        "Er schrieb alles Erlebte in ein Heft.",
        # an adjective from a place name keeps its capital
        "Sie spielte vor dem Wiener Publikum.",
        # a second attribute with a measure in it leads on to the shared noun
        "Die Probe wurde durch frisches, auf 37,5 °C temperiertes Medium ersetzt.",
        "Er nutzte kaltes, um 5 % verdünntes Wasser.",
        # an abbreviation is no word: "sog." is no "Sog"
        "Im sog. Nullmodell fehlen die Prädiktoren.",
        # the same adjectives before their noun are attributes
        "Im weiteren Verlauf stieg der Wert, im übrigen Europa sank er.",
        "Im folgenden beschriebenen Verfahren wird im einzelnen Fall entschieden.",
        # an infinitive that is a finite verb: put second, or ending its clause
        "Das Alte lernen wir gern, zum anderen bleiben die Regeln gleich.",
        "Sie fanden Freunde, die das Gleiche durchleben.",
        # an adjective before its noun, and one whose noun is left out before a verb-final end
        "Man nutzt die einfachen spitzen Klammern.",
        "Man kann in das binäre Format oder in das textuelle wechseln.",
        # a small English word after a preposition is a keyword or a name, no German noun
        "Das Feld wird mit none belegt und mit strings gefüllt.",
        # an adjective in -er before a plural after a verb is the verb's object
        "Wir wollen das neuer Daten wegen prüfen.",
        # after a bare preposition, a noun that may stand in another case opens a second phrase
        "Er kocht für Fremde Suppe.",
        "Sie spielt mit Kleinen Fußball.",
        # the slot after a main clause's verb, before an article, is the subject's: a name
        "Zum anderen erzeugt Bind die Zonendateien.",
        # "zu" grades the adjective after it, which leads on to the noun
        "Das gilt für ältere zu große Proben.",
        # a shade named as a noun, as "Rot" is
        "Als Farbe nehmen wir Hellblau.",
        # an account's name after a compound of "Konto"
        "Übertragen Sie den Betrag vom Ertragskonto Angewachsene Gewinne auf das Girokonto.",
        # a question's modal opens the sentence; the infinitive at its end is the verb
        "Kann man eine Tabelle in diese schachteln?",
        # a noun joined to a noun before the copula: the adsorbed gas, "das Adsorptiv"
        "Entscheidend ist, wie stark die Bindung zwischen Sorbens und Adsorptiv ist.",
    ],
)
def test_leaves_correct_text_alone(text: str) -> None:
    assert flagged(text) == []


def test_a_heading_after_its_number_is_no_evidence_of_a_term() -> None:
    heading = "2 Theoretische Grundlagen"
    sentence = "In Kapitel 2 werden die Theoretischen Grundlagen erklärt."
    assert flagged(heading, sentence) == ["Theoretischen"]


def test_people_are_no_term_however_often_the_writer_capitalises_them() -> None:
    assert flagged("Er ist ein Junger Mensch, und ein Junger Mensch lernt.") == ["Junger"] * 2


def test_a_measure_after_the_comma_opens_no_attribute_of_its_own() -> None:
    assert flagged("Wir fanden etwas neues, um 5 Uhr morgens.") == ["neues"]
    assert flagged("Der Sog war stark, im sog der Strömung trieb das Boot.") == ["sog"]


def test_an_apposition_after_a_comma_leaves_the_nominal_adjective_nominal() -> None:
    assert flagged("Am sichersten ist das beste, ein gut geprüftes Verfahren.") == ["beste"]
    assert flagged("Das ist das richtige, um die richtigen Leute zu finden.") == ["richtige"]


def test_zur_before_an_infinitive_is_zu_mistyped() -> None:
    (finding,) = check("Die Tabelle ist leicht zur bearbeiten.")
    assert "»zur bearbeiten« → »zu bearbeiten«" in finding.message


def test_a_present_participle_capitalised_mid_sentence_is_still_flagged() -> None:
    assert flagged("Die Studie gilt als Überzeugend und klar.") == ["Überzeugend"]


def test_a_plural_subject_and_its_verb_after_a_colon_are_a_sentence() -> None:
    # "-en" agrees with a plural noun: subject and verb, not object and infinitive
    assert flagged("Die Lage ist klar: die Kosten steigen.") == ["die"]


def test_quoted_speech_that_is_a_sentence_opens_with_a_capital() -> None:
    assert flagged("Sie sagt: „die Stichprobe ist zu klein.“") == ["die"]
    assert flagged("„wir messen zweimal“, sagt das Team.") == ["wir"]
    # a quoted phrase, a quoted command, a quotation inside the sentence
    assert flagged("Er nennt die Werte: „stabil, gering und plausibel“.") == []
    assert flagged("Der Befehl „man ls“ zeigt die Hilfe.") == []
    assert flagged("Sie nennt das „eine Frage der Zeit“, wie sie sagt.") == []


def test_a_capital_pronoun_after_its_own_verb_is_flagged() -> None:
    assert flagged("Dazu kann Ich wenig sagen, glaube Ich.") == ["Ich", "Ich"]


def test_a_noun_phrase_at_the_end_of_a_clause_is_no_verb() -> None:
    assert flagged("Er erzählt, dass er oft streitet mit seinen eltern.") == ["eltern"]


def test_a_german_verb_stays_a_verb_however_common_in_english() -> None:
    assert flagged("Man Plant die nächste Messung für Mai.") == ["Plant"]


def test_an_adjective_joined_to_a_wrongly_capitalised_one_is_flagged_too() -> None:
    assert flagged("Die Kritik war sehr Hart und Persönlich.") == ["Hart", "Persönlich"]


def test_both_words_of_a_fixed_pair_are_flagged() -> None:
    assert flagged("Das Angebot gilt für jung und alt.") == ["jung", "alt"]


def test_list_items_that_continue_a_sentence_may_start_small() -> None:
    assert flagged("Die Ziele sind:", "die Kosten senken", "die Qualität sichern.") == []
    assert flagged("Das sind die Ziele.", "die Kosten senken.", "die Qualität sichern.") == []


def test_a_paragraph_after_a_finished_one_opens_a_sentence() -> None:
    finished = "Die Messungen liefen über drei Wochen im Labor."
    opening = "zusammenfassend blieben die Werte stabil. Nur im Mai stiegen sie leicht an."
    assert flagged(finished, opening) == ["zusammenfassend"]
    # after a sentence left open, or as a one-sentence item, a paragraph may go on small
    assert flagged("Die Werte lagen bei", opening) == []
    assert flagged(finished, opening.rstrip(".")) == []
    assert flagged(finished, "zusammenfassend blieben die Werte über alle Wochen stabil.") == []
    # a finite verb first: the definition of a term the paragraph before named
    assert flagged(finished, "erzwingt die Kompression. Danach folgt der Rest.") == []
    # a short label and a colon: the item of a list the paragraph before began
    item = "kostenlos verfügbar: Jeder darf das Werkzeug laden. Es kostet nichts."
    assert flagged(finished, item) == []
    assert flagged(
        finished, "zusammenfassend blieben die Werte stabil: Sie schwankten kaum. Gut."
    ) == ["zusammenfassend"]


def test_a_paragraph_after_a_heading_opens_a_sentence() -> None:
    heading = Block(0, "4.2 Ergebnisse der Messung", "de", is_heading=True)
    opening = Block(1, "insgesamt blieben die Werte stabil. Nur im Mai stiegen sie.", "de")
    findings = Checker(["capitalization"]).check_all([heading, opening])
    assert [opening.text[f.start : f.end] for f in findings] == ["insgesamt"]
    # a term or a command defined under its heading still goes on small
    defined = Block(1, "erzwingt die Kompression. Danach folgt der Rest.", "de")
    assert Checker(["capitalization"]).check_all([heading, defined]) == []
    # with no verb the heading's phrase goes on: "Autoren" – "größtenteils von …"
    credits = Block(1, "größtenteils von Anna Berger. Viele Zusätze von Jan Roth.", "de")
    assert Checker(["capitalization"]).check_all([heading, credits]) == []


def test_a_sentence_opening_with_a_list_of_capitals_names_things() -> None:
    # the first capital is the sentence's; capitalising the rest names options or labels
    assert flagged("Fett, Kursiv, Gesperrt: Das erklärt sich von selbst.") == []
    assert flagged("Links, Rechts, Oben, Unten") == []
    # inside a sentence, or after a small word, the list is prose again
    assert flagged("Wir arbeiten Schnell, gründlich und ruhig.") == ["Schnell"]
    assert flagged("Fett, kursiv, Gesperrt: Das erklärt sich von selbst.") == ["Gesperrt"]
    # a line of short titles between commas, without a full stop, lists sections
    assert flagged("Siehe: Einfache Listen, Verteilte Dokumente, Tabellen") == []
    assert flagged("nur Herunterladen, aber nicht löschen") == ["Herunterladen"]
    assert flagged("Wir nutzen Verteilte Systeme, Einfache Listen und Tabellen.") == [
        "Verteilte",
        "Einfache",
    ]
    # after a label's colon a full stop may end them, and they hold a title's small words
    assert flagged("Referenz: Liste der Zeichen, Erweiterte und freie Formen, Triller.") == []
    assert flagged("Siehe auch: Automatische Balken, Manuelle Balken.") == []
    # an item in a list of nouns is a noun, though "backend" is also a participle
    assert flagged("Die Anwendung besteht aus Frontend, Backend, Datenbank.") == []
    assert flagged("Die Daten sind Wichtig, Richtig und vollständig.") == ["Wichtig", "Richtig"]
    # names of two words in a list a colon opens, up to an item of prose
    text = "Das Modul kennt die Stufen: Aus, Hohe Last, Volle Leistung, Lauf mit wenig Strom, Leise Lüfter und Ruhe."
    assert flagged(text) == ["Leise"]
    assert flagged("Fazit: Der Test war Erfolgreich, die Werte stimmen.") == ["Erfolgreich"]


def test_a_demonstrative_before_the_infinitive_a_modal_waits_for_is_its_object() -> None:
    # the modal needs an infinitive and only the small word can be it: "diese" stands alone
    assert flagged("Sie gelingt, sofern das Gerät diese drucken kann.") == []
    assert flagged("Stehen Klammern darin, muss man diese quoten, sonst bricht es.") == []
    # without a modal waiting, or with its infinitive elsewhere, the noun stays a noun
    assert flagged("Wir lesen diese anzeigen, weil wir es müssen.") == ["anzeigen"]
    assert flagged("Man kann dort diese anzeigen lesen.") == ["anzeigen"]


def test_dem_before_a_relative_clause_stands_alone_as_the_verbs_object() -> None:
    # "von dem …, den": the antecedent of the relative clause, the modal's infinitive after it
    assert flagged("Der Wert kann sich von dem unterscheiden, den wir erwarten.") == []
    assert flagged("Wir müssen mit dem rechnen, was kommt.") == []
    # without the relative clause "dem" is the article of a nominalized infinitive
    assert flagged("Der Fehler lag an dem schreiben der Daten.") == ["schreiben"]


def test_headings_are_not_read_and_english_has_rules_of_its_own() -> None:
    assert flagged("Die sicherheit im Verteilten System", heading=True) == []
    # German rules do not apply to English: adjectives there are small
    assert flagged("The security of Distributed systems matters.", language="en") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # peoples and languages, days and months take a capital
        ("The survey ran at two dutch schools.", ["dutch"]),
        ("Teachers met on thursday in october.", ["thursday", "october"]),
        # "march" and "may" are months only beside a number
        ("Data were collected from 12 may to 3 june.", ["may", "june"]),
        ("The groups may march in step.", []),
        # "polish" written small is the verb or the noun
        ("The release adds further polish to the manual.", []),
        ("Adding 0.1 three times may not give 0.3.", []),
        # seasons are small in running text, but keep a name's capital
        ("Field work took place in Autumn 2021.", ["Autumn"]),
        ("The Winter School met in Graz.", []),
        # code keeps its case
        ("Set locale=french and load french_rules.", []),
        # a common name the dictionary knows only capitalised; a program's name may be small
        ("The interviews took place in london.", ["london"]),
        ("The servers run linux and cairo.", []),
        # the pronoun "I", before a verb of the first person
        ("Later i found that i'm wrong, so i also ran it again.", ["i", "i'm", "i"]),
        # a letter, an index, a name
        ("For i in range n, where i is the row, the i test and IBM i differ.", []),
        ("The modifiers a, b, and i do not apply in part i.", []),
    ],
)
def test_english_capitals(text: str, words: list[str]) -> None:
    assert flagged(text, language="en") == words


@pytest.mark.parametrize(
    "text",
    [
        # a file name, version or code term after the adjective is its noun
        "Das Werkzeug hilft am meisten bei großen .bz2-Dateien.",
        "Das ist schneller als mit den üblichen LZ77/LZ78-basierten Verfahren.",
        # two adjectives of a span share one noun
        "Das Datum der Umstellung vom julianischen auf den gregorianischen Kalender.",
        # an ordinal in a name
        "Nach dem Zweiten Weltkrieg lernten alle Erste Hilfe.",
        "Sie kennt die Dritte Welt und den Ersten Mai.",
        # "statt" sets one adjective against another of the same noun
        "Das Raster entsteht mit vertikaler anstatt waagrechter Teilung.",
        # a placeholder beside a command
        "Mehr erfahren Sie mit apt rdepends paket im Terminal.",
        # a glob names files by their ending
        "Alle Dateien *.gif werden kopiert, die *.bak-Dateien nicht.",
        # the noun comes after a second attribute, an adverb or "beiden"
        "Nach dem gestuften, von der Gruppe geplanten Ablauf folgt der Test.",
        "Fehler entstehen durch alte lokal gespeicherte Einstellungen.",
        "In den ersten beiden Durchläufen blieb der Speicher stabil.",
        "Das zweite und die darauf folgenden Felder sind optional.",
        # an English key or a setting's name
        "Bestätigen Sie die Eingabe mit Enter oder wählen Sie das Profil Minimal aus.",
        "Tippen Sie den Namen und nochmals Enter.",
        # an English noun spelt like a German present participle ("backend" of "backen")
        "Der Dienst nutzt eine Datenbank als Backend.",
        # "zu Schaden" with its "kommen" before it
        "Bei dem Versuch kam niemand zu Schaden.",
        # "einzelne" before a partitive genitive refers to that genitive's noun
        "Wir legen jedes einzelne dieser Verzeichnisse von Hand an.",
        # words between the set's determiner and its noun: "das untere der zwei großen Felder"
        "Markieren Sie das rechte der sich kreuzenden Segmente.",
        # "folgende" before a colon refers back to a noun; one noun for coordinated adjectives
        "Die Regel ist folgende: Jede Datei bekommt einen Eintrag.",
        "Senden Sie kein vertrauliches oder durch Lizenzen geschütztes Material.",
        "Prüfen Sie beide Fassungen, sowohl im binären als auch im Quellpaket.",
        # an ordinal or a place picks one of the things just named, or of a genitive plural
        "Jedes Bild wird gelöscht, bevor das nächste erscheint.",
        "Zwei Fenster zeigen die Werkzeuge, während das dritte die Ebenen zeigt.",
        "Ziehen Sie das obere der beiden Rechtecke nach links.",
        # two joined adjectives share the set the second picks from
        "Färben Sie das linke und das mittlere der Felder ein.",
        # after a comma, "die" and a copula: a relative pronoun and its predicate
        "Jede Fassung genügt, die neuer ist als die geforderte.",
        # a noun and an adjective joined make an adjective, inflected too where it is derived
        "Die neuen Module sind noch nicht einsatzreif.",
        "Die Nutzung ist von fachkulturellen Traditionen geprägt.",
        # a verb the lexicon lacks, where a subordinate clause puts its verb
        "Wählen Sie diese Option, wenn Sie das Muster später kacheln.",
        # ... or where a modal waits for its infinitive, quoted or not
        "Wer ein Foto macht, will es auch sofort „posten“.",
        # an adjective that cannot go with the noun ("neues Posten") is not its attribute
        "Jeden Tag will man dort etwas anderes „posten“.",
        # a control's label after the noun that names its kind
        "Die Funktion Rückgängig nimmt den letzten Schritt zurück, wie im Menü Bearbeiten.",
        "Ist die Eigenschaft Interaktiv aktiv, folgt die Vorschau jeder Änderung.",
        "Die Messung lief mit der Methode Gleitender Mittelwert.",
        # ... also a compound or plural of such a noun
        "Ist das Kontrollfeld Gesichert leer, speichert das Programm nichts.",
        "Die Knöpfe Weiter und Zurück stehen unten, das Startsymbol Neu oben.",
        "Bleibt der Parameter Gerundet leer, rechnet die Tabelle genau.",
        "Öffnen Sie das Register Format (bei gewähltem Typ Benutzerdefiniert).",  # no auxiliary
        "In der Symbolleiste Weitere Steuerelemente klicken Sie auf das Symbol.",
        # ... and each single word of a list the noun opens
        "Dann werden die Stile Fett, Kursiv, Gesperrt und Unterstrichen angewendet.",
        # a class noun whose small form is a verb's too ("spalte", "taste")
        "Neue Einträge tragen in der Spalte Neu ein Häkchen.",
        # an article may stand alone as a pronoun before a verb; a possessive's adjective
        "Neue Geräte? Die wünsche ich mir seit Langem.",
        # a placeholder after a command whose name holds digits
        "Neue Module aktiviert der Befehl a2enmod modul sofort.",
        # "etwas" as "a little" before an adjective and its noun
        "Das gelingt mit etwas größerem Aufwand.",
        "Von allen Varianten ist ihre beste die schnellste.",
        "Das Projekt Offene Daten startete im Mai.",
        # a section's title after its number, or directly after the section
        "Mehr dazu steht in Kapitel 4, Benötigte Dateien und Verzeichnisse.",
        "Die Regeln stehen in Abschnitt Weiterführende Arbeiten.",
        "Eine Anleitung finden Sie im Abschnitt Hineinzoomen.",
        # after "Sie" and a verb of working the controls, the control's label
        "Dazu wählen Sie Einfach aus und bestätigen.",
        "Markieren Sie Sichtbare Kanten verbinden im Menü.",
        # a list's entry ending in a semicolon may go on small after its colon
        "warning: die Lage ist ernst, aber beherrschbar;",
        # a box's label in capitals, then its title
        "Die Details nennt der Kasten HINWEIS Gemeinsame Nutzung von Daten.",
        # a title after "siehe" keeps its capitals
        "Wer mehr wissen will, findet es dort, siehe Verteilte Versionsverwaltung.",
        # the same determiner and ending with a noun earlier: that noun is left out
        "Im englischen Format steht ein Punkt vor den Dezimalen, im deutschen ein Komma.",
        # after a copula, the subject's noun with the same article is left out
        "Die Messung wurde wiederholt, aber das Ergebnis blieb das gleiche.",
        "Leider ist das Verfahren, das wir nutzen, nicht das schnellste.",
        # ... also for an adjective in -igen that reads as an infinitive too
        "Der Satz gerät im zweispaltigen Layout enger als im einspaltigen.",
        # a negated attribute stands between the adjective and its noun
        "Das Werkzeug meldet das erste nicht in UTF-8 kodierte Zeichen.",
        # a prepositional phrase and a participle stand between the adjective and its noun
        "Wir malen mit den verschiedenen in der Werkzeugkiste verfügbaren Pinseln.",
        # the phrase's noun may be a program's name in lower case
        "Zu den weiteren mit rsync möglichen Abgleichen gehört der inkrementelle.",
        # a comparative before "als", though its form is also a noun ("Heller")
        "Grün wirkt heller als Rot, und dieses heller als Blau.",
        # numbers below a million stay small after "allen"; degree words before the noun
        "An zwei Seiten bleibt ein Rand, aber nie an allen vier.",
        "Es galt als erstes wirklich freies Werkzeug seiner Art.",
        # a logical operator in capitals is the adjective's noun, not a conjunction
        "Ein „logisches ODER“ bindet schwächer als ein „logisches UND“.",
        # a participle the tagger reads as a verb is a second adjective before the noun
        "Das erste erkannte Muster löst den Alarm aus.",
        # a pronoun names the set the adjective picks one from
        "Von den zwei Verfahren ist das ältere der beiden robuster.",
        "Es gibt mehrere Werkzeuge. Das bekannteste unter ihnen ist frei.",
        # "hunderte", "tausende", "Dutzende": either case (§ 58 (6))
        "Die Liste kommt mit zehntausenden von Einträgen aus.",
        "Zur Eröffnung kamen Tausende Gäste aus der Region.",
        # "seit Langem", "vor Kurzem": fixed phrases in either case, no attribute of the noun after
        "Die Frage ist seit Langem Thema der Forschung.",
        "Der Antrag wurde vor Kurzem Gegenstand einer Prüfung.",
        # after "aus" the article is dative: "der Ferne", not an attribute of "Zugriff"
        "Das Programm erlaubt aus der Ferne Zugriff auf den Rechner.",
        # a plural pronoun and its verb, no adjective before a nominalized infinitive
        "Einige stammen aus dem Archiv, und wieder andere kommen von der Befehlszeile.",
        # an English plural the dictionary lacks is no German adjective
        "Solche Muster heißen auch regexps oder regexes.",
        # an adverb in -weise after a relative "das"; "übrigen" picks from the nouns named
        "Wir fragen nach dem Wissen, das idealerweise über die erste Stufe hinausreicht.",
        "Die meisten Anträge wurden bewilligt; bei den übrigen fehlten Unterlagen.",
        # a name with its abbreviation in brackets; a noun at a clause's end after "hat"
        "Er gehörte bis 1933 der Deutschnationalen Volkspartei (DNVP) an.",
        "Als Jugendlicher hat man Gefahren, die drohen, nicht im Blick.",
        # no article vouches for a noun after the second word; a fixed phrase first
        "Die meisten Teilnehmenden studierten Psychologie.",
        "Die im Folgenden beschriebenen Programme laufen eigenständig.",
        "Kurze Triller ohne Dauer werden mit einem Befehl notiert.",
        # an ordinal after a contraction leaves out a noun named before
        "Der zweite Prozess liest die Daten, die vom ersten geschrieben wurden.",
        # infinitive groups after a colon, no sentence
        "Das Werkzeug erlaubt vieles: ein Paket zu installieren oder es zu entfernen.",
        # ... or without "zu": a singular object, then the infinitive, which cannot be its verb
        "Nächster Schritt: die Konfigurationsdatei anpassen.",
        "Ziel der Übung: das Modell trainieren und testen.",
        # an English name after an abbreviation in capitals
        "Das Kürzel MD steht für Multiple Device.",
        # an adjective the lexicon lacks, between a contraction and its noun
        "Der Wert wird beim initialen Laden gesetzt.",
        "Im finalen Schritt wird das Modell exportiert.",
    ],
)
def test_technical_prose_keeps_its_small_adjectives(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beim Überfahren des Symbols erscheint ein Hinweis.",
        "Die Antwort kam am Prompt sofort.",
        "Durch den Fehler kommt das System zu Schaden.",
        "Das erste »/« steht für das Wurzelverzeichnis.",
        "Es ist kein »normgebendes« Dokument im engeren Sinn.",
        "Die Platte wird eingebunden. mount(8) erledigt das.",
    ],
)
def test_nouns_after_contractions_quoted_nouns_and_commands(text: str) -> None:
    assert flagged(text) == []


def test_a_word_the_document_writes_as_a_file_name_stays_small_in_prose() -> None:
    prose = "Danach liest das Skript den paketname aus der Liste und prüft ihn."
    assert checking.flagged("capitalization", prose) == ["paketname"]
    name = "Die Vorlage steht in der Datei paketname.txt und wird beim Bau gelesen."
    assert checking.flagged("capitalization", name, prose) == []


def test_a_german_word_in_a_path_is_still_german_in_prose() -> None:
    path = "Die Vorlagen liegen unter /srv/vorlagen/ändern/liste.txt bereit."
    prose = "Das Skript dient zum ändern der Vorlagen."
    assert checking.flagged("capitalization", path, prose) == ["ändern"]


def test_an_adjective_before_its_noun_written_small_is_no_nominal_adjective() -> None:
    # "auf das richtige maß": the preposition's phrase needs a noun, "Maß"; "zu den alten
    # stand" has none ("den Stand" is no dative), so there "alten" is the nominal word
    assert "richtige" not in flagged("Es kommt auf das richtige maß an.")
    assert flagged("Er erinnert sich, wie er zu den alten stand.") == ["alten"]


def test_a_noun_written_small_after_a_preposition_is_called_a_noun() -> None:
    (finding,) = check("Wir sprachen lange mit freunden darüber.")
    assert "»freunden« → »Freunden«: Nomen nach »mit«" in finding.message
    (finding,) = check("Wir sprachen lange mit jugendlichen darüber.")
    assert "nominalisiertes Adjektiv nach »mit«" in finding.message


def test_a_superlative_that_ranks_a_noun_named_before_leaves_it_out() -> None:
    # "zu den schnellsten (Verfahren)": the reader supplies the noun named before
    assert flagged("Das Verfahren gehört zu den schnellsten, die wir kennen.") == []
    assert flagged("Diese Methode zählt unter den genauesten zu den ältesten.") == []
    # without a noun to rank, the superlative names people and is nominal
    assert flagged("Er gehört zu den besten.") == ["besten"]


def test_a_superlative_after_the_preposition_of_a_noun_before_ranks_that_noun() -> None:
    # "bei vielen Stationen (vor allem bei den größten)": the same preposition, the noun left out
    text = "Bei vielen Stationen (vor allem bei den größten) fehlten Messwerte."
    assert flagged(text) == []
    # another preposition, or a noun the article does not fit: nothing to rank
    assert flagged("Bei vielen Stationen (vor allem mit den größten) fehlten Messwerte.") == [
        "größten"
    ]
    assert flagged("Bei der Station (vor allem bei den größten) fehlten Messwerte.") == ["größten"]


def test_an_adjective_after_an_article_and_a_grading_adverb_leaves_its_noun_out() -> None:
    # "ein eigens angepasstes (Modell)": the article claims a noun said before
    text = "Man nutzt ein fertiges Modell oder ein eigens angepasstes aus dem Archiv."
    assert flagged(text) == []
    # without an article the "-es" adjective is nominal, adverb or not
    assert flagged("Sie lernten dort viel wirklich neues kennen.") == ["neues"]


def test_an_adjective_before_solche_and_its_noun_is_attributive() -> None:
    assert flagged("Es ist das einzige solche Gerät im Haus.") == []
    assert flagged("Das ist der älteste solche Baum im Park.") == []
    # "solche" with no noun after it ends the phrase
    assert flagged("Es war das einzige solche.") == ["einzige"]


def test_an_adjective_whose_noun_the_sentence_before_names_with_its_ending_leaves_it_out() -> None:
    # "mit den einfachsten (Werkzeugen)": the sentence before has adjective and noun in -en
    text = "Es gibt Wege zu gut geschützten Daten. Wir beginnen mit den einfachsten."
    assert flagged(text) == []
    assert flagged("Das kleine Modell ist fertig. Das größere folgt im Mai.") == []
    # another ending before the noun, or none: no noun to supply, so the adjective is nominal
    assert flagged("Es gibt gut geschützte Daten. Wir beginnen mit den einfachsten.") == [
        "einfachsten"
    ]
    assert flagged("Das Wetter war schön. Wir beginnen mit den einfachsten.") == ["einfachsten"]


def test_a_word_that_picks_one_of_the_things_the_sentence_before_names_leaves_it_out() -> None:
    # "das erste (Modell)", "das nächste (Buch)": an ordinal or a picking word, the noun before
    assert flagged("Wir vergleichen zwei Modelle. Das erste rechnet schneller.") == []
    assert flagged("Er hat drei Bücher gelesen. Das nächste kauft er im Mai.") == []
    # no noun of the determiner's gender before, or a relative "was": a thing of its own
    assert flagged("Sie hat viel Zeit. Das nächste ist wichtig.") == ["nächste"]
    assert flagged("Er hat drei Bücher gelesen. Das erste, was er tat, war schlafen.") == ["erste"]


def test_a_strong_dative_before_its_noun_or_in_an_adverbial_phrase_stays_small() -> None:
    assert flagged("Er handelt mit Holz und neuem Werkzeug.") == []
    assert flagged("Sie arbeitet seit langem und mit großem Erfolg daran.") == []
    assert flagged("Er begann von neuem.") == []


def test_after_ein_an_infinitive_a_verb_governs_or_a_particle_stays_a_verb() -> None:
    assert flagged("Sie wollen ein großes bauen.") == []
    assert flagged("Wir ließen ein neues drucken.") == []
    assert flagged("Er lud sie zu einem Fest ein und ging.") == []


def test_jeden_einzelnen_after_a_sentence_naming_a_thing_of_its_gender_leaves_it_out() -> None:
    # "jeden einzelnen (Filter)": the noun of the sentence before, in the gender "jeden" asks
    assert flagged("Welcher Filter passt? Testen Sie jeden einzelnen.") == []
    assert flagged("Welcher Filter passt, zeigt ein Test jedes einzelnen.") == []
    assert flagged("Sie lesen viel. Das prägt jeden einzelnen.") == ["einzelnen"]
    # a noun of another gender, or "von uns", or no sentence before: a person, nominal
    assert flagged("Welche Farbe passt? Testen Sie jeden einzelnen.") == ["einzelnen"]
    assert flagged("Der Kurs ist gut. Er hilft jedem einzelnen von uns.") == ["einzelnen"]
    assert flagged("Der Staat hilft jedem einzelnen.") == ["einzelnen"]


def test_a_pair_of_capitals_is_a_person_only_in_a_list_of_known_persons() -> None:
    # alone, "Tom" is no first name the lexicon knows, and "Holt" is the verb
    assert checking.flagged("capitalization", "Wir danken Tom Holt sehr.") == ["Holt"]


def test_a_prepositional_phrase_on_code_stands_inside_an_extended_attribute() -> None:
    text = "Zu den weiteren mit `rsync` möglichen Abgleichen gehört der inkrementelle."
    assert Checker(["capitalization"]).check_all([checking.coded(text)]) == []


def test_an_adjective_in_e_after_a_copula_and_alles_is_its_predicate() -> None:
    # "alles" the subject, "träge" its predicate: no ending, no nominalization
    assert flagged("Nach dem Essen war alles träge und still.") == []
    # an object: "alles" with a nominal adjective; a real ending after the copula
    assert flagged("Er wünschte ihnen alles böse.") == ["böse"]
    assert flagged("Am Ende war alles gute vergessen.") == ["gute"]


def test_a_compound_noun_the_lexicon_lacks_keeps_its_capital_though_its_letters_spell_a_verb() -> (
    None
):
    # "unterstrich", "leerräume" are forms of verbs; "Strich" and "Räume" make the nouns
    assert flagged("Erlaubt sind Ziffern, Unterstrich (_) und Punkt.") == []
    assert flagged("Das Werkzeug ersetzt Leerräume durch Tabulatoren.") == []
    # an adjective as the last part is no noun: "Erfolg" + "reich"
    assert flagged("Der Test war damals Erfolgreich, sagen alle.") == ["Erfolgreich"]


def test_a_word_the_document_uses_to_open_a_hyphenated_compound_is_a_name() -> None:
    # "grub", "bind" are verb forms; before "-Shell", "-Aktion" the words name a program
    text = "Die Grub-Shell startet das Werkzeug, um Grub in den Bootsektor zu schreiben."
    assert flagged(text) == []
    assert flagged("Ein »Bind«-Vorgang legt keinen Knoten an.", "Dort ändert Bind nichts.") == []
    # adjectives open such compounds too, and stay small elsewhere
    text = "Die Neu-Installation dauert, wenn man alles Neu einrichtet."
    assert flagged(text) == ["Neu"]
    # without the compound the verb form is a slip
    assert flagged("Das Werkzeug startet, um Grub in den Bootsektor zu schreiben.") == ["Grub"]


def test_a_bracket_between_the_last_adjective_and_its_noun_keeps_the_chain_open() -> None:
    # "nicht" negates the next adjective; the noun follows the bracketed insertion
    text = "Das Format erlaubt Felder mit extremen nicht üblichen zusätzlichen (alten) Angaben."
    assert flagged(text) == []
    # without a noun after the chain, the adjective is the noun
    assert flagged("Die Ärzte sprechen mit kranken nicht über Geld.") == ["kranken"]


def test_a_capitalised_conjunction_after_an_adjective_is_the_sign_it_names() -> None:
    # "das kaufmännische Und" is the sign &, a noun
    assert flagged("Das Zeichen (kaufmännisches Und) trennt die Namen.") == []
    # a small "und" joins two adjectives of one noun
    assert flagged("Es gibt viel neues und altes Wissen.") == []


def test_a_bare_adjective_like_one_said_with_its_noun_before_leaves_the_noun_out() -> None:
    # "rechtes (Foto)": the sentence's first words name the noun
    assert flagged("Linkes Foto in Farbe, rechtes in Grau.") == []
    # without such a pair the bare "-es" adjective is nominal
    assert flagged("Im Urlaub erlebt man nur schönes.") == ["schönes"]


def test_a_short_italic_label_keeps_the_capitals_it_is_named_with() -> None:
    italic = checking.italicised("Speichern Sie die Farbe in der Mappe *Benutzerdefiniert* ab.")
    assert Checker(["capitalization"]).check_all([italic]) == []
    # unmarked, the participle is capitalised mid-sentence
    assert flagged(italic.text) == ["Benutzerdefiniert"]


def test_a_zu_infinitive_of_a_particle_verb_is_no_noun_written_small() -> None:
    # "weiterzurechnen" (weiterrechnen): Hunspell accepts the capitalised form as a compound
    assert flagged("Um mit dem Wert weiterzurechnen, wandeln Sie ihn um.") == []


def test_an_italic_menu_path_keeps_its_labels_capitals() -> None:
    italic = checking.italicised(
        "Klicken Sie und wählen dann *Bearbeiten – Änderungen – Aufzeichnen*."
    )
    assert Checker(["capitalization"]).check_all([italic]) == []
    assert flagged(italic.text) == ["Bearbeiten"]


def test_a_noun_opened_by_a_small_letter_ends_the_adjectives_phrase() -> None:
    # "t-Test", "x-Achse": a letter, a hyphen and a noun make a noun
    assert flagged("Man wählt die Form des durchzuführenden t-Tests aus.") == []
    assert flagged("Das Ergebnis des durchzuführenden ist klar.") == ["durchzuführenden"]
