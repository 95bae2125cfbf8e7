"""What can go wrong in the ``korrektur`` command, each with the exit code it ends in."""

from __future__ import annotations


class CliError(Exception):
    """A failure the user should read as one plain sentence, not a traceback."""

    exit_code = 1


class ServerUnreachable(CliError):
    """The server did not answer at all (not started, wrong URL)."""


class Refused(CliError):
    """The server answered with an error (``{"error": {"code", "message"}}``)."""

    def __init__(self, message: str, code: str = "refused", status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class JobFailedError(CliError):
    """The job itself failed in one of its stages; distinct exit code so scripts can tell."""

    exit_code = 2


class JobCancelledError(CliError):
    """The job's owner cancelled it (``job_cancelled``); there is no result."""

    exit_code = 3
