"""The terminal names every category the checker reports, from the one list in contracts."""

from __future__ import annotations

import re

from contracts.categories import CATEGORIES, CATEGORY_LABELS
from contracts.events import JobCancelled, JobCreated
from contracts.state import fold
from korrektur.labels import TEXTS, category_label, phase_label, stage_label, user_language

FIELD = re.compile(r"\{(\w+)\}")


def test_every_category_has_its_german_label_in_the_terminal() -> None:
    for code in CATEGORIES:
        assert category_label(code) == CATEGORY_LABELS[code][0]
    assert category_label("capitalization") == "Groß-/Kleinschreibung"
    assert category_label("consistency") == "Einheitlichkeit"


def test_a_code_from_a_newer_processor_is_shown_as_it_is() -> None:
    assert category_label("not_yet_known") == "not_yet_known"


def test_a_cancelled_job_is_called_cancelled_not_queued() -> None:
    created = JobCreated(job_id="a" * 32, filename="t.docx", size=1, sha256="0", token_sha256="0")
    cancelled = JobCancelled(job_id="a" * 32, stage=None)
    assert phase_label(fold([created])) == "Warteschlange"
    assert phase_label(fold([created, cancelled])) == "Abgebrochen"


def test_the_locale_sets_the_language_the_terminal_speaks() -> None:
    assert user_language({"LANG": "en_US.UTF-8"}) == "en"
    assert user_language({"LANG": "de_AT.UTF-8"}) == "de"
    assert user_language({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}) == "en"
    assert user_language({"LC_ALL": "", "LANG": "en_US.UTF-8"}) == "en"
    assert user_language({}) == "de"  # German first


def test_english_labels_for_stages_phases_and_categories() -> None:
    created = JobCreated(job_id="a" * 32, filename="t.docx", size=1, sha256="0", token_sha256="0")
    assert phase_label(fold([created]), "en") == "Queued"
    assert stage_label("analyzing", "en") == "Checking"
    assert category_label("capitalization", "en") == "Capitalization"
    for code in CATEGORIES:
        assert category_label(code, "en") == CATEGORY_LABELS[code][1]


def test_every_sentence_has_both_languages_and_the_same_fields() -> None:
    for german, english in TEXTS.values():
        assert german and english
        assert set(FIELD.findall(german)) == set(FIELD.findall(english))
