"""Citation style: one document, one way of citing.

Author–year ("(Mayring 2015)", "Mayring (2015)") and numeric ("[4]") citations are
counted over the whole document; the rarer style is flagged where it occurs. The same goes
for author–year punctuation: "(Mayring 2015)" against "(Mayring, 2015)".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cached_property

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.messages import say
from services.processor.checker.registry import register

# Not dates: "(September 1995)", "(Stand 2020)".
_NOT_NAMES = (
    "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    "January|February|March|May|June|July|October|December|Stand|Version|Ausgabe|Jahr|"
    "Frühjahr|Sommer|Herbst|Winter|Ende|Anfang|Mitte|Seit|Bis|Ab|Since|Spring|Summer|Fall|Autumn"
)
_NAME = rf"(?!(?:{_NOT_NAMES})\b)[A-ZÄÖÜ][\w'’-]+"
_AUTHORS = rf"{_NAME}(?:(?:\s+(?:und|and|&)\s+|\s*/\s*){_NAME})?(?:\s+et\s+al\.)?"
# "(Mayring 2015)", "(Weber und Schulz 2019, S. 4)", "(vgl. Gronau, 2021a)".
_AUTHOR_YEAR = re.compile(
    rf"\((?:vgl\.\s+|siehe\s+|see\s+|cf\.\s+)?{_AUTHORS}(,?)\s+(?:19|20)\d\d[a-z]?(?:[,;:][^()]*)?\)"
)
# "Mayring (2015)", "Weber und Schulz (2019, S. 4) zeigen": the author named in the sentence.
_NARRATIVE = re.compile(rf"\b{_AUTHORS}\s+\((?:19|20)\d\d[a-z]?(?:[,;:][^()]*)?\)")
# "[4]", "[4, 7]", "[3–5]", with a page or chapter "[7, S. 87]"; not "[0, 1]" (an interval)
# or "[sic]".
_NUMERIC = re.compile(
    r"\[[1-9]\d{0,2}(?:\s*[,–-]\s*[1-9]\d{0,2})*"
    r"(?:,\s*(?:S|p|pp|Kap|Abschn|Tab|Abb)\.\s*\d+(?:\s*[–-]\s*\d+|\s*ff?\.)?)?\]"
)


class _Styles:
    """Every citation of the document, by style, counted once."""

    def __init__(self, context: DocumentContext) -> None:
        self.numeric: Counter[int] = Counter()
        self.author_year: Counter[int] = Counter()
        self.comma: Counter[str] = Counter()
        for block in context.blocks:
            if not block.is_prose:
                continue
            self.numeric[block.index] = len(_NUMERIC.findall(block.text))
            for match in _AUTHOR_YEAR.finditer(block.text):
                self.author_year[block.index] += 1
                self.comma["," if match.group(1) else ""] += 1
            # the author named in the sentence counts for the style, not for its punctuation
            self.author_year[block.index] += len(_NARRATIVE.findall(block.text))

    @cached_property
    def minority(self) -> str | None:
        numeric, author_year = self.numeric.total(), self.author_year.total()
        if not numeric or not author_year or numeric == author_year:
            return None
        return "numeric" if numeric < author_year else "author_year"

    @cached_property
    def rare_comma(self) -> str | None:
        with_comma, without = self.comma[","], self.comma[""]
        if not with_comma or not without or with_comma == without:
            return None
        return "," if with_comma < without else ""


@register
class CitationStyleCheck:
    code = "citation_style"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading:
            return
        styles = context.shared(_Styles)
        language = block.language
        if styles.minority == "numeric":
            for match in _NUMERIC.finditer(block.text):
                text = say(
                    self.code,
                    language,
                    f"»{match.group()}« ist ein numerischer Beleg, sonst zitiert die Arbeit nach "
                    "Autor und Jahr, z. B. »(Name 2020)«. Bitte einheitlich zitieren.",
                    f"“{match.group()}” is a numeric citation, while the rest of the text cites "
                    "author and year, e.g. “(Name 2020)”. Please cite one way throughout.",
                )
                yield Finding(block.index, match.start(), match.end(), self.code, text)
        for match in _AUTHOR_YEAR.finditer(block.text):
            if styles.minority == "author_year":
                text = say(
                    self.code,
                    language,
                    f"»{match.group()}« zitiert nach Autor und Jahr, sonst verwendet die Arbeit "
                    "numerische Belege wie »[1]«. Bitte einheitlich zitieren.",
                    f"“{match.group()}” cites author and year, while the rest of the text uses "
                    "numeric citations like “[1]”. Please cite one way throughout.",
                )
            elif styles.rare_comma is not None and match.group(1) == styles.rare_comma:
                usual = "(Name 2020)" if styles.rare_comma else "(Name, 2020)"
                text = say(
                    self.code,
                    language,
                    f"Sonst schreibt die Arbeit Autor und Jahr wie »{usual}«; bitte einheitlich.",
                    f"Elsewhere the text writes author and year as “{usual}”; please keep to one.",
                )
            else:
                continue
            yield Finding(block.index, match.start(), match.end(), self.code, text)
