"""A "dass" that should be "das": an article, a demonstrative, or a relative pronoun.

"dass" opens a clause whose finite verb comes last. Right before a finite
verb ("dass ist …") it is the demonstrative; after a preposition ("für dass
Kind") or before a weakly inflected adjective and a neuter noun ("dass
erste Mal") it is the article; after a neuter noun, with a singular verb and
no subject of its own, it is most likely the relative pronoun.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.clauses import clause_after, is_boundary, is_noun
from services.processor.checker.dass_clause import final_verb, has_subject
from services.processor.checker.dass_words import word_class
from services.processor.checker.lexicon import PASSIVE_AUXILIARIES, PREPOSITIONS
from services.processor.checker.tokens import Word, is_word

_FINITE_ONLY = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)", "VV(IMP)", "VA(IMP)"})
# Prepositions that do take "dass": "ohne dass", "statt dass", "außer dass", "bis dass", "auf dass".
_WITH_DASS = frozenset({"ohne", "statt", "anstatt", "außer", "bis", "auf", "trotz"})
_SINGULAR_VERBS = word_class("ist war hat hatte kann konnte muss musste soll sollte darf mag will")


def demonstrative(tokens: Sequence[Word], index: int) -> bool:
    """ "dass ist …", "dass kann …": a finite verb right after it, so it is "das"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not is_word(following) or not following.text.islower():
        return False
    tags = grammar.word_tags(following.text)
    return bool(tags) and tags <= _FINITE_ONLY


def article(tokens: Sequence[Word], index: int) -> bool:
    """ "für dass Kind", "um dass zu …", "dass erste Mal": "das" as article or object."""
    before = tokens[index - 1] if index > 0 else None
    preposition = before.text.lower() if before is not None else ""
    if preposition in PREPOSITIONS and preposition not in _WITH_DASS:
        return True
    if index + 2 >= len(tokens):
        return False
    adjective, noun = tokens[index + 1], tokens[index + 2]
    if not (adjective.text.islower() and adjective.text.endswith("e") and is_noun(noun)):
        return False
    if "ADJ(A)" not in grammar.word_tags(adjective.text):
        return False
    readings = nouns.compound_analyses(noun.text)
    # Weak "erste" before a noun that is only neuter singular: after a conjunction it would be "erstes".
    return bool(readings) and all(reading.startswith("n.sg.") for reading in readings)


def relative(tokens: Sequence[Word], index: int) -> str | None:
    """The neuter noun "…, dass" most likely refers to, if its clause lacks a subject of its own."""
    if index < 2 or tokens[index - 1].text != ",":
        return None
    noun = tokens[index - 2]
    if index >= 3 and noun.text.islower() and "VV(PP)" in grammar.word_tags(noun.text):
        noun = tokens[index - 3]  # "ein Design gewählt, dass …": moved past the participle
    if not is_noun(noun) or not _neuter_only_singular(noun.text):
        return None
    clause = clause_after(tokens, index)
    end = index + len(clause) + 1
    if end < len(tokens) and not is_boundary(tokens[end]):
        return None
    verb = final_verb(clause)
    if verb is None or verb != len(clause) - 1:
        return None
    text = clause[verb].text
    if text in PASSIVE_AUXILIARIES or not (text in _SINGULAR_VERBS or text.endswith("t")):
        return None  # "…, dass darüber berichtet wird": an impersonal passive needs no subject
    if has_subject(clause[:verb], singular=True):
        return None
    return noun.text


def _neuter_only_singular(noun: str) -> bool:
    """Neuter in the singular and no other gender: "Modell", "System", not "Teil"."""
    genders = nouns.genders(noun.rsplit("-", 1)[-1])
    return genders == {"n"}
