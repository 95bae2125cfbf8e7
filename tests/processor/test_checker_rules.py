"""Every category with what it must find and what it must leave alone, traps included."""

from __future__ import annotations

import pytest

from contracts.categories import CATEGORIES
from services.processor.checker import CHECKS, Block, Checker
from tests.processor.checking import check, flagged


def test_the_registry_and_the_shared_category_list_agree() -> None:
    assert set(CHECKS) == set(CATEGORIES)


def test_no_category_chosen_means_every_category_and_a_choice_limits_them() -> None:
    assert {check.code for check in Checker().checks} == set(CATEGORIES)
    assert [check.code for check in Checker(["comma", "quotes"]).checks] == ["comma", "quotes"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mehrere Befragte äußerten die Sorge dass ein Ausfall droht.", "Sorge dass"),
        ("Die Autoren zeigen dass die Haltung entscheidend ist.", "zeigen dass"),
        ("Unklar bleibt ob die Ergebnisse übertragbar sind.", "bleibt ob"),
        ("Das Projekt scheiterte weil die Mittel fehlten.", "scheiterte weil"),
        (
            "Die Daten wurden anonymisiert sodass keine Rückschlüsse möglich sind.",
            "anonymisiert sodass",
        ),
        (
            "Die Kodierung erfolgte mit Software um die Nachvollziehbarkeit zu sichern.",
            "Software um",
        ),
        ("Sie änderten das Verfahren ohne die Teilnehmenden zu informieren.", "Verfahren ohne"),
        ("Wir nutzen Tabellen statt die Werte einzeln aufzuführen.", "Tabellen statt"),
        ("Es gilt Zusammenhänge zu erfassen die in Fragebögen verborgen bleiben.", "erfassen die"),
        ("Es gibt Komponenten die in einer typischen Arbeit vorkommen.", "Komponenten die"),
        # "da" before its verb is the adverb: the relative clause owes its comma
        ("Da ist die Lösung die alle kennen.", "Lösung die"),
        ("Das Ergebnis ist nicht falsch sondern unvollständig.", "falsch sondern"),
        # the comma that closes an infinitive group at the start or an inserted clause
        ("Um die Daten zu prüfen braucht das Team zwei Wochen.", "prüfen braucht"),
        ("Die Befragten, die zusagten waren überwiegend Studierende.", "zusagten waren"),
        # a modal takes no participle: the verb before it closes the inserted clause
        ("Die These, dass Übung die Leistung steigert konnte belegt werden.", "steigert konnte"),
        # an infinitive group that depends on a noun, or that "es" announces
        ("Das Werkzeug bietet die Möglichkeit eigene Regeln zu definieren.", "Möglichkeit eigene"),
        ("Es ist sinnvoll die Messung zweimal zu wiederholen.", "sinnvoll die"),
        ("Dem Team fiel es schwer sich auf ein Format zu einigen.", "schwer sich"),
        # after subject, verb and noun, a second verb at the end needs its own clause
        ("Wir entwickeln Dienste die Berichte erzeugen.", "Dienste die"),
        ("Es gibt ein Modul das Eingaben prüft.", "Modul das"),
        # the comma closing a clause at the sentence start, before the main verb
        ("Obwohl die Stichprobe klein war zeigten sich Effekte.", "war zeigten"),
        ("Nachdem die Daten bereinigt worden waren wurde ein Modell geschätzt.", "waren wurde"),
        ("Wenn die Werte gelesen werden können sie verglichen werden.", "werden können"),
        # "wie" after a predicate that leaves a question open, or after the copula
        ("Noch ist ungewiss wie hoch die Förderung ausfällt.", "ungewiss wie"),
        ("Die Leitfrage lautet wie Gemeinden Hochwasser vorbeugen.", "lautet wie"),
        ("Entscheidend war wie schnell das Team reagierte.", "war wie"),
        # a preposition and its relative pronoun before a passive with no subject
        ("Sie fand ein Archiv in dem kaum geforscht wurde.", "Archiv in"),
        ("Der Plan nach dem gebaut wird liegt vor.", "Plan nach"),
        # a clause opened by a question word, the main clause's verb after its own
        ("Wie im Vorwort beschrieben ist der Anhang kurz.", "beschrieben ist"),
        ("Was die Gruppe erarbeitet fließt in die Note ein.", "erarbeitet fließt"),
        ("Warum der Wert schwankt lässt sich nicht sagen.", "schwankt lässt"),
        ("Wie dies gelingt zeigt das dritte Kapitel.", "gelingt zeigt"),
        ("Welche Route kürzer ist entscheidet das Navi.", "ist entscheidet"),
        # "aber" contrasting two adjectives of one form
        ("Die Kodierung ist aufwendig aber sehr zuverlässig.", "aufwendig aber"),
        ("Es ist ein kleines aber feines Projekt.", "kleines aber"),
        # a "dass" clause that goes on after the relative clause inside it
        (
            "Es folgt, dass jedes Modul welches die Bibliothek nutzt, neu gebaut wird.",
            "Modul welches",
        ),
        ("Sie arbeitet mit der Absicht die Ergebnisse bald zu veröffentlichen.", "Absicht die"),
        # the "je" clause ends before "desto" or "umso"
        ("Je länger der Versuch lief desto stabiler wurden die Werte.", "lief desto"),
        # a verb's particle, not a preposition, before a subordinator
        ("Der Druck stieg weiter an obwohl die Ventile offen waren.", "an obwohl"),
        ("Die Gruppe dachte lange nach bevor sie antwortete.", "nach bevor"),
        # "damit", "während", "da" opening a verb-final clause after a complete main clause
        ("Die Proben müssen gekühlt werden damit sie haltbar bleiben.", "werden damit"),
        (
            "Die Jüngeren antworteten schneller während die Älteren länger überlegten.",
            "schneller während",
        ),
        ("Der Versuch endete früh da das Material fehlte.", "früh da"),
        # "es" or a verb's pronominal adverb announcing the infinitive group
        ("Ziel der Untersuchung ist es die Abläufe zu vereinfachen.", "es die"),
        ("Dem Labor gelang es die Ausbeute zu verdoppeln.", "es die"),
        ("Die Gruppe entschied sich dazu eine zweite Messung durchzuführen.", "dazu eine"),
        # an apposition to the opening subject is closed before the main verb
        ("Emmy Noether, eine der Begründerinnen der Algebra prägte das Fach.", "Algebra prägte"),
        # ... and so is one that "also" announces as explaining it
        ("Die zweite Skala, also die Kurzform des Tests wurde online erhoben.", "Tests wurde"),
        # an infinitive group inside another one takes its commas too
        ("Es ist schwer, dem Kurs zu folgen ohne den Faden zu verlieren.", "folgen ohne"),
        # the clause goes on past the "und" of a shared first part to its verb
        (
            "Die Befunde zeigen dass viele über computer- und medienbezogene Kenntnisse verfügen.",
            "zeigen dass",
        ),
        # after "wurden" no bare infinitive follows: the form is the main clause's verb
        (
            "Die Proben, die im Labor gemessen wurden bestätigen die Annahme.",
            "wurden bestätigen",
        ),
        # a main clause closed by its participle or infinitive, then a relative clause
        (
            "Viele Teilnehmende wurden zu Interviews eingeladen die kaum Zeit hatten.",
            "eingeladen die",
        ),
        ("Die Kosten lassen sich deutlich senken was die Akzeptanz erhöht.", "senken was"),
        # "jedoch" after a verb is the main clause's adverb; the comma follows it
        ("Die Autorin betont jedoch dass die Daten lückenhaft sind.", "jedoch dass"),
        # a verb without "ge" is no participle, so two finite verbs meet: "gerechtfertigt"
        (
            "Die Tatsache, dass ein Team verteilt arbeitet rechtfertigt keine Ausnahme.",
            "arbeitet rechtfertigt",
        ),
        # no article stands before "ein", so "die" is the relative pronoun
        ("Lehrkräfte und Eltern die ein Konzept erarbeiten, treffen sich.", "Eltern die"),
        # after "die" a plural's adjective ends in -en: "erhebliche" is declined without it
        ("Firmen und Vereine die bereits hohe Kosten tragen, zahlen weniger.", "Vereine die"),
        # a noun after "als" is a predicate, no subject of the clause
        ("Die Stadträte die als Vermittler tätig waren, fehlten.", "Stadträte die"),
        # a subject pronoun or "sich" makes a clause with its own verb, however far it is
        (
            "Offen bleibt die Frage ob sich die Werte, etwa im Winter, ähnlich verhalten.",
            "Frage ob",
        ),
        # an adjective is no finite verb ("leer"); the opening clause ends at "standen"
        ("Als die Büros leer standen wuchs die Nachfrage.", "standen wuchs"),
        # a verb that governs no infinitive or participle follows the inserted clause's verb
        (
            "Für Eltern, die mit wenig Geld auskommen bedeutet die Reform viel.",
            "auskommen bedeutet",
        ),
        ("Das Verfahren, das die Stadt anwendet lässt sich übertragen.", "anwendet lässt"),
        # an indirect question, and a clause with "was"
        ("Zu klären bleibt inwiefern die Regel greift.", "bleibt inwiefern"),
        ("Die Kosten stiegen um zehn Prozent was den Plan gefährdete.", "Prozent was"),
        ("Die Kinder wissen genau was sie wollen.", "genau was"),
        # "sein" and "haben" take no bare infinitive: the "-en" verb ends the inserted clause
        ("Das Gerät, das wir im Keller lagern ist alt.", "lagern ist"),
        ("Das Werkzeug, das wir täglich nutzen ist robust.", "nutzen ist"),
        # no verb cluster holds two finite auxiliaries or modals
        ("Ob der Effekt real war wird sich zeigen.", "war wird"),
        ("Wer krank ist muss zu Hause bleiben.", "ist muss"),
        # before a subject pronoun and a verb-final clause "da" and "damit" are conjunctions
        ("Es lohnt sich, die Werte zu prüfen da sie stark schwanken.", "prüfen da"),
        # a list of nouns inside the clause: its commas are the list's
        (
            "Die Preise stiegen obwohl Angebot, Nachfrage und Kosten gleich blieben.",
            "stiegen obwohl",
        ),
        # an infinitive group after the opening noun ends before the main clause's verb
        ("Der Plan, die Halle abzureißen stieß auf Protest.", "abzureißen stieß"),
        # an article before a preposition needs a participle to lead; the main verb's
        # particle may follow the relative clause
        ("Es kamen Gäste aus Orten die an der Küste liegen.", "Orten die"),
        ("Es nahmen Schulen aus Kreisen die per Los bestimmt wurden teil.", "Kreisen die"),
        # no article stands before "sich" unless a participle follows it
        ("Es handelt sich um Texte die sich gezielt alter Motive bedienen.", "Texte die"),
        # a relative clause whose phrases are joined by "und"/"oder", or that holds a year
        ("Die Boten die als Läufer oder Reiter dienten, waren schnell.", "Boten die"),
        ("Es meldeten sich Eltern die über Zeitung und Radio geworben wurden.", "Eltern die"),
        ("Die Proben die zwischen März 2021 und Mai 2022 entnommen wurden, fehlen.", "Proben die"),
        # a pronoun that stands for a person; a noun before a cited year
        ("Es gab kaum jemanden der das Angebot nutzte.", "jemanden der"),
        ("Laut einer Studie von Berg (2018) die in zehn Ländern lief, sinkt der Wert.", ") die"),
        # a clause inserted in the main clause's verb bracket, closed by its own verbs
        (
            (
                "Die Stadt hat den Plan, den die Initiative vorgelegt hatte nach langer Debatte "
                "angenommen."
            ),
            "hatte nach",
        ),
        ("Wir haben die Daten, die wir erhoben haben genau geprüft.", "haben genau"),
        ("Sie wird die Frage, ob das Verfahren taugt in einem zweiten Schritt prüfen.", "taugt in"),
        (
            "Dazu nehmen wir alle Länder, die ein solches Gesetz besitzen in die Auswahl auf.",
            "besitzen in",
        ),
        # the clause's verb meets the main clause's: an adjective after it is no verb;
        # a plural full verb before an article; "bleiben" takes no "rechnen"; a
        # preposition before the relative pronoun
        (
            "Während die Hotels leer standen verzeichneten beliebte Orte einen Ansturm.",
            "standen verzeichneten",
        ),
        (
            "Nutzer, die sich eine Entlastung versprechen zeigen eine hohe Bereitschaft.",
            "versprechen zeigen",
        ),
        ("Die Frage, ob sich die Kosten rechnen bleibt offen.", "rechnen bleibt"),
        (
            "In Foren, in denen Nutzer auf Kommentare eingehen verschwimmt die Grenze.",
            "eingehen verschwimmt",
        ),
        # an opening "Es" holds the place of the group, the verb's subject
        ("Es lohnt sich die Daten genau zu prüfen.", "sich die"),
        ("Es gelang ihnen nicht die Aufgabe zu lösen.", "nicht die"),
        # an indirect question with its verb last; "nicht" negates the main clause
        ("Es bleibt offen warum die Werte im Winter sanken.", "offen warum"),
        ("Die Befragten wussten nicht ob die Umfrage anonym war.", "nicht ob"),
        # "wie" after a word that takes a question asks one
        ("Offen bleibt die Frage wie die Schulen das bezahlen.", "Frage wie"),
        ("Wir prüfen wie sich die Werte über das Jahr verändern.", "prüfen wie"),
        # a statement that opens with its finite verb opens with a condition
        ("Wird die Schwelle überschritten schaltet das Gerät ab.", "überschritten schaltet"),
        ("Sollte die Stichprobe zu klein sein wird sie erweitert.", "sein wird"),
        # a strong adjective after "die" needs no article: "die" is the relative pronoun
        ("Er malt in einer Manier die alltägliche Dinge genau abbildet.", "Manier die"),
        # a decimal comma ends no clause: the relative clause reads on to its verb
        ("Es gibt einen Wert der um 3,5 Punkte stieg.", "Wert der"),
        # a preposition and a relative pronoun open the clause
        ("Wir nutzen Daten mit denen wir gut arbeiten können.", "Daten mit"),
        (
            "Dann wurde ein Verfahren erprobt bei dem das Netz erneut trainiert wurde.",
            "erprobt bei",
        ),
        ("Es ist ein Raum in dem man ungestört lernt.", "Raum in"),
        # "es" points ahead to the group: after the finite verb, before the participle that
        # closes the main clause, or after "Ziel ist"; the group may open with a noun or "ein"
        ("Die Methode ermöglicht es Vertrauen aufzubauen.", "es Vertrauen"),
        ("Wir haben es geschafft die Daten rechtzeitig zu sammeln.", "geschafft die"),
        ("Sie liebt es die ganze Nacht im Labor zu arbeiten.", "es die"),
        ("Für viele wird es schwierig eine Wohnung zu finden.", "schwierig eine"),
        ("Die Plattform erlaubt es den Nutzern eigene Inhalte zu erstellen.", "Nutzern eigene"),
        # ... or a pronoun, or the verb that lets closes the clause after it
        ("Die Vorlage erlaubt es Ihnen Ihre Notizen zu ordnen.", "Ihnen Ihre"),
        ("Die Vorlage wird es Ihnen erlauben Ihre Notizen zu ordnen.", "erlauben Ihre"),
        ("Die Vorlage hat es uns ermöglicht eine Ordnung zu finden.", "ermöglicht eine"),
        ("Das Ziel ist es die Kosten zu senken.", "es die"),
        ("Ziel dieser Arbeit ist es ein Modell zu entwickeln.", "es ein"),
        # a group that depends on a noun, though "ein" is an adverb too
        ("Heute haben Studierende die Pflicht ein Praktikum zu machen.", "Pflicht ein"),
        # a "das" that opens a dass-clause takes the comma "dass" takes
        ("Die Befragten wussten nicht das die Umfrage anonym war.", "nicht das"),
        ("Die Autorin behauptet das die Werte sinken.", "behauptet das"),
        # a relative clause after the particle that closes its verb ("vorliegen"), or with
        # a measurement in it
        ("Zum Thema liegen nur wenige Studien vor die zudem sehr klein sind.", "vor die"),
        # a particle of another kind, which makes a verb with the finite one ("teilnehmen")
        ("Am Test nahmen vierzig Kinder teil die per Los gezogen wurden.", "teil die"),
        # a genitive attribute with no article is its noun's, no article's
        ("Es fehlt an Kursen die auf die Pflichten digitaler Arbeit vorbereiten.", "Kursen die"),
        ("Die Halle ist mit Lüftern ausgestattet die bis 40 °C sicher laufen.", "ausgestattet die"),
        # ... but a clause with a subject of its own is led by the preposition
        ("Es gibt eine Wand an die man Bilder hängt.", "Wand an"),
        # a citation with a comma inside the opening clause leaves it one clause
        ("Wie Lang (2019, S. 4) zeigt steigen die Kosten weiter.", "zeigt steigen"),
        (
            "Obwohl die Preise (vgl. Roth 2018, S. 3) gesunken sind bleibt die Lage ernst.",
            "sind bleibt",
        ),
        # an abbreviation inside the clause is no noun of "die"
        (
            "Das Verfahren ist anfällig für Effekte die z. B. durch Farbstoffe entstehen.",
            "Effekte die",
        ),
        # an adverb that links clauses, then a finite verb: a second main clause
        ("Die Stichprobe war klein dennoch zeigen sich Effekte.", "klein dennoch"),
        ("Die Kosten sinken somit lohnt sich die Investition.", "sinken somit"),
        # "als ob", "als wenn": a clause of comparison, after a particle too
        ("Es klingt so laut als wenn ein Zug fährt.", "laut als"),
        ("Er sah aus als ob er nicht geschlafen hätte.", "aus als"),
        # two words that open one clause: the comma stands before the first
        ("Die Kurse helfen ohne dass eine Therapie nötig ist.", "helfen ohne"),
        ("Die Regel gilt auch wenn die Kosten steigen.", "gilt auch"),
        ("Er blieb ruhig selbst wenn alle drängten.", "ruhig selbst"),
        ("Es ist zu teuer als dass es sich lohnt.", "teuer als"),
        # a second infinitive group after one that ends in its "zu" infinitive
        (
            "Es hilft, Gedanken wahrzunehmen ohne sich von ihnen leiten zu lassen.",
            "wahrzunehmen ohne",
        ),
        # a preposition and "dem" before a counted subject open a relative clause
        ("Gerade im ersten Jahr in dem viele Studierende pendeln, fehlt Zeit.", "Jahr in"),
        # "deren", "dessen" lead a noun of their own; a particle may end the clause before
        ("Die Tests liefen in einer Umgebung deren Hardware abweicht.", "Umgebung deren"),
        ("Er hat ein Buch gelesen dessen Titel er vergaß.", "gelesen dessen"),
        ("Die Firma setzt eine Software ein welche 2009 entstand.", "ein welche"),
        # a "wer" clause is the subject: the main verb follows its comma
        ("Wer Daten sammelt braucht Regeln.", "sammelt braucht"),
        # the comma between two adjectives of one noun ends no clause
        ("Wir prüfen ob eine kurze, einfache Übung hilft.", "prüfen ob"),
        # a plain adjective after the announcing noun opens the group; a particle ends a clause
        ("Die Stadt steht vor der Aufgabe neuen Wohnraum zu schaffen.", "Aufgabe neuen"),
        ("Die Gruppe fängt an während die anderen warten.", "an während"),
        # "vor und nach" join two prepositions of one phrase, no two predicates
        ("Wir maßen vor und nach dem Kurs da ein Vergleich nötig war.", "Kurs da"),
        # a year ends the main clause as a word would
        ("Die Reihe endet 2019 weil danach das Messgerät wechselte.", "2019 weil"),
        # "nämlich", "darunter" after a counted noun or the closing participle name what is meant
        (
            "Der Leitfaden umfasste vier Blöcke nämlich das Verständnis und die Ziele.",
            "Blöcke nämlich",
        ),
        ("Ergänzend wurden 23 Dokumente analysiert darunter das Konzept.", "analysiert darunter"),
        # after a comma an adverb of the main clause, its own clause inserted; "bzw." coordinates
        ("Man tut, was man will, später wenn man arbeitet, ist es vorbei.", "später wenn"),
        ("Es wäre lustig bzw. komisch wenn ich einen Brief schreiben würde.", "komisch wenn"),
        # "wann immer" with a subject and its verb is a whole clause, no formula
        ("Wir sollten wann immer es geht früh testen.", "sollten wann"),
        ("Wir kommen gern wenn nötig ist.", "gern wenn"),
        ("Wir wissen wie er sagt, dass es geht.", "wissen wie"),
        # the opening clause ends in its verbs where the main clause follows at once
        ("Wenn Sie die Daten sichern wollen müssen Sie root sein.", "wollen müssen"),
        # the comma belongs before the first opener; "statt" inside its group needs none
        (
            "Es sollte umgestellt werden um auf einen Port statt auf ein Socket aufzusetzen.",
            "werden um",
        ),
    ],
)
def test_comma_missing_before_a_clause_or_infinitive_group(text: str, span: str) -> None:
    findings = check("comma", text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert findings[0].message.startswith("Komma: ")
    assert span.replace(" ", ", ", 1) in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Mehrere Befragte äußerten die Sorge, dass ein Ausfall droht.",
        "Die Daten wurden so aufbereitet, dass sie vergleichbar sind.",
        # the comma of a clause the companion leads stands before it, or after it
        "Er hielt, auch wenn es schwer fiel, durch.",
        "Aber auch wenn die Kosten steigen, lohnt es sich.",
        "Wir wissen, dass selbst wenn alles klappt, Zeit vergeht.",
        "Die Werte schwanken, oft auch wenn nichts geschieht.",
        # a focus adverb before the subordinator belongs to it: no comma between them
        "Speziell wenn die Kosten steigen, lohnt es sich.",
        "Das gilt, vorwiegend wenn die Kosten steigen.",
        # "ohne … zu" within an infinitive group that has no verb of its own before it
        "Es ist wichtig, das Problem ohne Hilfe zu lösen.",
        "Er tat so als ob nichts wäre.",
        "Je nachdem ob die Daten vorliegen, variiert das Vorgehen.",
        "Es geht um die Fähigkeit zu lernen.",
        "Der Umsatz stieg um bis zu 20 Prozent.",
        "Die Diskussion um die Zuordnung zu Kategorien dauert an.",
        "Dann sinken die in der Studie genannten Kosten deutlich.",  # article with attribute
        # a genitive article before coordinated adjectives, not a relative pronoun
        "Der Aufwand liegt in der Ausführung der neu erstellten sowie der alten Skripte.",
        # a participle closes the same clause; a verb cluster is one unit
        "Angenommen, das Paket wurde signiert, dann ist es gültig.",
        "Die Daten, die wir prüfen, sind vollständig, und das Team kann sie lesen.",
        "Das ist nicht falsch, sondern unvollständig.",
        # an article after the noun, a question word, "rund um"
        "Sie können die Liste der meisten von ihnen ansehen, indem Sie suchen.",
        "Es gibt Gründe, warum das nicht immer möglich ist.",
        # after a verb in second place "das" is its object, not a relative pronoun
        "Sie können das auch direkt im Fenster einstellen, wenn Sie wollen.",
        "Wir protokollieren alles rund um das Konto.",
        # the first of two "solange" is the adverb "so lange"
        "Wir nutzen den Cache, was solange keine Rolle spielt, solange der Speicher reicht.",
        "Hier zeigen die im Anhang aufgeführten Werte einen klaren Trend.",
        "Die Rolle der in der Literatur genannten Faktoren ist umstritten.",
        "Das Technology-Organization-Environment-Modell erklärt das Verhalten der Firmen.",
        "Die Autoren beschreiben den eigentlichen Kostentreiber des Projekts.",
        "Mit Blick auf die Ergebnisse der Befragung lassen sich drei Muster erkennen.",
        "Daher wird zunächst der Forschungsstand dargestellt und anschließend die Methode erläutert.",
        # Shortened clauses without a verb may stand without commas.
        "Die Werte werden falls nötig gerundet.",
        "Die Datei wird wenn möglich im Voraus geladen.",
        "Die Ausgabe geht an die Datei falls angegeben.",
        # ... also where the main clause's words run on past the formula
        "Wir sollten wann immer möglich früh testen.",
        "Sie können wenn nötig alle Werte löschen.",
        "Wir raten wie oben schon erwähnt, das Paket zu nutzen.",
        # an adjective after an article is no finite verb of the main clause
        "Eine bestimmte Sprache wird während des Baus gebraucht.",
        # "ohne" opens no group of its own here: "zu lösen" belongs to "versuchte".
        "Er versuchte, das Problem ohne fremde Hilfe zu lösen.",
        "Ziel ist es, die Daten statt per Hand automatisiert zu erfassen.",
        # a second infinitive joined by "und" stays inside the first group
        "Wir ziehen, um die Form zu drehen und sie ohne Verzerrung zu skalieren.",
        "Sie planen, das Dach zu nutzen und es später um einen Speicher zu ergänzen.",
        # "statt" inside a group whose infinitive has not come yet contrasts two phrases
        "Er baute es um, um auf einen Port statt auf einen Socket aufzusetzen.",
        # a bare "zu" infinitive needs no comma; the noun may be the infinitive's own object
        "Es ist möglich zu wechseln, und wir haben die Möglichkeit zu wählen.",
        "Man ist froh, diese Zeit gut überstanden zu haben.",
        "Wir wollen die Zeit später nicht zu bereuen haben.",
        "Mit der Zeit lernen die Teilnehmer Fehler zu vermeiden.",
        "Sie nutzen die Zeit des Projekts gut zu zweit.",
        # a verb that takes a bare infinitive; the noun as subject; an infinitive group
        "Wir lassen Skripte die Berichte erzeugen.",
        "Heute haben Studierende die Pflicht, ein Praktikum zu machen.",
        # "hat es … zu verdanken" is one predicate, no group "es" points to
        "Sie hat es Kollegen aus Bonn zu verdanken.",
        # "es" the subject, and "hinzufügen" no infinitive with "zu"
        "Optional kann es Partitionen hinzufügen oder entfernen.",
        # "dazustehen" is "dastehen" with "zu": the group after "um" ends there
        "Man will cool sein, um besser dazustehen.",
        # a linking adverb inside its clause: before a participle, an infinitive its modal
        # takes, after "und", or in a clause a subordinator opens
        "Die Werte sind dennoch gestiegen.",
        "Wir werden daher zeigen, wie die Werte steigen.",
        # a preposition and its article, though the verb has that particle too
        "Wir legen die Mappe vor die Tür.",
        # "ohne dass" opens a clause whose verb is still owed: "deren" is its possessive
        "Sie senden Bilder, ohne dass die Klinik deren Herkunft prüfen kann.",
        "Er nannte die z. B. oben genannten Gründe.",
        # second in a main clause a separable verb stands apart from its particle, so a
        # word that would be the verb joined to it is something else: a preposition here
        "Die Arbeit untersucht daher mithilfe einer Simulation, wann die Pumpe effizient ist.",
        "Der neue Vertrag gilt deshalb anstelle des alten Vertrags.",
        "Die Stichprobe war klein und dennoch zeigen sich Effekte.",
        "Weil die Stichprobe klein war, zeigen sich dennoch Effekte.",
        "Durch solche Regeln kann außerdem verhindert werden, dass Daten fehlen.",
        "Die Benutzung der Zeichen folgt allerdings bestimmten Regeln.",
        # the adjective's own phrase comes first, the comma after it
        "Es ist wichtig für Studierende, früh Feedback zu bekommen.",
        # "kurz bevor" and "zumindest wenn" are one unit; a noun inside an "um … zu" group
        "Melden Sie sich, kurz bevor Sie viele Kopien verteilen.",
        "Man prüft die Eingaben, schon bevor sie den Server erreichen.",
        "Das System reagiert sofort, möglicherweise bevor alle Geräte bereit sind.",
        # a focus particle leads its clause: after "aber" the comma before it may go
        "Noch hilft das wenig, aber spätestens wenn die Daten wachsen, lohnt es sich.",
        "Die Analyse ist fertig, und mindestens wenn alle Werte stimmen, gilt sie.",
        # the conjunction "da", then its subject "das"
        "Die Dateien liegen im Archiv, da das so erwartet wird.",
        # a clause that goes on after its verbs, a fixed "wie gesagt", a question
        "Wenn die Option genutzt wird und eine Variable gesetzt ist, gilt sie.",
        "Wie gesagt ist dieses Verfahren nur eine Hilfe.",
        "Das ist aber schön, und das Ergebnis war knapp aber nicht falsch.",
        "Wenn für das Netz der gleiche Server der gleichen aktualisierten Pakete dient, hilft das.",
        "Wie überzeugt sind Sie von Ihren Änderungen?",
        "Wenn die Daten gelesen werden können, vergleichen wir sie.",
        # a participle before its noun is no verb: the "zu" group starts further left
        "Das Werkzeug erlaubt es, nach installierten Paketen ohne Quelle zu suchen.",
        # the noun is the object inside a group opened before it
        "Das Design zwingt dazu, jede Aufgabe als eigenen Prozess umzusetzen.",
        # the verb closing a "dass" clause is its own, "der" a genitive article
        "Sie legt fest, dass die Konfiguration der domU durch DHCP besorgt wird.",
        # ... also after an adjective that reads as a verb, "da" the conjunction
        "Wir messen nur IPv4, da sie in der Praxis die am häufigsten verwendeten sind.",
        "Wir messen nur IPv4, weil sie im Alltag die am häufigsten genutzten sind.",
        # a preposition's noun and an adjective after it describe the noun that follows
        "Es ist schwer, den zu einer Aufgabe passenden Satz von Werkzeugen zu finden.",
        "Das gilt (jedenfalls wenn alles richtig läuft) immer.",
        "Es braucht wenig Fantasie, um den Zweck dieses Knopfes zu erraten.",
        # "solange" pointing ahead to a "bis" clause is the adverb "so lange"
        "Das Signal wird solange wiederholt, bis jemand die Taste drückt.",
        # a phrase set after the opening clause's verbs; the main clause opens after its comma
        "Wenn Sie die Daten sichern wollen statt der ganzen Platte, nutzen Sie rsync.",
        "Falls man den Text ändern möchte anstelle einer Kopie, braucht man Schreibrechte.",
        # ... also where the comma before "bis" is missing as well
        "Das Werkzeug wird den Zähler solange erhöhen bis die Grenze erreicht ist.",
        "Die Gruppe wartet solange bis alle Daten vorliegen.",
        # a particle written apart from its clause-final verb opens no clause
        "Sie üben viel, weil die Prüfung kurz bevor steht.",
        # the adverb "damit" and the preposition "während": the final verb is the main clause's
        "Wir können damit die Kosten deutlich senken.",
        "Er hat damit nicht gerechnet.",
        "Die Daten wurden während der Befragung erfasst.",
        # a quantifier after a preposition is no finite verb ("einigen"): "kann" waits for
        # the infinitive at the end, so "während" is a preposition
        "Mit einigen Ausnahmen kann jede während des Laufs gestellte Frage beantwortet werden.",
        "Sie lernten während der Ferien schwimmen.",
        # an inflected participle before its noun closes no verb bracket
        "Zudem könnte die erhöhte Last während der Woche zu Fehlern geführt haben.",
        "Die Werte sind notiert und werden während der Messung ergänzt.",
        "Er hat gesagt, damit sei alles erledigt.",
        "Es gibt da Leute, die das anders sehen.",
        # a pronominal adverb inside the group, "es" as the verb's own subject
        "Sie versuchte damit die Kosten zu senken.",
        # a relative clause ends in its verb; a list of subjects
        "Die Fehler, die man in der Jugend macht, prägen.",
        "Emmy Noether, Max Weber und Marie Curie prägten ihre Fächer.",
        "Die zweite Skala, also die Kurzform des Tests, wurde online erhoben.",
        "Die Daten, also Umfragen und Interviews, wurden kodiert.",
        "Die Daten, die sie gesammelt hatten, konnten ausgewertet werden.",
        "Im Sommer gibt es eine Pause zu feiern.",
        "Ist es das wirklich wert?",
        # a sentence's first word is no antecedent; a focus particle or sentence adverb
        # leads its clause; "woher" opens a question, "der" is its subject
        "Genau das wurde geprüft.",
        "All das spricht für die Methode.",
        "Schon wenn man die Tabelle liest, fällt der Trend auf.",
        "Die Werte stiegen, vielleicht weil die Temperatur höher war.",
        "Unklar bleibt, woher der Fehler stammt.",
        # "auf dass" is one conjunction; a preposition opening the sentence governs no clause
        "Sie mahnten zur Vorsicht auf dass niemand zu Schaden komme.",
        # "gegenüber denen": a preposition and a demonstrative, no relative clause
        "Es sind Fälle, in denen A Dateien enthält, die Vorteile gegenüber denen aus B bieten.",
        # after a main clause's finite verb its subject or object follows, no relative
        "Bei großen Tabellen kann das schnell unübersichtlich werden.",
        "Wenn kein Wert gesetzt ist, wird der des Vorgängers genommen.",
        # a question's phrase, then its subject
        "Unklar bleibt, was für ein Modell das sein soll.",
        "Es ist offen, welche Variante die Tests am schnellsten besteht.",
        # a question word, not any word that begins like one
        "Wieder kann das leicht passieren.",
        # the main clause's verb first after a fronted clause
        "Falls es regnet, werden das die Gäste sofort merken.",
        # an extended attribute: a phrase with a pronoun, a participle, the noun
        "Ziel ist es, die Qualität der von uns erhobenen Daten zu prüfen.",
        # a genitive after a preposition, a subordinator or pronoun before the subject
        "Anstelle dessen kann auch eine Tabelle stehen.",
        "Damit das gelingt, muss der Plan stehen, und wenn Ihnen das reicht, gut.",
        # a number without its noun; "entweder" belongs to the conjunction
        "Die Liste enthält Pausen oder eine Mischung der drei.",
        "Es gibt zwei Wege, entweder indem man misst oder indem man schätzt.",
        # a concession with "so"; an adverbial superlative before the article's noun
        "Das geht auch doppelt, so sinnlos das auch sein mag.",
        # after "in denen" the relative clause has begun: "das" is its subject
        "Es gibt Fälle, in denen das nicht stimmt, und Geräte, auf denen das gut läuft.",
        "Es zeigt sich, dass das RTF das am meisten missverstandene Format ist.",
        # an auxiliary or modal first: a conditional clause, "das" its subject
        "Ist das einmal erledigt, kann die Auswertung beginnen.",
        "Sollte das nicht reichen, wiederholen wir die Messung.",
        # an adverb in -weise is no verb "weisen" ending the relative clause
        "Die Annahme eines linearen Verlaufs von Last und Dehnung, der nur näherungsweise gilt.",
        # the comma goes before "zum Beispiel"; a short clause inside a relative one
        "Die Messung kann scheitern, zum Beispiel weil der Sensor ausfällt.",
        "Ein Ordner (der falls nötig angelegt wird) nimmt die Daten auf.",
        # a quotation in English: "falls" is the English verb, no German conjunction
        "Der Gesandte warnte: „If the city falls, the region will follow.“",
        # "dessen" before nothing but verbs is a demonstrative genitive, no relative's start
        "Sie zeigt, in welchem Umfang die Reform das Verständnis dessen geprägt hat, was zählt.",
        # an article before a foreign noun, inside a relative clause that is closed
        "Der Erzähler, der sich dem Ideal der impassibilité verpflichtet weiß, schweigt.",
        # after a comma "aber" joins what follows; a short clause without a verb needs none
        "Es war absehbar, aber dass es so schnell ging, überraschte alle.",
        "Die Werte werden falls nötig und sinnvoll gerundet.",
        # after the closing participle an article and its noun: no relative pronoun
        "Die Stadt wurde gegründet der Legende nach von zwei Mönchen.",
        # "hat" before the infinitives of a verb-final clause (Ersatzinfinitiv)
        "Es ist klar, dass er das Gerät hat prüfen lassen.",
        # participles of inseparable and stacked particles close the clause with their auxiliary
        "Ein Refrain, der wiederholt wird, steht nur einmal im Text.",
        "Der Roman, der zuvor in einer Zeitschrift vorabgedruckt wurde, erschien 1895.",
        # an article, an adverb and its adjective before the noun; "die eine" may be a pronoun
        "Sie lobte die bereits erheblichen Fortschritte der Klasse.",
        "Er sah die als Vorbild geltenden Lehrer.",
        "Die einen lesen, die anderen schreiben.",
        # "lassen" takes an infinitive; a verb after "zu" or "als"; a clause ending in a mark
        "Das Buch, das man lesen lässt, ist kurz.",
        "Immer wenn ich das zu lesen bekomme, lache ich.",
        "Bedenken Sie, dass die Datei als veraltet gilt und bald fehlt.",
        "Er meint, dass sich das beim Kleider tauschen abspielt, wie er sagt.",
        # "was" as "etwas", and a question that is a main clause
        "Er hat was Neues gelernt.",
        "Was sie wollen, wissen sie genau.",
        # a question word in a main clause, with its verb second
        "Welche Folgen hat der Befund für die Praxis",
        "Wann wurde die Anlage gebaut und wer hat sie geplant",
        "Wie gesagt ist das nur ein Beispiel.",
        # "wie folgt", and "wie" comparing after a copula with no question before it
        "Die Frage lautet wie folgt.",
        # an article before an inflected participle, and one before its noun
        "Sie arbeitet in der bereits festgelegten Form weiter.",
        "Der Wert in der Tabelle ist gerundet.",
        "Jeder Wert kann unabhängig von den anderen gesetzt werden.",
        "Die Bilanz ist wie erwartet ausgefallen.",
        "Das Fenster ist offen wie ein Tor.",
        # the clause ends in its finite verb and an aside follows before the main verb
        "Was sie gelernt hat z. B. im Kurs, wird nun geprüft.",
        # "zu" binds the infinitive before "ist"; a cluster of one finite verb and infinitives
        "Das Problem, das noch zu lösen ist, bleibt.",
        # a relative pronoun before a possessive, which no article precedes
        "Der Antrag, der Ihrem Chef vorzulegen ist, liegt bereit.",
        "Die Anlage, die man hätte warten müssen, fiel aus.",
        "Das Verfahren, das angewandt werden muss, ist teuer.",
        "Wir sehen, dass die sich rasch ändernden Preise die Betriebe belasten.",
        # a verb second in its clause, then another: a word corrected and left standing;
        # "wurden" for "worden" after a participle
        "Natürlich konnte musste man sparen.",
        "Die Kinder, die ins Heim gebracht wurden sind, fehlen.",
        # the group closed by its comma, or opening the sentence
        "Der Plan, die Halle abzureißen, stieß auf Protest.",
        "Um die Halle abzureißen, fehlte das Geld.",
        # an article, a prepositional phrase and a participle lead a noun
        "Dabei halfen den Gemeinden die über Aushänge gewonnenen Helfer.",
        # the main verb's particle closes the clause after "damit"
        "Er kommt damit gut zurecht.",
        # a demonstrative after a preposition, in a clause with no subject of its own;
        # an article before its noun
        "Sie nennen Vorteile gegenüber denen aus der Stadt, die dort leben.",
        "Er verwies auf das die Debatte prägende Werk.",
        "Die Boten, die als Läufer oder Reiter dienten, waren schnell.",
        "Wir danken allen, die über Zeitung und Radio geworben wurden.",
        # a preposition before an article and its noun, or before a possessive "deren"
        "Das Werkzeug zeigt die Unterschiede zwischen den beiden Versionen an.",
        "Man muss auf die eine oder andere Weise das Medium anpassen.",
        "Das Paket schickt Mails für die sich häufig ändernden Versionen.",
        "Die Tasten sind gesperrt, da deren Code zu dem der Leertaste identisch ist.",
        "Es dürfen keine Bedingungen jeglicher Art zu denen dieser Lizenz hinzugefügt werden.",
        # "deren" and "dessen" after a verb in second place or an adverb: a demonstrative
        "Die Liste ist lang, aber man kann deren Einträge filtern.",
        "Vor dem Kauf sollte man gründlich dessen Zustand prüfen.",
        "Nichts darf zwischen der einen und der anderen Klammer stehen.",
        # a main clause after a comma, with its own bracket; adjectives that look like verbs;
        # a main clause complete before the comma
        "Der Server ist unabhängig, der Zugang wird über NFS bereitgestellt.",
        "Der erste Balken ist fest, der zweite Balken zeigt den Schlag an.",
        "Alte Geräte kennen den Code nicht, die Wahl für das Gerät hängt also vom Alter ab.",
        "Wählen Sie Namen, die sich nicht mit von Nutzern erstellten normalen Namen decken.",
        "Sie können Kanäle anlegen, indem Sie den Befehl Kanal hinzufügen im Menü ausführen.",
        # a verb's particle before a miswritten "dass"; a clause's own final verb; a noun
        # written small; "sein" after an infinitive (another rule's comma)
        "Er wirft den Jugendlichen vor das sie zu viel kaufen.",
        "Gut, auf der einen Seite hat er recht.",
        "Man kann vieles lernen, das zum Erwachsenwerden dazu gehört.",
        "Es gibt Regeln, die ein richtiges erleben der Welt verhindern.",
        # a question word left without its clause; "nicht weil …, sondern"
        "Wir wissen nicht warum.",
        # "wie" that compares, after a noun or a verb that takes no question
        "Städte wie Berlin wachsen, weil Orte wie Leipzig wachsen.",
        "Er verhält sich wie ein Kind und arbeitet wie sein Vater arbeitete.",
        "Sie haben nicht so viel Zeit gefunden wie andere heute finden.",
        # a question, an imperative, and a condition already closed by its comma
        "Kann der Käufer in diesem Fall zurücktreten?",
        "Beachten Sie die Hinweise und lesen Sie den Text.",
        "Ist die Frist abgelaufen, so erlischt der Anspruch.",
        # a description opening with its verb, whose particle ends the sentence
        "Fügt alle Zeilen sortiert ein.",
        "Schaltet die Ansicht Linien zeichnen ein oder aus.",  # two particles joined
        # the sentence opens with its verb: a relative clause at its end is inserted nowhere
        "Legt die Farbe fest, die in neuen Tabellen voreingestellt ist.",
        # an article whose adjective reads as well without it: no relative pronoun
        "Wenn einer der Spalten die leere Menge zugewiesen wird, bleibt sie leer.",
        "Wenn beide Gruppen die gleichen Aufgaben lösen, sinkt der Aufwand.",
        "Man prüft wie zum Beispiel Lesen und Rechnen gelernt werden.",
        "Er kam nicht weil er wollte, sondern weil er musste.",
        "Seit wann gilt die Regel?",
        # "es" a pronoun of its own, or no group after it
        "Es erlaubt den Nutzern die Daten zu ändern.",
        "Es gelang ihnen die Aufgabe.",
        # "das" after a noun that is not neuter, or after "genau": no relative pronoun
        "Sie verzichten, weil die Eltern das nicht bezahlen können.",
        "Er weiß, dass die Systemuhr das nicht leisten kann.",
        "Er wollte genau das erreichen, was sie plante.",
        # a question word before a verb second, or joined by "und" to a clause before
        "Das optionale Argument wann kann leer sein.",
        "Sie legen fest, wann es startet und daher wann die Regeln greifen.",
        # the inserted clause closed by its comma, or left inside the bracket
        "Die Stadt hat den Plan, den die Initiative vorgelegt hatte, nach Debatte angenommen.",
        "Das Team hat ein Modell, das Daten verbindet und Fehler meldet, entwickelt.",
        # after "so" the comma may go before or after it; "als ob" without a clause
        "Er tat so als ob er schliefe.",
        "Sie lächelt, als ob nichts wäre.",
        # "irgend welche" is a compound written apart (the compound check says so), no clause
        "Man kann es ohne irgend welche Umwandlung einsetzen.",
        # no "es" points ahead: the comma before the group may be left out
        "Wir empfehlen Ihnen Ihre Daten zu sichern.",
        "Es erlaubt Ihnen Ihre Daten zu sichern.",
        "Hat es Ihnen Ihre Arbeit erleichtert?",
        # an adverb after a comma, a bracket or "d. h." leads the clause after it
        "Es wird gewartet, vermutlich weil der Befehl noch läuft.",
        "Es wird gewartet (höchstwahrscheinlich weil der Befehl noch läuft).",
        "Der Dienst läuft spät, d.h. im Allgemeinen nachdem alles eingehängt ist.",
        # "einen" is the pronoun of a partitive genitive, not an infinitive closing the clause
        "Sie können dann einen der oben genannten Befehle in der üblichen Weise eingeben.",
    ],
)
def test_comma_leaves_correct_sentences_alone(text: str) -> None:
    assert check("comma", text) == []


