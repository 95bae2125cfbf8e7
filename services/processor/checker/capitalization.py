"""Groß-/Kleinschreibung: only where the other case is also a word and the context decides.

Four mistakes, each judged from closed word classes first, so the slow tagger
sees few words: a noun written small ("die sicherheit"), a nominalized verb
or adjective written small (see ``nominalization``), an adjective, adverb or
pronoun capitalised mid-sentence ("wenn man Erwachsen wird", "ein Verteiltes
System"), and a small letter after a full stop or in the polite imperative
("Stellen sie sich vor."). Quotations, titles and names stay silent: a phrase
the author capitalises twice ("Künstliche Intelligenz") is a term.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.case_phrases import should_be_capital, should_be_small
from services.processor.checker.case_words import (
    CONTRACTIONS,
    DEFINITE,
    INDEFINITE,
    PREPOSITIONS_PLAIN,
    PRONOUNS,
    QUANTIFIERS,
    capitalised,
    inflected_adjective,
    is_english,
    is_noun,
    listed,
    ordinal,
    pronoun_like,
    tags,
)
from services.processor.checker.clauses import is_boundary
from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import ARTICLES, PERSONAL_PRONOUNS
from services.processor.checker.messages import say
from services.processor.checker.nominalization import nominalized
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word, is_word

_OPENING = frozenset('„»“‚‘"')
_CLOSING = frozenset('“”«‘’"')
# Abbreviations a full stop ends without ending the sentence.
_ABBREVIATIONS = frozenset(
    [
        "usw",
        "bzw",
        "vgl",
        "etc",
        "ggf",
        "abb",
        "kap",
        "tab",
        "bsp",
        "ca",
        "evtl",
        "inkl",
        "bspw",
        "bzgl",
        "hrsg",
        "prof",
        "zzgl",
        "sog",
        "aufl",
    ]
)
# Uninflected words nobody nominalizes mid-sentence without a determiner.
_PLAIN_TAGS = frozenset(["ADJ(D)", "VV(PP)", "VV(IZU)", "VV(INF)", "VV(FIN)"])
_NOMINAL_HINTS = frozenset(["NNA", "PIS", "PIAT", "PDS", "PPOSAT", "APPR", "ART", "KON"])
_FINITE = frozenset(["VV(FIN)", "VA(FIN)", "VM(FIN)"])
# Readings that make a capitalised word no bare infinitive (which could be nominal).
_NOT_INFINITIVE = frozenset(["ADJ(D)", "VV(PP)", "VV(IZU)", "VV(FIN)"])
_MODALS = frozenset(
    [
        "kann",
        "können",
        "muss",
        "müssen",
        "darf",
        "dürfen",
        "soll",
        "sollen",
        "will",
        "wollen",
        "möchte",
        "möchten",
    ]
)
_NOMINAL_CONTEXT = DEFINITE | INDEFINITE | CONTRACTIONS | QUANTIFIERS | {"alles", "als"}
_PAIRS = frozenset(["und", "oder"])


@register
class CapitalizationCheck:
    code = "capitalization"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if block.language != "de" or not block.is_prose or block.is_heading:
            return
        phrases = context.shared(_capitalised_pairs)
        for _sentence, tokens in context.sentences(block):
            quoted = _quoted(tokens)
            for index, token in enumerate(tokens):
                if index in quoted or not is_word(token) or not token.text.isalpha():
                    continue
                if token.text[0].islower():
                    message = _small(tokens, index)
                elif len(token.text) > 1 and token.text[1:].islower():
                    message = _capital(tokens, index, phrases)
                else:
                    message = None
                if message is not None:
                    text = say(self.code, "de", message)
                    yield Finding(block.index, token.start, token.end, self.code, text)


def _small(tokens: Sequence[Word], index: int) -> str | None:
    """A word written small that should be capitalised, and why."""
    word = tokens[index].text
    upper = capitalised(word)
    if _after_full_stop(tokens, index) and (listed(word) or is_noun(upper)):
        return f"»{word}« → »{upper}«: Nach einem Punkt beginnt ein neuer Satz, groß."
    if _small_noun(tokens, index):
        return f"»{word}« → »{upper}«: Nomen werden großgeschrieben."
    reason = should_be_capital(tokens, index)
    if reason is not None:
        return f"»{word}« → »{upper}«: {reason}"
    if word == "sie" and _polite_imperative(tokens, index):
        return "»sie« → »Sie«: Die höfliche Anrede wird großgeschrieben."
    found = nominalized(tokens, index)
    if found is None:
        return None
    if found.kind == "bare":
        return f"»{word}« → »{upper}«: nominalisiertes Adjektiv (ohne folgendes Nomen), daher groß."
    what = {"verb": "nominalisiertes Verb", "adjective": "nominalisiertes Adjektiv"}
    kind = what.get(found.kind, "Nomen")
    return f"»{word}« → »{upper}«: {kind} nach »{found.trigger}«, daher groß."


def _small_noun(tokens: Sequence[Word], index: int) -> bool:
    """A noun written small: no word in lower case, a noun capitalised, and no typo of a word."""
    word = tokens[index].text
    if len(word) < 3 or listed(word) or not is_noun(capitalised(word)) or is_english(word):
        return False
    before = tokens[index - 1].text if index > 0 else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if before in ("-", ")", "(", "/") or after in ("-", "/") or after.lower() == word:
        return False  # "(Groß-)eltern", "Verbindungs- und", a word corrected right after it
    if inflected_adjective(word):
        return False  # "energieraubende": an adjective Hunspell lacks, not a noun
    if speller("de").correction(word) is None:
        return True
    # One edit from another word ("mann", "eis"): a typo unless a determiner asks for a noun.
    claimed = before.lower() in ARTICLES or before.lower() in CONTRACTIONS
    return claimed and not after[:1].isupper()


def _capital(tokens: Sequence[Word], index: int, phrases: Counter[str]) -> str | None:
    """A capitalised word mid-sentence that is no noun, and why it should be small."""
    if index == 0 or not (is_word(tokens[index - 1]) or tokens[index - 1].text == ","):
        return None  # a sentence, quotation, bracket or list item starts here
    word = tokens[index].text
    lower = word.lower()
    previous = tokens[index - 1].text.lower()
    reason = should_be_small(tokens, index)
    if reason is None and previous == "zu" and _verbal_after_zu(tokens, index):
        reason = "Infinitiv mit »zu« ist ein Verb, klein."
    if reason is not None:
        return f"»{word}« → »{lower}«: {reason}"
    if lower in PRONOUNS:
        if previous in _NOMINAL_CONTEXT or previous in ARTICLES or inflected_adjective(previous):
            return None  # "das eigene Ich", "dieser Jemand"
        if _clause_starts(tokens, index):
            return None
        return f"»{word}« → »{lower}«: Pronomen werden im Satz kleingeschrieben."
    if not listed(lower) or is_noun(word) or nouns.is_name(word) or lower in ARTICLES:
        return None  # "Jugendliche Freiheit" may be two nouns: the adjective's twin is left alone
    if lower.endswith("weise") and "ADV" in tags(word):
        return f"»{word}« → »{lower}«: Adverbien schreibt man klein."
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and is_word(following) and following.text[:1].isupper():
        if _attributive(tokens, index, phrases):
            return (
                f"»{word}« → »{lower}«: Adjektive vor einem Nomen werden kleingeschrieben "
                "(außer in Namen; bitte prüfen)."
            )
        return None
    if previous in _NOMINAL_CONTEXT or previous in PREPOSITIONS_PLAIN or pronoun_like(previous):
        return None  # "im Allgemeinen", "etwas Neues", "seit Langem", "die meisten Befragten"
    if _paired(tokens, index) or _clause_starts(tokens, index):
        return None  # "Jung und Alt"
    found = tags(word)
    if not found & _PLAIN_TAGS or found & _NOMINAL_HINTS or inflected_adjective(lower):
        return None  # "Befragte", "Neues lernen" may be nominal; pronouns are judged above
    if (
        inflected_adjective(previous)
        or previous in ARTICLES
        or _truncated_or_repeated(tokens, index)
    ):
        return None  # "das nächtliche Herumtreiben", "dieses Schwanken", "Ungebunden- und"
    if found & _FINITE and index + 1 < len(tokens) and tokens[index + 1].text in PERSONAL_PRONOUNS:
        return None  # "Stimmt es …": a question starts, its full stop is missing
    if not found & _NOT_INFINITIVE and not _infinitive_is_verbal(tokens, index):
        return None  # "dass Kommunizieren hilft": a nominalized infinitive without article
    return f"»{word}« → »{lower}«: Adjektive, Adverbien und Verben schreibt man klein."


def _verbal_after_zu(tokens: Sequence[Word], index: int) -> bool:
    """ "anfangen zu Rauchen": an infinitive after "zu" that a verb or adjective governs.

    "Zugang zu Wissen" has a noun before "zu": there "zu" is a preposition.
    """
    word = tokens[index].text
    if index < 2 or not word.endswith(("en", "ern", "eln")):
        return False
    if not {"VV(INF)", "VA(INF)", "VM(INF)"} & tags(word):
        return False
    if any(reading.startswith("pl.") for reading in nouns.analyses(word)):
        return False  # "zu Regeln": a plural noun
    governor = tokens[index - 2]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        is_word(governor)
        and governor.text.islower()
        and (following is None or is_boundary(following) or following.text == ".")
    )


def _truncated_or_repeated(tokens: Sequence[Word], index: int) -> bool:
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return following == "-" or following.lower() == tokens[index].text.lower()


def _infinitive_is_verbal(tokens: Sequence[Word], index: int) -> bool:
    """ "sich Entspannen", "zu Betrachten", "Schlafen darf,": an infinitive a verb governs."""
    if tokens[index - 1].text.lower() in ("zu", "sich", "nicht"):
        return True
    if index + 2 >= len(tokens):
        return False
    return tokens[index + 1].text in _MODALS and is_boundary(tokens[index + 2])


def _clause_starts(tokens: Sequence[Word], index: int) -> bool:
    """ "… Natürlich kann ich …": a word before a finite verb that the clause goes on after.

    A main clause opens there, and with no full stop before it the capital is
    a missing full stop, not a case error. A predicate written big ("wenn man
    Erwachsen ist, …") has its verb at the clause's end instead.
    """
    if tokens[index - 1].text == "," or index + 2 >= len(tokens):
        return False
    verb, after = tokens[index + 1], tokens[index + 2]
    if tokens[index].text.lower() in PRONOUNS:
        return grammar.can_be_finite_verb(verb.text)
    return grammar.can_be_finite_verb(verb.text) and not is_boundary(after) and after.text != "."


def _attributive(tokens: Sequence[Word], index: int, phrases: Counter[str]) -> bool:
    """An adjective before its noun, not the first word of a name or term."""
    word, noun = tokens[index].text, tokens[index + 1].text
    if ordinal(word) or pronoun_like(word) or not inflected_adjective(word.lower()):
        return False  # "Erster Weltkrieg"
    if phrases[f"{word} {noun}"] >= 2 or not (is_noun(noun) or listed(noun)):
        return False  # a term the author uses, or a foreign or proper name
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if after is not None and is_word(after) and after.text[:1].isupper():
        return False  # "Neue Zürcher Zeitung"
    return not nouns.is_name(noun)


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


def _after_full_stop(tokens: Sequence[Word], index: int) -> bool:
    """Whether a full stop after a whole word (no abbreviation, no number) precedes."""
    if index < 2 or tokens[index - 1].text not in (".", "!", "?"):
        return False
    before = tokens[index - 2]
    return (
        is_word(before)
        and len(before.text) >= 3
        and before.text.lower() not in _ABBREVIATIONS
        and (listed(before.text) or listed(before.text.lower()))
    )


def _polite_imperative(tokens: Sequence[Word], index: int) -> bool:
    """ "Stellen sie sich vor.": a verb first, "sie" second, and no question mark."""
    verb_at = index - 1
    if verb_at == 1 and tokens[0].text == "Bitte":
        verb_at = 0
    if verb_at != 0 or tokens[-1].text not in (".", "!"):
        return False
    verb = tokens[0].text.lower()
    return verb.endswith("en") and grammar.can_be_infinitive(verb)


def _quoted(tokens: Sequence[Word]) -> set[int]:
    """Indices of tokens inside quotation marks: quoted text keeps its own spelling."""
    inside: set[int] = set()
    depth = 0
    for index, token in enumerate(tokens):
        if token.text in _CLOSING and depth > 0:
            depth -= 1
        elif token.text in _OPENING:
            depth += 1
        elif depth > 0:
            inside.add(index)
    return inside


def _capitalised_pairs(context: DocumentContext) -> Counter[str]:
    """ "Künstliche Intelligenz" written alike twice or more is a term, not a slip."""
    pairs: Counter[str] = Counter()
    for block in context.blocks:
        if block.language != "de" or not block.is_prose:
            continue
        for _sentence, tokens in context.sentences(block):
            for first, second in itertools.pairwise(tokens[1:]):
                if first.text[:1].isupper() and second.text[:1].isupper():
                    pairs[f"{first.text} {second.text}"] += 1
    return pairs
