"""Capitalised words mid-sentence that should be small: adjectives, verbs, adverbs, pronouns.

A capital is wrong only where no reading as a noun is left: the word is no
listed noun, no determiner or preposition makes it nominal ("im Allgemeinen",
"seit Langem"), and it is no sentence start hidden by a missing full stop
("… Natürlich kann ich …"). Before a noun, an adjective is small unless the
pair is a name or a term the author writes alike twice ("Künstliche Intelligenz").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.capital_verbs import (
    bare_infinitive,
    before_gehen,
    clause_final_participle,
    clause_starts,
    infinitive_is_verbal,
    modal_clause_infinitive,
    modal_infinitive,
    predicative,
    truncated_or_repeated,
    verb_second,
    verbal_after_zu,
)
from services.processor.checker.case_phrases import should_be_small
from services.processor.checker.case_terms import adjective_ending, adjective_stem, is_term
from services.processor.checker.case_words import (
    ADVERBIAL_PHRASES,
    CONTRACTIONS,
    DEFINITE,
    INDEFINITE,
    PREPOSITIONS_PLAIN,
    PRONOUNS,
    QUANTIFIERS,
    VAGUE_NUMBER,
    english_term,
    inflected_adjective,
    is_noun,
    listed,
    ordinal,
    place_adjective,
    pronoun_like,
    tags,
)
from services.processor.checker.class_nouns import is_class_noun, names_a_thing
from services.processor.checker.clauses import CLAUSE_END_MARKS, clause_start
from services.processor.checker.compound_articles import ARTICLE_FITS, in_governed_case
from services.processor.checker.dictionary import speller
from services.processor.checker.first_names import in_list_of_persons, is_first_name
from services.processor.checker.lexicon import (
    ARTICLES,
    COLOURS,
    FINITE_AUXILIARIES,
    LANGUAGES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.noun_phrase import (
    before_its_person_noun,
    in_a_name,
    twin_before_noun,
)
from services.processor.checker.tokens import Word, is_word

# A title in a list of titles: "Verteilte Dokumente", "Numerierte Aufzählungen".
_MAX_TITLE_WORDS = 3
# From this Zipf frequency English writes a word in use (about once in three million words).
_ENGLISH_IN_USE_ZIPF = 2.5
# A label's colon stands among a line's first words: "Siehe auch:", "Notationsreferenz:".
_LABEL_REACH = 4
# The small words a title holds: "Liste der Zeichen", "Richtung und Platzierung".
_TITLE_SMALL_WORDS = ARTICLES | PREPOSITIONS_PLAIN | word_set("und oder sowie")
# Uninflected words nobody nominalizes mid-sentence without a determiner.
_PLAIN_TAGS = word_set("ADJ(D) VV(PP) VV(IZU) VV(INF) VV(FIN)")
# Adverbs are judged after a comma only: elsewhere a capital one is as often a sentence
# whose full stop is missing ("Erörterung Immer wieder …").
_ADVERB_TAGS = word_set("ADV PROAV")
_NOMINAL_HINTS = word_set("PIS PIAT PDS PPOSAT APPR ART KON")
_LIST_JOINERS = frozenset({"und", "oder", "sowie", "bzw."})
# What a participle-shaped label may be tagged: "Benutzerdefiniert", "Erledigt".
_PARTICIPLE_TAGS = frozenset({"VV(PP)", "VV(FIN)", "VV(IMP)", "ADJ(D)"})
# Auxiliaries a clause's participle completes: "wird … beschrieben", "hat … erledigt".
_AUXILIARIES = FINITE_AUXILIARIES | word_set("haben sein werden worden")
_NOMINAL_CONTEXT = DEFINITE | INDEFINITE | CONTRACTIONS | QUANTIFIERS | {"alles", "als"}
# Small adjectives that may stand between a capitalised one and its noun.
_MAX_ADJECTIVES_BETWEEN = 2
_PAIRS = frozenset(["und", "oder"])
# Degree adverbs modify adjectives only: after them no noun can stand ("sehr Große Rolle").
_INTENSIFIERS = word_set("sehr ziemlich äußerst total extrem relativ überaus höchst")
# Words that grade a comparative: "viel schwieriger", "immer kleiner", "je älter".
_COMPARATIVE_GRADERS = word_set("viel immer noch weit wesentlich deutlich je desto umso")
# Subjects in the singular only, which no verb in -en agrees with.
_SINGULAR_SUBJECTS = frozenset({"ich", "er", "man"})
# Particles inside a clause, with a lower-case word before them: no sentence ends here.
_MID_CLAUSE = word_set("zwar sogar es noch auch nur doch ja")
_BEFORE_ADVERB_MAL = word_set("ADV ADJ(D) VV(FIN) VA(FIN) VM(FIN) PPER")
_COUNTING = word_set("CARD ART PIAT PIS PDAT PPOSAT")
_ADJECTIVE_TAGS = word_set("ADJ(A) ADJ(D) VV(PP)")


def _degree_before_adjective(tokens: Sequence[Word], index: int) -> bool:
    """ "sehr Große Rolle": a degree adverb before the word, which is then an adjective.

    After "etwas", "nichts", "viel" the adjective is nominal, degree adverb or
    not: "etwas überaus Wichtiges".
    """
    if tokens[index - 1].text not in _INTENSIFIERS:
        return False
    return not _after_quantifier(tokens, index - 1)


def _graded_comparative(tokens: Sequence[Word], index: int) -> bool:
    """ "viel Schwieriger", "je Älter": an uninflected comparative after the word grading it.

    A comparative that is also a noun ("immer Kleiner", "noch Jünger") is left alone.
    """
    word = tokens[index].text
    lower = word.lower()
    return (
        tokens[index - 1].text in _COMPARATIVE_GRADERS
        and lower.endswith("er")
        and "ADJ(D)" in tags(lower)
        and not is_noun(word)
    )


# What may stand between "etwas" and its nominal adjective: "etwas wirklich überaus
# Wichtiges", "etwas Neues und überaus Wichtiges".
_BETWEEN_QUANTIFIER = word_set("ADV ADJ(D) ADJ(A) KON")


def _after_quantifier(tokens: Sequence[Word], index: int) -> bool:
    """Whether a quantifier governs the word at ``index`` across modifiers and "und"."""
    for back in range(index - 1, max(index - 6, -1), -1):
        text = tokens[back].text
        if text.lower() in QUANTIFIERS:
            return True
        if not (is_word(tokens[back]) and tags(text) & _BETWEEN_QUANTIFIER):
            return False
    return False


# After these a title follows, capitalised as its author wrote it.
_REFERRING = frozenset({"siehe", "vgl", "s."})
# Fractions are nouns: "ein paar Sechzehntel", "zwei Zwanzigstel".
_FRACTION_ENDINGS = ("tel", "teln", "stel", "steln")
# Heads that make a compound a control too: "Markier|feld", "Start|symbol"; not "Fenster"
# or "Filter", which name things of the world as well ("Wohnzimmerfenster").
_CONTROL_HEADS = word_set(
    """Feld Felds Felder Feldern Schaltfläche Schaltflächen Symbol Symbols Symbole Knopf
    Knopfs Knöpfe Button Buttons Menü Menüs Dialog Dialogs Kästchen"""
)
# After these a control's label follows, spelt as the program spells it: "die Funktion
# Rückgängig", "im Dialog des Befehls Neu", "die Schaltfläche Sichtbare Ebenen vereinen".
_LABELLED = _CONTROL_HEADS | word_set(
    """Funktion Befehl Befehls Kommando Kommandos Menüpunkt Menüpunkts Menüeintrag
    Menüeintrags Schalter Reiter Option Werkzeug Werkzeugs Filter Filters Überschrift Rubrik
    Registerkarte Eintrag Eintrags Eigenschaft Einstellung Modus Ansicht Fenster
    Dialogfenster Werkzeugen Befehlen Funktionen Optionen Einstellungen Eigenschaften
    Varianten Kontrollkästchen Register Registers Parameter Parameters"""
)
_SECTIONS = frozenset({"Kapitel", "Abschnitt", "Anhang", "Teil"})
# After these a section's title may follow directly: "im Abschnitt Verwandte Arbeiten".
_TITLED = word_set(
    """Kapitel Kapitels Abschnitt Abschnitts Unterabschnitt Unterabschnitts Anhang Anhangs
    Seitenleiste Seitenleisten"""
)


# Verbs of working a program's controls, whose object is a control's label.
_CONTROL_VERBS = word_set("wählen aktivieren deaktivieren markieren drücken klicken öffnen")


def _after_request(tokens: Sequence[Word], index: int) -> bool:
    """ "Wählen Sie Einfach aus", "Hierzu aktivieren Sie Automatisch anpassen": after "Sie"
    and a verb of working a program's controls stands the control's label, spelt as the
    program spells it."""
    at = index - 1
    while at > 0 and tokens[at].text.lower() in _BETWEEN_REQUEST_AND_LABEL:
        at -= 1  # "Aktivieren Sie dazu Dynamische Tastenkombinationen benutzen"
    return at >= 1 and tokens[at].text == "Sie" and tokens[at - 1].text.lower() in _CONTROL_VERBS


# Adverbs that may stand between "Sie" and the label it works: "dazu", "dann", "hier".
_BETWEEN_REQUEST_AND_LABEL = word_set("dazu dann hier nun einfach zuerst anschließend bitte")
# Shorter words in capitals are abbreviations: "DNS Einträge".
_MIN_LABEL = 4


def _after_label_in_capitals(previous: str) -> bool:
    """ "TIPP", "VORSICHT": a German word in capitals labels a box or a note, and the title
    after it is capitalised as titles are. Abbreviations ("GIMP", "DNS") are no words."""
    if len(previous) < _MIN_LABEL or not previous.isupper() or not previous.isalpha():
        return False
    return listed(previous.lower()) or listed(previous.capitalize())


def _shade(lower: str) -> bool:
    """ "dunkelrot", "olivgrün": a colour compound, whose capitalised form names the colour
    as "Rot" does, though the lexicon lists only the plain colours."""
    return any(lower.endswith(colour) and len(lower) > len(colour) + 2 for colour in COLOURS)


def _fraction(lower: str) -> bool:
    for ending in _FRACTION_ENDINGS:
        stem = lower.removesuffix(ending)
        if stem != lower and "CARD" in tags(stem):
            return True
    return False


def _after_section_number(tokens: Sequence[Word], index: int) -> bool:
    """ "in Kapitel 4, Benötigte Dateien", "im Abschnitt Verwandte Arbeiten": a section,
    perhaps its number, then its title."""
    if tokens[index - 1].text in _TITLED:
        return True
    return (
        index >= 3
        and tokens[index - 1].text == ","
        and tokens[index - 2].text.replace(".", "").isdigit()
        and tokens[index - 3].text in _SECTIONS
    )


_NEUTER_DETERMINERS = word_set("das des dem ein eines einem beim zum vom")


def _nominalizes_reflexive(determiner: str, word: str) -> bool:
    """ "das sich Ausprobieren": a neuter determiner, "sich" and an infinitive make one noun."""
    return determiner.lower() in _NEUTER_DETERMINERS and word.endswith(("en", "ern", "eln"))


# How far before "und" a truncated first part may stand: "Gedanken- (-) und".
_TRUNCATION_REACH = 6
# A present participle with an ending: "Teilnehm-end-en", "Lehr-end-e".
_PERSON_PARTICIPLE = re.compile(r"(\w{3,})end(?:e|en|er)")


def _completes_truncation(tokens: Sequence[Word], index: int) -> bool:
    """ "Gedanken- (-) und Unterstrich": after "und", the word a truncated noun before shares."""
    if tokens[index - 1].text not in ("und", "oder", "sowie", "bzw"):
        return False
    return any(
        tokens[at].text == "-"
        and tokens[at - 1].text[:1].isupper()
        and tokens[at].start == tokens[at - 1].end
        for at in range(max(index - _TRUNCATION_REACH, 1), index - 1)
    )


def _person_participle(tokens: Sequence[Word], index: int) -> bool:
    """ "erhielten die Teilnehmenden Geld": a participle naming whoever does it, as gender-fair
    writing uses it, as the subject or object after its verb.

    The lexicon must list the agent noun ("Teilnehmer"). After a preposition or
    at a sentence start the article has one noun only, so there the participle
    is that noun's adjective ("zu den arbeitenden Erwachsenen").
    """
    participle = _PERSON_PARTICIPLE.fullmatch(tokens[index].text)
    if participle is None or not nouns.is_listed(participle.group(1) + "er") or index < 2:
        return False
    return tokens[index - 1].text in ARTICLES and grammar.can_be_finite_verb(tokens[index - 2].text)


# Pronouns a nominalized adjective or participle follows: "alles Erlebte", "nichts Neues".
_BEFORE_NEUTER_NOMINAL = frozenset({"alles", "etwas", "nichts", "viel", "wenig", "allerlei"})


def _control(word: str) -> bool:
    """ "Schaltfläche", "Markierfeld", "Startsymbol": a control of a program, or a compound
    whose head is one, which the label after it names."""
    if word in _LABELLED:
        return True
    heads = (word[cut:].capitalize() for cut in range(1, len(word) - 3))
    return word[:1].isupper() and any(head in _CONTROL_HEADS for head in heads)


def _class_noun(word: str) -> bool:
    """ "Methode", "Dateiformat": a noun naming a kind, not an adjective in -er ("Selektiver");
    "Spalte" is one though "spalte" is a verb's form too."""
    return names_a_thing(word) and (is_class_noun(word) or not listed(word.lower()))


