"""What /docs shows: request and response shapes FastAPI cannot infer by itself.

The upload body is parsed by hand (to stream it), and state and frames are
msgspec Structs from ``contracts``, so both are described here explicitly.
"""

from __future__ import annotations

from typing import Any

import msgspec
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, Field

from contracts.categories import CATEGORIES, LANGUAGES, SUGGESTION_MODES
from contracts.events import Frame
from contracts.state import JobState


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable reason, e.g. `not_docx`.")
    message: str = Field(description="What went wrong, in words a student understands.")


class ErrorBody(BaseModel):
    error: ErrorDetail


class JobCreatedResponse(BaseModel):
    job_id: str
    token: str = Field(description="Keep it: the only proof that the job is yours.")
    status_url: str
    events_url: str = Field(description="WebSocket with live progress (the gateway).")
    result_url: str

    @classmethod
    def for_job(cls, job_id: str, token: str) -> JobCreatedResponse:
        return cls(
            job_id=job_id,
            token=token,
            status_url=f"/api/jobs/{job_id}",
            events_url=f"/ws/jobs/{job_id}",
            result_url=f"/api/jobs/{job_id}/result",
        )


def _errors(*codes: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    by_status: dict[int, list[str]] = {}
    for status, code in codes:
        by_status.setdefault(status, []).append(f"`{code}`")
    return {
        status: {"model": ErrorBody, "description": "Refused: " + ", ".join(names)}
        for status, names in by_status.items()
    }


_ACCESS = ((401, "token_required"), (404, "not_found"))

UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "The thesis as .docx (no macros, no password).",
                        },
                        "language": {
                            "type": "string",
                            "enum": list(LANGUAGES),
                            "default": "auto",
                            "description": "The thesis's language; `auto` detects it per "
                            "paragraph, and comments are written in it.",
                        },
                        "categories": {
                            "type": "array",
                            "items": {"type": "string", "enum": list(CATEGORIES)},
                            "description": "Kinds of findings to report (repeat the field or "
                            "separate by commas); empty means all. Unknown codes are refused "
                            "with `invalid_field`.",
                        },
                        "suggestions": {
                            "type": "string",
                            "enum": list(SUGGESTION_MODES),
                            "default": "comments",
                            "description": "`tracked` also writes each finding that has one "
                            "suggestion as a Word tracked change (author Korrektur), so "
                            "'Accept all' applies exactly the suggestions.",
                        },
                    },
                }
            }
        },
    }
}

CREATE_RESPONSES = _errors(
    (400, "missing_file"),
    (400, "empty"),
    (400, "bad_form"),
    (400, "incomplete_upload"),
    (413, "too_large"),
    (413, "too_large_uncompressed"),
    (415, "unsupported_media_type"),
    (415, "not_docx"),
    (422, "encrypted"),
    (422, "macros"),
    (422, "unsafe_archive"),
    (422, "forbidden_xml"),
    (422, "invalid_field"),
    (429, "too_many_uploads"),
    (503, "unavailable"),
)
STATUS_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The job's state, folded from its events.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobState"}}},
    },
    **_errors(*_ACCESS),
}
EVENTS_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "One frame per line.",
        "content": {"application/x-ndjson": {"schema": {"$ref": "#/components/schemas/Frame"}}},
    },
    **_errors(*_ACCESS, (422, "invalid_request")),
}
RESULT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The corrected document with its comments.",
        "content": {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                "schema": {"type": "string", "format": "binary"}
            }
        },
    },
    **_errors(
        *_ACCESS,
        (409, "not_ready"),
        (409, "job_failed"),
        (409, "job_cancelled"),
        (410, "result_gone"),
    ),
}

DELETE_RESPONSES: dict[int | str, dict[str, Any]] = {
    202: {
        "description": "The job was still running or queued: `cancel_requested` is recorded, "
        "and the job ends with `job_cancelled` (the body is its state).",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobState"}}},
    },
    204: {"description": "The job had ended: its files and its event log are erased."},
    **_errors(*_ACCESS, (503, "cancel_not_recorded")),
}


DISMISS_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The finding is dismissed (`finding_dismissed` recorded once, however "
        "often this is called); the body is the job's state.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobState"}}},
    },
    **_errors(*_ACCESS, (404, "finding_not_found"), (503, "not_recorded")),
}


REVISION_RESPONSES: dict[int | str, dict[str, Any]] = {
    202: {
        "description": "`revision_requested` is recorded; a processor rebuilds the result from "
        "the upload and the findings not dismissed, and records `revision_completed` "
        "(the body is the job's state).",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobState"}}},
    },
    **_errors(*_ACCESS, (409, "not_ready"), (409, "revision_running"), (503, "not_recorded")),
}


def install_openapi(app: FastAPI) -> None:
    """Build the schema once, with the msgspec contract types among its components."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            _refs, components = msgspec.json.schema_components(
                [JobState, Frame], ref_template="#/components/schemas/{name}"
            )
            schema.setdefault("components", {}).setdefault("schemas", {}).update(components)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
