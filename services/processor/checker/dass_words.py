"""Word classes that govern a dass-clause: verbs, nouns and adjectives of saying, knowing, feeling.

The classes come from German grammar (verbs of saying, thinking, perceiving
and emotion take a "dass"-clause as object; their nouns and the predicative
adjectives of evaluation take one as complement), not from any corpus's
errors. Verbs are listed as lemmas: any inflected form is mapped to its
lemma by HanTa, so "wusste", "gewusst" and "weiß" all count as "wissen".
"""

from __future__ import annotations

from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.compound_articles import ARTICLE_FITS
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import SEIN_FINITE, VERB_PARTICLES, word_set

VERBS: Final = word_set("""
    sagen wissen glauben denken meinen zeigen hoffen behaupten finden bedeuten erkennen
    feststellen annehmen vermuten erwarten befürchten fürchten wünschen merken bemerken
    spüren fühlen hören erklären betonen berichten erzählen erwähnen antworten argumentieren
    begründen folgern beweisen belegen verdeutlichen bestätigen zugeben einsehen begreifen
    vergessen bedenken beachten berücksichtigen verlangen fordern vorwerfen bezweifeln
    zweifeln ahnen träumen versprechen garantieren versichern beteuern unterstellen
    vorschlagen beklagen bemängeln anmerken hinweisen aufzeigen klarmachen mitteilen
    aussagen herausfinden ergeben stimmen scheinen wundern freuen ärgern bedauern
    sicherstellen beschließen voraussetzen heißen zustimmen widersprechen wiederholen
    bestreiten leugnen einräumen vorstellen überlegen verdeutlichen hindeuten andeuten
    kritisieren akzeptieren verstehen lernen erfahren beobachten entdecken vorkommen
    passieren auffallen gefallen gelten sprechen liegen kennzeichnen auszeichnen angeben
    sehen verallgemeinern vergewissern vermitteln aufpassen achten ansprechen schreiben lesen
    hinzukommen vorgeben ausgehen schließen ableiten empfinden begrüßen unterstreichen
    hervorheben darlegen nachweisen einwenden entgegnen erwidern ergänzen hinzufügen
    festhalten verhindern vermeiden gewährleisten erreichen ermöglichen bewirken zulassen
    befürworten wollen mögen empfehlen raten bestimmen festlegen vereinbaren entscheiden
    bereuen stören überraschen erstaunen beunruhigen missfallen einfallen geschehen reichen
    genügen verraten offenbaren verschweigen verheimlichen informieren ankündigen zusichern
    veranschaulichen demonstrieren signalisieren implizieren suggerieren nahelegen
    anerkennen realisieren nachvollziehen zugestehen erinnern feststehen vorsehen
    """)
# Separable particles that stand at the end of a main clause: "nimmt … an" is "annehmen",
# and those of the verbs that govern a dass-clause ("legt nahe", "stellt klar").
PARTICLES: Final = frozenset(VERB_PARTICLES) | word_set("hervor hinzu klar nahe")
# Nouns whose complement is a content clause. Only the non-neuter ones are evidence:
# "die Annahme, das …" cannot be relative, while "das Problem, das …" may well be.
NOUNS: Final = word_set("""
    Meinung Ansicht Auffassung Überzeugung Tatsache Annahme Behauptung Aussage These
    Hoffnung Angst Sorge Furcht Gefahr Möglichkeit Chance Wahrscheinlichkeit Vorstellung
    Idee Gedanke Gedanken Eindruck Erkenntnis Einsicht Feststellung Vermutung Befürchtung
    Erwartung Forderung Bedingung Voraussetzung Folge Konsequenz Grund Beweis Hinweis
    Zweifel Gewissheit Sicherheit Wunsch Vorteil Nachteil Punkt Aspekt Theorie Kritik
    Vorwurf Erfahrung Schluss Umstand Fakt Beleg Glaube Glauben Begründung Erklärung
    Hypothese Vermutung Sichtweise Einschätzung Bedeutung Garantie Regel Ansatz Kern Schluß
    Standpunkt Position Überlegung Aussicht Nachricht Meldung Information Mitteilung
    Botschaft Beobachtung Entdeckung Bestätigung Zusage Warnung Freude Enttäuschung
    Überraschung Bitte Empfehlung Vereinbarung Vorschrift Pflicht Verpflichtung Realität
    Wahrheit Unterstellung Spekulation Prämisse Einwand Nachweis Ursache Wirkung
    Besonderheit Schwierigkeit Herausforderung Schlussfolgerung Lehre Absicht Zielsetzung
    """)
