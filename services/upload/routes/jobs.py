"""The job resource: create one from an upload, then read its state, log and result."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from contracts.events import JobCreated, encode
from contracts.state import fold
from contracts.tokens import hash_token, new_job_id, new_token
from joblog import owner_requests
from servicekit.client_limit import LimitReached
from servicekit.metrics import JOBS_CREATED
from services.upload.auth import OwnedJob
from services.upload.deps import ServicesDep
from services.upload.docx_validation import Limits, validate_docx
from services.upload.errors import (
    CancelNotRecorded,
    FindingNotFound,
    JobFailed,
    JobWasCancelled,
    NotReady,
    RequestNotRecorded,
    ResultGone,
    RevisionRunning,
    TooManyUploads,
)
from services.upload.filenames import content_disposition, sanitize_filename
from services.upload.job_options import parse_options
from services.upload.multipart_stream import receive_form
from services.upload.openapi_docs import (
    CREATE_RESPONSES,
    DELETE_RESPONSES,
    DISMISS_RESPONSES,
    EVENTS_RESPONSES,
    RESULT_RESPONSES,
    REVISION_RESPONSES,
    STATUS_RESPONSES,
    UPLOAD_BODY,
    JobCreatedResponse,
)
from services.upload.responses import MsgspecResponse
from services.upload.result_copy import result_copy

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
NDJSON_MEDIA_TYPE = "application/x-ndjson"

router = APIRouter(prefix="/api/jobs", tags=["jobs"])


@router.post(
    "",
    status_code=201,
    summary="Upload a thesis (.docx) to be checked",
    response_model=JobCreatedResponse,
    responses=CREATE_RESPONSES,
    openapi_extra=UPLOAD_BODY,
)
async def create_job(request: Request, services: ServicesDep) -> JSONResponse:
    """Check the upload while it streams in, store it, and announce the job.

    Keep the returned token: it is the only way to see the job or its result.
    """
    client = request.client.host if request.client else "unknown"
    try:
        with services.upload_slots.admit(client):
            return await _create_job(request, services)
    except LimitReached:
        error = TooManyUploads()
        # Refused before the body was read: the answer must linger past it.
        error.body_unread = True
        raise error from None


async def _create_job(request: Request, services: ServicesDep) -> JSONResponse:
    settings = services.settings
    form = await receive_form(
        request.headers,
        request.stream(),
        max_file_bytes=settings.max_upload_bytes,
        tmp_dir=settings.tmp_dir,
    )
    try:
        upload = form.checked_file()
        options = parse_options(form.fields)
        limits = Limits(settings.max_uncompressed_bytes, settings.max_compression_ratio)
        text_bytes = await asyncio.to_thread(validate_docx, upload.path, limits)
        job_id, token = new_job_id(), new_token()
        with upload.path.open("rb") as source:
            await services.files.put_upload(job_id, source)
        event = JobCreated(
            job_id=job_id,
            filename=sanitize_filename(upload.filename),
            size=upload.size,
            sha256=upload.sha256,
            token_sha256=hash_token(token),
            language=options.language,
            categories=options.categories,
            suggestions=options.suggestions,
            text_bytes=text_bytes,
        )
        try:
            await services.log.append(event, msg_id=job_id)
            JOBS_CREATED.inc()
        except BaseException:
            await services.files.discard_upload(job_id)
            raise
    finally:
        form.discard()
    body = JobCreatedResponse.for_job(job_id, token)
    return JSONResponse(body.model_dump(), status_code=201, headers={"Location": body.status_url})


@router.get(
    "/{job_id}",
    summary="The job's current state",
    response_class=MsgspecResponse,
    responses=STATUS_RESPONSES,
)
async def job_status(job: OwnedJob, services: ServicesDep) -> MsgspecResponse:
    """The state folded from every event the job has so far."""
    return MsgspecResponse(fold(await services.log.events(job.job_id)))


@router.get(
    "/{job_id}/events",
    summary="The job's event log as NDJSON",
    response_class=StreamingResponse,
    responses=EVENTS_RESPONSES,
)
async def job_events(
    job: OwnedJob,
    services: ServicesDep,
    after: Annotated[
        int, Query(ge=0, description="Only events with a sequence number above this one.")
    ] = 0,
) -> StreamingResponse:
    """Every stored event after ``after``, one ``{"seq", "event"}`` frame per line."""
    log = services.log

    async def lines() -> AsyncIterator[bytes]:
        async for logged in log.read(job.job_id, after=after):
            yield encode(logged) + b"\n"

    return StreamingResponse(lines(), media_type=NDJSON_MEDIA_TYPE)


@router.get(
    "/{job_id}/result",
    summary="Download the corrected document",
    response_class=FileResponse,
    responses=RESULT_RESPONSES,
)
async def job_result(job: OwnedJob, services: ServicesDep) -> FileResponse:
    """The checked .docx with its comments, once the job is completed."""
    state = fold(await services.log.events(job.job_id))
    if state.status == "failed":
        reason = state.error.message if state.error is not None else "no reason was given"
        raise JobFailed(f"The check of this document failed: {reason}")
    if state.status == "cancelled":
        raise JobWasCancelled()
    if state.status != "completed":
        raise NotReady()
    path = await result_copy(services.files, job.job_id, services.settings.tmp_dir)
    if path is None:
        raise ResultGone()
    return FileResponse(
        path,
        media_type=DOCX_MEDIA_TYPE,
        headers={"Content-Disposition": content_disposition(state.result_name or job.filename)},
        background=BackgroundTask(path.unlink, missing_ok=True),
    )


@router.delete(
    "/{job_id}",
    summary="Cancel a running job, or delete a finished one",
    status_code=202,
    response_class=MsgspecResponse,
    responses=DELETE_RESPONSES,
)
async def cancel_or_delete_job(job: OwnedJob, services: ServicesDep) -> Response:
    """Running or queued: ask it to stop (202). Ended: erase its files and its log (204).

    Cancelling records ``cancel_requested``; the processor stops at its next
    unit of work and records ``job_cancelled``. Deleting removes the upload and
    the result at once and purges the job's events, after which every endpoint
    answers as for a job that never existed.
    """
    try:
        state = await owner_requests.request_cancel(services.log, job.job_id)
    except owner_requests.RequestNotRecorded as error:
        raise CancelNotRecorded() from error
    if not state.finished:
        return MsgspecResponse(state, status_code=202)
    # Files first: if the purge fails, the job is still there to be deleted again.
    await services.files.erase(job.job_id)
    await services.log.erase(job.job_id)
    return Response(status_code=204)


@router.post(
    "/{job_id}/findings/{finding_id}/dismiss",
    summary="Dismiss one finding",
    response_class=MsgspecResponse,
    responses=DISMISS_RESPONSES,
)
async def dismiss_finding(job: OwnedJob, finding_id: str, services: ServicesDep) -> Response:
    """Record that the owner judged this finding wrong or not worth a comment.

    The decision is an event in the job's log (``finding_dismissed``), so every
    open page and a later reload see it.
    """
    try:
        state = await owner_requests.dismiss_finding(services.log, job.job_id, finding_id)
    except owner_requests.UnknownFinding as error:
        raise FindingNotFound() from error
    except owner_requests.RequestNotRecorded as error:
        raise RequestNotRecorded() from error
    return MsgspecResponse(state)


@router.post(
    "/{job_id}/revisions",
    summary="Rebuild the result from the findings not dismissed",
    status_code=202,
    response_class=MsgspecResponse,
    responses=REVISION_RESPONSES,
)
async def request_revision(job: OwnedJob, services: ServicesDep) -> Response:
    """Record ``revision_requested``; nothing is checked again, only the comments are rewritten.

    Its stages (integrating, formatting) and ``revision_completed`` arrive on the
    job's WebSocket like any event; ``GET /result`` then serves the new file.
    """
    try:
        state = await owner_requests.request_revision(services.log, job.job_id)
    except owner_requests.RevisionRefused as refused:
        raise (RevisionRunning() if refused.code == "revision_running" else NotReady()) from refused
    except owner_requests.RequestNotRecorded as error:
        raise RequestNotRecorded() from error
    return MsgspecResponse(state, status_code=202)
