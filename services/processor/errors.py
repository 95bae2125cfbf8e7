"""What can go wrong with a job, each with a stable code and words a student understands."""

from __future__ import annotations


class ProcessorError(Exception):
    """Base of the processor's errors."""


class JobError(ProcessorError):
    """The job cannot succeed; it ends as ``job_failed`` with ``code`` and ``message``."""

    code = "internal_error"
    message = (
        "Bei der Prüfung ist ein interner Fehler aufgetreten. Bitte versuchen Sie es später erneut."
    )
    english = "Something went wrong on our side during the check. Please try again later."

    def __init__(self, detail: str = "", *, stage: str | None = None) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.stage = stage

    def worded(self, language: str) -> str:
        """The message for the student, in the job's language."""
        return self.english if language == "en" else self.message


class CorruptDocument(JobError):
    code = "corrupt_document"
    message = (
        "Die Datei konnte nicht als Word-Dokument gelesen werden. Bitte speichern Sie sie in Word "
        "oder LibreOffice erneut als .docx und laden Sie sie noch einmal hoch."
    )
    english = (
        "The file could not be read as a Word document. Please save it again as .docx in Word "
        "or LibreOffice and upload it once more."
    )


class UnsafeDocument(JobError):
    code = "unsafe_document"
    message = (
        "Die Datei enthält Bestandteile, die wir aus Sicherheitsgründen nicht öffnen "
        "(zum Beispiel eingebettete XML-Definitionen oder extrem große Inhalte)."
    )
    english = (
        "The file contains parts we do not open for security reasons "
        "(for example embedded XML definitions or extremely large content)."
    )


class UploadMissing(JobError):
    code = "upload_missing"
    message = "Die hochgeladene Datei ist nicht mehr vorhanden. Bitte laden Sie sie erneut hoch."
    english = "The uploaded file is no longer there. Please upload it again."


class CheckFailed(JobError):
    code = "check_failed"
    message = "Die Prüfung des Textes ist fehlgeschlagen. Bitte versuchen Sie es später erneut."
    english = "Checking the text failed. Please try again later."


class RetriesExhausted(JobError):
    code = "retries_exhausted"
    message = (
        "Die Prüfung wurde mehrmals abgebrochen und wird nicht weiter versucht. "
        "Bitte laden Sie das Dokument später erneut hoch."
    )
    english = (
        "The check was interrupted several times and will not be tried again. "
        "Please upload the document again later."
    )


class StopRequested(ProcessorError):
    """The owner cancelled the job; the work stops at the next unit."""


class TransientError(ProcessorError):
    """Not the job's fault (NATS unreachable, timeouts): try the job again later."""


class Superseded(ProcessorError):
    """Another attempt at the job writes its log now; this one must stop without a trace."""
