"""A damaged workspace database: the message every command gives, and ``liaison check``.

Pages of ``workspace.db`` that fail SQLCipher's HMAC (a bad sector, a copy cut short, a
byte changed) surface from SQLite as "database disk image is malformed" or "file is not
a database". With a key that passed the workspace's key check these mean damage, and
Liaison says so in one message that names the file, points to ``liaison check`` and
names the newest backup it knows of (backups are recorded in the audit log, which is
read if it still can be).

``check`` opens the database read-only and writes nothing, not even an audit entry: a
damaged file is not written to. It runs SQLCipher's ``cipher_integrity_check`` (every
page's HMAC), SQLite's ``integrity_check`` (the b-trees) and the audit chain's checks
(the chain, its head, the triggers, the checkpoints given to partners).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liaison.exchange.checkpoint import check_given
from liaison.model.errors import DatabaseDamaged
from liaison.store import audit
from liaison.store.audit_head import AuditHead, legacy_mac_key
from liaison.store.database import (
    Connection,
    DatabaseError,
    integrity_findings,
    open_for_check,
)
from liaison.store.metadata import DATABASE_NAME, Metadata, read_metadata
from liaison.store.unlock import Unlocked, holds_audit, unlock
from liaison.workspace.slots import audit_key_unreachable

RESTORE = "liaison restore BACKUP --replace"
PROBLEMS_LISTED = 100  # per check: SQLite's integrity_check stops there too


def newest_backup(conn: Connection | None) -> dict[str, Any] | None:
    """The newest backup the audit log records (path, time, whether the file is still
    there), or None when there is none or the log cannot be read."""
    if conn is None:
        return None
    try:
        row = conn.execute("SELECT ts, object FROM audit WHERE action = 'workspace.backup' "
                           "ORDER BY seq DESC LIMIT 1").fetchone()
    except DatabaseError:
        return None
    if row is None:
        return None
    ts, path = row
    return {"path": path, "made": f"{ts[:10]} {ts[11:16]} UTC", "exists": Path(path).is_file()}


def restore_advice(backup: dict[str, Any] | None) -> str:
    """How to get back to a sound workspace, naming the newest backup if known."""
    aside = "the damaged files are set aside in the folder, not deleted"
    if backup and backup["exists"]:
        return (f"restore the newest backup, {backup['path']} (made {backup['made']}), with "
                f"'liaison restore {backup['path']} --replace' ({aside}).")
    if backup:
        return (f"restore your newest backup with '{RESTORE}' ({aside}); the last backup "
                f"recorded, {backup['path']} (made {backup['made']}), is no longer there.")
    return f"restore your newest backup with '{RESTORE}' ({aside})."


def damaged(db: Path, what: str, conn: Connection | None = None) -> DatabaseDamaged:
    """The error for a damaged database ``db``; ``what`` says what SQLCipher reported."""
    return DatabaseDamaged(f"The workspace database {Path(db).absolute()} is damaged: {what}. "
                           "Run 'liaison check' for a full report, then "
                           f"{restore_advice(newest_backup(conn))}")


def advise(exc: DatabaseDamaged) -> DatabaseDamaged:
    """``exc`` (raised while opening) with the check and restore advice added."""
    return DatabaseDamaged(f"{exc} Run 'liaison check' for a full report, then "
                           f"{restore_advice(None)}")


@dataclass
class CheckReport:
    """What ``liaison check`` found; ``ok`` when every check passed."""

    database: str
    cipher: list[str] = field(default_factory=list)
    sqlite: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit: list[str] = field(default_factory=list)
    newest_backup: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return not (self.cipher or self.sqlite or self.audit)

    @property
    def damaged(self) -> bool:
        return bool(self.cipher or self.sqlite)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "database": self.database, "pages": self.cipher,
                "integrity": self.sqlite, "audit_entries": self.audit_entries,
                "audit": self.audit, "newest_backup": self.newest_backup,
                "advice": restore_advice(self.newest_backup) if self.damaged else ""}


def _keyed(db: Path, keys: list[Unlocked]) -> tuple[Connection, Unlocked]:
    """A check connection under the key that reads the database (after an interrupted
    rekey it may be the pending one), and that key; the first key when none reads it
    (page 1 damaged)."""
    for key in keys:
        conn = open_for_check(db, key.key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except DatabaseError:
            conn.close()
            continue
        return conn, key
    return open_for_check(db, keys[0].key), keys[0]


def _head(folder: Path, meta: Metadata, key: Unlocked, others: list[Unlocked]) -> AuditHead:
    """The head as an open would check it, read-only (ARCHITECTURE.md, "Audit head")."""
    older = [k.audit_key for k in others if k.audit_key is not None]
    if key.audit_key is not None:
        return AuditHead(folder, meta.workspace_id, key.audit_key, older)
    if any(holds_audit(s) for s in meta.slots):
        return AuditHead(folder, meta.workspace_id, None,
                         missing_key=audit_key_unreachable(meta))
    # Not yet opened by a version with audit keys: MACed under the database key.
    return AuditHead(folder, meta.workspace_id, legacy_mac_key(key.key),
                     legacy=[k.key for k in others])


def _audit_findings(conn: Connection, head: AuditHead) -> tuple[int, list[str]]:
    try:
        result = audit.verify(conn)
        found = [] if result.ok else [result.reason]
        found += [p.message for p in head.check(conn)]
        found += [p.message for p in check_given(conn)[0]]
        missing = audit.trigger_problems(conn)
    except DatabaseError as exc:
        return 0, [f"the audit log cannot be read: {exc}"]
    if missing:
        found.append("the audit log's append-only triggers are missing or altered ("
                     f"{', '.join(missing)}); opening the workspace puts them back")
    return result.entries, found


def check_workspace(folder: Path, *, passphrase: str | None = None,
                    use_keyring: bool = True, pin: str | None = None,
                    user: str | None = None) -> CheckReport:
    """Unlock ``folder``'s key (``user``'s own slots, if they have some) and check its
    database page by page, read-only."""
    from liaison.workspace.users import envelope_unlock

    folder = Path(folder)
    meta = read_metadata(folder)
    if user and (meta.users or {}).get(user, {}).get("slots"):
        current, pending = envelope_unlock(meta, user, passphrase)[0], None
    else:
        current, pending = unlock(meta, passphrase, use_keyring, pin=pin)
    keys = [k for k in (current, pending) if k is not None]
    db = folder.absolute() / DATABASE_NAME
    if not db.is_file():
        raise DatabaseDamaged(f"{db} is missing from the workspace folder. Restore the "
                              f"workspace: {restore_advice(None)}")
    conn, key = _keyed(db, keys)
    try:
        report = CheckReport(str(db))
        report.cipher, report.sqlite = integrity_findings(conn, PROBLEMS_LISTED)
        head = _head(folder, meta, key, [k for k in keys if k is not key])
        report.audit_entries, report.audit = _audit_findings(conn, head)
        report.newest_backup = newest_backup(conn)
    finally:
        with contextlib.suppress(Exception):
            conn.close()
    return report
