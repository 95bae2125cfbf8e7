"""LibreOffice for the tests: Debian's headless writer, installed by ``make deps``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.fail(
            "Expected LibreOffice's soffice on PATH (apt-get install libreoffice-writer-nogui)"
        )
    return path


def convert(source: Path, target_format: str, workdir: Path) -> Path:
    """``source`` converted by LibreOffice (``odt``, or a filter spec); returns the new file."""
    profile = workdir / "profile"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(workdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    extension = target_format.split(":", 1)[0]
    return workdir / f"{source.stem}.{extension}"
