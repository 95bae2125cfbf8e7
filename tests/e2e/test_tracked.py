"""An upload with suggestions=tracked comes back with Word tracked changes beside the comments."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import httpx
from docx.oxml.ns import qn

from contracts.state import fold
from korrektur.stack import Stack
from tests.e2e.client import watch
from tests.e2e.comments import anchors


async def test_tracked_suggestions_come_back_as_changes_by_korrektur(
    stack: Stack, corpus: Path
) -> None:
    thesis = (corpus / "planted-de.docx").read_bytes()
    async with httpx.AsyncClient(base_url=stack.url, timeout=60, trust_env=False) as client:
        created = await client.post(
            "/api/jobs",
            files={"file": ("planted.docx", thesis)},
            data={"suggestions": "tracked"},
        )
        assert created.status_code == 201, created.text
        body = created.json()
        watched = await watch(stack.url, body["events_url"], query=f"token={body['token']}")
        result = await client.get(
            body["result_url"], headers={"Authorization": f"Bearer {body['token']}"}
        )

    state = fold(frame.event for frame in watched.frames)
    assert state.status == "completed"
    document = docx.Document(io.BytesIO(result.content))
    insertions = list(document.element.body.iter(qn("w:ins")))
    with_suggestion = [f for f in state.findings.values() if f.suggestion is not None]
    assert 0 < len(insertions) <= len(with_suggestion)
    assert {element.get(qn("w:author")) for element in insertions} == {"Korrektur"}
    # Every finding still has its comment.
    assert len(anchors(document)) == len(state.findings)