def test_a_comma_before_das_meant_as_dass_names_dass_in_its_fix() -> None:
    (finding,) = check("comma", "Er sagt das er kommt.")
    assert finding.message.endswith("»sagt, dass«.")


@pytest.mark.parametrize(
    "text",
    [
        # the polite "Ihnen" is the main clause's object, not the group's first noun
        "Das wird es Ihnen erlauben Ihre Daten zu sichern.",
        "Das erlaubt es Ihnen Ihre Daten zu sichern.",
        # "es wird Zeit" ends the main clause; the group starts after "Zeit"
        "Nun wird es Zeit die Daten zu sichern.",
    ],
)
def test_es_before_a_pronoun_or_the_noun_of_its_clause_announces_no_group_yet(
    text: str,
) -> None:
    assert all("»es, " not in finding.message for finding in check("comma", text))


def test_no_comma_is_asked_before_a_dass_that_is_the_article() -> None:
    # the das/dass check names the misspelt article; a comma before it would be a second error
    assert (
        check("comma", "Danach wurde zunächst dass Protokoll aus der Datenbank exportiert.") == []
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the halves of a paired conjunction
        (
            "Sowohl die Ärztinnen, als auch die Pflegekräfte füllten den Bogen aus.",
            "Ärztinnen, als",
        ),
        ("Weder der Bund, noch die Länder übernahmen die Kosten.", "Bund, noch"),
        ("Die Werte werden entweder täglich, oder wöchentlich gespeichert.", "täglich, oder"),
        # a comparison without a verb of its own
        ("Die zweite Variante ist deutlich schneller, als die erste.", "schneller, als"),
        ("Das Modul ist genauso robust, wie sein Vorgänger.", "robust, wie"),
        # the phrase opening the sentence, then its finite verb
        (
            "Im weiteren Verlauf der Untersuchung, zeigen sich klare Unterschiede.",
            "Untersuchung, zeigen",
        ),
        (
            "Die Auswahl der befragten Personen, erfolgte nach dem Zufallsprinzip.",
            "Personen, erfolgte",
        ),
        # "und", "sowie", "bzw." joining parts of one clause, not two main clauses
        ("Die Gruppe las zuerst den Bericht, und beantwortete danach die Fragen.", "Bericht, und"),
        # a plural verb after "und" shares the subject of the plural verb before it
        ("Die Pumpen arbeiten leise, und verbrauchen wenig Strom.", "leise, und"),
        ("Die Messreihen sind vollständig, und werden morgen ausgewertet.", "vollständig, und"),
        ("Das Gerät misst genau, und speicherte gute Daten.", "genau, und"),
        (
            "Das Kapitel beschreibt die Herkunft, sowie die Verbreitung der Methode.",
            "Herkunft, sowie",
        ),
        ("Die Werte wurden täglich, bzw. stündlich gespeichert.", "täglich, bzw"),
        # two phrases joined by "und" open the sentence before its verb
        ("Neben dem Umzug, und der Suche nach Kontakten müssen sie viel lernen.", "Umzug, und"),
        ("Für die Analyse, und die Auswertung nutzen wir R.", "Analyse, und"),
        # a second object after "und", in a case no subject has
        ("Die Arbeit schließt mit einer Diskussion, und einem Ausblick.", "Diskussion, und"),
        # a lone adverb opens the sentence as a phrase would
        ("Gleichzeitig, wiesen mehrere Befragte darauf hin.", "Gleichzeitig, wiesen"),
    ],
)
def test_comma_that_must_not_stand(text: str, span: str) -> None:
    findings = check("comma", text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert "kein Komma" in findings[0].message
    assert f"→ »{span.replace(',', '')}«" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        # an inserted clause or aside is closed by the comma before the verb
        "Die Daten, die wir erhoben haben, zeigen einen Trend.",
        "Das Wichtigste, finde ich, ist die Sorgfalt.",
        "Eine Reihe von Tests, seien es Unit- oder Systemtests, laufen nachts.",
        "Durch viele Quellen, seien es Bücher oder Filme entsteht ein Bild.",
        "Die Ergebnisse, bestätigt durch eine zweite Messung, zeigen einen Trend.",
        "Sowohl die Kosten, die wir geschätzt haben, als auch die Zeit stiegen.",
        # clauses may be joined by "oder", and a comparison with a verb is a clause
        "Entweder wir verschieben die Messung, oder wir kalibrieren neu.",
        "Der Wert war höher, als wir erwartet hatten.",
        "Das Ergebnis war besser, als erwartet.",
        # a phrase that comments on the sentence stands outside it
        "Mit anderen Worten, tragen Sie den Wert selbst ein.",
        "Früher, als die Geräte teuer waren, gab es wenige Messungen.",
        # a clause or an infinitive group opens the sentence
        "Während die Proben trocknen, wird das Gerät kalibriert.",
        "Um die Werte zu vergleichen, werden sie normiert.",
        # an adjective that is also a past tense, after the comma
        "Eine vollständige, detaillierte Liste folgt im Anhang.",
        # two main clauses, one with its verb left out; an added comment; a question
        "Die Werte stiegen, und die Kosten sanken.",
        # after a singular verb, a plural form after "und" is no second predicate of it
        "Das Team prüft die Daten, und ändern lässt sich nichts mehr.",
        "Grün wirkt heller als Rot, und dieses heller als Blau.",
        "Der Anteil stieg, und zwar deutlich.",
        "Welche Form sollten Sie wählen, und sollten Sie kürzen?",
        # the comma closes a relative clause before "und"
        "Er prüfte die Daten, die vorlagen, und schrieb den Bericht.",
        "Es gibt einfache Muster, oder erweiterte reguläre Muster.",
        # "deren" after a conjunction, a preposition or a verb; "wer" asking
        "Die Firma und deren Kunden sind zufrieden.",
        "Mit deren Hilfe gelang es.",
        "Wer hat das gesagt?",
        # a clause after "und" whose verb follows the object, or whose subject is a pronoun
        "Die Preise stiegen, und den Kunden fehlte Geld.",
        # "nämlich" as an adverb after its subject or its verb
        "Zu jener Zeit war Qt nämlich keine freie Software, und er ist nämlich krank.",
        "Er sah die Katze, und sie den Hund.",
        # an answer or a discourse word, or the words said before who said them
        "Ja, sage ich. Also, legt los! Richtig, sagte sie. Denn, muss das sein?",
        # one word as a label, then a request addressed to the reader
        "Druck-Standardeinstellungen, lesen Sie lpoptions(1)",
        # an aside after the opening phrase, a clause inserted, a correction, a cut phrase
        "Im Jahr 2010, und auch danach, stieg der Wert.",
        "In dieser Lage, und falls nichts dagegen spricht, wählt man LVM.",
        "Die fehlende Aufsicht, oder besser Fürsorge wirkt nach.",
        "Ein Klick auf , und beide Ebenen werden ausgerichtet.",
        "Dem Stress, und der durchgehend auf sie einwirkt, folgt der Druck.",
        # a verbless phrase, then a main clause with a subject of its own (§ 73)
        "Zum Beispiel hier drei Formen eines Satzes, und Gitta hat jeder Form eine Note gegeben.",
        "Nach dem Studium, und wir müssen das betonen, beginnt der Beruf.",
    ],
)
def test_comma_that_may_stand_is_left_alone(text: str) -> None:
    assert check("comma", text) == []


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Die Geräte messen lange um Fehler zu finden, und melden dann jeden Fund.", "lange um"),
        ("Sie merkten bald dass es regnete, und gingen heim.", "bald dass"),
    ],
)
def test_a_comma_closing_a_group_whose_opening_comma_is_missing_stays(
    text: str, missing: str
) -> None:
    findings = check("comma", text)
    assert [text[f.start : f.end] for f in findings] == [missing]


