"""The proofreading checks: one module per category, found through the registry."""

from __future__ import annotations

from services.processor.checker import (  # noqa: F401 - importing registers each check
    agreement,
    capitalization,
    case_terms,
    citation_style,
    colloquial,
    comma,
    compound,
    consistency,
    das_dass,
    dictionary,
    first_person,
    grammar,
    long_sentence,
    nouns,
    passive,
    quotes,
    repeated_word,
    spacing,
    spelling,
)
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.registry import CHECKS, Check, build_checks
from services.processor.checker.runner import Checker


def warm_up() -> None:
    """Load the dictionaries and the tagger at startup, not in a student's first job."""
    dictionary.warm_up()
    grammar.warm_up()
    nouns.warm_up()
    case_terms.is_term("Rotes", "Kreuz")  # two-word terms, read from the noun list


__all__ = [
    "CHECKS",
    "Block",
    "Check",
    "Checker",
    "DocumentContext",
    "Finding",
    "build_checks",
    "long_sentence",
    "repeated_word",
    "spacing",
    "spelling",
    "warm_up",
]
