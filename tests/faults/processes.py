"""The services as real OS processes a test can kill, freeze, thaw and weigh.

Faults are only real if they hit real processes: SIGKILL leaves no chance to
clean up, SIGSTOP freezes a worker mid-job with its delivery unacknowledged.
Readiness and outcomes are read from the process itself (its /healthz, its
log), never guessed from elapsed time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from korrektur.natsserver import await_exit, free_port
from korrektur.stack import StackError, wait_healthy
from tests.proc import descendants

READY_TIMEOUT_S = 60.0


class ServiceFailed(Exception):
    """A service did not start, or died when it should not have."""


@dataclass
class Service:
    """``python -m services.<kind>`` with its own environment and log file."""

    kind: str
    name: str
    env: dict[str, str]
    log_path: Path
    port: int | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def pid(self) -> int:
        if self.process is None:
            raise ServiceFailed(f"Expected {self.name} to be running, but it was never started")
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> Service:
        with ExitStack() as files:
            output = files.enter_context(self.log_path.open("ab"))
            self.process = subprocess.Popen(
                [sys.executable, "-m", f"services.{self.kind}"],
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> Service:
        """Until /healthz answers 200 (HTTP services) or the processor says it consumes."""
        if self.port is None:
            self.wait_for_log("consuming", timeout=timeout)
            return self
        assert self.process is not None, f"Expected {self.name} to be started"
        try:
            wait_healthy(self.process, self.port, self.name, f"see {self.log_path}", timeout)
        except StackError as error:
            raise ServiceFailed(str(error)) from error
        return self

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for_log(self, text: str, *, count: int = 1, timeout: float = READY_TIMEOUT_S) -> None:
        """Until ``text`` appears ``count`` times in the service's own log."""
        deadline = time.monotonic() + timeout
        while self.log_text().count(text) < count:
            self._require_alive()
            if time.monotonic() > deadline:
                raise ServiceFailed(f"Expected {text!r} in {self.log_path}, but it never came")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no drain, no nak, the delivery stays with a dead worker until its deadline."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()

    def suspend(self) -> None:
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.alive and self.process is not None:
            self.resume()  # a frozen process cannot act on SIGTERM
            self.process.terminate()
            await_exit(self.process, timeout=15)

    def rss_mb(self) -> float:
        """Resident memory now of the service and the processes it started, from /proc (Linux).

        A processor checks in worker processes: their memory is the processor's too.
        """
        total_kb = 0
        for pid in [self.pid, *descendants(self.pid)]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except FileNotFoundError:
                continue  # ended meanwhile
            total_kb += sum(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")
            )
        if not total_kb:
            raise ServiceFailed(f"Expected VmRSS for {self.name}, but /proc has none")
        return total_kb / 1024

    def _require_alive(self) -> None:
        if not self.alive:
            raise ServiceFailed(f"{self.name} exited; see {self.log_path}")


class Services:
    """Every service a test starts, stopped together at the end whatever happened."""

    def __init__(self, nats_url: str, log_dir: Path, **env: str) -> None:
        self.nats_url = nats_url
        self.log_dir = log_dir
        self.extra_env = env
        self.started: list[Service] = []
        log_dir.mkdir(parents=True, exist_ok=True)

    def environment(self, **overrides: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            KORREKTUR_NATS_URL=self.nats_url,
            KORREKTUR_HOST="127.0.0.1",
            KORREKTUR_METRICS_PORT="0",
            PYTHONUNBUFFERED="1",
            # Faults are judged by what happened, not by how fast: keep deadlines short.
            KORREKTUR_PROCESSOR_ACK_WAIT_S="2",
            KORREKTUR_PROCESSOR_RETRY_DELAY_S="0.2",
            KORREKTUR_PROCESSOR_SHUTDOWN_GRACE_S="2",
            # Every test client comes from loopback; the per-client limits are not under test here.
            KORREKTUR_MAX_WS_PER_CLIENT="1000",
            KORREKTUR_MAX_UPLOADS_PER_CLIENT="64",
        )
        env.update(self.extra_env)
        env.update(overrides)
        return env

    def processor(self, name: str, **env: str) -> Service:
        return self._spawn("processor", name, None, KORREKTUR_WORKER_ID=name, **env)

    def gateway(self, name: str, port: int | None = None, **env: str) -> Service:
        port = port or free_port()
        return self._spawn("gateway", name, port, KORREKTUR_GATEWAY_PORT=str(port), **env)

    def upload(self, name: str = "upload", **env: str) -> Service:
        port = free_port()
        return self._spawn("upload", name, port, KORREKTUR_UPLOAD_PORT=str(port), **env)

    def stop(self) -> None:
        for service in reversed(self.started):
            service.stop()

    def _spawn(self, kind: str, name: str, port: int | None, **env: str) -> Service:
        service = Service(
            kind, name, self.environment(**env), self.log_dir / f"{name}.log", port=port
        )
        self.started.append(service.start())
        return service
