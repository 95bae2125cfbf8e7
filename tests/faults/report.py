"""Figures each fault test measured, printed and kept under test-output/faults/ for the closing note."""

from __future__ import annotations

import json
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "faults"


def record(name: str, **figures: object) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(figures, indent=2, sort_keys=True, default=str)
    (OUTPUT / f"{name}.json").write_text(text + "\n", encoding="utf-8")
    print(f"\n[faults] {name}: {text}")
