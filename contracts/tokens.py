"""Job tokens: the only proof of ownership a job has.

Only the SHA-256 of a token ever leaves the upload service (inside
``job_created``), so the event log never holds a usable credential.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid


def new_job_id() -> str:
    """A random, URL- and subject-safe job id."""
    return uuid.uuid4().hex


def new_token() -> str:
    """A 256-bit random token, URL-safe."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_matches(token: str | None, token_sha256: str) -> bool:
    """Constant-time check of a presented token against the stored hash."""
    if not token:
        return False
    return hmac.compare_digest(hash_token(token), token_sha256)


def is_job_id(value: str) -> bool:
    """Whether ``value`` has the shape of a job id (and so is safe in a subject)."""
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)
