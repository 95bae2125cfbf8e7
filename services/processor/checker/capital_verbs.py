"""When a capitalised infinitive, participle or predicate mid-sentence is no noun.

"Lesen" may be the noun ("weil Lesen bildet") or the verb written big ("sich
Entspannen", "zu Betrachten", "Reden können."). The evidence is what governs
it: "zu" after a verb or adjective, a reflexive "sich", a modal verb that ends
the clause, or an adverb before it. A capital before a finite verb the clause
goes on after ("… Natürlich kann ich …") opens a sentence whose full stop is
missing, and is no case error at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import (
    CONTRACTIONS,
    PRONOUNS,
    inflected_adjective,
    is_noun,
    listed,
    pronoun_like,
    tags,
)
from services.processor.checker.class_nouns import is_class_noun
from services.processor.checker.clauses import BOUNDARY_MARKS, CLAUSE_END_MARKS, is_boundary
from services.processor.checker.lexicon import (
    ARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    SEIN_FINITE,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.tokens import Word, is_word

INFINITIVE = word_set("VV(INF) VA(INF) VM(INF)")
# "wir rauchen" is also the infinitive: HanTa's one best reading may be the finite one.
_VERB_EN = word_set("VV(FIN) NNI")
# After these "zu" is never a preposition: only an infinitive follows.
_INFINITIVE_CONJUNCTIONS = word_set("um ohne statt anstatt")
_GEHEN = word_set("gehen geht gehe gehst ging gingen gegangen")
_COPULAS = SEIN_FINITE | word_set(
    "bin bist seid warst wird werden wirst wurde wurden bleibt bleiben blieb"
)
_CLAUSE_ENDS = CLAUSE_END_MARKS - {":"}
_JOINING_NOUNS = word_set("und oder sowie")
# Auxiliaries a participle closes the clause of: the passive, the perfect, the state passive.
_PERFECT_AND_PASSIVE = _COPULAS | word_set("worden hat haben hatte hatten habe hätte hätten")
MODALS = word_set(
    "kann können konnte konnten könnte könnten muss müssen musste mussten müsste müssten "
    "darf dürfen durfte durften dürfte dürften soll sollen sollte sollten "
    "will wollen wollte wollten möchte möchten "
    "muß mußte mußten müßte müßten"  # the old spelling, which the spelling check names
)
# After these a clause goes on, so an indefinite pronoun opens none: "Es mag Einige geben",
# "dass Alles passt". ("mag" takes an infinitive as a modal, though as often a noun.)
_CLAUSE_GOES_ON = MODALS | word_set("mag mögen mochte mochten") | SUBORDINATORS
# Conjunctions before a main clause's first constituent, which leave its verb second.
_BEFORE_FIRST_PLACE = word_set("und aber denn oder doch sondern")
# A pronoun that is a whole first constituent: "Wir Zeigen …", "Dies Zeigt …".
_FIRST_PLACE_PRONOUNS = PERSONAL_PRONOUNS | word_set("man dies")
# The noun readings a verb form may have and still be the verb here: the nominalized
# infinitive ("das Fehlen") and a dative plural no subject or object takes alone ("Rauchen").
_VERBAL_NOUN = ("n.sg", "pl.dat")
# Quantifiers that open a noun phrase as an article does: "Viele Befragte …".
_OPENING_QUANTIFIERS = word_set("viele einige manche mehrere wenige alle beide sämtliche")


def modal_infinitive(tokens: Sequence[Word], index: int) -> bool:
    """ "… miteinander Reden können.": an infinitive before a modal verb that ends the clause."""
    if index + 2 > len(tokens) - 1 or not can_be_infinitive(tokens[index].text):
        return False
    previous = tokens[index - 1].text
    if not previous.islower() or previous.lower() in ARTICLES or inflected_adjective(previous):
        return False
    after = tokens[index + 2]
    return tokens[index + 1].text in MODALS and (is_boundary(after) or after.text == ".")


def before_gehen(tokens: Sequence[Word], index: int) -> bool:
    """ "Schwimmen gehen", "Tanzen zu gehen": "gehen" takes a bare infinitive, a verb.

    An article or adjective before it makes it a noun ("die Feiern gehen weiter").
    """
    if index + 1 >= len(tokens) or not can_be_infinitive(tokens[index].text):
        return False
    following = tokens[index + 1].text
    if following == "zu" and index + 2 < len(tokens):
        following = tokens[index + 2].text
    previous = tokens[index - 1].text.lower()
    determined = previous in ARTICLES or previous in CONTRACTIONS or inflected_adjective(previous)
    governed = previous in PREPOSITIONS or previous[:-1] in PREPOSITIONS  # "durchs Leben gehen"
    return following in _GEHEN and not determined and not governed


def modal_clause_infinitive(tokens: Sequence[Word], index: int) -> bool:
    """ "Man kann dort Feiern, bis …": the infinitive a modal verb earlier in the clause governs.

    It ends the clause (a comma or full stop follows); an article or adjective
    before it would make it a noun ("Man kann das Feiern.").
    """
    word = tokens[index].text
    following = tokens[index + 1].text if index + 1 < len(tokens) else "."
    if following not in (".", ",", ";", "!", "?") or not can_be_infinitive(word):
        return False
    readings = nouns.analyses(word)
    if any(r.startswith("pl.") for r in readings) and not any(
        r.startswith("n.sg") for r in readings
    ):
        return False  # "ohne Sorgen", "in den meisten Fällen": a plural noun
    return _closes_clause_of(tokens, index, MODALS)


def clause_final_participle(tokens: Sequence[Word], index: int) -> bool:
    """ "wird das Vorgehen Beschrieben.": a participle closing a clause an auxiliary opened.

    Its noun twin ("den Beschrieben") would need an article, a preposition or
    an adjective before it; the verb needs none.
    """
    word = tokens[index].text
    following = tokens[index + 1].text if index + 1 < len(tokens) else "."
    if following not in _CLAUSE_ENDS or "VV(PP)" not in grammar.word_tags(word.lower()):
        return False
    if not word.endswith(("t", "en")) or not nouns.analyses(word) <= {"pl.dat"}:
        return False  # "Gefahren", "Vergessen", "Brauch": nouns a subject or object may be
    return _closes_clause_of(tokens, index, _PERFECT_AND_PASSIVE)


def _closes_clause_of(tokens: Sequence[Word], index: int, governors: frozenset[str]) -> bool:
    """No article, preposition or adjective claims ``tokens[index]`` as a noun ("in den
    meisten Fällen", "mit den Beschrieben"), and one of ``governors`` opened its clause."""
    previous = tokens[index - 1].text
    claimed = previous.lower() in ARTICLES | CONTRACTIONS | PREPOSITIONS
    if claimed or (
        previous.islower() and (inflected_adjective(previous) or pronoun_like(previous))
    ):
        return False
    for earlier in reversed(tokens[: index - 1]):
        if earlier.text in BOUNDARY_MARKS:
            return False
        if earlier.text in governors:
            return True
    return False


def verb_second(tokens: Sequence[Word], index: int) -> bool:
    """ "Die Teilnehmer Bereiten sich vor", "Wir Zeigen, dass …": a main clause's finite verb
    follows its first constituent, so a verb form right after an opening pronoun or a plain
    noun phrase (determiner, small adjectives, one noun) is that verb, written big.

    A word that is also a noun of its own ("Arbeiten", "Nutzen") may be a compound's part
    written apart, and is left to the compound check. An infinitive may be nominalized
    ("Das Daten Erheben ist …"): it is the verb only where no noun or finite verb follows.
    """
    if not _after_first_place(tokens, index):
        return False
    lower = tokens[index].text.lower()
    infinitive = can_be_infinitive(lower)
    if not (infinitive or grammar.can_be_finite_verb(lower)):
        return False
    if any(not reading.startswith(_VERBAL_NOUN) for reading in nouns.analyses(tokens[index].text)):
        return False
    if not infinitive:
        return True
    following = tokens[index + 1].text if index + 1 < len(tokens) else "."
    nominal = following[:1].isupper() or grammar.can_be_finite_verb(following)
    return not nominal and not _names_its_class(tokens[index - 1].text)


def _names_its_class(noun: str) -> bool:
    """ "Die Methode Lernen durch Lehren …": after a class noun in the singular, its name."""
    singular = any(reading.endswith("sg.nom") for reading in nouns.analyses(noun))
    return singular and is_class_noun(noun)


def _after_first_place(tokens: Sequence[Word], index: int) -> bool:
    """Whether ``tokens[:index]`` is a sentence's first constituent, plainly whole: a pronoun,
    or a determiner, small inflected adjectives and one noun ("Aber die neuen Daten")."""
    start = 1 if tokens[0].text.lower() in _BEFORE_FIRST_PLACE else 0
    if index <= start:
        return False
    first = tokens[start].text.lower()
    if index == start + 1:
        return first in _FIRST_PLACE_PRONOUNS
    if first not in ARTICLES and first not in _OPENING_QUANTIFIERS:
        return False
    noun = tokens[index - 1].text
    if not noun[:1].isupper() or not (is_noun(noun) or inflected_adjective(noun.lower())):
        return False  # "Befragte": a nominalized adjective is the noun too
    between = tokens[start + 1 : index - 1]
    return all(token.text.islower() and inflected_adjective(token.text) for token in between)


def bare_infinitive(lower: str, found: frozenset[str]) -> bool:
    """An infinitive, not an adjective in "-en": "erwachsen" inflects ("erwachsene"), "gehen" not."""
    infinitive = lower.endswith(("en", "ern", "eln"))
    return bool(found & INFINITIVE) and infinitive and not listed(lower + "e")


def can_be_infinitive(word: str) -> bool:
    """An "-en" form that HanTa reads as an infinitive, or as the finite verb that equals it."""
    found = tags(word)
    return word.endswith(("en", "ern", "eln")) and bool(found & (INFINITIVE | _VERB_EN))


def verbal_after_zu(tokens: Sequence[Word], index: int) -> bool:
    """ "anfangen zu Rauchen": an infinitive after "zu" that a verb or adjective governs.

    "Zugang zu Wissen" has a noun before "zu": there "zu" is a preposition.
    """
    word = tokens[index].text
    if index < 2 or not word.endswith(("en", "ern", "eln")) or not listed(word.lower()):
        return False  # "zu Randaleien": no verb in lower case
    if not can_be_infinitive(word):
        return False
    if "pl.nom" in nouns.analyses(word):
        return False  # "zu Regeln": a plural noun
    governor = tokens[index - 2]
    if governor.text.lower() in _INFINITIVE_CONJUNCTIONS or _coordinated_zu(tokens, index):
        return True  # "um zu Wissen, was …", "zu Rauchen und zu trinken"
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        is_word(governor)
        and governor.text.islower()
        and (following is None or is_boundary(following) or following.text == ".")
    )