def _names_attribute(tokens: Sequence[Word], index: int) -> bool:
    """Whether a capitalised word after a class noun opens a name ("die Eigenschaft
    Interaktiv", "der Modus Indizierte Farben") rather than being the clause's verb written
    large ("das Verfahren Beschrieben") or opening a genitive ("eine Gruppe Junger Menschen").
    A verb form counts only before a noun."""
    lower = tokens[index].text.lower()
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if lower.endswith("er") and "pl.gen" in nouns.compound_analyses(following):
        return False  # "eine Gruppe Junger Menschen": a genitive attribute, not a name
    found = grammar.word_tags(lower)
    if not any(tag.startswith("V") for tag in found):
        return True
    if following[:1].isupper() and is_word(tokens[index + 1]):
        return True
    # "(bei gewähltem Typ Benutzerdefiniert)": a participle ending its phrase, which no
    # auxiliary of its clause waits for, is no verb of the clause; "wird das Verfahren
    # Beschrieben" has one, and "Das Modell Berücksichtigt keine …" goes on as a verb
    ends = index + 1 >= len(tokens) or not is_word(tokens[index + 1])
    return (
        ends
        and "VV(PP)" in found
        and found <= _PARTICIPLE_TAGS
        and not any(
            token.text.lower() in _AUXILIARIES
            for token in tokens[clause_start(tokens, index) : index]
        )
    )


