"""das/dass: the errors the clause's grammar shows, and the many correct uses it must leave alone."""

from __future__ import annotations

import pytest

from services.processor.checker import Checker, Finding
from tests.processor import checking


def check(*texts: str) -> list[Finding]:
    return checking.check("das_dass", *texts)


def flagged(text: str) -> list[str]:
    return checking.flagged("das_dass", text)


@pytest.mark.parametrize(
    ("text", "span", "governor"),
    [
        # "und" joins two nouns inside the clause, not two clauses
        (
            "Es ist unwahrscheinlich, das Käufer und Verkäufer ihre Pläne ändern.",
            "das",
            "unwahrscheinlich",
        ),
        # A verb of saying, knowing, thinking or showing, in any form, with or without a comma.
        ("Die Befragten wussten nicht das die Auswertung anonym erfolgte.", "das", "wissen"),
        ("Die Befunde zeigen, das kleine Gruppen schneller lernen.", "das", "zeigen"),
        ("Die Studien belegen, das die Motivation stark schwankt.", "das", "belegen"),
        ("Mehrere Schulen gaben an, das ihre Lehrkräfte die Reform begrüßten.", "das", "angeben"),
        ("Ich glaube kaum das die Kosten weiter steigen.", "das", "glauben"),
        # an adverb of reporting between the verb and its clause
        ("Die Protokolle belegen zudem, das die Werte schwanken.", "das", "belegen"),
        ("Die Autoren betonen beispielsweise, das kein Effekt auftrat.", "das", "betonen"),
        ("Viele Lehrkräfte meinten das man die Regel streichen sollte.", "das", "meinen"),
        ("Wir stellten fest, das die Werte schwankten.", "das", "feststellen"),
        ("Später erkannte sie, das ihr Ansatz zu eng gewesen war.", "das", "erkennen"),
        # the perfect, unlike the passive, keeps the verb's object free for the clause
        ("Sie hat in einem Gespräch betont, das die Lage ernst ist.", "das", "betonen"),
        ("In dem Bericht wird betont, das die Lage ernst ist.", "das", "betonen"),
        # A clause without a subject of its own, and nothing neuter for a relative "das".
        ("Ich vermute, das in der Praxis anderes gilt.", "das", "vermuten"),
        # An article right after "das", and its clause's verb before a clause inside it.
        ("Die Autorin glaubt das die Werte stabil sind mit dem, was sie misst.", "das", "glauben"),
        ("Das Ergebnis zeigt, das die Gruppen sich kaum unterscheiden.", "das", "zeigen"),
        ("Das Ergebnis zeigt deutlich das die Maßnahmen wirken.", "das", "zeigen"),
        ("Ich habe gehört das die Bibliothek schließt.", "das", "hören"),
        ("Man hofft das die Maßnahmen bald greifen.", "das", "hoffen"),
        # Content nouns that are not neuter cannot take a relative "das".
        ("Die Annahme, das die Kosten sinken, hat sich nicht bestätigt.", "das", "Annahme"),
        ("Sie ist der Meinung das Prüfungen abgeschafft werden sollten.", "das", "Meinung"),
        ("Es besteht die Gefahr, das Daten verloren gehen.", "das", "Gefahr"),
        # Adjectives, the copula, announcing adverbs, "so" and "ohne".
        ("Es ist wichtig, das alle Beteiligten zustimmen.", "das", "wichtig"),
        ("Durch Studien ist belegt, das die Methode wirkt.", "das", "belegt"),
        ("Das Problem kann jedes Mal sein, das die Daten fehlen.", "das", "sein"),
        # any adjective, where "es" holds the clause's place beside a copula or "finden"
        ("Sie findet es bedenklich das kaum jemand widerspricht.", "das", "bedenklich"),
        ("Ist es nicht merkwürdig, das die Werte gleich sind?", "das", "merkwürdig"),
        ("Das Kernproblem ist, das niemand die Verantwortung übernimmt.", "das", "ist"),
        ("Das liegt daran, das die Stichprobe klein ist.", "das", "daran"),
        ("Die Daten wurden so aufbereitet, das sie vergleichbar sind.", "das", "so"),
        ("Die Tabellen wurden gekürzt, so das sie auf eine Seite passen.", "das", "so"),
        ("Sie änderten den Plan ohne das die Teilnehmenden davon wussten.", "das", "ohne"),
        # Clauses read through quotation marks, lists and a clause inside.
        ("Die Autorin schreibt, das die Methode „robust“ ist.", "das", "schreiben"),
        ("Man erkennt, das ein Test teuer, langsam und fehleranfällig ist.", "das", "erkennen"),
        ("Ich finde das wenn man früh beginnt, spart man Zeit.", "das", "finden"),
        ("Er vermutet das in dieser Probe mehr Eisen als Kupfer steckt.", "das", "vermuten"),
        ("Ich finde das die Regel, wie sie oft genannt wird, zu streng ist.", "das", "finden"),
        ("Die These ist das Bildung vor Armut schützt.", "das", "ist"),
        ("Es kann sein das er die Frist verpasst hat.", "das", "sein"),
        ("Der Grund dürfte sein, das die Stichprobe zu klein war.", "das", "sein"),
        # a participle after its auxiliary, with nothing neuter before it
        ("Die Studie hat gezeigt, das die Werte schwanken.", "das", "zeigen"),
        # a passive: the participle before "werden" governs
        ("Damit kann gewährleistet werden das alle Daten vorliegen.", "das", "gewährleisten"),
        ("Die Leitung will, das alle Berichte pünktlich vorliegen.", "das", "wollen"),
        ("Wir gehen davon aus, das die Effekte klein sind.", "das", "ausgehen"),
        ("Hinzu kommt, das die Geräte veraltet sind.", "das", "hinzukommen"),
        ("Man kommt zu dem Schluss, das die Reform gescheitert ist.", "das", "Schluss"),
        ("Davon abgesehen, das die Kosten steigen, bleibt alles gleich.", "das", "davon"),
        (
            "Er will darauf hinweisen das man die Ergebnisse vorsichtig lesen muss.",
            "das",
            "hinweisen",
        ),
        ("Die Studie zeigt, dass die Kosten sinken und das die Qualität steigt.", "das", "und"),
        # A surname is no neuter noun for a relative to refer to.
        ("Später behauptet Frau Weber, das die Quote sinkt.", "das", "behaupten"),
        # "Die Ergebnisse" is plural, though "dem Ergebnisse" is an old dative singular.
        ("Die Ergebnisse belegen, das die Kosten sinken.", "das", "belegen"),
        ("Fest steht, das der Vertrag nichtig ist.", "das", "feststehen"),
        # conjunctions of two words
        ("Der Aufwand ist zu hoch, als das sich der Umbau lohnen würde.", "das", "zu …, als"),
        ("Der Ablauf blieb gleich, nur das diesmal zwei Gutachter lasen.", "das", "nur"),
        # "als dass" after "eher" or "lieber": a subject pronoun follows, so no demonstrative
        ("Sie schwieg lieber, als das sie stritt.", "das", "als"),
        # a demonstrative subject after the verb that governs the clause
        ("Für die Praxis heißt dies, das die Kosten steigen.", "das", "heißen"),
        # an adjective and a plural that is also an old dative ("dem Programme") is no phrase
        # of "das"
        ("Die Befunde deuten darauf hin, das offene Programme besser wirken.", "das", "hindeuten"),
        ("Der Plan sieht vor, das alle Räume bis Mai saniert werden.", "das", "vorsehen"),
        ("Das Ergebnis legt nahe, das die Maßnahmen wirken.", "das", "nahelegen"),
        # a citation between the verb and the clause; a clause that opens with a quotation
        (
            "Die Autoren argumentieren (ebd., S. 4), das die Reform scheitert.",
            "das",
            "argumentieren",
        ),
        ("Es wird deutlich, das „Nachhaltigkeit“ verschieden verstanden wird.", "das", "deutlich"),
        # "so" is no preposition a relative clause could follow, even after an unknown noun
        ("Der Lauf dauerte nur 12 Sekundne, so das ein Neustart leicht fällt.", "das", "so"),
        # a plural compound is no nominalized adjective, so "das" is no article of it
        (
            "Er konnte zeigen, das bei vielen Proben deutliche Kalkrückstände sichtbar waren.",
            "das",
            "zeigen",
        ),
        # "nicht …, sondern" inside the clause
        ("Wir zeigen, das nicht die Dauer, sondern die Häufigkeit entscheidet.", "das", "zeigen"),
        # a plural noun that "das" cannot be the article of: a plural verb and no other
        # subject, a plural compound after an adjective that is also a verb form, or a past
        # form HanTa also tags as an infinitive ("das Eingaben" is no nominalized verb)
        ("Es zeigt sich, das ältere Verfahren selten genutzt werden.", "das", "zeigen"),
        ("Sie weisen darauf hin, das gleiche Stoffmengen verschieden wirken.", "das", "hinweisen"),
        ("Zu beachten ist, das Eingaben oft fehlen.", "das", "ist"),
        # a name is no neuter noun
        ("Auffällig ist, das Jesus die Frage umkehrt.", "das", "ist"),
        # a capitalised first adjective or adverb is no neuter noun to refer to
        ("Zahlreiche Arbeiten haben gezeigt, das die Rate sinkt.", "das", "zeigen"),
        # after "ohne" or "so" a clause may lack a subject: an impersonal passive
        ("Die Wand lässt sich dämmen, ohne das in die Substanz eingegriffen wird.", "das", "ohne"),
        (
            (
                "Gleichwohl ist darauf hinzuweisen, das die Kontrollgruppe Unterschiede "
                "aufweisen könnte, da kein Standard galt."
            ),
            "das",
            "hinweisen",
        ),
    ],
)
def test_das_before_a_dass_clause_names_what_governs_it(
    text: str, span: str, governor: str
) -> None:
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert findings[0].message.startswith("das/dass: »das« → »dass«: ")
    assert f"»{governor}" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Die Richtlinie sieht ein Verfahren vor, das sämtliche Anträge digital geprüft werden.",
        "Das Budget der Stadt sieht das Geld vor, das neue Fahrzeuge beschafft werden können.",
        (
            "Im Jahr darauf beschloss das Gremium das Verfahren, das alle Anträge digital "
            "eingereicht werden."
        ),
        # a copula with its adjective and a subject of its own
        "Die Studie kommt zu dem Ergebnis, das die Wirkung gering ist.",
        "Am Ende stand ein Befund, das die Lage im Osten schwierig war.",
    ],
)
def test_a_clause_with_its_own_subject_and_no_object_leaves_no_place_for_a_relative_das(
    text: str,
) -> None:
    # A relative "das" would be the subject or the accusative object: a passive or a
    # copula with its adjective has no object, and the clause has a subject of its own.
    [finding] = check(text)
    assert text[finding.start : finding.end] == "das"
    assert "»das« → »dass«: Ein Relativpronomen »das« hätte" in finding.message


