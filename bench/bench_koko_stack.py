"""KoKo's whole dev split (~222,000 words) as one document through nats-server and a processor.

Prints figures, asserts nothing. Run from the repository root (``make bench`` does):

    .venv/bin/python bench/bench_koko_stack.py [koko-dev.jsonl]

Each essay becomes one paragraph of a .docx, cached in bench-output/koko-dev.docx.
The job goes through a real nats-server and a fresh processor process, as in
bench_processor.py; the figure is the job's own processing_time_s plus the
wall time from job_created to job_completed as a watcher sees it.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx

from bench.bench_processor import OUTPUT, bench_job_on_nats

DEFAULT_KOKO = ROOT.parent / "shared" / "corpus" / "koko-dev.jsonl"


def build_document(source: Path, path: Path) -> tuple[Path, int]:
    essays: dict[str, list[str]] = defaultdict(list)
    with source.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            essays[str(record["essay"])].append(str(record["text"]))
    words = sum(len(text.split()) for lines in essays.values() for text in lines)
    if not path.exists():
        document = docx.Document()
        for lines in essays.values():
            document.add_paragraph(" ".join(lines))
        path.parent.mkdir(parents=True, exist_ok=True)
        document.save(str(path))
    return path, words


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_KOKO
    if not source.is_file():
        print(f"KoKo's dev split is not at {source}; skipped")
        return
    path, words = build_document(source, OUTPUT / "koko-dev.docx")
    data = path.read_bytes()
    start = time.perf_counter()
    times = asyncio.run(bench_job_on_nats(data, jobs=1))
    wall = time.perf_counter() - start
    print(
        f"KoKo dev split as one document: {words:,} words, {len(data) / 1024:.0f} KiB; "
        f"processing_time_s {times[0]:.1f} s; whole bench (nats-server and processor "
        f"start, upload, job) {wall:.1f} s"
    )


if __name__ == "__main__":
    main()