def test_comma_rules_are_for_german_only() -> None:
    assert check("comma", "We know that it works because it was tested.", language="en") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Der Einfluss war echt größer als erwartet.", "echt"),
        # ... or an adverb
        ("Das Verfahren wird total oft genutzt.", "total"),
        ("Die Integration erwies sich halt als zentraler Faktor.", "halt"),
        ("Die Ergebnisse bestätigen eigentlich die Eignung des Modells.", "eigentlich"),
        # "doch eigentlich" and a bare "sollte eigentlich" only soften
        ("Die Daten stützen doch eigentlich die These.", "eigentlich"),
        ("Man sollte sich eigentlich fragen, ob das Modell passt.", "eigentlich"),
        ("Das hat irgendwie funktioniert.", "irgendwie"),
        ("Die Werte sind super wichtig.", "super"),
        ("Dann wurden irgendwelche Parameter angepasst.", "irgendwelche"),
        ("Die Teilnehmenden kriegten eine Vergütung.", "kriegten"),
        ("Der Aufwand wird eh unterschätzt.", "eh"),
        ("Die Kosten waren wahnsinnig hoch.", "wahnsinnig"),
        ("Das ist sozusagen der Kern der Debatte.", "sozusagen"),
        ("Zumindestens einmal im Jahr wird geprüft.", "Zumindestens"),
        ("Die Gruppe guckte sich die Videos an.", "guckte"),
        ("Wenn die Anmeldung klappt, beginnt die Erhebung.", "klappt"),
        # an adverb clipped in speech, alone or as a verb's first part
        ("Die Preise gehen im Winter runter.", "runter"),
        ("Wir wollten rauskriegen, woran es lag.", "rauskriegen"),
        ("Die Daten wurden runtergeladen.", "runtergeladen"),
        ("Man muss sich in die Lage der Kinder reinversetzen.", "reinversetzen"),
        # the particle "mal"
        ("Schauen wir uns das mal genauer an.", "mal"),
        ("Dazu sollte man noch mal nachfragen.", "mal"),
    ],
)
def test_colloquial_fillers(text: str, span: str) -> None:
    findings = check("colloquial", text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert findings[0].message.startswith(f"Umgangssprache: »{span}«")


@pytest.mark.parametrize(
    "text",
    [
        "Er beschrieb die Schnittstellen als den eigentlichen Kostentreiber des Projekts.",
        "Der eigentliche Grund liegt in den Kosten.",
        "Die eigentlich geplante Erhebung entfiel.",
        "Die Unterschrift ist echt.",
        "Es wurden echte Daten verwendet.",
        "Die Total Cost of Ownership steigt.",
        # standard German, and "any" after a negation, "ob" or "falls"
        "Der Aufwand ist ziemlich hoch.",
        "Das Paket läuft ohne irgendwelche Anpassungen.",
        "Prüfen Sie, ob irgendwelche Dateien fehlen.",
        "Falls irgendwelche Werte leer sind, bricht das Skript ab.",
        # the condition or question may open the clause well before it
        "Prüfen Sie, ob nach dem ersten Lauf irgendwelche Dateien fehlen.",
        "Falls beim Start des Dienstes irgendwelche Werte leer sind, bricht er ab.",
        "Es gibt weder Handbücher, noch sind irgendwelche Hinweise zu finden.",
        # "eigentlich" against the facts ("in principle") or in a question ("in fact")
        "Damit wäre eigentlich alles in Ordnung, aber es gibt Ausnahmen.",
        "Offen bleibt, welche Farben eigentlich gemeint sind.",
        "Die Debatte verläuft wie eh und je entlang der Parteigrenzen.",
        # an adjective that is no intensifier; words that only begin like a clipped adverb
        "Die Stimmung im Haus war unheimlich.",
        "Das Rauschen wurde gefiltert, bevor wir die Proben reinigten.",
        "Rein rechnerisch ergibt sich ein Plus.",
        # "mal" as a factor, the noun written small, or "mal …, mal …"
        "Der Wert ist drei mal so hoch.",
        "Die Werte schwanken mal stark, mal schwach.",
        "Es war das erste mal, dass es klappte.",
        "Der Wert liegt zwischen 0 und 100 mal der Anzahl der Kerne.",
        "Der Modus entspricht dem 801-mal-600-Pixel Bild.",
        # "klappen" with its particle at the clause's end is "aufklappen", the literal verb
        "Klappen Sie das Menü Ansicht auf, um die Liste zu sehen.",
        "Danach klappt man die Lehne zurück.",
    ],
)
def test_colloquial_leaves_adjectives_alone(text: str) -> None:
    assert check("colloquial", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We didn't observe any drift.", "didn't"),
        ("It’s clear that the model overfits.", "It’s"),
        ("The effect was kind of small in both groups.", "kind of"),
        ("The loop is stable. Basically, the controller ignores the delay.", "Basically"),
        ("A lot of samples were discarded.", "A lot"),
        ("The values vary a lot between sites.", "a lot"),
        ("We ran a bunch of tests.", "bunch of"),
        ("Lots of respondents skipped the item.", "Lots of"),
        ("The curves are pretty much identical.", "pretty"),
    ],
)
def test_english_contractions_and_informal_phrases(text: str, span: str) -> None:
    findings = check("colloquial", text, language="en")
    assert [text[f.start : f.end] for f in findings] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # possessives, and a kind named after a determiner
        "The authors' view differs from the company's own report.",
        "Each kind of sample was tested, and this sort of analysis is common.",
        # plots of land; an interviewee's words in single quotes
        "New homes were built on vacant lots near the station.",
        "One teacher said 'we don't have the time' and left.",
        "A nurse described it as ‘a job you can’t leave at the door’.",
    ],
)
def test_english_possessives_kinds_and_quotes_are_not_informal(text: str) -> None:
    assert check("colloquial", text, language="en") == []


