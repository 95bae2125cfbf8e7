"""How good the checker is on the sample theses: recall per category and false alarms.

Run from the repository root (``make eval`` does):

    .venv/bin/python bench/eval_checker.py [corpus-dir]

- planted-de.docx against planted-de.answers.json: a planted error counts as
  found when a finding of the same category overlaps its span in the same
  paragraph; every finding that overlaps no planted error is a false alarm.
- clean-de.docx: every finding is a false alarm.
- every other .docx in the corpus: its findings are listed for a human to judge.

False alarms are reported per 1,000 words. Prints figures, asserts nothing.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from services.processor.checker import Checker, Finding
from services.processor.document import (
    ParsedDocument,
    document_paragraphs,
    open_document,
    read_blocks,
)

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def analyse(path: Path) -> tuple[ParsedDocument, list[Finding]]:
    document = open_document(path.read_bytes(), max_unzipped_bytes=200 * 1024 * 1024)
    paragraphs = document_paragraphs(document)
    parsed = ParsedDocument(document, paragraphs, read_blocks(document, paragraphs))
    return parsed, Checker().check_all(parsed.blocks)


def overlaps(finding: Finding, answer: dict[str, object]) -> bool:
    return (
        finding.block == answer["paragraph"]
        and finding.start < int(answer["end"])  # type: ignore[call-overload]
        and int(answer["start"]) < finding.end  # type: ignore[call-overload]
    )


def per_thousand(count: int, words: int) -> float:
    return 1000 * count / max(words, 1)


def show(parsed: ParsedDocument, finding: Finding) -> str:
    text = parsed.blocks[finding.block].text[finding.start : finding.end]
    if len(text) > 60:
        text = text[:57] + "..."
    return f"    [{finding.category}] ¶{finding.block} »{text}«: {finding.message}"


def planted(corpus: Path) -> None:
    answers = json.loads((corpus / "planted-de.answers.json").read_text(encoding="utf-8"))
    parsed, findings = analyse(corpus / "planted-de.docx")
    total: Counter[str] = Counter(answer["category"] for answer in answers)
    found: Counter[str] = Counter()
    for answer in answers:
        if any(f.category == answer["category"] and overlaps(f, answer) for f in findings):
            found[answer["category"]] += 1
        else:
            print(f"  missed [{answer['category']}] ¶{answer['paragraph']} »{answer['text'][:60]}«")
    alarms = [f for f in findings if not any(overlaps(f, answer) for answer in answers)]
    print(f"planted-de.docx: {sum(found.values())} of {len(answers)} planted errors found")
    for category in sorted(total):
        print(f"  {category:<15} recall {found[category]}/{total[category]}")
    rate = per_thousand(len(alarms), parsed.words)
    print(f"  false alarms: {len(alarms)} ({rate:.2f} per 1,000 words)")
    for finding in alarms:
        print(show(parsed, finding))


def clean(corpus: Path) -> None:
    parsed, findings = analyse(corpus / "clean-de.docx")
    rate = per_thousand(len(findings), parsed.words)
    print(
        f"clean-de.docx: {len(findings)} comments in {parsed.words} words "
        f"({rate:.2f} false alarms per 1,000 words)"
    )
    for finding in findings:
        print(show(parsed, finding))


def others(corpus: Path) -> None:
    for path in sorted(corpus.glob("*.docx")):
        if path.name in ("planted-de.docx", "clean-de.docx"):
            continue
        parsed, findings = analyse(path)
        by_category = Counter(f.category for f in findings)
        summary = ", ".join(f"{c} {n}" for c, n in sorted(by_category.items())) or "none"
        print(f"{path.name}: {len(findings)} findings in {parsed.words} words ({summary})")
        for finding in findings:
            print(show(parsed, finding))


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    if not (corpus / "planted-de.answers.json").is_file():
        sys.exit(f"Expected the sample corpus in {corpus}, but planted-de.answers.json is missing")
    start = time.perf_counter()
    planted(corpus)
    clean(corpus)
    others(corpus)
    print(f"(evaluated in {time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
