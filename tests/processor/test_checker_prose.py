"""Careful academic prose written outside the corpus: every check together must stay silent.

The corpus is only a sample, so this is a second, independent set of correct
sentences (German and English) in the shapes theses use: subordinate and
relative clauses with their commas, zu-infinitives governed by a verb,
das as article and pronoun, author-year citations, British spellings.
"""

from __future__ import annotations

import pytest

from services.processor.checker import Block, Checker

GERMAN = [
    (
        "Die vorliegende Arbeit untersucht, wie sich digitale Lernplattformen auf die Motivation "
        "von Studierenden auswirken."
    ),
    (
        "Zunächst werden die theoretischen Grundlagen erläutert, bevor die Methodik der empirischen "
        "Untersuchung vorgestellt wird."
    ),
    (
        "Die Ergebnisse zeigen, dass insbesondere die Rückmeldung durch Lehrende einen großen "
        "Einfluss hat."
    ),
    "Das Modell, das in Kapitel 3 entwickelt wurde, dient als Grundlage für die weitere Analyse.",
    "Um die Forschungsfrage zu beantworten, wurden insgesamt 120 Interviews geführt.",
    "Ob diese Befunde auf andere Hochschulen übertragbar sind, bleibt offen.",
    "Die Teilnehmenden wurden gebeten, ihre Erfahrungen schriftlich festzuhalten.",
    "Die Studie von Müller und Schmidt (2019) kommt zu einem ähnlichen Ergebnis.",
    (
        "Die Daten wurden anonymisiert und anschließend mithilfe einer qualitativen "
        "Inhaltsanalyse ausgewertet."
    ),
    "Das zeigt, dass weitere Forschung notwendig ist.",
    "Die Lehrenden, die an der Befragung teilnahmen, berichteten von positiven Erfahrungen.",
    (
        "Die Hypothese, dass die Nutzungsdauer mit der Zufriedenheit korreliert, konnte bestätigt "
        "werden."
    ),
    "Weil die Rücklaufquote gering war, sind die Ergebnisse mit Vorsicht zu interpretieren.",
    "Er versuchte, das Problem ohne fremde Hilfe zu lösen.",
    "Dieses Verfahren hat den Vorteil, dass es schnell und kostengünstig ist.",
    "Die eigentliche Herausforderung liegt in der Umsetzung.",
    "Wenn die Bedingungen erfüllt sind, kann das Verfahren angewendet werden.",
    "Die Kosten-Nutzen-Analyse ergab ein positives Ergebnis.",
    "Das Unternehmen, dessen Umsatz stark gestiegen ist, plant eine Expansion.",
    "Die Frage, ob Homeoffice die Produktivität steigert, wird kontrovers diskutiert.",
    "Dadurch konnte die Bearbeitungszeit um 30 Prozent reduziert werden.",
    "Die Autoren weisen darauf hin, dass die Messinstrumente validiert werden müssen.",
]

ENGLISH = [
    "This thesis examines how digital learning platforms affect the motivation of students.",
    "The data were anonymised and then analysed using qualitative content analysis.",
    "The model that was developed in chapter 3 serves as the basis for the further analysis.",
    "According to Smith (2019), the effect is moderate in most organisations.",
    "Whether these findings can be transferred to other universities remains open.",
]


@pytest.mark.parametrize(("language", "texts"), [("de", GERMAN), ("en", ENGLISH)])
def test_correct_prose_gets_no_comment(language: str, texts: list[str]) -> None:
    blocks = [Block(index, text, language) for index, text in enumerate(texts)]
    findings = Checker().check_all(blocks)
    assert [(f.category, texts[f.block][f.start : f.end]) for f in findings] == []
