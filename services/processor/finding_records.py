"""A checker finding as the student sees it in the list: stable id, flagged words, sentence, fix.

The same findings become the document's comments, so the list and the file
never disagree. The id is made from where the finding sits, so a retried
unit of work reports the same ids and a dismissal made earlier still names
the same finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from contracts.events import ReportedFinding
from services.processor.checker import Block, Finding
from services.processor.checker.tokens import sentences
from services.processor.tracked_changes import Change

# »flagged« → »fix«: the one replacement a message names for the flagged words
# (not one of several: »nich« → »nicht« oder »noch«).
_ARROW = re.compile(r"»([^«]+)« → »([^«]+)«(?! oder »[^«]+«(?! →))")
# ... or a quoted version of the flagged words with punctuation added: »Methoden, die«.
_QUOTED = re.compile(r"»([^«]+)«")
_ADDED_PUNCTUATION = re.compile(r"[,;:]")


def records(findings: Iterable[Finding], blocks: Sequence[Block]) -> list[ReportedFinding]:
    """The findings of one unit of work, in document order, as contract records."""
    by_index = {block.index: block for block in blocks}
    return [_record(finding, by_index[finding.block]) for finding in findings]


def changes(findings: Iterable[Finding], blocks: Sequence[Block]) -> list[Change]:
    """The findings with one suggestion, as tracked changes of exactly their span."""
    by_index = {block.index: block for block in blocks}
    found = []
    for finding in findings:
        text = by_index[finding.block].text[finding.start : finding.end]
        fix = suggestion(text, finding.message)
        if fix is not None and fix != text:
            found.append(Change(finding.block, finding.start, finding.end, fix))
    return found


def finding_id(finding: Finding) -> str:
    return f"{finding.block}-{finding.start}-{finding.end}-{finding.category}"


def suggestion(text: str, message: str) -> str | None:
    """The replacement the message names for ``text``, or None if it names none or several."""
    fixes = {
        fix[: len(fix) - len(rest)] if rest else fix
        for flagged, fix in _ARROW.findall(message)
        if flagged.startswith(text)
        # "»gegründete wurde« → »gegründet wurde«": the words after the flagged ones stay
        for rest in [flagged[len(text) :]]
        if not rest or (rest[0] == " " and fix.endswith(rest))
    }
    if not fixes:
        fixes = {
            quoted
            for quoted in _QUOTED.findall(message)
            if quoted != text and _ADDED_PUNCTUATION.sub("", quoted) == text
        }
    return fixes.pop() if len(fixes) == 1 else None


def _record(finding: Finding, block: Block) -> ReportedFinding:
    text = block.text[finding.start : finding.end]
    return ReportedFinding(
        id=finding_id(finding),
        category=finding.category,
        paragraph=finding.block,
        start=finding.start,
        end=finding.end,
        text=text,
        context=_sentence(block.text, finding.start, finding.end),
        message=finding.message,
        suggestion=suggestion(text, finding.message),
    )


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) the span lies in."""
    around = [s for s in sentences(text) if s.start < end and start < s.end]
    if not around:
        return text
    return text[around[0].start : around[-1].end]
