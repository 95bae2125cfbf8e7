"""``korrektur run``: the dev stack with its embedded nats-server starts, serves and stops cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from korrektur.natsserver import free_port

READY = "Korrektur läuft auf "


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc), so the test can prove none is left over."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            children = (
                (task / "children").read_text().split() if (task / "children").exists() else []
            )
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    pending.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.fixture
def dev_stack(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, set[int]]]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KORREKTUR_")}
    env.update(KORREKTUR_DATA_DIR=str(tmp_path / "data"), KORREKTUR_HTTP_PORT=str(free_port()))
    process = subprocess.Popen(
        [sys.executable, "-m", "korrektur.cli", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
    )
    assert process.stdout is not None
    lines = []
    # The stack prints its URL once every part answers /healthz.
    for line in process.stdout:
        lines.append(line)
        if line.startswith(READY):
            break
    else:
        pytest.fail("korrektur run ended before it was ready:\n" + "".join(lines))
    url = line.removeprefix(READY).split()[0]
    spawned = descendants(process.pid)
    try:
        yield process, url, spawned
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_sigint_stops_everything_and_exits_0(
    dev_stack: tuple[subprocess.Popen[str], str, set[int]], tmp_path: Path
) -> None:
    process, url, spawned = dev_stack
    assert httpx.get(f"{url}/healthz", trust_env=False).json() == {"status": "ok"}
    assert len(spawned) >= 5, "expected nats-server, three services and the proxy"
    assert (tmp_path / "data" / "nats").is_dir()

    process.send_signal(signal.SIGINT)

    assert process.wait(timeout=60) == 0
    assert not [pid for pid in spawned if alive(pid)]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_dying_child_stops_the_rest_and_exits_nonzero(
    dev_stack: tuple[subprocess.Popen[str], str, set[int]],
) -> None:
    process, _url, spawned = dev_stack
    victim = next(
        pid for pid in spawned if "services.gateway" in Path(f"/proc/{pid}/cmdline").read_text()
    )

    os.kill(victim, signal.SIGKILL)

    assert process.wait(timeout=60) != 0
    assert process.stdout is not None
    assert "gateway" in process.stdout.read()
    assert not [pid for pid in spawned if alive(pid)]