def should_be_lower(tokens: Sequence[Word], index: int, phrases: Counter[str]) -> str | None:
    """A capitalised word mid-sentence that is no noun, and why it should be small."""
    if index == 0 or not (is_word(tokens[index - 1]) or tokens[index - 1].text == ","):
        return None  # a sentence, quotation, bracket or list item starts here
    word = tokens[index].text
    lower = word.lower()
    previous = tokens[index - 1].text.lower()
    referring = previous in _REFERRING or (
        previous == "auch" and index >= 2 and tokens[index - 2].text.lower() in _REFERRING
    )
    if referring or _after_section_number(tokens, index):
        return None  # "siehe Gemeinschaftliche Verwaltung": the title of a section or work
    if _control(tokens[index - 1].text):
        return None  # "die Funktion Rückgängig", "das Markierfeld Erledigt": a control's label
    if _after_label_in_capitals(tokens[index - 1].text):
        return None  # "siehe TIPP Inkrementelle Aktualisierungen": a box's label, its title
    if _after_request(tokens, index):
        return None  # "Wählen Sie Sichtbare Ebenen vereinen": a control's label, as named
    if _capitalised_list(tokens, index) or _list_of_titles(tokens):
        return None  # "Fett, Kursiv, Unterstrichen": labels a sentence lists as they are named
    if _noun_among_nouns(tokens, index):
        return None  # "aus Frontend, Backend, Datenbank": an item of a list of nouns
    if _named_in_colon_list(tokens, index):
        return None  # "Typen: Schaltfläche, Geschützte Linie, …": a name among names
    if _class_noun(tokens[index - 1].text) and _names_attribute(tokens, index):
        return None  # "die Methode Qualitative Inhaltsanalyse": a name after its class
    if _listed_after_class_noun(tokens, index):
        return None  # "die Formatierungen Fett, Kursiv und Unterstrichen": names, listed
    if is_first_name(tokens[index - 1].text) or in_list_of_persons(tokens, index):
        return None  # "Marc Hohl", "Dennis Morse": a first name, then the surname
    if _fraction(lower):
        return None  # "ein paar Sechzehntel": a fraction is a noun
    if previous in _BEFORE_NEUTER_NOMINAL and lower.endswith(("e", "es")):
        return None  # "alles Erlebte", "etwas Neues": an adjective or participle as a noun
    if place_adjective(word) or place_adjective(tokens[index - 1].text):
        # "dem Wiener Publikum", "die Frankfurter Allgemeine Zeitung": an adjective from a
        # place keeps its capital, and what follows it is part of the same name
        return None
    if previous == "sich" and index >= 2 and _nominalizes_reflexive(tokens[index - 2].text, word):
        return None  # "durch das sich Ausprobieren": a reflexive verb nominalized whole
    reason = should_be_small(tokens, index)
    following_text = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    # "zu Schaden kommen", "kam dabei zu Schaden": a noun in a phrase with "kommen"
    near = [following_text] + [token.text.lower() for token in tokens[max(index - 5, 0) : index]]
    comes = any(text.startswith(("komm", "gekomm", "kam")) for text in near)
    if reason is None and previous == "zu" and not comes and verbal_after_zu(tokens, index):
        reason = "Infinitiv mit »zu« ist ein Verb, klein."
    if reason is not None:
        return f"»{word}« → »{lower}«: {reason}"
    if lower in PRONOUNS:
        if previous in _NOMINAL_CONTEXT or previous in ARTICLES or inflected_adjective(previous):
            return None  # "das eigene Ich", "dieser Jemand"
        if clause_starts(tokens, index) or not _pronoun_slot(tokens, index):
            return None
        return f"»{word}« → »{lower}«: Pronomen werden im Satz kleingeschrieben."
    if lower in ARTICLES:
        return None
    if lower == "sich" and not truncated_or_repeated(tokens, index):
        return f"»{word}« → »{lower}«: Das Reflexivpronomen schreibt man klein."
    if not listed(lower):
        # "sehr Jugendfeindlich": a compound adjective Hunspell lacks, unknown capitalised too
        after_degree = _degree_before_adjective(tokens, index) and "ADJ(D)" in tags(word)
        unknown = not listed(word) and not is_noun(word) and not nouns.is_name(word)
        if after_degree and unknown and word[1] != lower[0]:  # "Ssensiblen": a slip
            return f"»{word}« → »{lower}«: Nach »{previous}« steht ein Adjektiv, klein."
        return None
    if predicative(tokens, index):
        return f"»{word}« → »{lower}«: Adjektive nach dem Subjekt vor »sein«, »werden« schreibt man klein."
    if verb_second(tokens, index):
        return f"»{word}« → »{lower}«: Das Verb nach dem ersten Satzglied schreibt man klein."
    # A term the writer keeps ("der Alten Musik") may keep its capital; people never are one.
    following_word = tokens[index + 1].text if index + 1 < len(tokens) else ""
    term = _written_as_term(phrases, word, following_word)
    twin = twin_before_noun(tokens, index) and not term
    if is_noun(word) and (before_its_person_noun(tokens, index) or twin):
        return (
            f"»{word}« → »{lower}«: Adjektiv vor einem Nomen, das mit ihm übereinstimmt, "
            "daher klein."
        )
    if nouns.is_name(word):
        return None  # "Liebe", "Klein": a surname too, judged only beside its noun above
    if _degree_before_adjective(tokens, index) and tags(word) & _ADJECTIVE_TAGS:
        return f"»{word}« → »{lower}«: Nach »{previous}« steht ein Adjektiv, klein."
    if _graded_comparative(tokens, index):
        return f"»{word}« → »{lower}«: Nach »{previous}« steht ein Komparativ, klein."
    if previous in _PAIRS and index >= 2 and tokens[index - 2].text[:1].isupper():
        joined = tags(word) & _ADJECTIVE_TAGS and not is_noun(word)
        if joined and should_be_lower(tokens, index - 2, phrases) is not None:
            return f"»{word}« → »{lower}«: wie das Adjektiv vor »{previous}«, klein."
    if _coordinated_before_noun(tokens, index):
        return f"»{word}« → »{lower}«: Adjektive vor einem Nomen werden kleingeschrieben."
    if word == "Mal" and _adverb_mal(tokens[index - 1].text):
        return "»Mal« → »mal«: Ohne Begleiter ist »mal« ein Adverb (auch mal, schnell mal), klein."
    if is_noun(word) and (modal_infinitive(tokens, index) or before_gehen(tokens, index)):
        return f"»{word}« → »{lower}«: Infinitiv vor »{tokens[index + 1].text}«, klein."
    if modal_clause_infinitive(tokens, index):
        return f"»{word}« → »{lower}«: Infinitiv nach einem Modalverb, klein."
    if clause_final_participle(tokens, index):
        return f"»{word}« → »{lower}«: Das Partizip schließt hier die Verbform, klein."
    if is_noun(word) or _person_participle(tokens, index):
        return None  # "dass Jugendliche Freiheit brauchen", "erhielten die Teilnehmenden Geld"
    if lower.endswith("weise") and "ADV" in tags(word):
        return f"»{word}« → »{lower}«: Adverbien schreibt man klein."
    if (previous, lower) in ADVERBIAL_PHRASES:
        return None  # "seit Langem Gegenstand der Forschung": the phrase, not the noun's attribute
    noun_at = _noun_after(tokens, index)
    if noun_at is not None:
        if _attributive(tokens, index, phrases, noun_at):
            return (
                f"»{word}« → »{lower}«: Adjektive vor einem Nomen werden kleingeschrieben "
                "(außer in Namen; bitte prüfen)."
            )
        return None
    if previous in CONTRACTIONS:
        return None  # "beim Überfahren", "am Prompt": after "beim", "am", "zum" a noun
    found = tags(word)
    plain = not inflected_adjective(lower) and not bare_infinitive(lower, found)
    # "um Erwachsen zu werden": after "um" an uninflected word is no noun; "auf Deutsch" is one.
    governed = previous in PREPOSITIONS_PLAIN and not (plain and previous == "um")
    if governed or pronoun_like(previous) or "CARD" in tags(previous):
        return None  # "seit Langem", "auf Deutsch", "die meisten Befragten", "zwei Unterstrichen"
    if previous in _NOMINAL_CONTEXT and not plain:
        return None  # "das Lernen", "im Allgemeinen"; "etwas Falsch" has no nominal form
    if _paired(tokens, index) or clause_starts(tokens, index):
        return None  # "Jung und Alt"
    if lower.endswith("deutsch") or lower in LANGUAGES:
        return None  # "auf Russisch", "war dies Deutsch": a language is a noun
    if _shade(lower):
        return None  # "Er mag Dunkelrot", "Grau, Olivgrün, Pink": a colour's name is a noun
    if lower.endswith("isch") and _listed_or_labelled(tokens, index):
        return None  # "Färöisch, Galizisch", "Eigenschaft Automatisch schrumpfen": a list, a label
    plain_tags = _PLAIN_TAGS | _ADVERB_TAGS if previous == "," else _PLAIN_TAGS
    if not found & plain_tags or found & _NOMINAL_HINTS or inflected_adjective(lower):
        return None  # "Befragte", "Neues lernen" may be nominal; pronouns are judged above
    if (
        ((index == 1 or tokens[index - 1].text.islower()) and inflected_adjective(previous))
        or previous in ARTICLES
        or truncated_or_repeated(tokens, index)
    ):
        return None  # "das nächtliche Herumtreiben", "dieses Schwanken", "Ungebunden- und"
    if (
        found & grammar.FINITE_TAGS
        and index + 1 < len(tokens)
        and tokens[index + 1].text in PERSONAL_PRONOUNS
    ):
        return None  # "Stimmt es …": a question starts, its full stop is missing
    if bare_infinitive(lower, found) and not infinitive_is_verbal(tokens, index):
        return None  # "dass Kommunizieren hilft": a nominalized infinitive without article
    if _loan_like_participle(lower):
        return None  # "als Backend": an English noun, not the participle of "backen"
    if english_term(word) and not _grades_attribute(tokens, index):
        return None  # "drücken Sie Enter", "das Profil Minimal": a key, a setting, a name
    if _completes_truncation(tokens, index):
        return None  # "der Gedanken- (-) und Unterstrich": the noun the first part shares
    if _subject_after_verb(tokens, index):
        return None  # "Zum anderen unterstützt Bind den Standard": a program's name
    if _noun_compound(word):
        return None  # "Zeichen wie Unterstrich (_)": a noun, whatever verb its letters spell
    return f"»{word}« → »{lower}«: Adjektive, Adverbien und Verben schreibt man klein."


