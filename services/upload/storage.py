"""Uploads into and results out of the JetStream object store, never whole in memory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from nats.js import JetStreamContext
from nats.js.errors import NotFoundError, ObjectDeletedError

from contracts.subjects import RESULTS_BUCKET, UPLOADS_BUCKET


class Storage:
    """The two buckets the upload service touches, each object named by its job id."""

    def __init__(self, js: JetStreamContext, tmp_dir: Path | None = None) -> None:
        self._js = js
        self._tmp_dir = tmp_dir

    async def put_upload(self, job_id: str, path: Path) -> None:
        """Copy the checked upload from disk into the store, chunk by chunk."""
        store = await self._js.object_store(UPLOADS_BUCKET)
        with path.open("rb") as source:
            await store.put(job_id, source)

    async def discard_upload(self, job_id: str) -> None:
        """Remove an upload whose job could not be announced, so nothing orphaned stays."""
        store = await self._js.object_store(UPLOADS_BUCKET)
        try:
            await store.delete(job_id)
        except NotFoundError:
            pass

    async def remove(self, job_id: str) -> None:
        """Remove the job's upload and result at once (the owner deleted the job)."""
        for bucket in (UPLOADS_BUCKET, RESULTS_BUCKET):
            store = await self._js.object_store(bucket)
            try:
                await store.delete(job_id)
            except (NotFoundError, ObjectDeletedError):
                pass

    async def fetch_result(self, job_id: str) -> Path | None:
        """The result copied to a temporary file (caller removes it), or None if not stored.

        Fetching to disk first means the object store's digest is verified
        before the first byte reaches the student, and memory stays flat.
        """
        store = await self._js.object_store(RESULTS_BUCKET)
        handle, name = tempfile.mkstemp(
            prefix="korrektur-result-", suffix=".docx", dir=self._tmp_dir
        )
        path = Path(name)
        try:
            with os.fdopen(handle, "wb") as target:
                await store.get(job_id, writeinto=target)
        except NotFoundError:
            path.unlink(missing_ok=True)
            return None
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