def test_after_a_noun_of_another_gender_a_clause_without_subject_asks_to_check() -> None:
    text = "Es ist kein Zufall, das gerade jetzt gehandelt wird."
    [finding] = check(text)
    assert text[finding.start : finding.end] == "das"
    assert "bitte prüfen" in finding.message and "»Zufall«" in finding.message


def test_without_a_governor_and_without_a_neuter_noun_the_comment_asks_to_check() -> None:
    text = "Die Kurse wurden verschoben, das die Räume belegt waren."
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == ["das"]
    assert "bitte prüfen" in findings[0].message


def test_after_an_announcing_adverb_das_before_a_finite_clause_is_dass() -> None:
    # "das" may look like the article of "EKG", yet the clause would then have no opener
    text = "Vieles spricht dafür, das EKG bei Kindern seltener Befunde liefert."
    [finding] = check(text)
    assert text[finding.start : finding.end] == "das" and "»dafür«" in finding.message
    # a zu-infinitive group after it keeps the article
    assert check("Sie sorgen dafür, das Gerät täglich zu reinigen.") == []


def test_a_plural_participle_noun_after_das_leaves_das_no_article() -> None:
    # "das Schreibende … lernen": a singular article before a plural subject and its verb
    text = "Die Daten belegen dabei, das Schreibende im Seminar schneller lernen."
    assert [text[f.start : f.end] for f in check(text)] == ["das"]
    # after a neuter noun, "das" is the relative pronoun, the participle noun its subject
    assert check("Es gibt ein Hindernis, das Radfahrende an Kreuzungen umfahren.") == []
    # a verb before "und" may be the infinitive of a modal still to come
    text = "Es zählen die Tage, an denen man mit Leuten, die man mag, das Leben feiern und lachen kann."
    assert check(text) == []