# Neuter nouns that take a content clause ("das Ergebnis, dass alle zustimmten"): after
# them "dass" may be right even in a clause with subject and object.
CONTENT_NEUTERS: Final = word_set(
    """
    Gefühl Problem Argument Ergebnis Risiko Prinzip Ziel Faktum Indiz Zeichen Anzeichen
    Versprechen Wissen Bewusstsein Glück Pech Phänomen Bedürfnis Verlangen Interesse Anliegen
    Motiv Kriterium Dilemma Paradox Paradoxon Szenario Axiom Postulat Gerücht Vorurteil
    Klischee Signal Missverständnis Eingeständnis Bekenntnis Versäumnis Geheimnis Fazit
    Resultat Kalkül Dogma Credo Beispiel Verdienst Vertrauen Erstaunen Entsetzen Bedauern
    Verständnis Wunder Merkmal Kennzeichen Symptom Detail Manko Defizit Hindernis Erfordernis
    Gebot Verbot Recht Privileg Vergnügen Erlebnis Zitat Motto Sprichwort Statement
    Urteil Gutachten Fakt Gesetz Kennzeichen Moment Erfordernis Ideal
    """
)


def takes_content_clause(noun: str) -> bool:
    """ "Ergebnis", "Forschungsergebnis": a neuter noun (or compound) a dass-clause may follow."""
    return any(noun.endswith((head, head.lower())) for head in CONTENT_NEUTERS)


# Predicative adjectives that take a dass-clause: "es ist wichtig, dass …", "froh, dass …".
ADJECTIVES: Final = word_set("""
    wichtig klar sicher richtig falsch normal verständlich schade gut schlecht schön
    offensichtlich wahr möglich unmöglich wahrscheinlich unwahrscheinlich notwendig nötig
    froh stolz überzeugt bewusst fraglich unbestritten erstaunlich traurig schlimm
    logisch selbstverständlich bekannt deutlich egal interessant erwiesen unklar
    auffällig typisch bezeichnend besser wünschenswert entscheidend erfreulich
    bedauerlich unverständlich naheliegend denkbar fraglos zweifellos anzunehmen
    bemerkenswert sinnvoll fatal gefährlich ärgerlich peinlich absurd verwunderlich recht
    erforderlich unerlässlich unabdingbar gewiss evident unstrittig umstritten zweifelhaft
    bewiesen belegt nachgewiesen nachvollziehbar überraschend unwahr vorstellbar
    ausgeschlossen zentral wesentlich glücklich dankbar enttäuscht einverstanden erstaunt
    überrascht
    """)
# "daran, dass", "dafür, dass": pronominal adverbs that announce a clause.
PRONOMINAL_ADVERBS: Final = word_set("""
    daran darauf dafür dagegen davon dadurch darüber darin dazu daraus danach davor
    dabei darum damit dahin
    """)
# Words that, right before it, make "das" the conjunction: "so dass", "ohne dass".
CONJUNCTION_PARTS: Final = word_set("so ohne anstatt statt außer")
# What may stand between the governing word and the clause: "glaube ich kaum, dass".
FILLERS: Final = word_set("""
    ich du er sie es wir ihr man mir mich uns dir sich ihm ihnen einem
    nur auch aber jedoch zwar kaum schon ja doch eben wirklich persönlich zumindest
    eher sehr immer noch jetzt allerdings natürlich selbst bereits deshalb daher also
    trotzdem dennoch außerdem ebenfalls oft manchmal nun einfach gerade ganz
    sicherlich bestimmt vielleicht wohl halt mal nicht stets immer häufig wieder
    hier dort heute damals später zuerst zunächst schließlich letztlich
    etwa zudem beispielsweise ebenso übereinstimmend ausdrücklich explizit
    eindeutig wiederholt insbesondere nachdrücklich
    """)
# Finite forms of "sein": "Das Problem ist, dass …" states a content, it relates nothing.
COPULAS: Final = SEIN_FINITE | word_set("bleibt blieb sein gewesen")
# The copula and the auxiliaries of the perfect and the passive, which a participle closes.
AUXILIARIES: Final = COPULAS | word_set("hat haben hatte hatten wird werden wurde wurden worden")
NOMINATIVE_PRONOUNS: Final = word_set("ich du er sie es wir ihr man")
# Pronouns that stand where a noun would and can be a subject: "dass jeder mitmacht".
SUBJECT_WORDS: Final = NOMINATIVE_PRONOUNS | word_set("""
    dies dieser diese das jeder jede jedes alle viele einige wenige manche beide nichts
    etwas niemand jemand keiner keine alles vieles wer meisten andere einer
    mehr weniger beides anderes manches weniges jedes eines
    """)
