"""A job's files read back whole or not at all: a damaged object is never handed on as a document."""

from __future__ import annotations

import io
import os

import pytest
from nats.js import JetStreamContext

from contracts.subjects import UPLOADS_BUCKET
from contracts.tokens import new_job_id
from joblog import provision
from joblog.files import FileMissing, JobFiles, StoreUnavailable

# Several of the object store's 128 KiB chunks, so one can go missing in the middle.
SIZE = 400_000


async def test_an_upload_reads_back_byte_for_byte(js: JetStreamContext) -> None:
    await provision(js)
    files, job_id, data = JobFiles(js), new_job_id(), os.urandom(SIZE)
    await files.put_upload(job_id, io.BytesIO(data))
    assert await files.read_upload(job_id) == data


async def test_a_result_never_stored_is_missing_not_empty(js: JetStreamContext) -> None:
    await provision(js)
    with pytest.raises(FileMissing):
        await JobFiles(js).copy_result(new_job_id(), io.BytesIO())


async def test_an_upload_with_a_lost_chunk_is_unavailable_not_truncated(
    js: JetStreamContext,
) -> None:
    await provision(js)
    files, job_id = JobFiles(js), new_job_id()
    await files.put_upload(job_id, io.BytesIO(os.urandom(SIZE)))
    # Given one chunk of the stored upload is gone, as a read cut short would leave it
    store = await js.object_store(UPLOADS_BUCKET)
    nuid = (await store.get_info(job_id)).nuid
    stream = f"OBJ_{UPLOADS_BUCKET}"
    first = await js.get_msg(stream, subject=f"$O.{UPLOADS_BUCKET}.C.{nuid}", next=True)
    await js.delete_msg(stream, first.seq)
    # When it is read, then the reader hears "try again", never gets the shorter bytes
    with pytest.raises(StoreUnavailable):
        await files.read_upload(job_id)


async def test_erasing_removes_both_files_and_tolerates_absent_ones(js: JetStreamContext) -> None:
    await provision(js)
    files, job_id = JobFiles(js), new_job_id()
    await files.put_upload(job_id, io.BytesIO(b"thesis"))
    await files.erase(job_id)
    await files.erase(job_id)
    with pytest.raises(FileMissing):
        await files.read_upload(job_id)
