"""``liaison release list | approve ID | withdraw ID | request ID OUT | approval REQUEST OUT
| accept FILE | rule PARTNER``: shares awaiting release and four-eyes rules.

A share waits for a releasing officer when its partner's rules ask for four eyes or when
the person sharing cannot sign (ARCHITECTURE.md, "Release").
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from liaison.cli.context import EXIT_OK, Context, command_adder, read_secret


def _line(r: dict[str, Any]) -> str:
    why = "; ".join(r["four_eyes"]) or "needs a releasing officer to sign"
    return (f"{r['id']}  {r['status']}  to {r['partner']}  {len(r['records'])} record(s)  "
            f"prepared by {r['prepared_by']} {r['prepared']}  ({why})  {r['plan_hash']}")


def cmd_list(ctx: Context) -> int:
    with ctx.open() as ws:
        rows = ws.releases(include_done=ctx.args.all)
    ctx.emit({"releases": rows}, [_line(r) for r in rows] or
             ["No share is awaiting release."])
    return EXIT_OK


def _done_lines(r: dict[str, Any]) -> list[str]:
    if r["status"] == "sent":
        return [f"Released {r['id']} to {r['partner']} (prepared by {r['prepared_by']}, "
                f"approved by {r['approved_by']}; plan {r['plan_hash']}): package(s) "
                + ", ".join(r["packages"]) + " in the outbox."]
    return [f"Release {r['id']} is {r['status']} (approved by {r.get('approved_by')})."]


def cmd_approve(ctx: Context) -> int:
    a = ctx.args
    secret = (read_secret(a.approver_passphrase_file, "Approver's passphrase: ")
              if a.approver else None)
    if a.approver and secret is None:
        from liaison.cli.context import prompt_secret

        secret = prompt_secret(f"{a.approver}'s passphrase: ")
    with ctx.open() as ws:
        done = ws.release_approve(a.id, approver=a.approver, approver_passphrase=secret)
    ctx.emit(done, _done_lines(done))
    return EXIT_OK


def cmd_withdraw(ctx: Context) -> int:
    with ctx.open() as ws:
        done = ws.release_withdraw(ctx.args.id)
    ctx.emit(done, [f"Withdrew release {done['id']}; nothing was sent."])
    return EXIT_OK


def cmd_request(ctx: Context) -> int:
    with ctx.open() as ws:
        doc = ws.release_request_write(ctx.args.id, Path(ctx.args.out))
    ctx.emit(doc, [f"Wrote the approval request for {doc['release']} to {ctx.args.out}; a "
                   "releasing officer signs it with 'liaison release approval'."])
    return EXIT_OK


def cmd_approval(ctx: Context) -> int:
    with ctx.open() as ws:
        doc = ws.release_approval_write(Path(ctx.args.request), Path(ctx.args.out))
    ctx.emit(doc, [f"Approved release {doc['release']} (plan {doc['plan_hash']}) as "
                   f"{doc['approver']}; signed approval in {ctx.args.out}."])
    return EXIT_OK


def cmd_accept(ctx: Context) -> int:
    with ctx.open() as ws:
        done = ws.release_approval_read(Path(ctx.args.file))
    ctx.emit(done, _done_lines(done))
    return EXIT_OK


def cmd_rule(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        rule = ws.release_rule_set(a.partner, always=a.always, tlp_from=a.tlp_from,
                                   handling=a.handling.split(",") if a.handling else [])
    parts = (["every share"] if rule["always"] else []) + (
        [f"TLP:{rule['tlp_from']} and above"] if rule["tlp_from"] else []) + (
        [f"handling {', '.join(rule['handling'])}"] if rule["handling"] else [])
    ctx.emit(rule, [f"Shares to {a.partner} need four eyes for: "
                    f"{'; '.join(parts) or 'nothing (rule cleared)'}."])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "release", help="shares awaiting release: list, approve (here or by a signed "
        "approval file), withdraw; four-eyes rules per partner",
        description="Shares awaiting release: those needing four eyes (the partner's rule) "
        "and those made by someone who cannot sign.")
    group.set_defaults(handler=None)
    add = command_adder(group.add_subparsers(dest="release_command", metavar="COMMAND"))
    p = add("list", cmd_list, "shares awaiting release", json_out=True)
    p.add_argument("--all", action="store_true", help="those sent or withdrawn too")
    p = add("approve", cmd_approve, "approve and sign a release (four eyes: a second "
            "releasing officer, --approver, gives their passphrase here)", json_out=True)
    p.add_argument("id", metavar="ID", help="the release id (or its first characters)")
    p.add_argument("--approver", metavar="NAME", help="the second releasing officer, present")
    p.add_argument("--approver-passphrase-file", metavar="FILE",
                   help="the approver's passphrase ('-' = stdin; else asked)")
    p = add("withdraw", cmd_withdraw, "withdraw a release; nothing is sent", json_out=True)
    p.add_argument("id", metavar="ID")
    p = add("request", cmd_request, "write a release's approval request for an officer "
            "elsewhere", json_out=True)
    p.add_argument("id", metavar="ID")
    p.add_argument("out", metavar="OUT")
    p = add("approval", cmd_approval, "sign an approval of a request file (a releasing "
            "officer, in a copy of the same workspace)", json_out=True)
    p.add_argument("request", metavar="REQUEST")
    p.add_argument("out", metavar="OUT")
    p = add("accept", cmd_accept, "accept a signed approval file; signs now if you can",
            json_out=True)
    p.add_argument("file", metavar="FILE")
    p = add("rule", cmd_rule, "which shares to a partner need four eyes", json_out=True)
    p.add_argument("partner", metavar="PARTNER")
    p.add_argument("--always", action="store_true", help="every share")
    p.add_argument("--tlp-from", metavar="TLP", help="records at this TLP or above")
    p.add_argument("--handling", metavar="H2,H3", help="records with these handling codes")