# Neuter pronouns a relative "das" refers to: "etwas, das", "alles, das".
NEUTER_PRONOUNS: Final = word_set(
    "etwas nichts alles vieles weniges manches eines jedes dies dieses jenes es"
)


def governing_lemma(verb: str, particle: str = "") -> str | None:
    """The lemma of ``verb`` (any form, with a split-off ``particle``) if it takes a dass-clause."""
    if not verb[:1].islower():
        return None
    lemmas = grammar.verb_lemmas(verb) | _participle_lemmas(verb)
    return next((particle + lemma for lemma in sorted(lemmas) if particle + lemma in VERBS), None)


def _participle_lemmas(word: str) -> frozenset[str]:
    """A stem test for participles HanTa reads otherwise: "gehört" is "hören", not only "gehören"."""
    if not word.startswith("ge") or len(word) < 6:
        return frozenset()
    stem = word[2:-1] if word.endswith("t") else word[2:-2] if word.endswith("en") else ""
    return frozenset({stem + "en", stem + "n"}) if stem else frozenset()


# Determiners of a neuter singular: after them "Arbeiten" is "das Arbeiten", not "die Arbeiten".
NEUTER_DETERMINERS: Final = word_set(
    "das des dem dieses diesem jedes jedem im beim vom zum ins ans aufs durchs"
)
# Determiners of a masculine or neuter singular: "ein Popup" may be either.
_EIN_WORDS: Final = word_set("ein eines einem kein keines keinem")


def is_neuter_singular(noun: str, determiner: str = "das") -> bool:
    """A neuter singular noun, or a nominalized infinitive ("das Lernen") after ``determiner``.

    A listed plural that is also an infinitive ("Daten", "Kosten") counts as
    a nominalized verb only after a neuter ``determiner``.
    """
    head = noun.rsplit("-", 1)[-1]
    readings = nouns.compound_analyses(head)
    # "Die Ergebnisse" is plural, though "dem Ergebnisse" is an old neuter dative.
    readings &= ARTICLE_FITS.get(determiner.lower(), readings)
    if any(reading.startswith("n.sg.") for reading in readings):
        return True
    if _strong_neuter(determiner) and not any(".sg." in reading for reading in readings):
        return True  # "ein „logisches Volume“": a word the lexicon lacks, marked neuter
    if nouns.is_listed(head) and determiner.lower() not in NEUTER_DETERMINERS:
        return False
    if not readings and determiner.lower() in _EIN_WORDS:
        return True  # "ein Popup, das …": a noun the lexicon lacks, after an article neuter fits
    return _infinitive(head.lower())


def _strong_neuter(adjective: str) -> bool:
    """An adjective's "-es", which only a neuter noun in the nominative or accusative takes."""
    return (
        adjective.islower()
        and adjective.endswith("es")
        and "ADJ(A)" in grammar.word_tags(adjective)
    )


def _infinitive(word: str) -> bool:
    """ "kosten", "lernen"; not "eingaben", a past form HanTa also tags as an infinitive."""
    lemmas = grammar.verb_lemmas(word)
    return "VV(INF)" in grammar.word_tags(word) and (not lemmas or word in lemmas)


def may_be_neuter(noun: str, determiner: str = "das") -> bool:
    """Neuter singular, a nominalized adjective ("das Neueste"), or unknown, so maybe neuter.

    A word HanTa knows as a name and not as a common noun ("Weber", "Jesus")
    is a person, never neuter; an acronym ("das ERP") may well be. A plural
    compound ("Zementüberschüsse") is a nominalized adjective only if the
    dictionary knows it written small.
    """
    head = noun.rsplit("-", 1)[-1]
    readings = nouns.compound_analyses(head)
    if head.isupper() or is_neuter_singular(head, determiner):
        return True
    if not readings:
        tags = grammar.word_tags(head)
        return "NE" not in tags or "NN" in tags
    # A nominalized adjective ("das Neueste") is no compound of "Este", and "Positive",
    # listed only as a plural, may still be "das Positive".
    listed = nouns.is_listed(head) and any(".sg." in reading for reading in readings)
    adjective = "ADJ(A)" in grammar.word_tags(head.lower()) and speller("de").listed(head.lower())
    return not listed and adjective
