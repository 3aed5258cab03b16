"""The headless command line, over the same Workspace facade as the GUI."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from liaison import __version__
from liaison.formats.base import ImportOptions
from liaison.model.errors import LiaisonError, PassphraseRequired
from liaison.model.progress import Progress
from liaison.store.ingest import ImportReport
from liaison.workspace import Workspace

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def default_workspace() -> Path:
    """``LIAISON_WORKSPACE``, else the platform's per-user data folder."""
    env = os.environ.get("LIAISON_WORKSPACE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("Liaison", appauthor=False)) / "workspace"


def read_secret(source: str | None, prompt: str, *, confirm: bool = False) -> str | None:
    """A passphrase from a file, from stdin ('-'), or typed at a terminal; None if none."""
    if source == "-":
        text = sys.stdin.readline()
    elif source:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise LiaisonError(f"Cannot read the passphrase file {source}: "
                               f"{exc.strerror or exc}.") from exc
        except UnicodeDecodeError as exc:
            raise LiaisonError(f"The passphrase file {source} is not UTF-8 text.") from exc
    else:
        return None
    text = text.rstrip("\r\n")
    if not text:
        raise LiaisonError(f"The passphrase in {'stdin' if source == '-' else source} is empty.")
    return text


def prompt_secret(prompt: str, confirm: bool = False) -> str | None:
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise LiaisonError("The two passphrases differ.")
    return first or None


class Context:
    """What every command needs: the folder, the passphrase source, the output mode."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.folder = Path(args.workspace) if args.workspace else default_workspace()
        self._passphrase: str | None = None
        self._read = False

    def passphrase(self) -> str | None:
        if not self._read:
            self._passphrase = read_secret(self.args.passphrase_file, "Passphrase: ")
            self._read = True
        return self._passphrase

    def open(self) -> Workspace:
        try:
            return Workspace.open(self.folder, passphrase=self.passphrase())
        except PassphraseRequired:
            typed = prompt_secret("Workspace passphrase: ")
            if typed is None:
                raise
            self._passphrase = typed
            return Workspace.open(self.folder, passphrase=typed)

    def new_secret(self, option: str, prompt: str) -> str:
        value = read_secret(getattr(self.args, option, None), prompt)
        value = value or prompt_secret(prompt, confirm=True)
        if not value:
            flag = "--" + option.replace("_", "-")
            raise LiaisonError(f"This command needs a passphrase: give {flag} FILE.")
        return value

    def emit(self, value: dict[str, Any], lines: Sequence[str]) -> None:
        if getattr(self.args, "json", False):
            print(json.dumps(value, ensure_ascii=False, indent=2))
        else:
            for line in lines:
                print(line)


# --- commands ------------------------------------------------------------------------


def cmd_init(ctx: Context) -> int:
    args = ctx.args
    passphrase = ctx.passphrase()
    if passphrase is None and (args.no_keyring or args.require_both):
        passphrase = prompt_secret("New workspace passphrase: ", confirm=True)
    with Workspace.create(ctx.folder, args.agency, args.country,
                          use_keyring=not args.no_keyring, passphrase=passphrase,
                          require_both=args.require_both) as ws:
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


def cmd_audit(ctx: Context) -> int:
    with ctx.open() as ws:
        if ctx.args.action == "verify":
            result = ws.audit_verify()
            value = {"ok": result.ok, "entries": result.entries,
                     "broken_entry": result.broken_seq, "reason": result.reason}
            if result.ok:
                ctx.emit(value, [f"Audit chain intact: {result.entries} entries verified."])
                return EXIT_OK
            ctx.emit(value, [f"Audit chain BROKEN at entry {result.broken_seq}: "
                             f"{result.reason}."])
            return EXIT_FAILED
        count = ws.audit_export(Path(ctx.args.out))
    print(f"Exported {count} audit entries to {ctx.args.out}.")
    return EXIT_OK


def _terminal_progress() -> Progress:
    """Progress on stderr when a person watches; silent in pipes and tests."""
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int | None, message: str) -> None:
        text = f"{100 * done / total:5.1f}%" if total else f"{done:,}"
        print(f"\r  {text} {message}"[:78].ljust(78), end="", file=sys.stderr, flush=True)

    return Progress(show)


def _print_report(ctx: Context, report: ImportReport) -> None:
    lines = [f"Imported {report.file} ({report.format}):"]
    for kind, c in report.counts.items():
        lines.append(f"  {kind:<9} {c.imported:>9,} new  {c.merged:>9,} merged  "
                     f"{c.unchanged:>9,} unchanged")
    lines.append(f"  flagged {report.flagged_total:,}, skipped {report.skipped_total:,}")
    for issue in (report.skipped + report.flagged)[:20]:
        lines.append(f"  - {'skipped' if issue.skipped else 'flagged'}: {issue.where}: "
                     f"{issue.message}")
    if report.flagged_total + report.skipped_total > 20:
        lines.append("  ... (--json lists up to 1,000 of each)")
    ctx.emit(report.as_dict(), lines)


def cmd_import(ctx: Context) -> int:
    args = ctx.args
    options = ImportOptions(agency=args.source, country=args.country,
                            mapping=Path(args.mapping) if args.mapping else None,
                            handling=args.handling, tlp=args.tlp)
    with ctx.open() as ws:
        report = ws.import_file(Path(args.file), fmt=args.format, options=options,
                                progress=_terminal_progress())
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_report(ctx, report)
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    args = ctx.args
    if args.records < 1:
        raise LiaisonError("--records must be at least 1.")
    with ctx.open() as ws:
        report = ws.import_demo(args.records, seed=args.seed, progress=_terminal_progress())
    if args.truth:
        from liaison.formats import demo

        demo.write_truth(Path(args.truth), args.records, seed=args.seed)
    _print_report(ctx, report)
    return EXIT_OK


def cmd_stats(ctx: Context) -> int:
    with ctx.open() as ws:
        stats = ws.stats()
    lines = [f"{stats['records']:,} records, {stats['entities']:,} entities, "
             f"{stats['links']:,} links, {stats['events']:,} events "
             f"({stats['invalid_values']:,} values flagged invalid)"]
    for title, key in (("By agency", "by_agency"), ("By entity type", "by_type"),
                       ("By TLP", "by_tlp"), ("By handling code", "by_handling")):
        lines.append(f"{title}:")
        lines.extend(f"  {name:<40} {n:>10,}" for name, n in stats[key].items())
    ctx.emit(stats, lines)
    return EXIT_OK


# --- parser --------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liaison", description="Liaison: encrypted intelligence exchange workstation.")
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    parser.add_argument("--workspace", metavar="DIR",
                        help="workspace folder (default: $LIAISON_WORKSPACE or the user "
                             "data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the workspace passphrase from FILE ('-' = stdin)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable[[Context], int], help_: str,
            json_out: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        if json_out:
            p.add_argument("--json", action="store_true", help="print JSON")
        return p

    p = add("init", cmd_init, "create a new encrypted workspace", json_out=True)
    p.add_argument("--agency", required=True, help="your agency's name")
    p.add_argument("--country", required=True, help="your agency's ISO 3166 country code")
    p.add_argument("--no-keyring", action="store_true",
                   help="do not keep the key in the OS keyring (needs a passphrase)")
    p.add_argument("--require-both", action="store_true",
                   help="unlocking needs the OS keyring AND the passphrase")

    add("info", cmd_info, "show the workspace's metadata", json_out=True)

    p = add("passphrase", cmd_passphrase, "add, change or remove the passphrase slot")
    p.add_argument("action", choices=["add", "change", "remove"])
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

    p = add("import", cmd_import, "import a CSV, FollowTheMoney, STIX 2.1 or MISP file",
            json_out=True)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", default="auto", choices=["auto", "csv", "ftm", "stix", "misp"])
    p.add_argument("--mapping", metavar="M", help="CSV mapping file (JSON)")
    p.add_argument("--source", metavar="AGENCY", help="the agency that sent the file")
    p.add_argument("--country", metavar="CC", help="that agency's ISO 3166 country code")
    p.add_argument("--handling", choices=["H0", "H1", "H2", "H3"],
                   help="handling code when the file states none")
    p.add_argument("--tlp", help="TLP when the file states none (CLEAR, GREEN, AMBER, ...)")

    p = add("demo", cmd_demo, "generate the synthetic cross-border demo case", json_out=True)
    p.add_argument("--records", type=int, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--truth", metavar="OUT",
                   help="also write which entities are the same real person/object")

    add("stats", cmd_stats, "counts by agency, entity type, TLP and handling code",
        json_out=True)

    p = add("audit", cmd_audit, "verify or export the audit chain")
    asub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    v = asub.add_parser("verify", help="walk the chain; exit 1 at the first broken entry")
    v.add_argument("--json", action="store_true", help="print JSON")
    e = asub.add_parser("export", help="write the chain as JSON lines")
    e.add_argument("out", metavar="OUT")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(Context(args))
    except LiaisonError as exc:
        print(f"liaison: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("liaison: cancelled; nothing was changed.", file=sys.stderr)
        return 130