def _loan_like_participle(lower: str) -> bool:
    """ "Backend", "Frontend": a noun English writes often, spelt like a German present
    participle, which nobody capitalises mid-sentence without its ending ("Spannend")."""
    return lower.endswith("end") and speller("en").frequency(lower) >= _ENGLISH_IN_USE_ZIPF


def _noun_compound(word: str) -> bool:
    """ "Unterstrich", "Leerräume": a compound whose head the lexicon lists as a noun that is
    no adjective or infinitive, though the lexicon lacks the whole ("unterstrich" is a verb
    too); "Erfolg|reich" ends in an adjective."""
    head = nouns.head(word)
    if head is None or head == word:
        return False
    found = tags(head)
    plain_noun = "NN" in found and not found & _ADJECTIVE_TAGS
    return plain_noun and not grammar.can_be_infinitive(head.lower())


def _subject_after_verb(tokens: Sequence[Word], index: int) -> bool:
    """A capitalised word between a finite verb and an article: in a main clause the slot
    after the verb is the subject's, so the word is a name there, no second verb."""
    previous = tokens[index - 1].text
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    finite = previous.islower() and bool(tags(previous) & grammar.FINITE_TAGS)
    return (
        finite
        and following in ARTICLES
        and not bare_infinitive(tokens[index].text.lower(), tags(tokens[index].text))
    )