def test_first_person_is_a_hint_once_per_paragraph_and_not_in_quotes() -> None:
    text = "Ich untersuche in dieser Arbeit, welche Faktoren mich überraschten."
    findings = check("first_person", text)
    assert [text[f.start : f.end] for f in findings] == ["Ich"]
    assert "ignorieren" in findings[0].message
    assert check("first_person", "Ein Befragter sagte: „Ich sehe da kein Risiko.“") == []
    assert flagged("first_person", "In this thesis I argue that it works.", language="en") == ["I"]


def test_long_sentences_over_the_default_limit_of_40_words() -> None:
    long = "Die Studie " + " ".join(["untersucht"] * 40) + "."
    assert flagged("long_sentence", long) == [long]
    assert check("long_sentence", "Die Studie " + " ".join(["untersucht"] * 30) + ".") == []


def test_a_long_list_of_names_is_no_sentence_to_split() -> None:
    # names and their places in brackets: hardly a small word, so no clauses
    names = ", ".join(f"Anna Berg{n} (Oslo)" for n in range(15)) + " und Jan Kowal."
    assert check("long_sentence", names) == []
    # prose full of nouns still has its verbs, articles and conjunctions in small letters
    nouns = " ".join(["Die Messung der Werte und die Auswertung der Daten"] * 5) + "."
    assert flagged("long_sentence", nouns) == [nouns]


