"""The published event schema changes only on purpose: a snapshot guards it."""

from __future__ import annotations

import json
from pathlib import Path

from korrektur.cli import schema_text
from tests.contracts.samples import PUBLIC_EVENT_NAMES

SNAPSHOT = Path(__file__).with_name("schema.snapshot.json")


def test_event_schema_matches_the_snapshot() -> None:
    current = schema_text()
    recorded = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    assert current == recorded, (
        "The JSON Schema of the events differs from tests/contracts/schema.snapshot.json. "
        "If the change is intended (new fields need defaults, never retype or reuse a tag), "
        "run `make schema` to rewrite the snapshot and commit it."
    )


def test_the_schema_covers_every_public_event_name() -> None:
    schema = json.loads(schema_text())
    tags = {
        definition["properties"]["type"]["enum"][0]
        for definition in schema["$defs"].values()
        if "type" in definition.get("properties", {})
    }
    assert tags == PUBLIC_EVENT_NAMES
