"""An adjective made a noun keeps its ending: "viele Jugendliche", never "viele Jugendlich".

A capitalised word inside a sentence that the dictionary lists only small
(an adjective or participle) is used as a noun; as a noun it declines like
an adjective, so its bare form is wrong. It counts only where the evidence is
plain: a determiner or preposition stands before it, the noun lexicon lists
the form with "-e" ("Jugendliche", "Angestellte", "Erwachsene"), and no noun
follows that it could qualify (that would be an adjective capitalised by
mistake, the capitalization check's business).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.clauses import is_noun
from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS
from services.processor.checker.tokens import Word, is_word

# "Neu", "Irr": short adjectives are as often part of a title or a phrase.
_MIN_LENGTH = 6
_QUANTIFIERS: Final = frozenset(
    {"viele", "vielen", "einige", "einigen", "wenige", "wenigen", "mehrere", "mehreren", "uns"}
)
_BEFORE_NOMINAL: Final = ARTICLES | PREPOSITIONS | _QUANTIFIERS
# "ein Jugendlicher", "kein Angestellter": the strong masculine ending.
_STRONG_MASCULINE: Final = frozenset({"ein", "kein"})
# After these the adjective belongs to a verb: "Erwachsen werden(s)" is one word
# ("das Erwachsenwerden"), "um erwachsen zu werden" is small; other checks say so.
_VERBAL_PHRASE: Final = frozenset({"zu", "werden", "werdens", "sein", "seins"})
_RELATIVE: Final = frozenset({"der", "die", "das", "den", "dem"})
# Prepositions with the accusative: "für Jugendliche", but "mit Jugendlichen".
_ACCUSATIVE: Final = frozenset({"für", "durch", "gegen", "ohne", "um"})


def missing_endings(block: Block, context: DocumentContext) -> Iterator[tuple[Word, str]]:
    """Each bare adjective used as a noun, with the form it needs."""
    words = speller("de")
    for _sentence, tokens in context.sentences(block):
        for index in range(1, len(tokens)):
            token, before = tokens[index], tokens[index - 1].text.lower()
            if not is_word(token) or not token.text[:1].isupper() or before not in _BEFORE_NOMINAL:
                continue
            if nouns.is_listed(token.text) or nouns.is_name(token.text):
                continue
            lower = token.text.lower()
            if len(lower) < _MIN_LENGTH or not words.in_dictionary(lower):
                continue
            if not any(tag.startswith("ADJ") for tag in grammar.word_tags(lower)):
                continue  # "Seid", a verb
            if block.text[token.end : token.end + 1] == "-":
                continue  # "Irr- und Umwege": the first part of a compound
            if not nouns.is_listed(token.text + "e"):
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and (
                is_noun(following) or following.text.lower() in _VERBAL_PHRASE
            ):
                continue  # "zum Erwachsen werden", "um Erwachsen zu werden": no bare noun
            if before in _RELATIVE and index >= 2 and tokens[index - 2].text == ",":
                continue  # "Jugendliche, die Unabhängig sind": a relative pronoun, a predicate
            yield token, token.text + _ending(before)


def _ending(determiner: str) -> str:
    if determiner in _STRONG_MASCULINE:
        return "er"
    if determiner in _ACCUSATIVE:
        return "e"
    return "en" if determiner.endswith(("n", "m", "s")) or determiner in PREPOSITIONS else "e"
