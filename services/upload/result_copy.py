"""The stored result copied to a temporary file, so a download streams from disk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from joblog.files import FileMissing, JobFiles


async def result_copy(files: JobFiles, job_id: str, tmp_dir: Path | None) -> Path | None:
    """A whole, verified copy of the job's result (the caller removes it), or None if unstored.

    Copying first means the digest is checked before the first byte reaches
    the student, and memory stays flat however large the document is.
    """
    handle, name = tempfile.mkstemp(prefix="korrektur-result-", suffix=".docx", dir=tmp_dir)
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as target:
            await files.copy_result(job_id, target)
    except FileMissing:
        path.unlink(missing_ok=True)
        return None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path
