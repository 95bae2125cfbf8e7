"""Whether a relative "das" has something to refer to: a neuter noun, "etwas", or "das" itself.

Nouns a preposition governs can be left out: a relative clause moved past
the verb ("ein Modell entwickelt, das …") refers to a subject or an object,
not to a noun inside a prepositional phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import inflected_adjective
from services.processor.checker.clauses import is_noun
from services.processor.checker.compound_articles import ARTICLE_FITS
from services.processor.checker.dass_words import (
    FILLERS,
    NEUTER_PRONOUNS,
    NOMINATIVE_PRONOUNS,
    is_neuter_singular,
)
from services.processor.checker.dictionary import lower_case_name, speller
from services.processor.checker.first_names import is_first_name
from services.processor.checker.lexicon import (
    ARTICLES,
    INFINITIVE_OPENERS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.tokens import Word

# After these "das" is an article or a demonstrative: "für das", "weil das", "was das angeht".
BLOCKERS = (
    PREPOSITIONS
    | SUBORDINATORS
    | RELATIVE_PRONOUNS
    | ARTICLES
    | word_set("da was wie wo wer als denn dass")
)
_DEMONSTRATIVES = word_set("das dies dieses")
# Capitalised first, these are still adverbs, conjunctions or quantifiers ("Gleichwohl ist …",
# "Viele zeigen …") unless the lexicon lists them as nouns too ("Recht").
_NOT_NOUN_TAGS = frozenset({"ADV", "KON", "KOUS", "PIAT", "PIS", "PROAV"})


def neuter_between(tokens: Sequence[Word], start: int, end: int, *, phrases: bool) -> bool:
    """Whether ``tokens[start:end]`` holds something neuter and singular a relative may refer to.

    With ``phrases``, nouns inside prepositional phrases count too.
    """
    governed = False
    last = end - 2 if end > 1 and tokens[end - 1].text == "," else end - 1
    for at in range(start, end):
        token = tokens[at]
        lower = token.text.lower()
        following = tokens[at + 1].text if at + 1 < len(tokens) else ""
        if lower in _DEMONSTRATIVES and _stands_alone(following):
            return True  # "das tun, das …": the demonstrative may be referred to
        if token.text == "«" and _quoted_title(tokens, start, at):
            return True  # "in »Grundlagen der Paketierung« erklärt, das …": a title or command
        if at == last and lower_case_name(token.text):
            return True  # "über apt, das …": a program's name, which any noun may stand for
        # a capital article opens a title ("in der Zeitung Die Zeit"), no noun
        opener = at == 0 and (function_word(lower) or _attributive(lower, following))
        if token.text.islower() or opener or lower in ARTICLES:
            if lower in PREPOSITIONS and not (at == start and lower in INFINITIVE_OPENERS):
                governed = True  # not "um" opening "um das Datum zu bestimmen"
            elif lower in NEUTER_PRONOUNS and lower != "es":
                return True
            continue
        if not is_noun(token) or is_first_name(token.text):
            continue  # "Hans Magnus Enzensberger": a person, never neuter
        if token.text.isupper() and at > 0 and tokens[at - 1].text[:1].isdigit():
            continue  # "§ 630h Abs. 3 BGB": the law a section is cited from, no antecedent
        if governed and not phrases:
            governed = False
            continue
        governed = False
        if is_neuter_singular(token.text, _determiner_before(tokens, at)):
            return True
    return False


def _determiner_before(tokens: Sequence[Word], at: int) -> str:
    """The article that leads the noun at ``at`` past its adjectives, else the word before:
    "Die deskriptiven Ergebnisse" are plural, though "dem Ergebnisse" would be an old
    neuter dative; "ein virtuelles Volume" is neuter by its adjective's ending."""
    back = at - 1
    while back > 0 and tokens[back].text.islower() and inflected_adjective(tokens[back].text):
        back -= 1
    if back >= 0 and tokens[back].text.lower() in ARTICLE_FITS:
        return tokens[back].text
    return tokens[at - 1].text if at > 0 else ""


def _quoted_title(tokens: Sequence[Word], start: int, end: int) -> bool:
    """ "»Grundlagen der Paketierung«", "»make build«", "»infinity«": a title, command or
    value, which any noun may stand for, not a German word set off ("»deutlich«"); an
    article before it that cannot be neuter ("die »#5«") tells its gender."""
    for at in range(end - 1, start - 1, -1):
        if tokens[at].text == "»":
            fits = ARTICLE_FITS.get(tokens[at - 1].text.lower()) if at > 0 else None
            if fits is not None and not any(fit.startswith("n.") for fit in fits):
                return False
            quoted = tokens[at + 1 : end]
            if len(quoted) != 1:
                return len(quoted) >= 2
            word = quoted[0].text
            return word[:1].isupper() or not speller("de").listed(word)
    return False


def function_word(lower: str) -> bool:
    """A capitalised first word that is no noun: "Es ist …", "Ist es …", "Um …"; a
    hyphenated compound ("Backup-Werkzeug") is a noun like any other."""
    spelt = lower.replace("-", "").isalpha()
    if lower in BLOCKERS or lower in FILLERS or lower in NEUTER_PRONOUNS or not spelt:
        return True
    if grammar.word_tags(lower) & _NOT_NOUN_TAGS and not nouns.is_listed(lower.capitalize()):
        return True
    return grammar.can_be_finite_verb(lower)


def _attributive(lower: str, following: str) -> bool:
    """ "Zahlreiche Studien …": a first word that is an adjective before its noun."""
    return following[:1].isupper() and "ADJ(A)" in grammar.word_tags(lower)


def _stands_alone(following: str) -> bool:
    """Whether a "das" before ``following`` is a pronoun, not an article or a conjunction."""
    if following[:1].isupper():
        return False  # "das Modell"
    return following not in NOMINATIVE_PRONOUNS and following not in ARTICLES
