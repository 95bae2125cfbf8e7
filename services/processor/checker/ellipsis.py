"""Adjectives whose noun is left out because it stands nearby: "durch den manuellen (Taktstrich)".

A small adjective after a determiner is nominal ("das Beste") unless its noun
is said in the same sentence, so the reader supplies it (Duden K 72 ff.):

- before it, in a phrase of the same shape: "im englischen Gebietsschema …,
  im deutschen hingegen", "der automatische Taktstrich … durch den manuellen";
- before it, for a word that picks one of things named: "alle Kanäle bis auf
  den aktuellen", "ein Einzelbild …, bevor das nächste angezeigt wird";
- after it, across "und"/"oder"/"wie": "für den neomensuralen oder Petrucci-Stil", "im
  manuellen oder Teleop-Modus";
- before it, for a superlative that ranks it among its kind: "Das Verfahren gehört zu
  den schnellsten".

The noun must fit the determiner in gender or number; an adjective of value
("das Beste", "das Richtige") stands for itself and is left to the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from services.processor.checker import nouns
from services.processor.checker.case_words import (
    PREPOSITIONS_PLAIN,
    inflected_adjective,
    listed,
    ordinal,
    pronoun_like,
)
from services.processor.checker.clauses import is_noun
from services.processor.checker.dass_words import COPULAS
from services.processor.checker.lexicon import (
    ARTICLES,
    PREPOSITION_CASES,
    SEIN_SINGULAR,
    WITHOUT_UMLAUTS,
    word_set,
)
from services.processor.checker.tokens import Word

# Words that pick one of things just named, by place, turn or state: "das nächste (Bild)",
# as stems without their endings.
_PICKING: Final = word_set(
    "nächst letzt vorig recht link ober unter vorder hinter inner äußer mittler folgend "
    "vorherig vorhergehend aktuell obig ausgewählt aktiv übrig restlich verbleibend"
)
# The genders ("m", "f", "n") and the plural ("pl") of the nouns a determiner fits.
_DETERMINER_GENDERS: Final = {
    "das": frozenset({"n"}),
    "des": frozenset({"m", "n"}),
    "dem": frozenset({"m", "n"}),
    "den": frozenset({"m", "pl"}),
    "der": frozenset({"m", "f", "pl"}),
    "die": frozenset({"f", "pl"}),
}
# Contractions an ordinal's left-out noun may follow; "im Folgenden", "im Übrigen" are fixed.
_CONTRACTION_GENDERS: Final = {
    **dict.fromkeys(["vom", "im", "zum", "beim", "am"], frozenset({"m", "n"})),
    "zur": frozenset({"f"}),
}
_COORDINATORS: Final = frozenset({"und", "oder", "sowie", "bzw", "wie"})
# How far after "und"/"oder" the shared noun may stand: "den neuen oder den alten Stil",
# "für den alten wie für den neuen Treiber".
_SHARED_REACH = 4
# How far after its preposition a phrase's noun may stand: "auf den drei größten Partitionen".
_PHRASE_REACH = 4
_PLURAL_ENDINGS = ("e", "en", "n", "er", "s")
# Articles of a singular only, and the copulas of a singular subject.
_SINGULAR_DETERMINERS: Final = frozenset({"das", "des", "dem"})
_SINGULAR_COPULAS: Final = SEIN_SINGULAR | word_set("bleibt blieb")


def left_out(tokens: Sequence[Word], index: int, at: int) -> bool:
    """Whether the adjective at ``index``, after the determiner at ``at``, has its noun nearby."""
    return (
        _same_shape_before(tokens, index, at)
        or _picked_from_before(tokens, index, at)
        or _shared_with_next(tokens, index, at)
        or _ranked_among(tokens, index, at)
        or _predicate_of_noun(tokens, at)
    )


def _predicate_of_noun(tokens: Sequence[Word], at: int) -> bool:
    """After a copula the adjective says which of its kind the subject is, a noun with the
    same article: "das Ergebnis ist das gleiche", "ist das Verfahren nicht das schnellste".

    The copula is singular where the article is ("… und das Abheben sind das Wichtigste"
    sums up a plural subject), and the noun is the lexicon's: a nominalized adjective or
    infinitive names no kind ("Das Wichtigste ist das Beste").
    """
    trigger = tokens[at].text.lower()
    copulas = _SINGULAR_COPULAS if trigger in _SINGULAR_DETERMINERS else COPULAS
    if trigger not in _DETERMINER_GENDERS or not any(t.text in copulas for t in tokens[:at]):
        return False
    return any(
        tokens[j].text.lower() == trigger
        and is_noun(tokens[j + 1])
        and tokens[j + 1].text[:1].isupper()
        and nouns.is_listed(tokens[j + 1].text)
        for j in range(at - 1)
    )


def _same_shape_before(tokens: Sequence[Word], index: int, at: int) -> bool:
    """A determiner, an adjective and a noun earlier: the same determiner and ending, or a
    singular noun the determiner fits ("der automatische Taktstrich … durch den manuellen").

    A plural or a superlative without its noun names people or a value ("vor
    den Älteren", "das Wichtigste"), so only the same shape stands for those.
    """
    trigger = tokens[at].text.lower()
    word = tokens[index].text
    singular = _singular_genders(tokens, at) if not superlative(word) else frozenset()
    for j in range(at - 2):
        adjective, noun = tokens[j + 1].text, tokens[j + 2]
        if not (adjective.islower() and noun.text[:1].isupper()):
            continue
        if tokens[j].text.lower() == trigger and adjective.endswith(word[-2:]):
            return True
        attributive = inflected_adjective(adjective) and not pronoun_like(adjective)
        if attributive and adjective not in ARTICLES and singular & genders(noun.text):
            return is_noun(noun)
    return False


def _singular_genders(tokens: Sequence[Word], at: int) -> frozenset[str]:
    """The singular genders the determiner at ``at`` fits, its preposition's case considered."""
    trigger = tokens[at].text.lower()
    before = tokens[at - 1].text.lower() if at > 0 else ""
    if trigger == "den" and (PREPOSITION_CASES.get(before) == "dat" or before in ("zu", "nach")):
        return frozenset()  # "zu den alten": a dative, so a plural
    return _DETERMINER_GENDERS.get(trigger, frozenset()) - {"pl"}


def superlative(word: str) -> bool:
    """ "schnellsten", "größte": the form's shape, which ranks among things of a kind."""
    return word.rstrip("nmrs").removesuffix("e").endswith(("st", "ßt"))


def _ranked_among(tokens: Sequence[Word], index: int, at: int) -> bool:
    """A superlative ranks a noun named before among others of its kind, which the reader
    supplies: "Das Verfahren gehört zu den schnellsten" ("zu/unter den"), "auf einigen
    Partitionen (meist auf den wichtigsten)" (the preposition of that noun again)."""
    if at < 1 or not superlative(tokens[index].text):
        return False
    preposition = tokens[at - 1].text.lower()
    if tokens[at].text == "den" and preposition in ("zu", "unter"):
        return any(is_noun(token) and token.text[:1].isupper() for token in tokens[1 : at - 1])
    wanted = _DETERMINER_GENDERS.get(tokens[at].text.lower(), frozenset())
    return preposition in PREPOSITIONS_PLAIN and any(
        tokens[j].text.lower() == preposition and _noun_after(tokens, j, wanted)
        for j in range(at - 1)
    )


def _noun_after(tokens: Sequence[Word], at: int, wanted: frozenset[str]) -> bool:
    """Whether a noun of ``wanted`` gender or number heads the phrase after ``tokens[at]``."""
    for token in tokens[at + 1 : at + 1 + _PHRASE_REACH]:
        if token.text[:1].isupper():
            return is_noun(token) and bool(wanted & genders(token.text))
        if not token.text.islower():
            return False
    return False


def _picked_from_before(tokens: Sequence[Word], index: int, at: int) -> bool:
    """A picking word or an ordinal after a noun the determiner fits: "bis auf den aktuellen",
    also before another adjective ("für jedes Schlüsselwort … das erste erlangte")."""
    if not any(picks(token.text) for token in tokens[at + 1 : index + 1]):
        return False
    word = tokens[index].text
    determiner = tokens[at].text.lower()
    wanted = _DETERMINER_GENDERS.get(determiner, frozenset())
    if ordinal(word):  # "die Daten, die vom ersten (Prozess) geschrieben wurden"
        wanted = wanted or _CONTRACTION_GENDERS.get(determiner, frozenset())
    return any(
        is_noun(token) and token.text[:1].isupper() and wanted & genders(token.text)
        for token in tokens[:at]
    )


def picked_across(previous: Sequence[Word], tokens: Sequence[Word], index: int, at: int) -> bool:
    """A picking word or an ordinal whose noun the sentence before names: "Wir vergleichen
    zwei Pakete. Das erste enthält …". With a relative "was" after it, it names a thing of
    its own ("Das Erste, was …")."""
    following = [token.text for token in tokens[index + 1 : index + 3]]
    if following[:1] == ["was"] or following == [",", "was"]:
        return False
    shift = len(previous)
    return _picked_from_before([*previous, *tokens], index + shift, at + shift)


def picks(word: str) -> bool:
    """ "nächste", "rechtes", "zweiten": a word that picks one of things named."""
    return word.rstrip("nmrs").removesuffix("e") in _PICKING or ordinal(word)


def _shared_with_next(tokens: Sequence[Word], index: int, at: int) -> bool:
    """ "den neomensuralen oder Petrucci-Stil", "für den alten wie den neuen Treiber": one noun
    after the coordinator serves both."""
    after = index + 1
    if after >= len(tokens) or tokens[after].text not in _COORDINATORS:
        return False
    lead = tokens[at].text.lower()  # an article, or a contraction: "im manuellen oder …"
    wanted = _DETERMINER_GENDERS.get(lead) or _CONTRACTION_GENDERS.get(lead, frozenset())
    for token in tokens[after + 1 : after + 1 + _SHARED_REACH]:
        if token.text[:1].isupper():
            # "das Schöne und Gute": a second nominal adjective, no shared noun; "Umgebungsmengen"
            # is unknown to Hunspell in small letters, and the tagger's guess is no adjective
            nominal = _listed_adjective(token.text.rsplit("-", 1)[-1].lower())
            return is_noun(token) and not nominal and bool(wanted & genders(token.text))
    return False


def _listed_adjective(word: str) -> bool:
    """ "abschließenden", "gute": an inflected adjective Hunspell lists as written."""
    return inflected_adjective(word) and listed(word)


def genders(noun: str) -> frozenset[str]:
    """ "m", "f", "n" or "pl" for a noun, and the gender of a plural's singular ("Kanäle")."""
    head = noun.rsplit("-", 1)[-1]
    plain = head.translate(WITHOUT_UMLAUTS)
    forms = {head} | {
        form.removesuffix(ending) for form in (head, plain) for ending in _PLURAL_ENDINGS
    }
    plural = frozenset({"pl"}) if any(nouns.can_be_plural(form) for form in forms) else frozenset()
    return plural.union(*(nouns.genders(form) for form in forms))
