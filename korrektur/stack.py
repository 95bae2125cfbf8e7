"""The whole product on one machine: nats (unless given), three services, one-origin proxy.

``korrektur run`` (and so ``make run``) and the end-to-end test fixture use the
same :class:`Stack`, so what the tests exercise is what a newcomer starts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Self

import httpx

from korrektur.natsserver import NatsServer, await_exit, free_port
from korrektur.orphans import end_with_parent
from korrektur.stackconfig import StackSettings
from korrektur.supervisor import CrashLoop, Supervisor

HEALTH_TIMEOUT_S = 90.0


class StackError(Exception):
    """The stack could not start, or a part of it died."""


@dataclass
class Child:
    name: str
    args: list[str]
    health_port: int | None
    # Where its /metrics answers (None: it serves none).
    metrics_port: int | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def wait_healthy(
    process: subprocess.Popen[bytes],
    port: int,
    name: str,
    hint: str = "",
    timeout: float = HEALTH_TIMEOUT_S,
) -> None:
    """Until the service on ``port`` answers ``/healthz`` with 200; raise if it dies or stalls.

    The one readiness check of a started service, for the stack and for tests
    that start or restart a service on their own.
    """
    where = f" ({hint})" if hint else ""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0, trust_env=False) as client:
        while True:
            if process.poll() is not None:
                raise StackError(f"{name} exited while starting{where}")
            try:
                if client.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise StackError(f"{name} did not become healthy{where}")
            time.sleep(0.05)


class Stack:
    """Start with :meth:`start` (or ``with``), watch with :meth:`dead_child`, end with :meth:`stop`."""

    def __init__(
        self,
        settings: StackSettings,
        *,
        log_dir: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.settings = settings
        self.log_dir = log_dir
        # Extra KORREKTUR_* settings for every child (tests tighten limits or move folders).
        self.extra_env = dict(env or {})
        self.nats: NatsServer | None = None
        self.nats_url = settings.nats_url or ""
        self.http_port = settings.http_port or free_port()
        self.upload_port = free_port()
        self.gateway_port = free_port()
        self.children: list[Child] = []

    @property
    def url(self) -> str:
        return f"http://{self.settings.host}:{self.http_port}"

    def start(self) -> Self:
        wanted = self.settings.http_port
        if wanted and free_port(wanted, self.settings.host) != wanted:
            raise StackError(f"Port {wanted} is taken; set KORREKTUR_HTTP_PORT to another port")
        try:
            if not self.settings.nats_url:
                store = self.settings.data_dir / "nats"
                self.nats = NatsServer(
                    store_dir=store, port=free_port(4222), log_file=self._log_path("nats")
                ).start()
                self.nats_url = self.nats.url
            python = sys.executable
            ports = self._metrics_ports(2 + self.settings.processors)
            processors = [
                Child(
                    f"processor-{number}",
                    [python, "-m", "services.processor"],
                    None,
                    ports[1 + number],
                )
                for number in range(1, self.settings.processors + 1)
            ]
            self.children = [
                *processors,
                Child("upload", [python, "-m", "services.upload"], self.upload_port, ports[0]),
                Child("gateway", [python, "-m", "services.gateway"], self.gateway_port, ports[1]),
                Child("proxy", [python, "-m", "korrektur.proxy"], self.http_port),
            ]
            for child in self.children:
                self._spawn(child)
            self._wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            KORREKTUR_NATS_URL=self.nats_url,
            KORREKTUR_UPLOAD_PORT=str(self.upload_port),
            KORREKTUR_GATEWAY_PORT=str(self.gateway_port),
            KORREKTUR_HTTP_PORT=str(self.http_port),
            # The services listen on loopback only; the proxy alone faces the network.
            KORREKTUR_HOST="127.0.0.1",
            KORREKTUR_DATA_DIR=str(self.settings.data_dir),
            KORREKTUR_UPLOAD_URL=f"http://127.0.0.1:{self.upload_port}",
            KORREKTUR_GATEWAY_URL=f"ws://127.0.0.1:{self.gateway_port}",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        return env

    def dead_child(self) -> Child | None:
        return next((child for child in self.children if not child.alive), None)

    def stop(self) -> None:
        """Children first (public side first), then nats, so nothing loses its server mid-work."""
        for child in reversed(self.children):
            if child.alive and child.process is not None:
                child.process.terminate()
        for child in reversed(self.children):
            if child.process is not None:
                await_exit(child.process, timeout=15)
        if self.nats is not None:
            self.nats.stop()
            self.nats = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _metrics_ports(self, count: int) -> list[int]:
        base = self.settings.metrics_port
        return [free_port() for _ in range(count)] if base == 0 else list(range(base, base + count))

    def respawn(self, child: Child) -> None:
        """Start a child that died again, the way it was started first."""
        self._spawn(child)

    def _log_path(self, name: str) -> Path | None:
        if self.log_dir is None:
            return None
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self.log_dir / f"{name}.log"

    def _spawn(self, child: Child) -> None:
        log_path = self._log_path(child.name)
        env = self.environment()
        if child.name == "proxy":
            env["KORREKTUR_HOST"] = self.settings.host
        env["KORREKTUR_METRICS_PORT"] = str(child.metrics_port or 0)
        with ExitStack() as files:
            output = files.enter_context(log_path.open("ab")) if log_path else None
            child.process = subprocess.Popen(
                child.args,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT if output else None,
                # Own session: Ctrl-C reaches only the stack, which then stops
                # everything in order instead of all processes racing to exit.
                start_new_session=True,
                # Called between fork and exec; safe here because the stack starts no threads.
                preexec_fn=end_with_parent(),  # noqa: PLW1509
            )

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        for child in self.children:
            if child.health_port is not None and child.process is not None:
                remaining = max(deadline - time.monotonic(), 0.0)
                wait_healthy(
                    child.process, child.health_port, child.name, self._hint(child), remaining
                )
        dead = self.dead_child()
        if dead is not None:
            raise StackError(f"{dead.name} exited while starting ({self._hint(dead)})")

    def _hint(self, child: Child) -> str:
        log_path = self._log_path(child.name)
        return f"see {log_path}" if log_path else "see its output above"


def run(settings: StackSettings) -> int:
    """``korrektur run``: start, print the URL, restart what dies, stop on Ctrl-C or a crash loop."""
    stopping = threading.Event()

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    stack = Stack(settings)
    try:
        print(f"Korrektur startet (Daten in {settings.data_dir}) …", flush=True)
        try:
            stack.start()
        except StackError as error:
            print(f"Fehler: {error}", file=sys.stderr, flush=True)
            return 1
        where = "eingebettet" if stack.nats is not None else "extern"
        print(f"NATS ({where}): {stack.nats_url}", flush=True)
        for child in stack.children:
            if child.metrics_port:
                print(f"Metriken {child.name}: http://127.0.0.1:{child.metrics_port}/metrics")
        print(f"Korrektur läuft auf {stack.url}  (Strg-C beendet)", flush=True)
        supervisor = Supervisor(stack)
        while not stopping.wait(0.2):
            try:
                supervisor.check()
            except CrashLoop as loop:
                print(f"Fehler: {loop}", file=sys.stderr, flush=True)
                return 1
        print("Stoppe …", flush=True)
        return 0
    finally:
        stack.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_from_env() -> int:
    return run(StackSettings.from_env())