def test_the_law_a_section_is_cited_from_is_no_neuter_noun_to_refer_to() -> None:
    text = "Eine Lücke kann nach § 5 Abs. 2 BGB zu der Annahme führen, das eine Regel fehlt."
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == ["das"]
    assert check("Wir folgen dem BGB, das für alle gilt.") == []


def test_a_program_named_in_lower_case_may_be_what_the_relative_das_refers_to() -> None:
    # "das Programm quxtool": a name any noun may stand for
    assert check("Die Verwaltung läuft über quxtool, das als Oberfläche dient.") == []
    # a German word in lower case is no name, nor a noun written small
    [finding] = check("Die Kurse wurden verschoben, das die Räume belegt waren.")
    assert finding.category == "das_dass"
    assert len(check("Es könnte ein hinweis sein das er kommt.")) == 1


def test_right_after_a_noun_that_is_not_neuter_a_relative_of_another_gender_is_offered() -> None:
    text = "Es gibt Regeln das man kaum ändern kann."
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == ["das"]
    assert "bitte prüfen" in findings[0].message
    assert "»Regeln«" in findings[0].message and "»die«" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Das wir die Frist einhalten konnten, lag an der guten Planung.",
        "Das die Förderung auslief, überraschte niemanden.",
        "Das sich die Lage bessert, ist nicht sicher.",
        "Das viele Projekte scheitern ist bekannt.",
        "Ihr Fazit: Das man mehr Personal braucht, ist unbestritten.",
        "Das sich die Lage so schnell ändert.",  # a fragment that wants its main clause
        "Das sich jeder ein eigenes Bild machen kann?",
        "Das viele Teilnehmer müde, gereizt, unkonzentriert waren, lag an der Hitze.",
        # a particle verb HanTa reads only as the noun it spells ("Anstieg")
        "Das die Inflation damals stark anstieg, wird selten erwähnt.",
        # two German nouns are a subject and an object, not one name
        "Das Firmen Geld verdienen wollen, ist klar.",
    ],
)
def test_a_sentence_opening_with_a_subordinate_clause_opens_with_dass(text: str) -> None:
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == ["Das"]
    assert "»Das« → »Dass«" in findings[0].message


def test_a_sentence_opening_with_und_and_a_subordinate_clause_takes_dass() -> None:
    text = "Und das die Mittel knapp sind, weiß jeder."
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == ["das"]
    assert "»das« → »dass«" in findings[0].message


