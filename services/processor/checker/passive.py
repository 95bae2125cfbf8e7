"""Passive overuse: one note per paragraph whose main clauses are mostly passive.

Academic German uses the passive on purpose, so only a paragraph that is
passive almost throughout reads as a pattern worth a comment: at least three
sentences whose main clause is passive, three quarters of all. Relative,
dass- and wie-clauses do not count: "Die Methode, die verwendet wird, spart
Zeit" is active. Quotations and block quotes are the source's words, and a
method or procedure section is passive by convention, so both are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from services.processor.checker import grammar
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import (
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
)
from services.processor.checker.messages import say
from services.processor.checker.quotations import quoted_block, quoted_sentence, quoted_spans
from services.processor.checker.recurring import first_few
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word

MIN_PASSIVE_SENTENCES = 3
_PAST_AUXILIARIES = frozenset(["wurde", "wurden", "worden"])
MIN_SHARE = 0.75
_ENGLISH_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being"])
# Marks that end a clause inside a sentence.
_CLAUSE_MARKS = frozenset(",;:()–—")
# Infinitive groups open like subordinate clauses: "um … zu", "ohne … zu".
_INFINITIVE_OPENERS = frozenset(["um", "ohne", "statt", "anstatt"])
# Headings of sections that describe a procedure, where the passive is the convention.
_METHOD_HEADING = re.compile(
    r"method|vorgehen|durchführung|versuchsaufbau|datenerhebung|erhebung|design|"
    r"implementierung|umsetzung|versuch|experiment|stichprobe|material|procedure",
    re.IGNORECASE,
)


@register
class PassiveCheck:
    code = "passive"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        return first_few(self._findings(block, context), context, block.language)

    def _findings(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading or quoted_block(block, context):
            return
        if block.index in context.shared(_method_sections):
            return
        quoted = quoted_spans(block.text)
        sentences = [
            (sentence, tokens)
            for sentence, tokens in context.sentences(block)
            if not quoted_sentence(quoted, sentence)
        ]
        if len(sentences) < MIN_PASSIVE_SENTENCES:
            return
        test = _english_passive if block.language == "en" else _german_passive
        passive = sum(test(tokens) for _, tokens in sentences)
        if passive < MIN_PASSIVE_SENTENCES or passive < MIN_SHARE * len(sentences):
            return
        first, last = sentences[0][0], sentences[-1][0]
        message = say(
            self.code,
            block.language,
            f"{passive} von {len(sentences)} Sätzen dieses Absatzes stehen im Passiv. Einige "
            "aktiv zu formulieren (wer tut was?) macht den Absatz lebendiger.",
            f"{passive} of {len(sentences)} sentences in this paragraph are passive. Putting some "
            "in the active voice (who does what?) makes it livelier.",
        )
        yield Finding(block.index, first.start, last.end, self.code, message)


def _method_sections(context: DocumentContext) -> frozenset[int]:
    """The blocks under a heading that names a method or procedure."""
    inside: set[int] = set()
    in_method = False
    for block in context.blocks:
        if block.is_heading:
            in_method = bool(_METHOD_HEADING.search(block.text))
        elif in_method:
            inside.add(block.index)
    return frozenset(inside)


def _german_passive(tokens: list[Word]) -> bool:
    """A form of "werden" and a past participle (gebildet, analysiert) in the main clause."""
    main = [token.text for token in _main_clause(tokens)]
    if PASSIVE_AUXILIARIES.isdisjoint(main):
        return False
    # "wird … erhalten" is as often the future: with a present form of "werden", a
    # participle that is also an infinitive proves nothing.
    future = _PAST_AUXILIARIES.isdisjoint(main)
    return any(
        text[:1].islower()
        and "VV(PP)" in grammar.word_tags(text)
        and not (future and grammar.can_be_infinitive(text))
        for text in main
        if text.endswith(("t", "en")) and len(text) > 4
    )


def _main_clause(tokens: Sequence[Word]) -> list[Word]:
    """The sentence's words outside its subordinate clauses and infinitive groups."""
    main: list[Word] = []
    segment: list[Word] = []
    for token in [*tokens, Word(0, 0, ",")]:
        if token.text not in _CLAUSE_MARKS:
            segment.append(token)
            continue
        if segment and not _subordinate(segment):
            main.extend(segment)
        segment = []
    return main


def _subordinate(segment: Sequence[Word]) -> bool:
    """ "dass …", "die verwendet wird", "mit der …", "um … zu …": a clause inside another."""
    first = segment[0].text.lower()
    second = segment[1].text.lower() if len(segment) > 1 else ""
    return (
        first in SUBORDINATORS
        or first in _INFINITIVE_OPENERS
        or first in ("wie", "was", "wo", "welche", "welcher", "welches", "deren", "dessen")
        or (first in RELATIVE_PRONOUNS and segment[0].text.islower())
        or (first in PREPOSITIONS and second in RELATIVE_PRONOUNS)
    )


def _english_passive(tokens: list[Word]) -> bool:
    texts = [token.text.lower() for token in tokens]
    return any(
        text in _ENGLISH_AUXILIARIES and following.endswith("ed")
        for text, following in pairwise(texts)
    )
