"""``liaison quarantine list | show ID | release ID | delete ID``: refused packages.

A package refused on receipt is kept (a copy, still encrypted) with the reason. Once
the reason is resolved (the partner's certificate verified, our clock put right),
``release`` runs it through the same checks again.
"""

from __future__ import annotations

import argparse
from typing import Any

from liaison.cli.context import EXIT_FAILED, EXIT_OK, Context, command_adder


def _when(stamp: str | None) -> str:
    return f"{stamp[:10]} {stamp[11:16]} UTC" if stamp and len(stamp) >= 16 else stamp or ""


def _line(e: dict[str, Any]) -> str:
    state = f"  released {_when(e['released'])}" if e["released"] else ""
    return (f"{e['qid']:>4}  {_when(e['ts'])}  {e['partner'] or 'sender unknown'}  "
            f"({e['code']}) {e['reason']}{state}")


def cmd_list(ctx: Context) -> int:
    with ctx.open() as ws:
        rows = ws.quarantine_list(include_released=ctx.args.all)
    lines = ["  id  when                  sender  (check) reason", *map(_line, rows)] \
        if rows else ["Nothing is in quarantine."]
    ctx.emit({"quarantine": rows}, lines)
    return EXIT_OK


def cmd_show(ctx: Context) -> int:
    with ctx.open() as ws:
        e = ws.quarantine_show(ctx.args.id)
    lines = [f"Quarantine entry {e['qid']}",
             f"  Refused     {_when(e['ts'])} ({e['code']})",
             f"  Reason      {e['reason']}",
             f"  Source      {e['source']}",
             f"  Sender      {e['partner'] or 'unknown (no pinned certificate verified it)'}",
             f"  Package     {e['package_id'] or 'unknown'}",
             f"  File        {e['file']} ({e['size']:,} bytes, SHA-256 {e['sha256']})"]
    if e["released"]:
        lines.append(f"  Released    {_when(e['released'])}")
    package = e["package"]
    if package:
        sender = package["sender"]
        counts = ", ".join(f"{n} {kind}" for kind, n in package["counts"].items())
        lines += ["Package (verified: signed by the sender's pinned certificate)",
                  f"  From        {sender['partner']}: {sender['agency']} ({sender['country']})",
                  f"  Sequence    {package['sequence']} (part {package['part']} of "
                  f"{package['parts']})",
                  f"  Created     {_when(package['created'])}",
                  f"  Holds       {counts}"]
    now = e["now"]
    if now["accepted"]:
        lines.append(f"Now: {now['reason']} (liaison quarantine release {e['qid']})")
    elif now["code"]:
        lines.append(f"Now: still refused ({now['code']}): {now['reason']}")
    else:
        lines.append(f"Now: {now['reason']}")
    ctx.emit(e, lines)
    return EXIT_OK


def cmd_release(ctx: Context) -> int:
    with ctx.open() as ws:
        r = ws.quarantine_release(ctx.args.id)
    if r.status == "merged" and r.merge:
        c = r.merge.report.counts["records"]
        lines = [f"Released quarantine entry {ctx.args.id}: merged package {r.package_id} "
                 f"from {r.partner} ({c.imported} new, {c.merged} updated, "
                 f"{c.unchanged} unchanged, {r.merge.retracted} retracted)."]
    else:
        lines = [f"Quarantine entry {ctx.args.id} is still REFUSED ({r.code}): {r.reason}"]
    ctx.emit(r.as_dict(), lines)
    return EXIT_OK if r.status == "merged" else EXIT_FAILED


def cmd_delete(ctx: Context) -> int:
    with ctx.open() as ws:
        e = ws.quarantine_delete(ctx.args.id)
    ctx.emit({"deleted": e}, [f"Deleted quarantine entry {e['qid']} and its file "
                              f"{e['file']}; the audit log keeps what it was."])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("quarantine", help="refused packages: list, show, release, delete",
                           description="Packages refused on receipt, kept (still encrypted) "
                           "with the reason; release one once its reason is resolved.")
    group.set_defaults(handler=None)
    add = command_adder(group.add_subparsers(dest="quarantine_command", metavar="COMMAND"))
    p = add("list", cmd_list, "entries still in quarantine: id, when, sender, reason",
            json_out=True)
    p.add_argument("--all", action="store_true", help="released entries too")
    p = add("show", cmd_show, "one entry in full, its package's facts, and whether it would "
            "be accepted now", json_out=True)
    p.add_argument("id", type=int, metavar="ID")
    p = add("release", cmd_release, "receive the package through the normal checks; if it "
            "passes it leaves quarantine, else it stays and says why", json_out=True)
    p.add_argument("id", type=int, metavar="ID")
    p = add("delete", cmd_delete, "delete the entry and its kept file (audited)",
            json_out=True)
    p.add_argument("id", type=int, metavar="ID")