@pytest.mark.parametrize(
    ("text", "span", "hedged"),
    [
        ("Es handelt sich um ein webbasiertes System, dass Lernmaterialien bündelt.", "dass", True),
        (
            "Für die Analyse wurde ein Vorgehen gewählt, dass auf Beobachtungen beruht.",
            "dass",
            True,
        ),
        ("Das Programm, dass wir nutzen, ist kostenlos.", "dass", True),
        ("Er hat dass Buch gestern gelesen.", "dass", False),
        ("Es gibt vieles, dass man dabei übersehen kann.", "dass", True),
        ("Regeln hier, Ausnahmen dort, dass alles sind Vorgaben der Verwaltung.", "dass", False),
        ("Sie fielen in ein tiefes Loch, dass kaum Auswege bietet.", "dass", True),
        ("Die Lage ist nicht so simpel wie ein Spiel, dass jeder gewinnt.", "dass", True),
        ("Alle wollen das neue Gerät kaufen, dass gerade erschienen ist.", "dass", True),
        # past "zu" and the infinitive, or a separable verb's particle, to the noun
        ("Ziel ist, ein Konzept zu entwickeln, dass die Abläufe vereinfacht.", "dass", True),
        ("Wir bauen ein Modell auf, dass die Messwerte erklärt.", "dass", True),
        # a noun that may take a content clause, but this clause has no subject of its own
        ("Ein Problem, dass in der Praxis oft auftritt, ist die Dokumentation.", "dass", True),
        ("Das Szenario, dass in Kapitel 4 beschrieben wird, dient als Grundlage.", "dass", True),
        ("Das Modul, dass für die Prüfung zuständig ist, wurde neu geschrieben.", "dass", True),
        ("Dass ist eine offene Frage.", "Dass", False),
        # a verb that is also a participle, with no auxiliary to make it one
        ("Dass bedeutet für die Planung, dass Puffer nötig sind.", "Dass", False),
        ("Dass, was die Befragten nannten, deckt sich mit der Literatur.", "Dass", False),
        # a verb that may take a dass-clause, but the clause lacks a subject of its own
        (
            "Im Anhang wird ein Werkzeug beschrieben, dass sich leicht erweitern lässt.",
            "dass",
            True,
        ),
        ("Dass Problem ist seit Jahren bekannt.", "Dass", False),
        ("Genau, dass macht den Reiz aus.", "dass", False),
        ("Die Mittel reichten nicht, dass hat uns alle überrascht.", "dass", False),
        ("Wir haben für dass Projekt Mittel beantragt.", "dass", False),
        ("Um dass zu vermeiden, wurden die Daten doppelt gesichert.", "dass", False),
        ("Damals wurde dass erste Mal eine Umfrage durchgeführt.", "dass", False),
        # a preposition before a relative pronoun, and a second relative clause joined by "und"
        ("Das Gerüst, auf dass sich die Analyse stützt, stammt aus der Literatur.", "dass", False),
        (
            "Das Verfahren, das schnell ist und dass in Studien bewährt wurde, überzeugt.",
            "dass",
            False,
        ),
        # a neuter noun with its genitive attribute, then its finite verb with more to follow
        ("Dass Ziel der Reform war eine einfachere Abrechnung.", "Dass", False),
        # a reflexive verb the tagger also reads as an adjective; a noun whose plural looks
        # the same, before a singular verb
        ("Dass Ergebnis deckt sich mit älteren Befunden.", "Dass", False),
        ("Dass Verfahren eignet sich vor allem für kleine Proben.", "Dass", False),
        # a citation between the neuter noun and the clause
        ("Sie nutzen ein Modell (vgl. Meier 2018), dass die Nachfrage schätzt.", "dass", True),
        # a past modal is singular: the clause lacks a singular subject of its own
        ("Damals wurde ein Programm aufgelegt, dass Familien unterstützen sollte.", "dass", True),
        # an auxiliary right before it, and a participle that is no finite verb at the end
        ("Wir haben dass Verfahren angepasst.", "dass", False),
        # a main clause's auxiliary waits for its participle: no clause can start before it
        ("Danach wurde zunächst dass Protokoll aus der Datenbank exportiert.", "dass", False),
        # past a participle whose first part is a word ("wahr|genommen"), to the noun
        ("Er hat das Angebot als Recht wahrgenommen, dass ihm zusteht.", "dass", True),
        # a genitive attribute between the neuter noun and its relative clause
        ("Das Porträt des Kaisers, dass im Saal hängt, ist eine Kopie.", "dass", True),
        # … also with an adjective in the genitive attribute
        ("Das Bild der frühen Neuzeit, dass lange galt, wird heute bezweifelt.", "dass", True),
        # a clause with a list, two joined nouns (a plural), or a noun joined to a
        # preposition's noun: none is a singular subject of its own
        (
            "Ein zentrales Register, dass alle Anträge, Bescheide und Rechnungen speichert, fehlt.",
            "dass",
            True,
        ),
        ("Gefragt ist ein Verfahren, dass Aufwand und Nutzen sauber abwägt.", "dass", True),
        (
            (
                "Das Modell der kognitiven Last, dass 1988 von Sweller und Chandler entwickelt "
                "wurde, gilt als Standard."
            ),
            "dass",
            True,
        ),
        (
            "Sie sah darin ein Privileg, dass nur wenigen Forschenden und Laien offensteht.",
            "dass",
            True,
        ),
        # a genitive attribute with a demonstrative, after an adjective; a strong past
        # form without an ending is singular, like "bündelt"
        ("Es war das größte Projekt einer Stiftung, dass ganz ohne Spenden auskam.", "dass", True),
        ("Wir nennen das erste Archiv dieser Art, dass bald nach 1900 entstand.", "dass", True),
        # a verb that is an adjective too, with no verb after it: the verb in second place
        ("Die Kosten sanken. Dass verwundert kaum, denn die Preise fielen.", "Dass", False),
        # one infinitive is no clause: it has no subject, so "das" is its object
        ("Statistisch lässt sich dass kaum nachweisen, denn die Werte streuen.", "dass", False),
        # a preposition before "dass", or a verb's particle before a neuter noun
        ("Sie stritten über dass Budget.", "dass", False),
        ("Wir traten aus dass Gebäude.", "dass", False),
        # prepositional attributes, maybe a participle or particle, after the neuter noun
        ("Man startete ein Programm mit hoher Priorität, dass ohne Pause läuft.", "dass", True),
        ("Der Bund legte ein Paket von drei Milliarden Euro auf, dass Praxen hilft.", "dass", True),
        ("Es kam ein Verfahren zum Einsatz, dass auf älteren Studien beruht.", "dass", True),
        # a label after its class noun as the object, not in a phrase
        ("Wir nutzen das Werkzeug Kommandos, dass wir täglich brauchen.", "dass", True),
        (
            "Die Stadt hat das Modell zur Entlastung der Verwaltung eingeführt, dass gut wirkt.",
            "dass",
            True,
        ),
        # a citation or a note in brackets, and names joined by "und", after the noun
        (
            "Wir folgen dem Ansatz, dem Konzept von Lang und Roth (2004), dass vier Phasen kennt.",
            "dass",
            True,
        ),
        ("Es gilt das Protokoll (siehe Anhang B), dass für jede Messung gilt.", "dass", True),
        # a form that is neuter singular only in the genitive, after the genitive article
        ("Wir nutzen die Daten des Gesprächs, dass im Mai stattfand.", "dass", True),
    ],
)
def test_dass_where_an_article_pronoun_or_relative_is_meant(
    text: str, span: str, hedged: bool
) -> None:
    findings = check(text)
    assert [text[f.start : f.end] for f in findings] == [span]
    assert f"»{span}« → »{span[:3]}«" in findings[0].message or hedged
    assert ("bitte prüfen" in findings[0].message) is hedged


