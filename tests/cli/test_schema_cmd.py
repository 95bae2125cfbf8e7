"""``korrektur schema`` prints exactly the committed snapshot, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SNAPSHOT = Path(__file__).resolve().parents[1] / "contracts" / "schema.snapshot.json"


def test_schema_command_prints_the_snapshot() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "korrektur.cli", "schema"], capture_output=True, check=True
    )
    assert result.stdout.decode("utf-8") == SNAPSHOT.read_text(encoding="utf-8")
