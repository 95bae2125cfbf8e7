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
from services.processor.checker.capital_verbs import MODALS
from services.processor.checker.clauses import clause_after, clause_start, is_noun
from services.processor.checker.dass_antecedent import BLOCKERS, neuter_between
from services.processor.checker.dass_words import (
    ADJECTIVES,
    AUXILIARIES,
    CONJUNCTION_PARTS,
    COPULAS,
    FILLERS,
    NEUTER_PRONOUNS,
    NOMINATIVE_PRONOUNS,
    NOUNS,
    PARTICLES,
    PRONOMINAL_ADVERBS,
    governing_lemma,
    may_be_neuter,
)
from services.processor.checker.lexicon import (
    PASSIVE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.tokens import Word, is_word

# Determiners that open a subject: "Die erste These ist, dass …", not "Meiner Meinung nach ist …".
_SUBJECT_DETERMINERS = word_set(
    "der die das ein eine dieser diese dieses mein meine sein seine ihr ihre unser unsere kein keine"
)
# Modal verbs take a dass-clause only as main verbs: "Ich will, dass …".
_MODALS = word_set("wollen mögen")
# Finite modals and auxiliaries that open a verb bracket an infinitive closes.
_BRACKET_OPENERS = MODALS | PASSIVE_AUXILIARIES
# Verbs that with a content noun say what the noun says: "Angst haben, dass …".
_LIGHT_VERBS = word_set("habe hast hat haben habt hatte hatten bin bist ist sind war waren")


class Kind(Enum):
    VERB = "verb"
    NOUN = "noun"
    ADJECTIVE = "adjective"
    COPULA = "copula"
    ADVERB = "adverb"
    CONJUNCTION = "conjunction"
    COORDINATED = "coordinated"
    NONE = "none"


# Articles of an indefinite neuter predicate noun: "ein Skript sein, das …".
_INDEFINITE = word_set("ein kein jedes irgendein")
# Adverbs that with "dass" make a conjunction after a comma: "…, nur dass diesmal …".
_CONJUNCTION_ADVERBS = word_set("nur")
# The passive's infinitive after its participle: "gezeigt werden", "festgestellt worden".
_PASSIVE_INFINITIVES = frozenset({"werden", "worden"})
_DEMONSTRATIVES = word_set("dies das")
# Words that may stand before a conjunction and belong to its clause: "außer wenn …".
_FOCUS_WORDS = word_set("außer auch nur selbst sogar gerade")
# Verbs whose predicative adjective judges the clause "es" stands for: "ist es seltsam, dass".
_JUDGING_VERBS = COPULAS | word_set(
    "wird wurde würde scheint schien finde findest findet fand fanden finden halte hält hielt"
)


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
    if at > 0 and tokens[at].text in _CONJUNCTION_ADVERBS and tokens[at - 1].text == ",":
        return Governor(Kind.CONJUNCTION, tokens[at].text)  # "…, nur dass diesmal …"
    if not comma and at > 0 and tokens[at].text == "als" and _too_much(tokens, at):
        return Governor(Kind.CONJUNCTION, "zu …, als")  # "zu klein, als dass …"
    if not comma and pronoun and at > 0 and tokens[at].text == "als" and tokens[at - 1].text == ",":
        return Governor(Kind.CONJUNCTION, "als")  # "eher …, als dass er …": a subject follows
    inverted = False
    while at >= 0 and (
        _lower(tokens, at) in FILLERS or _for_example(tokens, at) or _inverted_subject(tokens, at)
    ):
        inverted = inverted or _lower(tokens, at) in NOMINATIVE_PRONOUNS | _DEMONSTRATIVES
        at -= 2 if _for_example(tokens, at) else 1
    if at < 0 or not is_word(tokens[at]):
        return _unless_neuter(tokens, index)
    passive = _lower(tokens, at) in _PASSIVE_INFINITIVES and at > 0
    if passive and "VV(PP)" in grammar.word_tags(tokens[at - 1].text):
        at -= 1  # "kann gewährleistet werden, dass …": the participle governs
    lower = _lower(tokens, at)
    start = clause_start(tokens, at, through_quotes=True)
    if lower is None:
        return _after_noun(tokens, index, at, start)
    if lower in CONJUNCTION_PARTS:
        if lower != "so" and _relative_after_noun(tokens, at):
            return None  # "des Backends (ohne das ich …)": the preposition of a relative clause
        return Governor(Kind.CONJUNCTION, lower)
    if lower in PRONOMINAL_ADVERBS:
        if not comma and lower == "damit" and at > 0 and tokens[at - 1].text == ",":
            return None  # "…, damit das Motiv …": the conjunction "damit", "das" an article
        if not comma and _bracket_open(tokens, start, at, index):
            return None  # "kann dadurch das genaue Arbeiten unterstützen": one clause
        return Governor(Kind.ADVERB, lower)
    if lower in COPULAS:
        # "ist das …" is mostly the demonstrative after its verb, unless a subject went first.
        subject = at - start > 1 and tokens[start].text.lower() in _SUBJECT_DETERMINERS
        verb_final = _opens_verb_final(tokens, start, SUBORDINATORS | {"da", "als", "wie", "ob"})
        if verb_final and neuter_between(tokens, start, at, phrases=True):
            return None  # "wenn es ein Paket ist, das …", "in ein Raster eingebettet sind, das …"
        if lower == "sein" and _predicate_neuter(tokens, start, at):
            return None  # "kann ein Skript sein, das …": so does the infinitive's
        return Governor(Kind.COPULA, lower) if comma or pronoun or subject else None
    particle_verb = _verb(tokens, start, at) if lower in PARTICLES else None
    if particle_verb is not None:
        # "gaben an, …", not the preposition "an"
        return Governor(Kind.VERB, particle_verb[0]) if particle_verb[1] else None
    if comma and lower in PARTICLES:
        return _announced(tokens, index, at, start)  # "…, geht davon aus, …": no preposition
    if lower in NEUTER_PRONOUNS or lower in BLOCKERS:
        return None
    if lower in ADJECTIVES or _adjective_with_correlate(tokens, start, at):
        # "wird mit einem Objekt belegt, das …": a passive's participle, whose relative
        # clause may refer to the noun a preposition names
        passive = _closing_participle(tokens, start, at, PASSIVE_AUXILIARIES)
        if not neuter_between(tokens, start, at, phrases=passive):
            return Governor(Kind.ADJECTIVE, lower)
        return _adverb_after_verb(tokens, start, at)
    verb = _verb(tokens, start, at)
    if verb is not None:
        lemma, finite = verb
        if not comma and at == start and not (pronoun or inverted):
            return None  # "…, fordert das die …": a verb first in its clause, "das" after it
        # A clause opened by a conjunction ends in its finite verb: "wenn es ein Paket
        # vorschlägt, das …" may go on with a relative clause like any other.
        relative = _opens_relative_clause(tokens, start)
        verb_final = relative or _opens_verb_final(tokens, start, SUBORDINATORS)
        if finite and not verb_final:
            return Governor(Kind.VERB, lemma)
        # After a conjunction its subject comes first: "wenn das Team feststellt, das …";
        # a relative pronoun is its clause's subject: "die das Format festlegt, das …"
        objects = _after_subject(tokens, start, at) if verb_final and not relative else start
        # A passive's clause has its subject; "durch ein Skript ergänzt, das …" refers to the
        # agent the preposition names, as a relative may to any noun before the verb.
        passive = _closing_participle(tokens, start, at, PASSIVE_AUXILIARIES)
        if not neuter_between(tokens, objects, at, phrases=passive):
            return Governor(Kind.VERB, lemma)
        return None
    if lower in _LIGHT_VERBS and at > 0 and tokens[at - 1].text in NOUNS:
        return Governor(Kind.NOUN, tokens[at - 1].text)  # "Angst haben, dass …"
    if not comma and not pronoun and grammar.can_be_finite_verb(lower):
        return None  # "kann das …", "hat sich das …": "das" after its clause's verb
    return _announced(tokens, index, at, start)


def _adjective_with_correlate(tokens: Sequence[Word], start: int, at: int) -> bool:
    """ "findet es schrecklich, dass …", "ist es wirklich seltsam, dass …": "es" holds the
    place of the clause that the predicative adjective at ``at`` judges, whatever adjective
    it is, as the predicate of a copula or of "finden"; a relative clause has no such
    placeholder."""
    adjective = tokens[at].text
    if not adjective.isalpha() or "ADJ(D)" not in grammar.word_tags(adjective):
        return False
    words = [token.text.lower() for token in tokens[start:at]]
    beside_es = {
        neighbour
        for at_es, word in enumerate(words)
        if word == "es"
        for neighbour in words[max(at_es - 1, 0) : at_es + 2]
    }
    return not beside_es.isdisjoint(_JUDGING_VERBS)  # "ist es", "es ist", "findet es"


def _inverted_subject(tokens: Sequence[Word], at: int) -> bool:
    """ "bedeutet dies, das …": a demonstrative right after a verb that takes a dass-clause is
    its subject, put after it, not a noun the clause could relate to."""
    return (
        _lower(tokens, at) in _DEMONSTRATIVES
        and at > 0
        and governing_lemma(tokens[at - 1].text) is not None
    )


def _too_much(tokens: Sequence[Word], at: int) -> bool:
    """ "zu klein, als …": "zu" before an adjective, then the comma before "als"."""
    if tokens[at - 1].text != ",":
        return False
    before = [token.text for token in tokens[max(at - 4, 0) : at - 1]]
    return "zu" in before[:-1] and bool(grammar.word_tags(before[-1]) & {"ADJ(D)", "ADJ(A)"})


def _relative_after_noun(tokens: Sequence[Word], at: int) -> bool:
    """A preposition right after a comma or bracket that follows a neuter noun."""
    if at < 2 or tokens[at - 1].text not in (",", "("):
        return False
    noun = tokens[at - 2]
    return is_noun(noun) and may_be_neuter(
        noun.text, determiner=tokens[at - 3].text if at > 2 else ""
    )


def _opens_verb_final(tokens: Sequence[Word], start: int, openers: frozenset[str]) -> bool:
    """Whether a conjunction opens the clause at ``start``, maybe after a focus word:
    "wenn …", "außer wenn …", "auch wenn …"."""
    first = tokens[start].text.lower()
    if first in openers:
        return True
    second = tokens[start + 1].text.lower() if start + 1 < len(tokens) else ""
    return first in _FOCUS_WORDS and second in openers


def _opens_relative_clause(tokens: Sequence[Word], start: int) -> bool:
    """ "…, die das Format festlegt": a relative pronoun after a comma opens the clause."""
    return start > 0 and tokens[start - 1].text == "," and tokens[start].text in RELATIVE_PRONOUNS


def _after_subject(tokens: Sequence[Word], start: int, at: int) -> int:
    """Where the words after a verb-final clause's first noun (its subject) begin."""
    for position in range(start + 1, at):
        if is_noun(tokens[position]):
            return position + 1
    return at


def _bracket_open(tokens: Sequence[Word], start: int, at: int, index: int) -> bool:
    """A modal or auxiliary before "das" waits for the infinitive that ends what follows.

    "Er kann dadurch das Arbeiten unterstützen": "das" stands inside the main
    clause's verb bracket, so it is an article, not a conjunction.
    """
    if not any(token.text in _BRACKET_OPENERS for token in tokens[start:at]):
        return False
    rest = clause_after(tokens, index)
    return bool(rest) and rest[-1].text.islower() and grammar.can_be_infinitive(rest[-1].text)


def _adverb_after_verb(tokens: Sequence[Word], start: int, at: int) -> Governor | None:
    """ "Das Ergebnis zeigt deutlich, dass …": the adjective is the verb's adverb."""
    back = at - 1
    while back > start and _lower(tokens, back) in FILLERS:
        back -= 1
    verb = _verb(tokens, start, back) if back > start else None
    return Governor(Kind.VERB, verb[0]) if verb is not None and verb[1] else None


def _after_noun(tokens: Sequence[Word], index: int, at: int, start: int) -> Governor | None:
    """Right after a noun: a relative clause if it is neuter, a content clause after "Annahme"."""
    word = tokens[at].text
    if is_noun(tokens[at]) and at > 0:
        if word in NOUNS:
            return Governor(Kind.NOUN, word)  # none of them neuter
        if may_be_neuter(word, determiner=tokens[at - 1].text):
            return None  # "das Modell, das …": a relative clause
    for back in range(at - 1, start - 1, -1):
        if neuter_between(tokens, back, at + 1, phrases=False):
            break
        verb = _verb(tokens, start, back) if tokens[back].text.islower() else None
        if verb is not None and verb[1]:
            return Governor(Kind.VERB, verb[0])  # "sagt Frau Weber, das …"
    return _unless_neuter(tokens, index)


def _announced(tokens: Sequence[Word], index: int, at: int, start: int) -> Governor | None:
    """ "so aufbereitet, dass …", "darauf aufmerksam machen, dass …": announced earlier."""
    for back in range(at, start - 1, -1):
        lower = tokens[back].text.lower()
        if neuter_between(tokens, back, at + 1, phrases=False):
            break
        if lower == "so" and back >= at - 3:
            if neuter_between(tokens, start, at, phrases=False):
                break  # "das Leben so einfach gemacht, das …" may still be relative
            return Governor(Kind.CONJUNCTION, "so …,")
        if lower in PRONOMINAL_ADVERBS and (back > start or lower != "damit"):
            return Governor(Kind.ADVERB, lower)
    return _unless_neuter(tokens, index)


def _lower(tokens: Sequence[Word], at: int) -> str | None:
    """A word as written if lower-case, or lower-cased where it opens the sentence; else None."""
    text = tokens[at].text
    if text.islower():
        return text
    return text.lower() if at == 0 and text[1:].islower() else None


def _for_example(tokens: Sequence[Word], at: int) -> bool:
    return at > 0 and tokens[at].text == "Beispiel" and tokens[at - 1].text == "zum"


def _verb(tokens: Sequence[Word], start: int, at: int) -> tuple[str, bool] | None:
    """The governing verb's lemma ending at ``tokens[at]``, and whether it surely governs.

    It does not surely where it may be an infinitive, or where a neuter object
    stands between it and its particle ("legte das Konzept dar, das …").
    """
    word = tokens[at].text
    if word in PARTICLES:
        for back in range(at - 1, start - 1, -1):
            verb = tokens[back].text
            lemma = governing_lemma(verb, word) if grammar.can_be_finite_verb(verb) else None
            if lemma is not None:
                return lemma, not neuter_between(tokens, back + 1, at, phrases=False)
        return None
    lemma = governing_lemma(word)
    if lemma in _MODALS and at > start and grammar.can_be_infinitive(tokens[at - 1].text):
        return None  # "kaufen wollen, das …": a modal with its infinitive governs nothing
    if lemma is not None:
        # "wissen" may be an infinitive ("das Verhalten zu verstehen, das …"): not surely finite
        finite = not grammar.can_be_infinitive(word) and grammar.can_be_finite_verb(word)
        return lemma, finite and not _closing_participle(tokens, start, at)
    first = tokens[start].text.lower()
    lemma = governing_lemma(word, first) if start < at and first in PARTICLES else None
    return None if lemma is None else (lemma, True)  # "Hinzu kommt, dass …"


def _predicate_neuter(tokens: Sequence[Word], start: int, at: int) -> bool:
    """An indefinite neuter noun after the clause's finite verb, before "sein" closing it.

    "ein Skript sein, das …" is described by a relative clause; "das Problem
    sein, dass …" mostly says what the problem is. Where the clause seems to start after
    its verb, the comma before was a list's ("kann eine Anleitung, ein Text oder ein Skript
    sein, das …"), and the nearest finite verb before it is the clause's.
    """
    for finite in (*range(start, at), *range(start - 1, -1, -1)):
        if grammar.only_finite_verb(tokens[finite].text):
            indefinite = any(
                tokens[i].text in _INDEFINITE and tokens[i + 1].text != "Mal"  # "jedes Mal": when
                for i in range(finite + 1, at)
            )
            return indefinite and neuter_between(tokens, finite + 1, at, phrases=False)
    return False


def _closing_participle(
    tokens: Sequence[Word], start: int, at: int, auxiliaries: frozenset[str] = AUXILIARIES
) -> bool:
    """ "durch das Paket ermöglicht, das …": a participle one of the ``auxiliaries`` of its
    clause waits for."""
    if "VV(PP)" not in grammar.word_tags(tokens[at].text):
        return False
    return any(token.text.lower() in auxiliaries for token in tokens[start:at])


def _unless_neuter(tokens: Sequence[Word], index: int) -> Governor | None:
    return None if neuter_between(tokens, 0, index, phrases=True) else Governor(Kind.NONE)