def _grades_attribute(tokens: Sequence[Word], index: int) -> bool:
    """ "Emotional aufgeladene Inhalte": an adverb before an adjective and its noun, which
    no key or setting named in English stands in."""
    if index + 2 >= len(tokens):
        return False
    adjective, noun = tokens[index + 1].text, tokens[index + 2].text
    return adjective.islower() and inflected_adjective(adjective) and noun[:1].isupper()


def _capitalised_list(tokens: Sequence[Word], index: int) -> bool:
    """Whether the sentence opens with a list of single capitalised words up to this one.

    The first word's capital says nothing, the sentence starts there; the writer who
    capitalises the others too is naming things, such as the options of a menu.
    """
    return index % 2 == 0 and all(
        tokens[at].text == "," if at % 2 else tokens[at].text[:1].isupper() and is_word(tokens[at])
        for at in range(index)
    )


def _listed_after_class_noun(tokens: Sequence[Word], index: int) -> bool:
    """Whether the word ends a list of single capitalised words that a class noun opens:
    "die Formatierungen Fett, Kursiv und Unterstrichen" names each one as it is called."""
    at = index
    while at >= 2 and (tokens[at - 1].text == "," or tokens[at - 1].text in _LIST_JOINERS):
        item = tokens[at - 2]
        if not (item.text[:1].isupper() and is_word(item)):
            return False
        at -= 2
    return at < index and at >= 1 and _class_noun(tokens[at - 1].text)