def test_a_full_stop_before_a_word_in_small_letters_ends_the_counted_sentence() -> None:
    # a program's name or a key opens the next sentence in small letters; an
    # abbreviation before one does not end the sentence
    half = " ".join(["prüft"] * 22)
    assert check("long_sentence", f"Das Werkzeug {half}. grep {half}.") == []
    assert check("long_sentence", f"Das Werkzeug {half}. + {half}.") == []
    assert check("long_sentence", f"Das Werkzeug {half}. /usr/share/doc {half}.") == []
    assert check("long_sentence", f"Das Werkzeug {half}. ~/.bashrc {half}.") == []
    joined = f"Das Werkzeug {half} bzw. {half}."
    assert flagged("long_sentence", joined) == [joined]
    dotted = f"Das Werkzeug {half} und . - {half}."  # a dot on its own, as in an expression
    assert flagged("long_sentence", dotted) == [dotted]


def test_a_footnote_number_after_the_full_stop_still_ends_the_sentence() -> None:
    half = " ".join(["prüft"] * 22)
    assert check("long_sentence", f"Das Werkzeug {half}.[11] Danach {half}.") == []
    assert check("long_sentence", f"Das Werkzeug {half}.[3][4] Danach {half}.") == []


def test_passive_only_where_most_sentences_of_a_paragraph_are_passive() -> None:
    passive = (
        "Die Daten wurden erhoben. Anschließend wurden sie kodiert. Die Kategorien wurden "
        "induktiv gebildet. Zuletzt wurden die Ergebnisse geprüft."
    )
    mixed = (
        "Die Daten wurden erhoben. Anschließend kodierte das Team sie. Die Kategorien "
        "entstanden induktiv. Zuletzt wurden die Ergebnisse geprüft."
    )
    findings = check("passive", passive)
    assert len(findings) == 1 and "4 von 4 Sätzen" in findings[0].message
    assert check("passive", mixed) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            'Er nannte sie den "eigentlichen Kostentreiber" des Projekts.',
            '"eigentlichen Kostentreiber"',
        ),
        (
            "Er nannte sie den “eigentlichen Kostentreiber” des Projekts.",
            "“eigentlichen Kostentreiber”",
        ),
    ],
)
def test_quotes_straight_or_english_in_german_text(text: str, span: str) -> None:
    findings = check("quotes", text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert "„eigentlichen Kostentreiber“" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Er nannte sie den „eigentlichen Kostentreiber“ des Projekts.",
        "Er nannte sie den »eigentlichen Kostentreiber« des Projekts.",
        'Der Aufruf printf("%s", name) ist sicher.',
        'Ein Bildschirm mit 24" Diagonale.',
        # a value after an assignment or an option is code
        'Die Methode wird mit method = "lowess" gewählt.',
        'Die Ausgabe begrenzt die Option --until "2 days ago" auf ältere Meldungen.',
    ],
)
def test_quotes_leave_german_quotes_and_code_alone(text: str) -> None:
    assert check("quotes", text) == []


