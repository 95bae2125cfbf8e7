"""What stands before a clause-opening "das": a word that governs a dass-clause, or an antecedent.

A relative "das" needs a neuter noun (or "etwas", "alles") to refer to; a
"dass" is what verbs of saying and knowing, content nouns like "Annahme",
adjectives like "wichtig", the copula and "so"/"ohne" take. The nearest
word before the clause, past a comma and fillers like "ich" or "auch",
decides which it is; without either, the sentence is searched for a
neuter noun, and only a sentence without one says "dass".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from services.processor.checker import grammar
from services.processor.checker.clauses import BOUNDARY_MARKS, is_noun
from services.processor.checker.dass_words import (
    ADJECTIVES,
    CONJUNCTION_PARTS,
    COPULAS,
    FILLERS,
    NEUTER_PRONOUNS,
    NOUNS,
    PARTICLES,
    PRONOMINAL_ADVERBS,
    governs_dass,
    is_neuter_singular,
    may_be_neuter,
    word_class,
)
from services.processor.checker.lexicon import (
    ARTICLES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
)
from services.processor.checker.tokens import Word, is_word

# After these "das" is an article or a demonstrative: "für das", "weil das", "was das angeht".
_BLOCKERS = (
    PREPOSITIONS
    | SUBORDINATORS
    | RELATIVE_PRONOUNS
    | ARTICLES
    | word_class("da was wie wo wer als denn dass")
)

_DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})


class Kind(Enum):
    VERB = "verb"
    NOUN = "noun"
    ADJECTIVE = "adjective"
    COPULA = "copula"
    ADVERB = "adverb"
    CONJUNCTION = "conjunction"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Governor:
    """The word that makes the clause a dass-clause; ``Kind.NONE`` if only the lack of a noun does."""

    kind: Kind
    word: str = ""


def governor(tokens: Sequence[Word], index: int, *, pronoun: bool) -> Governor | None:
    """What governs the clause opened by ``tokens[index]``; None if "das" may well be right.

    ``pronoun``: a subject pronoun follows ("das man …"), so "das" is no demonstrative.
    """
    at = index - 1
    comma = at >= 0 and tokens[at].text == ","
    if comma:
        at -= 1
    while at >= 0 and _lower(tokens, at) in FILLERS:
        at -= 1
    if at < 0 or not is_word(tokens[at]):
        return _unless_neuter(tokens, 0, index)
    lower = _lower(tokens, at)
    word = tokens[at].text if lower is None else lower
    if lower is None:
        if is_noun(tokens[at]) and at > 0:
            if may_be_neuter(word):
                return None  # "das Modell, das …": a relative clause
            if word in NOUNS:
                return Governor(Kind.NOUN, word)
        return _unless_neuter(tokens, 0, index)
    if lower in CONJUNCTION_PARTS:
        return Governor(Kind.CONJUNCTION, lower)
    if lower in PRONOMINAL_ADVERBS:
        return Governor(Kind.ADVERB, lower)
    if lower in COPULAS:
        # "ist das …" without a comma is mostly the demonstrative after its verb.
        return Governor(Kind.COPULA, lower) if comma or pronoun else None
    start = _clause_start(tokens, at)
    if lower in PARTICLES and (comma or lower not in _BLOCKERS):
        particle_verb = _verb(tokens, start, at)  # "gaben an, …": not the preposition "an das"
        return None if particle_verb is None else Governor(Kind.VERB, particle_verb[0])
    if lower in NEUTER_PRONOUNS or lower in _BLOCKERS:
        return None
    if lower in ADJECTIVES:
        found = Governor(Kind.ADJECTIVE, lower)
        return None if _neuter_between(tokens, start, at, phrases=False) else found
    verb = _verb(tokens, start, at)
    if verb is not None:
        lemma, finite = verb
        if not comma and at == start:
            return None  # "…, fordert das …": a verb first in its clause, "das" after it
        if finite or not _neuter_between(tokens, start, at, phrases=False):
            return Governor(Kind.VERB, lemma)
        return None
    if not comma and grammar.can_be_finite_verb(word):
        return None  # "kann das …", "hat sich das …": "das" after its clause's verb
    if _so_before(tokens, start, at) and not _neuter_between(tokens, start, at, phrases=False):
        return Governor(Kind.CONJUNCTION, "so …,")
    return _unless_neuter(tokens, 0, index)


def _lower(tokens: Sequence[Word], at: int) -> str | None:
    """A word as written if lower-case, or lower-cased where it opens the sentence; else None."""
    text = tokens[at].text
    if text.islower():
        return text
    return text.lower() if at == 0 and text[1:].islower() else None


def _so_before(tokens: Sequence[Word], start: int, at: int) -> bool:
    """ "so aufbereitet, dass …": "so" before the clause announces its consequence."""
    return any(token.text == "so" for token in tokens[max(start, at - 3) : at])


def _verb(tokens: Sequence[Word], start: int, at: int) -> tuple[str, bool] | None:
    """The governing verb's lemma ending at ``tokens[at]``, and whether it is finite there."""
    word = tokens[at].text
    if word in PARTICLES:
        for back in range(at - 1, start - 1, -1):
            verb = tokens[back].text
            if verb.islower() and grammar.can_be_finite_verb(verb) and governs_dass(verb, word):
                return _lemma(verb, word), True
        return None
    if governs_dass(word):
        return _lemma(word, ""), "VV(FIN)" in grammar.word_tags(word)
    return None


def _lemma(verb: str, particle: str) -> str:
    lemmas = sorted(grammar.verb_lemmas(verb))
    return particle + lemmas[0] if lemmas else verb


def _clause_start(tokens: Sequence[Word], at: int) -> int:
    while at > 0 and tokens[at - 1].text not in BOUNDARY_MARKS:
        at -= 1
    return at


def _unless_neuter(tokens: Sequence[Word], start: int, end: int) -> Governor | None:
    return None if _neuter_between(tokens, start, end, phrases=True) else Governor(Kind.NONE)


def _neuter_between(tokens: Sequence[Word], start: int, end: int, *, phrases: bool) -> bool:
    """Whether a neuter singular noun (or "etwas", "alles") in ``tokens[start:end]`` may be referred to.

    Without ``phrases``, nouns a preposition governs do not count: a relative
    clause moved past the verb refers to a subject or an object.
    """
    governed = False
    for at in range(start, end):
        token = tokens[at]
        lower = token.text.lower()
        following = tokens[at + 1].text if at + 1 < end else ""
        if lower in _DEMONSTRATIVES and not following[:1].isupper():
            return True  # "das tun, das …": the demonstrative may be referred to
        if token.text.islower():
            if lower in PREPOSITIONS:
                governed = True
            elif lower in NEUTER_PRONOUNS and lower != "es":
                return True
            continue
        if not is_noun(token) or (at == 0 and _function_word(lower)):
            continue
        if governed and not phrases:
            governed = False
            continue
        governed = False
        if is_neuter_singular(token.text, tokens[at - 1].text if at > 0 else ""):
            return True
    return False


def _function_word(lower: str) -> bool:
    """A capitalised first word that is no noun: "Es ist …", "Die Daten …", "Um …"."""
    return lower in _BLOCKERS or lower in FILLERS or lower in NEUTER_PRONOUNS or not lower.isalpha()
