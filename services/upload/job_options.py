"""The optional form fields of an upload: which language, which kinds of findings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from services.upload.errors import InvalidField

LANGUAGES: Final = ("auto", "de", "en")
CATEGORY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_CATEGORIES = 32


@dataclass(frozen=True)
class JobOptions:
    language: str = "auto"
    # Empty means every category the checker knows.
    categories: list[str] = field(default_factory=list)


def parse_options(fields: dict[str, list[str]]) -> JobOptions:
    """Read ``language`` and ``categories`` (comma-separated, or the field repeated)."""
    languages = [value.strip().lower() for value in fields.get("language", []) if value.strip()]
    if len(set(languages)) > 1:
        raise InvalidField("Choose one language: auto, de or en.")
    language = languages[0] if languages else "auto"
    if language not in LANGUAGES:
        raise InvalidField(f"Expected language to be one of auto, de, en, but got {language!r}.")
    categories: list[str] = []
    for value in fields.get("categories", []):
        for item in value.split(","):
            category = item.strip().lower()
            if not category or category in categories:
                continue
            if not CATEGORY.match(category):
                raise InvalidField(f"{category[:40]!r} is not a valid category name.")
            categories.append(category)
    if len(categories) > MAX_CATEGORIES:
        raise InvalidField(f"Choose at most {MAX_CATEGORIES} categories.")
    return JobOptions(language=language, categories=categories)
