"""The ``korrektur`` command against the running stack, as a real subprocess without a TTY."""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
from pathlib import Path

import docx

from contracts.events import decode_frame
from korrektur.stack import Stack
from tests.e2e.client import FinishedJob, corrupt_docx, write
from tests.e2e.comments import anchors


async def korrektur(
    *args: str, cwd: Path | None = None, locale: str = "de_DE.UTF-8"
) -> tuple[int, str, str]:
    """The CLI as a user runs it, in ``locale`` (which sets the language it speaks)."""
    env = {**os.environ, "LC_ALL": "", "LC_MESSAGES": "", "LANG": locale}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "korrektur.cli",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        stdin=asyncio.subprocess.DEVNULL,
        cwd=cwd,
        env=env,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=300)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_check_writes_a_commented_docx(stack: Stack, corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "korrigiert.docx"

    code, out, err = await korrektur(
        "check", str(corpus / "planted-de.docx"), "-o", str(target), "--server", stack.url
    )

    assert code == 0, err
    result = docx.Document(io.BytesIO(target.read_bytes()))
    assert anchors(result), "Expected comments in the corrected document"
    assert "Kommentare eingefügt" in out and "Fertig" in out
    # Plain lines without a TTY: one of them shows a stage at work.
    assert "Prüfung" in out


async def test_check_lists_the_findings_for_people_and_as_ndjson(
    stack: Stack, corpus: Path, tmp_path: Path
) -> None:
    target = tmp_path / "korrigiert.docx"
    source = str(corpus / "planted-de.docx")

    code, out, err = await korrektur(
        "check", source, "-o", str(target), "--server", stack.url, "--findings", "--json"
    )

    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    commented = {(a.paragraph, a.start, a.end) for a in anchors(docx.Document(str(target)))}
    assert {(r["paragraph"], r["start"], r["end"]) for r in records} == commented
    assert all(r["text"] in r["context"] and r["dismissed"] is False for r in records)
    assert any(r["suggestion"] for r in records)
    # The people's list goes to stderr with --json, one line per finding.
    assert f"Befunde im Einzelnen ({len(records)})" in err
    assert sum(line.startswith("  Absatz ") for line in err.splitlines()) == len(records)


async def test_check_defaults_the_output_next_to_the_input(
    stack: Stack, corpus: Path, tmp_path: Path
) -> None:
    source = write(tmp_path / "arbeit.docx", (corpus / "clean-de.docx").read_bytes())

    code, _, err = await korrektur("check", str(source), "--server", stack.url, "--language", "de")

    assert code == 0, err
    assert (tmp_path / "arbeit-korrigiert.docx").is_file()


async def test_check_of_a_corrupt_document_names_the_failed_stage(
    stack: Stack, tmp_path: Path
) -> None:
    source = write(tmp_path / "kaputt.docx", corrupt_docx())

    code, _, err = await korrektur("check", str(source), "--server", stack.url)

    assert code == 2
    assert "parsing" in err and "Dokument einlesen" in err
    assert not (tmp_path / "kaputt-korrigiert.docx").exists()


async def test_check_prints_the_servers_refusal(stack: Stack, tmp_path: Path) -> None:
    source = write(tmp_path / "notizen.docx", b"this is plain text, not a zip")

    code, _, err = await korrektur("check", str(source), "--server", stack.url)

    assert code == 1
    assert err.startswith("Fehler: ") and len(err.strip()) > len("Fehler: ")


async def test_the_terminal_speaks_english_in_an_english_locale(
    tmp_path: Path, corpus: Path
) -> None:
    code, _out, err = await korrektur(
        "check",
        str(corpus / "clean-de.docx"),
        "--server",
        "http://127.0.0.1:9",
        locale="en_GB.UTF-8",
    )
    assert code == 1
    assert err.startswith("Error: ") and "cannot be reached" in err


async def test_check_without_a_server_says_so(tmp_path: Path, corpus: Path) -> None:
    code, _, err = await korrektur(
        "check", str(corpus / "planted-de.docx"), "--server", "http://127.0.0.1:9"
    )
    assert code == 1
    assert "nicht erreichbar" in err


async def test_events_prints_the_ndjson_log(stack: Stack, planted_job: FinishedJob) -> None:
    code, out, err = await korrektur("events", planted_job.job_id, "--nats", stack.nats_url)
    assert code == 0, err
    assert [decode_frame(line) for line in out.splitlines()] == planted_job.live
