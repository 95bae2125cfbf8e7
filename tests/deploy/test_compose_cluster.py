"""The scale-out compose variant: 3 NATS nodes, everything replicated 3 times, 2 of each worker."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
import yaml

from tests.deploy.test_compose import compose_schema
from tests.paths import REPO

NODES = ("nats-1", "nats-2", "nats-3")


@pytest.fixture(scope="module")
def cluster() -> dict[str, Any]:
    return yaml.safe_load((REPO / "docker-compose.cluster.yml").read_text(encoding="utf-8"))


def test_cluster_compose_follows_the_compose_spec(cluster: dict[str, Any]) -> None:
    jsonschema.Draft7Validator(compose_schema()).validate(cluster)


def test_three_routed_jetstream_nodes_with_a_volume_each(cluster: dict[str, Any]) -> None:
    services = cluster["services"]
    routes = {f"nats://{node}:6222" for node in NODES}
    for node in NODES:
        command = services[node]["command"]
        assert "-js" in command
        assert command[command.index("--server_name") + 1] == node
        assert set(command[command.index("--routes") + 1].split(",")) == routes
        assert command[command.index("--cluster_name") + 1] == "korrektur"
        assert services[node]["volumes"] == [f"{node}:/data"]
        assert "healthcheck" in services[node]


def test_every_service_knows_every_node_and_replicates_three_times(
    cluster: dict[str, Any],
) -> None:
    services = cluster["services"]
    for name in ("upload", "processor", "gateway"):
        env = services[name]["environment"]
        assert set(env["KORREKTUR_NATS_URL"].split(",")) == {f"nats://{n}:4222" for n in NODES}
        assert env["KORREKTUR_REPLICAS"] == "3"
        assert set(services[name]["depends_on"]) == set(NODES)
        assert services[name]["command"][-1] == f"services.{name}"


def test_two_processors_and_two_gateways_behind_the_one_published_port(
    cluster: dict[str, Any],
) -> None:
    services = cluster["services"]
    assert services["processor"]["deploy"]["replicas"] == 2
    assert services["gateway"]["deploy"]["replicas"] == 2
    published = {name: svc.get("ports", []) for name, svc in services.items()}
    assert published.pop("proxy") == ["8000:8000"]
    assert all(not ports for ports in published.values())
