"""Every way a request can be refused, as a small hierarchy with a stable code each.

Routes raise these; one exception handler turns them into
``{"error": {"code", "message"}}`` with the status the class names. Messages are
addressed to a student, not to a developer.
"""

from __future__ import annotations

from typing import ClassVar

from servicekit import docx_scan


class ApiError(Exception):
    """A refusal with an HTTP status, a stable machine code and a plain message."""

    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"
    default_message: ClassVar[str] = "The request could not be understood."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


# -- the upload form -----------------------------------------------------------------


class UploadError(ApiError):
    """Something about the form that carried the file."""

    # Set when refused before the client finished sending, so the answer must
    # be delivered while the rest of the body is still on its way.
    body_unread: bool = False


class MissingFile(UploadError):
    code = "missing_file"
    default_message = "No file was sent. Attach your thesis in the form field 'file'."


class EmptyFile(UploadError):
    code = "empty"
    default_message = "The file is empty (0 bytes). Please choose your saved .docx file."


class BadForm(UploadError):
    code = "bad_form"
    default_message = "The upload form is malformed."


class IncompleteUpload(UploadError):
    code = "incomplete_upload"
    default_message = "The upload stopped before the whole file arrived. Please try again."


class UnsupportedMediaType(UploadError):
    status = 415
    code = "unsupported_media_type"
    default_message = "Send the file as multipart/form-data in a form field named 'file'."


class UploadTooLarge(UploadError):
    status = 413
    code = "too_large"
    default_message = "The file is too large."


class TooManyUploads(UploadError):
    status = 429
    code = "too_many_uploads"
    default_message = (
        "Too many uploads from your address are running at once. "
        "Wait until one has finished, then try again."
    )


class InvalidField(UploadError):
    status = 422
    code = "invalid_field"


# -- the document itself -------------------------------------------------------------


class RejectedDocument(ApiError):
    """The file arrived whole but is not a .docx we are willing to open."""

    status = 422


class NotDocx(RejectedDocument):
    status = 415
    code = "not_docx"
    default_message = docx_scan.NotDocx.default_message


class Encrypted(RejectedDocument):
    code = "encrypted"
    default_message = docx_scan.Encrypted.default_message


class Macros(RejectedDocument):
    code = "macros"
    default_message = docx_scan.Macros.default_message


class TooLargeUncompressed(RejectedDocument):
    status = 413
    code = "too_large_uncompressed"
    default_message = docx_scan.TooLargeUncompressed.default_message


class UnsafeArchive(RejectedDocument):
    code = "unsafe_archive"
    default_message = docx_scan.UnsafeArchive.default_message


class ForbiddenXml(RejectedDocument):
    code = "forbidden_xml"
    default_message = docx_scan.ForbiddenXml.default_message


# -- access and job state ------------------------------------------------------------


class TokenRequired(ApiError):
    status = 401
    code = "token_required"
    default_message = "This job needs its token (Authorization: Bearer … or ?token=…)."


class NotFound(ApiError):
    # The same answer for a wrong token and a job that does not exist, on purpose.
    status = 404
    code = "not_found"
    default_message = "No such job, or the token does not belong to it."


class NotReady(ApiError):
    status = 409
    code = "not_ready"
    default_message = "The document is still being checked. Try again when the job is completed."


class JobFailed(ApiError):
    status = 409
    code = "job_failed"
    default_message = "The check of this document failed, so there is no result."


class JobWasCancelled(ApiError):
    status = 409
    code = "job_cancelled"
    default_message = "The check of this document was cancelled, so there is no result."


class ResultGone(ApiError):
    status = 410
    code = "result_gone"
    default_message = "The corrected document is no longer stored. Please upload it again."


class FindingNotFound(ApiError):
    status = 404
    code = "finding_not_found"
    default_message = "This job has no finding with that id."


class RevisionRunning(ApiError):
    status = 409
    code = "revision_running"
    default_message = "The document is being rebuilt already. Wait until that is done."


class CancelNotRecorded(ApiError):
    status = 503
    code = "cancel_not_recorded"
    default_message = "The job could not be cancelled just now. Please try again."


class RequestNotRecorded(ApiError):
    status = 503
    code = "not_recorded"
    default_message = "Your decision could not be recorded just now. Please try again."


class Unavailable(ApiError):
    status = 503
    code = "unavailable"
    default_message = "The service cannot reach its storage right now. Please try again shortly."
