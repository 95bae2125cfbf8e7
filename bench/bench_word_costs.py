"""What checking costs per word and per word type new to the process: the analyzing stage's weights.

Prints figures, asserts nothing. Run from the repository root:

    .venv/bin/python bench/bench_word_costs.py

After warm-up documents, each document is checked chunk by chunk as the
processor does. Per document, a least-squares fit of each chunk's seconds on
its words and on its word types the process has not checked before gives the
cost of each; ``services/processor/vocabulary.py`` weighs chunks by their ratio.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np

from bench.bench_processor import german_paragraphs
from services.processor.checker import Block, Checker
from services.processor.checker.runner import chunks
from services.processor.vocabulary import Vocabulary

WARM_UP = 60_000
SIZES = (10_000, 25_000, 50_000, 100_000)


def documents(sizes: tuple[int, ...]) -> list[list[Block]]:
    pages = german_paragraphs(int(1.2 * sum(sizes)))
    built: list[list[Block]] = []
    for size in sizes:
        blocks: list[Block] = []
        while pages and sum(len(b.text.split()) for b in blocks) < size:
            _title, paragraphs = pages.pop(0)
            blocks += [Block(len(blocks) + i, text) for i, text in enumerate(paragraphs)]
        built.append(blocks)
    return built


def main() -> None:
    warm, *sized = documents((WARM_UP, *SIZES))
    checker = Checker()
    checker.check_all(warm)
    vocabulary = Vocabulary()
    vocabulary.counts([warm])
    ratios = []
    print("chunk seconds = a × words + b × new word types, per document (first chunk left out)")
    for size, blocks in zip(SIZES, sized):
        context = checker.context(blocks)
        rows = []
        for chunk in chunks(blocks):
            [(words, new)] = vocabulary.counts([chunk])
            started = time.perf_counter()
            checker.check_chunk(context, chunk)
            rows.append((time.perf_counter() - started, words, new))
        timed = np.array(rows[1:], dtype=float)
        (per_word, per_new), *_ = np.linalg.lstsq(timed[:, 1:], timed[:, 0], rcond=None)
        ratios.append(per_new / per_word)
        print(
            f"  {size:>7,} words: {1000 * per_word:.3f} ms per word, "
            f"{1000 * per_new:.2f} ms per new type, ratio {per_new / per_word:.0f}"
        )
    print(f"  median ratio {statistics.median(ratios):.0f} (NEW_WORD_COST in vocabulary.py)")


if __name__ == "__main__":
    main()