@pytest.mark.parametrize(
    "text",
    [
        # a content clause joined to a content clause; a second relative with its own subject
        "Er sagte, dass die Werte stimmen und dass die Methode funktioniert.",
        "Das Modell, das wir nutzen und dass es seit Jahren gibt, ist bewährt.",
        "Die Daten, auf die sich die Analyse stützt, stammen aus Umfragen.",
        # Articles.
        "Das Technologie-Akzeptanz-Modell erklärt das Verhalten von Nutzern.",
        # "als" in time, "nur" before an object, a participle its auxiliary waits for
        "Es war schon zu spät, als das Team den Fehler bemerkte.",
        "Es war zu spät, als das geschah.",
        "Wir kennen die Ursachen, nur das Ausmaß bleibt unklar.",
        "Dass gezeigt werden konnte, dass die Werte stabil sind, ist ein Gewinn.",
        # a preposition after a comma opens a relative clause on the neuter noun before it
        "Es gab ein Skript, ohne das wir nichts hätten tun können.",
        # a dass-clause with a relative clause put first, and a verb with its own content clause
        "Es zeigt sich, dass, was früher galt, heute nicht mehr gilt.",
        "Im Bericht wird ein Problem beschrieben, dass die Daten fehlen.",
        "Ich habe mir vorgestellt, dass sich alles rasch ändert.",
        "Wir wissen, dass das Modell robust ist.",
        # "die Interviews" is the plural, though "des Interviews" is neuter; a present
        # participle as a noun is no compound of "Ende"
        "Zugleich zeigen die Gespräche, dass hinter dem Muster keine Ablehnung steht.",
        "Zugleich zeigen die Interviews, dass hinter dem Muster keine Ablehnung steht.",
        "Das Modell verweist darauf, dass Lehrende technisches, fachliches Wissen brauchen.",
        # after a bracketed citation a content clause with its own subject stays "dass"
        "Das Ergebnis von Berg (2019), dass die Kosten steigen, überrascht kaum.",
        "Es zeigt sich (vgl. Hahn 2020), dass die Werte steigen.",
        "Die Autoren erklären, das Modell sei robust.",
        "Wir zeigen, das neue Verfahren spart Zeit.",
        # "das" as the subject of a relative clause, or a demonstrative before its verb.
        "Wir nehmen ein Modell an, das in der Praxis gilt.",
        "Ich vermute, das ist ein Irrtum.",
        "Wir erklären das den Teilnehmenden vor jeder Sitzung.",
        "Das in Kapitel 3 vorgestellte Modell zeigt, dass die Kosten sinken.",
        "Ich finde das Ergebnis überzeugend.",
        "Sie lernt das Lesen von Tabellen.",
        "Man sieht das Positive an der Reform.",
        "Wir wissen, das ERP läuft stabil.",
        # The article of an infinitive group's object, even where a word like "dazu" or a
        # dass-clause further on seems to ask for "dass".
        "Die Teilnehmenden wurden dazu aufgefordert, das Formular vollständig auszufüllen.",
        "Wir raten dazu, das git Repository regelmäßig zu sichern, damit nichts verloren geht.",
        "Die Nutzer sind dazu angehalten, das openssl Zertifikat zu erneuern, weil es abläuft.",
        # "damit" after a comma is the conjunction; a modal waits for its infinitive.
        "Man schneidet Bilder zu, damit das das Motiv besser hervorhebt.",
        "Das Raster rastet ein und kann dadurch das genaue Arbeiten sehr erleichtern.",
        # an unknown noun an adjective marks neuter; a pronoun is no antecedent; a quoted
        # title belongs to its clause; a noun after its determiner's adjective is no subject
        (
            "Der Server stellt ein „virtuelles Volume“ bereit, das wiederum Teil einer Gruppe "
            "oder eines Verbunds ist."
        ),
        "Dies erzwingt, dass die Option auf »aus« gesetzt wird.",
        (
            "Das Team schreibt Handbücher für das Projekt »Open Docs«, das die vom Kernel und der "
            "Bibliothek bereitgestellte Schnittstelle dokumentiert."
        ),
        (
            "Die Bibliothek bietet ein Backend, das den schnellen Zugriff auf Kameras und Scanner "
            "ermöglicht."
        ),
        # a pronoun subject before a predicate of joined nouns
        (
            "Wie sie in einem Buch erläutert, dass für viele diese eine harte Zeit und keine "
            "leichte Phase ist."
        ),
        # relative clauses with a copula and an adjective, and no subject of their own
        "Kritisiert wird jenes Team, das für die Zulassung neuer Mitglieder zuständig ist.",
        "Zu nennen ist das Image, das als Nebenprodukt des Installers verfügbar ist.",
        "Man fragt, ob das Objekt, das man kaufen möchte auch wirklich notwendig ist.",
        "Das Verfahren, das für Kinder wichtig ist, wird erweitert.",
        "Es ist ein Ergebnis, das allen Beteiligten klar ist.",
        "Das Material, das Forschern wichtig war, fehlt.",
        "Das Projekt, das uns allen bekannt ist, endet.",
        # dass-clauses whose plural subject has a plural verb
        "Dass Verfahren scheitern, ist normal.",
        "Dass Programme abstürzen kommt vor.",
        # relative clauses whose joined nouns are objects, or whose verbs are joined
        "Das Gebäude, das Forscher und Studierende gemeinsam nutzen, wird saniert.",
        "Das Archiv, das 1950 gegründet und 1990 erweitert wurde, ist öffentlich.",
        "Es braucht ein Verfahren, das Daten und Metadaten getrennt speichert.",
        "Das Protokoll, das von allen Beteiligten unterschrieben wurde, liegt vor.",
        "Es gibt ein Register, in das neue Fälle eingetragen werden.",
        "Das Ergebnis, dass Frauen und Männer gleich abschneiden, überrascht.",
        "Er erklärte das Konzept, das Forschende und Praktiker gleichermaßen überzeugt hat.",
        # A passive clause with its own subject leaves no place for a relative "das".
        "Bei stumpfen Ecken bewirkt das Limit, dass die beiden Enden zugespitzt werden.",
        # A quoted title or command may be what a relative "das" refers to.
        "Die Ideen werden in »Grundlagen der Paketierung« erklärt, das auf der Tagung lief.",
        # A verb of expecting between the neuter noun and the clause takes the clause.
        "Einige Programme im Betriebssystem erwarten, dass darauf zugegriffen werden kann.",
        "Dieses Vorgehen verhindert, dass an den Grenzen gerundet wird.",
        "Das CRM unterstützt, wie erwartet, den Vertrieb.",
        # Demonstratives.
        "Das ist richtig.",
        "Die Werte sind stabil, das heißt, sie hängen kaum vom Jahr ab.",
        "Er sagte, das sei falsch.",
        "Man muss das alles verstehen.",
        "Ich finde das gut.",
        "Das Modell ist einfach gut, das muss man sagen.",
        "Dann wird er mehr kaufen wollen, das in Schulden enden kann.",
        "Er legte das Konzept dar, das er entwickelt hatte.",
        "Das Modell ist recht einfach, das wir nutzen.",
        "Er hat das schon immer verstanden.",
        "Wenn die Mittel fehlen, kann das schwere Folgen haben.",
        "Allerdings hat sich das im Lauf der Zeit verändert.",
        "Für viele ist das die Phase, in der man sich ausprobiert.",
        "Die Mittel wurden gekürzt, weil das niemand bezahlen wollte.",
        # Relative "das" after a neuter noun, a nominalized verb or a neuter pronoun.
        "Es wurde ein Modell entwickelt, das die Kosten senkt.",
        "Ein Vorgehen, das auf Beobachtungen beruht, wurde gewählt.",
        "Das Verfahren, das wir nutzen, ist etabliert.",
        "Wir verwenden das Programm, das im Anhang beschrieben ist.",
        "Das Bild der Forschung, das viele Studierende haben, ist veraltet.",
        "Es gibt etwas, das alle Befragten gemeinsam haben.",
        "Sie tun das, was ihnen gefällt, und das ihnen Freude macht.",
        "Beim Lernen in Gruppen, das viele bevorzugen, wird mehr gefragt.",
        "Er hat ein Bild gezeigt, das die Lage gut beschreibt.",
        "Das Ziel ist es, das Verhalten zu verstehen, das Nutzer zeigen.",
        "Hervorzuheben ist das Engagement der Lehrkräfte, das viele Schüler motivierte.",
        "Sie tun einfach das, wozu sie Lust haben.",
        "Ich finde das die beste Lösung, weil sie wenig kostet.",
        "Ich finde das die beste Lösung, die es gibt, weil sie wenig kostet.",
        "Sie nennt das die Lösung, die alle suchen, bleibt aber skeptisch.",
        "Für viele ist das die Phase, in der man sich ausprobiert und Neues lernt.",
        "Das Weglassen von Daten ist heute üblich.",
        "Das ständige Prüfen aller Werte kostet Zeit.",
        "Das Lesen fällt leicht.",
        "Doch ist es das wirklich wert, so viel Geld auszugeben?",
        "Unserer Ansicht nach ist das nicht eher zu begrüßen als eine Kürzung.",
        "Wir betrachten das Gleiche aus zwei Richtungen.",
        # A relative clause referring to a whole clause takes "was".
        "Die Kosten stiegen, was niemand erwartet hatte.",
        # Correct "dass", also after nouns that take a content clause.
        "Die Befragten betonten, dass die Kosten sinken.",
        "Es zeigte sich, dass darüber kaum berichtet wird.",
        "Das Ergebnis, dass alle zustimmten, überrascht.",
        "Das Problem, dass Daten fehlen, ist bekannt.",
        # an abbreviation's full stop ends no clause
        "Es zeigte sich, dass Lernen z. B. in Gruppen besser gelingt.",
        "Im Test wurde u. a. ein Verzeichnis entdeckt, das eine Datei enthielt.",
        # "nicht …, sondern …" inside the clause: its verb comes after the comma
        "Die These, dass Wissen nicht ein Besitz, sondern eine Praxis ist, trägt die Studie.",
        "Das Gefühl, dass man beobachtet wird, stört viele.",
        # a plural before the comma, though "dem Ergebnisse" is an old dative singular
        "Am Ende bestätigen die Ergebnisse, dass die Kosten steigen.",
        "Der Text betont das Motto, dass weniger mehr ist.",
        # a content clause with a subject of its own, or an impersonal passive
        "Das Problem, dass viele Daten fehlen, ist bekannt.",
        "Das Problem, dass darüber kaum berichtet wird, bleibt bestehen.",
        "Es freut das Team, dass alle kommen.",
        "Wichtig für das Projekt ist, dass alle mitmachen.",
        "Das Modell ist so einfach, dass es jeder versteht.",
        "Wir wissen, dass Wasser bei 100 Grad kocht.",
        "Wir wissen, dass Wasser kocht, wenn es heiß genug ist.",
        "Ich finde nicht, dass das stimmt.",
        "Er stellte fest, dass rauchen ihm schadet.",  # a capitalization error, no das/dass one
        "Sie lesen ein Buch und das Buch gefällt ihnen.",
        "Wir wissen, dass sie ein Spiel erfanden, das sie spielen und das sie mögen.",
        "Wenn man jung ist, ist das eine schöne Zeit.",
        "Das meiste wissen wir schon, sagt sie.",
        "Wir hoffen, dass alles klappt.",
        "Wir glauben, dass Lernen immer ein Prozess sein und bleiben wird.",
        # "das" for a whole clause should be "was", but it is no "dass": the verb agrees with it.
        "Viele sind unzufrieden mit sich, das natürlich Folgen hat.",
        "Dass er kommt, freut mich.",
        "Die Daten wurden so aufbereitet, dass sie vergleichbar sind.",
        "Sie änderten den Plan, ohne dass jemand davon wusste.",
        # a separable verb that takes a dass-clause, whose subject is its own
        "Sie teilten dem Team mit, dass es gewonnen hat.",
        # a content clause after a genitive attribute with an adjective has its own subject
        "Das Ergebnis der neuen Studie, dass die Kosten sinken, überrascht.",
        # "das" as the article of a nominalized adjective, and of a neuter noun past a phrase
        "Er fand das Schöne an der Arbeit.",
        "Wir loben das in vielen Proben sichtbare Ergebnis.",
        # a preposition before a relative clause that refers to a neuter noun
        "Es gibt ein Protokoll, ohne das nichts geht.",
        # "das" as the article of a singular noun in a list, before an infinitive
        "Sie wollen dieselbe Jacke, das gleiche Fahrrad haben oder so sein wie andere.",
        "Er lernt das wahre Leben kennen.",
        # a relative clause whose object is a noun with a plural of the same form
        "Wir wählten ein Modell, das bekannte Verfahren vereint.",
        # reported speech: the verb second, an article after it, so no verb-final clause
        "Er meinte, das Einzige sei die Zeit.",
        "Sie sagte, das erste sei die Regel.",
        # "nicht …, sondern" inside a relative clause whose subject is "das"
        "Das Werkzeug, das nicht schnell, sondern gründlich arbeitet, überzeugt.",
        # a participle or a finite verb after it can end the clause
        "Dass überrascht reagiert wurde, ist klar.",
        "Wir hoffen, dass überrascht ist, wer kommt.",
        # a noun after "als" or "wie" says what "das" is, and is no subject of its own
        "Der Zeiger wird so gesetzt, dass er auf ein Feld im Speicher zeigt, das als Puffer dient.",
        "Sie zeigen auf ein Verfahren im Anhang, das wie ein Filter wirkt.",
        # a demonstrative after the verb, then a main clause; "als das" before a noun
        "Er betont dies, das ist bekannt.",
        "Nichts hilft mehr, als das Gespräch zu suchen.",
        # the particle of the main clause's verb before "dass": "ausgehen", "hinweisen"
        "Wir gingen stets davon aus dass die Zahlen stimmen.",
        "Die Leitung wies darauf hin dass die Frist abläuft.",
        # a content clause with its own subject after a prepositional phrase
        "Das Team hat mit dem Vorstand des Vereins vereinbart, dass die Sitzung ausfällt.",
        "Es liegt am Wetter im Sommer, dass alles schneller wächst.",
        "Die Ergebnisse zum Verhalten der Kinder zeigen, dass sie lernen.",
        "Sie hat mit dem Kind vom Nachbarn vereinbart, dass es morgen kommt.",
        # "es" as a subject of its own, not the placeholder of a clause the adjective judges
        "Es ist ein schnelles Verfahren, das wenig kostet.",
        "Es wurde ein Modell entwickelt, das robust ist.",
        "Es stützt sich auf run-parts, das Skripte der Reihe nach ausführt.",
        # a name of capitals with an English word in it: its last word is the head
        "Das Sender Policy Framework wird verwendet, um zu prüfen, ob ein Server senden darf.",
        "Das Spring Boot Framework wird genutzt, damit die Entwicklung schneller geht.",
        # a program's name in lower case between the article and its noun
        "Das scipy Modul wurde installiert, um die Daten zu lesen.",
        # two nouns people write as one word: the article is the compound's
        "Das Bildungs Programm endet.",
        # a noun the lexicon lacks after "ein", which a neuter fits
        "Dann wird ein Popover geöffnet, das diese erläutert.",
        # "viele" declined as an adjective between the article and its noun
        "Es stört sie das viele Grün vielleicht, wenn man viele Bilder im Dokument hat.",
        # a copula's bare noun is its predicate ("Teil sein"), so "das" is the subject
        "Die Oberfläche benötigt Perl/Tk, das nicht Teil der Distribution ist.",
        "Das Werkzeug setzt Qt voraus, das nicht Bestandteil der Installation ist.",
        # a verb-final clause after a focus word, and a relative clause, with a neuter object
        "Es gilt nicht, außer wenn B ein Objekt ist, das den Wert Null hat.",
        "Wir nutzen eine Regel, die das Muster festlegt, das wir brauchen.",
        # a label after its class noun inside a prepositional phrase: the verb takes the clause
        "Bedenken Sie beim Blick in das Fenster Format, dass wir nicht alles speichern.",
    ],
)
def test_articles_demonstratives_relatives_and_correct_conjunctions_stay_silent(
    text: str,
) -> None:
    assert flagged(text) == []