def test_quotes_in_english_text_are_english() -> None:
    assert check("quotes", 'He called it "the driver" of cost.', language="en") == []


def test_spacing_missing_space_after_a_mark() -> None:
    text = "Die Befragung endete im Mai.Danach folgte die Auswertung,anschließend der Bericht."
    assert flagged("spacing", text) == [".", ","]
    assert flagged("spacing", "Sie wurde bewertet,die Kosten auch.") == [","]
    assert flagged("spacing", "Es dauerte länger als erwartet ,da vieles fehlte.") == [" ,"]
    for fine in ("Der Wert liegt bei 3,5 Prozent, z.B. im Mai.", "Alias für any,all und source."):
        assert check("spacing", fine) == []
    # a ratio's colon stands between spaces
    assert check("spacing", "Die Daten wurden im Verhältnis 70 : 15 : 15 geteilt.") == []
    # after an article the mark is the character named, a noun
    assert check("spacing", "Kommentieren Sie die Zeile mit einem ; am Anfang aus.") == []
    assert flagged("spacing", "Das Ergebnis ist gut ; die Kosten sind es nicht.") == [" ;"]
    assert flagged("spacing", "Man möchte sein ,noch so junges Leben genießen.") == [" ,"]


def test_a_word_dot_word_the_document_writes_again_is_a_name() -> None:
    # a layer's name, written alike each time, is no sentence run into the next
    texts = ("Die Kontur liegt auf der Ebene Edge.Cuts immer.", "Zeichnen Sie auf Edge.Cuts.")
    assert check("spacing", *texts) == []
    # a lost space, written once, is a slip
    assert flagged("spacing", "Die Kontur liegt auf der Ebene Edge.Cuts immer.") == ["."]


