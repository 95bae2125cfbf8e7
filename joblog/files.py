"""A job's files in the JetStream object store: the upload in, the result out.

A read hands back the whole object or raises. nats.py's ``get`` checks the
digest only when the last chunk arrives, so a read cut short (a stream leader
dying mid-transfer) could otherwise return a truncated file, which the
processor would then judge a corrupt document.
"""

from __future__ import annotations

import base64
import hashlib
import io
from typing import BinaryIO

from nats.js import JetStreamContext
from nats.js.api import ObjectInfo
from nats.js.errors import NotFoundError, ObjectDeletedError
from nats.js.object_store import ObjectStore

from contracts.subjects import RESULTS_BUCKET, UPLOADS_BUCKET
from joblog.connection import UNAVAILABLE

_DIGEST_PREFIX = "SHA-256="


class FileMissing(Exception):
    """The object was never stored, or has been erased."""


class StoreUnavailable(Exception):
    """The object store could not serve the request now; trying again later may succeed."""


def _verify(bucket: str, name: str, info: ObjectInfo, size: int, digest: bytes) -> None:
    """Raise unless ``size`` and ``digest`` are the stored object's: the read was whole."""
    expected = base64.urlsafe_b64decode((info.digest or "").removeprefix(_DIGEST_PREFIX))
    if size != (info.size or 0) or (info.size and digest != expected):
        raise StoreUnavailable(
            f"reading {bucket}/{name}: got {size} of {info.size} bytes, "
            "or a wrong digest; the read was cut short"
        )


class _Hashing(io.RawIOBase):
    """A writable that passes bytes on to ``target`` and counts and hashes them."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.size = 0
        self.sha256 = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._target.write(data)
        self.size += len(data)
        self.sha256.update(data)
        return len(data)


class JobFiles:
    """The upload and result of each job, each object named by its job id."""

    def __init__(self, js: JetStreamContext) -> None:
        self._js = js

    async def put_upload(self, job_id: str, source: io.BufferedIOBase) -> None:
        """Store the checked upload, read from ``source`` chunk by chunk."""
        await self._put(UPLOADS_BUCKET, job_id, source)

    async def put_result(self, job_id: str, data: bytes) -> None:
        await self._put(RESULTS_BUCKET, job_id, io.BytesIO(data))

    async def read_upload(self, job_id: str) -> bytes:
        """The whole upload in memory, as the parser needs it, checked against its digest.

        Read without ``writeinto``, which would hand every chunk to a worker
        thread: the processor reads many uploads and needs no file.
        """
        result = await self._get(UPLOADS_BUCKET, job_id)
        data = result.data or b""
        _verify(UPLOADS_BUCKET, job_id, result.info, len(data), hashlib.sha256(data).digest())
        return data

    async def copy_result(self, job_id: str, target: BinaryIO) -> None:
        """Write the whole result into ``target``; memory stays flat for large files."""
        hashing = _Hashing(target)
        result = await self._get(RESULTS_BUCKET, job_id, writeinto=hashing)
        _verify(RESULTS_BUCKET, job_id, result.info, hashing.size, hashing.sha256.digest())

    async def discard_upload(self, job_id: str) -> None:
        """Remove an upload whose job could not be announced, so nothing orphaned stays."""
        await self._delete(UPLOADS_BUCKET, job_id)

    async def erase(self, job_id: str) -> None:
        """Remove the job's upload and result (the owner deleted the job)."""
        for bucket in (UPLOADS_BUCKET, RESULTS_BUCKET):
            await self._delete(bucket, job_id)

    async def _put(self, bucket: str, name: str, source: io.BufferedIOBase) -> None:
        try:
            store = await self._js.object_store(bucket)
            await store.put(name, source)
        except UNAVAILABLE as error:
            raise StoreUnavailable(f"storing {bucket}/{name}: {error!r}") from error

    async def _get(
        self, bucket: str, name: str, writeinto: _Hashing | None = None
    ) -> ObjectStore.ObjectResult:
        try:
            store = await self._js.object_store(bucket)
            return await store.get(name, writeinto=writeinto)  # type: ignore[arg-type]
        except (NotFoundError, ObjectDeletedError) as error:
            raise FileMissing(f"{bucket}/{name}") from error
        except UNAVAILABLE as error:
            raise StoreUnavailable(f"reading {bucket}/{name}: {error!r}") from error

    async def _delete(self, bucket: str, name: str) -> None:
        try:
            store = await self._js.object_store(bucket)
            await store.delete(name)
        except (NotFoundError, ObjectDeletedError):
            pass
        except UNAVAILABLE as error:
            raise StoreUnavailable(f"erasing {bucket}/{name}: {error!r}") from error