def _coordinated_zu(tokens: Sequence[Word], index: int) -> bool:
    """ "zu Rauchen und zu trinken": joined to a zu-infinitive the writer wrote small."""
    for joint, partner in ((index + 1, index + 3), (index - 2, index - 3)):
        if not (0 < partner < len(tokens) and 0 <= joint < len(tokens)):
            continue
        zu_at = partner - 1
        other = tokens[partner].text
        if (
            tokens[joint].text in (",", "und", "oder")
            and tokens[zu_at].text == "zu"
            and other.islower()
            and can_be_infinitive(other)
        ):
            return True
    return False


def infinitive_is_verbal(tokens: Sequence[Word], index: int) -> bool:
    """ "sich Entspannen", "zu Betrachten", "Schlafen darf,": an infinitive a verb governs."""
    previous = tokens[index - 1].text
    if previous.lower() in ("zu", "sich", "nicht"):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    ends = following is None or is_boundary(following) or following.text == "."
    adverb = tags(previous) & {"ADV", "ADJ(D)"} and "NN" not in tags(previous)
    if ends and previous.islower() and adverb:
        return not inflected_adjective(previous.lower())  # "sich modisch Kleiden."
    if index + 2 >= len(tokens):
        return False
    return tokens[index + 1].text in MODALS and is_boundary(tokens[index + 2])


