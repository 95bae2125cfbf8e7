"""A real three-node NATS cluster with JetStream on loopback: the scale-out setup, in one process tree.

Each node is a :class:`~korrektur.natsserver.NatsServer` with its own name,
client port, route port and store, routed to the others. Tests use it to kill a
node under load; ``docker-compose.cluster.yml`` runs the same topology across
machines. Services reach it through ``KORREKTUR_NATS_URL`` listing every node,
so a client whose node dies reconnects to another.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Self

from korrektur.natsserver import NatsServer, free_port

CLUSTER_NAME = "korrektur"


class ClusterError(Exception):
    """The cluster did not come up (or back) healthy in time."""


class NatsCluster:
    """``size`` routed nodes; :meth:`kill` and :meth:`restart` one of them to test failover."""

    def __init__(self, root: Path, size: int = 3) -> None:
        self.root = root
        route_ports = [free_port() for _ in range(size)]
        routes = ",".join(f"nats://127.0.0.1:{port}" for port in route_ports)
        self.nodes: list[NatsServer] = []
        self.monitor_ports: list[int] = []
        for index, route_port in enumerate(route_ports):
            name = f"n{index + 1}"
            monitor = free_port()
            self.monitor_ports.append(monitor)
            self.nodes.append(
                NatsServer(
                    store_dir=root / name,
                    log_file=root / f"{name}.log",
                    extra_args=[
                        "--server_name",
                        name,
                        "--cluster_name",
                        CLUSTER_NAME,
                        "--cluster",
                        f"nats://127.0.0.1:{route_port}",
                        "--routes",
                        routes,
                        "--http_port",
                        str(monitor),
                    ],
                )
            )

    @property
    def url(self) -> str:
        """Every node, comma-separated: the form ``KORREKTUR_NATS_URL`` takes for a cluster."""
        return ",".join(node.url for node in self.nodes)

    def names(self) -> list[str]:
        return [f"n{index + 1}" for index in range(len(self.nodes))]

    def node(self, name: str) -> NatsServer:
        return self.nodes[self.names().index(name)]

    def start(self, timeout: float = 30.0) -> Self:
        try:
            for node in self.nodes:
                node.start()
            self.wait_healthy(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def kill(self, name: str) -> None:
        """SIGKILL one node, as a machine that dies would."""
        self.node(name).kill()

    def restart(self, name: str, timeout: float = 30.0) -> None:
        self.node(name).start()
        self.wait_healthy(timeout)

    def wait_healthy(self, timeout: float = 30.0) -> None:
        """Until every running node reports JetStream healthy (meta leader known, assets current)."""
        deadline = time.monotonic() + timeout
        for node, port in zip(self.nodes, self.monitor_ports, strict=True):
            if node.process is None:
                continue
            while not _healthy(port):
                if time.monotonic() > deadline:
                    raise ClusterError(
                        f"Expected node on port {node.port} to be healthy, but it is not"
                    )
                time.sleep(0.1)

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _healthy(monitor_port: int) -> bool:
    url = f"http://127.0.0.1:{monitor_port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=1.0) as response:
            return bool(json.loads(response.read()).get("status") == "ok")
    except (OSError, urllib.error.URLError, ValueError):
        return False
