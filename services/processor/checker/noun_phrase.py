"""Where a noun phrase ends: the test every nominalization rule shares.

A lower-case adjective or infinitive is nominal only if nothing after it can
be the noun its determiner claims: no capitalised noun, no further adjective
or number, no noun written small, and no adjectives joined by "und" that lead
on to a shared noun ("im ersten und zweiten Kapitel"). Conversely, a
capitalised adjective whose noun twin agrees with the noun after it is that
noun's attribute ("ein Junger Mensch").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from services.processor.checker import grammar, nouns
from services.processor.checker.case_terms import is_term
from services.processor.checker.case_words import (
    COORDINATORS,
    DEFINITE,
    inflected_adjective,
    listed,
    may_continue_phrase,
    ordinal,
    tags,
)
from services.processor.checker.clauses import is_boundary
from services.processor.checker.compound_articles import (
    ARTICLE_FITS,
    GOVERNED_CASES,
    OBLIQUE,
    in_governed_case,
    strong_adjective_fits,
)
from services.processor.checker.dictionary import lower_case_name
from services.processor.checker.lexicon import (
    ARTICLES,
    GENITIVE_ARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    word_set,
)
from services.processor.checker.tokens import QUOTES, Word, is_code, is_word

_PHRASE_GOES_ON = frozenset(["-", "„", "»", "“", "‚", "'", '"', "(", "[", "bis", "mal"])
# Words that modify the adjective after them: adverbs and adverbial adjectives ("lokal erstellte").
MODIFIER_TAGS = frozenset(["ADV", "ADJ(D)"])
# ... and, once an article has opened the next phrase, "darauf" too ("die darauf folgenden").
_MODIFIERS_AFTER_ARTICLE = MODIFIER_TAGS | {"PROAV"}
# Between an ordinal or superlative and its noun: "die ersten beiden Fälle", "die letzten paar".
_QUANTIFIERS_AFTER = frozenset(["beiden", "beide", "paar"])
_SUCH = frozenset(["solche", "solchen", "solcher", "solches"])
# Prepositions the tagger also reads as adverbs; "zu" may grade an adjective ("zu große").
_OPENING_PREPOSITIONS = PREPOSITIONS - {"zu"}
# The longest insertion in brackets between an adjective and its noun, in tokens.
_MAX_BRACKETED = 6
# How far a participle attribute after a comma may reach: "vom Release-Team gesteuerten".
_ATTRIBUTE_REACH = 6
# What leads from one phrase of an extended attribute to the next: "im Absatz", "des Hauses".
_PHRASE_LINKS = PREPOSITIONS | GENITIVE_ARTICLES
# Signs inside a measure ("37,5 °C", "5 %"), which cost an attribute no reach.
_MEASURE_SIGNS = frozenset({"°", "%", "‰", "±"})
# Conjunctions that join two adjectives of one noun by contrast.
_CONTRASTING = frozenset({"aber", "doch", "jedoch"})
# Prepositions that set one adjective against another of the same noun.
_INSTEAD = frozenset({"statt", "anstatt"})
_NEW_PHRASE = ARTICLES | {"um", "zu", "wenn", "weil", "dass", "ob"}
# Genitive plural determiners of the set a partitive picks from.
_PARTITIVE_DETERMINERS = frozenset(
    {"der", "dieser", "jener", "seiner", "ihrer", "unserer", "eurer", "meiner", "deiner", "aller"}
)
# "unter ihnen", "von diesen": a pronoun for the set one is picked from.
_SET_PREPOSITIONS = frozenset({"unter", "von"})
_SET_PRONOUNS = frozenset({"ihnen", "denen", "diesen", "beiden"})


@dataclass(frozen=True, slots=True)
class Nominal:
    """The word that makes a small word nominal, and what kind of word it nominalizes."""

    trigger: str
    kind: str


# Adjectives of countries and peoples open names: "die Deutsche Bahn", "die Europäische Union".
# "deutsch" is the one such adjective without "-isch"; "falsche", "frische" are none.
NAME_ADJECTIVES = ("isch", "ische", "ischen", "ischer", "isches", "ischem", "deutsche", "deutschen")
# What such a name calls its bearer: an institution, a state, a sea, an event.
_NAMED_BODIES = word_set(
    "Union Universität Hochschule Fakultät Amt Institut Gesellschaft Akademie Museum"
    " Bibliothek Zeitung Rundfunk Bank Bahn Kommission Verein Verband Partei Republik Reich"
    " Revolution Meer Ozean Spiele Rat Gericht Ministerium Zentrum Stiftung Kirche Kammer"
    " Archiv Theater Oper Orchester Bund Liga Konferenz Gemeinschaft Staaten Inseln Alpen"
    " Schule Gymnasium"
    # Disciplines and chairs are named alike: "Lehrstuhl für Klinische Psychologie".
    " Psychologie Informatik Physik Chemie Pädagogik Soziologie Medizin Linguistik Mathematik"
    " Biologie Philosophie Theologie Didaktik Mechanik Ökonomie Wissenschaft Wissenschaften"
)
_CASE_ENDINGS = ("", "s", "es", "n", "en", "e")


def in_a_name(adjective: str, noun: str) -> bool:
    """ "die Technische Universität", "das Statistische Bundesamt": an adjective of a
    people, or one in "-isch" before a body's or a discipline's name, may open that name;
    "die Psychische Gesundheit" names none, so there the capital is wrong."""
    lower = adjective.lower()
    if lower.endswith(("deutsche", "deutschen")):
        return True
    if not lower.endswith(NAME_ADJECTIVES):
        return False
    stems = {noun.removesuffix(ending) for ending in _CASE_ENDINGS if noun.endswith(ending)}
    return any(nouns.is_kind_of(stem, body) for stem in stems for body in _NAMED_BODIES)


# The nouns a nominalized adjective of persons stands for.
_PERSON_NOUNS = word_set("Mensch Menschen Menschens Leute Leuten Person Personen")
DETERMINER_TAGS = word_set("ART PIAT PIDAT PPOSAT PDAT")
# The singular genders and cases each article can mark.
_ARTICLE_READINGS = {
    "ein": frozenset(["m.sg.nom", "n.sg.nom", "n.sg.akk"]),
    "einen": frozenset(["m.sg.akk"]),
    "einem": frozenset(["m.sg.dat", "n.sg.dat"]),
    "eines": frozenset(["m.sg.gen", "n.sg.gen"]),
    "eine": frozenset(["f.sg.nom", "f.sg.akk"]),
    "einer": frozenset(["f.sg.gen", "f.sg.dat"]),
    "der": frozenset(["m.sg.nom", "f.sg.gen", "f.sg.dat"]),
    "dem": frozenset(["m.sg.dat", "n.sg.dat"]),
    "des": frozenset(["m.sg.gen", "n.sg.gen"]),
    "das": frozenset(["n.sg.nom", "n.sg.akk"]),
}


# "vom ersten bis zum letzten Tag": a span whose two ends share their noun.
_SPAN_PREPOSITIONS = frozenset({"auf", "bis", "zu", "zum", "zur", "in", "ins", "nach"})


def _past_bracket(tokens: Sequence[Word], at: int) -> int:
    """The token after a short bracketed insertion opening at ``at``, else ``at`` itself."""
    if tokens[at].text != "(":
        return at
    for close in range(at + 1, min(at + _MAX_BRACKETED + 2, len(tokens) - 1)):
        if tokens[close].text == ")":
            return close + 1
    return at


def _attribute_follows(tokens: Sequence[Word], start: int) -> bool:
    """An inflected adjective and its noun within a few words, before the clause ends."""
    return _attribute_ahead(tokens, start, stops=is_boundary)


def _attribute_ahead(tokens: Sequence[Word], start: int, *, stops: Callable[[Word], bool]) -> bool:
    """An inflected adjective directly before a capitalised noun within reach, before any stop.

    An article right after a preposition is that phrase's ("von allen Versionen
    unterstützte"), no stop. A measure ("auf 37,5 °C") costs no reach, nor a bracket
    between the adjective and its noun ("zusätzlichen (kaputten) Einträgen").
    """
    reach, at = _ATTRIBUTE_REACH, start
    while reach > 0 and at < len(tokens) - 1:
        token, noun = tokens[at], tokens[_past_bracket(tokens, at + 1)]
        at += 1
        if _part_of_measure(tokens, at - 1):
            continue
        reach -= 1
        governed = at > 1 and tokens[at - 2].text.lower() in PREPOSITIONS
        measured = is_word(token) and noun.text[:1].isdigit()  # "um 5 %": before a measure
        if stops(token) and not (governed and token.text.lower() in ARTICLES) and not measured:
            return False
        if token.text.islower() and inflected_adjective(token.text) and noun.text[:1].isupper():
            return True
    return False


def _part_of_measure(tokens: Sequence[Word], at: int) -> bool:
    """ "37", ",", "5", "°", "C" in "37,5 °C": a number, its decimal comma and its unit."""
    token = tokens[at]
    if token.text[:1].isdigit() or token.text in _MEASURE_SIGNS:
        return True
    before = tokens[at - 1] if at > 0 else None
    if before is None or before.end != token.start:
        return False
    if token.text == ",":  # a decimal comma between digits
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        return after is not None and after.start == token.end and after.text[:1].isdigit()
    return before.text == "°"  # the C or F of a temperature


# How many words a partitive genitive's noun may stand after its determiner.
_SET_REACH = 4


def partitive_genitive(tokens: Sequence[Word], index: int) -> bool:
    """ "das untere der Dreiecke", "jedes einzelne dieser Verzeichnisse": a genitive plural
    follows, the set the word picks one from; the word is an adjective referring to it.

    A pronoun may name the set: "das ältere der beiden", "das bekannteste unter ihnen".
    The first of two joined words shares the second's set: "das rechte und das untere der
    Dreiecke".
    """
    if index + 2 >= len(tokens):
        return False
    if tokens[index + 1].text in COORDINATORS:
        second = index + 2
        if tokens[second].text in DEFINITE:
            second += 1
        joined = second < len(tokens) and tokens[second].text.islower()
        return joined and partitive_genitive(tokens, second)
    pair = (tokens[index + 1].text, tokens[index + 2].text)
    if pair[0] in _SET_PREPOSITIONS and pair[1] in _SET_PRONOUNS or pair == ("der", "beiden"):
        return True
    if tokens[index + 1].text not in _PARTITIVE_DETERMINERS:
        return False
    # Small words may come between: "der beiden Rechtecke", "der sich überlappenden Ebenen".
    following = [token for token in tokens[index + 2 : index + 2 + _SET_REACH] if is_word(token)]
    noun = next((token for token in following if token.text[:1].isupper()), None)
    if noun is None or not all(
        token.text.islower() for token in following[: following.index(noun)]
    ):
        return False
    return "pl.gen" in nouns.compound_analyses(noun.text.rsplit("-", 1)[-1])


def phrase_ends(tokens: Sequence[Word], index: int, *, strong: bool, verbs: bool = True) -> bool:
    """Whether no noun (or further adjective) follows that the determiner could claim instead.

    With ``verbs``, an infinitive after the word may be the nominal head
    instead ("beim schnellen lesen"); after "das" or "etwas" it is the verb
    ("das gleiche haben", "etwas neues lernen").
    """
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return strong
    if following.text in _PHRASE_GOES_ON or following.text[:1] in "-0123456789":
        return False  # "des öffentlichen-", "das sogenannte „…“", "in den letzten 10 Jahren"
    if following.text == "," and _participle_attribute(tokens, index + 2):
        return False  # "den abgestuften, vom Team gesteuerten Prozess": a second attribute
    if following.text in COORDINATORS:
        # "UND", "ODER" in capitals name the logical operators, and "das kaufmännische Und"
        # the sign: nouns, not conjunctions.
        # "vertrauliches oder unter Schutz stehendes Material": one noun for both.
        joined = following.text != "," and _attribute_follows(tokens, index + 2)
        return strong and not (coordinated_adjective(tokens, index + 2) or joined)
    if following.text in _CONTRASTING and _attribute_ahead(tokens, index + 2, stops=_new_phrase):
        return False  # "ein häufig aktualisiertes aber selten erreichbares Archiv"
    if following.text == "als" and index + 2 < len(tokens) and tokens[index + 2].text == "auch":
        return False  # "sowohl im binären als auch im Quellpaket": the noun comes later
    if following.text in _SPAN_PREPOSITIONS and coordinated_adjective(tokens, index + 2):
        return False  # "vom julianischen auf den gregorianischen Kalender": one noun for both
    if following.text in _INSTEAD and _bare_adjective_leads_on(tokens, index + 2):
        return False  # "mit horizontaler statt vertikaler Abtastung": one noun for both
    if following.text.lower() in PREPOSITIONS and extended_attribute(tokens, index + 2):
        return False  # "den verschiedenen in GIMP verfügbaren Formen": an attribute leads on
    if following.text in QUOTES:
        return False  # "das erste »/«", "»normgebendes« Dokument": a quoted noun or its quote
    if not is_word(following):
        # A file name, version or code term ("bei großen .bz2-Dateien") is the noun itself.
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        attached = after is not None and after.start == following.end and following.text == "."
        return strong and len(following.text) == 1 and not attached
    if following.text[:1].isupper() or following.text.rsplit("-", 1)[-1][:1].isupper():
        return False  # a noun, also one opened by a small letter: "des t-Tests", "die x-Achse"
    if may_continue_phrase(following.text, verbs=verbs) and not _finite_before_subject(
        tokens, index
    ):
        return False
    next_text = tokens[index + 2].text if index + 2 < len(tokens) else ""
    modifier = tags(following.text) & MODIFIER_TAGS and following.text not in _OPENING_PREPOSITIONS
    if modifier and next_text.islower() and inflected_adjective(next_text):
        # "vom erwachsenen meist grauen Alltag", "alte lokal erstellte Dateien"; but "mit",
        # an adverb too, opens a phrase of its own: "für befragte mit hohem Interesse"
        return False
    if following.text == "nicht" and _attribute_follows(tokens, index + 2):
        return False  # "das erste nicht in UTF-8 kodierte Zeichen": a negated attribute
    if following.text.lower() in _QUANTIFIERS_AFTER:
        return False  # "in den ersten beiden Fällen"
    if following.text in _SUCH and next_text[:1].isupper():
        return False  # "das einzige solche Beispiel": "solche" leads on to the noun
    if strong:
        return True
    # A bare article: the nominal word must be the subject of a verb that does not end the clause.
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return (
        grammar.can_be_finite_verb(following.text)
        and after is not None
        and not is_boundary(after)
        and after.text != "."
    )


def extended_attribute(tokens: Sequence[Word], start: int) -> bool:
    """ "in GIMP verfügbaren Formen": a prepositional phrase, then a participle and its noun.

    The phrase's own noun comes first, capitalised or a program's name ("bei
    virsh", or set as code), maybe followed by further prepositional phrases;
    an inflected adjective right after them, before a capitalised noun, belongs
    to the phrase the article opened.
    """
    for at in range(start, min(start + _ATTRIBUTE_REACH, len(tokens) - 2)):
        token = tokens[at]
        named = is_code(token) or token.text[:1].isupper() or lower_case_name(token.text)
        if not named and (not is_word(token) or is_boundary(token)):
            return False
        if named:
            # "als Trennzeichen zu verwendenden Text": a gerundive keeps its "zu"
            after = at + 2 if tokens[at + 1].text == "zu" and at + 3 < len(tokens) else at + 1
            adjective, noun = tokens[after].text, tokens[after + 1].text
            if adjective.islower() and inflected_adjective(adjective) and noun[:1].isupper():
                return True
            if tokens[at + 1].text.lower() not in _PHRASE_LINKS:
                # "für Text im Absatz verfügbaren", "beim Eintreten des Ereignisses
                # auszuführenden": a second phrase or a genitive may follow
                return False
    return False


def _finite_before_subject(tokens: Sequence[Word], index: int) -> bool:
    """ "Im wesentlichen bestätigen die Daten …": the next word is the verb, its subject follows."""
    after = tokens[index + 2].text if index + 2 < len(tokens) else ""
    following = tokens[index + 1].text
    return (after in ARTICLES or after in PERSONAL_PRONOUNS) and grammar.can_be_finite_verb(
        following
    )


def _participle_attribute(tokens: Sequence[Word], start: int) -> bool:
    """ ", vom Team gesteuerten Prozess": after the comma a second attribute leads to the noun.

    It opens without an article ("das Beste, ein echtes Paket" is an apposition)
    and ends in an inflected adjective directly before a capitalised noun.
    """
    if start >= len(tokens) or tokens[start].text.lower() in ARTICLES:
        return False
    return _attribute_ahead(tokens, start, stops=_new_phrase)


def _new_phrase(token: Word) -> bool:
    """ "das Richtige, um die richtigen Leute …": a new phrase begins, not an attribute."""
    return not is_word(token) or token.text in COORDINATORS or token.text.lower() in _NEW_PHRASE


def _bare_adjective_leads_on(tokens: Sequence[Word], start: int) -> bool:
    """An adjective without an article, leading on to a noun: "statt vertikaler Abtastung"."""
    word = tokens[start].text if start < len(tokens) else ""
    return word.islower() and inflected_adjective(word) and coordinated_adjective(tokens, start)


def coordinated_adjective(tokens: Sequence[Word], start: int) -> bool:
    """ "im ersten und zweiten Kapitel", "im politischen oder einem anderen Bereich".

    After "und" (or a comma) an article, adverbs and adjectives may lead on to the
    noun both adjectives share; then the first word is attributive, not nominal.
    """
    at = start
    if at < len(tokens) and tokens[at].text == ".":
        at += 1  # "bzw."
    if at < len(tokens) and tokens[at].text.lower() in ARTICLES:
        if tokens[at - 1].text == ",":
            return False  # "das Beste, ein echtes Paket": an apposition, not a shared noun
        at += 1
    first = at
    while at < len(tokens) and at < first + 6:
        word = tokens[at].text
        if not (
            word in COORDINATORS
            or word.islower()
            and (inflected_adjective(word) or bool(tags(word) & _MODIFIERS_AFTER_ARTICLE))
        ):
            break
        at += 1
    return first < at < len(tokens) and tokens[at].text[:1].isupper()


def twin_before_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "ein Junger Mensch": an adjective whose noun twin ("der Junge") cannot be meant.

    Between a singular article and a noun of the same gender and case, the word
    is the noun's adjective: two singular phrases in one case do not stand side
    by side. In the plural they can ("dass die Jugendlichen Freiheiten haben").

    A bare preposition governs one phrase too: where the noun after the word can
    only stand in the preposition's case, it is in that phrase, and so is the
    word before it ("in Festen Intervallen"; "mit Freunden Zeit verbringen" has
    a second phrase, since "Zeit" may be an accusative).
    """
    if index < 1 or index + 1 >= len(tokens) or not inflected_adjective(tokens[index].text.lower()):
        return False
    previous = tokens[index - 1].text.lower()
    following = tokens[index + 1].text
    article = _ARTICLE_READINGS.get(previous)
    own = nouns.analyses(tokens[index].text)
    fits = ARTICLE_FITS.get(previous)
    if article is None and fits is not None and own and fits.isdisjoint(own):
        article = fits  # "eine Qualitative Studie": "Qualitative" is a noun only in the plural
    if article is not None and index > 1:
        article = in_governed_case(article, tokens[index - 2].text)  # "aus der Ferne Zugriff"
    readings = nouns.compound_analyses(following)
    if article is None and previous in PREPOSITIONS:
        cases = GOVERNED_CASES.get(previous, OBLIQUE)
        if readings and all(reading.endswith(cases) for reading in readings):
            article = strong_adjective_fits(tokens[index].text.lower())
    if article is None or not following[:1].isupper() or ordinal(tokens[index].text):
        return False
    if in_a_name(tokens[index].text, following) or is_term(tokens[index].text, following):
        return False  # "die Deutsche Bahn", "das Rote Kreuz"
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if after is not None and is_word(after) and after.text[:1].isupper():
        return False  # "der Neuen Zürcher Zeitung"
    # a compound by its last part; after a hyphen the word may describe the first part only
    # ("das Freie Software-Verzeichnis")
    if "-" in following:
        readings = nouns.analyses(following)
    return bool(article & readings) and not nouns.only_name(following)


def before_its_person_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "Junge Menschen", "als Erwachsener Mensch": a twin before the noun it nominalizes.

    A nominalized adjective of persons stands for "Mensch" (K 72: "der Alte" is
    an old person); with "Mensch", "Leute" or "Person" written out after it,
    the word is that noun's adjective, not a second noun.
    """
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    word = tokens[index].text.lower()
    previous = tokens[index - 1].text
    # After a capital or a struck-out fragment ("Stellungnahme Junge …") a sentence may start.
    determiner = index == 1 and bool(tags(previous) & DETERMINER_TAGS)
    if not (determiner or (previous.islower() and listed(previous)) or previous == ","):
        return False
    return (
        following in _PERSON_NOUNS
        and word.endswith(("e", "en", "er", "es", "em"))
        and bool(tags(word) & {"ADJ(A)", "NNA"})  # HanTa reads "erwachsenen" as NNA only
        and not ordinal(word)
        and not word.endswith(NAME_ADJECTIVES)
    )
