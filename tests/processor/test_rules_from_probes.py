"""Rules added from probe texts: each with the errors it finds and the correct prose it leaves.

The sentences are written for these tests from the rules (§ 44, § 57, § 72 of the
official rules; the grammar of das/dass), not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.processor.checking import check, flagged


@pytest.mark.parametrize(
    "text",
    [
        # a plural subject and a plural full verb with its own object: no article "das"
        "Abschließend lässt sich festhalten, das moderne Verfahren ein hohes Risiko bergen.",
        "Man kann sagen, das neue Verfahren ein großes Potenzial bieten.",
    ],
)
def test_das_before_a_plural_subject_and_its_object_opens_a_dass_clause(text: str) -> None:
    assert flagged("das_dass", text) == ["das"]


@pytest.mark.parametrize(
    "text",
    [
        # "das" is the relative's object, the plural noun its subject
        "Das ist ein Ergebnis, das neue Verfahren liefern.",
        "Wir beschreiben das Potenzial, das moderne Verfahren der Industrie bieten.",
        # a singular noun: "das Programm" and an infinitive in a list
        "Wir wollen Daten sammeln, das Programm im Netz veröffentlichen und Nutzer gewinnen.",
        # indirect speech in main-clause order
        "Er sagte, das neue Verfahren biete ein hohes Potenzial.",
    ],
)
def test_das_before_a_plural_noun_stays_where_it_can_be_a_relative_or_an_article(
    text: str,
) -> None:
    assert flagged("das_dass", text) == []


def test_dass_before_an_active_verb_without_subject_is_a_relative_whatever_governs() -> None:
    # "realisieren" may take a dass-clause, but "verfügt" needs a subject the clause lacks
    text = (
        "Der Versuch wurde an einem Prüfgerät realisiert, dass über eine Achse mit Motor verfügt."
    )
    assert flagged("das_dass", text) == ["dass"]
    # a passive needs none: a content clause after the verb stays
    text = "Wir haben im Protokoll vermerkt, dass darüber abgestimmt wurde."
    assert flagged("das_dass", text) == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Die Zahl der Online Bestellungen stieg.", "Online Bestellungen", "Online-Bestellungen"),
        ("Sie arbeitet im Offline Betrieb weiter.", "Offline Betrieb", "Offline-Betrieb"),
        # a noun that drops its final e as a first part is no word of its own
        ("Die Schul Bibliothek bleibt geschlossen.", "Schul Bibliothek", "Schulbibliothek"),
        ("Wir bildeten eine Kontroll Gruppe.", "Kontroll Gruppe", "Kontrollgruppe"),
        ("Das Modell enthält drei Kontroll Variablen.", "Kontroll Variablen", "Kontrollvariablen"),
    ],
)
def test_a_first_part_that_is_no_word_of_its_own_joins_its_noun(
    text: str, span: str, fix: str
) -> None:
    (finding,) = check("compound", text)
    assert text[finding.start : finding.end] == span
    assert f"»{fix}«" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # at the sentence's start the capital says nothing; written small it is an adverb
        "Online Bestellungen nehmen zu.",
        "Wir bestellen online Bücher und Geräte.",
        # a German adjective with endings may stand before its noun
        "Er trug einen smarten Anzug.",
        # a word and its repair, and a stem Hunspell builds that nobody writes
        "Die Schul Schule bleibt geschlossen.",
        "Wähle Lock Alpha im Menü.",
    ],
)
def test_words_before_a_noun_that_are_no_first_part(text: str) -> None:
    assert flagged("compound", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Viele Firmen zögern noch denn es fehlt an Geld.", "noch denn"),
        ("Die Methode ist schnell genug aber sie braucht viel Speicher.", "genug aber"),
        ("Wir wählten die kleine Stichprobe denn wir hatten wenig Zeit.", "Stichprobe denn"),
    ],
)
def test_denn_and_aber_between_two_main_clauses_take_a_comma(text: str, span: str) -> None:
    assert flagged("comma", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Was soll denn es für ein Ergebnis sein?",  # a question's particle
        "Wenn es denn so ist, gilt die Regel.",  # a particle inside a clause of its own
        "Keine Lösung hilft, es sei denn wir ändern die Regeln.",  # "es sei denn"
        "Heute mehr denn je gilt die Regel.",
        "Das Verfahren ist teuer, aber es lohnt sich.",
        "Sie sagte aber nichts dazu.",  # "aber" inside its clause, after the verb
        "Er kam aber er blieb nicht.",  # after a finite verb "aber" may be an adverb
    ],
)
def test_denn_and_aber_as_particles_or_with_their_comma(text: str) -> None:
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Daten von teilnehmenden wurden gelöscht.", "teilnehmenden"),
        ("Die Antworten von befragten wurden kodiert.", "befragten"),
    ],
)
def test_a_participle_naming_people_after_a_bare_preposition_is_a_noun(
    text: str, span: str
) -> None:
    assert flagged("capitalization", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Die Werte wurden durch folgende ersetzt.",  # points to what follows
        "Die Werte von ausgewählten und geprüften Proben fehlen.",  # the noun comes later
        "Sie arbeiten mit verschiedenen getesteten Modellen.",
        # a relative pronoun and a comparative the clause compares with "als"
        "Zwei Punkte, die dichter beieinander liegen als der Schwellwert, werden verbunden.",
    ],
)
def test_participles_and_comparatives_that_are_no_nouns(text: str) -> None:
    assert flagged("capitalization", text) == []


def test_a_small_noun_after_a_relative_pronoun_without_comparison_is_still_a_noun() -> None:
    text = "Sie meint, das alter eben die ruhigere Zeit ist."
    assert flagged("capitalization", text) == ["alter"]


def test_a_name_with_a_capital_inside_is_a_noun_a_genitive_article_may_lead() -> None:
    text = "--dhcp bestimmt, dass die Netzwerkkonfiguration der domU durch DHCP erfolgt."
    assert flagged("comma", text) == []


def test_a_plural_that_is_also_another_nouns_singular_does_not_hide_the_article_fix() -> None:
    # "den Leisten" is also the masculine "der Leisten": the feminine noun's article comes first
    (finding,) = check("agreement", "Das Symbol steht mit den Seitenleiste rechts.")
    assert "»der Seitenleiste« oder »den Seitenleisten«" in finding.message


def test_after_a_preposition_of_place_or_direction_both_cases_are_offered() -> None:
    # "in" takes the dative of place and the accusative of direction
    (finding,) = check("agreement", "Das Symbol steht in den Seitenleiste rechts.")
    message = finding.message
    assert "»die Seitenleiste«, »der Seitenleiste« oder »den Seitenleisten«" in message


def test_an_adverb_english_also_knows_is_small_before_an_adjective_and_its_noun() -> None:
    text = "Die Beiträge enthalten Emotional geprägte Aussagen."
    assert flagged("capitalization", text) == ["Emotional"]
    # a setting or a key named in English keeps its capital
    assert flagged("capitalization", "Das Profil Minimal enthält wenige Pakete.") == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # Hunspell accepts the whole by some odd split of "Erinerungs"
        ("Das Erinerungsprotokoll lag vor.", "Erinnerungsprotokoll"),
    ],
)
def test_a_compound_nobody_writes_with_a_slip_in_its_first_part(text: str, fix: str) -> None:
    (finding,) = check("spelling", text)
    assert f"»{fix}«" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Der Hashbaum speichert die Prüfsummen.",  # "Hash" is English, not "Hass" mistyped
        "Die Erinnerungslücken waren groß.",
    ],
)
def test_compounds_of_real_parts_stay_silent(text: str) -> None:
    assert flagged("spelling", text) == []


def test_a_name_no_dictionary_knows_couples_to_its_noun_where_the_writer_uses_it_again() -> None:
    text = "Kubernetes plant die Dienste. Im Labor lief ein Kubernetes Cluster mit drei Knoten."
    (finding,) = check("compound", text)
    assert text[finding.start : finding.end] == "Kubernetes Cluster"
    assert "»Kubernetes-Cluster«" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # written once, known nowhere: more often a slip than a name
        "Im Labor lief ein Kubernetex Cluster mit drei Knoten.",
        # a place's adjective stays apart from its noun
        "Sie lag im Bozner Krankenhaus. Das Bozner Krankenhaus ist groß.",
    ],
)
def test_unknown_words_that_are_no_names_stay_apart(text: str) -> None:
    assert flagged("compound", text) == []


def test_one_indirect_question_may_ask_several_things_without_a_comma() -> None:
    assert flagged("comma", "Das Protokoll zeigt, wer welche Datei wann geändert hat.") == []
    # a question with its own verb before: the next one opens a clause
    assert flagged("comma", "Doch wer weiß wohin die Reise geht.") == ["weiß wohin"]


def test_a_word_that_is_only_a_noun_heads_the_phrase_of_a_contraction() -> None:
    # "durchschnitt" is no verb form the tagger knows: the adjective after it is no attribute
    text = "Wer im durchschnitt kürzer schläft, lernt schlechter."
    assert flagged("capitalization", text) == ["durchschnitt"]
    assert flagged("capitalization", "Wir sprechen im Allgemeinen leise.") == []


def test_a_capital_adverb_before_a_participle_and_its_auxiliary_is_small() -> None:
    text = "Die Bögen, die nach der Sitzung Anonym abgegeben wurden, fehlen."
    assert flagged("capitalization", text) == ["Anonym"]
    # right after "wenn" the capital word is the clause's subject, an option's label
    assert flagged("capitalization", "Wenn Automatisch aktiviert ist, startet es.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the verb that ends a subordinate clause, then a relative clause
        (
            "Wir vermuten, dass vor allem jene Gruppen profitieren die ohnehin gut vernetzt sind.",
            "profitieren die",
        ),
        # an infinitive that closes its modal's bracket
        (
            "Die Items ließen sich zu zwei Faktoren verdichten die als Nutzung gedeutet wurden.",
            "verdichten die",
        ),
    ],
)
def test_a_relative_clause_after_the_verb_that_closes_a_clause(text: str, span: str) -> None:
    assert flagged("comma", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Am Ende können die Kinder spielen.",  # a main clause's verb, then its subject
        "Oft gesehen haben die Kinder das nicht.",
        "Jetzt wollen die Teams die Daten prüfen.",
    ],
)
def test_an_article_after_a_verb_that_leaves_its_clause_open(text: str) -> None:
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a Latin noun English shares keeps its one German gender
        ("Wir arbeiten mit einem neuen Version des Tests.", "einem neuen Version"),
        ("Man spricht von einem teilweisen Mediation.", "einem teilweisen Mediation"),
        # a plural in -en that no verb hides: no nominalized infinitive
        ("Die Kopplung zwischen dem Modulen wächst.", "dem Modulen"),
        ("Setzen Sie eine Hilfslinien an den Rand.", "eine Hilfslinien"),
    ],
)
def test_articles_that_fit_no_reading_of_a_noun_english_shares_or_a_plural(
    text: str, span: str
) -> None:
    (finding,) = check("agreement", text)
    assert text[finding.start : finding.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "Die Jugend ist kein Zuckerschlecken.",  # an infinitive after a word
        "Nach dem Anzeigen des Bildes fügen wir eine Zeile ein.",  # after a particle
        "Vor dem Älterwerden hat niemand Angst.",
        "Das Projekt braucht ein Forken des Codes.",  # an English verb's infinitive
        "Wir prüfen das Blog und den Blog.",  # a loan whose gender varies
    ],
)
def test_nominalized_infinitives_and_loans_of_either_gender(text: str) -> None:
    assert flagged("agreement", text) == []


def test_a_compound_hunspell_builds_has_the_gender_of_its_last_noun() -> None:
    text = "Für die Prüfung des Moderationshypothese fehlt ein Test."
    assert flagged("agreement", text) == ["des Moderationshypothese"]
    # a nominalized participle the lexicon lacks declines like an adjective
    assert flagged("agreement", "Wir helfen dem Erwachsenwerdenden dabei.") == []


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation's full stop ends no clause
        "Die Lehre nimmt überwiegend an, das auch § 5 Abs. 1 UrhG dem Art. 9 Abs. 2 GG genügt.",
        # a relative clause set off by commas inside the dass-clause
        "Das Gesetz sieht vor, das Systeme, die Bewerber bewerten, als riskant gelten.",
    ],
)
def test_a_dass_clause_read_past_abbreviations_and_an_inserted_relative(text: str) -> None:
    assert flagged("das_dass", text) == ["das"]


def test_a_demonstrative_before_its_own_relative_pronoun_opens_no_clause() -> None:
    text = "Sie sind unsicherer gegenüber denen welche früher lebten."
    assert "unsicherer gegenüber" not in flagged("comma", text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # German nouns English happens to spell too keep their one German gender
        ("Wir drückten diese Knopf zweimal.", "diese Knopf"),
        ("Im Verlauf des Analyse zeigte sich das.", "des Analyse"),
    ],
)
def test_german_nouns_english_also_spells_are_judged(text: str, span: str) -> None:
    (finding,) = check("agreement", text)
    assert text[finding.start : finding.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "Die Kanten sind meist nur einen Pixel breit.",  # "der Pixel" and "das Pixel"
        "Die Kernel der Systeme laufen im Speicher.",  # a loan whose plural looks the same
        "Wir lesen den Monolog des Faust.",  # a name's article follows its bearer
    ],
)
def test_loans_and_names_whose_gender_writers_choose(text: str) -> None:
    assert flagged("agreement", text) == []


def test_an_adjective_before_a_noun_written_small_is_not_the_nominal_word() -> None:
    # "in weiten teilen": "teilen" is "Teilen" written small; "Weiten" would be wrong
    assert "weiten" not in flagged("capitalization", "Das deckt sich in weiten teilen.")


def test_people_named_by_a_participle_after_a_genitive_article() -> None:
    text = "Wir haben die Sicht der befragten erhoben."
    assert flagged("capitalization", text) == ["befragten"]
    # the participle before its noun, and an adjective left for a noun named before
    assert flagged("capitalization", "Die Sicht der befragten Personen war klar.") == []
    assert flagged("capitalization", "Die rote Wahl war die falsche.") == []


def test_a_name_after_a_relative_pronoun_may_be_its_object() -> None:
    text = "Fontconfig ist alt. Es gab eine Datei, die Fontconfig Probleme bereitete."
    assert flagged("compound", text) == []


def test_plural_nouns_apart_in_a_genitive_attribute_are_one_compound() -> None:
    text = "Wir lasen die Ergebnisse der Experten Interviews."
    assert flagged("compound", text) == ["Experten Interviews"]
    # an infinitive's object after the genitive, and subject and object in a clause
    assert flagged("compound", "Die Lust der Kinder Bücher zu lesen wächst.") == []
    assert flagged("compound", "Wir sehen, wie die Kinder Bücher lesen.") == []


def test_aber_before_a_subject_with_its_article_and_verb_joins_main_clauses() -> None:
    text = "Ein Entwurf wurde im Mai vorgelegt aber das Verfahren ist offen."
    assert flagged("comma", text) == ["vorgelegt aber"]
    assert flagged("comma", "Er gab dem Kind aber das Buch nicht.") == []
    # a second verb of the same subject after the comma: "aber" stands inside its clause
    text = "Die Regel gilt auch hier, sollte hier aber keinen Nutzen bringen."
    assert flagged("comma", text) == []
    text = "Die Regel gilt auch hier, kann hier aber keine Fehler finden."
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Auswertung der Daten, erfolgte mithilfe einer Inhaltsanalyse.", "Daten, erfolgte"),
        ("Die Erhebung der Werte, erfolgte über drei Wochen.", "Werte, erfolgte"),
    ],
)
def test_a_comma_between_subject_and_verb_the_tagger_reads_as_adjective(
    text: str, span: str
) -> None:
    assert flagged("comma", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # the participle is an attribute of the nouns that follow it
        "Die Auswertung der Daten, erfolgte Messungen und ihre Fehler bilden den Kern.",
        # an aside with its own verb
        "Die Erhebung der Werte, erfolgte sie auch spät, blieb vollständig.",
    ],
)
def test_a_participle_after_the_opening_phrase_that_may_stand_with_a_comma(text: str) -> None:
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Analyse zeigt welche Faktoren den Erfolg beeinflussen.", "zeigt welche"),
        ("Sie gibt einen Ausblick darauf welche neuen Fragen offen sind.", "darauf welche"),
        ("Wir kennen die Personen welche Angaben gemacht haben.", "Personen welche"),
        ("Sie reden, ohne darüber nachzudenken welche Folgen das hat.", "nachzudenken welche"),
    ],
)
def test_welche_before_its_noun_opens_a_clause(text: str, span: str) -> None:
    assert flagged("comma", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Es wurde geprüft, ob und welche Daten erhoben werden.",
        "Unklar bleibt, wer welche Daten erhoben hat.",
        "Wir wissen nicht, in welchem Umfang die Daten genutzt werden.",
        "Welche Daten erhoben werden, bleibt offen.",
        # the noun before belongs to a preposition: the comma goes before that
        "Sie legen fest, auf Basis welcher Kriterien die Werte variiert werden.",
        "Sie fragen sich, welche Daten fehlen.",
    ],
)
def test_welche_inside_a_clause_or_after_its_preposition_takes_no_comma(text: str) -> None:
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Systeme werten große Datenmengen aus um Muster zu erkennen.", "aus um"),
        ("Die Firma wählte Docker da das Team es kannte und Zeit sparen wollte.", "Docker da"),
    ],
)
def test_a_clause_after_a_verb_particle_or_closed_before_und(text: str, span: str) -> None:
    assert flagged("comma", text) == [span]


def test_da_as_an_adverb_before_a_participle_opens_no_clause() -> None:
    text = "Es war die Neugier, die sie da gepackt hat oder die Angst."
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # compound adjectives are adjectives too, and "viel…" may be one
        ("Ein Ausfall hätte keine betriebskritische Folgen.", "keine betriebskritische Folgen"),
        ("Ein vielversprechenden Weg ist der Vergleich.", "Ein vielversprechenden Weg"),
        # after "mit" a plural noun in the dative takes an adjective in -en
        ("Die Daten werden mit festgelegte Suchbegriffen gefiltert.", "festgelegte Suchbegriffen"),
        ("Wir arbeiten mit umfangreiche Datensätzen.", "umfangreiche Datensätzen"),
        ("Für Geräte mit kleinen Arbeitsaufwand reicht das.", "kleinen Arbeitsaufwand"),
    ],
)
def test_adjective_endings_of_compounds_and_after_a_dative_preposition(
    text: str, span: str
) -> None:
    assert flagged("agreement", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Die Daten werden mit festgelegten Suchbegriffen gefiltert.",
        "Ein vielversprechender Weg ist der Vergleich.",
        "Unserer Ansicht nach gravierende Fehler fanden sich kaum.",
        "Das verursacht zu hohe Kosten.",
        "Wir zeigen die vielen anderen Wege.",
    ],
)
def test_adjective_endings_that_agree_or_follow_no_dative_preposition(text: str) -> None:
    assert flagged("agreement", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the adjective's ending leaves only the dative or genitive, one phrase
        (
            "Es zählt der Nutzen und der wahrgenommenen Benutzer Freundlichkeit.",
            "Benutzer Freundlichkeit",
        ),
        # a genitive attribute after a noun, and a noun a surname also spells
        ("Die Kurse vermitteln Grundlagen der Schlaf Hygiene.", "Schlaf Hygiene"),
    ],
)
def test_an_attested_compound_apart_in_one_phrase(text: str, span: str) -> None:
    assert flagged("compound", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # "der Schlaf" is the subject, "Zeit" its object
        "Wir wissen, dass der Schlaf Zeit braucht.",
        # "der Arbeit" a dative after "mit", then a plural object
        "Wir beginnen mit der Arbeit Stunden früher.",
    ],
)
def test_two_phrases_side_by_side_stay_apart(text: str) -> None:
    assert flagged("compound", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Auf diese weise entsteht ein klares Bild.", "weise"),
        ("Das gilt für Verfahren wie das schleifen oder das Bohren.", "schleifen"),
        ("Der Aufwand wächst mit zunehmender größe des Systems.", "größe"),
    ],
)
def test_nouns_written_small_after_a_demonstrative_a_paired_noun_or_an_adjective(
    text: str, span: str
) -> None:
    assert flagged("capitalization", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # "diese" alone is a pronoun, "weise" its predicate
        "Wir fragen, ob diese weise sind.",
        # "das" a pronoun, the object of the verbs
        "Wir wollen das drehen oder das Bild tauschen.",
        # an adjective before its noun
        "Der Aufwand wächst mit zunehmender Größe des Systems.",
    ],
)
def test_small_words_where_no_noun_is_asked_for(text: str) -> None:
    assert flagged("capitalization", text) == []


def test_a_plural_subject_with_its_adjective_is_no_neuter_antecedent() -> None:
    # "Ergebnisse" is plural after "Die …-en", though "dem Ergebnisse" is an old dative
    text = "Die vorläufigen Ergebnisse zeigen, das die Befragten viel Zeit online verbringen."
    assert flagged("das_dass", text) == ["das"]
    # a neuter singular before the comma may take a relative "das"
    text = "Die Befragten nennen ein neues Ergebnis, das die Studie bestätigt."
    assert flagged("das_dass", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the part after "und" completes the auxiliary's or modal's bracket
        ("Die Proben wurden gewogen, und anschließend im Labor getrocknet.", "gewogen, und"),
        ("So lässt sich der Aufwand dauerhaft, und spürbar senken.", "dauerhaft, und"),
        # "zwischen" takes both sides joined by "und"
        ("Wir vergleichen zwischen Theorie, und praktischer Umsetzung.", "Theorie, und"),
    ],
)
def test_a_comma_before_und_inside_one_clause(text: str, span: str) -> None:
    assert flagged("comma", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # a subject after "und": a second clause whose verb is left out
        "Die Proben wurden gewogen, und die Werte notiert.",
        # a finite verb of its own
        "Wir haben lange gewartet, und es hat sich gelohnt.",
        # an added remark
        "Die Studie wurde online durchgeführt, und zwar anonym befragt.",
        # the comma closes an inserted relative clause
        "Der Abstand zwischen dem Haus, das rot ist, und dem Garten ist groß.",
    ],
)
def test_a_comma_before_und_that_may_stand(text: str) -> None:
    assert flagged("comma", text) == []


def test_a_comma_after_a_phrase_zwischen_has_closed() -> None:
    text = "Die Lücke zwischen zwei Versionen ist kurz, und sie wird bald geschlossen."
    assert flagged("comma", text) == []
    # the clause with "zwischen" has its verb, and "und" opens a main clause of its own
    text = "Später wächst der Abstand zwischen den Gruppen, und manche Fragen bleiben offen."
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Dann haben die befragten ihre Antworten geprüft.", "befragten"),
        ("Zudem erhielten die teilnehmenden eine Vergütung.", "teilnehmenden"),
    ],
)
def test_people_named_by_a_participle_after_the_main_clause_verb(text: str, span: str) -> None:
    assert flagged("capitalization", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Dann sahen die befragten Personen nach.",
        # a relative pronoun and its past-tense verb
        "Es waren Forscher, die befragten und zählten.",
    ],
)
def test_participles_before_their_noun_or_as_verbs_stay_small(text: str) -> None:
    assert flagged("capitalization", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Studie unterliegt einigen Einschränkung.", "einigen Einschränkung"),
        ("Er hatte schon einige Praktikum gemacht.", "einige Praktikum"),
    ],
)
def test_einige_and_a_noun_that_fits_none_of_its_forms(text: str, span: str) -> None:
    assert flagged("agreement", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "In einigen Fällen gab es einige neue Ansätze mit einiger Sicherheit.",
        "Es kostete einige Zeit und einiges Geld bei einigem Aufwand.",
        "Das Set wird mit einigen Dutzend Farben geliefert.",
        "Der Preis stieg um einige Prozent.",
    ],
)
def test_einige_with_nouns_and_counts_that_fit(text: str) -> None:
    assert flagged("agreement", text) == []


def test_was_after_the_particle_of_its_clause_verb_opens_a_relative_clause() -> None:
    text = "Die Werte stiegen stark an was niemand erwartet hatte."
    assert flagged("comma", text) == ["an was"]
    # "vor" also leads "vor allem", yet here it completes "vorliegen"
    text = "Insgesamt lagen viele Antworten vor was einer Quote entspricht."
    assert flagged("comma", text) == ["vor was"]
    # "einer" is also the numeral: past its adjective a noun follows, so it counts nothing
    text = "Insgesamt lagen viele Antworten vor was einer hohen Quote entspricht."
    assert flagged("comma", text) == ["vor was"]
    # a preposition, no particle of "wissen": the colloquial question word
    text = "Sie wissen nicht, an was sie glauben sollen."
    assert flagged("comma", text) == []


def test_was_before_an_article_opens_a_clause_but_was_neues_is_etwas_neues() -> None:
    assert flagged("comma", "Sie haben keine Ahnung was eine Partei vertritt.") == ["Ahnung was"]
    assert flagged("comma", "Im Alter ist es schwerer was neues zu lernen.") == []


def test_als_ganzes_is_a_nominal_adjective_unless_a_noun_follows() -> None:
    assert flagged("capitalization", "Das Projekt lässt sich nur als ganzes prüfen.") == ["ganzes"]
    assert flagged("capitalization", "Er arbeitete als ganzes Team daran.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Befragten Bewerten das Angebot positiv.", "Bewerten"),
        ("Wir Zeigen im nächsten Kapitel die Ergebnisse.", "Zeigen"),
        ("Aber die älteren Geräte Verbrauchen mehr Strom.", "Verbrauchen"),
        ("Das Modell Berücksichtigt keine Ausreißer.", "Berücksichtigt"),
        ("Den Lernenden Fehlen oft die Grundlagen.", "Fehlen"),
        # the verb, not a noun that would make the word before it an attribute
        ("Viele Befragte Denken zuerst an den Preis.", "Denken"),
    ],
)
def test_a_verb_after_the_first_constituent_is_small(text: str, span: str) -> None:
    assert flagged("capitalization", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Das Daten Sammeln ist aufwendig.",  # an infinitive made a noun, before its verb
        "Die Firma Bosch Entwickelt Geräte.",  # no noun the lexicon knows before it
        "Die Methode Lernen durch Lehren wird oft genutzt.",  # a class noun and its name
        "Die Teilnehmer Arbeiten selten allein.",  # a noun of its own: maybe a compound
        "Die Befragten bewerten das Angebot positiv.",
    ],
)
def test_no_verb_reading_after_the_first_constituent(text: str) -> None:
    assert flagged("capitalization", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a compound head the lexicon lacks takes its gender from its last part
        ("Geplant ist eine Risiko Folgenabschätzung.", "Risiko Folgenabschätzung"),
        ("Sie beschreibt den Ablauf der Projekt Datenerhebung.", "Projekt Datenerhebung"),
    ],
)
def test_an_article_that_fits_only_a_compound_head_joins_the_pair(text: str, span: str) -> None:
    assert flagged("compound", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Wir starten das Plugin Weichzeichnen.",  # a verb made a noun: the plugin's name
        "Im Projekt Datenerhebung arbeiten drei Personen.",  # "im" fits "Projekt": its name
    ],
)
def test_no_compound_where_the_head_is_a_name_or_the_article_fits_it_alone(text: str) -> None:
    assert flagged("compound", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Der Aufwand war größer als wir geplant hatten.", "größer als"),
        ("Die Methode liefert mehr Treffer als man erwarten würde.", "Treffer als"),
        (
            "Die Lage änderte sich schneller als es die Prognosen vorhergesagt hatten.",
            "schneller als",
        ),
    ],
)
def test_als_before_a_clause_with_its_own_subject_and_verb_takes_a_comma(
    text: str, span: str
) -> None:
    assert flagged("comma", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Die zweite Gruppe war deutlich größer als wir.",  # words compared, no clause
        "Sowohl wir als auch die Kontrollgruppe erhielten dieselben Aufgaben.",
        "Der Wert liegt höher als ihr bisheriger Durchschnitt.",  # "ihr" the possessive
        "Anders als man vermuten könnte, sinken die Kosten.",  # the phrase opens the sentence
    ],
)
def test_als_without_a_clause_of_its_own_takes_no_comma(text: str) -> None:
    assert flagged("comma", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wir setzen das Werkzeug Ansible ein, dass die Server konfiguriert.",
        "Das Framework Flask, dass sich leicht erweitern lässt, genügt hier.",
    ],
)
def test_dass_after_a_name_and_its_neuter_class_noun_is_the_relative_das(text: str) -> None:
    assert flagged("das_dass", text) == ["dass"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma Siemens, dass wissen viele, ist groß.",  # feminine class noun
        "Es zeigt das Programm Excel, dass die Werte steigen.",  # "es" announces the clause
    ],
)
def test_dass_after_a_name_that_no_neuter_noun_claims(text: str) -> None:
    assert flagged("das_dass", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Angaben stehen in der kundenakte.", "kundenakte"),
        ("Die Befunde wurden in der patientenakte vermerkt.", "patientenakte"),
    ],
)
def test_a_compound_noun_written_small_whatever_the_tagger_guesses(text: str, span: str) -> None:
    assert flagged("capitalization", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Der Ablauf wirkt eher wolkenhaft und unklar.",  # an adjective's suffix
        "Man kann die Ansicht wieder herauszoomen.",  # no word before the noun-like end
        "Das ist eine energieraubende Tätigkeit.",
        "Zwischen den dreien bestand kein Unterschied.",  # a numeral for people stays small
    ],
)
def test_small_words_that_only_end_like_a_noun(text: str) -> None:
    assert flagged("capitalization", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Befunde decken sich in weiten teilen mit der Literatur.", "teilen"),
        ("Die Kosten werden zu gleichen teilen getragen.", "teilen"),
        ("Er näherte sich mit kleinen schritten dem Ziel.", "schritten"),
    ],
)
def test_a_small_noun_after_a_preposition_and_its_attribute(text: str, span: str) -> None:
    assert flagged("capitalization", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder sollen mit anderen teilen.",  # a pronoun, then the verb
        "Am besten leben sie auf dem Land.",  # a superlative after "am"
        "Das gilt für Flächen mit gleicher oder ähnlicher Farbe.",  # a conjunction
        "Sie durften mit kleinen Kindern spielen.",
    ],
)
def test_no_noun_after_a_preposition_where_a_verb_or_a_function_word_stands(text: str) -> None:
    assert flagged("capitalization", text) == []