def test_das_dass_reads_german_paragraphs_only() -> None:
    text = "Die Autoren zeigen, das die Haltung zählt."
    assert checking.check("das_dass", text, language="en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wichtig ist das nur, wenn es ein Paket ist, das ständig aktualisiert wird.",
        "Es hängt davon ab, ob es ein Programm ist, das Daten speichert.",
        # the infinitive "sein" closes a clause whose predicate noun the relative refers to
        # a conjunction's clause ends in its finite verb; "um" opens a group, no phrase
        "Wenn eine neue Version ein Paket vorschlägt, das sie nicht kannte, fehlt es.",
        "Die Regeln dienen, um das Verfallsdatum zu bestimmen, das der Kopie zugeordnet wird.",
        # a quoted value no German dictionary has may be referred to
        "Erlaubt sind »forever« und »infinity«, das die Vorgabe ist.",
        "Es kann auch ein Hilfsmittel sein, das der Leser gelegentlich nutzt.",
        # a verb-final clause's copula, and a noun inside its prepositional phrase
        "Es zeigt sich, dass die Deutungen in ein festes Raster eingebettet sind, das er kaum prüft.",
        # a participle its auxiliary waits for closes the clause, after the neuter noun
        "Dies wird durch ein neues Verfahren ermöglicht, das kaum Aufwand macht.",
        "Die Tabellen werden durch ein Register ergänzt, das alle Quellen nennt.",
        # a passive has its subject; the relative may refer to the agent a preposition names
        "Die Liste wird von einem Programm gelesen, das der Dienst jede Nacht startet.",
        # the predicate noun closes a list whose commas hide the clause's finite verb
        "Die Vorlage kann eine Tabelle, ein Formular oder ein Skript zum Import sein, das man anpasst.",
        # a participle that also governs as an adjective ("es ist belegt, dass"), in a passive;
        # "jedes" before the predicate noun as generic as "ein"
        "Die Partition wird mit einem Objekt belegt, das eine Signatur enthält.",
        "Der Befehl kann jedes Programm sein, das eine Übersetzung liest.",
    ],
)
def test_a_relative_after_the_predicate_noun_of_a_verb_final_clause(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a list item or table cell opens with its noun, hyphenated: the antecedent
        "Netzwerk-Werkzeug, das der Administrator startet",
        "Open-Source-Programm, das jeder Nutzer kennt",
    ],
)
def test_a_hyphenated_noun_opening_a_line_is_what_the_relative_das_refers_to(text: str) -> None:
    assert check(text) == []


