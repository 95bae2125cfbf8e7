"""The ETA as page and terminal show it: one number, or a range while the margin is wide."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from korrektur.labels import remaining
from tests.paths import REPO

PAGE_ETA = REPO / "services" / "upload" / "web" / "eta.js"
# (eta_s, margin_s): a kind of job never seen has a margin of about half its ETA.
CASES = [(600.0, 300.0), (600.0, 30.0), (40.0, 20.0), (40.0, None), (5.0, 4.0)]
# The range each view should show, or None for one number.
EXPECTED = [(300.0, 900.0), None, (20.0, 60.0), None, (1.0, 9.0)]


def page_ranges() -> list[list[float] | None]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Expected node (Debian package nodejs) to run the page's code; `make deps`")
    script = (
        f"import {{ EtaSmoother }} from {json.dumps(PAGE_ETA.as_uri())};"
        f"const cases = {json.dumps(CASES)};"
        "const out = cases.map(([eta, margin]) => {"
        "  const smoother = new EtaSmoother(() => 0); smoother.update(eta, margin);"
        "  return smoother.range(); });"
        "process.stdout.write(JSON.stringify(out));"
    )
    run = subprocess.run(
        [node, "--input-type=module", "-e", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    ranges: list[list[float] | None] = json.loads(run.stdout)
    return ranges


def test_the_page_shows_a_range_only_while_the_margin_is_wide() -> None:
    shown = [None if r is None else tuple(r) for r in page_ranges()]
    assert shown == EXPECTED


def test_the_terminal_shows_the_same_as_the_page() -> None:
    for (eta_s, margin_s), expected in zip(CASES, EXPECTED, strict=True):
        text = remaining(eta_s, margin_s, "en")
        assert text.startswith("about ") == (expected is not None), (eta_s, margin_s, text)
    assert remaining(600.0, 300.0, "de") == "ca. 5:00 min–15:00 min"
    assert remaining(600.0, 30.0, "de") == "10:00 min"