def _noun_among_nouns(tokens: Sequence[Word], index: int) -> bool:
    """Whether the word is one item of a list whose item before it is a noun: "Frontend,
    Backend, Datenbank" lists like with like, though "backend" is also a participle."""
    if index < 2 or not (tokens[index - 1].text == "," or tokens[index - 1].text in _LIST_JOINERS):
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else "."
    if following not in CLAUSE_END_MARKS and following not in _LIST_JOINERS:
        return False
    item = tokens[index - 2]
    return item.text[:1].isupper() and is_noun(item.text) and not _adjective_reading(item.text)


def _named_in_colon_list(tokens: Sequence[Word], index: int) -> bool:
    """Whether the word opens an item of two capitalised words in a list a colon opens,
    with no article, preposition or pronoun written small among the items before it:
    "Steuerelemente: Schaltfläche, Markierfeld, Geschützte Linie" names each thing as the
    program calls it; a capitalised "Aus" is a label too."""
    after = index + 2
    if tokens[index - 1].text != "," or after > len(tokens):
        return False
    noun = tokens[index + 1]
    following = tokens[after].text if after < len(tokens) else "."
    if not (noun.text[:1].isupper() and is_noun(noun.text)):
        return False
    if following != "," and following not in CLAUSE_END_MARKS and following not in _LIST_JOINERS:
        return False
    for at in range(index - 2, -1, -1):
        text = tokens[at].text
        if text == ":":
            return True
        if text in (",", "-") or text in _LIST_JOINERS:
            continue
        prose = text in ARTICLES or text in PERSONAL_PRONOUNS or text in PREPOSITIONS
        if not is_word(tokens[at]) or prose:
            return False  # "Aktionen mit geringer Verzögerung": a phrase of prose, no name
    return False