def test_the_same_spacing_slip_is_marked_a_few_times_per_document() -> None:
    # two spaces after each full stop are a typing habit: the first three places, noted
    paragraphs = ["Der Test lief.  Er endete.  Dann kam der Bericht."] * 3
    paragraphs.append("Die Werte sind hoch ; die Kosten auch.")
    findings = check("spacing", *paragraphs)
    messages = [finding.message for finding in findings]
    assert messages[:2] == ["Leerzeichen: doppeltes Leerzeichen, eines genügt."] * 2
    assert messages[2].endswith("(Weitere Stellen dieser Art werden nicht einzeln markiert.)")
    # another slip has its own count
    assert messages[3:] == ["Leerzeichen: vor »;« steht kein Leerzeichen."]


def test_citation_style_flags_the_rarer_style() -> None:
    texts = (
        "Dies zeigt die Literatur (Gronau 2021).",
        "Auch andere bestätigen das (Weber und Schulz 2019).",
        "Die Auswertung folgt Mayring [4].",
        "Im Intervall [0, 1] liegen alle Werte (September 1995).",
        "Der Wert liegt bei 45 % [7, S. 87], früher bei 40 % (Lang 2010).",
    )
    findings = check("citation_style", *texts)
    assert [texts[f.block][f.start : f.end] for f in findings] == ["[4]", "[7, S. 87]"]
    assert findings[0].message.startswith("Zitierweise: ")


