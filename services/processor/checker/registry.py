"""The checks by category code, so new categories plug in without touching the runner."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding


class Check(Protocol):
    """A check reads one block at a time; ``code`` is the stable category in events and metrics."""

    code: str

    def check(self, block: Block, context: DocumentContext) -> Iterable[Finding]: ...


CHECKS: dict[str, type[Check]] = {}


def register(factory: type[Check]) -> type[Check]:
    """Class decorator: make a check available under its ``code``."""
    code = factory.code
    if code in CHECKS:
        raise ValueError(f"Expected one check per category, but {code!r} is registered twice")
    CHECKS[code] = factory
    return factory


def build_checks(categories: Iterable[str] = ()) -> list[Check]:
    """Instances of the chosen checks; no choice means every check there is.

    Unknown codes are ignored: the upload form may offer categories a
    processor of an older version does not have yet.
    """
    chosen = set(categories) or set(CHECKS)
    return [factory() for code, factory in CHECKS.items() if code in chosen]
