"""Only a job's token opens it, nothing tells a stranger a job exists, and every answer carries the headers.

The e2e tests cover the GET endpoints and the WebSocket without or with a
wrong token; here the new DELETE joins them, and "no" must look the same
whether the job exists or not, byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

import httpx
import pytest
from nats.aio.client import Client

from contracts import tokens
from contracts.subjects import STREAM, job_subjects
from contracts.tokens import new_job_id, new_token
from korrektur.proxy import Proxy
from korrektur.stack import Stack
from tests.e2e.client import watch
from tests.security.helpers import assert_completes, owner_headers, record, upload_job

ENDPOINTS = [("GET", ""), ("GET", "/events"), ("GET", "/result"), ("DELETE", "")]


async def ask(
    stack: Stack, method: str, path: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
        return await client.request(method, path, headers=headers)


@pytest.mark.parametrize(("method", "suffix"), ENDPOINTS)
async def test_every_job_endpoint_refuses_strangers_and_never_says_whether_the_job_exists(
    stack: Stack, small_thesis: bytes, method: str, suffix: str
) -> None:
    job = await upload_job(stack, small_thesis)
    wrong = {"Authorization": f"Bearer {new_token()}"}

    without = await ask(stack, method, f"/api/jobs/{job['job_id']}{suffix}")
    with_wrong = await ask(stack, method, f"/api/jobs/{job['job_id']}{suffix}", wrong)
    unknown = await ask(stack, method, f"/api/jobs/{new_job_id()}{suffix}", wrong)
    malformed = await ask(stack, method, f"/api/jobs/not-a-job{suffix}", wrong)

    assert (without.status_code, without.json()["error"]["code"]) == (401, "token_required")
    assert (with_wrong.status_code, with_wrong.json()["error"]["code"]) == (404, "not_found")
    assert (with_wrong.status_code, with_wrong.content) == (unknown.status_code, unknown.content)
    assert (with_wrong.status_code, with_wrong.content) == (
        malformed.status_code,
        malformed.content,
    )
    # The refusals changed nothing: the owner's job runs to its end.
    await assert_completes(stack, job)


async def test_the_websocket_refuses_alike_for_a_wrong_token_and_an_unknown_job(
    stack: Stack, small_thesis: bytes
) -> None:
    job = await upload_job(stack, small_thesis)
    query = f"token={new_token()}"

    wrong = await watch(stack.url, job["events_url"], query=query)
    unknown = await watch(stack.url, f"/ws/jobs/{new_job_id()}", query=query)
    malformed = await watch(stack.url, "/ws/jobs/not-a-job", query=query)

    outcomes = {(w.close_code, w.close_reason, len(w.frames)) for w in (wrong, unknown, malformed)}
    assert outcomes == {(4403, "forbidden", 0)}
    await assert_completes(stack, job)


@pytest.mark.parametrize(
    "path", ["/api/jobs", "/api/jobs/", "/api/jobs?all=1", "/api/jobs/*", "/api/jobs/%2A", "/api/"]
)
async def test_no_endpoint_lists_jobs(stack: Stack, small_thesis: bytes, path: str) -> None:
    job = await upload_job(stack, small_thesis)

    async with httpx.AsyncClient(
        base_url=stack.url, trust_env=False, follow_redirects=True
    ) as client:
        response = await client.get(path)

    assert response.status_code in (401, 404, 405), response.text
    assert job["job_id"].encode() not in response.content


async def test_tokens_are_random_256_bit_and_only_their_hash_reaches_the_log(
    stack: Stack, stack_nats: Client, small_thesis: bytes
) -> None:
    job = await upload_job(stack, small_thesis)
    await assert_completes(stack, job)
    token = job["token"]
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))

    log = b""
    js = stack_nats.jetstream()
    subscription = await js.subscribe(
        job_subjects(job["job_id"]), stream=STREAM, ordered_consumer=True
    )
    info = await js.stream_info(STREAM, subjects_filter=job_subjects(job["job_id"]))
    for _ in range(sum((info.state.subjects or {}).values())):
        log += (await subscription.next_msg(timeout=5)).data
    await subscription.unsubscribe()

    assert len(raw) * 8 >= 128
    assert token.encode() not in log
    assert hashlib.sha256(token.encode()).hexdigest().encode() in log
    record("access", "tokens", {"bits": len(raw) * 8, "in_log": "sha256 only"})


@pytest.fixture
def comparisons(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every pair the token check hands to hmac.compare_digest."""
    seen: list[tuple[str, str]] = []
    compare = hmac.compare_digest

    def spy(a: str, b: str) -> bool:
        seen.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(tokens.hmac, "compare_digest", spy)
    return seen


def test_the_token_check_is_constant_time(comparisons: list[tuple[str, str]]) -> None:
    # Timing cannot be asserted reliably in a test; what can is that the
    # comparison goes through hmac.compare_digest on equal-length digests.
    token = new_token()

    assert tokens.token_matches(token, tokens.hash_token(token))
    assert not tokens.token_matches(new_token(), tokens.hash_token(token))
    assert len(comparisons) == 2 and all(len(a) == len(b) == 64 for a, b in comparisons)


def assert_security_headers(response: httpx.Response) -> None:
    csp = response.headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp, (response.request.url, response.status_code)
    assert response.headers.get("x-content-type-options") == "nosniff"
    assert response.headers.get("x-frame-options") == "DENY"


async def test_every_answer_carries_the_security_headers(stack: Stack, small_thesis: bytes) -> None:
    job = await upload_job(stack, small_thesis)
    await assert_completes(stack, job)
    base = job["status_url"]
    async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
        responses = [
            await client.get("/healthz"),
            await client.get("/docs"),
            await client.get(base, headers=owner_headers(job)),
            await client.get(f"{base}/result", headers=owner_headers(job)),
            await client.get(f"{base}/events", headers=owner_headers(job)),
            await client.get(base),  # 401
            await client.get(f"/api/jobs/{new_job_id()}", headers=owner_headers(job)),  # 404
            await client.get("/nothing-here"),  # 404
            await client.put("/api/jobs"),  # 405
            await client.post(
                "/api/jobs", content=b"{}", headers={"Content-Type": "application/json"}
            ),
            await client.post("/api/jobs", files={"file": ("a.docx", b"not a zip")}),  # 415
            await client.get(f"{base}/events?after=-1", headers=owner_headers(job)),  # 422
        ]
    # The proxy's own answer when the upload service is unreachable (502).
    proxy = Proxy("http://127.0.0.1:9", "ws://127.0.0.1:9")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=proxy), base_url="http://proxy"
    ) as client:
        responses.append(await client.get("/api/jobs"))

    statuses = sorted({response.status_code for response in responses})
    record("access", "security headers", {"statuses_checked": statuses})
    assert 502 in statuses and 200 in statuses and 401 in statuses
    for response in responses:
        assert_security_headers(response)


def test_no_job_costs_a_comparison_too(comparisons: list[tuple[str, str]]) -> None:
    # A miss on an unknown job compares as long as a miss on a known one, in both services.
    assert not tokens.owns(new_token(), None)
    assert len(comparisons) == 1 and all(len(a) == len(b) == 64 for a, b in comparisons)
