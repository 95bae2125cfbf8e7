"""Kongruenz: article, adjective and noun agree, and a preposition gets its case.

Only what the noun lexicon proves is called an error. The noun must be a
form german-nouns lists (or a compound whose last part it lists), and the
phrase must run from a determiner over lower-case adjectives straight to
that noun. Then:

- some reading of the determiner (gender, number, case) must fit some
  reading of the noun: "einen SQL-Abfrage" has none, so »eine SQL-Abfrage«;
- each adjective takes the ending the declension tables give for the
  readings left (weak after "der", mixed after "ein"): "die konkreten
  Implementierung" → »die konkrete Implementierung«;
- after a preposition that governs one case, the phrase must have a reading
  in it: "von diversen Akteure" → »Akteuren«.

A determiner right after a comma may be a relative pronoun ("…, den Kinder
mögen"), and "das" may be a demonstrative, so neither is judged; "das" only
before a noun that can be nothing but a neuter singular ("das großen Interesse").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.case_terms import adjective_ending
from services.processor.checker.case_words import (
    ADJECTIVE_ENDINGS,
    inflected_adjective,
    ordinal,
    pronoun_like,
    tags,
)
from services.processor.checker.clauses import BOUNDARY_MARKS, closes_von_phrase
from services.processor.checker.compound_articles import STRONG_ENDING, strong_adjective_fits
from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.english_number import disagreements
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import (
    ARTICLES,
    CARDINALS,
    COLOURS,
    GENITIVE_DETERMINERS,
    LANGUAGES,
    MEASURES,
    POSSESSIVE_STEMS,
    PREPOSITION_CASES,
    PREPOSITIONS,
    SEPARABLE_PARTICLES,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.messages import say
from services.processor.checker.participles import inflected_participle
from services.processor.checker.quotations import english_findings
from services.processor.checker.registry import register
from services.processor.checker.relative_pronouns import (
    genitive_relative,
    relative_gender,
    relative_without_comma,
)
from services.processor.checker.subject_verb import (
    coordinated_subject_verb,
    copula_subject_verb,
    inverted_subject_verb,
    opening_subject_verb,
    partitive_subject_verb,
    relative_verb,
    subordinate_verb,
)
from services.processor.checker.suggestions import frequency
from services.processor.checker.tokens import GENDER_SIGNS, Word, is_word


def _readings(*pairs: str) -> frozenset[str]:
    return frozenset(pairs)


# The readings of each determiner ending: "der" → masculine nominative, feminine genitive …
# An English function word and a capital after a noun: the noun opens an English name.
_ENGLISH_TITLE_GOES_ON = re.compile(r" (?:of|and|for|the|to|on) [A-Z]")
_DEFINITE: Final = {
    "der": _readings("m.sg.nom", "f.sg.gen", "f.sg.dat", "pl.gen"),
    "die": _readings("f.sg.nom", "f.sg.akk", "pl.nom", "pl.akk"),
    "den": _readings("m.sg.akk", "pl.dat"),
    "dem": _readings("m.sg.dat", "n.sg.dat"),
    "des": _readings("m.sg.gen", "n.sg.gen"),
}
# "ein" and the words declined like it; "kein" and possessives have plurals too.
_EIN_ENDINGS: Final = {
    "": _readings("m.sg.nom", "n.sg.nom", "n.sg.akk"),
    "e": _readings("f.sg.nom", "f.sg.akk", "pl.nom", "pl.akk"),
    "en": _readings("m.sg.akk", "pl.dat"),
    "em": _readings("m.sg.dat", "n.sg.dat"),
    "er": _readings("f.sg.gen", "f.sg.dat", "pl.gen"),
    "es": _readings("m.sg.gen", "n.sg.gen"),
}
# Declined like "dieser", though the adjective after them takes either ending (Duden):
# "solche neuen" and "solche neue Verfahren", "mancher junge" and "mancher junger Mensch".
_EITHER_ENDING_STEMS: Final = ("solch", "manch")
_EIN_STEMS: Final = ("ein", "kein", *POSSESSIVE_STEMS)
# Possessive "ihr" forms are also pronouns ("ihr seid"), so only inflected ones count.
_INFLECTED_ONLY: Final = ("ihr",)
# Declined like "dieser", but the adjective after them is strong: "einige neue Ansätze".
# Only the noun is judged after them ("einigen Einschränkung").
_STRONG_AFTER_STEMS: Final = ("einig",)
_DIESER_STEMS: Final = ("dies", "jen", "jed", "all", *_EITHER_ENDING_STEMS, *_STRONG_AFTER_STEMS)
# "alles", "allem" stand alone: "Das sind alles typische Probleme", "vor allem".
_PRONOUN_FORMS: Final = frozenset({"alles", "allem"})
_DIESER_ENDINGS: Final = {
    "er": _DEFINITE["der"],
    "e": _DEFINITE["die"],
    "en": _DEFINITE["den"],
    "em": _DEFINITE["dem"],
    "es": _DEFINITE["des"] | _readings("n.sg.nom", "n.sg.akk"),
}
# Fixed phrases whose preposition fuses with the article: "zur Verfügung", "im Rahmen".
_CONTRACTED: Final = {
    ("zu", "Verfügung"): "zur",
    ("zu", "Kenntnis"): "zur",
    ("zu", "Einsatz"): "zum",
    ("zu", "Ausdruck"): "zum",
    ("zu", "Schluss"): "zum",
    ("in", "Begriff"): "im",
    ("in", "Rahmen"): "im",
    ("in", "Laufe"): "im",
    ("in", "Zuge"): "im",
    ("in", "Vordergrund"): "im",
    ("in", "Mittelpunkt"): "im",
}
# Prepositions of the genitive whose dative ("wegen dem") is colloquial; "trotz", "dank",
# "laut" and "statt" take the dative in standard German too, and "während" is also the
# conjunction ("Während dem Team Daten fehlten, …").
_GENITIVE_PREPOSITIONS: Final = frozenset(
    {"wegen", "bezüglich", "hinsichtlich", "aufgrund", "anhand", "innerhalb"}
    | {"außerhalb", "infolge", "angesichts", "mittels", "seitens", "zwecks", "anlässlich"}
)
# A nominalized infinitive is neuter singular: "lautes Lachen", "mit lautem Lachen".
_INFINITIVE_READINGS: Final = frozenset({"n.sg.nom", "n.sg.akk", "n.sg.dat"})
_SPAN_ADJECTIVES: Final = frozenset(["letzten", "vergangenen", "nächsten", "kommenden"])
_TIME_UNITS: Final = frozenset(["Jahren", "Monaten", "Wochen", "Tagen", "Jahrzehnten", "Stunden"])
_CASE_NAMES: Final = {"dat": "Dativ", "akk": "Akkusativ"}
_ALL_CASE_NAMES: Final = {**_CASE_NAMES, "nom": "Nominativ", "gen": "Genitiv"}
# A word that may also be an adverb ("früher", "weiter") is no sure attribute.
_ADVERB_TAGS: Final = frozenset(["ADV", "ADJ(D)"])
# Words of a closed class, no noun's letters: auxiliaries, modals, prepositions, adverbs,
# conjunctions ("ist", "von", "oftmals", "weil"), capitalised only in a draft's fragment.
_CLOSED_CLASS_TAGS: Final = frozenset(
    {"VA(FIN)", "VM(FIN)", "APPR", "APPRART", "ADV", "KON", "KOUS", "PTKNEG", "PWAV"}
)
# Adjectives whose bare form ends in -e, which looks inflected: "lose", "leise", "müde".
_BASE_FORMS_IN_E: Final = frozenset(
    {"lose", "leise", "müde", "böse", "träge", "feige", "rege", "trübe", "mürbe", "öde"}
    | {"prüde", "bange", "spröde", "schnöde", "irre", "marode", "vage", "solide", "rigide"}
)
# Indefinite pronouns: "einige", "mehrere", "viele", "beide".
_QUANTIFIER_TAGS: Final = frozenset(["PIS", "PIAT"])
# A compound's first part is a word of its own: "Datenpaket", not "Soname".
_MIN_FIRST_PART = 3
# Adjectives of a decade, which never decline: "in den zwanziger Jahren", "der neunziger Jahre".
_TENS: Final = word_set("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
_DECADES: Final = frozenset(tens + "er" for tens in _TENS)
# Determiners that stand alone as a clause's subject: "weil diese …", "da die …".
_DEMONSTRATIVE_SUBJECTS: Final = frozenset({"die", "diese", "jene"})
# Datives that stand alone as a preposition's object: "auf diesen basierende Dokumente".
_PRONOUN_OBJECTS: Final = frozenset({"diesen", "diesem", "dieser", "jenen", "jenem", "jener"})
# "da" before a determiner is the conjunction: as an adverb it would take the verb next.
_CLAUSE_OPENERS: Final = SUBORDINATORS | {"da"}
# Conjunctions spelt like an adjective's form: "der linken respektive rechten Spalte" offers
# two adjectives, as "bzw." does, and like "oder" may leave a noun out between them.
_CONJUNCTIONS_LIKE_ADJECTIVES: Final = frozenset({"respektive"})
# Ordinals capitalised in names: "der Erste Weltkrieg", "des Dritten Reiches".
# A number's ordinal with an adjective's ending: "ersten", "Dritte", "zwanzigsten".
_ORDINAL: Final = re.compile(
    r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft"
    r"|[a-zäöü]+zehnt|[a-zäöü]+(?:zig|ßig)st|[a-zäöü]*hundertst|[a-zäöü]*tausendst)"
    r"(?:e|en|em|er|es)",
    re.IGNORECASE,
)
# Suffixes that fix a noun's gender, in loans English shares too: "Version", "Qualität".
_GENDERED_SUFFIXES: Final = ("ion", "tät", "enz", "anz", "ung", "ismus", "ik", "ur")
# How much rarer (Zipf) a plural may be than its singular and still be what was meant.
_RARER_PLURAL = 1.0
# A present participle's endings as a noun: "Lernende", "dem Studierenden".
_PARTICIPLE_ENDINGS: Final = ("ende", "enden", "endem", "ender", "endes")
# How common a noun must be in German to count as a German word, not a loan: "Analyse".
_COMMON_ZIPF = 3.0
# The shortest verb an infinitive noun ends in: "werden", "zeigen".
_MIN_VERB_TAIL = 5
# How many adjectives may stand between a determiner and its noun.
_MAX_ADJECTIVES = 3
# How many words a phrase may hold before its noun: adjectives, the adverbs grading them,
# a number, and "und" between two adjectives.
_MAX_PHRASE_WORDS = 6
# Cardinals above one, which ask a plural of the phrase they stand in: "den drei Tagen".
_CARDINALS: Final = CARDINALS | _TENS
# The largest count in digits read as one; "der 2019 erschienene Bericht" names a year.
_LARGEST_DIGIT_COUNT = 999
# What joins two adjectives of one noun, which then decline alike: "dem neuen und alten".
# "oder" often leaves a noun out instead ("die gleichen oder ähnliche Eigenschaften").
_ADJECTIVE_JOINS: Final = frozenset({"und", "sowie", ","})


@dataclass(frozen=True, slots=True)
class _Determiner:
    readings: frozenset[str]
    weak: bool  # a definite article or "dieser": the adjective takes the weak ending


@lru_cache(maxsize=8192)
def _determiner(word: str) -> _Determiner | None:
    lower = word.lower()
    if lower in _PRONOUN_FORMS:
        return None
    if lower in _DEFINITE:
        return _Determiner(_DEFINITE[lower], weak=True)
    for stem in _DIESER_STEMS:
        ending = lower[len(stem) :]
        if lower.startswith(stem) and ending in _DIESER_ENDINGS:
            readings = _DIESER_ENDINGS[ending]
            if stem == "jed":
                readings = frozenset(r for r in readings if not r.startswith("pl."))
            return _Determiner(readings, weak=True)
    for stem in _EIN_STEMS:
        ending = lower[len(stem) :]
        if lower.startswith(stem) and ending in _EIN_ENDINGS:
            if stem in _INFLECTED_ONLY and not ending:
                return None
            readings = _EIN_ENDINGS[ending]
            if stem == "ein":
                readings = frozenset(r for r in readings if not r.startswith("pl."))
            return _Determiner(readings, weak=False)
    return None


def _adjective_endings(reading: str, weak: bool) -> frozenset[str]:
    """The ending an adjective takes for ``reading`` after a weak or a mixed determiner."""
    if reading.startswith("pl."):
        return frozenset(["en"])
    gender, _, case = reading.split(".")
    if case == "nom" or (case == "akk" and gender in ("f", "n")):
        if weak:
            return frozenset(["e"])
        return frozenset([{"m": "er", "f": "e", "n": "es"}[gender]])
    return frozenset(["en"])


# The readings of an old dative singular in -e ("dem Danke"), which today is rather
# another word written alike.
_OLD_DATIVES: Final = frozenset({"m.sg.dat", "n.sg.dat"})
# "das" as an article, though it is not judged as one (it may be a pronoun).
_NEUTER_DAS: Final = _Determiner(_readings("n.sg.nom", "n.sg.akk"), weak=True)


def _endings_for(readings: frozenset[str], weak: bool) -> frozenset[str]:
    """Every ending an adjective may take for one of ``readings``."""
    return frozenset().union(*(_adjective_endings(reading, weak) for reading in readings))


def _declines(adjective: Word, reading: str, weak: bool) -> bool:
    """Whether ``adjective`` has the ending ``reading`` asks for after the determiner."""
    return adjective_ending(adjective.text) in _adjective_endings(reading, weak)


@dataclass(frozen=True, slots=True)
class _Phrase:
    determiner: Word | None
    adjectives: list[Word]
    noun: Word
    words: tuple[Word, ...]  # all of it as written, adverbs like "gut" included
    counted: bool = False  # a cardinal above one stands in it, so it is plural: "den drei Tagen"


@register
class AgreementCheck:
    code = "agreement"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading:
            return
        if block.language == "en":
            found = disagreements(block.text, context.words(block))
            yield from english_findings(block, self.code, found)
            return
        if block.language != "de":
            return
        for _sentence, tokens in context.sentences(block):
            opening = (
                opening_subject_verb(tokens, _readings_of)
                or coordinated_subject_verb(tokens, _readings_of)
                or partitive_subject_verb(tokens, _readings_of)
                or inverted_subject_verb(tokens, _readings_of)
                or copula_subject_verb(tokens, _readings_of)
            )
            if opening is not None:
                start, end, text = opening
                yield Finding(block.index, start, end, self.code, say(self.code, "de", text))
            for index, token in enumerate(tokens):
                message = (
                    _judge(tokens, index)
                    or relative_verb(tokens, index, _readings_of)
                    or subordinate_verb(tokens, index, _readings_of)
                    or genitive_relative(tokens, index)
                    or relative_gender(tokens, index)
                    or _quantified_adjective(tokens, index)
                    or inflected_participle(tokens, index)
                )
                if message is not None:
                    start, end, text = message
                    if block.text[end : end + 1] == "(":
                        continue  # "den Binärpaket(en)": an optional ending makes it agree
                    if _ENGLISH_TITLE_GOES_ON.match(block.text, end):
                        continue  # "des Level of Traffic Stress": an English name, uninflected
                    yield Finding(block.index, start, end, self.code, say(self.code, "de", text))


def _after_das(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """ "das großen Haus" → »das große Haus«: "das" may be a pronoun ("weil das großen Spaß
    macht"), but before a noun that is only a neuter singular, and no genitive, an adjective
    without an article would end in -es or -em; so "das" is its article after all.

    After a preposition the case may be what is wrong ("mit das großen Haus"), which this
    leaves alone.
    """
    if index > 0 and tokens[index - 1].text.lower() in PREPOSITIONS:
        return None
    phrase = _phrase(tokens, index + 1, tokens[index])
    if phrase is None or not phrase.adjectives or phrase.counted:
        return None
    readings = _noun_readings(phrase.noun)
    neuter_singular = all(r.startswith("n.sg.") and not r.endswith(".gen") for r in readings)
    if not readings or not neuter_singular:
        return None
    return _agreement(phrase, _NEUTER_DAS, None)


def _readings_of(word: str) -> frozenset[str] | None:
    determiner = _determiner(word)
    return None if determiner is None else determiner.readings


# Plurals of derived nouns, which no infinitive ends in: "Bemühungen", "Möglichkeiten".
_NOUN_SUFFIXES: Final = ("ungen", "heiten", "keiten", "schaften", "ionen", "täten", "nissen")
# Quantifiers declined like adjectives without an article: "mit mehreren Autoren".
_PLURAL_QUANTIFIERS: Final = frozenset(
    {"mehrere", "viele", "wenige", "einige", "zahlreiche", "etliche", "verschiedene", "beide"}
)
# The ending an adjective takes after a plural quantifier: strong after "viele", weak after
# "alle" and after the dative forms. "beide" allows both ("beide neuen", "beide neue").
_STRONG_QUANTIFIERS: Final = _PLURAL_QUANTIFIERS - {"beide", "verschiedene"}
_QUANTIFIER_ENDINGS: Final = {
    **dict.fromkeys(_STRONG_QUANTIFIERS, "e"),
    **dict.fromkeys(
        {"alle", "allen"} | {quantifier + "n" for quantifier in _STRONG_QUANTIFIERS}, "en"
    ),
}
# Adverbs that grade or place the adjective after them: "einen sehr alten", "dem oben gezeigten".
_DEGREE_ADVERBS: Final = frozenset(
    {"sehr", "besonders", "äußerst", "ziemlich", "recht", "ganz", "eher", "oben", "unten"}
    | {"bereits", "bisher", "zuvor", "kaum", "noch", "weniger", "mehr", "am", "meist"}
)
# Adverbs that grade a number between a preposition and its article: "von jeweils einem".
_NUMBER_ADVERBS: Final = frozenset(
    {"jeweils", "je", "nur", "etwa", "rund", "knapp", "fast", "genau", "ungefähr", "circa"}
    | {"mindestens", "höchstens", "maximal", "minimal", "ca"}
)
# Prepositions of place with the dative and of direction with the accusative.
_TWO_WAY_PREPOSITIONS: Final = frozenset(
    {"an", "auf", "hinter", "in", "neben", "über", "unter", "vor", "zwischen"}
)
# Particles that focus the adverb after them inside a phrase: "der nur teilweise bekannten".
_FOCUS_PARTICLES: Final = frozenset({"auch", "nur", "sogar"})
# Prepositions of the dative alone that are never an adverb or a postposition ("zu hohe
# Kosten", "der Reihe nach"): after them a plural's adjective without article ends in -en.
_ONLY_DATIVE: Final = frozenset({"mit", "von", "aus", "bei", "seit"})
# The relative pronouns that look like articles.
_RELATIVE_D_WORDS = frozenset({"der", "die", "das", "den", "dem"})
# Genitive pronouns that stand as a phrase's determiner: "deren Teil", "dessen Wert".
_GENITIVE_PRONOUNS = frozenset({"deren", "dessen", "derer"})
# After these "ein…" is the numeral, which declines like an adjective: "das eine Buch".
_BEFORE_NUMERAL_EIN = frozenset({"das", "am", "im", "vom", "zum", "beim"})
# Possessives of the polite form, capitalised anywhere: "gemäß Ihren Einstellungen".
_POLITE_STEMS = ("ihr", "euer", "eur")
# A relative clause joined to the one before: "…, die …, oder die spezielle Anforderungen haben".
_JOINING = frozenset({"und", "oder", "sowie"})
# "Recht haben", "Unrecht behalten": after such a verb the noun is no determiner's noun.
_PHRASE_NOUNS = frozenset({"Recht", "Unrecht"})
_PHRASE_VERBS = frozenset(
    {"haben", "hat", "hatte", "hatten", "habe", "behalten", "behält", "behielten", "geben", "gibt"}
)


def _judge(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    token = tokens[index]
    previous = tokens[index - 1].text if index > 0 else ""
    determiner = _determiner(token.text) if is_word(token) else None
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in _PHRASE_NOUNS and previous.lower() in _PHRASE_VERBS:
        return None  # "dann haben diese Recht": a pronoun and the phrase "Recht haben"
    if token.text.lower() == "des" and following == "weiteren":
        return None  # "Des weiteren berichteten …": the adverbial, which the case check names
    neuter = _after_das(tokens, index) if token.text.lower() == "das" else None
    if neuter is not None:
        return neuter
    if _label_opens(tokens, index):
        return None  # "bei Jeden Satz … beginnen", "aus Meine Makros": a label, quoted as named
    if _paired_form(tokens, index):
        return None  # "des*der Autors*Autorin": each determiner has its own noun
    if (
        determiner is not None
        and token.text.lower() != "das"
        and not _pronoun_here(tokens, index, previous, following)
    ):
        phrase = _phrase(tokens, index + 1, tokens[index])
        if phrase is not None and phrase.counted:
            plural = frozenset(r for r in determiner.readings if r.startswith("pl."))
            determiner = _Determiner(plural, determiner.weak) if plural else None
        if (
            phrase is not None
            and determiner is not None
            and not _version_after(tokens, index + len(phrase.words))
        ):
            if _pronoun(token.text, _leading_word(tokens, index), phrase):
                return None
            if _demonstrative_subject(tokens, index, phrase) or _object_in_attribute(
                tokens, index, phrase
            ):
                return None
            if relative_without_comma(tokens, index):
                return None
            if previous.lower() == "mit" and _superlative(phrase):
                return None  # "mit die wichtigste Zeit": "among the most", no preposition
            dative = previous.lower() in _GENITIVE_PREPOSITIONS
            found = _dative_for_genitive(tokens[index - 1], phrase, determiner) if dative else None
            governed = _governed_by(tokens, index, phrase)
            place = previous.lower() in _TWO_WAY_PREPOSITIONS
            after_preposition = previous.lower() in PREPOSITIONS
            return found or _agreement(
                phrase, determiner, governed, two_way=place, preposition=after_preposition
            )
    fixed = _CONTRACTED.get((token.text.lower(), following))
    if fixed is not None and _plural_phrase(tokens, index + 1):
        fixed = None  # "Zeilen in Rahmen": a plural of its own, no fixed phrase without genitive
    if fixed is not None:
        end = tokens[index + 1].end
        message = f"»{token.text} {following}«: Die feste Wendung heißt »{fixed} {following}«."
        return token.start, end, message
    if token.text.lower() == "in" and following in _SPAN_ADJECTIVES and _time_span(tokens, index):
        end = tokens[index + 1].end
        message = (
            f"»{token.text} {following}«: Vor der Zeitangabe fehlt der Artikel: "
            f"»{token.text} den {following}«."
        )
        return token.start, end, message
    governed = PREPOSITION_CASES.get(token.text.lower()) if is_word(token) else None
    if governed is not None and token.text.islower():
        return _government(tokens, index, governed)
    return _without_determiner(tokens, index) or _quantifier_after_dative(tokens, index)


def _plural_phrase(tokens: Sequence[Word], at: int) -> bool:
    """Whether the bare noun at ``at`` may be a plural after its preposition ("in Rahmen"),
    where the fixed phrase ("im Rahmen") would go on with a genitive or "von"."""
    if "pl.dat" not in nouns.analyses(tokens[at].text):
        return False
    after = tokens[at + 1].text.lower() if at + 1 < len(tokens) else ""
    return after != "von" and after not in GENITIVE_DETERMINERS and _determiner(after) is None


def _label_opens(tokens: Sequence[Word], index: int) -> bool:
    """A determiner capitalised after a preposition opens a control's label or a parameter's
    name ("bei Kein Wechsel = 1"), not a phrase of the sentence; the polite "Ihr" is one."""
    text = tokens[index].text
    if index == 0 or not text[:1].isupper() or text.lower().startswith(_POLITE_STEMS):
        return False
    return tokens[index - 1].text.lower() in PREPOSITIONS


def _paired_form(tokens: Sequence[Word], index: int) -> bool:
    """The second of two determiners a gender sign joins ("des*der", "dem:der"), whose
    noun is the pair after it ("Autors*Autorin"), not the first form of that pair."""
    if index < 2 or tokens[index - 1].text not in GENDER_SIGNS:
        return False
    sign, before = tokens[index - 1], tokens[index - 2]
    joined = before.end == sign.start and sign.end == tokens[index].start
    return joined and _determiner(before.text) is not None


def _pronoun_here(tokens: Sequence[Word], index: int, previous: str, following: str) -> bool:
    """Whether the determiner at ``index`` stands as a pronoun: relative, stacked on another
    determiner, or before a phrase of its own."""
    token = tokens[index]
    # "…, in dem", "…, bis zu der Objekte …": a relative pronoun after its preposition
    after_comma = index > 1 and tokens[index - 2].text == ","
    after_comma = after_comma or (
        index > 2 and tokens[index - 3].text == "," and tokens[index - 2].text in PREPOSITIONS
    )
    relative = (
        previous == ","
        or ((previous.lower() in PREPOSITIONS or previous in _JOINING) and after_comma)
        or (previous == "(" and _bracket_ends_in_verb(tokens, index))
        or (previous in _JOINING and _second_relative(tokens, index))
    )  # "…, den Kinder mögen", "…, in dem Kryptografie verboten ist", "…, oder die …"
    # "eines jeden Nutzers": a determiner after another one declines with it, not alone.
    stacked = _determiner(previous) is not None and not previous.lower().startswith("all")
    stacked = stacked or (token.text == "alle" and following == "Mal")  # "ein für alle Mal"
    # "das eine Buch" as "der eine Weg": after a definite article "ein" is the numeral
    # "am einen Ende", "im einen Fall": after a contracted article too
    stacked = stacked or (
        token.text.lower().startswith("ein") and previous.lower() in _BEFORE_NUMERAL_EIN
    )
    # "deren einer Teil", "dessen eines Fenster": after a genitive pronoun "ein" is the
    # numeral, declined strong as an adjective without article
    stacked = stacked or (token.text.lower().startswith("ein") and previous in _GENITIVE_PRONOUNS)
    # "den die …", "dem diese …": a pronoun before another phrase; "den beiden" is one phrase
    article_next = following in ARTICLES and following != "beiden"
    return relative or stacked or _determiner(following) is not None or article_next


def _governed_by(tokens: Sequence[Word], index: int, phrase: _Phrase) -> str | None:
    """The case the preposition before the determiner at ``index`` governs, if it has one.

    "zu" before an article is the preposition, but not in "ab und zu", nor
    where the phrase is the object of an infinitive after it ("als zu die
    Kneipen aufzusuchen": the particle strayed), nor before a capitalised
    article, a draft's fragment. "seit" before a subject is the conjunction.
    "gegenüber" may follow its noun ("den Eltern gegenüber die …"), so it
    governs nothing after it.
    """
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    if previous == "zu" and index > 2 and tokens[index - 3].text.lower() == "ab":
        return None  # "ab und zu": now and then
    if previous == "zu":
        after = index + len(phrase.words)
        verb = after < len(tokens) and (
            grammar.is_zu_infinitive(tokens[after].text)
            or grammar.can_be_infinitive(tokens[after].text)
        )
        return None if verb or not tokens[index].text.islower() else "dat"
    if previous == "seit" and _nominative(tokens[index].text, phrase):
        return None  # "seit die Pandemie … gezeigt hat": the conjunction, short for "seitdem"
    if previous == "aus" and _closes_von(tokens, index - 1):
        return None  # "von dem aus die Funktion sucht": "aus" closes "von …", a new phrase opens
    return PREPOSITION_CASES.get(previous) if previous != "gegenüber" else None


# How far before "aus" the "von" it closes may stand: "vom obersten Fenster aus".
_VON_AUS_REACH = 4


def _closes_von(tokens: Sequence[Word], at: int) -> bool:
    """ "von hier aus", "vom Fenster aus": "aus" after a phrase opened by "von" closes it;
    a verb between ("von ihnen kamen viele aus …") ends that phrase first."""
    for back in range(at - 1, max(at - 1 - _VON_AUS_REACH, -1), -1):
        text = tokens[back].text
        if text.lower() in ("von", "vom"):
            return True
        if not is_word(tokens[back]) or (text.islower() and grammar.can_be_finite_verb(text)):
            return False
    return False


def _nominative(determiner: str, phrase: _Phrase) -> bool:
    """Whether the determiner and its noun agree in the nominative: a clause's subject."""
    readings = _determiner(determiner)
    return readings is not None and any(
        reading.endswith(".nom") for reading in readings.readings & _noun_readings(phrase.noun)
    )


def _pronoun(determiner: str, previous: str, phrase: _Phrase) -> bool:
    """ "es wird einem Verantwortung übertragen", "weil jeder Fehler macht": no article.

    Outside a prepositional phrase "einem" before a noun with no masculine or
    neuter singular is the dative of "man", and "jeder" or "einer" before a
    noun that may be plural (which neither has) is a pronoun, the subject; so
    is "der" after a conjunction, where a genitive plural has no place.
    """
    lower = determiner.lower()
    genders = _genders(_noun_readings(phrase.noun))
    if lower == "der" and previous.lower() in SUBORDINATORS and genders == {"pl"}:
        return True  # "weil der sehr gute Noten hat": a demonstrative subject, no genitive
    if previous.lower() in PREPOSITIONS or _declined_after(determiner, phrase):
        return False  # "jeder größere Werte": the adjective's ending makes "jeder" an article
    if lower == "einem":
        return not genders & {"m", "n"}
    return lower in ("jeder", "einer") and "pl" in genders


def _demonstrative_subject(tokens: Sequence[Word], index: int, phrase: _Phrase) -> bool:
    """ "da diese zusätzlichen Abstand einfügt": after a conjunction "die", "diese" or "jene"
    before a masculine or neuter singular is the clause's subject, where the phrase after it
    stands alone, its adjectives strong, and the clause's finite verb closes it.

    A singular without article needs an adjective of its own: "da diese Ansatz fehlt" and
    "da diese neue Ansatz fehlt" keep their comment.
    """
    if index == 0 or tokens[index - 1].text.lower() not in _CLAUSE_OPENERS:
        return False
    if tokens[index].text.lower() not in _DEMONSTRATIVE_SUBJECTS or not phrase.adjectives:
        return False
    readings = _noun_readings(phrase.noun)
    if not readings or _genders(readings) & {"f", "pl"} or not _declined_alone(phrase):
        return False
    return _verb_closes(tokens, tokens.index(phrase.noun), BOUNDARY_MARKS)


def _object_in_attribute(tokens: Sequence[Word], index: int, phrase: _Phrase) -> bool:
    """ "die auf diesen basierende Lösung": after a preposition "diesen" is its object, inside
    an attribute whose present participle, declined strong, belongs to the noun.

    The preposition must open a noun phrase: at the sentence's start, or after an article or
    another preposition ("für auf diesen basierende Dokumente"); after a verb it governs the
    phrase itself ("gilt bei dieser passende Lösung").
    """
    if index == 0 or phrase.determiner is None or not phrase.adjectives:
        return False
    if tokens[index - 1].text.lower() not in PREPOSITIONS:
        return False
    before = tokens[index - 2].text.lower() if index > 1 else ""
    if before and before not in ARTICLES and before not in PREPOSITIONS:
        return False
    if phrase.determiner.text.lower() not in _PRONOUN_OBJECTS:
        return False
    return phrase.adjectives[0].text.endswith(_PARTICIPLE_ENDINGS) and _declined_alone(phrase)


def _declined_alone(phrase: _Phrase) -> bool:
    """Whether the adjectives, declined strong, fit the noun in one reading: the phrase
    stands without article, and the determiner before it is no part of it."""
    return any(
        all(reading in strong_adjective_fits(adjective.text) for adjective in phrase.adjectives)
        for reading in _noun_readings(phrase.noun)
    )


def _leading_word(tokens: Sequence[Word], index: int) -> str:
    """The word that leads the determiner at ``index``: a preposition past an adverb of
    number ("von jeweils einem", "mit etwa einem") leads it still."""
    previous = tokens[index - 1].text if index > 0 else ""
    if previous.lower() in _NUMBER_ADVERBS and index > 1:
        before = tokens[index - 2].text
        return before if before.lower() in PREPOSITIONS else previous
    return previous


def _declined_after(determiner: str, phrase: _Phrase) -> bool:
    """Whether the phrase's adjectives take an ending the determiner asks for."""
    found = _determiner(determiner)
    if found is None or not phrase.adjectives:
        return False
    return all(
        any(_declines(adjective, reading, found.weak) for reading in found.readings)
        for adjective in phrase.adjectives
    )


def _quantifier_after_dative(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """ "von mehrere Autoren": after a dative preposition a plural quantifier ends in -en."""
    word = tokens[index].text
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    if word not in _PLURAL_QUANTIFIERS or PREPOSITION_CASES.get(previous) != "dat":
        return None
    noun = tokens[index + 1] if index + 1 < len(tokens) else None
    if noun is None or not _vouched_noun(noun.text):
        return None
    if not any(reading == "pl.dat" for reading in _noun_readings(noun)):
        return None
    fixed = word + "n"
    message = (
        f"»{word} {noun.text}«: Nach »{tokens[index - 1].text}« steht der Dativ: "
        f"»{fixed} {noun.text}«."
    )
    return tokens[index].start, noun.end, message


def _quantified_adjective(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """ "viele neuen Anbieter", "alle teilnehmende Schulen": the adjective after a quantifier.

    After "viele", "einige", "mehrere" (nominative, accusative) an adjective
    takes the same strong "-e"; after "alle" and the dative forms ("vielen",
    "allen") it takes "-en". "alle" may float away from its phrase ("sind
    alle reine Textdateien"), so it counts only at the sentence start or after a
    preposition.
    """
    quantifier = tokens[index].text.lower()
    wanted = _QUANTIFIER_ENDINGS.get(quantifier)
    if wanted is None or index + 2 >= len(tokens):
        return None
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    if quantifier == "alle" and index > 0 and previous not in PREPOSITIONS:
        return None
    adjective, noun = tokens[index + 1], tokens[index + 2]
    if not (adjective.text.islower() and "ADJ(A)" in tags(adjective.text)):
        return None
    plural = any(reading.startswith("pl.") for reading in _noun_readings(noun))
    if not (is_word(noun) and noun.text[:1].isupper() and plural) or nouns.is_name(noun.text):
        return None  # a plural noun the lexicon knows, whatever verb shares its letters
    ending = adjective_ending(adjective.text)
    if ending not in ("e", "en") or ending == wanted:
        return None
    fixed = _reinflect(adjective.text, ending, wanted)
    words = f"{tokens[index].text} {adjective.text} {noun.text}"
    message = (
        f"»{words}«: Nach »{tokens[index].text}« endet das Adjektiv auf -{wanted}: "
        f"»{tokens[index].text} {fixed} {noun.text}«."
    )
    return tokens[index].start, noun.end, message


def _bracket_ends_in_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "(die verschiedene Namen hat)": a d-word whose clause a finite verb closes is relative."""
    return tokens[index].text in _RELATIVE_D_WORDS and _verb_closes(tokens, index, (")", ","))


def _second_relative(tokens: Sequence[Word], index: int) -> bool:
    """ "…, den der Gast auswählt und der sämtliche Einrichtungen enthält": after a clause's
    closing verb and "und", a d-word whose clause a finite verb closes starts a second one."""
    return (
        tokens[index].text in _RELATIVE_D_WORDS
        and index > 1
        and grammar.can_be_finite_verb(tokens[index - 2].text)
        and _verb_closes(tokens, index, BOUNDARY_MARKS)
    )


def _verb_closes(tokens: Sequence[Word], index: int, marks: Collection[str]) -> bool:
    """Whether a finite verb ends the words after ``tokens[index]`` before the next of ``marks``."""
    for at in range(index + 1, len(tokens)):
        if tokens[at].text in marks:
            return at > index + 1 and grammar.can_be_finite_verb(tokens[at - 1].text)
    return False


def _version_after(tokens: Sequence[Word], at: int) -> bool:
    """ "des Apache 2.2", "der Python 3": a product and its version, a name that keeps its form."""
    return at < len(tokens) and tokens[at].text[:1].isdigit()


def _without_determiner(tokens: Sequence[Word], index: int) -> tuple[int, int, str] | None:
    """ "Es gibt verschiedenen Ansätze": with no determiner the adjective itself shows the case.

    Right after a finite verb, or a preposition that takes the dative or
    accusative, an adjective phrase has no determiner, so the adjective takes
    the strong ending of a case its noun has. The fix is offered where the
    nominative, accusative and dative (or the preposition's case) agree on one.
    """
    previous = tokens[index - 1].text if index > 0 else ""
    previous = _preposition_across_join(tokens, index) or previous
    governed = PREPOSITION_CASES.get(previous.lower())
    after_verb = (
        grammar.finite_not_adjective(previous)
        and previous not in ARTICLES
        and not tags(previous) & _ADVERB_TAGS  # "der verschieden geformten Bereiche"
    )
    if governed not in ("dat", "akk") and not after_verb:
        return None
    phrase = _phrase(tokens, index, None)
    if phrase is None or not phrase.adjectives or _loanword(phrase.noun.text):
        return None
    last = phrase.noun.text.rsplit("-", 1)[-1]
    end = nouns.head(last)
    if end is None or not nouns.is_kind_of(last, end):
        return None  # "Chinesisch" parsed as a compound: its readings are a guess
    if tags(phrase.adjectives[0].text) & _QUANTIFIER_TAGS:
        return None  # "mit einigen Dutzend": a quantifier, declined its own way
    if len({adjective_ending(adjective.text) for adjective in phrase.adjectives}) > 1:
        return None  # "lose herumliegenden": an adverb among them, the endings differ
    readings = _noun_readings(phrase.noun)
    if phrase.noun.text.endswith("en") and not readings:
        # "ohne vorheriges Forken": a nominalized infinitive the lexicon lacks
        readings = _INFINITIVE_READINGS
    cases = {governed} if governed else {"nom", "akk", "dat"}
    in_case = [r for r in readings if r.rsplit(".", 1)[1] in cases]
    wanted = {STRONG_ENDING[r] for r in in_case}
    if len(wanted) != 1:
        return None
    # After a preposition of one case only that case's endings are right: "mit hohen
    # Aufwand" is no accusative. After a verb, "guter Dinge" is a genitive, rare but right.
    own = _noun_readings(phrase.noun)
    # The noun itself must have the case, else it is the noun that is wrong ("durch
    # verschiedenen Einflüssen"), and a plural that may be the adjective's is left alone.
    governed_only = (
        governed
        and any(r.endswith("." + governed) for r in own)
        and (not _plural(own) or (previous.lower() in _ONLY_DATIVE and "pl.dat" in own))
        and not closes_von_phrase(tokens, index - 1)
    )
    possible = in_case if governed_only else readings
    for adjective in phrase.adjectives:
        ending = adjective_ending(adjective.text)
        if any(STRONG_ENDING[reading] == ending for reading in possible):
            continue
        words = _spelled(w.text for w in phrase.words)
        fixed = words.replace(adjective.text, _reinflect(adjective.text, ending, *wanted), 1)
        message = (
            f"»{words}«: Ohne Artikel endet das Adjektiv hier auf -{next(iter(wanted))}: »{fixed}«"
        )
        # "aus folgenden Funktion": the adjective may be right and the noun's plural meant
        plural = None
        if governed and STRONG_ENDING[f"pl.{governed}"] == ending:
            plural = _plural_form(phrase.noun.text, governed)
        if plural is not None and len(phrase.adjectives) == 1:
            message += f", oder im Plural »{words.replace(phrase.noun.text, plural)}«"
        return phrase.adjectives[0].start, phrase.noun.end, message + "."
    return None


def _plural_form(noun: str, case: str) -> str | None:
    """The plural of a singular ``noun`` in ``case``, if people write it about as often:
    "Funktion" → "Funktionen", but not "Sicht" → "Sichten"."""
    plural = _with_ending(
        noun, _Determiner(_readings(f"pl.{case}"), weak=False), case, plural_e=True
    )
    if plural is None or frequency(plural, ("de",)) < frequency(noun, ("de",)) - _RARER_PLURAL:
        return None
    return plural


def _preposition_across_join(tokens: Sequence[Word], index: int) -> str | None:
    """ "aus aktiver Nutzung und politischen Interesse": a phrase joined by "und" to one
    that a preposition governs without an article stands in its case too. Where a finite
    verb follows, a new clause has begun ("mit Freunden und gute Laune kam auf"). A
    singular only: a plural may be the verb's object ("von Mustern sowie normale Farben
    wählen") or a genitive."""
    if index < 3 or tokens[index - 1].text not in ("und", "oder", "sowie"):
        return None
    at = index - 2
    if not tokens[at].text[:1].isupper():
        return None
    at -= 1
    while at > 0 and tokens[at].text.islower() and inflected_adjective(tokens[at].text):
        at -= 1
    preposition = tokens[at].text
    if preposition.lower() not in PREPOSITION_CASES or not preposition.islower():
        return None
    phrase = _phrase(tokens, index, None)
    if phrase is None or _plural(_noun_readings(phrase.noun)):
        return None
    after = index + len(phrase.words)
    following = tokens[after].text if after < len(tokens) else ""
    return None if following.islower() and grammar.only_finite_verb(following) else preposition


def _dative_for_genitive(
    preposition: Word, phrase: _Phrase, determiner: _Determiner
) -> tuple[int, int, str] | None:
    """ "wegen dem hohen Aufwand" → "wegen des hohen Aufwands": written German takes the genitive.

    Only a determiner in -em is surely dative; the genitive is offered where the
    noun has a masculine or neuter genitive form ("Aufwands", "Menschen").
    """
    assert phrase.determiner is not None
    written = phrase.determiner.text
    if not written.lower().endswith("em") or not all(
        r.endswith(".dat") for r in determiner.readings
    ):
        return None
    forms = [
        phrase.noun.text + suffix
        for suffix in ("s", "es", "")
        if {"m.sg.gen", "n.sg.gen"} & nouns.compound_analyses(phrase.noun.text + suffix)
    ]
    if not forms:
        return None
    genitive = max(forms, key=speller("de").frequency)  # "Jahres" rather than "Jahrs"
    words = _spelled(w.text for w in phrase.words)
    between = (w.text for w in phrase.words[1:-1])
    fixed = _spelled([written[:-2] + "es", *between, genitive])
    message = (
        f"»{preposition.text} {words}«: »{preposition.text.lower()}« verlangt im Schriftdeutsch "
        f"den Genitiv: »{preposition.text} {fixed}«."
    )
    return preposition.start, phrase.noun.end, message


def _time_span(tokens: Sequence[Word], index: int) -> bool:
    """ "in letzten 20 Jahren": a dative plural of time, which needs its article."""
    rest = [token.text for token in tokens[index + 2 : index + 4]]
    return any(word in _TIME_UNITS for word in rest)


def _phrase(tokens: Sequence[Word], start: int, determiner: Word | None) -> _Phrase | None:
    """Lower-case inflected adjectives, then a listed noun, starting at ``tokens[start]``.

    After a determiner a cardinal may stand among them ("den drei Tagen"), and
    adjectives joined by "und" or a comma share the noun and its declension
    ("dem neuen und motivierten Team").
    """
    adjectives: list[Word] = []
    counted = False
    for at in range(start, min(start + _MAX_PHRASE_WORDS, len(tokens))):
        word = tokens[at]
        following = tokens[at + 1].text if at + 1 < len(tokens) else ""
        if word.text in _ADJECTIVE_JOINS and adjectives and adjectives[-1] is tokens[at - 1]:
            if len(adjectives) < _MAX_ADJECTIVES and _adjective_follows(tokens, at + 1):
                continue
            return None
        if determiner is not None and not counted and _cardinal(word.text, following):
            counted = True
            continue
        if not is_word(word) or word.text.isupper():
            return None  # "KEINE GEWÄHRLEISTUNG": capitals for emphasis, no cases to read
        if not word.text.isalpha() and not (word.text[:1].isupper() and "-" in word.text):
            return None  # "schmal-oder": only a noun may be hyphenated here
        if _named_adjective(word.text, following):
            adjectives.append(word)
            continue  # "des Zweiten Weltkriegs": an adjective capitalised in a name
        if word.text[:1].isupper():
            if at + 1 < len(tokens) and tokens[at + 1].text in ("-", "/"):
                return None  # "der Ein- und Ausgabe": a truncated compound
            infinitive = determiner is None or _may_lead_infinitive(determiner.text)
            if not _vouched_noun(word.text, infinitive=infinitive) or following[:1].isupper():
                return None  # unknown, or "eine Schlüssel Signierungs-Seite": a name or compound
            if "-" in following and following.rsplit("-", 1)[-1][:1].isupper():
                return None  # "die Speichern unter-Schaltfläche": a label coupled to its noun
            if counted and _adjective_follows(tokens, at + 1):
                return None  # "der drei Meter breite Graben": a measure grading the adjective
            written = tuple(tokens[start - (determiner is not None) : at + 1])
            return _Phrase(determiner, adjectives, word, written, counted)
        if word.text in _BASE_FORMS_IN_E and _adjective(following):
            continue  # "einer lose gekoppelten Schicht": the bare adjective grades the next one
        if word.text in _DECADES:
            continue  # "der neunziger Jahre": a decade's adjective takes no ending
        if len(adjectives) == _MAX_ADJECTIVES:
            return None
        if determiner is not None and _declined_ordinal(word.text):
            adjectives.append(word)
            continue  # "des ersten Semesters": an ordinal declines like an adjective
        if not _adjective(word.text):
            article = determiner is not None and not determiner.text.lower().startswith(
                _DIESER_STEMS  # "da nicht jeder ausreichend große Kenntnisse hat": a pronoun
            )
            if article and _modifier(word.text) and _adjective(following):
                continue  # "einen gut ausgestatteten Raum": an adverb before the adjective
            after = tokens[at + 2].text if at + 2 < len(tokens) else ""
            if (
                article
                and word.text in _FOCUS_PARTICLES
                and _modifier(following)
                and _adjective(after)
            ):
                continue  # "der auch privat erlaubten Nutzung": a particle grading the adverb
            return None
        adjectives.append(word)
    return None


def _adjective_follows(tokens: Sequence[Word], at: int) -> bool:
    """Whether an adjective, perhaps graded by an adverb, starts at ``tokens[at]``."""
    if at >= len(tokens):
        return False
    if _adjective(tokens[at].text):
        return True
    graded = at + 1 < len(tokens) and _adjective(tokens[at + 1].text)
    return graded and _modifier(tokens[at].text)


def _cardinal(word: str, following: str) -> bool:
    """ "drei", "zwanzig", "beiden", "12" before the noun: a count above one. In digits
    before an adjective it is rather a year ("der 2019 erschienene Bericht")."""
    if word in _CARDINALS or word == "beiden":  # "den beiden Modellen": two, weakly declined
        return True
    digits = word.isdigit() and not word.startswith("0")
    return digits and 1 < int(word) <= _LARGEST_DIGIT_COUNT and following[:1].isupper()


def _declined_ordinal(word: str) -> bool:
    """ "ersten", "dritte": a number's ordinal; "letzte" and "nächste" also lead time phrases
    ("der letzte Woche …" after a relative "der")."""
    return word.islower() and _ORDINAL.fullmatch(word) is not None


def _named_adjective(word: str, following: str) -> bool:
    """ "Zweiten" in "des Zweiten Weltkriegs", "Dritten" in "des Dritten Reiches": an ordinal
    capitalised as part of a name, before its noun, declined all the same. Other capitalised
    adjectives are too often nouns ("die Platte", "diese Weise") to be read so."""
    if not (word[:1].isupper() and following[:1].isupper() and following.isalpha()):
        return False
    return _ORDINAL.fullmatch(word) is not None


def _superlative(phrase: _Phrase) -> bool:
    return bool(phrase.adjectives) and phrase.adjectives[0].text.endswith(("ste", "sten"))


@lru_cache(maxsize=16384)
def _modifier(word: str) -> bool:
    """ "gut", "sehr", "oben": an uninflected word that may grade the adjective after it,
    not a preposition ("durch gewollte Kanten") or a verb ("beinhaltet verschiedene")."""
    if not word.islower() or word in PREPOSITIONS or grammar.can_be_finite_verb(word):
        return False
    return word in _DEGREE_ADVERBS or ("ADJ(D)" in tags(word) and not inflected_adjective(word))


@lru_cache(maxsize=16384)
def _adjective(word: str) -> bool:
    """An inflected attributive adjective or participle, not a pronoun or numeral ("meisten");
    a compound one too ("geschäftskritische"), well formed from listed parts."""
    return (
        word.islower()
        and _declinable(word)
        and word not in ARTICLES
        and word not in _CONJUNCTIONS_LIKE_ADJECTIVES
        and not pronoun_like(word)
        and not ordinal(word)
        and inflected_adjective(word)
        and not _adverb_too(word)  # "der früher empfohlenen Profile"
    )


def _declinable(word: str) -> bool:
    """A listed form, or an ending on a stem German knows: "geschäftskritische" (kritisch),
    but not "letterspace", a package's name that merely ends in -e."""
    german = speller("de")
    return german.listed(word) or any(
        word.endswith(ending) and german.known(word[: -len(ending)]) for ending in ADJECTIVE_ENDINGS
    )


def _adverb_too(word: str) -> bool:
    """ "früher", "später": a form that may be an adverb grading what follows. HanTa's
    predicative tag on a form with another ending ("gesamte") is a guess, no adverb."""
    found = tags(word)
    return "ADV" in found or ("ADJ(D)" in found and word.endswith("er"))


def _has_plural(noun: str) -> bool:
    """A noun of its own beside the infinitive: "die Kosten", "die Leben", not "das Denken"."""
    return any(reading.startswith("pl.") for reading in nouns.compound_analyses(noun))


def _may_lead_infinitive(determiner: str) -> bool:
    """Whether ``determiner`` fits a nominalized infinitive: neuter singular, and not the
    genitive, which takes "-s" ("des Kostens"). "des Kosten" leaves only the plural noun."""
    found = _determiner(determiner)
    return found is None or bool(found.readings & _INFINITIVE_READINGS)


@lru_cache(maxsize=16384)
def _vouched_noun(noun: str, *, infinitive: bool = True) -> bool:
    """A noun whose gender the lexicon knows for sure: listed, German, no name, no infinitive.

    A nominalized infinitive ("dem Starten") is neuter, and a nominalized
    adjective ("dem Folgenden") declines like an adjective, whatever the
    lexicon lists for the same letters. Without ``infinitive`` the determiner
    rules the infinitive out, so a noun with a plural of its own counts ("des Kosten").
    """
    head = noun.rsplit("-", 1)[-1]
    if not head[:1].isupper() or nouns.only_name(noun) or not speller("de").known(head):
        return False  # "Samba-bezogenen", names, words no German dictionary has ("Uploaders")
    lower = head.lower()
    # "dem Folgenden", "dem Erwachsenwerdenden": a nominalized adjective or participle
    participle = _nominalized_participle(head)
    nominalized = participle or (inflected_adjective(lower) and speller("de").listed(lower))
    verb = grammar.can_be_infinitive(lower) and _ends_in_verb(lower)
    if verb and (infinitive or not _has_plural(noun)):
        return False  # "dem Starten": a nominalized infinitive, or "der Denken": a verb
    if nominalized:
        return False  # "dem Folgenden": a nominalized adjective, declined weak
    word_tags = tags(head)
    closed = word_tags & _CLOSED_CLASS_TAGS
    # "Links" is also an adverb, but the lexicon lists the plural of "Link" as it stands
    closed -= {"ADV"} if nouns.is_listed(head) else set()
    if "PPER" in word_tags or (closed and "NN" not in word_tags):
        return False  # "eine Ist", "die jungen Von", "Die Oftmals": a draft's torn-off word
    if nouns.compound_analyses(noun) <= _OLD_DATIVES:
        return False  # no reading, or "ein großes Danke": no old dative of "Dank", another word
    if nouns.is_listed(noun):
        return True
    # A compound the lexicon lacks: its first part must be a word, not two letters ("Soname"),
    # and three letters only if they are a noun ("Eisberg", but not "Abg|leich").
    return any(
        nouns.is_listed(noun[cut:].capitalize())
        and (cut > _MIN_FIRST_PART or nouns.is_listed(noun[:cut]))
        for cut in range(_MIN_FIRST_PART, len(noun) - 3)
    )


def _ends_in_verb(lower: str) -> bool:
    """ "starten", "schlussklingeln": a listed verb, or a compound ending in one; "leitfaden"
    ends in none, though the tagger guesses an infinitive."""
    words = speller("de")
    return any(
        words.in_dictionary(lower[cut:])
        and lower[cut:] in grammar.verb_lemmas(lower[cut:])
        and _verb_front(lower[:cut])
        for cut in range(len(lower) - _MIN_FIRST_PART)
    )


def _verb_front(front: str) -> bool:
    """What may stand before a verb in a nominalized infinitive: nothing, a particle or a
    word ("Schluss|klingeln"); "Datens|ätzen" and "Frage|bögen" (no infinitive) are nouns."""
    return not front or front in SEPARABLE_PARTICLES or speller("de").listed(front.capitalize())


def _loanword(noun: str) -> bool:
    """English, or no German dictionary word: its gender is the writer's choice as often as not.

    A noun with one listed gender keeps it where its suffix fixes it ("die Version",
    "die Mediation") or German uses it more than English does ("die Analyse").
    """
    head = noun.rsplit("-", 1)[-1]
    if not speller("de").known(noun):
        return True
    if _english_compound(head) or _english_word(head):
        return True
    genders = _genders(nouns.analyses(head)) - {"pl"}
    if len(genders) == 1 and (head.lower().endswith(_GENDERED_SUFFIXES) or _native(head)):
        return False
    return speller("en").listed(head)


def _english_compound(noun: str) -> bool:
    """ "Doublequote", "Minipage": an unlisted compound of English words ends in an English
    noun, whose gender the German homograph ("die Quote", "der Page") does not decide.
    A linking s after a German noun makes the compound German ("Versions|schemata")."""
    split = _front_and_end(noun)
    if split is None:
        return False
    front, end = split
    linked = front.endswith("s") and nouns.is_listed(front[:-1])
    return speller("en").listed(front.lower()) and not linked and _loanword(end)


@lru_cache(maxsize=8192)
def _front_and_end(noun: str) -> tuple[str, str] | None:
    """What stands before an unlisted noun's longest listed end, and that end."""
    if nouns.analyses(noun):
        return None
    end = nouns.head(noun)
    if end is None or end == noun:
        return None
    return noun[: len(noun) - len(end)], end


def _native(noun: str) -> bool:
    """ "Analyse", "Knopf": a noun German uses more than English, whatever English shares
    its letters, so its one listed gender is the German one. "Pixel", "Kernel" are loans,
    whose gender and plural writers choose."""
    if nouns.is_name(noun):
        return False  # "des Faust": a name, whose bearer decides the article
    german = speller("de").frequency(noun)
    return german >= _COMMON_ZIPF and german > speller("en").frequency(noun.lower())


def _nominalized_participle(noun: str) -> bool:
    """ "Erwachsenwerdenden": a present participle the lexicon lacks, declined as a noun;
    "Legende", "Jahresende" are nouns of their own."""
    lower = noun.lower()
    ending = next((e for e in _PARTICIPLE_ENDINGS if lower.endswith(e)), None)
    if ending is None or nouns.is_listed(noun):
        return False
    return _infinitive_noun(noun[: -len(ending)] + "en")


@lru_cache(maxsize=8192)
def _infinitive_noun(noun: str) -> bool:
    """ "ein Forken", "dem Älterwerden", "kein Zuckerschlecken": an infinitive, German or
    English, perhaps after a word or a particle; "dem Modulen" holds no verb at all."""
    lower = noun.lower()
    if grammar.can_be_infinitive(lower) or speller("en").listed(lower[:-2]):
        return True
    for cut in range(2, len(lower) - _MIN_VERB_TAIL + 1):
        front, verb = lower[:cut], lower[cut:]
        if _verb_front(front) and grammar.can_be_infinitive(verb):
            return True
    return False


def _genders(readings: frozenset[str]) -> frozenset[str]:
    return frozenset(reading.split(".")[0] for reading in readings)


def _noun_readings(noun: Word) -> frozenset[str]:
    return frozenset() if _english_word(noun.text) else nouns.compound_analyses(noun.text)


@lru_cache(maxsize=8192)
def _english_word(noun: str) -> bool:
    """ "Installer", "Bootloader": an English word the German lexicon lacks, whose listed
    end ("Aller", "Ader") follows no word, so it is no German compound's head."""
    if "-" in noun or not speller("en").listed(noun.lower()):
        return False
    stem = noun.removesuffix("s")
    if stem != noun and speller("en").listed(stem.lower()) and not speller("de").known(stem):
        return True  # "des Solvers": a German parse ("Sol|vers") of a loan German lacks alone
    split = _front_and_end(noun)
    if split is None:
        return False
    front = split[0]
    # a noun of the lexicon, or a word written small ("klein", "hoch"); abbreviations
    # ("Inst", "Re") begin no compound
    return not (nouns.front_is_word(front, nouns.is_listed) or speller("de").listed(front.lower()))


def _agreement(
    phrase: _Phrase,
    determiner: _Determiner,
    governed: str | None,
    *,
    two_way: bool = False,
    preposition: bool = False,
) -> tuple[int, int, str] | None:
    assert phrase.determiner is not None
    noun_readings = _noun_readings(phrase.noun)
    plural_only = all(r.startswith("pl.") for r in noun_readings)
    singular_only = not any(r.startswith("pl.") for r in determiner.readings)
    # "des Kosten" has no -s, and "-ungen" is never an infinitive's ending
    genitive = all(r.endswith(".gen") for r in determiner.readings)
    noun = phrase.noun.text
    infinitive = noun.endswith("en") and not noun.endswith(_NOUN_SUFFIXES) and not genitive
    infinitive = infinitive and _infinitive_noun(noun)
    if plural_only and singular_only and infinitive:
        return None  # "ein Forken": more likely a nominalized infinitive than a plural
    # "ein Downgrade", "die Gettext": a loanword's gender varies between writers; but "des"
    # wants an -s whatever the gender ("des Software" is "der" or "des …s"), unless the
    # noun is a name ("des Faust")
    bare_genitive = (
        genitive
        and bool(noun_readings)
        and not noun.endswith(("s", "x", "z", "ß"))
        and not nouns.is_name(noun)
    )
    unsure = _loanword(noun) and not _genders(determiner.readings) & _genders(noun_readings)
    if unsure and not bare_genitive:
        return None
    if phrase.determiner.text.lower().startswith(_STRONG_AFTER_STEMS) and noun in MEASURES:
        return None  # "von einigen Dutzend Paletten": a count, which stays singular
    if phrase.determiner.text.lower() == "jeden" and noun_readings & _DEFINITE["des"]:
        return None  # "jeden Jahres": Duden allows it beside "jedes" before a genitive in -s
    start, end = phrase.determiner.start, phrase.noun.end
    words = _spelled(w.text for w in phrase.words)
    if governed is not None:
        # "mit den aktuellen Forschungsstand": after "mit" the article is dative
        agreed = determiner.readings & noun_readings
        in_case = frozenset(r for r in determiner.readings if r.endswith("." + governed))
        determiner = _Determiner(in_case or determiner.readings, determiner.weak)
        fits_in_case = in_case & noun_readings
        if agreed and not fits_in_case and not _with_ending(noun, determiner, governed):
            # "mit einen Spatel", "gemäß der Operanden": article and noun agree, in another case
            return start, end, _case_message(phrase, agreed, noun_readings, governed)
    left = determiner.readings & noun_readings
    if not left and genitive and (noun.lower() in COLOURS or noun.lower() in LANGUAGES):
        return None  # "des üblichen Blau", "des Deutsch": Duden allows them beside "des Blaus"
    # "zu einer weichen, hohe Werte zu einer rauen": after a join a new phrase may start, its
    # noun left out before; the determiner is the phrase's only where it fits the noun.
    joined = any(word.text in _ADJECTIVE_JOINS for word in phrase.words)
    if joined and not left:
        return None
    if not left:
        # "in aller Munde", "allen Ernstes", "wollen alle Spaß": an idiom, or "alle" floating
        if phrase.determiner.text.lower().startswith("all") and not _plural(noun_readings):
            return None
        if phrase.counted:
            return _counted_mismatch(phrase, determiner, governed)
        message = _mismatch(phrase, determiner, governed, two_way=two_way, preposition=preposition)
        return start, end, message
    if phrase.determiner.text.lower().startswith("all"):
        return None  # "sind alle reine Textdateien": "alle" may float apart from its phrase
    if phrase.determiner.text.lower().startswith(_EITHER_ENDING_STEMS + _STRONG_AFTER_STEMS):
        return None
    wanted = _endings_for(left, determiner.weak)
    if joined and not any(adjective_ending(a.text) in wanted for a in phrase.adjectives):
        return None  # "in dem lebenserprobte und unreife Menschen …": "dem" is not theirs
    for adjective in phrase.adjectives:
        ending = adjective_ending(adjective.text)
        if not speller("de").known(adjective.text):
            continue  # "den angebotenene": a misspelt adjective, whose ending is the speller's
        if ending not in wanted and len(wanted) == 1:
            fixed = _reinflect(adjective.text, ending, next(iter(wanted)))
            message = (
                f"»{words}«: Nach »{phrase.determiner.text}« endet das Adjektiv hier auf "
                f"-{next(iter(wanted))}: »{words.replace(adjective.text, fixed, 1)}«"
            )
            # "der unterschiedlichen Befehl": or the noun lacks the plural the rest agrees with
            plural = _vouched_plural(phrase, determiner, governed)
            if plural is not None:
                message += (
                    f", oder dem Nomen fehlt die Endung: »{words.removesuffix(noun)}{plural}«"
                )
            return start, end, message + _as_object(phrase, left, ending, governed) + "."
    return None


def _as_object(phrase: _Phrase, left: frozenset[str], ending: str, governed: str | None) -> str:
    """ "ein sicheren Halt": the "-en" may be right and the article short of its own "-en".

    A masculine noun after a bare "ein", "kein" or "mein" is nominative, but
    the adjective's "-en" points to the accusative, so that reading is named too.
    """
    assert phrase.determiner is not None
    if left != {"m.sg.nom"} or ending != "en" or governed is not None:
        return ""
    accusative = _inflected(phrase, phrase.determiner.text + "en", phrase.noun.text, {"akk"})
    return f"; als Objekt heißt es »{accusative}«" if accusative else ""


def _case_message(
    phrase: _Phrase, agreed: frozenset[str], noun_readings: frozenset[str], governed: str
) -> str:
    """The comment on an article that agrees with its noun, but not in the governed case.

    The fix keeps the gender and number the writer's article agrees on
    ("einen Spatel" → "einem Spatel"), its adjectives declined to fit.
    """
    assert phrase.determiner is not None
    words = _spelled(w.text for w in phrase.words)
    in_case = _noun_in_case(phrase, noun_readings, governed)
    if in_case is not None:
        # "für dieses Feldes": the article is an accusative already, the noun's form is not
        return (
            f"»{words}«: Die Präposition davor verlangt den {_CASE_NAMES[governed]}; "
            f"»{phrase.noun.text}« ist kein {_CASE_NAMES[governed]}. Gemeint ist wohl »{in_case}«."
        )
    kinds = {reading.split(".")[0] for reading in agreed}
    kept = frozenset(r for r in noun_readings if r.split(".")[0] in kinds)
    refit = _refit(phrase.determiner.text, kept, {governed})
    fixed = _inflected(phrase, refit, phrase.noun.text, {governed}) if refit else None
    better = f" Gemeint ist wohl »{fixed}«." if fixed else ""
    return (
        f"»{words}«: Die Präposition davor verlangt den {_CASE_NAMES[governed]}; "
        f"»{phrase.determiner.text}« ist kein {_CASE_NAMES[governed]}.{better}"
    )


def _noun_in_case(phrase: _Phrase, noun_readings: frozenset[str], case: str) -> str | None:
    """The phrase with the noun's singular in ``case``, where the determiner as written has
    that case for the noun's gender: "dieses Feldes" → "dieses Feld" after "für"."""
    assert phrase.determiner is not None
    determiner = _determiner(phrase.determiner.text)
    noun = phrase.noun.text
    if determiner is None or not noun.endswith("s"):
        return None
    genders = _genders(noun_readings) - {"pl"}
    wanted = {f"{gender}.sg.{case}" for gender in genders} & determiner.readings
    for stem in (noun[:-2], noun[:-1]) if noun.endswith("es") else (noun[:-1],):
        if wanted & nouns.compound_analyses(stem):
            return _inflected(phrase, phrase.determiner.text, stem, {case})
    return None


def _government(tokens: Sequence[Word], index: int, case: str) -> tuple[int, int, str] | None:
    """ "von diversen Akteure": the noun phrase after the preposition has no reading in its case."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not is_word(following):
        return None
    determiner = _determiner(following.text)
    if determiner is not None:
        return None  # the article's own agreement is judged where it stands
    phrase = _phrase(tokens, index + 1, None)
    if phrase is None:
        return None
    readings = _noun_readings(phrase.noun)
    if any(reading.endswith("." + case) for reading in readings):
        return None
    wanted = _form_in_case(phrase.noun.text, readings, case)
    if wanted is None:
        return None
    message = (
        f"»{tokens[index].text} … {phrase.noun.text}«: »{tokens[index].text}« verlangt den "
        f"{_CASE_NAMES[case]}: »{wanted}«."
    )
    return tokens[index].start, phrase.noun.end, message


def _form_in_case(noun: str, readings: frozenset[str], case: str) -> str | None:
    """The listed form of the same noun in ``case`` and the same number, if the lexicon has one."""
    if not readings or not all(r.startswith("pl.") for r in readings):
        return None  # a singular noun's case rarely shows in its form; too little to go on
    head = nouns.head(noun)
    for suffix in ("n", "en", "s"):
        candidate = noun + suffix
        # the same listed end with the ending: not "Puffern" + "en", read as "…nen"
        same_noun = head is not None and nouns.head(candidate) == head + suffix
        if same_noun and f"pl.{case}" in nouns.compound_analyses(candidate):
            return candidate
    return None


def _counted_mismatch(
    phrase: _Phrase, determiner: _Determiner, governed: str | None
) -> tuple[int, int, str] | None:
    """ "den drei Tage" → "den drei Tagen": after a cardinal the noun is plural, and only
    its plural in the determiner's case is offered; a singular article is no fix."""
    assert phrase.determiner is not None
    completed = _with_ending(phrase.noun.text, determiner, governed)
    if completed is None:
        return None
    words = _spelled(w.text for w in phrase.words)
    count = _spelled(w.text for w in phrase.words[:-1])
    fixed = words.removesuffix(phrase.noun.text) + completed
    cases = {reading.rsplit(".", 1)[1] for reading in determiner.readings}
    case = f"{_ALL_CASE_NAMES[next(iter(cases))]} " if len(cases) == 1 else ""
    message = f"»{words}«: Nach »{count}« steht das Nomen im {case}Plural: »{fixed}«."
    return phrase.determiner.start, phrase.noun.end, message


def _mismatch(
    phrase: _Phrase,
    determiner: _Determiner,
    governed: str | None,
    *,
    two_way: bool = False,
    preposition: bool = False,
) -> str:
    """The comment on a determiner that fits no reading of its noun, with the fixes that would.

    A case ending the noun lacks ("des Fehler") is the fix. Otherwise the
    determiner may be wrong ("seinen Meinung" → "seine Meinung"), or the
    noun's ending ("der Bürgern" → "der Bürger"), and each fix that makes the
    whole phrase agree is named. After a preposition of place or direction both
    cases are ("in den Werkzeugleiste" → "der" or "die Werkzeugleiste").
    """
    assert phrase.determiner is not None
    words = _spelled(w.text for w in phrase.words)
    written, noun = phrase.determiner.text, phrase.noun.text
    readings = _noun_readings(phrase.noun)
    completed = _with_ending(noun, determiner, governed) or _vouched_plural(
        phrase, determiner, governed
    )
    fitting = determiner.readings & nouns.compound_analyses(completed) if completed else set()
    # "den Leisten" is also the masculine "der Leisten": only the written noun's own gender
    genders = {r[:1] for r in readings if not r.startswith("pl.")}
    fitting = {r for r in fitting if r.startswith("pl.") or not genders or r[:1] in genders}
    # "seinen Meinung" → "seinen Meinungen" changes the number: the article may be the slip
    turns_plural = not _plural(readings) and all(_number(r) == "pl" for r in fitting)
    # "jedes Beispiele" is as likely "jedes Beispiel" as "jedes Beispieles", "auf den
    # festgelegten Werte" as "Wert" as "Werten": an ending too many or one left off, both named
    shorter = _without_ending(noun, determiner, governed) if completed else None
    cases = {governed} if governed else None
    if completed is not None and not turns_plural:
        if shorter is None:
            fixed = words.removesuffix(noun) + completed
            return f"»{words}«: Dem Nomen fehlt nach »{written}« die Endung: »{fixed}«."
        fixes = [_inflected(phrase, written, form, cases) for form in (shorter, completed)]
        both = " oder ".join(f"»{fix}«" for fix in fixes if fix)
        return f"»{words}«: Artikel und Nomen passen nicht zusammen. Gemeint ist wohl {both}."
    renoun = completed or _without_ending(noun, determiner, governed)
    # "die direkten Kindprozesses": the adjectives agree with the plural, one "s" too many
    vouched = None if renoun else _vouched_plural_without_s(phrase)
    renoun = renoun or vouched
    turns_plural = turns_plural and vouched is None
    noun_fix = _inflected(phrase, written, renoun, cases) if renoun else None
    # "der Bürgern": the article is as written, the ending one too many, so that fix first;
    # "seinen Meinung": the plural would change the meaning, so the article's fix first
    refits = [_refitted(phrase, determiner, governed, preposition=preposition)]
    if two_way and governed is None:
        # "ein Konzerte" has its old dative, which no writer means: "einem Konzerte"
        meant = ("akk",) if nouns.only_old_dative(readings) else ("dat", "akk")
        refits += [_refitted(phrase, determiner, case) for case in meant]
    if written.lower().startswith(_STRONG_AFTER_STEMS) and not _plural(readings):
        refits = []  # "einige Praktikum": "einiges Praktikum" would fit, but means little
    ordered = [*refits, noun_fix] if turns_plural else [noun_fix, *refits]
    options = [fix for fix in ordered if fix]
    quoted = [f"»{fix}«" for fix in dict.fromkeys(options)]
    better = " oder ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 2 else quoted)
    better = f" Gemeint ist wohl {better}." if better else ""
    kind = _describe(readings)
    if noun_fix is None:
        return f"»{words}«: Der Artikel passt nicht zu »{noun}« ({kind}).{better}"
    return f"»{words}«: Artikel und Nomen passen nicht zusammen (»{noun}«: {kind}).{better}"


def _vouched_plural_without_s(phrase: _Phrase) -> str | None:
    """ "die neuen Ergebnisses" → "Ergebnisse": a genitive's "s" on the plural the
    determiner and the adjectives as written agree with; without an adjective "diese
    Zitates" is as often "dieses Zitates"."""
    assert phrase.determiner is not None
    plural = phrase.noun.text.removesuffix("s")
    if not phrase.adjectives or plural == phrase.noun.text:
        return None
    if not _plural(nouns.compound_analyses(plural)):
        return None
    return plural if _agrees_as_written(phrase, plural) else None


def _vouched_plural(phrase: _Phrase, determiner: _Determiner, governed: str | None) -> str | None:
    """ "Die englischen Begriff" → "Begriffe": the noun's plural in "e", where the adjectives
    as written agree with it and the determiner."""
    assert phrase.determiner is not None
    if not phrase.adjectives:
        return None
    plural = _with_ending(phrase.noun.text, determiner, governed, plural_e=True)
    if plural is None:
        return None
    return plural if _agrees_as_written(phrase, plural) else None


def _agrees_as_written(phrase: _Phrase, noun: str) -> bool:
    """Whether the determiner and adjectives, as written, are what ``noun`` would take."""
    assert phrase.determiner is not None
    written = _spelled([*(w.text for w in phrase.words[:-1]), noun])
    return _inflected(phrase, phrase.determiner.text, noun, None) == written


def _refitted(
    phrase: _Phrase, determiner: _Determiner, governed: str | None, *, preposition: bool = False
) -> str | None:
    """ "mit den Kindern", "eine SQL-Abfrage": the phrase with its determiner fitted to the noun.

    After a preposition that governs one case, that case decides, and where
    the noun has no form in it, the noun is what changes ("mit den Kinder").
    Elsewhere the determiner keeps the case it has in the noun's number
    ("seinen Meinung" → "seine Meinung", the accusative of "seinen" in the
    singular), or else any case it has ("der Nutzern" → "den Nutzern"). A
    noun in "-s" that is only a genitive shows the case meant ("diesen
    Ansatzes" → "dieses Ansatzes"); an old dative in "-e" ("dem Danke") does not.
    """
    assert phrase.determiner is not None
    written, noun = phrase.determiner.text, phrase.noun.text
    readings = _noun_readings(phrase.noun)
    if governed is not None and not any(r.endswith("." + governed) for r in readings):
        in_case = _form_in_case(noun, readings, governed)
        if in_case is not None and determiner.readings & nouns.compound_analyses(in_case):
            return _inflected(phrase, written, in_case, {governed})
        return None
    if governed is not None:
        tried = [{governed}]
    else:
        numbers = _genders(readings) & {"pl"} or {"sg"}
        same_number = {r.rsplit(".", 1)[1] for r in determiner.readings if _number(r) in numbers}
        own = {r.rsplit(".", 1)[1] for r in determiner.readings}
        genitive = all(r.endswith(".gen") for r in readings)
        # "nach einige Jahren": after a preposition, a noun in one case only shows the case
        # meant, where the determiner has the noun's number ("des Verweisen" wants
        # "des Verweises"); a subject ("Die einzelnen Schritten finden …") shows none
        noun_cases = {r.rsplit(".", 1)[1] for r in readings}
        shown = [noun_cases] if preposition and len(noun_cases) == 1 and same_number else []
        tried = [same_number, own, *([{"gen"}] if genitive else []), *shown]
    for cases in tried:
        refit = _refit(written, readings, cases)
        if refit is not None:
            return _inflected(phrase, refit, noun, cases)
    return None


def _inflected(phrase: _Phrase, written: str, noun: str, cases: set[str] | None) -> str | None:
    """The phrase with ``written`` as determiner and ``noun``, its adjectives declined to fit.

    None where the two agree in no reading (in ``cases``, if given) or the
    readings left ask different endings of an adjective.
    """
    determiner = _determiner(written) or (_NEUTER_DAS if written.lower() == "das" else None)
    if determiner is None:
        return None
    left = determiner.readings & nouns.compound_analyses(noun)
    if cases is not None:
        left = frozenset(r for r in left if r.rsplit(".", 1)[1] in cases)
    if not left:
        return None
    as_written = [
        reading
        for reading in left
        if all(_declines(adjective, reading, determiner.weak) for adjective in phrase.adjectives)
    ]
    if as_written:
        return _spelled([written, *(w.text for w in phrase.words[1:-1]), noun])
    wanted = _endings_for(left, determiner.weak)
    if len(wanted) != 1:
        return None
    declined = [
        _reinflect(word.text, adjective_ending(word.text), *wanted)
        if word in phrase.adjectives
        else word.text  # "einen gut ausgestatteten": an adverb keeps its form
        for word in phrase.words[1:-1]
    ]
    return _spelled([written, *declined, noun])


def _without_ending(noun: str, determiner: _Determiner, governed: str | None) -> str | None:
    """ "der Bürgern" → "der Bürger", "ein Konzerte" → "ein Konzert": an ending too many.

    The shorter form must be the same listed noun and fit the determiner, in
    the governed case after a preposition.
    """
    head = nouns.head(noun)
    genders = _genders(nouns.compound_analyses(noun))
    # "se": a plural that doubles its s ("Ergebnisse" → "Ergebnis", "Busse" → "Bus")
    for suffix in ("n", "en", "e", "s", "es", "se"):
        stem = noun.removesuffix(suffix)
        if head is None or stem == noun or not head.endswith(suffix):
            continue
        if not nouns.is_listed(head.removesuffix(suffix)):
            continue  # no such form: "Mitläufe" is no noun
        fitting = determiner.readings & nouns.compound_analyses(stem)
        if governed is not None:
            fitting = frozenset(r for r in fitting if r.endswith("." + governed))
        if "pl" not in genders:
            # the same noun: "diese Buches" is no "Buche", "diese Zitates" no plural "Zitate"
            fitting = frozenset(r for r in fitting if r.split(".")[0] in genders)
        if fitting:
            return stem
    return None


def _plural(readings: frozenset[str]) -> bool:
    return any(reading.startswith("pl.") for reading in readings)


def _number(reading: str) -> str:
    return "pl" if reading.startswith("pl.") else "sg"


# The genitive's two endings, which many nouns take both of: "des Bilds", "des Bildes".
_GENITIVE_ENDINGS: Final = frozenset({"s", "es"})


def _with_ending(
    noun: str, determiner: _Determiner, governed: str | None = None, *, plural_e: bool = False
) -> str | None:
    """ "des Fehler" → "des Fehlers", "den Exponent" → "den Exponenten", "mit den Befehle".

    After a preposition only its case counts. A plural's "e" is tried only where asked
    (``plural_e``): an adjective's ending must vouch for the plural ("die englischen
    Begriff"), for without one "diese Weg" is as often "dieser Weg".

    When the noun with a case or plural ending fits the article, the article
    is what the writer chose and the ending is what was left off; offering
    another article instead ("der Fehler") would change the meaning.
    """
    genders = _genders(nouns.compound_analyses(noun))
    head = nouns.head(noun)
    if head is None:
        return None
    endings = []
    for suffix in ("s", "es", "n", "en", "e") if plural_e else ("s", "es", "n", "en"):
        if not nouns.is_listed(head + suffix):
            continue  # no such form: "Effekteen" only parses as "Effek" + "Teen"
        fitting = determiner.readings & nouns.compound_analyses(noun + suffix)
        if governed is not None:
            # "für den Pixel" is accusative: a dative plural "Pixeln" is no fix after "für".
            fitting = frozenset(r for r in fitting if r.endswith("." + governed))
        # The same noun inflected, not another one ("Reihen" is also a masculine noun).
        if any(reading.split(".")[0] in genders | {"pl"} for reading in fitting):
            endings.append(suffix)
    if not endings:
        return None
    if set(endings[:2]) == _GENITIVE_ENDINGS:
        # "des Bild": "Bildes" and "Bilds" are both right; the one people write more
        return noun + max(endings[:2], key=lambda suffix: frequency(head + suffix, ("de",)))
    return noun + endings[0]


def _refit(written: str, noun: frozenset[str], cases: set[str]) -> str | None:
    """The same determiner in one of ``cases``, fitted to the noun: "einen" → "eine"."""
    forms = {
        form
        for reading in noun
        if reading.rsplit(".", 1)[1] in cases
        for form in _forms(written.lower(), reading)
    }
    if len(forms) != 1:
        return None
    form = next(iter(forms))
    return form.capitalize() if written[:1].isupper() else form


def _forms(written: str, reading: str) -> list[str]:
    """The forms of ``written``'s determiner family that carry ``reading``."""
    if written in (*_DEFINITE, "das"):
        table = {**_DEFINITE, "das": _readings("n.sg.nom", "n.sg.akk")}
        return [form for form, readings in table.items() if reading in readings]
    for stems, endings in ((_DIESER_STEMS, _DIESER_ENDINGS), (_EIN_STEMS, _EIN_ENDINGS)):
        for stem in stems:
            if written.startswith(stem):
                if stem == "ein" and reading.startswith("pl."):
                    return []  # "ein" has no plural: "ein Konzerte" is never "eine Konzerte"
                return [stem + end for end, readings in endings.items() if reading in readings]
    return []


def _spelled(words: Iterable[str]) -> str:
    """The words of a phrase as written: spaced, but a comma right after its word."""
    return " ".join(words).replace(" , ", ", ")


def _reinflect(adjective: str, ending: str, wanted: str) -> str:
    return adjective.removesuffix(ending) + wanted


def _describe(readings: frozenset[str]) -> str:
    genders = {"m": "maskulin", "f": "feminin", "n": "neutral"}
    singular = sorted({genders[r[0]] for r in readings if not r.startswith("pl.")})
    plural = any(r.startswith("pl.") for r in readings)
    parts = singular + (["Plural"] if plural else [])
    return " oder ".join(parts) if parts else "unbekannt"
