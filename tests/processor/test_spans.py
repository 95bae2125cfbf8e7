"""Span → runs: the comment must cover exactly the span, and the text and formatting must not change."""

from __future__ import annotations

import pytest

from services.processor.spans import ParagraphRuns, SpanError, runs_for_span
from tests.processor.documents import add_hyperlink, paragraph_of_runs

PLAIN: dict[str, bool] = {}
BOLD = {"bold": True}
ITALIC = {"italic": True}


def covered(runs: list) -> str:  # type: ignore[type-arg]
    return "".join(run.text for run in runs)


def test_a_span_inside_one_run_splits_it_in_three_keeping_the_text() -> None:
    _, paragraph = paragraph_of_runs(("Die Resourcen sind knapp.", BOLD))
    runs = runs_for_span(paragraph, 4, 13)
    assert covered(runs) == "Resourcen"
    assert paragraph.text == "Die Resourcen sind knapp."
    assert [run.text for run in paragraph.runs] == ["Die ", "Resourcen", " sind knapp."]
    assert all(run.bold for run in paragraph.runs)


def test_a_span_across_a_formatting_boundary_keeps_each_side_formatted() -> None:
    _, paragraph = paragraph_of_runs(("Die ", PLAIN), ("Resourcen", BOLD), (" sind knapp", ITALIC))
    runs = runs_for_span(paragraph, 2, 16)
    assert covered(runs) == "e Resourcen si"
    assert [(run.text, run.bold, run.italic) for run in paragraph.runs] == [
        ("Di", None, None),
        ("e ", None, None),
        ("Resourcen", True, None),
        (" si", None, True),
        ("nd knapp", None, True),
    ]


def test_a_span_on_run_edges_splits_nothing() -> None:
    _, paragraph = paragraph_of_runs(("Die ", PLAIN), ("Resourcen", BOLD), (" sind", PLAIN))
    runs = runs_for_span(paragraph, 4, 13)
    assert [run.text for run in runs] == ["Resourcen"]
    assert len(paragraph.runs) == 3


def test_tabs_and_breaks_count_as_one_character_like_paragraph_text() -> None:
    _, paragraph = paragraph_of_runs(("a\tb\nRessourcen", PLAIN))
    assert paragraph.text == "a\tb\nRessourcen"
    runs = runs_for_span(paragraph, 2, 8)
    assert covered(runs) == "b\nRess"
    assert paragraph.text == "a\tb\nRessourcen"


def test_runs_inside_a_hyperlink_are_found_and_split() -> None:
    _, paragraph = paragraph_of_runs(("Siehe ", PLAIN))
    add_hyperlink(paragraph, "die Webseite")
    paragraph.add_run(" dazu.")
    assert paragraph.text == "Siehe die Webseite dazu."
    runs = runs_for_span(paragraph, 10, 21)
    assert covered(runs) == "Webseite da"
    assert paragraph.text == "Siehe die Webseite dazu."


def test_many_spans_in_one_paragraph_share_one_placement() -> None:
    _, paragraph = paragraph_of_runs(("eins zwei drei vier", PLAIN))
    placed = ParagraphRuns(paragraph)
    for start, end, word in [(15, 19, "vier"), (5, 9, "zwei"), (0, 14, "eins zwei drei")]:
        assert covered(placed.cover(start, end)) == word
    assert paragraph.text == "eins zwei drei vier"


@pytest.mark.parametrize("span", [(3, 3), (-1, 2), (0, 99)])
def test_a_span_outside_the_text_is_refused(span: tuple[int, int]) -> None:
    _, paragraph = paragraph_of_runs(("kurz", PLAIN))
    with pytest.raises(SpanError, match="Expected"):
        runs_for_span(paragraph, *span)
