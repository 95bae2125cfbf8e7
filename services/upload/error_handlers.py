"""One error shape for everything: ours, FastAPI's validation, Starlette's 404/405, crashes."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from joblog.connection import UNAVAILABLE
from joblog.files import StoreUnavailable
from servicekit.metrics import UPLOADS_REFUSED
from services.upload.deps import Services
from services.upload.errors import ApiError, Unavailable
from services.upload.multipart_stream import body_limit
from services.upload.responses import api_error_response, error_response

log = logging.getLogger(__name__)

HTTP_CODES = {
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept that method."),
}


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    for error in (*UNAVAILABLE, StoreUnavailable):
        app.add_exception_handler(error, _unavailable)
    app.add_exception_handler(Exception, _crash)


async def _api_error(request: Request, error: ApiError) -> Response:
    if request.method == "POST" and request.url.path == "/api/jobs":
        UPLOADS_REFUSED.labels(error.code).inc()
    services: Services | None = getattr(request.app.state, "services", None)
    limit = services.settings.max_upload_bytes if services is not None else 0
    # Drain up to twice the cap: a thesis somewhat over the limit (the usual case) is
    # read to its end, so clients and proxies that only read the answer after sending
    # everything still get it; a body far larger is no thesis and gets cut off.
    return api_error_response(error, linger_bytes=2 * body_limit(limit))


async def _http_error(_request: Request, error: HTTPException) -> JSONResponse:
    code, message = HTTP_CODES.get(error.status_code, ("http_error", str(error.detail)))
    return error_response(error.status_code, code, message, error.headers)


async def _validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
    problems = []
    for problem in error.errors()[:3]:
        where = ".".join(
            str(part) for part in problem.get("loc", ()) if part not in ("query", "path")
        )
        problems.append(f"{where}: {problem.get('msg', 'invalid')}" if where else problem["msg"])
    return error_response(422, "invalid_request", "; ".join(problems) or "Invalid request.")


async def _unavailable(_request: Request, error: Exception) -> Response:
    log.warning("storage unavailable: %r", error)
    return api_error_response(Unavailable())


async def _crash(_request: Request, error: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=error)
    return error_response(
        500, "internal_error", "Something went wrong on our side. Please try again."
    )