def test_a_hyphenated_noun_opening_a_line_that_is_not_neuter_still_asks() -> None:
    assert flagged("Netzwerk-Dienst, das der Administrator startet") == ["das"]


def test_a_quoted_command_set_as_code_may_be_what_the_relative_das_refers_to() -> None:
    marked = "Der Befehl ruft »`dh binary`« auf, das wiederum dieselbe Sequenz ausführt."
    assert Checker(["das_dass"]).check_all([checking.coded(marked)]) == []


def test_an_article_that_cannot_be_neuter_gives_a_quoted_value_its_gender() -> None:
    assert flagged("Die »#5« besagt, das dies der fünfte Lauf ist.") == ["das"]


def test_a_compound_whose_first_part_is_code_may_be_what_the_relative_das_refers_to() -> None:
    block = checking.coded("Die Liste wird durch ein `sync`-Skript ergänzt, das jede Nacht läuft.")
    assert Checker(["das_dass"]).check_all([block]) == []


@pytest.mark.parametrize(
    "text",
    [
        # a small name that is also a past verb ("grub", "las"), then a clause that ends
        # in its finite verb: a dass-clause
        "Sie legen fest, dass grub beim Start zuerst geladen wird.",
        "Er sorgt dafür, dass mutt die Nachrichten lokal ablegt.",
    ],
)
def test_a_dass_clause_that_ends_in_its_finite_verb_stays_silent(text: str) -> None:
    assert flagged(text) == []