def _adjective_reading(word: str) -> bool:
    """ "Wichtig", "Schnell": a capitalised word whose small form is an adjective or adverb."""
    return listed(word.lower()) and bool(tags(word.lower()) & _ADJECTIVE_TAGS)


def _list_of_titles(tokens: Sequence[Word]) -> bool:
    """ "Siehe: Einfache Listen, Verteilte Dokumente": short items between commas; a line that
    lists titles, as a manual's "see also" does, whose adjectives keep capitals.

    After a label and its colon ("Notationsreferenz: Liste der Artikulationszeichen,
    Erweiterte und modifizierte Akkorde.") the line may end in a full stop, and the
    titles hold the small words titles have: articles, prepositions, "und", adjectives.
    """
    if not any(token.text == "," for token in tokens):
        return False
    colon = next((at for at, t in enumerate(tokens[1:_LABEL_REACH], 1) if t.text == ":"), 0)
    stop = tokens[-1].text in (".", "!", "?")
    if stop and not colon:
        return False
    titles = tokens[colon + 1 : len(tokens) - stop]
    for token in titles:
        if not (token.text[:1].islower() and token.text.isalpha()):
            continue
        small = token.text in _TITLE_SMALL_WORDS or inflected_adjective(token.text)
        if not colon or not small:
            return False  # "nur Herunterladen, aber nicht installieren": prose has small words
    items = " ".join(token.text for token in titles).split(",")
    return all(len(item.split()) <= _MAX_TITLE_WORDS + bool(colon) for item in items)


def _listed_or_labelled(tokens: Sequence[Word], index: int) -> bool:
    """Whether the word stands in a list ("Linear, Logarithmisch und …") or ends its clause
    ("unterstützen Klingonisch."), where it may name a language or an option, or stands
    before a capital or an infinitive, as in a control's label."""
    previous = tokens[index - 1].text
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if previous == "," or previous in _LIST_JOINERS or following in (",", *_LIST_JOINERS):
        return True
    return not following[:1].islower() or bare_infinitive(following, tags(following))


def _written_as_term(phrases: Counter[str], adjective: str, noun: str) -> bool:
    """Written alike twice or more, and no adjective of a person's name ("Gaußsche"), which
    the reform writes small however often it is capitalised (§ 62)."""
    stem = adjective_stem(adjective)
    of_a_name = stem.endswith("sch") and not stem.endswith("isch")
    return phrases[term_key(adjective, noun)] >= 2 and not of_a_name


def term_key(adjective: str, noun: str) -> str:
    """One key for a term in all its cases: "Alte Musik", "der Alten Musik"."""
    return f"{adjective_stem(adjective)} {noun}"


