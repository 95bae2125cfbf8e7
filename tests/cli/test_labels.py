"""The terminal names every category the checker reports, from the one list in contracts."""

from __future__ import annotations

from contracts.categories import CATEGORIES, CATEGORY_LABELS
from korrektur.labels import category_label


def test_every_category_has_its_german_label_in_the_terminal() -> None:
    for code in CATEGORIES:
        assert category_label(code) == CATEGORY_LABELS[code][0]
    assert category_label("capitalization") == "Groß-/Kleinschreibung"
    assert category_label("consistency") == "Einheitlichkeit"


def test_a_code_from_a_newer_processor_is_shown_as_it_is() -> None:
    assert category_label("not_yet_known") == "not_yet_known"