def test_a_verb_after_dass_that_ends_its_clause_still_calls_for_das() -> None:
    # "wird … übersehen": the participle ends the clause, the auxiliary stands second
    assert flagged("Er meinte, dass wird oft übersehen.") == ["dass"]


def test_a_german_class_noun_heads_the_english_name_after_it() -> None:
    # "das Paket" is the article and its noun, the name its apposition: a main clause
    text = "Das Paket Secure Shell Server muss installiert sein, damit Sie sich anmelden können."
    assert flagged(text) == []


def test_a_quoted_clause_after_das_is_still_a_dass_clause() -> None:
    # one word in quotes is named as a word; a quoted clause is the clause "dass" opens
    assert flagged("Man kann den Satz ohne das »sich« am Ende schreiben.") == []
    text = "Er vertritt die Annahme das „wenn einer lernt, lernt der andere auch“."
    assert flagged(text) == ["das"]


def test_code_after_an_adjective_is_the_noun_das_is_the_article_of() -> None:
    block = checking.coded("Die Pfade werden ohne das führende `src/` referenziert.")
    assert Checker(["das_dass"]).check_all([block]) == []
    # a subject of its own after "ohne das" still asks for "dass"
    assert flagged("Es läuft ohne das ein Fehler entsteht.") == ["das"]
