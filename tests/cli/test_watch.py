"""The CLI's live watch across a dropped connection: every event once, in order."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from contracts.events import Frame, encode
from korrektur.api import KorrekturClient, Submission
from tests.cli.servers import serve
from tests.contracts.samples import JOB, happy_path

LOG = [Frame(seq, event) for seq, event in enumerate(happy_path(), start=1)]


class FlakyGateway:
    """Drops the first connection after 4 frames; later ones resend one frame already seen."""

    def __init__(self) -> None:
        self.afters: list[int] = []
        self.tokens: list[str] = []

    async def handle(self, websocket: WebSocket) -> None:
        after = int(websocket.query_params.get("after", "0"))
        self.afters.append(after)
        self.tokens.append(websocket.query_params.get("token", ""))
        await websocket.accept()
        first = len(self.afters) == 1
        # An overlapping resend, as a gateway racing its replay and live tail might do.
        start = max(after - 1, 0)
        for frame in LOG[start:]:
            await websocket.send_text(encode(frame).decode())
            if first and frame.seq == 4:
                await websocket.close(code=1012)  # "service restart": the client must come back
                return
        await websocket.close(code=1000)


async def test_reconnect_resumes_after_the_last_seq_without_gap_or_duplicate() -> None:
    gateway = FlakyGateway()
    app = Starlette(routes=[WebSocketRoute("/ws/jobs/{job_id}", gateway.handle)])
    async with serve(app) as port:
        submission = Submission(
            JOB, "secret", f"/api/jobs/{JOB}", f"/ws/jobs/{JOB}", f"/api/jobs/{JOB}/result"
        )
        async with KorrekturClient(f"http://127.0.0.1:{port}") as client:
            seqs = [frame.seq async for frame in client.frames(submission)]
    assert seqs == [frame.seq for frame in LOG]
    assert gateway.afters == [0, 4]
    assert gateway.tokens == ["secret", "secret"]