def test_an_author_named_in_the_sentence_counts_for_the_author_year_style() -> None:
    texts = (
        "Wie Lang (2010) zeigt, steigen die Werte.",
        "Roth und Berg (2015, S. 3) bestätigen das.",
        "Dazu passt ein älterer Befund [2].",
        "Auch Kunz (2001) sah das, ebenso eine Studie (Hahn 2003).",
    )
    assert flagged("citation_style", *texts) == ["[2]"]


def test_citation_style_flags_inconsistent_author_year_punctuation() -> None:
    texts = ("(Gronau 2021) und (Mayring 2015).", "Ebenso (Weber, 2019).")
    assert flagged("citation_style", *texts) == ["(Weber, 2019)"]
    assert check("citation_style", "Nur (Gronau 2021) und (Mayring 2015).") == []


def test_consistency_flags_the_rarer_spelling_of_a_term() -> None:
    texts = (
        "Die Datenschutz-Grundverordnung gilt seit 2018.",
        "Die Datenschutz-Grundverordnung verlangt Sorgfalt.",
        "Die Datenschutzgrundverordnung betrifft auch KMU.",
        "Per E-Mail oder per Email.",
    )
    findings = check("consistency", *texts)
    assert [texts[f.block][f.start : f.end] for f in findings] == [
        "Datenschutzgrundverordnung",
        "Email",
    ]
    assert "»Datenschutz-Grundverordnung«" in findings[0].message


def test_consistency_leaves_two_spellings_the_text_names_side_by_side() -> None:
    texts = ("Man schreibt Webseite bzw. Web-Seite, selten Web Seite.", "Die Webseite lädt.")
    assert check("consistency", *texts) == []


def test_consistency_points_to_the_spelling_the_dictionary_lists() -> None:
    texts = ("Die Meta-Daten fehlen.", "Die Meta-Daten stimmen.", "Die Metadaten sind alt.")
    findings = check("consistency", *texts)
    assert [texts[f.block][f.start : f.end] for f in findings] == ["Meta-Daten", "Meta-Daten"]
    assert "»Metadaten«" in findings[0].message


def test_consistency_leaves_an_identifier_beside_its_prose_look_alike() -> None:
    # "PedalEvent" is a program's name, "Pedal-Event" prose: two things, each as it is spelt
    texts = ("Das PedalEvent löst es aus.", "Ein Pedal-Event folgt.", "Jedes Pedal-Event zählt.")
    assert check("consistency", *texts) == []


def test_consistency_leaves_a_part_in_capitals_beside_the_joined_word() -> None:
    # "ZIEL-Datei" is the file the argument ZIEL names, "Zieldatei" any target file
    texts = ("Die Zieldatei wird überschrieben.", "Die ZIEL-Datei wird angelegt.")
    assert check("consistency", *texts) == []
    # the placeholder may stand last too: "Quell-DATEI" is the file the argument DATEI names
    texts = ("Die Quelldatei bleibt.", "Die Quell-DATEI wird gelesen.")
    assert check("consistency", *texts) == []


def test_consistency_compares_spellings_within_one_language() -> None:
    # an English abstract writes "e-mail" as English does, the German text "Email"
    blocks = [
        Block(0, "Die Email kam spät an.", "de"),
        Block(1, "The e-mail arrived late.", "en"),
        Block(2, "Jede Email wird archiviert.", "de"),
    ]
    assert Checker(["consistency"]).check_all(blocks) == []
    # within German the two spellings are still one term written two ways
    blocks.append(Block(3, "Eine E-Mail genügt.", "de"))
    assert [f.block for f in Checker(["consistency"]).check_all(blocks)] == [3]


def test_consistency_ignores_case_at_a_sentence_start() -> None:
    assert (
        check("consistency", "Daten sind knapp.", "Die Daten fehlen.", "Sie erheben daten.") == []
    )


def test_comments_speak_the_paragraphs_language() -> None:
    german = check("spacing", "Ein  Satz.")[0].message
    english = check("spacing", "One  sentence.", language="en")[0].message
    assert german.startswith("Leerzeichen:") and english.startswith("Spacing:")


@pytest.mark.parametrize(
    "text",
    [
        "Die vorliegende Arbeit untersucht, welche Faktoren die Entscheidung beeinflussen.",
        "Zur Beantwortung wird ein Forschungsdesign gewählt, das auf Interviews beruht.",
        "Untersuchungen, die speziell den Mittelstand betrachten, sind dagegen selten.",
        "Wie Tabelle 3 zeigt, nimmt der Anteil der Cloud-Nutzer zu, während die Kosten sinken.",
        "Die Hypothese H1 wird bestätigt (p < 0,05), H2 hingegen nicht.",
        "Nach § 5 Abs. 2 BDSG ist dies zulässig, sofern die Betroffenen eingewilligt haben.",
        "Die Daten stammen aus dem Jahr 2023 und wurden mit SPSS 29 ausgewertet.",
    ],
)
def test_careful_academic_german_gets_no_comment(text: str) -> None:
    assert Checker().check_all([Block(0, text)]) == []


def test_kein_and_einzig_have_no_superlative() -> None:
    [finding] = check("colloquial", "Das hat in keinster Weise geholfen.")
    assert "»keiner«" in finding.message
    [finding] = check("colloquial", "Das war der einzigste Grund.")
    assert finding.message.endswith("»einzig« hat keinen Superlativ; besser »einzige«.")


def test_a_relative_clause_without_either_comma_gets_both() -> None:
    # the clause's verb meets the main clause's, and a year is no counted article
    text = "Die Reform die 2019 beschlossen wurde ist umstritten."
    findings = check("comma", text)
    assert [text[f.start : f.end] for f in findings] == ["Reform die", "wurde ist"]


def test_a_clause_after_das_heisst_is_explained_as_such() -> None:
    text = "Fehlt der Wert, das heißt ist das Feld leer, bricht der Import ab."
    findings = check("comma", text)
    assert [text[f.start : f.end] for f in findings] == ["heißt ist"]
    assert "Nach »das heißt« steht ein Komma" in findings[0].message
