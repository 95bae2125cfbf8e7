"""``korrektur run``: the dev stack with its embedded nats-server starts, serves and stops cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from websockets.sync.client import connect

from contracts.events import JobCompleted, ProgressUpdate, decode_frame
from korrektur.natsserver import free_port
from tests.browser.documents import slow_thesis
from tests.proc import descendants

READY = "Korrektur läuft auf "


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.fixture
def dev_stack(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, set[int]]]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KORREKTUR_")}
    env.update(
        KORREKTUR_DATA_DIR=str(tmp_path / "data"),
        KORREKTUR_HTTP_PORT=str(free_port()),
        KORREKTUR_METRICS_PORT="0",
        # A dead processor's job is redelivered after this; short, so the test waits little.
        KORREKTUR_PROCESSOR_ACK_WAIT_S="3",
    )
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
        left = descendants(process.pid) | spawned
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        for pid in left:  # whatever a failing test leaves, so no server keeps its port
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


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
    # Nothing may stay running. A grandchild ending a moment after the stack exits (one CI run
    # caught one still alive) is no leak, so the check allows a few seconds, not a minute.
    until(lambda: not [pid for pid in spawned if alive(pid)], limit_s=10.0)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_killed_stack_takes_its_processes_along(
    dev_stack: tuple[subprocess.Popen[str], str, set[int]],
) -> None:
    # SIGKILL or the OOM killer: the stack cannot stop its children itself
    process, _url, spawned = dev_stack
    running = descendants(process.pid) | spawned

    process.kill()
    process.wait()

    # no nats-server keeps port and store, no service keeps running for nobody. The
    # processors shut down in order (about 6 s here), longer while still loading dictionaries.
    until(lambda: not [pid for pid in running if alive(pid)])


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text()
    except FileNotFoundError:
        return ""


def services(pid: int, name: str) -> list[int]:
    """The live processes of ``python -m services.<name>`` below ``pid`` (not their workers)."""
    started = f"-m\0services.{name}\0"
    return [p for p in descendants(pid) if started in command_line(p) and alive(p)]


def until(condition: Callable[[], bool], limit_s: float = 60.0) -> None:
    deadline = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < deadline, "the stack did not get there in time"
        time.sleep(0.1)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_dying_service_is_restarted_and_the_stack_stays_up(
    dev_stack: tuple[subprocess.Popen[str], str, set[int]],
) -> None:
    process, url, _spawned = dev_stack
    (victim,) = services(process.pid, "gateway")

    os.kill(victim, signal.SIGKILL)

    until(
        lambda: (
            len(services(process.pid, "gateway")) == 1
            and victim not in services(process.pid, "gateway")
        )
    )
    assert process.poll() is None
    until(lambda: httpx.get(f"{url}/healthz", trust_env=False).status_code == 200)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killing_every_processor_mid_analysis_leaves_the_watcher_connected_and_the_job_done_once(
    dev_stack: tuple[subprocess.Popen[str], str, set[int]], corpus: Path, tmp_path: Path
) -> None:
    process, url, _spawned = dev_stack
    # KORREKTUR_PROCESSORS defaults to 2. A processor starting its checking workers forks
    # first and execs after, so for an instant a child still carries its command line.
    until(lambda: len(services(process.pid, "processor")) == 2)
    processors = services(process.pid, "processor")
    thesis = slow_thesis(corpus, tmp_path / "lang.docx")
    created = httpx.post(
        f"{url}/api/jobs", files={"file": ("lang.docx", thesis.read_bytes())}, trust_env=False
    ).json()
    ws_url = "ws" + url.removeprefix("http") + created["events_url"] + f"?token={created['token']}"

    frames = []
    with connect(ws_url, open_timeout=30) as websocket:
        # When every processor is killed while the analysis runs
        for message in websocket:
            frames.append(decode_frame(message))
            event = frames[-1].event
            if isinstance(event, ProgressUpdate) and event.stage == "analyzing":
                break
        for pid in processors:
            os.kill(pid, signal.SIGKILL)
        # Then the same connection sees the job through to its end
        frames += [decode_frame(message) for message in websocket]
        assert websocket.close_code == 1000

    log = httpx.get(
        f"{url}{created['status_url']}/events",
        headers={"Authorization": f"Bearer {created['token']}"},
        trust_env=False,
    )
    logged = [decode_frame(line) for line in log.text.splitlines()]
    assert [f.seq for f in frames] == [f.seq for f in logged], "a gap or a duplicate"
    assert sum(isinstance(f.event, JobCompleted) for f in logged) == 1
    assert isinstance(frames[-1].event, JobCompleted)
    assert process.poll() is None
    assert len(services(process.pid, "processor")) == 2
