"""How the orthographic checks fare on real essays: KoKo's annotated errors (koko-dev.jsonl).

Run from the repository root (``make eval`` does):

    .venv/bin/python bench/eval_koko.py [koko.jsonl] [--show missed|alarms CATEGORY] [--limit N]

Each essay is one document and each of its lines one paragraph, read by the
same checker the processor runs, with language detected the same way.

- recall: an annotated error counts as found when a finding of the same
  category overlaps its span;
- outside annotations: orthographic findings (spelling, das/dass,
  capitalization, compounds) that overlap no annotated error of any kind,
  per 1,000 words. Only orthography is annotated, so these are mostly false
  alarms, though the annotators missed a few real errors.

``--show`` lists the misses or the alarms of one category, for a person to
read; nothing here is written to the repository. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from services.processor.checker import Block, Checker, Finding, warm_up
from services.processor.checker.language import detect

DEFAULT_KOKO = ROOT.parent / "shared" / "corpus" / "koko-dev.jsonl"
ORTHOGRAPHY = ("spelling", "das_dass", "capitalization", "compound")
# The goals of issue 8 name these three together.
COMBINED = ("spelling", "das_dass", "capitalization")


@dataclass(frozen=True)
class Annotation:
    block: int
    start: int
    end: int
    category: str
    text: str
    correction: str


@dataclass
class Essay:
    blocks: list[Block]
    annotations: list[Annotation]


def essays(path: Path) -> Iterator[Essay]:
    lines: dict[str, list[dict[str, object]]] = defaultdict(list)
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            lines[str(record["essay"])].append(record)
    for records in lines.values():
        blocks: list[Block] = []
        annotations: list[Annotation] = []
        for index, record in enumerate(records):
            text = str(record["text"])
            blocks.append(Block(index, text, detect(text.split(), "de")))
            for error in record["errors"]:  # type: ignore[attr-defined]
                annotations.append(
                    Annotation(
                        index,
                        error["start"],
                        error["end"],
                        error["category"],
                        error["text"],
                        error["correction"],
                    )
                )
        yield Essay(blocks, annotations)


def overlaps(finding: Finding, annotation: Annotation) -> bool:
    return (
        finding.block == annotation.block
        and finding.start < annotation.end
        and annotation.start < finding.end
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_KOKO)
    parser.add_argument("--show", nargs=2, metavar=("missed|alarms", "CATEGORY"))
    parser.add_argument("--limit", type=int, default=80)
    arguments = parser.parse_args()
    if not arguments.path.is_file():
        sys.exit(f"Expected KoKo's dev split at {arguments.path}, but there is no such file")

    warm_up()
    checker = Checker(ORTHOGRAPHY)
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    shown = 0
    words = 0
    seconds = 0.0
    for essay in essays(arguments.path):
        words += sum(len(block.text.split()) for block in essay.blocks)
        start = time.perf_counter()
        findings = checker.check_all(essay.blocks)
        seconds += time.perf_counter() - start
        for annotation in essay.annotations:
            total[annotation.category] += 1
            hit = any(
                f.category == annotation.category and overlaps(f, annotation) for f in findings
            )
            found[annotation.category] += hit
            wanted = arguments.show == ["missed", annotation.category]
            if wanted and not hit and shown < arguments.limit:
                shown += 1
                text = essay.blocks[annotation.block].text
                print(f"  missed »{annotation.text}« → »{annotation.correction}«  | {text}")
        for finding in findings:
            if any(overlaps(finding, annotation) for annotation in essay.annotations):
                continue
            alarms[finding.category] += 1
            if arguments.show == ["alarms", finding.category] and shown < arguments.limit:
                shown += 1
                text = essay.blocks[finding.block].text
                print(f"  alarm »{text[finding.start : finding.end]}«: {finding.message}  | {text}")

    print(f"KoKo {arguments.path.name}: {words:,} words, {sum(total.values()):,} annotated errors")
    for category in ORTHOGRAPHY:
        recall = found[category] / max(total[category], 1)
        print(
            f"  {category:<15} recall {recall:.2f} ({found[category]}/{total[category]}), "
            f"{alarms[category]} outside annotations"
        )
    combined = sum(found[c] for c in COMBINED) / max(sum(total[c] for c in COMBINED), 1)
    print(f"  spelling + das/dass + capitalization recall {combined:.2f}")
    outside = sum(alarms.values())
    print(
        f"  orthographic comments outside annotations: {outside} "
        f"({1000 * outside / max(words, 1):.2f} per 1,000 words)"
    )
    print(f"  checked in {seconds:.1f} s ({words / max(seconds, 1e-9):,.0f} words/s)")


if __name__ == "__main__":
    main()
