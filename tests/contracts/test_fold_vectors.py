"""One set of fold vectors, two folds: the Python contract and the page's JavaScript.

Given each vector's events, then both folds produce exactly its state, so the
page can never show a job differently from the API, the gateway or the CLI.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from contracts.events import EVENT_TYPES
from tests.contracts.fold_vectors import SCENARIOS, VECTORS, python_state
from tests.paths import REPO

PAGE_FOLD = REPO / "services" / "upload" / "web" / "fold.js"
RUNNER = Path(__file__).with_name("fold_vectors.mjs")


@pytest.fixture(scope="module")
def vectors() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))
    return loaded


def test_the_vectors_cover_every_scenario(vectors: list[dict[str, Any]]) -> None:
    assert [vector["name"] for vector in vectors] == list(SCENARIOS)
    kinds = {event["type"] for vector in vectors for event in vector["events"]}
    tags = {kind.__struct_config__.tag for kind in EVENT_TYPES}
    assert kinds == tags, f"Expected every event type in the vectors, but got {sorted(kinds)}"


def test_the_python_fold_passes_every_vector(vectors: list[dict[str, Any]]) -> None:
    for vector in vectors:
        assert python_state(vector["events"]) == vector["state"], vector["name"]


def test_the_page_fold_passes_every_vector(vectors: list[dict[str, Any]]) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Expected node (Debian package nodejs) to run the page's fold; `make deps`")
    run = subprocess.run(
        [node, str(RUNNER), str(PAGE_FOLD), str(VECTORS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    states = json.loads(run.stdout)
    assert len(states) == len(vectors)
    for vector, state in zip(vectors, states, strict=True):
        assert state == vector["state"], vector["name"]
