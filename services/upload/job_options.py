"""The optional form fields of an upload: which language, which findings, how suggestions come."""

from __future__ import annotations

from dataclasses import dataclass, field

from contracts.categories import CATEGORIES, LANGUAGES, SUGGESTION_MODES
from services.upload.errors import InvalidField


@dataclass(frozen=True)
class JobOptions:
    language: str = "auto"
    # Empty means every category the checker knows.
    categories: list[str] = field(default_factory=list)
    suggestions: str = "comments"


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
            if category not in CATEGORIES:
                raise InvalidField(
                    f"Expected categories from {', '.join(CATEGORIES)}, but got {category[:40]!r}."
                )
            categories.append(category)
    modes = {value.strip().lower() for value in fields.get("suggestions", []) if value.strip()}
    if len(modes) > 1 or not modes <= set(SUGGESTION_MODES):
        raise InvalidField("Expected suggestions to be comments or tracked.")
    suggestions = modes.pop() if modes else "comments"
    return JobOptions(language=language, categories=categories, suggestions=suggestions)
