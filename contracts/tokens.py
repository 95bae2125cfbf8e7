"""Job tokens: the only proof of ownership a job has.

Only the SHA-256 of a token ever leaves the upload service (inside
``job_created``), so the event log never holds a usable credential.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from typing import Protocol


def new_job_id() -> str:
    """A random, URL- and subject-safe job id."""
    return uuid.uuid4().hex


def new_token() -> str:
    """A 256-bit random token, URL-safe."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


_NO_JOB_HASH = hash_token("no job has this token")


def token_matches(token: str | None, token_sha256: str | None) -> bool:
    """Constant-time check of a presented token against the stored hash.

    With no job (``token_sha256`` None) the token is still hashed and
    compared, against a hash no token has, so a miss costs what a hit costs
    and the time taken does not tell whether the job exists.
    """
    expected = token_sha256 if token_sha256 is not None else _NO_JOB_HASH
    matches = hmac.compare_digest(hash_token(token or ""), expected)
    return matches and bool(token) and token_sha256 is not None


def is_job_id(value: str) -> bool:
    """Whether ``value`` has the shape of a job id (and so is safe in a subject)."""
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)


class _Owned(Protocol):
    """Anything that carries a job's token hash: ``job_created``."""

    @property
    def token_sha256(self) -> str: ...


def owns(token: str | None, created: _Owned | None) -> bool:
    """Whether ``token`` owns the job ``created`` announced; False for no job, in the same time."""
    return token_matches(token, created.token_sha256 if created is not None else None)
