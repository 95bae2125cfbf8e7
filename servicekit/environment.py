"""Reading ``KORREKTUR_*`` variables the same way in every process.

One meaning of "unset" (absent or blank means the default), one check of
numbers, and one wording of errors, which name the variable at fault.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TypeVar

Number = TypeVar("Number", int, float)


class SettingsError(ValueError):
    """A variable is set to something its setting cannot take."""


class Environment:
    def __init__(self, variables: Mapping[str, str] | None = None) -> None:
        self._variables = os.environ if variables is None else variables

    def text(self, name: str, default: str) -> str:
        raw = self._variables.get(name, "")
        return raw.strip() or default

    def optional(self, name: str) -> str | None:
        return self._variables.get(name, "").strip() or None

    def number(
        self, name: str, kind: type[Number], default: Number, *, minimum: float = 0
    ) -> Number:
        raw = self._variables.get(name, "").strip()
        if not raw:
            return default
        try:
            value = kind(raw)
        except ValueError:
            what = "a whole number" if kind is int else "a number"
            raise SettingsError(f"Expected {name} to be {what}, but got {raw!r}") from None
        if value < minimum:
            raise SettingsError(f"Expected {name} to be at least {minimum}, but got {raw!r}")
        return value

    def items(self, name: str) -> tuple[str, ...]:
        """A comma-separated list, blanks dropped."""
        return tuple(
            item.strip() for item in self._variables.get(name, "").split(",") if item.strip()
        )