def _coordinated_before_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "viele Schöne und spannende Dinge": coordinated with a small adjective before a noun."""
    if index + 3 >= len(tokens) or tokens[index + 1].text not in ("und", "oder", ","):
        return False
    other, noun = tokens[index + 2].text, tokens[index + 3].text
    if is_noun(tokens[index].text) and not tokens[index - 1].text.islower():
        return False  # "Kind, Jugendlicher und junger Erwachsener": a list of nouns
    before = tokens[index - 1].text
    if inflected_adjective(before) and not pronoun_like(before) and before not in ARTICLES:
        return False  # "die arabische Laute, folgender Autoren": the word has its adjective
    if other in ARTICLES or pronoun_like(other):
        return False  # "eine saubere Weise, eine Eigenschaft zu bestimmen": a new phrase
    return (
        other.islower()
        and noun[:1].isupper()
        and inflected_adjective(other)
        and inflected_adjective(tokens[index].text.lower())
        and bool(nouns.analyses(noun))
    )


def _adverb_mal(previous: str) -> bool:
    """ "auch Mal", "schnell Mal": after an adverb or verb, no determiner makes "Mal" the noun.

    The noun has one before it: "das erste Mal", "jedes Mal", "zwei Mal", "ein paar Mal".
    """
    found = tags(previous)
    return (
        previous.islower()
        and previous != "mal"  # "mal Mal": the writer corrected it
        and not ordinal(previous)  # "das erst Mal": an ordinal missing its ending
        and bool(found & _BEFORE_ADVERB_MAL)
        and not found & _COUNTING
        and previous not in ARTICLES
        and not inflected_adjective(previous)
    )


def _pronoun_slot(tokens: Sequence[Word], index: int) -> bool:
    """Whether a pronoun belongs here mid-clause: after a comma, a verb, or a clause opener.

    "… falsch Ich persönlich finde …" has no such word before it: a sentence
    starts there without its full stop.
    """
    previous = tokens[index - 1].text
    lower = previous.lower()
    if previous == "," or lower in SUBORDINATORS or lower in RELATIVE_PRONOUNS:
        return True
    if lower in PREPOSITIONS_PLAIN and tokens[index].text.lower() not in PERSONAL_PRONOUNS:
        return True  # "für Manche", "von Jedem"
    indefinite = index >= 2 and tokens[index].text.lower() not in PERSONAL_PRONOUNS
    if indefinite and previous in _MID_CLAUSE and tokens[index - 2].text.islower():
        return True  # "gibt es zwar Manche, die", "Es mag Einige geben"
    if lower.endswith("en") and tokens[index].text.lower() in _SINGULAR_SUBJECTS:
        return False  # "… hinzufügen Ich persönlich": no plural verb takes "ich" as subject
    return previous.islower() and grammar.can_be_finite_verb(lower)


def _noun_after(tokens: Sequence[Word], index: int) -> int | None:
    """Where the noun after ``tokens[index]`` stands, past small adjectives with its ending
    ("Randomisierte kontrollierte"; "die Befragten eigene Ziele" are two phrases)."""
    ending = adjective_ending(tokens[index].text.lower())
    for at in range(index + 1, min(index + 2 + _MAX_ADJECTIVES_BETWEEN, len(tokens))):
        text = tokens[at].text
        if not is_word(tokens[at]):
            return None
        if text[:1].isupper():
            return at
        if text in ARTICLES or not inflected_adjective(text) or adjective_ending(text) != ending:
            return None
    return None


def _article_before(tokens: Sequence[Word], index: int) -> int | None:
    """Where the article of the adjective at ``index`` stands: right before it, or before
    the word grading it ("eine deutlich Höhere Belastung")."""
    if index < 1:
        return None
    previous = tokens[index - 1].text
    if previous in _INTENSIFIERS or previous in _COMPARATIVE_GRADERS:
        return index - 2 if index > 1 else None
    return index - 1


def _attributive(tokens: Sequence[Word], index: int, phrases: Counter[str], noun_at: int) -> bool:
    """An adjective before its noun, not the first word of a name or term."""
    word, noun = tokens[index].text, tokens[noun_at].text
    if ordinal(word) or pronoun_like(word) or not inflected_adjective(word.lower()):
        return False  # "Erster Weltkrieg"
    if VAGUE_NUMBER.fullmatch(word.lower()):
        return False  # "Tausende Menschen" or "tausende Menschen"
    if in_a_name(word, noun) or is_term(word, noun):
        return False  # "die Österreichische Nationalbibliothek", "die Vereinten Nationen"
    if _written_as_term(phrases, word, noun) or not (is_noun(noun) or listed(noun)):
        return False  # a term the author uses, or a foreign or proper name
    if verb_second(tokens, noun_at):
        return False  # "Viele Befragte Denken …": a noun, then its clause's verb written big
    after = tokens[noun_at + 1] if noun_at + 1 < len(tokens) else None
    if after is not None and is_word(after) and after.text[:1].isupper():
        name_after = not is_noun(after.text) or nouns.only_name(after.text)
        if listed(after.text.lower()) or not name_after:
            # "Neue Zürcher Zeitung", "Mathematische Symbole Mathematischer Satz"; but a
            # name after the noun is its apposition: "die Niederländischen Städte Zwolle"
            return False
    article = _article_before(tokens, index)
    fits = ARTICLE_FITS.get(tokens[article].text.lower()) if article is not None else None
    if fits is not None and article:
        # "aus der Ferne Zugriff": after "aus" the article is dative, which "Zugriff" is not
        fits = in_governed_case(fits, tokens[article - 1].text)
    readings = nouns.compound_analyses(noun)
    if fits is not None and readings and fits.isdisjoint(readings):
        return False  # "im Allgemeinen Kursivschrift": the article has no noun after it
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    if noun_at > index + 1 and (fits is None or not readings or previous in CONTRACTIONS):
        # "Die meisten Teilnehmenden studierten …": no article vouches for the noun;
        # "im Folgenden beschriebenen Programme": a fixed phrase, then the attribute
        return False
    if _named_by_acronym(tokens, index, noun_at):
        return False  # "der Deutschnationalen Volkspartei (DNVP)": a name and its abbreviation
    if english_term(noun) and english_term(word):
        return False  # "MD (Multiple Device)": an English name
    return not nouns.only_name(noun)


def _named_by_acronym(tokens: Sequence[Word], index: int, noun_at: int) -> bool:
    """An abbreviation in brackets after the noun, starting with the adjective's letter."""
    bracket = [token.text for token in tokens[noun_at + 1 : noun_at + 3]]
    if len(bracket) < 2 or bracket[0] != "(" or not bracket[1].isupper():
        return False
    return bracket[1][0] == tokens[index].text[0]


def _paired(tokens: Sequence[Word], index: int) -> bool:
    """ "Jung und Alt", "Arm oder Reich": fixed pairs of nominalized adjectives."""
    before = tokens[index - 2 : index]
    after = tokens[index + 1 : index + 3]
    for pair in (before, after):
        if len(pair) == 2 and pair[0 if pair is after else 1].text in _PAIRS:
            other = pair[1 if pair is after else 0]
            if other.text[:1].isupper():
                return True
    return False