def clause_starts(tokens: Sequence[Word], index: int) -> bool:
    """ "… Natürlich kann ich …": a word before a finite verb that the clause goes on after.

    A main clause opens there, and with no full stop before it the capital is
    a missing full stop, not a case error. A predicate written big ("wenn man
    Erwachsen ist, …") has its verb at the clause's end instead.
    """
    if tokens[index - 1].text == "," or index + 2 >= len(tokens):
        return False
    if tokens[index - 1].text in PERSONAL_PRONOUNS:
        return False  # "wenn man Erwachsen ist hat …": the subject is already there
    verb, after = tokens[index + 1], tokens[index + 2]
    if tokens[index].text.lower() in PRONOUNS:
        indefinite = tokens[index].text.lower() not in PERSONAL_PRONOUNS
        if indefinite and tokens[index - 1].text in _CLAUSE_GOES_ON:
            return False
        return grammar.can_be_finite_verb(verb.text)
    goes_on = after.text not in BOUNDARY_MARKS  # "Zusätzlich wird aber …" goes on
    closing = "VV(PP)" in grammar.word_tags(verb.text) and after.text in _PERFECT_AND_PASSIVE
    if closing and tokens[index - 1].text.lower() not in SUBORDINATORS:
        # "…, die Freiwillig übermittelt wurde": a participle and its auxiliary close the
        # clause; right after "wenn" the word is its subject ("wenn Interaktiv aktiviert ist")
        return False
    return grammar.can_be_finite_verb(verb.text) and goes_on


