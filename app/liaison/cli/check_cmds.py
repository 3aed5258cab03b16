"""``liaison check``: is the workspace database sound, page by page? Read-only."""

from __future__ import annotations

import argparse

from liaison.cli.context import EXIT_FAILED, EXIT_OK, Context, command_adder, prompt_secret
from liaison.model.errors import PassphraseRequired, TokenPinRequired
from liaison.workspace import Workspace
from liaison.workspace.health import PROBLEMS_LISTED, CheckReport

SHOWN = 10  # problems listed per check


def _run_check(ctx: Context) -> CheckReport:
    try:
        return Workspace.check(ctx.folder, passphrase=ctx.passphrase(), pin=ctx.pin(),
                               user=ctx.user())
    except PassphraseRequired:
        typed = prompt_secret("Workspace passphrase: ")
        if typed is None:
            raise
        return Workspace.check(ctx.folder, passphrase=typed, pin=ctx.pin(), user=ctx.user())
    except TokenPinRequired:
        typed = prompt_secret("Smart card PIN: ")
        if typed is None:
            raise
        return Workspace.check(ctx.folder, passphrase=ctx.passphrase(), pin=typed,
                               user=ctx.user())


def _section(title: str, sound: str, problems: list[str]) -> list[str]:
    if not problems:
        return [f"  {title}: {sound}"]
    many = "at least " if len(problems) >= PROBLEMS_LISTED else ""
    lines = [f"  {title}: {many}{len(problems)} problem(s)"
             + (f" (the first {SHOWN} shown)" if len(problems) > SHOWN else "")]
    lines += [f"    - {p}" for p in problems[:SHOWN]]
    return lines


def cmd_check(ctx: Context) -> int:
    report = _run_check(ctx)
    lines = [f"Checked {report.database} (read-only; nothing was written):"]
    lines += _section("Pages (SQLCipher HMAC of every page)", "all sound", report.cipher)
    lines += _section("Structure (SQLite integrity check)", "sound", report.sqlite)
    lines += _section("Audit chain", f"{report.audit_entries} entries intact, matching "
                      "the head file", report.audit)
    value = report.as_dict()
    if report.ok:
        lines.append("The workspace is sound.")
    elif report.damaged:
        lines.append(f"The database is DAMAGED: {value['advice']}")
    else:
        lines.append("The database is sound, but the audit log was tampered with: "
                     "'liaison audit verify' records and explains the finding.")
    ctx.emit(value, lines)
    return EXIT_OK if report.ok else EXIT_FAILED


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    add("check", cmd_check, "check the workspace database page by page (SQLCipher page "
        "HMACs, SQLite integrity, audit chain); read-only, exits 1 on any problem",
        json_out=True)
