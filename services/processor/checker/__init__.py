"""The proofreading checks: one module per category, found through the registry."""

from __future__ import annotations

from services.processor.checker import long_sentence, repeated_word, spacing, spelling
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.registry import CHECKS, Check, build_checks
from services.processor.checker.runner import Checker

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
]
