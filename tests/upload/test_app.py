"""The service as a whole: health, one error shape everywhere, security headers, offline docs."""

from __future__ import annotations

import httpx
import pytest

from services.upload.settings import Settings


async def test_healthz_once_connected(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/no/such/page", 404, "not_found"),
        ("GET", "/api/jobs", 405, "method_not_allowed"),
        ("DELETE", "/healthz", 405, "method_not_allowed"),
    ],
)
async def test_framework_errors_use_the_same_envelope(
    client: httpx.AsyncClient, method: str, path: str, status: int, code: str
) -> None:
    response = await client.request(method, path)

    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/healthz", "/no/such/page", "/openapi.json"])
async def test_api_responses_carry_strict_security_headers(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path)

    assert response.headers["x-content-type-options"] == "nosniff"
    assert (
        response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    )
    assert response.headers["referrer-policy"] == "no-referrer"


async def test_docs_work_offline_with_their_own_csp(client: httpx.AsyncClient) -> None:
    page = await client.get("/docs")
    script = await client.get("/docs/static/swagger-ui-bundle.js")
    schema = (await client.get("/openapi.json")).json()

    assert page.status_code == 200
    # Swagger UI comes from this service, not from a CDN.
    assert "/docs/static/swagger-ui-bundle.js" in page.text
    assert "cdn." not in page.text
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    # The hand-parsed upload form and the msgspec contract types are documented.
    form = schema["paths"]["/api/jobs"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert set(form["schema"]["properties"]) == {"file", "language", "categories", "suggestions"}
    assert {"JobState", "Frame", "ErrorBody"} <= set(schema["components"]["schemas"])
    status = schema["paths"]["/api/jobs/{job_id}"]["get"]["responses"]
    assert {"200", "401", "404"} <= set(status)


def test_settings_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "KORREKTUR_NATS_URL": "nats://a:1,nats://b:2",
            "KORREKTUR_UPLOAD_PORT": "9001",
            "KORREKTUR_MAX_UPLOAD_BYTES": "1048576",
            "KORREKTUR_RETENTION_S": "3600",
        }
    )

    assert settings.nats_url == "nats://a:1,nats://b:2"
    assert (settings.port, settings.max_upload_bytes, settings.retention_s) == (
        9001,
        1048576,
        3600.0,
    )
    assert Settings.from_env({}) == Settings()


def test_a_bad_setting_fails_loudly() -> None:
    with pytest.raises(
        ValueError, match="Expected KORREKTUR_UPLOAD_PORT to be a whole number, but got 'x'"
    ):
        Settings.from_env({"KORREKTUR_UPLOAD_PORT": "x"})
