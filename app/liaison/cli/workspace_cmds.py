"""Commands over the workspace itself: create, inspect, key slots, backup, audit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from liaison.cli.context import (
    EXIT_FAILED,
    EXIT_OK,
    Context,
    command_adder,
    prompt_secret,
    read_secret,
)
from liaison.model.errors import LiaisonError
from liaison.model.passphrase import DEFAULT_MIN_SCORE, MAX_SCORE
from liaison.workspace import Workspace


def cmd_init(ctx: Context) -> int:
    args = ctx.args
    passphrase = ctx.passphrase()
    if passphrase is None and (args.no_keyring or args.require_both):
        passphrase = prompt_secret("New workspace passphrase: ", confirm=True)
    with Workspace.create(ctx.folder, args.agency, args.country,
                          use_keyring=not args.no_keyring, passphrase=passphrase,
                          require_both=args.require_both,
                          min_passphrase_score=args.min_passphrase_score) as ws:
        info = ws.info()
    ctx.emit(info.as_dict(), [f"Created workspace {info.workspace_id} in {info.folder}",
                              f"Key slots: {', '.join(info.slots)}"])
    return EXIT_OK


def cmd_info(ctx: Context) -> int:
    with ctx.open() as ws:
        info = ws.info()
    ctx.emit(info.as_dict(), [
        f"Workspace   {info.workspace_id}",
        f"Folder      {info.folder}",
        f"Agency      {info.agency} ({info.country})",
        f"Created     {info.created}",
        f"Key slots   {', '.join(info.slots)}",
        f"Schema      {info.schema_version}",
        f"SQLCipher   {info.cipher_version}",
        f"Audit       {info.audit_entries} entries",
        f"Database    {info.database_bytes:,} bytes",
    ])
    return EXIT_OK


def cmd_passphrase(ctx: Context) -> int:
    with ctx.open() as ws:
        action = ctx.args.action
        if action == "policy":
            if ctx.args.min_score is not None:
                ws.set_passphrase_min_score(ctx.args.min_score)
            print(f"New passphrases need a strength of at least {ws.passphrase_min_score()} "
                  f"of {MAX_SCORE} (zxcvbn's score; {DEFAULT_MIN_SCORE} is the default).")
            return EXIT_OK
        if action == "add":
            ws.add_passphrase(ctx.new_secret("new_passphrase_file", "New passphrase: "),
                              require_both=ctx.args.require_both)
        elif action == "change":
            ws.change_passphrase(ctx.new_secret("new_passphrase_file", "New passphrase: "))
        else:
            ws.remove_passphrase()
        print(f"Passphrase {action}: done. Key slots: {', '.join(ws.meta.slot_types())}")
    return EXIT_OK


def cmd_keyring(ctx: Context) -> int:
    with ctx.open() as ws:
        if ctx.args.action == "add":
            ws.add_keyring()
        else:
            ws.remove_keyring(passphrase=ctx.passphrase())
        print(f"Keyring {ctx.args.action}: done. Key slots: {', '.join(ws.meta.slot_types())}")
    return EXIT_OK


def cmd_rekey(ctx: Context) -> int:
    with ctx.open() as ws:
        ws.rekey(passphrase=ctx.passphrase())
    print("The database is now encrypted under a new key; every key slot was rewritten.")
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    backup_pass = (read_secret(ctx.args.backup_passphrase_file, "Backup passphrase: ")
                   or ctx.passphrase()
                   or prompt_secret("Backup passphrase: ", confirm=True))
    if not backup_pass:
        raise LiaisonError("A backup is protected by a passphrase: give "
                           "--backup-passphrase-file FILE (or --passphrase-file).")
    with ctx.open() as ws:
        header = ws.backup(Path(ctx.args.out), backup_pass)
    ctx.emit(header.to_json() | {"slot": None}, [
        f"Backup written to {ctx.args.out} ({header.db_size:,} bytes of database).",
        "Keep its passphrase apart from the file; without it the backup cannot be opened."])
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    args = ctx.args
    backup_pass = (read_secret(args.backup_passphrase_file, "Backup passphrase: ")
                   or ctx.passphrase() or prompt_secret("Backup passphrase: "))
    if not backup_pass:
        raise LiaisonError("Give the backup's passphrase with --backup-passphrase-file FILE.")
    with Workspace.restore(Path(args.input), ctx.folder, backup_pass,
                           use_keyring=not args.no_keyring,
                           passphrase=ctx.passphrase() or (backup_pass if args.no_keyring
                                                           else None),
                           replace=args.replace) as ws:
        info = ws.info()
    ctx.emit(info.as_dict(), [f"Restored workspace {info.workspace_id} into {info.folder}",
                              f"Key slots: {', '.join(info.slots)}"])
    return EXIT_OK


def _verify_lines(result: Any) -> list[str]:
    """What ``audit verify`` prints: the verdict, each problem, what else agreed."""
    notes = [f"  {line}" for line in result.notes]
    earlier = ["Earlier findings recorded in the log:",
               *(f"  - {line}" for line in result.earlier)] if result.earlier else []
    if result.ok:
        return [f"Audit chain intact: {result.entries} entries verified, matching the head "
                "file.", *notes, *earlier]
    kinds = {p.kind for p in result.problems}
    if result.broken_seq is not None:
        lines = [f"Audit chain BROKEN at entry {result.broken_seq}: {result.reason}."]
    elif kinds == {"head-key"}:
        lines = [f"Audit log NOT FULLY CHECKED ({result.entries} entries, the chain intact):"]
    else:
        lines = [f"Audit log TAMPERED WITH ({result.entries} entries in the database):"]
    lines += [f"  - {p.message}" for p in result.problems if p.kind != "chain"]
    return [*lines, *notes, *earlier]


def cmd_audit(ctx: Context) -> int:
    args = ctx.args
    with ctx.open() as ws:
        if args.action == "verify":
            result = ws.audit_verify(Path(args.checkpoint) if args.checkpoint else None)
            value = {"ok": result.ok, "entries": result.entries,
                     "broken_entry": result.broken_seq, "reason": result.reason,
                     "problems": [{"kind": p.kind, "message": p.message}
                                  for p in result.problems],
                     "checked": list(result.notes),
                     "earlier_findings": list(result.earlier)}
            ctx.emit(value, _verify_lines(result))
            return EXIT_OK if result.ok else EXIT_FAILED
        if args.action == "checkpoints":
            if args.out or args.partner:
                if not (args.out and args.partner):
                    raise LiaisonError("Give both --partner NAME and --out FILE to write the "
                                       "latest checkpoint held from that partner.")
                facts = ws.audit_checkpoint_export(args.partner, Path(args.out))
                ctx.emit(facts, [
                    f"Wrote the audit checkpoint {args.partner} signed on {facts['time'][:10]} "
                    f"({facts['count']} entries) to {args.out}.",
                    "Their auditor checks their workspace against it with 'liaison audit "
                    "verify --checkpoint FILE'."])
                return EXIT_OK
            held = ws.audit_checkpoints()
            lines = [f"Checkpoints given to partners: {held['given']['count']}"
                     + (f" (latest signed {held['given']['latest'][:10]})"
                        if held["given"]["latest"] else "")]
            lines += ["Checkpoints held from partners (latest per workspace):"
                      if held["received"] else "No checkpoint held from a partner yet."]
            lines += [f"  {c['partner']}: {c['count']} entries, signed {c['made'][:10]} "
                      f"(workspace {c['workspace']}, {c['held']} held)"
                      for c in held["received"]]
            ctx.emit(held, lines)
            return EXIT_OK
        count = ws.audit_export(Path(args.out))
    print(f"Exported {count} audit entries to {args.out}.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    p = add("init", cmd_init, "create a new encrypted workspace", json_out=True)
    p.add_argument("--agency", required=True, help="your agency's name")
    p.add_argument("--country", required=True, help="your agency's ISO 3166 country code")
    p.add_argument("--no-keyring", action="store_true",
                   help="do not keep the key in the OS keyring (needs a passphrase)")
    p.add_argument("--require-both", action="store_true",
                   help="unlocking needs the OS keyring AND the passphrase")
    p.add_argument("--min-passphrase-score", type=int, default=DEFAULT_MIN_SCORE,
                   metavar="N", help=f"strength every passphrase of this workspace must "
                   f"reach, {DEFAULT_MIN_SCORE}-{MAX_SCORE} (default {DEFAULT_MIN_SCORE})")

    add("info", cmd_info, "show the workspace's metadata", json_out=True)

    p = add("passphrase", cmd_passphrase, "add, change or remove the passphrase slot; "
            "show or raise the minimum strength (policy)")
    p.add_argument("action", choices=["add", "change", "remove", "policy"])
    p.add_argument("--min-score", type=int, metavar="N",
                   help=f"with policy: new passphrases must reach strength N "
                   f"({DEFAULT_MIN_SCORE}-{MAX_SCORE})")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE ('-' = stdin)")
    p.add_argument("--require-both", action="store_true",
                   help="with add: the keyring and the passphrase are both needed")

    p = add("keyring", cmd_keyring, "add or remove the OS keyring slot")
    p.add_argument("action", choices=["add", "remove"])

    add("rekey", cmd_rekey, "re-encrypt the database under a new random key")

    p = add("backup", cmd_backup, "write an encrypted backup file", json_out=True)
    p.add_argument("out", metavar="OUT")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help="passphrase protecting the backup (default: the workspace's)")

    p = add("restore", cmd_restore, "restore a backup into the workspace folder",
            json_out=True)
    p.add_argument("input", metavar="IN")
    p.add_argument("--backup-passphrase-file", metavar="FILE")
    p.add_argument("--no-keyring", action="store_true",
                   help="protect the restored workspace with a passphrase only")
    p.add_argument("--replace", action="store_true",
                   help="set the current workspace aside (kept, encrypted) and restore")

    p = add("audit", cmd_audit, "verify or export the audit chain; checkpoints")
    asub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    v = asub.add_parser("verify", help="walk the chain, compare it with the head file and "
                        "the checkpoints given to partners; exit 1 on any finding")
    v.add_argument("--checkpoint", metavar="FILE",
                   help="also compare the chain with this checkpoint a partner holds")
    v.add_argument("--json", action="store_true", help="print JSON")
    c = asub.add_parser("checkpoints", help="list the signed checkpoints held; with "
                        "--partner and --out, write the latest from that partner")
    c.add_argument("--partner", metavar="NAME", help="the partner whose checkpoint to write")
    c.add_argument("--out", metavar="FILE", help="where to write it (DER, openssl cms reads it)")
    c.add_argument("--json", action="store_true", help="print JSON")
    e = asub.add_parser("export", help="write the chain as JSON lines")
    e.add_argument("out", metavar="OUT")
