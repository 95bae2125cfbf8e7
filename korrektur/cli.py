"""The ``korrektur`` command line: ``check``, ``events``, ``schema`` and ``run``."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from contracts.events import event_schema
from korrektur.errors import CliError
from korrektur.labels import text, user_language

DEFAULT_SERVER = "http://127.0.0.1:8000"
DEFAULT_NATS = "nats://127.0.0.1:4222"


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="korrektur", description="Korrektur: Abschlussarbeiten (.docx) prüfen lassen."
    )
    commands = root.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="upload a .docx, watch it live, download the result")
    check.add_argument("file", type=Path, help="the thesis (.docx)")
    check.add_argument("-o", "--output", type=Path, help="where to write the corrected .docx")
    check.add_argument(
        "--server",
        default=os.environ.get("KORREKTUR_SERVER", DEFAULT_SERVER),
        help=f"base URL of the Korrektur server (default {DEFAULT_SERVER})",
    )
    check.add_argument("--language", choices=["auto", "de", "en"], default="auto")
    check.add_argument(
        "--findings", action="store_true", help="list every finding: where, what, the suggestion"
    )
    check.add_argument(
        "--json",
        action="store_true",
        help="print the findings as NDJSON on stdout (progress and summary go to stderr)",
    )

    events = commands.add_parser("events", help="print a job's event log from JetStream as NDJSON")
    events.add_argument("job_id")
    events.add_argument("--after", type=int, default=0, help="only events with seq > N")
    events.add_argument("--follow", action="store_true", help="keep tailing until the job ends")
    events.add_argument(
        "--nats", default=os.environ.get("KORREKTUR_NATS_URL", DEFAULT_NATS), help="NATS server URL"
    )

    commands.add_parser("schema", help="print the JSON Schema of the job events")
    commands.add_parser("run", help="run the whole stack locally (what `make run` does)")
    return root


def schema_text() -> str:
    """The event schema, pretty and with sorted keys so the snapshot diff is stable."""
    return json.dumps(event_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    machine = getattr(args, "json", False)
    console = Console(stderr=machine)
    speaks = user_language()
    try:
        match args.command:
            case "check":
                from korrektur.check import check
                from korrektur.findings import print_findings, write_findings_json

                state = asyncio.run(
                    check(
                        args.file,
                        args.output,
                        server=args.server,
                        language=args.language,
                        console=console,
                        speaks=speaks,
                    )
                )
                if args.findings:
                    print_findings(console, state, speaks)
                if machine:
                    write_findings_json(sys.stdout, state)
            case "events":
                from korrektur.logtail import print_events

                asyncio.run(
                    print_events(
                        args.job_id, nats_url=args.nats, after=args.after, follow=args.follow
                    )
                )
            case "schema":
                sys.stdout.write(schema_text())
            case "run":
                from korrektur.stack import run_from_env

                return run_from_env()
    except CliError as error:
        message = text("error", speaks, message=error)
        Console(stderr=True).print(message, markup=False, highlight=False)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
