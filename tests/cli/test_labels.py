"""The terminal names every category the checker reports, from the one list in contracts."""

from __future__ import annotations

from contracts.categories import CATEGORIES, CATEGORY_LABELS
from contracts.events import JobCancelled, JobCreated
from contracts.state import fold
from korrektur.labels import category_label, phase_label


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