def predicative(tokens: Sequence[Word], index: int) -> bool:
    """ "wenn man Jung ist", "die Unabhängig sind": an uninflected adjective before a copula.

    The predicate of "sein", "werden", "bleiben" is an adjective here, for the
    noun it would be nominal as takes an ending ("die Unabhängigen"). A capital
    word before it ("die Option Neu ist") is a label, and not judged.
    """
    word = tokens[index].text
    if index + 1 >= len(tokens) or tokens[index + 1].text not in _COPULAS:
        return False
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    ends = after is None or is_boundary(after) or after.text in (".", "und", "oder", "aber")
    if not ends and not (after is not None and grammar.can_be_finite_verb(after.text)):
        return False  # "Abschließend ist zu sagen": the copula goes on, the word opens the clause
    previous = tokens[index - 1].text
    lower = word.lower()
    found = tags(word)
    if previous in _JOINING_NOUNS and index >= 2 and _noun_written(tokens[index - 2].text):
        return False  # "zwischen Adsorbens und Adsorptiv ist": a noun joined to a noun
    return (
        is_word(tokens[index - 1])
        and previous.islower()
        and previous not in PREPOSITIONS
        and "ADJ(D)" in found
        and not found & ({"NN", "ADV"} | INFINITIVE)
        and not lower.endswith(("sch", "end", "en"))  # languages; participles and infinitives
        and not nouns.is_listed(word)
    )


def _noun_written(word: str) -> bool:
    """A capitalised word whose small form is no word: a noun ("Adsorbens"), no adjective."""
    return word[:1].isupper() and word[1:].islower() and not listed(word.lower())


def truncated_or_repeated(tokens: Sequence[Word], index: int) -> bool:
    """ "Ungebunden- und", "Trink trinkt": a truncated word, or one the writer wrote again."""
    following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    word = tokens[index].text.lower()
    return following == "-" or (len(word) >= 4 and following.startswith(word[:4]))
