"""Where the repository is, for tests that read its files (the page, the compose file)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
