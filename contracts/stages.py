"""The fixed pipeline every job runs through, and how much each stage weighs."""

from __future__ import annotations

from typing import Final, Literal

Stage = Literal["parsing", "analyzing", "integrating", "formatting"]

STAGES: Final[tuple[Stage, ...]] = ("parsing", "analyzing", "integrating", "formatting")

# Share of the overall percentage each stage accounts for; they add up to 100.
STAGE_WEIGHTS: Final[dict[str, float]] = {
    "parsing": 15.0,
    "analyzing": 60.0,
    "integrating": 20.0,
    "formatting": 5.0,
}
